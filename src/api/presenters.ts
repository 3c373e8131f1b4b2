// Turns read-model answers into API bodies. Routes return only what these build, never raw store rows.
import type { Feature, FeatureCollection, LineString, Point } from 'geojson'
import type { Control, ExtractedDocument, FusedEvent, Story, WhatIf } from '../core/contract.ts'
import type { TextSpan } from '../core/types.ts'
import type { ReferenceEvent } from '../store/store.ts'
import { describeField, describeValue } from './describe-value.ts'
import { evidenceIn } from './evidence.ts'
import type { DocumentSummary, PlaceSummary, ReadModel } from './read-model.ts'

export interface EventMarker {
  id: string
  type: FusedEvent['type']
  date: string | null
  place: { name: string; lat: number; lon: number } | null
  independentSources: number
  /** Independent sources that deny it (not among independentSources). */
  denyingSources: number
  status: FusedEvent['status']
}

/** What a map and a list need of an event, a fifth of its full size. */
export function presentEventMarker(e: FusedEvent): EventMarker {
  return {
    id: e.id, type: e.type, date: e.date, independentSources: e.independentSources, denyingSources: e.denyingSources ?? 0, status: e.status,
    place: e.place ? { name: e.place.name, lat: e.place.lat, lon: e.place.lon } : null,
  }
}

/** The summary of a document that lists and cards show. */
export function presentDocumentSummary(d: ExtractedDocument | DocumentSummary): DocumentSummary {
  return { id: d.id, source: d.source, title: d.title, outlet: d.outlet, publishedAt: d.publishedAt }
}

export interface EventSource {
  document: DocumentSummary
  /** The document's own text, to show the evidence inside it. */
  text: string
  evidence: TextSpan | null
  /** The document only denies the event: it is listed, and counted in denyingSources, not independentSources. */
  denies: boolean
}

/** Documents that deny the event and report nothing of it (the "denied" side of its modality disagreement alone). */
export function denyingDocuments(e: Pick<FusedEvent, 'disagreements'>): Set<string> {
  const values = e.disagreements.find((d) => d.field === 'modality')?.values ?? []
  const reporting = new Set(values.filter((v) => v.value !== 'denied').flatMap((v) => v.documents))
  return new Set(values.filter((v) => v.value === 'denied').flatMap((v) => v.documents).filter((d) => !reporting.has(d)))
}

/**
 * An event with each reporting document and the sentence in it that states the event, and the names its actors go
 * by (from the reporting documents' own actor annotations, so a card need not show lexicon ids).
 */
export async function presentEventDetail(event: FusedEvent, model: ReadModel, lexiconName: (id: string) => string | undefined = () => undefined):
  Promise<{ event: FusedEvent; sources: EventSource[]; stories: string[]; actorNames: Record<string, string> }> {
  const docs = await Promise.all(event.documents.map((id) => model.document(id)))
  const denying = denyingDocuments(event)
  const sources = docs.flatMap((doc) => doc ? [{ document: presentDocumentSummary(doc), text: doc.text, evidence: evidenceIn(doc, event), denies: denying.has(doc.id) }] : [])
  const wanted = new Set(event.actors.map((a) => a.actorId))
  const actorNames: Record<string, string> = {}
  for (const doc of docs) for (const a of doc?.actors ?? []) if (wanted.has(a.actorId) && !(a.actorId in actorNames)) actorNames[a.actorId] = a.name
  // A side no reporting document names (inferred from the story) goes by the lexicon's name.
  for (const id of wanted) if (!(id in actorNames)) { const name = lexiconName(id); if (name !== undefined) actorNames[id] = name }
  return { event, sources, stories: await model.storiesOf(event.id), actorNames }
}

export type MarkKind = 'agreed' | 'disagreed' | 'single'
export interface StoryMark extends TextSpan { eventId: string; type: string; kind: MarkKind; note: string | null }

function markKind(e: FusedEvent): MarkKind {
  if (e.disagreements.length) return 'disagreed'
  return e.documents.length > 1 ? 'agreed' : 'single'
}

function noteFor(e: FusedEvent, docId: string): string | null {
  const parts = e.disagreements.map((d) => {
    const mine = d.values.find((v) => v.documents.includes(docId))
    const others = d.values.filter((v) => v !== mine).map((v) => describeValue(v.value))
    return `${describeField(d.field)}: ${mine ? describeValue(mine.value) : '—'} here; ${others.join(', ') || '—'} elsewhere`
  })
  return parts.length ? parts.join('; ') : null
}

