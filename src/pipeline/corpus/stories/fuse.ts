// Fuses the events of many documents into incidents: same type, place within its precision, compatible actors,
// dates within a day. Keeps every figure with its sources, marks claims against denials, and counts sources
// by derivation family, so a rewrite never corroborates its own original.
import type { ContractEvent, ExtractedDocument, FusedEvent } from '../../../core/contract.ts'
import { digest } from '../../../core/ids.ts'
import { distanceKm } from '../../../core/geo.ts'
import { dayNumber, placeToleranceKm } from './fingerprints.ts'
import { MemberIndex, type Position } from './fuse-index.ts'
import { actsAs } from './actor-groups.ts'
import { deniedTypes, deniesNothingNamed, pointsBack } from '../../stages/extract-events/denied-types.ts'
import { pubKeyOf } from './pub-key.ts'

/** What fusion reads of a document: its id and date, its events, and its actor mentions (to name a speaker). */
export type FusionDocument = Pick<ExtractedDocument, 'id' | 'publishedAt' | 'events' | 'actors'>

/** Who stands behind a document: its family (one report and its copies) and its story. */
export interface SourceOf {
  readonly family: string
  readonly story: string
  /**
   * The outlet whose own report the document is (its name as outletKey folds it), or null/absent for a copy or
   * rewrite of another's report, a text tracing to another outlet's wire, or a document naming no outlet. An outlet's
   * own reports of one incident are one source in a fused event, whatever stories and families they fell in (a
   * next-day report that leads with new news and repeats the incident is a story of its own).
   */
  readonly outlet?: string | null
}

/** One event as fusion reads it: the event, its document, who stands behind it, its day and speaker. */
export interface Member {
  readonly event: ContractEvent
  readonly doc: FusionDocument
  readonly source: SourceOf
  readonly day: number | null
  /** Actor the statement is attributed to, when the attribution names one ("the army said"). */
  readonly speaker: string | null
}

/** An incident being fused: its members in the order they joined. */
export interface Group {
  readonly type: ContractEvent['type']
  readonly members: Member[]
  /** The members that report the incident (neither background nor denial), in order: the first is its head. */
  readonly reports: Member[]
  /** Actors of the reports: a denier must be one of them. */
  readonly parties: Set<string>
  readonly docs: Set<string>
  readonly stories: Set<string>
  /** The first and last day of its dated members (null before one joins): an incident spans at most MAX_SPAN_DAYS. */
  readonly days: { first: number | null; last: number | null }
  /** Its position in each list it was filed in (type or "*", by day or "all"): the order incidents were compared in. */
  readonly filedAt: Map<string, number>
}

/** Plans and projections fuse only with their own kind: "will send drones" is not "sent drones". */
const FUTURE = new Set(['planned', 'projected'])
/**
 * Things said rather than done: what makes two of them one is who said them. Two stories' statements at one place
 * and day, one of them by nobody the text names ("demonstrators called for …", "the monitor urged …"), are two.
 */
const SPEECH = new Set(['statement', 'call_to_action'])
const NOTHING_DENIED: ReadonlySet<string> = new Set()

/**
 * Fuses the events of `docs` (in arrival order). `sourceOf` gives each document's family and story.
 * Background mentions of an incident join it as supporting documents but never start one.
 */
export function fuseEvents(docs: readonly FusionDocument[], sourceOf: (docId: string) => SourceOf): FusedEvent[] {
  return fuseIncidents(docs, sourceOf).map((i) => i.fused)
}

/** Like fuseEvents, but also gives the ids of the events each fused event was made from (for evaluation). */
export function fuseIncidents(
  docs: readonly FusionDocument[], sourceOf: (docId: string) => SourceOf,
): { fused: FusedEvent; events: string[] }[] {
  return fuseAll(docs, sourceOf).incidents.map((i) => ({ fused: i.fused, events: i.members.map((m) => m.event.id) }))
}

/** The events of `doc` fusion reads (all but hypotheticals), in the document's order. */
export function membersOf(doc: FusionDocument, source: SourceOf): Member[] {
  return doc.events.filter((e) => e.modality !== 'hypothetical')
    .map((event) => ({ event, doc, source, day: dayNumber(event.date) ?? dayNumber(doc.publishedAt), speaker: speakerOf(event, doc) }))
}

