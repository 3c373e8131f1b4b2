// The control timeline: who holds each place on each day, how sure, since when and on what evidence.
// Pure: built from a pack's baseline and fused territory events; knows no store, no file, no CLI.
import type { Control, FusedEvent } from '../core/contract.ts'
import type { TextSpan } from '../core/types.ts'
import { NO_HOLDER, type ActorTable } from './actors.ts'
import { addDays, daysBetween, distanceKm } from './geo.ts'
import { placeIndex, type ControlPlace, type PlaceIndex } from './match.ts'
import type { BaselinePlace, PartialHolder } from './pack.ts'

/** What the timeline reads of a fused event; a FusedEvent fits, and so does one document's event. */
export type SituationEvent = Pick<FusedEvent,
  'id' | 'type' | 'actors' | 'place' | 'date' | 'dateEnd' | 'datePrecision' | 'modality' | 'attribution'
  | 'evidence' | 'documents' | 'independentSources' | 'status'> & {
  /**
   * The date as written; null when the report gives none and the date is its publication day ("days after
   * insurgents captured Aleppo" in a report of 5 Dec). Absent (unknown) counts as written.
   */
  dateText?: string | null
  /** Publication day of the earliest report: the latest the event can have happened when it gives no date. */
  reportedOn?: string | null
  /** Outlets of the reports, when known: two reports of one outlet are one source. */
  outlets?: string[]
}

export type ControlStatus = Control['places'][number]['status']
export interface Evidence { document: string; span: TextSpan }

/** How sure the timeline is of a period, as known on a day: later reports confirm (or contest) a change. */
export interface Assessment {
  from: string
  status: ControlStatus
  confidence: number
  evidence: Evidence[]
  /** While a single claim stands against a denial, the side that held the place is still shown as holding it. */
  holder?: string
  since?: string | null
}

/**
 * One stretch of a place's history with one holder. The holder is dated by the events (a report of 9 Dec that
 * "rebels took X on 5 Dec" moves X on 5 Dec); the status is as known on each day, from `assessments`.
 */
export interface Period {
  from: string
  holder: string
  previous: string | null
  status: ControlStatus
  confidence: number
  since: string | null
  evidence: Evidence[]
  partial: PartialHolder[]
  /** Status by day of knowledge, in date order; the first starts at `from`; the last equals status/confidence. */
  assessments: Assessment[]
}

/**
 * Days on which the status is contested whatever the period says: fighting inside, a withdrawal with no taker, or
 * a capture of part of the place ("seized parts of the city", a region-precision capture of a town).
 */
export interface Overlay { from: string; to: string; reason: 'fighting' | 'withdrawal' | 'partial'; event: SituationEvent }

export interface PlaceTimeline { place: ControlPlace; periods: Period[]; overlays: Overlay[] }

export interface Timeline {
  baselineDate: string
  places: PlaceTimeline[]
  actors: ActorTable
  /** Last day any event falls on (the baseline date when there are none). */
  lastDay: string
}

export interface TimelineOptions {
  /** A place the baseline lacks takes the baseline holder of the nearest baseline place within this radius. */
  inheritRadiusKm?: number
  /**
   * Days around a change within which a denial by the other side makes it contested. A denial answers a claim
   * already made, so by default it counts from the change's day to two days after.
   */
  denialWindow?: [before: number, after: number]
}

const CONFIDENCE = { contested: 0.35, claimedByParty: 0.45, claimedByReporter: 0.6, inherited: 0.3 } as const
const MAX_EVIDENCE = 8
// A range of at most this many days still dates a change to its first day ("between Thursday and Friday").
const MAX_RANGE_DAYS = 2
const WITHDRAWAL_DAYS = 2
const THEATER_REACH_KM = 100
// A capture a report does not date happened by the report's day; it is dated back to the taker's last sign in the
// place (a dated capture, fighting inside, a part taken) at most this many days before the report.
const UNDATED_LOOKBACK_DAYS = 7

