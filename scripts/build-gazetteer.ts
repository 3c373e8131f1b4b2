// Builds the gazetteer: `--import <shared>` regenerates the data files shipped in the repo (data/geonames, the
// Syria OCHA/crossing tables) from the reference copies; without it, (re)builds the cached lookup index from them.
// Usage: npx tsx scripts/build-gazetteer.ts [--import ../shared] [--theater syria]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { CITIES500_PATH, REPO_ROOT } from '../src/gazetteer/paths.ts'
import { loadGazetteer } from '../src/gazetteer/load.ts'
import { nameKey } from '../src/gazetteer/normalize.ts'

interface WorldCountry {
  name: { common: string; official: string }
  cca2: string
  cca3: string
  altSpellings: string[]
  latlng: [number, number]
  demonyms?: Record<string, { m: string; f: string }>
}

function tsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((r) => r.map((c) => String(c).replace(/[\t\n]/g, ' ')).join('\t')).join('\n') + '\n'
}

function csvSplit(line: string): string[] {
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++ } else if (ch === '"') quoted = false
      else cur += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') { out.push(cur); cur = '' } else cur += ch
  }
  out.push(cur)
  return out
}

/** Mean coordinates of the cities500 places in each admin1 ("SY.09") and admin2 ("SY.09.123") code. */
function adminCentroids(): Map<string, [number, number, number]> {
  const sums = new Map<string, [number, number, number]>()
  const text = readFileSync(CITIES500_PATH, 'utf8')
  for (const line of text.split('\n')) {
    const f = line.split('\t')
    if (f.length < 15) continue
    const lat = Number(f[4])
    const lon = Number(f[5])
    for (const code of [`${f[8]}.${f[10]}`, `${f[8]}.${f[10]}.${f[11]}`]) {
      const s = sums.get(code) ?? [0, 0, 0]
      s[0] += lat; s[1] += lon; s[2] += 1
      sums.set(code, s)
    }
  }
  return sums
}

function importData(shared: string): void {
  const require = createRequire(import.meta.url)
  const world = require('world-countries') as WorldCountry[]
  const byIso = new Map(world.map((c) => [c.cca2, c]))
  const geoDir = join(REPO_ROOT, 'data/geonames')
  mkdirSync(geoDir, { recursive: true })

  // Countries: GeoNames ids and names; centroid and demonyms from world-countries (ODbL).
  const info = readFileSync(join(shared, 'bench/geoparsing/geonames/countryInfo.txt'), 'utf8').split('\n').slice(1)
  const countryRows: (string | number)[][] = [['iso2', 'iso3', 'geonameId', 'name', 'lat', 'lon', 'population', 'demonyms', 'altNames']]
  for (const line of info) {
    const f = line.split('\t')
    if (f.length < 17 || !f[16]) continue
    const iso = f[0] as string
    const w = byIso.get(iso)
    if (!w) continue
    const demonyms = new Set<string>()
    for (const d of Object.values(w.demonyms ?? {})) { demonyms.add(d.m); demonyms.add(d.f) }
    // Two-letter codes are noise in text except the two English news writes as names ("US", "UK").
    const alt = new Set([w.name.common, w.name.official, ...w.altSpellings.filter((a) => a.length >= 3 || a === 'US' || a === 'UK')])
    if (iso === 'US') alt.add('U.S.').add('U.S.A.')
    if (iso === 'GB') alt.add('U.K.').add('Britain')
    alt.delete(f[4] as string)
    countryRows.push([iso, f[1] as string, f[16] as string, f[4] as string, w.latlng[0], w.latlng[1], f[7] as string,
      [...demonyms].filter(Boolean).join('|'), [...alt].join('|')])
  }
  writeFileSync(join(geoDir, 'countries.tsv'), tsv(countryRows))

  // Admin1 and admin2 with centroids of their cities500 places; Syrian admin1 from the OCHA crosswalk centroids.
  const centroids = adminCentroids()
  const crosswalk = new Map<string, [number, number]>()
  const ochaToGeonames = new Map<string, string>()
  const cw = readFileSync(join(shared, 'data/gazetteer/syria_admin1_crosswalk.csv'), 'utf8').split('\n').slice(1)
  for (const line of cw) {
    const f = csvSplit(line)
    if (f.length > 12) {
      crosswalk.set(f[3] as string, [Number(f[11]), Number(f[12])])
      ochaToGeonames.set(f[0] as string, f[3] as string)
    }
  }
  for (const [file, out] of [['admin1CodesASCII.txt', 'admin1.tsv'], ['admin2Codes.txt', 'admin2.tsv']] as const) {
    const rows: (string | number)[][] = [['code', 'name', 'asciiName', 'geonameId', 'lat', 'lon', 'places']]
    for (const line of readFileSync(join(shared, 'data/gazetteer', file), 'utf8').split('\n')) {
      const f = line.split('\t')
      if (f.length < 4) continue
      const code = f[0] as string
      const fixed = crosswalk.get(code)
      const c = centroids.get(code)
      if (!fixed && !c) continue
      const [lat, lon] = fixed ?? [(c as number[])[0]! / c![2], c![1] / c![2]]
      rows.push([code, f[1] as string, f[2] as string, f[3] as string, lat.toFixed(4), lon.toFixed(4), c ? c[2] : 0])
    }
    writeFileSync(join(geoDir, out), tsv(rows))
  }

  // Syria: OCHA populated places (English and Arabic names) and the border crossings, copied as shipped data.
  const placesDir = join(REPO_ROOT, 'theaters/syria/places')
  mkdirSync(placesDir, { recursive: true })
  const ocha = readFileSync(join(shared, 'data/gazetteer/syr_populated_places.csv'), 'utf8').split('\n').slice(1)
  const ochaRows: (string | number)[][] = [['pcode', 'name', 'nameAr', 'capitalLevel', 'admin2', 'admin1', 'geonamesAdmin1', 'lat', 'lon']]
  for (const line of ocha) {
    const f = csvSplit(line)
    if (f.length < 15) continue
    ochaRows.push([f[0]!, f[1]!, f[2]!, f[3]!, f[8]!, f[11]!, ochaToGeonames.get(f[10]!) ?? '', f[13]!, f[14]!])
  }
  writeFileSync(join(placesDir, 'ocha-populated-places.tsv'), tsv(ochaRows))
  const xing = readFileSync(join(shared, 'data/roads/border_crossings.csv'), 'utf8').split('\n').slice(1)
  const xingRows: (string | number)[][] = [['id', 'name', 'nameAr', 'neighbour', 'category', 'lat', 'lon']]
  for (const line of xing) {
    const f = csvSplit(line)
    if (f.length >= 7) xingRows.push(f.slice(0, 7))
  }
  writeFileSync(join(placesDir, 'border-crossings.tsv'), tsv(xingRows))
  console.log(`imported: ${countryRows.length - 1} countries, OCHA ${ochaRows.length - 1} places, ${xingRows.length - 1} crossings`)
  importArabicAreaNames(shared, geoDir)
}

