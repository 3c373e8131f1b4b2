// Invented places, sides and text-free events for the situation tests (no real article text).
import type { SituationEvent } from './timeline.ts'
import type { BaselinePlace, HolderRow } from './pack.ts'

export const HOLDERS: HolderRow[] = [
  { actorId: 'red', holder: 'red', name: 'Red government', attributionWords: ['red command', 'army'] },
  { actorId: 'red-army', holder: 'red', name: 'Red government', attributionWords: [] },
  { actorId: 'blue', holder: 'blue', name: 'Blue front', attributionWords: ['blue front', 'rebels'] },
  { actorId: 'blue-rebels', holder: 'blue', name: 'Blue front', attributionWords: [] },
  { actorId: 'green', holder: 'green', name: 'Green council', attributionWords: ['green council'] },
  { actorId: 'monitor', holder: '-', name: 'holds no ground', attributionWords: [] },
]

let ids = 0
/** An invented baseline town (a gazetteer-style id, as towns have). */
export function place(name: string, lat: number, lon: number, holder: string, extra: Partial<BaselinePlace> = {}): BaselinePlace {
  return {
    placeId: `geonames:${9_000_000 + ++ids}`, name, altNames: [], lat, lon, governorate: 'Invented', pcode: null,
    geonameId: null, holder, confidence: 0.9, partial: [], note: '', source: 'invented', ...extra,
  }
}

export const BASELINE: BaselinePlace[] = [
  place('Qorvath', 34.0, 36.0, 'red', { altNames: ['Qurvat'] }),
  place('Belmira', 34.5, 36.0, 'red'),
  place('Tessaly', 35.0, 36.0, 'blue'),
  place('Varn', 35.5, 36.0, 'red', { partial: [{ actorId: 'green', note: 'two northern quarters' }] }),
]

let n = 0
/** A fused-event-like record with no text of its own: the evidence span is a placeholder. */
export function ev(over: Partial<SituationEvent>): SituationEvent {
  n++
  return {
    id: `ev:${n}`, type: 'territory_change', actors: [], place: null, date: null, dateEnd: null, datePrecision: 'day',
    modality: 'asserted', attribution: null, evidence: { start: 0, end: 5, text: '(...)' }, documents: [`doc:${n}`],
    independentSources: 1, status: 'claimed', ...over,
  }
}

/** The event place of a baseline place, optionally moved or renamed. */
export function at(p: BaselinePlace, over: Partial<{ placeId: string; name: string; lat: number; lon: number; precision: 'exact' | 'near' | 'region' | 'country' }> = {}) {
  return { placeId: p.placeId, name: p.name, lat: p.lat, lon: p.lon, precision: 'exact' as const, ...over }
}

export const took = (actor: string) => [{ actorId: actor, role: 'initiator' as const }]
