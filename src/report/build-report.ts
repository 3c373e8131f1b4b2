// The situation report as data: what the store knew at the information cutoff about a window of days, grouped by
// governorate, each statement tied to the sentences that state it. Rendering (md, html) is elsewhere.
import type { Control, ExtractedDocument, FusedEvent, WhatIf } from '../core/contract.ts'
import type { SituationView } from './situation-view.ts'
import { addDays } from '../core/dates.ts'
import type { EventType } from '../core/types.ts'
import type { ReferenceEvent } from '../store/store.ts'
import { buildStories } from '../pipeline/corpus/stories/build-stories.ts'
import { actsAs } from '../pipeline/corpus/stories/actor-groups.ts'
import { eventDay } from '../situation/timeline.ts'
import { exportEvents, inWindow, type ExportEvent } from '../export/export-event.ts'
import type { ActorLookup } from '../ontology/acled-actors.ts'
import { governorateAt, governorateNamed } from './governorates.ts'
import { attributionPhrase } from './attribution.ts'

/** One sentence of evidence: where it was read. */
export interface Citation {
  readonly documentId: string
  readonly outlet: string | null
  readonly title: string | null
  readonly source: string
  readonly publishedAt: string | null
  readonly sentence: string
}

export type SectionKind = 'control' | 'fighting' | 'strikes' | 'deployments' | 'humanitarian' | 'protests' | 'other'

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
  /** The name the report prints for each mapped place (the same on the map as in the text). */
  readonly placeNames: Readonly<Record<string, string>>
  /** From the control timeline, when the report was given one; null otherwise. */
  readonly situation: SituationSection | null
  /** Imported reference layers (ACLED) over the same window, summarised beside Sitrep's events, never merged. */
  readonly reference: readonly ReferenceSummary[]
}

export interface ReferenceSummary {
  readonly layer: string
  readonly rows: number
  readonly fatalities: number
  /** Rows per ACLED event type, most first. */
  readonly byType: readonly { readonly eventType: string; readonly rows: number }[]
  /** Rows per admin1 as the layer names it, most first. */
  readonly byAdmin1: readonly { readonly admin1: string; readonly rows: number }[]
}

/** Per layer: how many reference rows fall in the window, of which types, where, with how many fatalities. */
export function summariseReference(rows: readonly ReferenceEvent[]): ReferenceSummary[] {
  const layers = new Map<string, ReferenceEvent[]>()
  for (const r of rows) layers.set(r.layer, [...(layers.get(r.layer) ?? []), r])
  const tally = (xs: readonly string[]) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return [...layers].map(([layer, rs]) => ({
    layer, rows: rs.length,
    fatalities: rs.reduce((n, r) => n + (Number(r.fields.fatalities) || 0), 0),
    byType: tally(rs.map((r) => r.fields.event_type || 'unknown')).map(([eventType, n]) => ({ eventType, rows: n })),
    byAdmin1: tally(rs.map((r) => r.fields.admin1 || 'unknown')).map(([admin1, n]) => ({ admin1, rows: n })),
  }))
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
  /** The day the timeline dates the change to, when it lies before the window: it was first reported in the window. */
  readonly reportedLate: string | null
  /**
   * The publication day of the earliest evidence for a change dated before the window that a report before the window
   * already gave (a withdrawal reported on the 6th against a denial, accepted only now): null when none did.
   */
  readonly reportedBefore?: string | null
  readonly citations: readonly Citation[]
  /** Denials in the window that name the place: the change is claimed against them. */
  readonly denials: readonly Statement[]
}

export interface SituationSection {
  readonly control: Control
  readonly changes: readonly ControlChange[]
  /** The road links each change cuts (what-if of the change, from control the day before the window). */
  readonly impacts: readonly { readonly change: ControlChange; readonly whatIf: WhatIf; readonly lines: readonly string[] }[]
}

