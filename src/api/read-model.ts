// What the HTTP API and the web app read: one interface, answered in the public contract shapes.
// The in-memory model (memory-read-model.ts) backs the tests; a store adapter implements the same interface.
import type { Control, ExtractedDocument, FusedEvent, Story, WhatIf } from '../core/contract.ts'
import type { EventType, Modality } from '../core/types.ts'

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

export interface ReadModel {
  /** Fused events matching the filter, ordered by date then id. */
  events(filter: EventFilter): Page<FusedEvent>
  event(id: string): FusedEvent | null
  /** Events per day and type, for the timeline strip (same filter, paging ignored). */
  dayCounts(filter: Omit<EventFilter, 'cursor' | 'limit'>): DayCount[]
  stories(): Story[]
  story(id: string): Story | null
  document(id: string): ExtractedDocument | null
  documents(): DocumentSummary[]
  places(query: { q?: string | undefined; limit: number }): PlaceSummary[]
  place(id: string): PlaceSummary | null
  /** Who holds what as of the end of `date`. */
  control(date: string): Control
  whatif(capture: string, by: string, date: string): WhatIf
  /** First and last day with data, or null when the store is empty. */
  dates(): { first: string; last: string } | null
}
