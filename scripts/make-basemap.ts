// Builds the offline basemap shipped in web/public/data/: Natural Earth countries (world-atlas) around the
// theater and Syria's governorates (OCHA), simplified. A developer tool: run once, commit the output, review it.
// Usage: npx tsx scripts/make-basemap.ts [path/to/syr_admin1.geojson]
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import { topology } from 'topojson-server'
import { presimplify, quantile, simplify } from 'topojson-simplify'
import type { Topology } from 'topojson-specification'

const require = createRequire(import.meta.url)
const out = new URL('../web/public/data/', import.meta.url)
// Lon/lat box of the Levant and neighbours: enough context around Syria, small enough to ship.
const BOX = { west: 22, south: 24, east: 52, north: 44 }
// Share of the countries' vertices kept (by area weight): borders stay recognisable at Syria's zoom.
const COUNTRY_DETAIL = 0.35

function inBox(f: Feature): boolean {
  const coords = JSON.stringify(f.geometry).match(/-?\d+\.?\d*,-?\d+\.?\d*/g) ?? []
  return coords.some((c) => {
    const [lon, lat] = c.split(',').map(Number) as [number, number]
    return lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north
  })
}

/** Rounds coordinates to 4 decimals (~10 m): finer than the simplification, and halves the file. */
function round<T>(x: T): T {
  return JSON.parse(JSON.stringify(x, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v))) as T
}

function countries(): FeatureCollection {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology
  const fc = feature(topo, topo.objects['countries']!) as FeatureCollection
  const near: FeatureCollection = {
    type: 'FeatureCollection',
    features: fc.features.filter(inBox).map((f) => ({ type: 'Feature' as const, properties: { name: String(f.properties?.['name'] ?? '') }, geometry: f.geometry })),
  }
  // 50m detail is more than the map shows at the zoom it opens on, and every vertex is tessellated and drawn on each
  // frame of a pan; simplifying the topology keeps neighbours' shared borders identical.
  const countryTopo = presimplify(topology({ countries: near }) as unknown as Parameters<typeof presimplify>[0])
  const simple = simplify(countryTopo, quantile(countryTopo, COUNTRY_DETAIL))
  return round(feature(simple, simple.objects['countries']!) as FeatureCollection)
}

function governorates(path: string): FeatureCollection {
  const src = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection
  const slim: FeatureCollection = {
    type: 'FeatureCollection',
    features: src.features.map((f) => ({ type: 'Feature', properties: { name: String(f.properties?.['ADM1_EN'] ?? ''), pcode: String(f.properties?.['ADM1_PCODE'] ?? '') }, geometry: f.geometry })),
  }
  // Simplifying the topology (not each polygon) keeps shared borders shared, so no slivers appear between governorates.
  const topo = presimplify(topology({ gov: slim }) as unknown as Parameters<typeof presimplify>[0])
  const simple = simplify(topo, quantile(topo, 0.03))
  const fc = feature(simple, simple.objects['gov']!) as FeatureCollection<Geometry>
  return round(fc)
}

const admin1 = process.argv[2] ?? '../shared/data/boundaries/syr_admin1.geojson'
writeFileSync(new URL('countries.geojson', out), JSON.stringify(countries()))
writeFileSync(new URL('syria-admin1.geojson', out), JSON.stringify(governorates(admin1)))
console.log('wrote web/public/data/countries.geojson and syria-admin1.geojson')