/** Reports first, denials next (they attach to what they deny), background last (it only supports). */
export function memberClass(m: { readonly event: Pick<ContractEvent, 'type' | 'modality'> }): 0 | 1 | 2 {
  return m.event.modality === 'background' ? 2 : isDenial(m.event) ? 1 : 0
}

/** One fused incident with its members (in the order they joined) and its status before the fighting check. */
export interface Incident {
  readonly fused: FusedEvent
  readonly members: readonly Member[]
  readonly baseStatus: FusedEvent['status']
}

/**
 * Fuses every event of `docs` (in arrival order): the incidents in the order they were opened, and every member
 * with the index of the incident it joined (null: a background mention that found none).
 */
export function fuseAll(
  docs: readonly FusionDocument[], sourceOf: (docId: string) => SourceOf,
): { incidents: Incident[]; members: { member: Member; incident: number | null }[] } {
  const groups: Group[] = []
  const members: Member[] = docs.flatMap((doc) => membersOf(doc, sourceOf(doc.id)))
  // Within a class, by publication with undated documents last (pub-key.ts), then in the order given.
  const key = (m: Member) => pubKeyOf(m.doc.publishedAt)
  const sorted = members.map((m, i) => [m, i] as const)
    .sort((a, b) => memberClass(a[0]) - memberClass(b[0]) || (key(a[0]) < key(b[0]) ? -1 : key(a[0]) > key(b[0]) ? 1 : a[1] - b[1]))
    .map(([m]) => m)
  const incidentOf = new Map<Member, number>()
  // Open incidents are compared in the order they were filed by type and day (under "*" too, for denials, which
  // may answer any type): of equal costs the first wins. Only incidents with a member the event may share a place
  // with (the index) are compared at all; every other one costs +Infinity.
  const filedCount = new Map<string, number>()
  const file = (g: Group, m: Member) => {
    for (const t of [g.type, '*']) for (const k of [`${t}|${m.day ?? 'none'}`, `${t}|all`]) {
      if (g.filedAt.has(k)) continue
      const n = filedCount.get(k) ?? 0
      g.filedAt.set(k, n)
      filedCount.set(k, n + 1)
    }
  }
  const index = new MemberIndex<{ readonly m: Member; readonly g: Group }>()
  const groupTypes = new Set<string>()
  const groupIndex = new Map<Group, number>()
  const join = (g: Group, m: Member) => {
    addMember(g, m)
    incidentOf.set(m, groupIndex.get(g)!)
    file(g, m)
    index.add(g.type, positionOf(m), { m, g })
  }
  for (const m of sorted) {
    const t = m.event.type === 'denial' ? '*' : m.event.type
    const keys = m.day === null ? [`${t}|all`] : [`${t}|${m.day - 1}`, `${t}|${m.day}`, `${t}|${m.day + 1}`, `${t}|none`]
    const rank = (g: Group) => {
      for (let i = 0; i < keys.length; i++) {
        const at = g.filedAt.get(keys[i]!)
        if (at !== undefined) return i * 2 ** 32 + at
      }
      return Number.POSITIVE_INFINITY
    }
    // The closest member of each incident within a day (placeDistance; +Infinity for those not visited).
    const closest = new Map<Group, number>()
    const types = m.event.type === 'denial' ? [...groupTypes].filter((x) => x !== 'denial') : [m.event.type]
    index.near(types, positionOf(m), ({ m: x, g }) => {
      if (m.day !== null && x.day !== null && Math.abs(m.day - x.day) > 1) return
      const d = placeDistance(m.event, x.event, m.source.story === x.source.story)
      if (d < (closest.get(g) ?? Number.POSITIVE_INFINITY)) closest.set(g, d)
    })
    const best = bestFit(m, closest, rank)
    if (best) join(best, m)
    else if (m.event.modality !== 'background') {
      // A denial of something nobody reported stands as its own item; a background mention alone is no news.
      const g = newGroup(m.event.type)
      groupIndex.set(g, groups.length)
      groups.push(g)
      groupTypes.add(g.type)
      join(g, m)
    }
  }
  const fused = groups.map((g) => present(g))
  const baseStatus = fused.map((f) => f.status)
  markFighting(groups, fused)
  return {
    incidents: fused.map((f, i) => ({ fused: f, members: groups[i]!.members, baseStatus: baseStatus[i]! })),
    members: members.map((member) => ({ member, incident: incidentOf.get(member) ?? null })),
  }
}

