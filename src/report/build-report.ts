// The situation report as data: what the store knew at the information cutoff about a window of days, grouped by
// governorate, each statement tied to the sentences that state it. Rendering (md, html) is elsewhere.
import type { Control, ExtractedDocument, FusedEvent, WhatIf } from '../core/contract.ts'
import type { SituationView } from './situation-view.ts'
import { addDays } from '../core/dates.ts'
import type { EventType } from '../core/types.ts'
import { buildStories } from '../pipeline/corpus/stories/build-stories.ts'
import { exportEvents, inWindow, type ExportEvent } from '../export/export-event.ts'
import { governorateAt } from './governorates.ts'

/** One sentence of evidence: where it was read. */
export interface Citation {
  readonly documentId: string
  readonly outlet: string | null
  readonly title: string | null
  readonly source: string
  readonly publishedAt: string | null
  readonly sentence: string
}

export type SectionKind = 'control' | 'fighting' | 'strikes' | 'deployments' | 'humanitarian' | 'other'

export interface Statement {
  readonly text: string
  readonly kind: SectionKind
  readonly event: FusedEvent
  readonly citations: readonly Citation[]
  /** Why a reader should doubt it: contested status, sources disagreeing, a denial. */
  readonly caution: string | null
}

export interface GovernorateSection {
  readonly governorate: string
  readonly statements: readonly Statement[]
}

export interface Report {
  readonly date: string
  readonly from: string
  /** Latest publication time of a document the report draws on: nothing published later is used. */
  readonly cutoff: string | null
  readonly documentsUsed: number
  readonly sections: readonly GovernorateSection[]
  readonly contradictions: readonly Statement[]
  /** Events per day and type over the chart window (ending on `date`). */
  readonly perDay: readonly { readonly day: string; readonly counts: Partial<Record<EventType, number>> }[]
  /** Every dated, placed event of the window, for the map. */
  readonly mapped: readonly ExportEvent[]
  /** From the control timeline, when the report was given one; null otherwise. */
  readonly situation: SituationSection | null
}

/** A place whose holder at the end of the window differs from the day before it. */
export interface ControlChange {
  readonly placeId: string
  readonly place: string
  readonly from: string | null
  readonly to: string
  readonly toActor: string
  readonly status: Control['places'][number]['status']
  readonly confidence: number
  readonly citations: readonly Citation[]
}

export interface SituationSection {
  readonly control: Control
  readonly changes: readonly ControlChange[]
  /** The road links each change cuts (what-if of the change, from control the day before the window). */
  readonly impacts: readonly { readonly change: ControlChange; readonly whatIf: WhatIf; readonly lines: readonly string[] }[]
}

const KIND: Partial<Record<EventType, SectionKind>> = {
  territory_change: 'control', battle: 'fighting', strike: 'strikes', infrastructure_damage: 'strikes',
  deployment: 'deployments', military_aid: 'deployments', displacement: 'humanitarian', casualties: 'humanitarian', other: 'other',
}
// What a report states as happening; statements, calls and background belong to other products.
const REPORTED = new Set(['asserted', 'claimed'])
const CHART_DAYS = 14

/**
 * Builds the report for the `days` days ending on `date` from the stored documents published up to `date`; with a
 * situation view it adds the control changes of the window and what each one cuts on the road network.
 */