interface Change {
  day: string
  taker: string
  /** Side that said it left ("the army said it redeployed outside"), when the event is a withdrawal. */
  leaver: string | null
  event: SituationEvent
  /** False when the report gives no date and `day` is only the day it was published by. */
  stated: boolean
  /** The earlier event that dates an undated capture (the taker's fighting inside the place). */
  datedBy?: SituationEvent
}
interface Denial { day: string; denier: string | null; deniedTaker: string | null; event: SituationEvent }
/** A change with no taker: a withdrawal ("the army said it left"), or a fall with no actor ("the capture of X"). */
interface Loose { day: string; leaver: string | null; event: SituationEvent }
/** A side seen inside a place on a day: fighting there as the attacker, or taking part of it. */
interface Presence { day: string; side: string; event: SituationEvent }
interface Facts { changes: Change[]; loose: Loose[]; denials: Denial[]; overlays: Overlay[]; presence: Presence[] }

/** The day an event dates a change to, or null when it is too vague to date one. */
export function eventDay(e: Pick<SituationEvent, 'date' | 'dateEnd' | 'datePrecision' | 'reportedOn'>): string | null {
  const reported = e.reportedOn ?? null
  let day: string | null = null
  if (e.date && (e.datePrecision === 'day' || e.datePrecision === null)) day = e.date
  else if (e.date && e.datePrecision === 'range' && (!e.dateEnd || daysBetween(e.date, e.dateEnd) <= MAX_RANGE_DAYS)) day = e.date
  else if (!e.date) day = reported
  // What a report states as done happened by the day it was published: a later date is a misreading. Only a page that
  // runs on past its first day tells of the next (a live blog's entry stamped after midnight; extraction dates nothing
  // else past the report), so one day after it stands.
  return day && reported && daysBetween(reported, day) > LIVE_PAGE_DAYS ? reported : day
}
const LIVE_PAGE_DAYS = 1

// Areas (a buffer zone, an airbase) come from the theater pack, towns from a gazetteer.
const isArea = (p: ControlPlace) => p.placeId.startsWith('theater:')

const COUNTED: ReadonlySet<string> = new Set(['asserted', 'claimed'])

// The sides of an event's actors in one role, in order, without repeats.
function sides(e: Pick<SituationEvent, 'actors'>, role: 'initiator' | 'target', actors: ActorTable): string[] {
  const out: string[] = []
  for (const a of e.actors) {
    if (a.role !== role) continue
    const side = actors.holderOf(a.actorId)
    // "SOHR took Manbij" is a misreading: a monitor, a newsroom or an envoy holds no ground.
    if (side !== NO_HOLDER && !out.includes(side)) out.push(side)
  }
  return out
}

/**
 * A withdrawal names no taker: take the one the same report implies — the side its other captures, entries
 * or deployments credit ("rebels seized A and B; the army pulled out of C" → the rebels took C).
 */
function impliedTaker(e: SituationEvent, leaver: string, byDocument: Map<string, SituationEvent[]>, actors: ActorTable): string | null {
  const votes = new Map<string, number>()
  for (const doc of e.documents) {
    for (const o of byDocument.get(doc) ?? []) {
      if (o === e || !COUNTED.has(o.modality)) continue
      if (o.type !== 'territory_change' && !(o.type === 'deployment' && o.place?.placeId === e.place?.placeId)) continue
      for (const s of sides(o, 'initiator', actors)) if (s !== leaver) votes.set(s, (votes.get(s) ?? 0) + 1)
    }
  }
  let best: string | null = null
  let n = 0
  for (const [s, v] of votes) if (v > n) { best = s; n = v }
  return best
}

/**
 * Sorts the events the timeline reads into per-place facts, in day order (so no place's list needs sorting), and
 * finds the last day any event falls on. Indexed loops: on a cold start a for-of allocates per step.
 */