/** An incident with no member yet. */
export function newGroup(type: ContractEvent['type']): Group {
  return { type, members: [], reports: [], parties: new Set(), docs: new Set(), stories: new Set(), days: { first: null, last: null }, filedAt: new Map() }
}

/** Adds `m` to `g` (what fitCost and present read of it; filing for the search is the caller's). */
export function addMember(g: Group, m: Member): void {
  g.members.push(m)
  if (m.event.modality !== 'background' && !isDenial(m.event)) {
    g.reports.push(m)
    for (const a of m.event.actors) g.parties.add(a.actorId)
  }
  g.docs.add(m.doc.id)
  g.stories.add(m.source.story)
  if (m.day !== null) {
    g.days.first = g.days.first === null ? m.day : Math.min(g.days.first, m.day)
    g.days.last = g.days.last === null ? m.day : Math.max(g.days.last, m.day)
  }
}

/**
 * Days an incident may span, first to last: a day either side of one day. Each member is within a day of another, but
 * a chain of such steps is not one incident: "seized villages west of Qorvath" on Monday, "entered Qorvath" on
 * Wednesday and "took all of Qorvath" on Thursday had fused into Monday's incident, one day after another.
 */
const MAX_SPAN_DAYS = 2

/** True when `m`'s day keeps `g` within MAX_SPAN_DAYS (an undated member, or an incident with none, always does). */
function withinSpan(m: Member, g: Group): boolean {
  if (m.day === null || g.days.first === null || g.days.last === null) return true
  return Math.max(g.days.last, m.day) - Math.min(g.days.first, m.day) <= MAX_SPAN_DAYS
}

/**
 * The incident `m` joins among `closest` (each with its smallest placeDistance to `m`), or null: the lowest cost,
 * of equal costs the lowest rank (the incident filed first under the closest day), since rank is unique per incident.
 */
export function bestFit<G extends Group>(m: Member, closest: ReadonlyMap<G, number>, rank: (g: G) => number): G | null {
  let best: G | null = null
  let bestCost = Number.POSITIVE_INFINITY
  let bestRank = Number.POSITIVE_INFINITY
  for (const [g, distance] of closest) {
    const cost = fitCost(m, g, distance)
    if (cost < bestCost) { best = g; bestCost = cost; bestRank = rank(g) }
    else if (cost === bestCost && cost < Number.POSITIVE_INFINITY) {
      const r = rank(g)
      if (r < bestRank) { best = g; bestRank = r }
    }
  }
  return best
}

export function isDenial(e: Pick<ContractEvent, 'type' | 'modality'>): boolean {
  return e.type === 'denial' || e.modality === 'denied'
}

/**
 * Cost of adding `m` to `g` (lower is closer), or +Infinity when they cannot be one incident. `placeCost` is the
 * smallest placeDistance from `m` to a member of `g` within a day of it.
 */