export function buildReport(allDocs: readonly ExtractedDocument[], date: string, days: number, situation?: SituationView): Report {
  const from = addDays(date, 1 - days)
  // Information cutoff: a report for a day uses only what was published by its end; undated documents are left out.
  const docs = allDocs.filter((d) => d.publishedAt !== null && d.publishedAt.slice(0, 10) <= date)
  const events = exportEvents(buildStories(docs), docs)
  const byId = new Map(docs.map((d) => [d.id, d]))
  const cite = (e: FusedEvent): Citation[] => citations(e, byId)
  const inRange = events.filter((x) => inWindow(x.event, from, date))
  const statements: Statement[] = []
  const contradictions: Statement[] = []
  for (const x of inRange) {
    const kind = KIND[x.event.type]
    if (x.event.type === 'denial') {
      contradictions.push({ text: `Denial: ${sentenceCase(x.event.evidence.text)}`, kind: 'other', event: x.event, citations: cite(x.event), caution: 'denial' })
      continue
    }
    if (!kind || !REPORTED.has(x.event.modality)) continue
    const s: Statement = { text: describe(x), kind, event: x.event, citations: cite(x.event), caution: caution(x.event) }
    statements.push(s)
    if (s.caution) contradictions.push(s)
  }
  const byGov = new Map<string, Statement[]>()
  const govOf = new Map(inRange.map((x) => [x.event.id, governorateOf(x)]))
  for (const s of statements) {
    const g = govOf.get(s.event.id)!
    byGov.set(g, [...(byGov.get(g) ?? []), s])
  }
  const sections = [...byGov].map(([governorate, ss]) => ({ governorate, statements: ss.sort(bySection) }))
    .sort((a, b) => Number(LAST.includes(a.governorate)) - Number(LAST.includes(b.governorate)) || weight(b) - weight(a) || a.governorate.localeCompare(b.governorate))
  const cutoff = docs.map((d) => d.publishedAt!).sort().at(-1) ?? null
  return {
    date, from, cutoff, documentsUsed: docs.length, sections, contradictions,
    perDay: perDay(events, addDays(date, 1 - Math.max(days, CHART_DAYS)), date),
    mapped: inRange.filter((x) => x.event.place !== null && KIND[x.event.type] !== undefined && REPORTED.has(x.event.modality)),
    situation: situation ? situationSection(situation, from, date, byId) : null,
  }
}

/** Control changes between the day before the window and its last day, and the what-if of each. */
function situationSection(view: SituationView, from: string, date: string, byId: ReadonlyMap<string, ExtractedDocument>): SituationSection {
  const before = addDays(from, -1)
  const control = view.control(date)
  const earlier = view.control(before)
  const previous = new Map(earlier.places.map((p) => [p.placeId, p.holder]))
  // The side that loses a link may hold nothing any more: name it from either day.
  const names = new Map([...earlier.places, ...control.places].map((p) => [p.holder.actorId, p.holder.name]))
  const changes = control.places
    .filter((p) => previous.get(p.placeId)?.actorId !== p.holder.actorId && p.status !== 'baseline')
    .map((p): ControlChange => ({
      placeId: p.placeId, place: p.name, from: previous.get(p.placeId)?.name ?? null, to: p.holder.name, toActor: p.holder.actorId,
      status: p.status, confidence: p.confidence,
      citations: p.evidence.flatMap((ev) => {
        const d = byId.get(ev.document)
        return d ? [{ documentId: d.id, outlet: d.outlet, title: d.title, source: d.source, publishedAt: d.publishedAt, sentence: ev.span.text }] : []
      }),
    }))
  const impacts = changes.map((change) => {
    const whatIf = view.whatIf(change.placeId, change.toActor, before)
    return { change, whatIf, lines: impactLines(whatIf, names) }
  })
  return { control, changes, impacts }
}

const UNLOCATED = 'Place not stated'
const ELSEWHERE = 'Outside the governorates'
const LAST = [ELSEWHERE, UNLOCATED]

/**
 * The governorate whose outline holds the point, so every section uses the basemap's (OCHA) names whatever the
 * gazetteer spelled; the gazetteer's admin1 only for Syrian points the simplified outlines miss (border posts).
 */
function governorateOf(x: ExportEvent): string {
  const p = x.event.place
  if (!p) return UNLOCATED
  return governorateAt(p.lon, p.lat) ?? (x.country === 'SY' ? x.admin1 : null) ?? ELSEWHERE
}

