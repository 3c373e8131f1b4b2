// Generic plurals the lexicon writes with their article ("the factions": the opposition alliance in this theater's
// reports): the same noun without the article ("armed factions seized …", "Factions in the south entered …") names
// the same actor unless something names other factions ("SNA factions", "Palestinian factions", "pro-Turkish factions",
// "factions loyal to the government"); and "the factions" a sentence after "Turkish-backed factions" are those.
import type { Actor, ActorLexicon } from '../../../theaters/lexicon.ts'

/** An actor mention as find-actors builds it: its span and the actor. */
export interface Mention {
  readonly span: { readonly start: number; readonly end: number }
  readonly actorId: string
}

export interface BarePlural {
  readonly actor: Actor
  /** "the factions" as the lexicon writes it, and the noun ("factions"). */
  readonly alias: string
  readonly noun: string
  /** The bare noun, as a global, case-insensitive expression over the text. */
  readonly pattern: RegExp
  /** Lowercase words of the actor's own aliases ("armed", "opposition", "rebel"): they qualify the noun as its own. */
  readonly ownWords: ReadonlySet<string>
}

const cache = new WeakMap<ActorLexicon, readonly BarePlural[]>()

/** The lexicon's aliases of the form "the <plural noun>", with what their bare noun needs. */
export function barePlurals(lex: ActorLexicon): readonly BarePlural[] {
  const known = cache.get(lex)
  if (known) return known
  const out: BarePlural[] = []
  for (const actor of lex.actors) {
    for (const alias of actor.aliases) {
      const noun = /^the\s+(\p{Ll}{3,}s)$/u.exec(alias)?.[1]
      if (!noun) continue
      const ownWords = new Set(actor.aliases.flatMap((a) => a.toLowerCase().split(/\s+/)).filter((w) => /^\p{Ll}{4,}$/u.test(w) && w !== noun))
      out.push({ actor, alias, noun, pattern: new RegExp(`(?<![\\p{L}\\p{N}'’-])${noun}(?![\\p{L}\\p{N}'’-])`, 'giu'), ownWords })
    }
  }
  cache.set(lex, out)
  return out
}

// Closed-class words that may stand before the bare noun without qualifying it: "by factions", "two factions",
// "and factions", "that factions".
const FUNCTION_WORD = /^(?:and|or|but|by|with|from|to|against|between|among|amid|as|that|while|when|after|before|of|for|on|in|at|into|several|some|many|most|all|both|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|other\s+than)$/i
// "factions loyal to the government", "factions of the SNA", "factions backed by Ankara": the phrase after names whose.
const NAMED_AFTER = /^\s+(?:loyal|backed|allied|affiliated|aligned|linked|belonging|supported|sponsored|funded|close|tied|of|from\s+the)\b/i

/**
 * True when the bare noun at [start, end) is the lexicon's generic actor: every word right before it is one of the
 * actor's own qualifiers ("armed", "opposition"), and before those stands a sentence or clause start or a function
 * word; none names anyone else (a name, a demonym, "pro-Turkish", "SNA"), and no phrase after says whose they are.
 */
export function isGeneric(text: string, start: number, end: number, plural: BarePlural, mentions: readonly Mention[]): boolean {
  if (NAMED_AFTER.test(text.slice(end, end + 24))) return false
  let at = start
  for (;;) {
    const word = /(\S+)(\s+)$/u.exec(text.slice(Math.max(0, at - 40), at))
    const w = word?.[1]
    if (!word || !w || /[.;:!?"“”()]$/u.test(w)) return true
    if (/,$/.test(w)) return true
    const wordStart = at - word[0].length
    if (mentions.some((m) => m.span.end > wordStart && m.span.start < at)) return false
    if (FUNCTION_WORD.test(w)) return true
    if (!plural.ownWords.has(w.toLowerCase())) return false
    at = wordStart
  }
}

/**
 * "Turkish-backed factions control Manbij, two days after the factions first claimed it": "the factions" in the same
 * or the next sentence after a mention that ends with the same noun are that mention's actor; null when none.
 */
export function referredFactions(text: string, m: Mention, plural: BarePlural, mentions: readonly Mention[],
  sentenceStartOf: (at: number) => number): Mention | null {
  const from = sentenceStartOf(Math.max(0, sentenceStartOf(m.span.start) - 1))
  const named = mentions.filter((x) => x.span.end <= m.span.start && x.span.start >= from && x.actorId !== plural.actor.id
    && new RegExp(`\\b${plural.noun}$`, 'i').test(text.slice(x.span.start, x.span.end))).pop()
  return named ? { span: m.span, actorId: named.actorId } : null
}
