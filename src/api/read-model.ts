// What the HTTP API and the web app read: one interface, answered in the public contract shapes.
// The in-memory model (memory-read-model.ts) backs the tests; a store adapter implements the same interface.
// Every method is async so an adapter over an async driver (Kysely, PostgreSQL) fits without changing callers.
import type { Control, ExtractedDocument, FusedEvent, Story, WhatIf } from '../core/contract.ts'
import type { EventType, Modality } from '../core/types.ts'
import type { ReferenceEvent } from '../store/store.ts'

/** [west, south, east, north] in degrees. */
export type BBox = readonly [number, number, number, number]

export interface EventFilter {
  from?: string | undefined
  to?: string | undefined
  bbox?: BBox | undefined
  types?: readonly EventType[] | undefined
  actor?: string | undefined
  modalities?: readonly Modality[] | undefined
  minSources?: number | undefined
  /** Opaque cursor from a previous page's `next`. */
  cursor?: string | undefined
  limit: number
}

export interface Page<T> {
  items: T[]
  /** Cursor for the next page, or null on the last page. */
  next: string | null
}

export interface PlaceSummary {
  placeId: string
  name: string
  lat: number
  lon: number
  kind: string
  events: number
}

export interface DayCount {
  date: string
  counts: Partial<Record<EventType, number>>
}

export interface DocumentSummary {
  id: string
  source: string
  title: string | null
  outlet: string | null
  publishedAt: string | null
}

/** Which reference rows (imported ACLED-layout files) to show: by layer, day range and box. */
export interface ReferenceQuery {
  from?: string | undefined
  to?: string | undefined
  bbox?: BBox | undefined
  layers?: readonly string[] | undefined
  limit: number
}

/** One imported reference layer and the days it covers. */
export interface ReferenceLayer {
  layer: string
  rows: number
  first: string | null
  last: string | null
}

export interface ReadModel {
  /** Fused events matching the filter, ordered by date then id. */
  events(filter: EventFilter): Promise<Page<FusedEvent>>
  event(id: string): Promise<FusedEvent | null>
  /** Events per day and type, for the timeline strip (same filter, paging ignored). */
  dayCounts(filter: Omit<EventFilter, 'cursor' | 'limit'>): Promise<DayCount[]>
  stories(): Promise<Story[]>
  story(id: string): Promise<Story | null>
  /** Ids of the stories that hold an event. */
  storiesOf(eventId: string): Promise<string[]>
  document(id: string): Promise<ExtractedDocument | null>
  documents(): Promise<DocumentSummary[]>
  places(query: { q?: string | undefined; limit: number }): Promise<PlaceSummary[]>
  place(id: string): Promise<PlaceSummary | null>
  /** Who holds what as of the end of `date`. */
  control(date: string): Promise<Control>
  whatif(capture: string, by: string, date: string): Promise<WhatIf>
  /** The reference layers (`sitrep import`), kept apart from Sitrep's own events. */
  referenceLayers(): Promise<ReferenceLayer[]>
  /** Placed reference rows matching the query, by date, at most `limit`; `truncated` when more matched. */
  referenceEvents(query: ReferenceQuery): Promise<{ items: ReferenceEvent[]; truncated: boolean }>
  /** First and last day with data, or null when the store is empty. */
  dates(): Promise<{ first: string; last: string } | null>
  /**
   * When the model can change while it serves (an ingest), runs one request's reads against one state of it: the
   * app wraps each read request in it.
   */
  consistent?<T>(work: () => Promise<T>): Promise<T>
}