function collectFacts(events: readonly SituationEvent[], index: PlaceIndex, actors: ActorTable, baselineDate: string): { facts: Map<ControlPlace, Facts>; lastDay: string } {
  // Built on the first withdrawal that needs it: most corpora have few.
  let byDocumentMap: Map<string, SituationEvent[]> | null = null
  const byDocument = (): Map<string, SituationEvent[]> => {
    if (byDocumentMap) return byDocumentMap
    const m = new Map<string, SituationEvent[]>()
    for (const e of events) {
      if (e.type !== 'territory_change' && e.type !== 'deployment') continue
      for (const d of e.documents) {
        const list = m.get(d)
        if (list) list.push(e)
        else m.set(d, [e])
      }
    }
    byDocumentMap = m
    return m
  }
  const facts = new Map<ControlPlace, Facts>()
  const factsOf = (p: ControlPlace): Facts => {
    let f = facts.get(p)
    if (!f) { f = { changes: [], loose: [], denials: [], overlays: [], presence: [] }; facts.set(p, f) }
    return f
  }
  // Events the timeline reads, bucketed by day; days are few, so this orders them without sorting them.
  let lastDay = baselineDate
  const byDay = new Map<string, number[]>()
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!
    const day = eventDay(e)
    if (!day) continue
    if (day > lastDay) lastDay = day
    // The baseline is the state at the end of its day: only later changes move it.
    if (!e.place || day <= baselineDate) continue
    if (e.type !== 'territory_change' && e.type !== 'denial' && e.type !== 'battle') continue
    const bucket = byDay.get(day)
    if (bucket) bucket.push(i)
    else byDay.set(day, [i])
  }
  const days = [...byDay.keys()].sort()
  for (let k = 0; k < days.length; k++) {
    const day = days[k]!
    const bucket = byDay.get(day)!
    for (let b = 0; b < bucket.length; b++) {
      const e = events[bucket[b]!]!
      if (!e.place) continue
      const isChange = e.type === 'territory_change' && COUNTED.has(e.modality)
      const isDenial = e.type === 'denial' || (e.type === 'territory_change' && e.modality === 'denied')
      const isFight = e.type === 'battle' && e.modality === 'asserted' && e.place.precision === 'exact'
      if (!isChange && !isDenial && !isFight) continue
      addFacts(e, e.place, day, isChange, isDenial, isFight)
    }
  }
  return { facts, lastDay }

  function addFacts(e: SituationEvent, place: NonNullable<SituationEvent['place']>, day: string, isChange: boolean, isDenial: boolean, isFight: boolean): void {
    let targets = index.match(place)
    if (!targets.length) {
      // Only a change opens a new place; a denial or a fight about an unknown place has nothing to qualify.
      if (!isChange || place.precision !== 'exact') return
      // A place far from every baseline place lies outside the theater (or was resolved to a namesake abroad).
      if (!index.nearBaseline(place.lat, place.lon, THEATER_REACH_KM)) return
      targets = [index.add(place)]
    }
    const initiators = sides(e, 'initiator', actors)
    const stated = e.date !== null && e.dateText !== null
    for (let t = 0; t < targets.length; t++) {
      const p = targets[t]!
      const f = factsOf(p)
      // "seized parts of western Qorvath": a region-precision capture of a town takes part of it, not all of it;
      // "took villages near Qorvath" (near) takes none of it.
      if (isChange && !isArea(p) && place.precision !== 'exact') {
        if (place.precision === 'region') {
          f.overlays.push({ from: day, to: day, reason: 'partial', event: e })
          if (initiators[0] && stated) f.presence.push({ day, side: initiators[0], event: e })
        }
        continue
      }
      if (isFight) {
        const end = e.dateEnd && e.dateEnd > day && daysBetween(day, e.dateEnd) <= MAX_RANGE_DAYS ? e.dateEnd : day
        f.overlays.push({ from: day, to: end, reason: 'fighting', event: e })
        if (stated) for (const side of initiators) f.presence.push({ day, side, event: e })
      } else if (isDenial) {
        const denier = e.type === 'denial' ? denierOf(e, actors) : null
        f.denials.push({ day, denier, deniedTaker: e.type === 'denial' ? null : (initiators[0] ?? null), event: e })
      } else if (initiators[0]) {
        f.changes.push({ day, taker: initiators[0], leaver: null, event: e, stated })
      } else {
        // "the army said it redeployed outside X": a withdrawal hands X over only to a stated or implied taker.
        // "Insurgents said they had captured X" with no taker parsed: the claimant claims it for itself.
        const leaver = sides(e, 'target', actors)[0] ?? null
        const speaker = e.modality === 'claimed' ? actors.speakerOf(e.attribution) : null
        const taker = speaker && speaker !== leaver ? speaker : leaver ? impliedTaker(e, leaver, byDocument(), actors) : null
        if (taker) f.changes.push({ day, taker, leaver, event: e, stated })
        else f.loose.push({ day, leaver, event: e })
      }
    }
  }
}

