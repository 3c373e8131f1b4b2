// A gazetteer built in memory from a short list of places: for rule tests with invented names, and for callers
// that bring their own places. Same index shape and lookups as the cached one.
import type { PlaceKind, PlacePrecision } from '../core/types.ts'
import { fromPacked } from './load.ts'
import type { Gazetteer } from './load.ts'
import { nameKey } from './normalize.ts'
import { pack } from './pack.ts'
import type { GazIndexData } from './types.ts'

export interface PlaceSpec {
  /** GeoNames id, or a theater slug. */
  readonly id: number | string
  readonly name: string
  readonly alt?: readonly string[]
  readonly lat: number
  readonly lon: number
  readonly cc: string
  readonly admin1?: string
  /** PPL, PPLA, PPLC, ADM1, ADM2, PCLI, CONT, or a theater code (REGION, BASE, ROAD …). */
  readonly fcode: string
  readonly population?: number
  readonly demonyms?: readonly string[]
  /** Theater phrases that may match in lowercase text ("the coast"). */
  readonly lowercase?: boolean
  /** Curated epithets, matched whole whatever their case ("Vardenia's second city"). */
  readonly epithets?: readonly string[]
  /** Names that mean this place only in a text about the theater country ("the south", "the capital"). */
  readonly focusNames?: readonly string[]
}

const KIND: Readonly<Record<string, PlaceKind>> = { PCLI: 'country', ADM1: 'admin', ADM2: 'admin', CONT: 'region', REGION: 'region' }
const PRECISION: Readonly<Record<string, PlacePrecision>> = { PCLI: 'country', ADM1: 'region', ADM2: 'region', CONT: 'region', REGION: 'region', ROAD: 'region' }

/** Builds a gazetteer from `places`; `theaterCountry` turns on the theater rules (typos, theater rank). */
export function memoryGazetteer(places: readonly PlaceSpec[], theaterCountry = '', admin1Names: Record<string, string> = {}): Gazetteer {
  const keys: Record<string, number[]> = {}
  const lowercaseKeys: string[] = []
  const focusKeys: string[] = []
  const demonyms: Record<string, string> = {}
  places.forEach((p, i) => {
    for (const [n, own] of [[p.name, true], ...(p.alt ?? []).map((a) => [a, false] as const)] as const) {
      const k = nameKey(n)
      const list = (keys[k] ??= [])
      if (!list.some((r) => r >> 1 === i)) list.push(i * 2 + (own ? 1 : 0))
      if (p.lowercase) lowercaseKeys.push(k)
    }
    for (const n of [...(p.epithets ?? []), ...(p.focusNames ?? [])]) {
      const k = nameKey(n)
      const list = (keys[k] ??= [])
      if (!list.some((r) => r >> 1 === i)) list.push(i * 2)
      lowercaseKeys.push(k)
      if (p.focusNames?.includes(n)) focusKeys.push(k)
    }
    for (const d of p.demonyms ?? []) demonyms[nameKey(d)] = p.cc
  })
  const theater = typeof places.find((p) => typeof p.id === 'string')?.id === 'string'
  const data: GazIndexData = {
    version: 0, theater: theater ? 'memory' : '', theaterCountry,
    columns: {
      placeId: places.map((p) => (typeof p.id === 'number' ? `geonames:${p.id}` : `theater:${p.id}`)),
      geonameId: places.map((p) => (typeof p.id === 'number' ? p.id : null)),
      name: places.map((p) => p.name), lat: places.map((p) => p.lat), lon: places.map((p) => p.lon), cc: places.map((p) => p.cc),
      admin1: places.map((p) => p.admin1 ?? ''), fcode: places.map((p) => p.fcode),
      kind: places.map((p) => (typeof p.id === 'string' && !KIND[p.fcode] ? 'feature' : (KIND[p.fcode] ?? 'city'))),
      population: places.map((p) => p.population ?? 0), pcode: places.map(() => ''),
      precision: places.map((p) => PRECISION[p.fcode] ?? 'exact'),
    },
    keys, lowercaseKeys, focusKeys, admin1Names, demonyms,
  }
  return fromPacked(pack(data))
}
