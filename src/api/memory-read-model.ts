// A ReadModel over plain arrays held in memory: backs the API and browser tests, and documents the semantics
// (filters, paging, "as of" control) that the store adapter must reproduce. Never reads files.
import type { Control, ExtractedDocument, FusedEvent, Story, WhatIf } from '../core/contract.ts'
import { CONTROL_SCHEMA, WHATIF_SCHEMA } from '../core/contract.ts'
import { AppError } from '../core/errors.ts'
import { lowerBound } from '../core/sorted.ts'
import type { ReferenceEvent } from '../store/store.ts'
import type { DayCount, DocumentSummary, EventFilter, Page, PlaceSummary, ReadModel } from './read-model.ts'
import { referenceIndex } from './reference-index.ts'

/** A place a document mentions (src/store/store.ts PlaceMention). */
export interface MentionedPlace {
  readonly placeId: string
  readonly name: string
  readonly lat: number
  readonly lon: number
  readonly kind: string
}

/**
 * Documents read on demand instead of held (a store's): only their summaries and the places they mention stay in
 * memory, in listing order (by publication, then id), places in the order each document mentions them.
 */
export interface DocumentShelf {
  readonly summaries: readonly DocumentSummary[]
  /** The places they mention; the first mention of a place id names it. */
  readonly places: readonly MentionedPlace[]
  read(id: string): Promise<ExtractedDocument | null>
}

export interface MemoryData {
  /** The documents themselves (tests), or a shelf that reads them when asked. */
  documents: readonly ExtractedDocument[] | DocumentShelf
  stories: readonly Story[]
  /** Control snapshots; `control(date)` answers with the latest one on or before the date. */
  control: readonly Control[]
  /** Precomputed what-if answers, matched on capture place id and actor. */
  whatifs: readonly WhatIf[]
  /** When given, answers `control(date)` instead of the snapshots (the store model computes it from the timeline). */
  controlOn?: (date: string) => Control
  /** When given, answers `whatif(...)` instead of the precomputed answers. */
  whatifOn?: (capture: string, by: string, date: string) => WhatIf
  /** Imported reference rows (ACLED layout), shown as their own layer; none when absent. */
  reference?: readonly ReferenceEvent[]
}

/** How far before the first and after the last publication day an event's day still belongs to the period covered. */
const REPORT_REACH_DAYS = 14

/** Folds case and diacritics so "Ḥamāh" finds "hama". */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

// A cursor is the position in the date-sorted list where the next page starts scanning.
function encodeCursor(index: number): string {
  return Buffer.from(`i:${index}`).toString('base64url')
}

function decodeCursor(cursor: string): number {
  const m = /^i:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
  if (!m) throw new AppError('bad_option', `cursor "${cursor}" is not one this server issued`)
  return Number(m[1])
}

function matches(e: FusedEvent, f: Omit<EventFilter, 'cursor' | 'limit'>): boolean {
  if (f.from || f.to) {
    if (!e.date) return false
    const last = e.dateEnd ?? e.date
    if (f.from && last < f.from) return false
    if (f.to && e.date > f.to) return false
  }
  if (f.bbox) {
    if (!e.place) return false
    const [w, s, east, n] = f.bbox
    if (e.place.lon < w || e.place.lon > east || e.place.lat < s || e.place.lat > n) return false
  }
  if (f.types?.length && !f.types.includes(e.type)) return false
  if (f.modalities?.length && !f.modalities.includes(e.modality)) return false
  if (f.actor && !e.actors.some((a) => a.actorId === f.actor)) return false
  if (f.minSources !== undefined && e.independentSources < f.minSources) return false
  return true
}