// Independent sources behind a set of reports: a report sharing a document or an outlet with one counted adds nothing.
function countSources(events: readonly SituationEvent[]): number {
  if (events.length === 1) return Math.max(1, events[0]!.independentSources)
  const seenDocs = new Set<string>()
  const seenOutlets = new Set<string>()
  let n = 0
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!
    if (e.documents.some((d) => seenDocs.has(d))) continue
    if (e.outlets?.length && e.outlets.every((o) => seenOutlets.has(o))) continue
    e.documents.forEach((d) => seenDocs.add(d))
    e.outlets?.forEach((o) => seenOutlets.add(o))
    n += Math.max(1, e.independentSources)
  }
  return n
}

function assess(changes: readonly Change[], previous: string | null, holder: string, denials: readonly Denial[], rivals: boolean, actors: ActorTable): { status: ControlStatus; confidence: number; denied?: boolean } {
  const events = changes.map((c) => c.event)
  const sources = countSources(events)
  // ISW: "assessed" when a party's claim is confirmed by the other side — here the side that lost the place says so.
  const confirmedByOther = previous !== null && changes.some((c) => actors.speakerOf(c.event.attribution) === previous
    || (c.leaver === previous && (c.event.attribution === null || actors.speakerOf(c.event.attribution) === previous)))
  const denied = denials.some((d) => deniesChange(d, holder, previous, actors) && (d.deniedTaker === null || d.deniedTaker === holder))
  const fusedAssessed = events.some((e) => e.status === 'assessed' && e.independentSources >= 2)
  const fusedContested = events.length > 0 && events.every((e) => e.status === 'contested')
  if (rivals || fusedContested) return { status: 'contested', confidence: CONFIDENCE.contested }
  if (denied && !confirmedByOther && sources < 2) return { status: 'contested', confidence: CONFIDENCE.contested, denied: true }
  if (sources >= 2 || confirmedByOther || fusedAssessed) {
    return { status: 'assessed', confidence: Math.min(0.95, 0.7 + 0.08 * sources + (confirmedByOther ? 0.1 : 0)) }
  }
  const byReporter = events.some((e) => e.modality === 'asserted' && actors.speakerOf(e.attribution) === null)
  return { status: 'claimed', confidence: byReporter ? CONFIDENCE.claimedByReporter : CONFIDENCE.claimedByParty }
}

/** "The ministry denied ...": the side of the denial's initiator, or else the side its attribution speaks for. */
export function denierOf(e: Pick<SituationEvent, 'actors' | 'attribution'>, actors: ActorTable): string | null {
  return sides(e, 'initiator', actors)[0] ?? actors.speakerOf(e.attribution)
}

/**
 * Whether a denial answers the change from `previous` to `holder`: it speaks for the side that lost the place, or for
 * no side the table knows (state media, an unnamed official). "The army denied it had withdrawn" answers the army's
 * loss, not a third side taking the town later from whoever held it then.
 */
export function deniesChange(d: { readonly denier: string | null }, holder: string, previous: string | null, actors: ActorTable): boolean {
  if (d.denier === null) return true
  if (d.denier === holder) return false
  return previous === null || d.denier === previous || !actors.isSide(d.denier)
}

