// Loads the situation part of a theater pack (control baseline, actor-to-holder table, fronts, roads, bridges) from CSV.
// Validates every row with zod; knows file names, not what the data means.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { z } from 'zod'
import { AppError } from '../core/errors.ts'

export interface PartialHolder { actorId: string; note: string }

export interface BaselinePlace {
  placeId: string
  name: string
  altNames: string[]
  lat: number
  lon: number
  governorate: string
  pcode: string | null
  geonameId: number | null
  holder: string
  confidence: number
  partial: PartialHolder[]
  note: string
  source: string
}

export interface HolderRow { actorId: string; holder: string; name: string; attributionWords: string[] }

export interface RoadSegment {
  route: string
  ref: string
  from: string
  fromName: string
  to: string
  toName: string
  fromLat: number
  fromLon: number
  toLat: number
  toLon: number
  km: number
}

export interface Bridge {
  id: string
  name: string
  altNames: string[]
  route: string
  from: string
  to: string
  lat: number
  lon: number
  keywords: string[]
}

export interface Crossing { id: string; name: string; country: string; category: string; lat: number; lon: number }

/** A side's one opponent on a front over some days: whom its gains in that time were taken from. */
export interface FrontRow { holder: string; opponent: string; from: string; to: string; note: string; source: string }

export interface SituationPack {
  baselineDate: string
  baseline: BaselinePlace[]
  holders: HolderRow[]
  /** (absent from a pack that has no fronts.csv) */
  fronts?: FrontRow[]
  segments: RoadSegment[]
  bridges: Bridge[]
  crossings: Crossing[]
}

const num = z.string().trim().min(1).transform(Number).pipe(z.number().finite())
const list = z.string().transform((s) => s.split(';').map((x) => x.trim()).filter(Boolean))
const optional = z.string().transform((s) => (s.trim() ? s.trim() : null))

const baselineRow = z.object({
  place_id: z.string().regex(/^[a-z]+:[\w-]+$/), place: z.string().min(1), alt_names: list, lat: num, lon: num,
  governorate: z.string(), ocha_pcode: optional, geonames_id: optional, holder: z.string().min(1),
  confidence: num.pipe(z.number().min(0).max(1)), partial: z.string(), note: z.string(), source_url: z.string(),
}).transform((r): BaselinePlace => ({
  placeId: r.place_id, name: r.place, altNames: r.alt_names, lat: r.lat, lon: r.lon, governorate: r.governorate,
  pcode: r.ocha_pcode, geonameId: r.geonames_id ? Number(r.geonames_id) : null, holder: r.holder,
  confidence: r.confidence, partial: parsePartial(r.partial), note: r.note, source: r.source_url,
}))

const holderRow = z.object({
  actor_id: z.string().min(1), holder: z.string().min(1), name: z.string().min(1), attribution_words: list,
}).transform((r): HolderRow => ({ actorId: r.actor_id, holder: r.holder, name: r.name, attributionWords: r.attribution_words }))

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const frontRow = z.object({
  holder: z.string().min(1), opponent: z.string().min(1), from: isoDay, to: isoDay, note: z.string(), source_url: z.string(),
}).transform((r): FrontRow => ({ holder: r.holder, opponent: r.opponent, from: r.from, to: r.to, note: r.note, source: r.source_url }))

const segmentRow = z.object({
  route_id: z.string().min(1), ref: z.string(), from_node: z.string().min(1), from_name: z.string(),
  to_node: z.string().min(1), to_name: z.string(), from_lat: num, from_lon: num, to_lat: num, to_lon: num,
  straight_km: num,
}).transform((r): RoadSegment => ({
  route: r.route_id, ref: r.ref, from: r.from_node, fromName: r.from_name, to: r.to_node, toName: r.to_name,
  fromLat: r.from_lat, fromLon: r.from_lon, toLat: r.to_lat, toLon: r.to_lon, km: r.straight_km,
}))

const bridgeRow = z.object({
  bridge_id: z.string().min(1), name: z.string().min(1), alt_names: list, route_id: z.string(), from_node: z.string(),
  to_node: z.string(), lat: num, lon: num, keywords: list,
}).transform((r): Bridge => ({
  id: r.bridge_id, name: r.name, altNames: r.alt_names, route: r.route_id, from: r.from_node, to: r.to_node,
  lat: r.lat, lon: r.lon, keywords: r.keywords,
}))

const crossingRow = z.object({
  id: z.string().min(1), name_en: z.string().min(1), neighbor_country: z.string(), category: z.string(), lat: num, lon: num,
}).transform((r): Crossing => ({ id: r.id, name: r.name_en, country: r.neighbor_country, category: r.category, lat: r.lat, lon: r.lon }))

// "sdf: Sheikh Maqsoud districts | syrian-government: security square" → one secondary holder per part.
function parsePartial(s: string): PartialHolder[] {
  return s.split('|').map((p) => p.trim()).filter(Boolean).map((p) => {
    const i = p.indexOf(':')
    return i > 0 ? { actorId: p.slice(0, i).trim(), note: p.slice(i + 1).trim() } : { actorId: p, note: '' }
  })
}

function readRows<T>(file: string, schema: z.ZodType<T>): T[] {
  let text: string
  try { text = readFileSync(file, 'utf8') } catch { throw new AppError('theater_invalid', `cannot read ${file}`) }
  const records = parse(text, { columns: true, skip_empty_lines: true, trim: false }) as unknown[]
  return records.map((rec, i) => {
    const r = schema.safeParse(rec)
    if (!r.success) throw new AppError('theater_invalid', `${file} row ${i + 2}: ${r.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`)
    return r.data
  })
}

/** Where the Syria pack lives in the repository. */
export const SYRIA_PACK_DIR = fileURLToPath(new URL('../../theaters/syria', import.meta.url))

// The baseline file names its day ("baseline-2024-11-26.csv"): the state of control before the period.
function findBaseline(dir: string): { path: string; date: string } {
  let names: string[]
  try { names = readdirSync(dir) } catch { throw new AppError('theater_invalid', `no control folder at ${dir}`) }
  const dates = names.map((n) => /^baseline-(\d{4}-\d{2}-\d{2})\.csv$/.exec(n)?.[1]).filter((d): d is string => !!d).sort()
  const date = dates[0]
  if (!date) throw new AppError('theater_invalid', `${dir} has no baseline-YYYY-MM-DD.csv`)
  return { path: join(dir, `baseline-${date}.csv`), date }
}

const cache = new Map<string, SituationPack>()

/** Loads (once per process) the control baseline, holder table and road network of a theater pack. */
export function loadSituationPack(dir: string = SYRIA_PACK_DIR): SituationPack {
  const hit = cache.get(dir)
  if (hit) return hit
  const baselineFile = findBaseline(join(dir, 'control'))
  const pack: SituationPack = {
    baselineDate: baselineFile.date,
    baseline: readRows(baselineFile.path, baselineRow),
    holders: readRows(join(dir, 'control', 'holders.csv'), holderRow),
    fronts: existsSync(join(dir, 'control', 'fronts.csv')) ? readRows(join(dir, 'control', 'fronts.csv'), frontRow) : [],
    segments: readRows(join(dir, 'roads', 'segments.csv'), segmentRow),
    bridges: readRows(join(dir, 'roads', 'bridges.csv'), bridgeRow),
    crossings: readRows(join(dir, 'roads', 'border-crossings.csv'), crossingRow),
  }
  cache.set(dir, pack)
  return pack
}
