// The reference layers (ACLED-layout rows from `sitrep import`) held in memory for the map: sorted by date once,
// with their coordinates read once, so a window of days is a binary search and a slice.
import type { ReferenceEvent } from '../store/store.ts'
import type { ReferenceLayer, ReferenceQuery } from './read-model.ts'

interface Placed { row: ReferenceEvent; lat: number; lon: number; date: string }

/** ACLED writes coordinates as decimal text; a row without a readable point cannot be drawn. */
function pointOf(r: ReferenceEvent): { lat: number; lon: number } | null {
  const lat = Number(r.fields.latitude), lon = Number(r.fields.longitude)
  if (r.fields.latitude.trim() === '' || r.fields.longitude.trim() === '') return null
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null
  return { lat, lon }
}

export interface ReferenceIndex {
  layers(): ReferenceLayer[]
  query(q: ReferenceQuery): { items: ReferenceEvent[]; truncated: boolean }
}

/** Indexes `rows`; undated or unplaced rows count in their layer but are never drawn. */
export function referenceIndex(rows: readonly ReferenceEvent[]): ReferenceIndex {
  const layers = new Map<string, ReferenceLayer>()
  const placed: Placed[] = []
  for (const row of rows) {
    const layer = layers.get(row.layer) ?? { layer: row.layer, rows: 0, first: null, last: null }
    layer.rows++
    if (row.date) {
      if (!layer.first || row.date < layer.first) layer.first = row.date
      if (!layer.last || row.date > layer.last) layer.last = row.date
    }
    layers.set(row.layer, layer)
    const p = pointOf(row)
    if (p && row.date) placed.push({ row, ...p, date: row.date })
  }
  // Stable sort: rows of one day keep their file order.
  placed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const firstAtOrAfter = (date: string) => {
    let lo = 0, hi = placed.length
    while (lo < hi) { const mid = (lo + hi) >> 1; if (placed[mid]!.date < date) lo = mid + 1; else hi = mid }
    return lo
  }
  return {
    layers: () => [...layers.values()].map((l) => ({ ...l })),
    query({ from, to, bbox, layers: wanted, limit }) {
      const start = from ? firstAtOrAfter(from) : 0
      const end = to ? firstAtOrAfter(`${to}\uffff`) : placed.length
      const items: ReferenceEvent[] = []
      for (let i = start; i < end; i++) {
        const p = placed[i]!
        if (wanted?.length && !wanted.includes(p.row.layer)) continue
        if (bbox && (p.lon < bbox[0] || p.lat < bbox[1] || p.lon > bbox[2] || p.lat > bbox[3])) continue
        if (items.length === limit) return { items, truncated: true }
        items.push(p.row)
      }
      return { items, truncated: false }
    },
  }
}
