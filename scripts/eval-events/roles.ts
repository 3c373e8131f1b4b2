// Actor roles on matched events: the gold file names actors in words ("Syrian government", "HTS-led opposition");
// they are mapped to lexicon ids with the theater's own alias matcher, then compared with the predicted roles.
// A predicted actor stands for a gold one when one is part of, a member of, led by or the leader of the other
// (the Syrian army for "Syrian government", HTS for "HTS-led opposition"); backing ("Iran-backed") does not count.
import type { ActorId } from '../../src/core/types.ts'
import type { Actor, ActorLexicon } from '../../src/theaters/lexicon.ts'
import { foldAlias, validOn } from '../../src/theaters/lexicon.ts'
import type { ActorMatcher } from '../../src/theaters/match.ts'
import type { GoldActor } from './gold.ts'
import type { PredEvent } from './match.ts'

/** The lexicon id a gold actor stands for, or null when the lexicon has no such actor ("unspecified", "Russian citizens"). */
export function goldActorId(matcher: ActorMatcher, a: GoldActor, date: string | null): ActorId | null {
  const lex = matcher.lexicon
  const byName = (text: string): Actor | undefined => {
    const k = foldAlias(text)
    const fits = lex.actors.filter((x) => foldAlias(x.name.replace(/\s*\(.*\)\s*$/, '')) === k || x.aliases.some((al) => foldAlias(al) === k))
    return fits.find((x) => validOn(x, date)) ?? fits[0]
  }
  for (const text of [a.normalized, a.name]) {
    if (!text) continue
    const hit = byName(text) ?? matcher.find(text, date)[0]?.actor
    if (hit) return hit.id
  }
  return null
}

// (A foreign minister or an envoy speaks for the state or body it serves, as the gold writes them: "Iran" for its
// foreign minister's words; the same relations as an ACLED actor's, src/ontology/acled-actors.ts.)
const CLOSE = new Set(['part_of', 'member_of', 'led_by', 'leads', 'spokesperson_of', 'foreign_minister_of', 'envoy_of'])

/** The actor and those it is closely tied to (both directions), on `date`. */
export function closeKin(lex: ActorLexicon, id: ActorId, date: string | null): Set<string> {
  const out = new Set<string>([id])
  const queue: string[] = [id]
  while (queue.length) {
    const cur = queue.shift() as string
    for (const a of lex.actors) {
      const link = (from: Actor, to: string) => from.affiliations.some((f) => f.actor === to && CLOSE.has(f.relation) && validOn(f, date))
      const next = a.id === cur ? a.affiliations.filter((f) => CLOSE.has(f.relation) && validOn(f, date)).map((f) => f.actor) : link(a, cur) ? [a.id] : []
      for (const n of next) if (!out.has(n)) { out.add(n); queue.push(n) }
    }
    if (out.size > 12) break
  }
  return out
}

export type RoleOutcome = 'agree' | 'swapped' | 'other-role' | 'missing'

export interface RoleTally {
  /** Gold actor-roles on matched events that map to the lexicon. */
  goldRoles: number
  agree: number
  swapped: number
  otherRole: number
  missing: number
  /** Predicted actor-roles that stand for no gold actor of the event. */
  extra: number
  predRoles: number
  /** Matched events whose gold has an initiator or a target in the lexicon, and those with one reversed. */
  eventsWithSides: number
  eventsSwapped: number
  unmapped: Map<string, number>
  notes: string[]
}

export const emptyTally = (): RoleTally => ({ goldRoles: 0, agree: 0, swapped: 0, otherRole: 0, missing: 0, extra: 0, predRoles: 0, eventsWithSides: 0, eventsSwapped: 0, unmapped: new Map(), notes: [] })

const REVERSED: Readonly<Record<string, string>> = { initiator: 'target', target: 'initiator' }

/** Compares one matched event's roles and adds them to `t`; `label` names the event in notes. */
export function tallyRoles(t: RoleTally, matcher: ActorMatcher, gold: readonly GoldActor[], pred: PredEvent, date: string | null, label: string): void {
  const lex = matcher.lexicon
  const mapped = gold.flatMap((a) => {
    const id = goldActorId(matcher, a, date)
    if (!id) {
      const k = a.normalized ?? a.name ?? '?'
      t.unmapped.set(k, (t.unmapped.get(k) ?? 0) + 1)
      return []
    }
    return [{ id, role: a.role ?? '', kin: closeKin(lex, id, date) }]
  })
  let swappedHere = false
  for (const g of mapped) {
    t.goldRoles++
    const same = pred.actors.filter((p) => g.kin.has(p.actorId))
    if (same.some((p) => p.role === g.role)) { t.agree++; continue }
    if (REVERSED[g.role] && same.some((p) => p.role === REVERSED[g.role])) {
      t.swapped++
      swappedHere = true
      t.notes.push(`${label} swap: gold ${g.id} ${g.role}, predicted ${pred.actors.map((a) => `${a.actorId}:${a.role}`).join(' ')}`)
      continue
    }
    if (same.length) { t.otherRole++; continue }
    t.missing++
    t.notes.push(`${label} missing ${g.role} ${g.id}; predicted ${pred.actors.map((a) => `${a.actorId}:${a.role}`).join(' ') || 'none'}`)
  }
  for (const p of pred.actors) {
    t.predRoles++
    if (!mapped.some((g) => g.kin.has(p.actorId))) {
      t.extra++
      t.notes.push(`${label} extra ${p.role} ${p.actorId}; gold ${mapped.map((g) => `${g.id}:${g.role}`).join(' ') || 'none'}`)
    }
  }
  if (mapped.some((g) => g.role === 'initiator' || g.role === 'target')) {
    t.eventsWithSides++
    if (swappedHere) t.eventsSwapped++
  }
}