const KIND: Partial<Record<EventType, SectionKind>> = {
  territory_change: 'control', battle: 'fighting', strike: 'strikes', infrastructure_damage: 'strikes',
  deployment: 'deployments', military_aid: 'deployments', displacement: 'humanitarian', casualties: 'humanitarian', protest: 'protests', other: 'other',
}
// What a report states as happening; statements, calls and background belong to other products.
const REPORTED = new Set(['asserted', 'claimed'])
const CHART_DAYS = 14
/**
 * How far before the window an event may lie and still be news of it: one first reported in the window (a town taken
 * on the 6th that no report published by the 6th told of) would otherwise be in no daily report at all. Older events
 * first told now are history a report recalls, not the day's news.
 */
const LATE_DAYS = 7

/**
 * Builds the report for the `days` days ending on `date` from the stored documents published up to `date`; with a
 * situation view it adds the control changes of the window and what each one cuts on the road network.
 */
export function buildReport(allDocs: readonly ExtractedDocument[], date: string, days: number, situation?: SituationView, reference: readonly ReferenceEvent[] = [],
  actors?: ActorLookup): Report {
  const from = addDays(date, 1 - days)
  // Information cutoff: a report for a day uses only what was published by its end; undated documents are left out.
  const docs = allDocs.filter((d) => d.publishedAt !== null && d.publishedAt.slice(0, 10) <= date)
  const events = exportEvents(buildStories(docs), docs, actors)
  const byId = new Map(docs.map((d) => [d.id, d]))
  const cite = (e: FusedEvent): Citation[] => citations(e, byId)
  const inRange = events.filter((x) => inWindow(x.event, from, date) || reportedLate(x.event, from, byId))
  const controlNames = situation ? new Map([...situation.control(addDays(from, -1)).places, ...situation.control(date).places].map((p) => [p.placeId, p.name])) : new Map<string, string>()
  const ctx: Phrasing = { reportDate: from === date ? date : null, placeName: placeNamer(docs, controlNames), byId }
  const statements: Statement[] = []
  const contradictions: Statement[] = []
  const denials: Statement[] = []
  for (const x of inRange) {
    const kind = KIND[x.event.type]
    if (x.event.type === 'denial') {
      const d = denialStatement(x, ctx)
      denials.push(d)
      contradictions.push(d)
      continue
    }
    if (!kind || !REPORTED.has(x.event.modality) || saysNothing(x.event) || recap(x.event, from)) continue
    const s: Statement = { text: describe(x, ctx), kind, event: x.event, citations: cite(x.event), caution: caution(x.event) }
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
  const mapped = inRange.filter((x) => x.event.place !== null && KIND[x.event.type] !== undefined && REPORTED.has(x.event.modality))
  return {
    date, from, cutoff, documentsUsed: docs.length, sections, contradictions,
    perDay: perDay(events, addDays(date, 1 - Math.max(days, CHART_DAYS)), date),
    mapped,
    placeNames: Object.fromEntries(mapped.map((x) => [x.event.place!.placeId, ctx.placeName(x.event.place!)])),
    situation: situation ? situationSection(situation, from, date, byId, denials, mentionCounts(docs)) : null,
    reference: summariseReference(reference.filter((r) => r.date !== null && r.date >= from && r.date <= date)),
  }
}

/** Whether an event of the week before the window was first reported in it: no document published earlier holds it. */
/** The earliest publication day before `from` of the documents `evidence` cites; null when none was published before. */
function earliestBefore(evidence: readonly { readonly document: string }[], from: string, byId: ReadonlyMap<string, ExtractedDocument>): string | null {
  let first: string | null = null
  for (const ev of evidence) {
    const at = byId.get(ev.document)?.publishedAt ?? null
    if (at !== null && at < from && (first === null || at < first)) first = at
  }
  return first
}

function reportedLate(e: FusedEvent, from: string, byId: ReadonlyMap<string, ExtractedDocument>): boolean {
  if (e.date === null || (e.dateEnd ?? e.date) >= from || e.date < addDays(from, -LATE_DAYS)) return false
  return e.documents.every((id) => {
    const published = byId.get(id)?.publishedAt
    return published != null && published.slice(0, 10) >= from
  })
}

/**
 * Control changes between what the report for the day before the window could say and the window's last day, and
 * the what-if of each (from control the day before the change).
 */
function situationSection(view: SituationView, from: string, date: string, byId: ReadonlyMap<string, ExtractedDocument>, denials: readonly Statement[], mentioned: ReadonlyMap<string, number>): SituationSection {
  const before = addDays(from, -1)
  const control = view.control(date)
  const earlier = view.control(before)
  const previous = new Map(earlier.places.map((p) => [p.placeId, p.holder]))
  // What the report for the day before could say: a change it could not know of (dated before the window, first
  // reported in it) is news of this window too.
  const told = new Map((view.knownOn?.(before) ?? earlier).places.map((p) => [p.placeId, p.holder.actorId]))
  // Who lost the place: its holder the day before the change, by all that is known now.
  const lostBy = (p: Control['places'][number]) => (p.since !== null && p.since < from
    ? view.control(addDays(p.since, -1)).places.find((q) => q.placeId === p.placeId)?.holder : previous.get(p.placeId))
  // The side that loses a link may hold nothing any more: name it from either day.
  const names = new Map([...earlier.places, ...control.places].map((p) => [p.holder.actorId, p.holder.name]))
  // Name first the places the reports talk about most (the capital, the big cities), as an analyst would.
  const weightOf = new Map(control.places.map((p) => [p.name, mentioned.get(p.placeId) ?? 0]))
  const rank = (place: string) => -(weightOf.get(place) ?? 0)
  const changes = control.places
    .filter((p) => p.status !== 'baseline' && (previous.get(p.placeId)?.actorId !== p.holder.actorId || told.get(p.placeId) !== p.holder.actorId))
    .map((p): ControlChange => ({
      placeId: p.placeId, place: p.name, from: lostBy(p)?.name ?? null, to: p.holder.name, toActor: p.holder.actorId,
      status: p.status, confidence: p.confidence, reportedLate: p.since !== null && p.since < from ? p.since : null,
      reportedBefore: p.since !== null && p.since < from ? earliestBefore(p.evidence, from, byId) : null,
      denials: denials.filter((d) => (d.event.place?.placeId === p.placeId || d.citations.some((c) => mentions(c.sentence, p.name)))
        && (view.answers?.(d.event, { from: lostBy(p)?.actorId ?? null, to: p.holder.actorId }) ?? true)),
      citations: p.evidence.flatMap((ev) => {
        const d = byId.get(ev.document)
        return d ? [{ documentId: d.id, outlet: d.outlet, title: d.title, source: d.source, publishedAt: d.publishedAt, sentence: ev.span.text }] : []
      }),
    }))
  const impacts = changes.map((change) => {
    const whatIf = view.whatIf(change.placeId, change.toActor, change.reportedLate !== null && change.reportedLate <= before ? addDays(change.reportedLate, -1) : before)
    return { change, whatIf, lines: impactLines(whatIf, names, rank, view.roadName) }
  })
  return { control, changes, impacts }
}

const UNLOCATED = 'Place not stated'
const ELSEWHERE = 'Outside the governorates'
const COUNTRYWIDE = 'Country-wide'
const LAST = [COUNTRYWIDE, ELSEWHERE, UNLOCATED]

/**
 * The governorate whose outline holds the point, so every section uses the basemap's (OCHA) names whatever the
 * gazetteer spelled; an area named as a governorate is that governorate wherever its label point falls; the
 * gazetteer's admin1 only for Syrian points the simplified outlines miss (border posts); a country as a whole is in none.
 */
function governorateOf(x: ExportEvent): string {
  const p = x.event.place
  if (!p) return UNLOCATED
  // "Jordan closed its border crossing with Syria": a whole country is in no governorate, wherever its point lies.
  if (p.precision === 'country') return x.country === 'SY' ? COUNTRYWIDE : ELSEWHERE
  const named = p.precision === 'region' && x.country === 'SY' ? governorateNamed(p.name) : null
  if (named) return named
  return governorateAt(p.lon, p.lat) ?? (x.country === 'SY' ? x.admin1 : null) ?? ELSEWHERE
}

/**
 * The what-if in a few sentences, ISW-style: per side, places with the same set of lost partners are one group
 * ("Latakia and Tartus are cut off from Damascus, Homs …"); groups that lose the most links come first, and a
 * link already stated is not stated again.
 */
export function impactLines(w: WhatIf, names: ReadonlyMap<string, string>, rank?: (place: string) => number, roadName: (road: string) => string = (r) => r): string[] {
  const byRank = (xs: string[]) => (rank ? [...xs].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)) : xs)
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
      const others = byRank([...partners.get(group[0]!)!].filter((o) => group.some((g) => !stated.has(pairKey(g, o)))))
      if (others.length === 0) continue
      const links = pairs.filter((d) => (group.includes(d.from) && others.includes(d.to)) || (group.includes(d.to) && others.includes(d.from)))
      for (const d of links) stated.add(pairKey(d.from, d.to))
      const roads = list([...new Set(links.flatMap((d) => d.cutEdges.map((c) => roadName(c.road))))].sort()) ?? ''
      const detours = links.filter((d) => d.alternative !== null)
      const detour = detours.length === 0 ? 'no other road remains'
        : detours.length === links.length ? `a detour remains (e.g. ${Math.round(detours[0]!.alternative!.km)} km via ${detours[0]!.alternative!.via.slice(0, 3).join(', ')}…)`
        : `${detours.length} of ${links.length} links keep a detour`
      const shown = others.length > 5 ? `${others.slice(0, 5).join(', ')} and ${others.length - 5} more` : list(others)!
      const who = list(rank ? byRank(group) : group.sort())!
      const verb = detours.length === links.length ? `${group.length > 1 ? 'lose their' : 'loses its'} direct road to` : `${group.length > 1 ? 'are' : 'is'} cut off from`
      out.push(`${names.get(side) ?? side}: ${who} ${verb} ${shown}${roads ? ` (${roads} cut)` : ''}; ${detour}.`)
    }
  }
  return out
}

