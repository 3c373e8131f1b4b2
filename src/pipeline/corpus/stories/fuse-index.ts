// The members of open incidents, filed so that fusion compares an event only with the members it could be one
// incident with: those of its story, those at its place, and those within place tolerance on the map. Comparing
// every event with every incident of its type within a day was quadratic in the events of a day (a fast front
// brings thousands), and made a 100k-event store take many minutes to load.
import { EARTH_KM } from '../../../core/geo.ts'
import { placeToleranceKm } from './fingerprints.ts'

/** The place of a filed member or of an event looking for its incident. */
export interface IndexedPlace {
  readonly placeId: string
  readonly lat: number
  readonly lon: number
  readonly precision: string
}

/** Where and when a member is, and which story it comes from. */
export interface Position {
  readonly day: number | null
  readonly story: string
  readonly place: IndexedPlace | null
}

/** Members with tolerance `tol` on one day, filed by map cell (cells of a size fitting that tolerance). */
interface Grid<T> {
  readonly tol: number
  readonly cellDeg: number
  readonly cells: Map<number, T[]>
  /** Finite coordinates outside the globe's range: no cell holds them, so every search looks at them. */
  readonly odd: T[]
}

/** The members of one day (or of no day: key null), by story, by placeId and on the map. */
interface DayIndex<T> {
  readonly byStory: Map<string, T[]>
  readonly byPlace: Map<string, T[]>
  readonly grids: Grid<T>[]
}

/** How far a search reaches around a place, in degrees; `all` when the bound does not hold (poles, date line). */
interface Reach {
  readonly latSpan: number
  readonly lonSpan: number
  readonly all: boolean
}

const cellKey = (cx: number, cy: number) => (cx + 100_000) * 1_000_000 + (cy + 100_000)
const onGlobe = (lat: number, lon: number) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180
const mappable = (p: IndexedPlace) => p.precision !== 'country' && Number.isFinite(p.lat) && Number.isFinite(p.lon)

/**
 * Members of incidents by the incident's type. `near` gives a superset of the members whose place distance to a
 * probe can be finite (see placeDistance in fuse.ts): the same story (any place, or none), the same placeId, or
 * both placed below country level within the larger tolerance of the two. Callers still compute the distance.
 */
export class MemberIndex<T> {
  private readonly byType = new Map<string, Map<number | null, DayIndex<T>>>()

  add(type: string, at: Position, item: T): void {
    let days = this.byType.get(type)
    if (!days) this.byType.set(type, days = new Map())
    let di = days.get(at.day)
    if (!di) days.set(at.day, di = { byStory: new Map(), byPlace: new Map(), grids: [] })
    push(di.byStory, at.story, item)
    const p = at.place
    if (!p) return
    push(di.byPlace, p.placeId, item)
    // A country-wide place fits only its own story or its own placeId; a NaN coordinate fits no distance.
    if (!mappable(p)) return
    const tol = placeToleranceKm(p.precision)
    let grid = di.grids.find((g) => g.tol === tol)
    if (!grid) di.grids.push(grid = { tol, cellDeg: (2 * Math.max(tol, 2)) / 111, cells: new Map(), odd: [] })
    if (!onGlobe(p.lat, p.lon)) grid.odd.push(item)
    else push(grid.cells, cellKey(Math.floor(p.lon / grid.cellDeg), Math.floor(p.lat / grid.cellDeg)), item)
  }

  /** Calls `visit` on each member filed under one of `types` within a day of `at` that may fit it (some more than once). */
  near(types: Iterable<string>, at: Position, visit: (item: T) => void): void {
    const p = at.place && mappable(at.place) ? at.place : null
    const reaches = new Map<number, Reach>()
    const visitDay = (di: DayIndex<T> | undefined) => {
      if (!di) return
      for (const x of di.byStory.get(at.story) ?? []) visit(x)
      if (!at.place) return
      for (const x of di.byPlace.get(at.place.placeId) ?? []) visit(x)
      if (!p) return
      for (const grid of di.grids) {
        const r = Math.max(placeToleranceKm(p.precision), grid.tol)
        let reach = reaches.get(r)
        if (!reach) reaches.set(r, reach = reachOf(p, r))
        searchGrid(grid, p, reach, visit)
      }
    }
    for (const type of types) {
      const days = this.byType.get(type)
      if (!days) continue
      if (at.day === null) {
        for (const di of days.values()) visitDay(di)
      } else {
        visitDay(days.get(at.day - 1))
        visitDay(days.get(at.day))
        visitDay(days.get(at.day + 1))
        visitDay(days.get(null))
      }
    }
  }
}

/** The latitude and longitude spans holding every point within `radiusKm` (great-circle) of `p`. */
function reachOf(p: IndexedPlace, radiusKm: number): Reach {
  // A margin over the radius, so rounding never drops a member that distanceKm puts exactly at the tolerance.
  const r = radiusKm * 1.01 + 0.01
  const latSpan = (r / EARTH_KM) * (180 / Math.PI)
  const latMax = Math.abs(p.lat) + latSpan
  // Both points within ±latMax: haversine a >= cos²(latMax)·sin²(Δlon/2), which bounds Δlon for d <= r.
  const s = latMax < 89.99 ? Math.sin(r / (2 * EARTH_KM)) / Math.cos(latMax * (Math.PI / 180)) : 1
  const lonSpan = s < 0.999 ? 2 * Math.asin(s) * (180 / Math.PI) * 1.01 : Number.POSITIVE_INFINITY
  const all = !onGlobe(p.lat, p.lon) || p.lon - lonSpan < -179.999 || p.lon + lonSpan > 179.999
  return { latSpan, lonSpan, all }
}

/** Visits the members of `grid` that may lie within `reach` of `p`. */
function searchGrid<T>(grid: Grid<T>, p: IndexedPlace, reach: Reach, visit: (item: T) => void): void {
  for (const x of grid.odd) visit(x)
  if (reach.all) {
    for (const xs of grid.cells.values()) for (const x of xs) visit(x)
    return
  }
  const d = grid.cellDeg
  const x0 = Math.floor((p.lon - reach.lonSpan) / d)
  const x1 = Math.floor((p.lon + reach.lonSpan) / d)
  const y0 = Math.floor((p.lat - reach.latSpan) / d)
  const y1 = Math.floor((p.lat + reach.latSpan) / d)
  if ((x1 - x0 + 1) * (y1 - y0 + 1) > grid.cells.size) {
    // Fewer filled cells than cells in range (a wide tolerance over a fine grid): look at the filled ones.
    for (const [key, xs] of grid.cells) {
      const cx = Math.floor(key / 1_000_000) - 100_000
      const cy = (key % 1_000_000) - 100_000
      if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) for (const x of xs) visit(x)
    }
    return
  }
  for (let cx = x0; cx <= x1; cx++) {
    for (let cy = y0; cy <= y1; cy++) {
      const xs = grid.cells.get(cellKey(cx, cy))
      if (xs) for (const x of xs) visit(x)
    }
  }
}

function push<K, T>(m: Map<K, T[]>, k: K, x: T): void {
  const list = m.get(k)
  if (list) list.push(x)
  else m.set(k, [x])
}