/**
 * The what-if in a few sentences, ISW-style: per side, places with the same set of lost partners are one group
 * ("Latakia and Tartus are cut off from Damascus, Homs …"); groups that lose the most links come first, and a
 * link already stated is not stated again.
 */
export function impactLines(w: WhatIf, names: ReadonlyMap<string, string>): string[] {
  const out: string[] = []
  for (const side of [...new Set(w.disconnected.map((d) => d.side))]) {
    const pairs = w.disconnected.filter((d) => d.side === side)
    const partners = new Map<string, Set<string>>()
    for (const d of pairs) {
      for (const [a, b] of [[d.from, d.to], [d.to, d.from]] as const) partners.set(a, (partners.get(a) ?? new Set()).add(b))
    }
    const groups = new Map<string, string[]>()
    for (const [place, ps] of partners) {
      const key = [...ps].sort().join('\u0000')
      groups.set(key, [...(groups.get(key) ?? []), place])
    }
    const stated = new Set<string>()
    const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)
    const ordered = [...groups.values()].sort((a, b) => partners.get(b[0]!)!.size - partners.get(a[0]!)!.size || a[0]!.localeCompare(b[0]!))
    for (const group of ordered) {
      const others = [...partners.get(group[0]!)!].filter((o) => group.some((g) => !stated.has(pairKey(g, o))))
      if (others.length === 0) continue
      const links = pairs.filter((d) => (group.includes(d.from) && others.includes(d.to)) || (group.includes(d.to) && others.includes(d.from)))
      for (const d of links) stated.add(pairKey(d.from, d.to))
      const roads = [...new Set(links.flatMap((d) => d.cutEdges.map((c) => c.road)))].sort().join(', ')
      const detours = links.filter((d) => d.alternative !== null)
      const detour = detours.length === 0 ? 'no other road remains'
        : detours.length === links.length ? `a detour remains (e.g. ${Math.round(detours[0]!.alternative!.km)} km via ${detours[0]!.alternative!.via.slice(0, 3).join(', ')}…)`
        : `${detours.length} of ${links.length} links keep a detour`
      const shown = others.length > 5 ? `${others.slice(0, 5).join(', ')} and ${others.length - 5} more` : list(others)!
      const who = list(group.sort())!
      const verb = detours.length === links.length ? `${group.length > 1 ? 'lose their' : 'loses its'} direct road to` : `${group.length > 1 ? 'are' : 'is'} cut off from`
      out.push(`${names.get(side) ?? side}: ${who} ${verb} ${shown}${roads ? ` (${roads} cut)` : ''}; ${detour}.`)
    }
  }
  return out
}

const ORDER: readonly SectionKind[] = ['control', 'fighting', 'strikes', 'deployments', 'humanitarian', 'other']
const bySection = (a: Statement, b: Statement) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.event.date ?? '').localeCompare(b.event.date ?? '')
const weight = (g: GovernorateSection) => g.statements.reduce((n, s) => n + (s.kind === 'control' ? 3 : 1), 0)