// The day a report made a fact known: its publication, or the event's own day when that is later or unknown.
function knownOn(e: SituationEvent, day: string): string {
  return e.reportedOn && e.reportedOn > day ? e.reportedOn : day
}

/** Evidence of a period as known: its reports, what dated an undated one, and (when contested) the denials. */
function periodEvidence(known: readonly Change[], knownDenials: readonly Denial[], contested: boolean): Evidence[] {
  const out: Evidence[] = []
  for (const c of known) if (!addEvidence(out, c.event)) return out
  for (const c of known) if (c.datedBy && !addEvidence(out, c.datedBy)) return out
  if (contested) for (const x of knownDenials) if (!addEvidence(out, x.event)) return out
  return out
}

/** A status as known from a number of reports and denials; evidence is gathered only for the steps kept. */
interface Step { from: string; status: ControlStatus; confidence: number; denied: boolean; nSupport: number; nDenials: number }

function assessStep(period: Period, rivals: boolean, actors: ActorTable, from: string, known: readonly Change[], knownDenials: readonly Denial[]): Step {
  const { status, confidence, denied } = assess(known, period.previous, period.holder, knownDenials, rivals, actors)
  return { from, status, confidence: Number(confidence.toFixed(2)), denied: !!denied, nSupport: known.length, nDenials: knownDenials.length }
}

/** Re-assesses a period on each day a new supporting report or denial became known. */
function assessOverTime(period: Period, previousSince: string | null, support: readonly Change[], denials: readonly Denial[], rivals: boolean, actors: ActorTable): Assessment[] {
  const step = (from: string, known: readonly Change[], knownDenials: readonly Denial[]) => assessStep(period, rivals, actors, from, known, knownDenials)
  let steps: Step[]
  let s: readonly Change[] = support
  let d: readonly Denial[] = denials
  const sDays = support.map((c) => knownOn(c.event, c.day))
  const dDays = denials.map((x) => knownOn(x.event, x.day))
  const firstDay = sDays[0]
  // Most periods are reported on one day: one assessment.
  if (sDays.every((x) => x === firstDay) && dDays.every((x) => x === firstDay)) {
    steps = [step(period.from, support, denials)]
  } else {
    const order = <T>(xs: readonly T[], days: readonly string[]) => xs.map((x, i) => ({ x, day: days[i]! })).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    const sk = order(support, sDays)
    const dk = order(denials, dDays)
    s = sk.map((x) => x.x)
    d = dk.map((x) => x.x)
    const days = [...new Set([...sk.map((x) => x.day), ...dk.map((x) => x.day)])].sort()
    steps = []
    const known: Change[] = []
    const knownD: Denial[] = []
    for (const day of days) {
      while (known.length < sk.length && sk[known.length]!.day <= day) known.push(sk[known.length]!.x)
      while (knownD.length < dk.length && dk[knownD.length]!.day <= day) knownD.push(dk[knownD.length]!.x)
      // A period is shown from its first report on; before that day it is shown as first reported.
      if (!known.length) continue
      const a = step(steps.length ? day : period.from, known, knownD)
      const prev = steps.at(-1)
      // An unchanged status keeps its first day and takes the evidence known by the last day it covers.
      if (prev && prev.status === a.status && prev.confidence === a.confidence && prev.denied === a.denied) { prev.nSupport = a.nSupport; prev.nDenials = a.nDenials }
      else steps.push(a)
    }
    if (!steps.length) steps = [step(period.from, support, denials)]
  }
  return steps.map((x) => {
    const a: Assessment = { from: x.from, status: x.status, confidence: x.confidence, evidence: periodEvidence(s.slice(0, x.nSupport), d.slice(0, x.nDenials), x.status === 'contested') }
    // "Rebels say they took X; the ministry denies it": X stays with its holder, contested, until confirmed.
    return x.denied && period.previous ? { ...a, holder: period.previous, since: previousSince } : a
  })
}

