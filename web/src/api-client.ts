// Typed calls to the Sitrep HTTP API (same origin). Response types come from the server's presenters.
import type { FeatureCollection, LineString, Point } from 'geojson'
import type { EventMarker, presentEventDetail, ReferenceProps, presentStoryDetail, presentStorySummary, presentWhatIf } from '../../src/api/presenters.ts'
import type { DayCount, PlaceSummary, ReferenceLayer } from '../../src/api/read-model.ts'

export type EventDetail = Awaited<ReturnType<typeof presentEventDetail>>
export type StoryDetail = Awaited<ReturnType<typeof presentStoryDetail>>
export type StorySummary = Awaited<ReturnType<typeof presentStorySummary>>
export type WhatIfAnswer = Awaited<ReturnType<typeof presentWhatIf>>
export type ControlGeoJSON = FeatureCollection<Point, ControlProps> & { date: string }
export type CutLines = FeatureCollection<LineString>
export type ReferenceGeoJSON = FeatureCollection<Point, ReferenceProps> & { truncated: boolean }
export type { ReferenceLayer, ReferenceProps }
export interface ControlProps {
  placeId: string; name: string; holder: string; holderName: string
  status: 'baseline' | 'assessed' | 'claimed' | 'contested'; confidence: number; since: string | null
}
export interface Meta { dates: { first: string; last: string } | null; eventTypes: string[]; referenceLayers: ReferenceLayer[]; allowIngest: boolean }

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message) }
}

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v))
  const res = await fetch(`${path}${q.size ? `?${q}` : ''}`, { headers: { accept: 'application/json' } })
  const body = await res.json() as T & { error?: { code: string; message: string } }
  if (!res.ok) throw new ApiError(res.status, body.error?.code ?? 'http_error', body.error?.message ?? res.statusText)
  return body
}

export interface EventQuery { from?: string; to?: string; type?: string; minSources?: number; bbox?: string }

export type { EventMarker }

/** Every event matching the query as map markers, following `next` cursors. */
export async function fetchEvents(q: EventQuery, max = 200_000): Promise<EventMarker[]> {
  const out: EventMarker[] = []
  let cursor: string | undefined
  do {
    const page = await get<{ events: EventMarker[]; next: string | null }>('/api/events', { ...q, view: 'marker', limit: 20_000, cursor })
    out.push(...page.events)
    cursor = page.next ?? undefined
  } while (cursor && out.length < max)
  return out
}

export const api = {
  meta: () => get<Meta>('/api/meta'),
  events: fetchEvents,
  days: (q: EventQuery) => get<{ days: DayCount[] }>('/api/events/days', { ...q }),
  event: (id: string) => get<EventDetail>(`/api/events/${encodeURIComponent(id)}`),
  stories: () => get<{ stories: StorySummary[] }>('/api/stories'),
  story: (id: string) => get<StoryDetail>(`/api/stories/${encodeURIComponent(id)}`),
  control: (date: string) => get<ControlGeoJSON>('/api/control', { date }),
  whatif: (capture: string, by: string, date: string) => get<WhatIfAnswer>('/api/whatif', { capture, by, date }),
  reference: (from: string | undefined, to: string) => get<ReferenceGeoJSON>('/api/reference', { from, to, limit: 50_000 }),
  places: (q: string) => get<{ places: PlaceSummary[] }>('/api/places', { q }),
}
