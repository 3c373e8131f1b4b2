// "Jordan's army says it has reinforced the border", "Lebanon's army deployed": a bare force word the lexicon gives to
// the theater's own army ("army") belongs to the state named as its possessor; that state's force, else the state.
import type { Actor, ActorLexicon } from '../../../theaters/lexicon.ts'

export interface PossessedMention {
  readonly span: { readonly start: number; readonly end: number }
  readonly actorId: string
  readonly actorKind: string
}

// A bare word for armed forces, without a name of its own.
export const BARE_FORCE = /^(?:army|military|armed\s+forces|forces|troops)$/i
// "Jordan's ", "Iraq’s " right before it.
const POSSESSIVE_GAP = /^['’]s\s+$/

/**
 * The actor `a` stands for when it is a bare force word after another state's possessive: the state force the
 * lexicon makes part of that state (`forceOf`), else the state itself; null when `a` is no such mention.
 */
export function possessedForce(text: string, a: PossessedMention, all: readonly PossessedMention[], lex: ActorLexicon,
  forceOf: (state: string) => Actor | undefined): Actor | null {
  if (a.actorKind !== 'state_force' || !BARE_FORCE.test(text.slice(a.span.start, a.span.end))) return null
  const owner = all.find((x) => x.span.end <= a.span.start && x.span.end >= a.span.start - 4 && POSSESSIVE_GAP.test(text.slice(x.span.end, a.span.start)))
  if (!owner || owner.actorKind !== 'state') return null
  const state = lex.byId.get(owner.actorId)
  const force = forceOf(owner.actorId)
  if (!state || force?.id === a.actorId) return null
  return force ?? state
}