function pickTaker(group: readonly Change[], current: string): { taker: string; rivals: boolean } {
  const first = group[0]!.taker
  if (group.every((c) => c.taker === first)) return { taker: first, rivals: false }
  const bySide = new Map<string, Change[]>()
  for (const c of group) {
    const list = bySide.get(c.taker)
    if (list) list.push(c)
    else bySide.set(c.taker, [c])
  }
  const ranked = [...bySide.entries()].map(([side, cs]) => ({ side, n: countSources(cs.map((c) => c.event)) }))
    // More sources first; on a tie, the side that changes something (a same-day capture and retake leaves it taken).
    .sort((a, b) => b.n - a.n || Number(a.side === current) - Number(b.side === current))
  const top = ranked[0]!
  return { taker: top.side, rivals: ranked.length > 1 && ranked[1]!.n >= top.n }
}

/**
 * "Days after insurgents captured much of Aleppo", in a report of 5 Dec: the capture happened by then, not on
 * that day. Within the lookback, an undated capture joins the taker's last dated capture of the place (a
 * retrospective mention must not hand back a town the taker has since lost); else it is dated to the taker's last
 * fighting inside it (or part taken) since any dated change to another side; with neither it keeps its report's day.
 */
function redateUndated(changes: readonly Change[], presence: readonly Presence[]): Change[] {
  if (changes.every((c) => c.stated)) return changes as Change[]
  return changes.map((c) => {
    if (c.stated) return c
    const earliest = addDays(c.day, -UNDATED_LOOKBACK_DAYS)
    let joined: Change | null = null
    // The place changed hands to someone else in between: fighting before that says nothing of this capture.
    let floor = earliest
    for (const o of changes) {
      if (!o.stated || o.day < earliest || o.day > c.day) continue
      if (o.taker === c.taker) { if (!joined || o.day > joined.day) joined = o }
      else if (o.day > floor) floor = o.day
    }
    if (joined) return { ...c, day: joined.day }
    let sign: Presence | null = null
    for (const x of presence) {
      if (x.side === c.taker && x.day >= floor && x.day < c.day && (!sign || x.day > sign.day)) sign = x
    }
    return sign ? { ...c, day: sign.day, datedBy: sign.event } : c
  })
}

function inDayOrder(xs: readonly { day: string }[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i - 1]!.day > xs[i]!.day) return false
  return true
}

function baselinePeriod(p: ControlPlace, inherited: BaselinePlace | null, baselineDate: string): Period | null {
  const b = p.baseline ?? inherited
  if (!b) return null
  return {
    from: baselineDate, holder: b.holder, previous: null, status: 'baseline',
    confidence: p.baseline ? b.confidence : CONFIDENCE.inherited, since: null, evidence: [],
    partial: p.baseline ? b.partial : [], assessments: [],
  }
}