const ORDER: readonly SectionKind[] = ['control', 'fighting', 'strikes', 'deployments', 'humanitarian', 'protests', 'other']
const bySection = (a: Statement, b: Statement) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || (a.event.date ?? '').localeCompare(b.event.date ?? '')
const weight = (g: GovernorateSection) => g.statements.reduce((n, s) => n + (s.kind === 'control' ? 3 : 1), 0)

interface Phrasing {
  /** The report's day when it covers one day: events on that day need no date of their own. */
  readonly reportDate: string | null
  readonly placeName: (p: NonNullable<FusedEvent['place']>) => string
  readonly byId: ReadonlyMap<string, ExtractedDocument>
}

/**
 * "Within a week the factions had taken Aleppo": a change of control over a span too long to date it (the control
 * timeline's rule, eventDay) that began before the window recaps earlier news; it is not a change of the window.
 */
function recap(e: FusedEvent, from: string): boolean {
  return e.type === 'territory_change' && e.date !== null && e.date < from && eventDay({ ...e, reportedOn: null }) === null
}

/** A displacement or toll with neither place nor figure tells the reader nothing the quote would not. */
function saysNothing(e: FusedEvent): boolean {
  return (e.type === 'displacement' || e.type === 'casualties') && e.place === null && Object.keys(e.quantities).length === 0
}