function fitCost(m: Member, g: Group, placeCost: number): number {
  const e = m.event
  const head = g.reports[0] ?? g.members[0]!
  if (!withinSpan(m, g)) return Number.POSITIVE_INFINITY
  // A denial answers what was already said or done: one made the day before every report of an incident denies
  // something else ("the president's office denied on Saturday that he had left", and the capital fell on Sunday).
  if (isDenial(e) && m.day !== null && g.days.first !== null && m.day < g.days.first) return Number.POSITIVE_INFINITY
  if (e.type === 'denial') {
    // A denial answers a report of something done. The statements and calls beside it are its speaker's own line
    // ("denied withdrawing from Homs … and called on citizens to ignore rumours"), not what it denies.
    if (g.type === 'denial' || SPEECH.has(g.type)) return Number.POSITIVE_INFINITY
    // "the army denied withdrawing": the denier must be a party to what it denies, at any level of one organisation
    // ("the ministry denied that the army had withdrawn": the army's government is a party to the army's retreat).
    const denier = new Set(e.actors.map((a) => a.actorId))
    if (denier.size > 0 && ![...g.parties].some((p) => sameSide(p, denier, e.date))) return Number.POSITIVE_INFINITY
    // "The ministry denied the army had withdrawn" says what "the ministry said its troops remain deployed" says: a
    // side's denial does not contest that side's own claim.
    if (m.speaker !== null) denier.add(m.speaker)
    if (denier.size > 0 && g.reports.every((r) => r.event.modality === 'claimed' && r.speaker !== null && sameSide(r.speaker, denier, r.event.date))) {
      return Number.POSITIVE_INFINITY
    }
  } else {
    if (e.type !== g.type) return Number.POSITIVE_INFINITY
    if (FUTURE.has(e.modality) !== FUTURE.has(head.event.modality)) return Number.POSITIVE_INFINITY
    if (!actorsCompatible(e, head.event)) return Number.POSITIVE_INFINITY
    if (SPEECH.has(e.type) && !g.stories.has(m.source.story) && !(hasInitiator(e) && hasInitiator(head.event))) return Number.POSITIVE_INFINITY
    if (e.type === 'territory_change' && !sameFootprint(e, head.event)) return Number.POSITIVE_INFINITY
  }
  let cost = placeCost
  // A denial answers what its own document reports ("The NLF denied targeting civilians" after the rocket
  // strike), then what its story reports; only then a report elsewhere. Before all that, it answers an incident of
  // the kind its sentence denies ("denied that its units had withdrawn from Hama": a change of control), when it says.
  if (isDenial(e) && cost < Number.POSITIVE_INFINITY) {
    if (!g.docs.has(m.doc.id)) cost += g.stories.has(m.source.story) ? 1_000 : 2_000
    const denied = e.type === 'denial' ? deniedTypes(e.evidence.text) : NOTHING_DENIED
    // ("denied that its troops had left the town" answers no strike or fighting reported there; "denied any role in
    // the talks" answers nothing the reports tell: it stands on its own)
    if (denied.size > 0 && !denied.has(g.type)) return Number.POSITIVE_INFINITY
    if (e.type === 'denial' && deniesNothingNamed(e.evidence.text)) return Number.POSITIVE_INFINITY
    // "denied withdrawing from Homs" in a report that also tells of Rastan's capture nearby: a denial that names its
    // town answers a report of that town, in any story, before another town's in its own document (whose side,
    // once the target of that capture, is a party to it too).
    const town = e.place?.precision === 'exact' || e.place?.precision === 'near' ? e.place.placeId : null
    if (town !== null && !g.members.some((x) => x.event.place?.placeId === town)) cost += 2_500
    // "A monitor said troops had left Homs. The ministry called that report false.": a denial that only points back
    // answers what its document told just before it, before anything else the document reports nearer its place.
    else if (denied.size === 0 && e.type === 'denial' && g.docs.has(m.doc.id) && pointsBack(e.evidence.text)) cost += POINTER_COST * textGap(m, g)
  }
  return cost
}

/** Per character between a pointing-back denial and the report it may answer: under the other-story penalty. */
const POINTER_COST = 0.1
const MAX_GAP = 9_000

/** Characters from the end of `g`'s nearest report in `m`'s document that ends before `m` to the start of `m` (capped). */
function textGap(m: Member, g: Group): number {
  let gap = MAX_GAP
  for (const r of g.reports) {
    if (r.doc.id !== m.doc.id || r.event.evidence.end > m.event.evidence.start) continue
    gap = Math.min(gap, m.event.evidence.start - r.event.evidence.end)
  }
  return gap
}

function positionOf(m: Member): Position {
  return { day: m.day, story: m.source.story, place: m.event.place }
}

/**
 * Distance between the places of two events, or +Infinity when they cannot be one place: each may be off by
 * what its precision allows ("near Tessik" ~15 km). A missing place fits only inside one story, where the
 * text around it already says where.
 */
export function placeDistance(a: Pick<ContractEvent, 'place'>, b: Pick<ContractEvent, 'place'>, sameStory: boolean): number {
  if (!a.place || !b.place) return sameStory ? 50 : Number.POSITIVE_INFINITY
  if (a.place.placeId === b.place.placeId) return 0
  // "300,000 have fled northern Vardenia" is not "20,000 fled Qorvath": a country-wide place contains the town
  // but names a different scope, unless the same story ties them together.
  if (!sameStory && (a.place.precision === 'country' || b.place.precision === 'country')) return Number.POSITIVE_INFINITY
  const d = distanceKm(a.place.lat, a.place.lon, b.place.lat, b.place.lon)
  return d <= Math.max(placeToleranceKm(a.place.precision), placeToleranceKm(b.place.precision)) ? d : Number.POSITIVE_INFINITY
}

