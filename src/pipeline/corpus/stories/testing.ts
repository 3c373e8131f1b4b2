// Test helpers: ExtractedDocuments and events built from text the tests write, as the extractor would print
// them. Used by the *.test.ts files beside it only.
import type { ContractEvent, ExtractedDocument } from '../../../core/contract.ts'
import { DOCUMENT_SCHEMA } from '../../../core/contract.ts'
import type { ActorRole } from '../../../core/types.ts'

export interface PlaceSpec { placeId: string; name: string; lat: number; lon: number; precision?: 'exact' | 'near' | 'region' | 'country' }

export const QORVATH: PlaceSpec = { placeId: 'theater:qorvath', name: 'Qorvath', lat: 36.1, lon: 37.2 }
export const TESSIK: PlaceSpec = { placeId: 'theater:tessik', name: 'Tessik', lat: 35.6, lon: 36.9 }
export const MARRAK: PlaceSpec = { placeId: 'theater:marrak', name: 'Marrak', lat: 35.655, lon: 36.94 }
export const DALMIR: PlaceSpec = { placeId: 'theater:dalmir', name: 'Dalmir', lat: 35.9, lon: 37.05 }

export interface EventSpec {
  type?: ContractEvent['type']
  place?: PlaceSpec | null
  actors?: Record<string, 'initiator' | 'target' | 'beneficiary'>
  date?: string | null
  modality?: ContractEvent['modality']
  attribution?: string | null
  quantities?: Record<string, number>
  evidence?: string
}

export interface DocSpec {
  id: string
  text: string
  outlet?: string | null
  publishedAt?: string | null
  title?: string | null
  events?: EventSpec[]
  /** Actor mentions to place in the text: alias → actorId. */
  actors?: Record<string, string>
}

/** Builds a contract document; each event's evidence is found in the text (the whole text when not given). */
export function makeDoc(spec: DocSpec): ExtractedDocument {
  const text = spec.text
  const events = (spec.events ?? []).map((e, i): ContractEvent => {
    const ev = e.evidence ?? text
    const start = Math.max(0, text.indexOf(ev))
    const p = e.place === undefined ? QORVATH : e.place
    const parties: Record<string, ActorRole> = e.actors ?? { nlf: 'initiator', army: 'target' }
    return {
      id: `${spec.id}/ann:event:${i}`, type: e.type ?? 'territory_change',
      actors: Object.entries(parties).map(([actorId, role]) => ({ actorId, role })),
      place: p && { placeId: p.placeId, name: p.name, lat: p.lat, lon: p.lon, precision: p.precision ?? 'exact' },
      date: e.date === undefined ? (spec.publishedAt ?? null) : e.date, dateEnd: null, datePrecision: 'day', dateText: null,
      modality: e.modality ?? 'asserted', attribution: e.attribution ?? null, quantities: e.quantities ?? {},
      evidence: { start, end: start + ev.length, text: text.slice(start, start + ev.length) },
    }
  })
  const actors = Object.entries(spec.actors ?? {}).flatMap(([alias, actorId]) => {
    const at = text.indexOf(alias)
    return at < 0 ? [] : [{ start: at, end: at + alias.length, text: alias, actorId, name: alias, kind: 'armed_group' as const }]
  })
  return {
    schema: DOCUMENT_SCHEMA, id: spec.id, source: `${spec.id}.txt`, title: spec.title ?? null, outlet: spec.outlet ?? null,
    publishedAt: spec.publishedAt === undefined ? '2025-03-10' : spec.publishedAt, publishedAtBasis: 'metadata',
    language: 'en', text, removed: [], dates: [], places: [], actors, events,
  }
}