/**
 * One plain sentence for an event: who did what where, when, with figures (and who gives which), according to whom,
 * and how well it is sourced. "Hayat Tahrir al-Sham took control of Talbiseh, according to insurgents led by Hayat
 * Tahrir al-Sham (claimed, 1 source)."
 */
function describe(x: ExportEvent, ctx: Phrasing): string {
  const e = x.event
  const names = (role: string) => onceEach(x.actors.filter((a) => a.role === role), e.date).map((a) => a.name)
  // The side a change of control is taken from did not take it: fused reports that parse a withdrawal with the
  // leaver as its actor must not make it a taker ("the Front and the army took Kelvar from the army").
  const lost = e.type === 'territory_change' ? new Set(x.actors.filter((a) => a.role === 'target').map((a) => a.actorId)) : new Set<string>()
  const by = list(onceEach(x.actors.filter((a) => a.role === 'initiator' && !lost.has(a.actorId)), e.date).map((a) => a.name))
  // Fused reports may name one party as attacker in one text and as attacked in another: in a battle it is one
  // side, named once ("between the Front and the army", never "… and the army and the army").
  const against = list(e.type === 'battle' ? names('target').filter((n) => !names('initiator').includes(n)) : names('target'))
  const place = e.place ? ctx.placeName(e.place) : null
  // "at Hama", but "in southern Syria": a region or a country is an area, not a point.
  const area = e.place !== null && (e.place.precision === 'region' || e.place.precision === 'country')
  const at = place ? ` ${area ? 'in' : 'at'} ${place}` : ''
  let what: string
  switch (e.type) {
    case 'territory_change':
      // "reached the outskirts of Homs" resolves near the town: ground was taken there, the town was not.
      if (place && by && e.place!.precision === 'near') {
        what = `${by} took ground near ${place}${against ? ` from ${against}` : ''}`
        break
      }
      what = by ? `${by} took control of ${place ?? 'a place the report does not name'}${against ? ` from ${against}` : ''}`
        : against ? `${against} lost control of ${place ?? 'a place the report does not name'}` : `Control of ${place ?? 'an unnamed place'} changed hands`
      break
    case 'battle': what = `Fighting${at}${by && against ? ` between ${by} and ${against}` : by || against ? ` involving ${by ?? against}` : ''}`; break
    case 'strike': what = `Strike${place ? ` ${area ? 'in' : 'on'} ${place}` : ''}${by ? ` by ${by}` : ''}`; break
    case 'protest': what = `Protest${at}${against ? ` against ${against}` : ''}`; break
    case 'infrastructure_damage': what = `Damage to infrastructure${at}`; break
    // (A deployment event is any move of forces, in or out: troops sent, repositioned, or leaving their posts; "deployed"
    // would misreport a pull-back.)
    case 'deployment': what = `Troop movement${place ? ` at or around ${place}` : ''}${by ? ` by ${by}` : ''}`; break
    case 'military_aid': what = `${by ?? 'A foreign backer'} sent military support${names('beneficiary').length ? ` to ${list(names('beneficiary'))}` : ''}`; break
    case 'displacement': what = `Displacement${place ? ` from or around ${place}` : ''}`; break
    case 'casualties': what = `Casualties${at}`; break
    default: what = place ? `${area ? 'In' : 'At'} ${place}` : 'Reported'
  }
  // The sentence may not name the place (extraction took it from the paragraph): say so rather than let the
  // footnote seem to state it.
  if (place && !namesPlace(x, place, ctx.byId)) what += ' (place from the article\'s context)'
  const when = dateText(e, ctx.reportDate)
  const figures = figuresOf(e, ctx.byId)
  // Without a place or a specific type the plain sentence says little: quote the report's own words after it.
  const quote = !e.place || e.type === 'other' ? ` — “${clip(e.evidence.text)}”` : ''
  // Figures that name their sources already say whom they are according to.
  const source = figures.includes(' according to ') ? null : attributionPhrase(e.attribution)
  // Sources that disagree on whether it happened outrank one side's claim: the reader must see "contested".
  const status = e.status === 'contested' ? 'contested' : e.modality === 'claimed' || e.status === 'claimed' ? 'claimed' : e.status
  const n = e.independentSources
  // Sources that back it, then those that deny it (fusion counts a denial apart: it is evidence against the event).
  const denying = denyingSources(e)
  const sources = `${n === 1 ? '1 source' : `${n} independent sources`}${denying > 0 ? `, ${denying === 1 ? 'one' : denying} denying it` : ''}`
  return sentenceCase(`${what}${when}${figures ? `: ${figures}` : ''}${source ? `, according to ${source}` : ''} (${status}, ${sources})${quote || '.'}`)
}