/** One plain sentence for an event: who did what where, when, with figures and how well it is sourced. */
function describe(x: ExportEvent): string {
  const e = x.event
  const names = (role: string) => x.actors.filter((a) => a.role === role).map((a) => a.name)
  const by = list(names('initiator'))
  const against = list(names('target'))
  const place = e.place?.name ?? 'a place the report does not name'
  const when = e.date ? ` (${e.dateEnd && e.dateEnd !== e.date ? `${e.date} to ${e.dateEnd}` : e.date})` : ''
  const figures = figuresOf(e)
  let what: string
  switch (e.type) {
    case 'territory_change': what = `${by ?? 'An armed group'} took control of ${place}${against ? ` from ${against}` : ''}`; break
    case 'battle': what = `Fighting at ${place}${by || against ? ` between ${[by, against].filter(Boolean).join(' and ')}` : ''}`; break
    case 'strike': what = `Strike on ${place}${by ? ` by ${by}` : ''}`; break
    case 'infrastructure_damage': what = `Damage to infrastructure at ${place}`; break
    case 'deployment': what = `${by ?? 'Forces'} deployed at or toward ${place}`; break
    case 'military_aid': what = `${by ?? 'A foreign backer'} sent military support${names('beneficiary').length ? ` to ${list(names('beneficiary'))}` : ''}`; break
    case 'displacement': what = `Displacement from or around ${place}`; break
    case 'casualties': what = `Casualties reported at ${place}`; break
    default: what = `Development at ${place}`
  }
  // Without a place or a specific type the plain sentence says little: quote the report's own words.
  if (!e.place || e.type === 'other') what += ` (“${clip(e.evidence.text)}”)`
  const status = e.modality === 'claimed' || e.status === 'claimed' ? `claimed${e.attribution ? ` by ${e.attribution}` : ''}` : e.status
  const sources = `${e.independentSources} independent source${e.independentSources === 1 ? '' : 's'}`
  return `${what}${when}${figures ? `: ${figures}` : ''} — ${status}, ${sources}.`
}

/** "4 killed (reports range 4–9)" from the fused quantities. */
function figuresOf(e: FusedEvent): string {
  const parts: string[] = []
  for (const [k, v] of Object.entries(e.quantities)) {
    if (k.endsWith('_low') || k.endsWith('_high')) continue
    const lo = e.quantities[`${k}_low`]
    const hi = e.quantities[`${k}_high`]
    parts.push(lo !== undefined && hi !== undefined && lo !== hi ? `${lo.toLocaleString('en')}–${hi.toLocaleString('en')} ${k} (reports differ)` : `${v.toLocaleString('en')} ${k}`)
  }
  return parts.join(', ')
}

function caution(e: FusedEvent): string | null {
  if (e.status === 'contested') return 'contested: sources disagree on whether it happened'
  const fields = e.disagreements.map((d) => d.field.replace(/^quantities\./, ''))
  return fields.length ? `sources differ on ${fields.join(', ')}` : null
}

/** The documents that report the event, each with the sentence it states it in (the fused evidence for the first). */
function citations(e: FusedEvent, byId: ReadonlyMap<string, ExtractedDocument>): Citation[] {
  const out: Citation[] = []
  for (const id of e.documents) {
    const d = byId.get(id)
    if (!d) continue
    const samePlace = d.events.filter((x) => x.place?.placeId === e.place?.placeId)
    const own = samePlace.find((x) => x.type === e.type) ?? samePlace[0]
    // Quote only a sentence this document contains: a denial fused into a claim is cited by its own words.
    const sentence = d.text.slice(e.evidence.start, e.evidence.end) === e.evidence.text ? e.evidence.text : own?.evidence.text
    if (sentence === undefined) continue
    out.push({ documentId: d.id, outlet: d.outlet, title: d.title, source: d.source, publishedAt: d.publishedAt, sentence })
  }
  return out
}

function perDay(events: readonly ExportEvent[], from: string, to: string): Report['perDay'] {
  const out: { day: string; counts: Partial<Record<EventType, number>> }[] = []
  for (let day = from; day <= to; day = addDays(day, 1)) out.push({ day, counts: {} })
  const index = new Map(out.map((d, i) => [d.day, i]))
  for (const x of events) {
    if (x.event.date === null || !REPORTED.has(x.event.modality) || !KIND[x.event.type]) continue
    const i = index.get(x.event.date)
    if (i !== undefined) out[i]!.counts[x.event.type] = (out[i]!.counts[x.event.type] ?? 0) + 1
  }
  return out
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length > 160 ? `${t.slice(0, 157).replace(/\s+\S*$/, '')}…` : t
}

function list(xs: readonly string[]): string | null {
  if (xs.length === 0) return null
  return xs.length === 1 ? xs[0]! : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)!}`
}

function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