/**
 * Taking ground near a town ("entered the outskirts of X") is not taking the town: a change of control at the town
 * itself does not fuse with one near it, as the control timeline moves a town only on the former. A withdrawal names
 * no taker ("the army redeployed outside X"): it is the loser's account of the town's fall. (A region-wide change
 * still fuses with its towns: extraction gives a region to captures it cannot pin, "took the main city of the east".)
 */
function sameFootprint(a: ContractEvent, b: ContractEvent): boolean {
  if (!a.place || !b.place || !hasInitiator(a) || !hasInitiator(b)) return true
  const near = (e: ContractEvent) => e.place!.precision === 'near'
  const exact = (e: ContractEvent) => e.place!.precision === 'exact'
  return !((near(a) && exact(b)) || (exact(a) && near(b)))
}

function hasInitiator(e: ContractEvent): boolean {
  return e.actors.some((x) => x.role === 'initiator')
}

/**
 * Initiators must overlap when both name one (battles compare all parties: who "attacked" is a matter of view),
 * counting the organisations each acts as: a leader, his group and its coalition are one initiator (actor-groups.ts).
 */
function actorsCompatible(a: ContractEvent, b: ContractEvent): boolean {
  const pick = (e: ContractEvent) => e.actors.filter((x) => e.type === 'battle' || x.role === 'initiator').map((x) => x.actorId)
  const x = pick(a)
  const y = pick(b)
  if (x.length === 0 || y.length === 0) return true
  const ys = new Set(y.flatMap((v) => actsAs(v, b.date)))
  return x.some((v) => actsAs(v, a.date).some((g) => ys.has(g)))
}

/**
 * The actor an attribution names: "the army said" → the actor whose mention text the attribution contains, or whose
 * lexicon name it gives (extraction names a party's statement by the party: "Syrian government (Assad)").
 */
function speakerOf(e: ContractEvent, doc: FusionDocument): string | null {
  if (!e.attribution) return null
  const attr = e.attribution.toLowerCase()
  for (const a of doc.actors) {
    if (a.text.length >= 2 && new RegExp(`\\b${escape(a.text.toLowerCase())}\\b`).test(attr)) return a.actorId
  }
  for (const a of doc.actors) if (a.name.length >= 2 && attr === a.name.toLowerCase()) return a.actorId
  return null
}