/**
 * The actors of one role, each organisation once: fused reports name one side at several levels ("Golani", "HTS",
 * "the HTS-led rebels"); an actor that acts as one already named (or that one as it) is left out, the first kept.
 */
function onceEach<A extends { readonly actorId: string }>(actors: readonly A[], date: string | null): A[] {
  const kept: A[] = []
  for (const a of actors) {
    const mine = actsAs(a.actorId, date)
    if (!kept.some((k) => mine.includes(k.actorId) || actsAs(k.actorId, date).includes(a.actorId))) kept.push(a)
  }
  return kept
}

/** A denial, with the sentence it answers when it only points back to it ("called that report false"). */
function denialStatement(x: ExportEvent, ctx: Phrasing): Statement {
  const e = x.event
  const own = citations(e, ctx.byId)
  const doc = x.evidenceDocument ? ctx.byId.get(x.evidenceDocument.id) : undefined
  const before = doc && doc.text.slice(e.evidence.start, e.evidence.end) === e.evidence.text ? previousSentence(doc.text, e.evidence.start) : null
  const pointsBack = /\b(?:that|this|these|those|such|the)\s+(?:report|reports|claim|claims|news|allegation|allegations|account)\b|\b(?:it|them)\b/i.test(e.evidence.text)
  const context = pointsBack && before && doc ? { ...own[0]!, documentId: doc.id, sentence: before } : null
  const text = `${sentenceCase(clip(e.evidence.text))}${context ? ` — in answer to: “${clip(context.sentence)}”` : ''}`
  return { text, kind: 'other', event: e, citations: context && own.length ? [own[0]!, context, ...own.slice(1)] : own, caution: 'denial' }
}

