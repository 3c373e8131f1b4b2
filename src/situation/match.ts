// Decides which control places an event's place refers to: by id, by spelling near the point, or by the point.
// Grows with places that only reports name (villages not in the baseline). Knows nothing about who holds what.
import { distanceKm, foldName, sameFoldedName } from './geo.ts'
import type { BaselinePlace } from './pack.ts'

export interface ControlPlace {
  placeId: string
  name: string
  lat: number
  lon: number
  baseline: BaselinePlace | null
}

export interface EventPlaceLike {
  placeId: string
  name: string
  lat: number
  lon: number
  precision: 'exact' | 'near' | 'region' | 'country'
}

/** A spelling found near the point is the same place: GeoNames and OCHA points for one town lie up to ~3 km apart. */
export const NAME_RADIUS_KM = 25
/**
 * A point this close is the same place whatever it is called. Wider radii (the 8 km first planned) made villages
 * and districts flip their city: a quarter 3 km from a city centre, a hill 5 km out.
 */
export const POINT_RADIUS_KM = 1.5

// Grid cells in degrees: a coarse one for spellings within NAME_RADIUS_KM (baseline places only, which spellings
// are tried against) and a fine one for points within POINT_RADIUS_KM (every place, thousands once villages open).
const CELL = 0.3
const FINE_CELL = 0.02

export interface PlaceIndex {
  readonly places: readonly ControlPlace[]
  /** Control places the event place refers to (several only when they share one point and no name decides). */
  match(place: EventPlaceLike): ControlPlace[]
  /** Whether a baseline place lies within km of the point. */
  nearBaseline(lat: number, lon: number, km: number): boolean
  /** Adds a place reports name that the baseline lacks; returns it. */
  add(place: EventPlaceLike): ControlPlace
}

/** Builds the index over the baseline places. */
export function placeIndex(baseline: readonly BaselinePlace[]): PlaceIndex {
  const places: ControlPlace[] = []
  const byId = new Map<string, ControlPlace[]>()
  const byName = new Map<string, ControlPlace[]>()
  const names = new Map<ControlPlace, string[]>()
  const grid = new Map<string, ControlPlace[]>()
  const fine = new Map<string, ControlPlace[]>()
  // Answers by id, then spelling, then precision: one id names one point, so the coordinates need not be part
  // of the key; nested maps look up the strings an event already holds instead of building a key per event.
  const memo = new Map<string, Map<string, Partial<Record<EventPlaceLike['precision'], ControlPlace[]>>>>()
  let unmatched: { place: EventPlaceLike; byName: Partial<Record<EventPlaceLike['precision'], ControlPlace[]>> }[] = []
  const push = <K>(m: Map<K, ControlPlace[]>, k: K, p: ControlPlace) => {
    const list = m.get(k)
    if (!list) m.set(k, [p])
    else if (!list.includes(p)) list.push(p)
  }
  const cellKey = (lat: number, lon: number, size: number) => `${Math.floor(lat / size)}:${Math.floor(lon / size)}`
  // Places in the 3x3 cells around a point: every place within one cell size of it.
  const near = (g: Map<string, ControlPlace[]>, size: number, lat: number, lon: number): ControlPlace[] => {
    const out: ControlPlace[] = []
    const ci = Math.floor(lat / size), cj = Math.floor(lon / size)
    for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++) { const c = g.get(`${ci + i}:${cj + j}`); if (c) out.push(...c) }
    return out
  }
  const register = (p: ControlPlace, ids: string[], spellings: string[]) => {
    places.push(p)
    for (const id of ids) push(byId, id, p)
    const folded = [...new Set(spellings.map(foldName).filter(Boolean))]
    names.set(p, folded)
    for (const f of folded) push(byName, f, p)
    if (p.baseline) push(grid, cellKey(p.lat, p.lon, CELL), p)
    push(fine, cellKey(p.lat, p.lon, FINE_CELL), p)
    // A place that matched nothing may match the newcomer (the newcomer came from such an event) when it shares
    // its id or lies within the spelling radius of it; the others' answers stand.
    unmatched = unmatched.filter((u) => {
      // (Degrees first: 0.3 of latitude and 0.4 of longitude exceed 25 km across Syria's latitudes.)
      const far = Math.abs(u.place.lat - p.lat) > 0.3 || Math.abs(u.place.lon - p.lon) > 0.4
        || distanceKm(u.place.lat, u.place.lon, p.lat, p.lon) > NAME_RADIUS_KM
      if (u.place.placeId !== p.placeId && far) return true
      delete u.byName[u.place.precision]
      return false
    })
  }
  for (const b of baseline) {
    const ids = [b.placeId]
    if (b.geonameId !== null) ids.push(`geonames:${b.geonameId}`)
    if (b.pcode) ids.push(`ocha:${b.pcode}`, b.pcode)
    register({ placeId: b.placeId, name: b.name, lat: b.lat, lon: b.lon, baseline: b }, ids, [b.name, ...b.altNames])
  }

  function compute(e: EventPlaceLike): ControlPlace[] {
    const byIdHit = byId.get(e.placeId)
    if (byIdHit) return byIdHit
    const pinned = e.precision === 'exact' || e.precision === 'near'
    const key = foldName(e.name)
    const within = (p: ControlPlace, km: number) => distanceKm(e.lat, e.lon, p.lat, p.lon) <= km
    // A region-precision place ("Hama province") must not move the town of the same name; areas (ids not from a
    // gazetteer, like a buffer zone) are still matched by name.
    const nameOk = (p: ControlPlace) => pinned || p.placeId.startsWith('theater:')
    const exact = (byName.get(key) ?? []).filter((p) => nameOk(p) && within(p, NAME_RADIUS_KM))
    if (exact.length) return exact
    // Spelling variants are tried against the baseline only: a place first named by a report is matched by its
    // id or exact spelling, which keeps this quadratic step to the few baseline places nearby.
    const similar = near(grid, CELL, e.lat, e.lon).filter((p) => nameOk(p) && within(p, NAME_RADIUS_KM)
      && (names.get(p) ?? []).some((n) => sameFoldedName(n, key)))
    if (similar.length) return similar
    if (!pinned) return []
    let best: ControlPlace[] = []
    let bestKm = POINT_RADIUS_KM
    for (const p of near(fine, FINE_CELL, e.lat, e.lon)) {
      const km = distanceKm(e.lat, e.lon, p.lat, p.lon)
      if (km < bestKm - 0.05) { best = [p]; bestKm = km } else if (Math.abs(km - bestKm) <= 0.05) best.push(p)
    }
    return best
  }

  return {
    places,
    match(e) {
      let byName = memo.get(e.placeId)
      if (!byName) { byName = new Map(); memo.set(e.placeId, byName) }
      let byPrecision = byName.get(e.name)
      if (!byPrecision) { byPrecision = {}; byName.set(e.name, byPrecision) }
      let hit = byPrecision[e.precision]
      if (!hit) {
        hit = compute(e)
        byPrecision[e.precision] = hit
        if (!hit.length) unmatched.push({ place: e, byName: byPrecision })
      }
      return hit
    },
    nearBaseline(lat, lon, km) {
      return baseline.some((b) => distanceKm(lat, lon, b.lat, b.lon) <= km)
    },
    add(e) {
      const p: ControlPlace = { placeId: e.placeId, name: e.name, lat: e.lat, lon: e.lon, baseline: null }
      register(p, [e.placeId], [e.name])
      return p
    },
  }
}
