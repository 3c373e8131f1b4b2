// Reads the shared development set's gold events, keys and places (../shared/eval/gold), validated with zod so a
// changed file fails with a message naming it rather than a wrong score.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { AppError } from '../../src/core/errors.ts'

const goldActor = z.object({ name: z.string().nullish(), normalized: z.string().nullish(), role: z.string().nullish() })
const goldEvent = z.object({
  type: z.string(),
  actors: z.array(goldActor).nullish(),
  location: z.object({ normalized: z.array(z.string()).nullish() }).nullish(),
  date_resolved: z.string().nullish(),
  quantities: z.record(z.string(), z.unknown()).nullish(),
  attribution: z.string().nullish(),
  evidence: z.string(),
  modality: z.string().nullish(),
})
const point = z.object({ lat: z.number(), lon: z.number(), radius_km: z.number() })
const goldPlace = point.extend({ names: z.array(z.string()).optional(), alt: z.array(point).optional() })

export type GoldEvent = z.infer<typeof goldEvent>
export type GoldActor = z.infer<typeof goldActor>
export type GoldPlace = z.infer<typeof goldPlace>

export interface GoldSet {
  /** Gold file key ("004", "seed_000") → its events. */
  readonly events: ReadonlyMap<string, readonly GoldEvent[]>
  /** Input record url → gold file key. */
  readonly keyOfUrl: ReadonlyMap<string, string>
  readonly places: ReadonlyMap<string, GoldPlace>
}

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.success) throw new AppError('input_malformed', `gold file does not have the expected shape: ${parsed.error.issues[0]?.message ?? ''}`, path)
  return parsed.data
}

/** Loads `<evalDir>/gold`: events/*.json, keys.json and places.json. */
export function loadGold(evalDir: string): GoldSet {
  const dir = join(evalDir, 'gold')
  const events = new Map<string, GoldEvent[]>()
  for (const f of readdirSync(join(dir, 'events')).filter((x) => x.endsWith('.json')).sort()) {
    events.set(f.replace(/\.json$/, ''), readJson(join(dir, 'events', f), z.array(goldEvent)))
  }
  const keys = existsSync(join(dir, 'keys.json')) ? readJson(join(dir, 'keys.json'), z.record(z.string(), z.string())) : {}
  const places = existsSync(join(dir, 'places.json')) ? readJson(join(dir, 'places.json'), z.record(z.string(), goldPlace)) : {}
  return {
    events,
    keyOfUrl: new Map(Object.entries(keys).map(([k, url]) => [url, k])),
    places: new Map(Object.entries(places)),
  }
}