function byDateThenId(a: FusedEvent, b: FusedEvent): number {
  const da = a.date ?? '9999', db = b.date ?? '9999'
  return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** A shelf over documents held in memory. */
function shelfOf(documents: readonly ExtractedDocument[] | DocumentShelf): DocumentShelf {
  if ('read' in documents) return documents
  const docs = documents as readonly ExtractedDocument[]
  const byId = new Map(docs.map((d) => [d.id, d]))
  return {
    summaries: docs.map((d) => ({ id: d.id, source: d.source, title: d.title, outlet: d.outlet, publishedAt: d.publishedAt })),
    places: docs.flatMap((d) => d.places.map((p) => ({ placeId: p.placeId, name: p.name, lat: p.lat, lon: p.lon, kind: p.kind }))),
    read: async (id) => byId.get(id) ?? null,
  }
}

/**
 * What changed, for a model that is told (the store's, after an ingest): the documents and the places they
 * mention now, the story list now, the fused events gone and added, and the control answers now. Whatever is
 * absent stayed as it was.
 */
export interface ModelChange {
  readonly documents?: Pick<DocumentShelf, 'summaries' | 'places'>
  readonly stories?: readonly Story[]
  readonly events?: { readonly removed: readonly FusedEvent[]; readonly added: readonly FusedEvent[] }
  readonly control?: {
    /** The snapshot's date, known without working it out. */
    readonly date: string
    /** Worked out when first asked (control over all days costs the most to redo: see store-read-model.ts). */
    readonly snapshot: () => Control
    readonly controlOn: (date: string) => Control
    readonly whatifOn: (capture: string, by: string, date: string) => WhatIf
  }
}

/** A ReadModel that can be told what changed: `apply` updates it in place, in time proportional to the change. */
export interface LiveReadModel extends ReadModel {
  apply(change: ModelChange): void
}

/** Builds a ReadModel answering from `data`; events are the stories' fused events, each once. */
export function memoryReadModel(data: MemoryData): LiveReadModel {
  const eventsById = new Map<string, FusedEvent>()
  for (const s of data.stories) for (const e of s.events) if (!eventsById.has(e.id)) eventsById.set(e.id, e)
  const events = [...eventsById.values()].sort(byDateThenId)
  let stories = data.stories
  let shelf = shelfOf(data.documents)
  let controlDates = data.control.map((c) => c.date)
  let snapshots: () => readonly Control[] = ((sorted) => () => sorted)([...data.control].sort((a, b) => (a.date < b.date ? -1 : 1)))
  let controlOn = data.controlOn
  let whatifOn = data.whatifOn

  // Built when first asked after a change: it needs the control snapshot.
  let places: Map<string, PlaceSummary> | null = null
  const placesNow = () => (places ??= placesOf(shelf, snapshots(), events))
  // Events are sorted by date (undated last), so a date filter scans one slice. A range event ("since late
  // November") can start before `from` and still overlap; only those few can match before `from`, so that stretch
  // visits just them. `spanning` holds their indices, ascending; `maxSpanDays` only bounds that stretch, so it may
  // stay larger than the longest span once that event is gone.
  let datedCount = 0
  const spanning: number[] = []
  let maxSpanDays = 0
  const spans = (e: FusedEvent) => Boolean(e.date && e.dateEnd && e.dateEnd > e.date)
  const noteSpan = (e: FusedEvent) => { maxSpanDays = Math.max(maxSpanDays, (Date.parse(e.dateEnd!) - Date.parse(e.date!)) / 86_400_000) }
  events.forEach((e, i) => {
    if (e.date) datedCount++
    if (spans(e)) { spanning.push(i); noteSpan(e) }
  })
  const firstAtOrAfter = (date: string) => lowerBound(datedCount, (i) => events[i]!.date! < date)
  const firstSpanningAtOrAfter = (index: number) => lowerBound(spanning.length, (k) => spanning[k]! < index)
  /** Where `e` stands (or would stand) in `events`. */
  const positionOf = (e: FusedEvent) => lowerBound(events.length, (i) => byDateThenId(events[i]!, e) < 0)
  const removeEvent = (e: FusedEvent) => {
    const at = positionOf(e)
    if (events[at]?.id !== e.id) return
    events.splice(at, 1)
    eventsById.delete(e.id)
    if (e.date) datedCount--
    const k = firstSpanningAtOrAfter(at)
    if (spanning[k] === at) spanning.splice(k, 1)
    for (let j = k; j < spanning.length; j++) spanning[j]!--
  }
  const addEvent = (e: FusedEvent) => {
    if (eventsById.has(e.id)) return
    const at = positionOf(e)
    events.splice(at, 0, e)
    eventsById.set(e.id, e)
    if (e.date) datedCount++
    const k = firstSpanningAtOrAfter(at)
    for (let j = k; j < spanning.length; j++) spanning[j]!++
    if (spans(e)) { spanning.splice(k, 0, at); noteSpan(e) }
  }
  /** Indices that can match the filter's dates, ascending, from `at` on. */
  function* candidates(f: Omit<EventFilter, 'cursor' | 'limit'>, at = 0): Generator<number> {
    // Dateless events sort last and never match a date filter.
    if (!f.from && !f.to) { for (let i = at; i < events.length; i++) yield i; return }
    const early = f.from ? firstAtOrAfter(new Date(Date.parse(f.from) - Math.ceil(maxSpanDays) * 86_400_000).toISOString().slice(0, 10)) : 0
    const from = f.from ? firstAtOrAfter(f.from) : 0
    const end = f.to ? firstAtOrAfter(`${f.to}\uffff`) : datedCount
    for (let k = firstSpanningAtOrAfter(Math.max(at, early)); k < spanning.length && spanning[k]! < Math.min(from, end); k++) yield spanning[k]!
    for (let i = Math.max(at, from); i < end; i++) yield i
  }
  let dates: { first: string; last: string } | null | undefined
  const dayCountCache = new Map<string, DayCount[]>()
  const reference = referenceIndex(data.reference ?? [])
  const model: LiveReadModel = {
    apply(change) {
      if (change.events) {
        for (const e of change.events.removed) removeEvent(e)
        for (const e of change.events.added) addEvent(e)
      }
      if (change.stories) stories = change.stories
      if (change.documents) shelf = { ...change.documents, read: shelf.read }
      if (change.control) {
        const { date, snapshot } = change.control
        let held: readonly Control[] | null = null
        controlDates = [date]
        snapshots = () => (held ??= [snapshot()])
        controlOn = change.control.controlOn
        whatifOn = change.control.whatifOn
      }
      places = null
      dates = undefined
      dayCountCache.clear()
    },
    async events(filter): Promise<Page<FusedEvent>> {
      const items: FusedEvent[] = []
      for (const i of candidates(filter, filter.cursor ? decodeCursor(filter.cursor) : 0)) {
        if (!matches(events[i]!, filter)) continue
        if (items.length === filter.limit) return { items, next: encodeCursor(i) }
        items.push(events[i]!)
      }
      return { items, next: null }
    },
    event: async (id) => eventsById.get(id) ?? null,
    async dayCounts(filter): Promise<DayCount[]> {
      // The data never changes, and the strip asks the same few questions again and again.
      const key = JSON.stringify(filter)
      const cached = dayCountCache.get(key)
      if (cached) return cached
      if (dayCountCache.size > 64) dayCountCache.clear()
      const days = new Map<string, DayCount>()
      for (const i of candidates(filter)) {
        const e = events[i]!
        if (!e.date || !matches(e, filter)) continue
        const day = days.get(e.date) ?? { date: e.date, counts: {} }
        day.counts[e.type] = (day.counts[e.type] ?? 0) + 1
        days.set(e.date, day)
      }
      const out = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1))
      dayCountCache.set(key, out)
      return out
    },
    stories: async () => [...stories],
    story: async (id) => stories.find((s) => s.id === id) ?? null,
    storiesOf: async (eventId) => stories.filter((s) => s.events.some((e) => e.id === eventId)).map((s) => s.id),
    document: (id) => shelf.read(id),
    documents: async (): Promise<DocumentSummary[]> => [...shelf.summaries],
    async places({ q, limit }) {
      const all = [...placesNow().values()]
      if (!q) return all.sort((a, b) => b.events - a.events || a.name.localeCompare(b.name)).slice(0, limit)
      const needle = foldName(q)
      const scored = all
        .map((p) => ({ p, at: foldName(p.name).indexOf(needle) }))
        .filter((x) => x.at >= 0)
        .sort((a, b) => a.at - b.at || b.p.events - a.p.events || a.p.name.localeCompare(b.p.name))
      return scored.slice(0, limit).map((x) => x.p)
    },
    place: async (id) => placesNow().get(id) ?? null,
    async control(date): Promise<Control> {
      if (controlOn) return controlOn(date)
      let snap: Control | undefined
      for (const c of snapshots()) if (c.date <= date) snap = c
      return { schema: CONTROL_SCHEMA, date, places: snap ? snap.places : [] }
    },
    async whatif(capture, by, date): Promise<WhatIf> {
      if (whatifOn) return whatifOn(capture, by, date)
      const hit = data.whatifs.find((w) => w.capture.place === capture && w.capture.by === by)
      return hit ? { ...hit, date } : { schema: WHATIF_SCHEMA, date, capture: { place: capture, by }, disconnected: [] }
    },
    referenceLayers: async () => reference.layers(),
    referenceEvents: async (q) => reference.query(q),
    dates: async () => (dates === undefined ? (dates = dateRange()) : dates),
  }
  return model

  /**
   * The slider spans the period the reports cover: history they mention ("captured in 1967") is not part of it.
   * History is also what a report dates long before it was published, whatever its modality ("a 2017 call to
   * arms"): only event days within REPORT_REACH_DAYS of the publication period count, when publication dates are
   * known. Events are sorted by date, so the first and last such day are found from the ends of that window.
   */
  function dateRange(): { first: string; last: string } | null {
    let earliestPublished: string | undefined, latestPublished: string | undefined
    for (const d of shelf.summaries) {
      const day = d.publishedAt?.slice(0, 10)
      if (!day) continue
      if (earliestPublished === undefined || day < earliestPublished) earliestPublished = day
      if (latestPublished === undefined || day > latestPublished) latestPublished = day
    }
    const reach = (d: string | undefined, days: number) => (d ? new Date(Date.parse(d) + days * 86_400_000).toISOString().slice(0, 10) : null)
    const earliest = reach(earliestPublished, -REPORT_REACH_DAYS), latest = reach(latestPublished, REPORT_REACH_DAYS)
    const counts = (e: FusedEvent) => e.modality !== 'background' && (!earliest || e.date! >= earliest) && (!latest || e.date! <= latest)
    const lo = earliest ? firstAtOrAfter(earliest) : 0
    const hi = latest ? firstAtOrAfter(`${latest}\uffff`) : datedCount
    let first: string | undefined, last: string | undefined
    for (let i = lo; i < hi; i++) if (counts(events[i]!)) { first = events[i]!.date!; break }
    for (let i = hi - 1; i >= lo; i--) if (counts(events[i]!)) { last = events[i]!.date!; break }
    for (const d of controlDates) {
      if (first === undefined || d < first) first = d
      if (last === undefined || d > last) last = d
    }
    return first === undefined ? null : { first, last: last! }
  }
}

/** Every place a document mentions, controls list or an event is at, with its events; a place is named by the first. */
function placesOf(shelf: DocumentShelf, controls: readonly Control[], events: readonly FusedEvent[]): Map<string, PlaceSummary> {
  const places = new Map<string, PlaceSummary>()
  const addPlace = (p: { placeId: string; name: string; lat: number; lon: number }, kind: string) => {
    if (!places.has(p.placeId)) places.set(p.placeId, { placeId: p.placeId, name: p.name, lat: p.lat, lon: p.lon, kind, events: 0 })
  }
  for (const p of shelf.places) addPlace(p, p.kind)
  for (const c of controls) for (const p of c.places) addPlace(p, 'city')
  for (const e of events) if (e.place) { addPlace(e.place, 'city'); places.get(e.place.placeId)!.events++ }
  return places
}