/** True when `speaker` acts as one of `actors` or one of them acts as it (the army speaks for its government). */
function sameSide(speaker: string, actors: ReadonlySet<string>, date: string | null): boolean {
  const mine = actsAs(speaker, date)
  return [...actors].some((a) => mine.includes(a) || actsAs(a, date).includes(speaker))
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function present(g: Group): FusedEvent {
  const reports = g.members.filter((m) => m.event.modality !== 'background' && !isDenial(m.event))
  const denials = g.members.filter((m) => isDenial(m.event))
  const head = reports[0] ?? denials[0] ?? g.members[0]!
  const documents = unique(g.members.map((m) => m.doc.id))
  const sourceOf = sourcesOfMembers(g.members)
  // A denial is evidence against what it denies: it is listed (documents, disagreements) and counted apart, never
  // among the sources that back the incident. A denial nobody's report answers is the item itself: its reports back it.
  const independentSources = new Set((reports.length > 0 ? reports : denials).map(sourceOf)).size
  const denyingSources = reports.length > 0 ? new Set(denials.map(sourceOf)).size : 0
  const disagreements: FusedEvent['disagreements'] = []

  // Figures: each value with the documents that give it; best = the most conservative (ACLED), with low/high
  // spanning every source's own range ("dozens": 12 to 99) as well as the values that differ.
  const quantities: Record<string, number> = {}
  const keys = unique(reports.flatMap((m) => Object.keys(m.event.quantities).map(figureOf)))
  for (const k of keys) {
    const byValue = new Map<number, string[]>()
    let low = Number.POSITIVE_INFINITY
    let high = Number.NEGATIVE_INFINITY
    const current = latestOfSource(reports.filter((m) => (m.event.quantities[k] ?? m.event.quantities[`${k}_low`]) !== undefined), sourceOf)
    for (const m of current) {
      const q = m.event.quantities
      const v = q[k] ?? q[`${k}_low`]
      if (v === undefined) continue
      byValue.set(v, unique([...(byValue.get(v) ?? []), m.doc.id]))
      low = Math.min(low, q[`${k}_low`] ?? v)
      high = Math.max(high, q[`${k}_high`] ?? v)
    }
    const values = [...byValue.keys()].sort((a, b) => a - b)
    quantities[k] = values[0]!
    if (low < high) {
      quantities[`${k}_low`] = low
      quantities[`${k}_high`] = high
    }
    if (values.length > 1) disagreements.push({ field: `quantities.${k}`, values: values.map((v) => ({ value: v, documents: byValue.get(v)! })) })
  }

  // Places: a spelling variant resolves to the same placeId and is no disagreement; two towns are.
  const byPlace = new Map<string, { place: NonNullable<ContractEvent['place']>; documents: string[]; families: Set<string> }>()
  for (const m of reports) {
    const p = m.event.place
    if (!p || p.precision === 'region' || p.precision === 'country') continue
    const e = byPlace.get(p.placeId) ?? { place: p, documents: [], families: new Set<string>() }
    e.documents = unique([...e.documents, m.doc.id])
    e.families.add(sourceOf(m))
    byPlace.set(p.placeId, e)
  }
  const places = [...byPlace.values()].sort((a, b) => b.families.size - a.families.size)
  // One report that names two towns for one act ("protests in Jaramana … spread around the capital") is not two
  // sources disagreeing: that takes a document placing it where another does not.
  const sameReports = places.every((p) => p.documents.length === places[0]!.documents.length && p.documents.every((d) => places[0]!.documents.includes(d)))
  if (places.length > 1 && !sameReports) {
    disagreements.push({ field: 'place', values: places.map((p) => ({ value: { placeId: p.place.placeId, name: p.place.name }, documents: p.documents })) })
  }
  const place = places[0]?.place ?? head.event.place ?? reports.find((m) => m.event.place)?.event.place ?? null

  // A claim and its denial are kept together.
  if (reports.length > 0 && denials.length > 0) {
    disagreements.push({
      field: 'modality',
      values: [
        { value: reports.some((m) => m.event.modality === 'asserted') ? 'asserted' : 'claimed', documents: unique(reports.map((m) => m.doc.id)) },
        { value: 'denied', documents: unique(denials.map((m) => m.doc.id)) },
      ],
    })
  }

  let status: FusedEvent['status'] = 'claimed'
  if (reports.length > 0 && denials.length > 0) status = 'contested'
  else if (independentSources >= 2 || confirmedByOtherSide(reports)) status = 'assessed'

  const e = head.event
  const modality = reports.some((m) => m.event.modality === 'asserted') ? 'asserted' : e.modality
  return {
    ...e,
    id: `fused:${digest(g.members.map((m) => m.event.id).join(' '))}`,
    actors: mergeActors(reports.length > 0 ? reports : g.members),
    place,
    modality,
    quantities,
    documents,
    independentSources,
    denyingSources,
    status,
    disagreements,
  }
}

/**
 * Each member's source: its family, where families holding one outlet's own reports are one (SourceOf.outlet). Two
 * outlets that report the incident on their own stay two; a copy or rewrite of an outlet's report is in its family.
 */
function sourcesOfMembers(members: readonly Member[]): (m: Member) => string {
  const parent = new Map<string, string>()
  const root = (x: string): string => {
    let r = x
    for (let p = parent.get(r); p !== undefined && p !== r; p = parent.get(r)) r = p
    return r
  }
  for (const m of members) {
    if (!m.source.outlet) continue
    const a = root(m.source.family)
    const b = root(`outlet:${m.source.outlet}`)
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b)
  }
  return (m) => root(m.source.family)
}

/**
 * The members of each source published last: a source's later report of a figure replaces its earlier one ("an
 * earlier version of this article said 20 were killed; the medical source later said 14"; a toll that rose overnight).
 * Undated members count as the earliest.
 */
