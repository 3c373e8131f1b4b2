// A dense invented corpus for ingest tests: reports crowded on six places and four days, with every event type
// fusion treats apart, every modality and place precision, claims and denials, so their events meet, chain and compete.
import type { Doc, EventType, Modality, PlacePrecision } from '../../../core/types.ts'
import { fixtureDoc, type EventSpec } from '../../../store/store.contract.ts'

export function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32 }
}

export const SYLLABLES = ['ka', 'lo', 'mir', 'tes', 'vu', 'ran', 'do', 'shi', 'pel', 'gor', 'an', 'zet']
const TYPES: EventType[] = ['battle', 'territory_change', 'strike', 'denial']
const MODALITIES: Modality[] = ['asserted', 'asserted', 'claimed', 'claimed', 'denied', 'background', 'hypothetical']
const ACTORS = ['rebels', 'army', 'militia']
const PRECISIONS: PlacePrecision[] = ['exact', 'exact', 'near', 'region', 'country']

/** `n` invented reports from `seed`. */
export function denseCorpus(seed: number, n: number): Doc[] {
  const r = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
  const places = Array.from({ length: 6 }, (_, i) => ({ id: `theater:spot${i}`, lat: 35 + (i % 3) * 0.05, lon: 37 + Math.floor(i / 3) * 0.5 }))
  return Array.from({ length: n }, (_, i) => {
    const events: EventSpec[] = Array.from({ length: 1 + Math.floor(r() * 4) }, () => ({
      type: pick(TYPES), modality: pick(MODALITIES), at: r() < 0.1 ? null : pick(places),
      date: r() < 0.1 ? null : `2024-12-0${1 + Math.floor(r() * 4)}`,
      actors: r() < 0.5 ? [pick(ACTORS)] : [pick(ACTORS), pick(ACTORS)],
    }))
    const words = Array.from({ length: 30 }, () => Array.from({ length: 3 }, () => pick(SYLLABLES)).join('')).join(' ')
    const doc = fixtureDoc(`Report ${i} ${words}.`, events, r() < 0.1 ? null : `2024-12-0${1 + Math.floor(r() * 4)}`)
    // Every place precision, so near towns (15 km), regions (75 km) and country-wide places meet or do not.
    const annotations = doc.annotations.map((a) => (a.kind === 'event' && a.place ? { ...a, place: { ...a.place, precision: pick(PRECISIONS) } } : a))
    return { ...doc, annotations }
  })
}

