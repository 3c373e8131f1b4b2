// Syria's governorate outlines, read from the basemap the web app ships (web/public/data, © OCHA, CC BY 3.0 IGO):
// drawn on the report map, and used to name the governorate of a place the gazetteer gave none (theater places).
import { readFileSync } from 'node:fs'
import { nameKey } from '../gazetteer/normalize.ts'

export type Ring = readonly (readonly [number, number])[]
export interface Governorate { readonly name: string; readonly polygons: readonly (readonly Ring[])[] }

const BASEMAP = new URL('../../web/public/data/syria-admin1.geojson', import.meta.url)
let cache: Governorate[] | null = null

/** The governorates, loaded once. */
export function governorates(): readonly Governorate[] {
  if (cache) return cache
  const fc = JSON.parse(readFileSync(BASEMAP, 'utf8')) as { features: { properties: { name: string }; geometry: { type: string; coordinates: unknown } }[] }
  cache = fc.features.map((f) => ({
    name: f.properties.name,
    polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]),
  }))
  return cache
}

/** Name of the governorate containing the point, or null outside them all. */
export function governorateAt(lon: number, lat: number, govs: readonly Governorate[] = governorates()): string | null {
  for (const g of govs) {
    for (const [outer, ...holes] of g.polygons) {
      if (outer && inside(lon, lat, outer) && !holes.some((h) => inside(lon, lat, h))) return g.name
    }
  }
  return null
}

/**
 * The governorate an area is named after ("Hama" the province, "Deir ez-Zor" spelled "Deir-ez-Zor"), or null: an
 * area's gazetteer point is a label position, which may fall outside its own outline as the outlines are drawn.
 */
export function governorateNamed(name: string, govs: readonly Governorate[] = governorates()): string | null {
  const key = nameKey(name)
  return govs.find((g) => nameKey(g.name) === key)?.name ?? null
}

// Even-odd ray casting: enough for simplified outlines; a geometry library would be a dependency for ten lines.
function inside(x: number, y: number, ring: Ring): boolean {
  let c = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!
    const [xj, yj] = ring[j]!
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c
  }
  return c
}