/** The sentence that ends right before `start` in `text`, or null at the start of the text. */
function previousSentence(text: string, start: number): string | null {
  const head = text.slice(0, start).trimEnd()
  if (head.length === 0) return null
  const m = /[.!?]["”’)]?\s+(?=[^.!?]*[.!?]["”’)]?$)/.exec(head)
  const sentence = (m ? head.slice(m.index + m[0].length) : head.slice(Math.max(0, head.lastIndexOf('\n') + 1))).trim()
  return sentence.length > 0 ? sentence : null
}

/**
 * Whether the evidence sentence itself names the event's place: a mention of it inside the sentence, or every word
 * of the printed name in it ("the bridge … at Rastan" names "Rastan bridge").
 */
function namesPlace(x: ExportEvent, printed: string, byId: ReadonlyMap<string, ExtractedDocument>): boolean {
  const e = x.event
  const doc = x.evidenceDocument ? byId.get(x.evidenceDocument.id) : undefined
  if (!e.place) return true
  if (doc?.places.some((p) => p.placeId === e.place!.placeId && p.start >= e.evidence.start && p.end <= e.evidence.end)) return true
  const words = printed.split(/[\s\-–]+/).filter((w) => w.length >= 3)
  return words.length > 0 && words.every((w) => mentions(e.evidence.text, w))
}

/** How often the documents mention each place. */
function mentionCounts(docs: readonly ExtractedDocument[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const d of docs) for (const p of d.places) out.set(p.placeId, (out.get(p.placeId) ?? 0) + 1)
  return out
}