function latestOfSource(members: readonly Member[], sourceOf: (m: Member) => string): Member[] {
  const newest = new Map<string, string>()
  for (const m of members) {
    const at = m.doc.publishedAt ?? ''
    if (at > (newest.get(sourceOf(m)) ?? '')) newest.set(sourceOf(m), at)
  }
  return members.filter((m) => (m.doc.publishedAt ?? '') === (newest.get(sourceOf(m)) ?? ''))
}

/** The figure a quantity key belongs to: "killed_low" and "killed_high" bound "killed". */
function figureOf(key: string): string {
  return key.replace(/_(low|high)$/, '')
}

/**
 * "Rebels said they took Dalmir" and "the army said it repositioned outside Dalmir": both sides agree. A side that
 * says it lost ground ("the SDF said it handed Dalmir over") needs no other: no party concedes a loss it did not suffer
 * (the control timeline's "losing side's own word"). A victim naming its attacker is not such a concession.
 */
function confirmedByOtherSide(reports: readonly Member[]): boolean {
  const initiators = new Set(reports.flatMap((m) => m.event.actors.filter((a) => a.role === 'initiator').map((a) => a.actorId)))
  const targets = new Set(reports.flatMap((m) => m.event.actors.filter((a) => a.role === 'target').map((a) => a.actorId)))
  const speakers = new Set(reports.map((m) => m.speaker).filter((s): s is string => s !== null))
  const fromTarget = [...speakers].some((s) => targets.has(s) && !initiators.has(s))
  if (fromTarget && reports[0]!.event.type === 'territory_change') return true
  const fromInitiator = [...speakers].some((s) => initiators.has(s)) || reports.some((m) => m.speaker === null && m.event.modality === 'claimed')
  return fromInitiator && fromTarget
}

function mergeActors(ms: readonly Member[]): ContractEvent['actors'] {
  const seen = new Map<string, ContractEvent['actors'][number]>()
  for (const m of ms) for (const a of m.event.actors) if (!seen.has(`${a.actorId}|${a.role}`)) seen.set(`${a.actorId}|${a.role}`, a)
  return [...seen.values()]
}

/** A claimed change of control where fighting is reported at the same place and days is contested. */
function markFighting(groups: readonly Group[], fused: FusedEvent[]): void {
  // Battles by day (undated ones fit any day), so each change of control looks only at the battles of its days.
  const battlesOn = new Map<number | null, FusedEvent[]>()
  groups.forEach((h, j) => {
    const b = fused[j]!
    if (h.type !== 'battle' || !b.place) return
    const day = dayNumber(b.date)
    const list = battlesOn.get(day)
    if (list) list.push(b)
    else battlesOn.set(day, [b])
  })
  groups.forEach((_, i) => {
    const f = fused[i]!
    if (!mayBeFoughtOver(f)) return
    const d = dayNumber(f.date)
    const days = d === null ? [...battlesOn.keys()] : [d - 1, d, d + 1, null]
    const fighting = days.some((day) => (battlesOn.get(day) ?? []).some((b) => foughtOver(f, b)))
    if (fighting) f.status = 'contested'
  })
}

/** A claimed, placed change of control not already contested: fighting at its place and days contests it. */
export function mayBeFoughtOver(f: FusedEvent): boolean {
  return f.type === 'territory_change' && f.status !== 'contested' && f.modality === 'claimed' && f.place !== null
}

/**
 * True when the fused battle `b` is fighting at the place and days of the change of control `f`, other than the
 * fight that won it: "captured Tessik after days of fighting" states both in one sentence, and a battle that only
 * the capture's own reports give, in the capture's own sentence, says nothing against it.
 */
export function foughtOver(f: FusedEvent, b: FusedEvent): boolean {
  return b.type === 'battle' && b.place !== null && sameIncidentPlace(f, b) && !toldWithCapture(f, b)
}

function toldWithCapture(f: FusedEvent, b: FusedEvent): boolean {
  return b.evidence.text === f.evidence.text && b.documents.every((d) => f.documents.includes(d))
}

function sameIncidentPlace(a: FusedEvent, b: FusedEvent): boolean {
  const da = dayNumber(a.date)
  const db = dayNumber(b.date)
  if (da !== null && db !== null && Math.abs(da - db) > 1) return false
  return placeDistance(a, b, false) < Number.POSITIVE_INFINITY
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)]
}
