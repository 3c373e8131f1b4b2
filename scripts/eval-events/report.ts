// What this eval adds to the shared scorer's report: one line per sample (found / type / place / date / modality,
// with what went wrong) and the actor-role check (agreement and initiator/target swaps) over all matched events.
import type { ActorMatcher } from '../../src/theaters/match.ts'
import type { GoldSet } from './gold.ts'
import type { PredEvent } from './match.ts'
import { contractType, dateAgrees, matchDocument, placeAgrees } from './match.ts'
import type { RoleTally } from './roles.ts'
import { emptyTally, tallyRoles } from './roles.ts'

export interface PredDoc { readonly source: string; readonly publishedAt: string | null; readonly events: readonly PredEvent[] }

interface Count { ok: number; n: number }
const count = (): Count => ({ ok: 0, n: 0 })
const add = (c: Count, ok: boolean) => { c.n++; if (ok) c.ok++ }
const frac = (c: Count) => `${c.ok}/${c.n}`
const pct = (a: number, b: number) => (b ? `${(100 * a / b).toFixed(1)}%` : 'n/a')

export interface DocLine { key: string; gold: number; found: Count; typed: Count; place: Count; date: Count; modality: Count; problems: string[] }

/** Per-document checks and the role tally over every gold document that has a prediction. */
export function evaluate(gold: GoldSet, docs: readonly PredDoc[], matcher: ActorMatcher): { lines: DocLine[]; roles: RoleTally } {
  const roles = emptyTally()
  const lines: DocLine[] = []
  for (const d of docs) {
    const key = gold.keyOfUrl.get(d.source)
    const g = key ? gold.events.get(key) : undefined
    if (!key || !g) continue
    const m = matchDocument(g, d.events, gold.places)
    const line: DocLine = { key, gold: g.length, found: count(), typed: count(), place: count(), date: count(), modality: count(), problems: [] }
    g.forEach((ge, gi) => {
      add(line.found, m.sentenceFound.has(gi))
      const pair = m.pairs.find((p) => p.gold === gi)
      add(line.typed, pair !== undefined)
      const short = ge.evidence.slice(0, 70)
      if (!pair) {
        line.problems.push(m.sentenceFound.has(gi) ? `type: gold ${contractType(ge.type)} not among the sentence's events — ${short}` : `not found: ${contractType(ge.type)} — ${short}`)
        return
      }
      const p = d.events[pair.pred] as PredEvent
      const names = ge.location?.normalized ?? []
      if (names.length) {
        const ok = placeAgrees(names, p.place, gold.places)
        add(line.place, ok)
        if (!ok) line.problems.push(`place: gold ${names.join('/')} got ${p.place?.name ?? 'none'} — ${short}`)
      }
      if (ge.date_resolved) {
        const ok = dateAgrees(ge.date_resolved, p)
        add(line.date, ok)
        if (!ok) line.problems.push(`date: gold ${ge.date_resolved} got ${p.date ?? 'none'}${p.dateEnd ? `..${p.dateEnd}` : ''} — ${short}`)
      }
      if (ge.modality) {
        const ok = ge.modality === p.modality
        add(line.modality, ok)
        if (!ok) line.problems.push(`modality: gold ${ge.modality} got ${p.modality} — ${short}`)
      }
      tallyRoles(roles, matcher, ge.actors ?? [], p, d.publishedAt, `${key} ${contractType(ge.type)} "${ge.evidence.slice(0, 50)}"`)
    })
    lines.push(line)
  }
  return { lines: lines.sort((a, b) => a.key.localeCompare(b.key)), roles }
}

/** The printed report: sample lines with their problems, then the role check. */
export function formatReport(lines: readonly DocLine[], roles: RoleTally, verbose: boolean): string {
  const out: string[] = []
  const row = (l: DocLine) => `${l.key.padEnd(9)} gold ${String(l.gold).padStart(3)}  found ${frac(l.found).padStart(5)}  type ${frac(l.typed).padStart(5)}  place ${frac(l.place).padStart(5)}  date ${frac(l.date).padStart(5)}  modality ${frac(l.modality).padStart(5)}`
  out.push('samples (every gold event found with the right type, place, date and modality):')
  for (const l of lines.filter((x) => x.key.startsWith('seed_'))) {
    out.push('  ' + row(l))
    for (const p of l.problems) out.push(`      ${p}`)
  }
  if (verbose) {
    out.push('development documents:')
    for (const l of lines.filter((x) => !x.key.startsWith('seed_'))) out.push('  ' + row(l))
  }
  const found = roles.agree + roles.swapped + roles.otherRole
  out.push(`actor roles on matched events (gold names mapped to lexicon ids; kin = part of / member of / led by):`)
  out.push(`  gold actor-roles ${roles.goldRoles}: agree ${roles.agree} (${pct(roles.agree, roles.goldRoles)}), swapped ${roles.swapped}, other role ${roles.otherRole}, missing ${roles.missing}`)
  out.push(`  predicted actor-roles ${roles.predRoles}: standing for no gold actor ${roles.extra} (role precision ${pct(roles.predRoles - roles.extra, roles.predRoles)})`)
  out.push(`  initiator/target swaps: ${roles.eventsSwapped} of ${roles.eventsWithSides} events with sides (${pct(roles.eventsSwapped, roles.eventsWithSides)}); ${roles.swapped} of ${found} gold actors we found (${pct(roles.swapped, found)})`)
  if (roles.unmapped.size) out.push(`  gold actors not in the lexicon (not scored): ${[...roles.unmapped].map(([k, n]) => `${k} ×${n}`).join(', ')}`)
  if (verbose) for (const n of roles.notes) out.push(`    ${n}`)
  return out.join('\n') + '\n'
}