function mentions(sentence: string, place: string): boolean {
  return new RegExp(`\\b${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(sentence)
}

/** " on 5 Dec", " 5–6 Dec"; nothing when it is the report's own single day. */
function dateText(e: FusedEvent, reportDate: string | null): string {
  if (e.date === null) return ''
  const end = e.dateEnd && e.dateEnd !== e.date ? e.dateEnd : null
  if (end === null && e.date === reportDate) return ''
  if (end === null) return ` on ${shortDay(e.date)}`
  return e.date.slice(0, 7) === end.slice(0, 7) ? ` (${Number(e.date.slice(8, 10))}–${shortDay(end)})` : ` (${shortDay(e.date)} to ${shortDay(end)})`
}

/**
 * " (on 6 Dec; first reported in this window)" for a change of control dated before the window, else ''. When a report
 * before the window already gave it (the timeline did not move the place then, against a denial or for want of a
 * second source), saying it was first reported now would be false: " (on 6 Dec; reported from 6 Dec, accepted in this window)".
 */
export function reportedLateText(c: ControlChange): string {
  if (c.reportedLate === null) return ''
  if (c.reportedBefore) return ` (on ${shortDay(c.reportedLate)}; reported from ${shortDay(c.reportedBefore)}, accepted in this window)`
  return ` (on ${shortDay(c.reportedLate)}; first reported in this window)`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
function shortDay(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`
}

/**
 * The name to print for a place: the control timeline's name when it has the place (so a town reads the same in
 * every section), else the spelling the reports use most, else the gazetteer's.
 */
function placeNamer(docs: readonly ExtractedDocument[], controlNames: ReadonlyMap<string, string>): Phrasing['placeName'] {
  const counts = new Map<string, Map<string, number>>()
  for (const d of docs) {
    for (const p of d.places) {
      const m = counts.get(p.placeId) ?? new Map<string, number>()
      m.set(p.text, (m.get(p.text) ?? 0) + 1)
      counts.set(p.placeId, m)
    }
  }
  return (p) => {
    const fromControl = controlNames.get(p.placeId)
    if (fromControl) return fromControl
    // "Euphrates River (Syria)" → "Euphrates River"; a transliteration with diacritics ("Tallbīsah") gives way to
    // the spelling the reports use ("Talbiseh").
    const plain = p.name.replace(/\s*\([^)]*\)\s*$/, '')
    if (/^[\x20-\x7e]+$/.test(plain)) return plain
    const written = [...(counts.get(p.placeId) ?? [])].filter(([t]) => /^\p{Lu}/u.test(t)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
    return written ?? p.name
  }
}

/**
 * "178,000 displaced according to UNHCR, 280,000 according to the World Food Programme" when the sources differ,
 * a range when their names are not known, one figure when they agree.
 */
function figuresOf(e: FusedEvent, byId: ReadonlyMap<string, ExtractedDocument>): string {
  const parts: string[] = []
  for (const [k, v] of Object.entries(e.quantities)) {
    if (k.endsWith('_low') || k.endsWith('_high')) continue
    const lo = e.quantities[`${k}_low`]
    const hi = e.quantities[`${k}_high`]
    if (lo === undefined || hi === undefined || lo === hi) {
      parts.push(`${v.toLocaleString('en')} ${k}`)
      continue
    }
    // One report's own range ("thousands fled") is a range, not sources that differ.
    const differ = e.disagreements.some((d) => d.field === `quantities.${k}`)
    const bySource = differ ? sourcedValues(e, k, byId) : null
    parts.push(bySource ?? `${lo.toLocaleString('en')} to ${hi.toLocaleString('en')} ${k}${differ ? ' (reports differ)' : ''}`)
  }
  return parts.join(', ')
}

/** Each reported value of quantity `k` with who gives it, lowest first; null unless every value has a named source. */
function sourcedValues(e: FusedEvent, k: string, byId: ReadonlyMap<string, ExtractedDocument>): string | null {
  const d = e.disagreements.find((x) => x.field === `quantities.${k}`)
  if (!d || d.values.length < 2) return null
  const parts: string[] = []
  for (const { value, documents } of [...d.values].sort((a, b) => Number(a.value) - Number(b.value))) {
    if (typeof value !== 'number') return null
    const who = new Set<string>()
    for (const id of documents) {
      const doc = byId.get(id)
      const ev = doc?.events.find((x) => x.quantities[k] === value && x.type === e.type)
      const name = attributionPhrase(ev?.attribution ?? null) ?? doc?.outlet ?? null
      if (name) who.add(name)
    }
    if (who.size === 0) return null
    parts.push(`${value.toLocaleString('en')}${parts.length === 0 ? ` ${k}` : ''} according to ${list([...who])}`)
  }
  return parts.join(', ')
}

/** How many of the event's documents deny it (the fused modality's disagreement). */
/** Sources that deny the event; an event saved before fusion counted them gives its denying documents. */
function denyingSources(e: FusedEvent): number {
  if (e.denyingSources !== undefined) return e.denyingSources
  const modality = e.disagreements.find((d) => d.field === 'modality')
  return modality?.values.find((v) => v.value === 'denied')?.documents.length ?? 0
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