function placeTimeline(p: ControlPlace, f: Facts | undefined, inherited: BaselinePlace | null, baselineDate: string, actors: ActorTable, opts: Required<TimelineOptions>): PlaceTimeline {
  const periods: Period[] = []
  const start = baselinePeriod(p, inherited, baselineDate)
  if (start) periods.push(start)
  // Facts come in day order; only a capture dated back from its report can be out of place.
  const changes = redateUndated(f?.changes ?? [], f?.presence ?? [])
  if (!inDayOrder(changes)) changes.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
  const support = new Map<Period, Change[]>()
  const rivalled = new Set<Period>()
  for (let i = 0; i < changes.length;) {
    let j = i
    while (j < changes.length && changes[j]!.day === changes[i]!.day) j++
    const group = changes.slice(i, j)
    const cur = periods.at(-1)
    const { taker, rivals } = pickTaker(group, cur?.holder ?? '')
    const mine = group.filter((c) => c.taker === taker)
    if (cur && cur.holder === taker) {
      const list = support.get(cur)
      if (list) list.push(...mine)
      else support.set(cur, mine)
    } else {
      const next: Period = {
        from: group[0]!.day, holder: taker, previous: cur?.holder ?? null, status: 'claimed', confidence: 0,
        since: group[0]!.day, evidence: [], assessments: [],
        // A secondary holder keeps its quarters when a third side takes the town, and is absorbed when it takes it.
        partial: (cur?.partial ?? []).filter((x) => actors.holderOf(x.actorId) !== taker),
      }
      periods.push(next)
      support.set(next, mine)
    }
    if (rivals) rivalled.add(periods.at(-1)!)
    i = j
  }
  // A change with no taker supports a change by someone else dated within a day of it (the same fall seen from
  // the side that left: "the army said it redeployed outside X"); alone, it only makes the place contested.
  const loneOverlays: Overlay[] = []
  for (const l of f?.loose ?? []) {
    const p = periods.find((x) => x.status !== 'baseline' && Math.abs(daysBetween(x.from, l.day)) <= 1 && (l.leaver === null || x.previous === l.leaver))
    if (p) support.get(p)?.push({ day: l.day, taker: p.holder, leaver: l.leaver, event: l.event, stated: true })
    else loneOverlays.push({ from: l.day, to: addDays(l.day, WITHDRAWAL_DAYS), reason: 'withdrawal', event: l.event })
  }
  periods.forEach((period, k) => {
    const mine = support.get(period) ?? []
    if (period.status === 'baseline') {
      period.evidence = periodEvidence(mine, [], false)
      period.assessments = [{ from: period.from, status: 'baseline', confidence: period.confidence, evidence: period.evidence }]
      return
    }
    const end = periods[k + 1]?.from ?? '9999-12-31'
    const [before, after] = opts.denialWindow
    const lo = addDays(period.from, -before), hi = addDays(period.from, after)
    const denials = (f?.denials ?? []).filter((d) => d.day >= lo && d.day <= hi && d.day < end)
    period.assessments = assessOverTime(period, periods[k - 1]?.since ?? null, mine, denials, rivalled.has(period), actors)
    const last = period.assessments.at(-1)!
    period.status = last.status
    period.confidence = last.confidence
    period.evidence = last.evidence
  })
  const overlays = loneOverlays.length
    ? [...(f?.overlays ?? []), ...loneOverlays].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    : (f?.overlays ?? [])
  return { place: p, periods, overlays }
}

/**
 * Adds an event's evidence (its first document's sentence) unless that sentence is already listed; false once the
 * list is full. Lists are at most MAX_EVIDENCE long, so a scan beats building keys for thousands of reports.
 */
function addEvidence(out: Evidence[], e: SituationEvent): boolean {
  if (out.length >= MAX_EVIDENCE) return false
  const doc = e.documents[0]
  if (!doc) return true
  const { start, end } = e.evidence
  for (const x of out) if (x.document === doc && x.span.start === start && x.span.end === end) return true
  out.push({ document: doc, span: e.evidence })
  return out.length < MAX_EVIDENCE
}

function nearestBaseline(p: ControlPlace, baseline: readonly BaselinePlace[], radiusKm: number): BaselinePlace | null {
  let best: BaselinePlace | null = null
  let bestKm = radiusKm
  for (const b of baseline) {
    const km = distanceKm(p.lat, p.lon, b.lat, b.lon)
    if (km <= bestKm) { best = b; bestKm = km }
  }
  return best
}

/** Builds every place's history from the baseline and the fused territory, denial and battle events. */
export function buildTimeline(baseline: readonly BaselinePlace[], baselineDate: string, events: readonly SituationEvent[], actors: ActorTable, options: TimelineOptions = {}): Timeline {
  const opts: Required<TimelineOptions> = { inheritRadiusKm: 25, denialWindow: [0, 2], ...options }
  const index = placeIndex(baseline)
  const { facts, lastDay } = collectFacts(events, index, actors, baselineDate)
  // Sorted once by name here, so each day's control needs no sort.
  const ordered = [...index.places].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const places = ordered.map((p) => placeTimeline(
    p, facts.get(p), p.baseline ? null : nearestBaseline(p, baseline, opts.inheritRadiusKm), baselineDate, actors, opts,
  ))
  return { baselineDate, places, actors, lastDay }
}