/** A story with its documents side by side, each marked where it agrees or disagrees with the others. */
export async function presentStoryDetail(story: Story, model: ReadModel) {
  const docs = await Promise.all(story.documents.map((ref) => model.document(ref.id)))
  const documents = story.documents.flatMap((ref, i) => {
    const doc = docs[i]
    if (!doc) return []
    const marks: StoryMark[] = story.events.flatMap((e) => {
      if (!e.documents.includes(doc.id)) return []
      const span = evidenceIn(doc, e)
      return span ? [{ ...span, eventId: e.id, type: e.type, kind: markKind(e), note: noteFor(e, doc.id) }] : []
    })
    marks.sort((a, b) => a.start - b.start)
    return [{ ...presentDocumentSummary(doc), role: ref.role, text: doc.text, marks }]
  })
  return {
    story: { id: story.id, origin: story.origin, independentSources: story.independentSources, events: story.events },
    documents,
    agreements: story.events.filter((e) => markKind(e) === 'agreed').map((e) => ({ eventId: e.id, type: e.type, documents: e.documents })),
    disagreements: story.events.flatMap((e) => e.disagreements.map((d) => ({ eventId: e.id, type: e.type, ...d }))),
  }
}

/** One line per story for the list; `titles` holds the documents' titles by id (the list's, read once). */
export function presentStorySummary(s: Story, titles: ReadonlyMap<string, string | null>) {
  const title = s.documents[0] ? titles.get(s.documents[0].id) : null
  const dates = s.events.map((e) => e.date).filter((d): d is string => d !== null).sort()
  return {
    id: s.id, title: title ?? s.id, origin: s.origin, documents: s.documents.length,
    independentSources: s.independentSources, events: s.events.length, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null,
  }
}

/** Control as GeoJSON points, one per place, with the contract's fields as properties. */
export function presentControlGeoJSON(c: Control): FeatureCollection<Point> & { date: string } {
  return {
    type: 'FeatureCollection', date: c.date,
    features: c.places.map((p): Feature<Point> => ({
      type: 'Feature', id: p.placeId, geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: {
        placeId: p.placeId, name: p.name, holder: p.holder.actorId, holderName: p.holder.name, status: p.status,
        confidence: p.confidence, since: p.since, evidence: p.evidence,
      },
    })),
  }
}

/** A what-if with its cut roads as lines between the towns they join, for drawing. */
export async function presentWhatIf(w: WhatIf, model: ReadModel) {
  const names = [...new Set(w.disconnected.flatMap((d) => d.cutEdges.flatMap((e) => [e.from, e.to])))]
  const found = await Promise.all(names.map(async (name) => {
    const hit = (await model.places({ q: name, limit: 5 })).find((p) => p.name.toLowerCase() === name.toLowerCase())
    return [name, hit ? [hit.lon, hit.lat] as [number, number] : null] as const
  }))
  const coords = new Map(found)
  const at = (name: string) => coords.get(name) ?? null
  const seen = new Set<string>()
  const features: Feature<LineString>[] = []
  for (const d of w.disconnected) for (const e of d.cutEdges) {
    const key = `${e.from}|${e.to}|${e.road}`
    const a = at(e.from), b = at(e.to)
    if (seen.has(key) || !a || !b) continue
    seen.add(key)
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [a, b] }, properties: { ...e } })
  }
  const cuts: FeatureCollection<LineString> = { type: 'FeatureCollection', features }
  return { whatif: w, cuts }
}

export function presentPlace(p: PlaceSummary): PlaceSummary {
  return { placeId: p.placeId, name: p.name, lat: p.lat, lon: p.lon, kind: p.kind, events: p.events }
}

/** What the map and the reference card show of an imported ACLED-layout row; the ACLED vocabulary is kept as read. */
export interface ReferenceProps {
  layer: string
  eventId: string
  date: string
  sitrepType: string
  eventType: string
  subEventType: string
  actor1: string
  actor2: string
  location: string
  admin1: string
  fatalities: number | null
  source: string
  notes: string
}

/** Reference rows as RFC 7946 points (the index drops rows without a readable point before they get here). */
export function presentReferenceGeoJSON(rows: readonly ReferenceEvent[], truncated: boolean): FeatureCollection<Point, ReferenceProps> & { truncated: boolean } {
  return {
    type: 'FeatureCollection', truncated,
    features: rows.map((r): Feature<Point, ReferenceProps> => {
      const f = r.fields
      const fatalities = /^\d+$/.test(f.fatalities.trim()) ? Number(f.fatalities) : null
      return {
        type: 'Feature', geometry: { type: 'Point', coordinates: [Number(f.longitude), Number(f.latitude)] },
        properties: {
          layer: r.layer, eventId: f.event_id_cnty, date: r.date ?? '', sitrepType: r.sitrepType, eventType: f.event_type,
          subEventType: f.sub_event_type, actor1: f.actor1, actor2: f.actor2, location: f.location, admin1: f.admin1,
          fatalities, source: f.source, notes: f.notes,
        },
      }
    }),
  }
}