interface IsoRegion { name: string; admin?: string; reference?: { geonames?: number | null } }

/**
 * Arabic names of first- and second-level areas, by GeoNames code and id: Syria's governorates and districts from
 * OCHA (the admin1 crosswalk's ADM1_AR, the populated places' admin2_ar), every other country's first-level areas
 * from npm `iso3166-2-db` (its Arabic region names, each keyed to its GeoNames id).
 */
function importArabicAreaNames(shared: string, geoDir: string): void {
  const rows: (string | number)[][] = [['code', 'geonameId', 'nameAr', 'source']]
  const admin1Ids = new Map<string, string>()
  for (const line of readFileSync(join(geoDir, 'admin1.tsv'), 'utf8').split('\n').slice(1)) {
    const f = line.split('\t')
    if (f.length > 3) admin1Ids.set(f[3] as string, f[0] as string)
  }
  // Syria, governorates: OCHA pcode -> GeoNames code, Arabic name.
  for (const line of readFileSync(join(shared, 'data/gazetteer/syria_admin1_crosswalk.csv'), 'utf8').split('\n').slice(1)) {
    const f = csvSplit(line)
    if (f.length > 5 && f[2]) rows.push([f[3] as string, f[5] as string, f[2] as string, 'OCHA COD-AB admin1'])
  }
  // Syria, districts: OCHA's admin2 names matched to GeoNames districts by English name within the governorate.
  const districts = new Map<string, [string, string, string]>()
  for (const line of readFileSync(join(shared, 'data/gazetteer/syr_populated_places.csv'), 'utf8').split('\n').slice(1)) {
    const f = csvSplit(line)
    if (f.length > 12 && f[9]) districts.set(f[7] as string, [f[8] as string, f[9] as string, f[10] as string])
  }
  const ochaAdmin1 = new Map<string, string>()
  for (const line of readFileSync(join(shared, 'data/gazetteer/syria_admin1_crosswalk.csv'), 'utf8').split('\n').slice(1)) {
    const f = csvSplit(line)
    if (f.length > 3) ochaAdmin1.set(f[0] as string, f[3] as string)
  }
  const bare = (n: string) => nameKey(n.replace(/\s+District$/i, ''))
  for (const line of readFileSync(join(geoDir, 'admin2.tsv'), 'utf8').split('\n').slice(1)) {
    const f = line.split('\t')
    if (f.length < 4 || !(f[0] as string).startsWith('SY.')) continue
    const a1 = (f[0] as string).split('.').slice(0, 2).join('.')
    const match = [...districts.values()].find(([en, , p1]) => ochaAdmin1.get(p1) === a1 && bare(en) === bare(f[1] as string))
    if (match) rows.push([f[0] as string, f[3] as string, match[1], 'OCHA COD populated places admin2'])
  }
  // Elsewhere: iso3166-2-db's Arabic names of first-level areas (Arabic alphabet only).
  const require = createRequire(import.meta.url)
  const admin1Codes = new Set(admin1Ids.values())
  const world = require('iso3166-2-db/i18n/ar.json') as Record<string, { regions?: IsoRegion[] }>
  for (const [cc, country] of Object.entries(world)) {
    if (cc === 'SY') continue
    for (const r of country.regions ?? []) {
      const id = r.reference?.geonames
      const code = (id && admin1Ids.get(String(id))) ?? (r.admin && admin1Codes.has(`${cc}.${r.admin}`) ? `${cc}.${r.admin}` : null)
      if (!code || !/^[\u0621-\u064A\u064B-\u0652\u0670 ]+$/.test(r.name)) continue
      rows.push([code, id ?? '', r.name, 'iso3166-2-db'])
    }
  }
  writeFileSync(join(geoDir, 'admin-arabic.tsv'), tsv(rows))
  console.log(`imported: ${rows.length - 1} Arabic names of areas`)
}

const args = process.argv.slice(2)
const at = args.indexOf('--import')
if (at >= 0) importData(args[at + 1] ?? '../shared')
const theaterAt = args.indexOf('--theater')
const theater = theaterAt >= 0 ? (args[theaterAt + 1] ?? 'syria') : 'syria'
const t0 = performance.now()
const gaz = loadGazetteer(theater, { rebuild: true })
console.log(`index for "${theater}": ${gaz.size} entries, ${gaz.keyCount} keys, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