/** The period in force on a day (binary search), or null before the place's history starts. */
export function periodOn(t: PlaceTimeline, date: string): Period | null {
  let lo = 0, hi = t.periods.length - 1, hit: Period | null = null
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const p = t.periods[mid]!
    if (p.from <= date) { hit = p; lo = mid + 1 } else hi = mid - 1
  }
  return hit
}

/** The period's status as known on a day: the last assessment made on or before it. */
export function assessmentOn(period: Period, date: string): Assessment {
  let hit: Assessment = period.assessments[0] ?? period
  for (const a of period.assessments) { if (a.from <= date) hit = a; else break }
  return hit
}

/** Who is shown holding a place on a day (the period's holder, or the earlier one while a claim is denied). */
export function holderOn(t: PlaceTimeline, date: string): string | null {
  const period = periodOn(t, date)
  return period ? (assessmentOn(period, date).holder ?? period.holder) : null
}

type ControlRow = Control['places'][number]

/** What a place's row was last built from: the same period, assessment and active overlays give the same row. */
interface RowMemo { period: Period; shown: Assessment; active: Overlay[]; row: ControlRow }
interface ControlMemo { rows: Map<PlaceTimeline, RowMemo>; holders: Map<string, ControlRow['holder']>; partial: Map<Period, NonNullable<ControlRow['partial']>> }
const controlMemos = new WeakMap<Timeline, ControlMemo>()

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i])

/**
 * Control of every known place on one day, in the sitrep.control/1 shape (plus secondary holders). A place whose
 * state is the same as on the last day asked shares that day's row object: treat the answer as read-only.
 */
export function controlOn(timeline: Timeline, date: string): Control {
  let memo = controlMemos.get(timeline)
  if (!memo) { memo = { rows: new Map(), holders: new Map(), partial: new Map() }; controlMemos.set(timeline, memo) }
  const { rows, holders, partial } = memo
  const holderRef = (id: string) => {
    let h = holders.get(id)
    if (!h) { h = { actorId: id, name: timeline.actors.nameOf(id) }; holders.set(id, h) }
    return h
  }
  const places: ControlRow[] = []
  for (let i = 0; i < timeline.places.length; i++) {
    const t = timeline.places[i]!
    // Before the baseline day a baseline place shows its baseline, the earliest state the pack knows.
    const first = t.periods[0]
    const period = periodOn(t, date) ?? (first && t.place.baseline && first.status === 'baseline' ? first : null)
    if (!period) continue
    const shown = assessmentOn(period, date)
    // Fighting or a withdrawal after the period began makes the day contested, not the holder different.
    let active: Overlay[] = NONE
    for (let k = 0; k < t.overlays.length; k++) {
      const o = t.overlays[k]!
      if (o.from > date) break
      if (o.to >= date && o.from >= period.from) active = active === NONE ? [o] : [...active, o]
    }
    const last = rows.get(t)
    if (last && last.period === period && last.shown === shown && sameList(last.active, active)) { places.push(last.row); continue }
    let { status, confidence, evidence } = shown
    if (active.length) {
      status = 'contested'
      confidence = Math.min(confidence, 0.5)
      evidence = [...evidence]
      for (const o of active) addEvidence(evidence, o.event)
    }
    const holder = shown.holder ?? period.holder
    let shares: ControlRow['partial']
    if (period.partial.length) {
      shares = partial.get(period)
      if (!shares) { shares = period.partial.map((x) => ({ actorId: x.actorId, name: timeline.actors.nameOf(x.actorId), note: x.note })); partial.set(period, shares) }
    }
    const row: ControlRow = {
      placeId: t.place.placeId, name: t.place.name, lat: t.place.lat, lon: t.place.lon, holder: holderRef(holder),
      status, confidence, since: shown.holder ? (shown.since ?? null) : period.since, evidence,
      ...(shares ? { partial: shares } : {}),
    }
    rows.set(t, { period, shown, active, row })
    places.push(row)
  }
  return { schema: 'sitrep.control/1', date, places }
}
const NONE: Overlay[] = []
