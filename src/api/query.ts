// zod schemas for the API's query strings, shared by the routes and the OpenAPI description.
// Query values arrive as strings; lists are comma-separated ("type=battle,strike").
import { z } from 'zod'
import { AppError } from '../core/errors.ts'
import { EVENT_TYPES, MODALITIES } from '../core/types.ts'

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date')

const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)).pipe(z.array(z.enum(values)))

const FULL_PAGE_MAX = 1000
const MARKER_PAGE_MAX = 20_000

const bbox = z.string()
  .transform((s) => s.split(',').map(Number))
  .pipe(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)]))
  .refine(([w, s, e, n]) => w <= e && s <= n, 'expected west,south,east,north with west <= east and south <= north')

const eventsFields = z.object({
  from: isoDate.optional().describe('first day (inclusive), YYYY-MM-DD'),
  to: isoDate.optional().describe('last day (inclusive), YYYY-MM-DD'),
  bbox: bbox.optional().describe('west,south,east,north in degrees'),
  type: list(EVENT_TYPES).optional().describe('event types, comma-separated'),
  actor: z.string().min(1).optional().describe('actor id, e.g. hts'),
  modality: list(MODALITIES).optional().describe('modalities, comma-separated'),
  minSources: z.coerce.number().int().min(0).optional().describe('minimum independent sources'),
  cursor: z.string().min(1).optional().describe('the `next` of the previous page'),
  limit: z.coerce.number().int().min(1).max(MARKER_PAGE_MAX).default(200).describe(`page size, 1..${FULL_PAGE_MAX} (1..${MARKER_PAGE_MAX} with view=marker)`),
  view: z.enum(['full', 'marker']).default('full').describe('full FusedEvent objects, or markers (id, type, date, place, sources, status) for maps'),
})

// A map draws every event of its window: markers are small enough to come in a few big pages, not a hundred.
export const eventsQuery = eventsFields.refine((q) => q.view === 'marker' || q.limit <= FULL_PAGE_MAX, {
  path: ['limit'], message: `at most ${FULL_PAGE_MAX} full events per page (use view=marker for up to ${MARKER_PAGE_MAX})`,
})

export const dayCountsQuery = eventsFields.omit({ cursor: true, limit: true, view: true })

export const referenceQuery = z.object({
  from: isoDate.optional().describe('first day (inclusive), YYYY-MM-DD'),
  to: isoDate.optional().describe('last day (inclusive), YYYY-MM-DD'),
  bbox: bbox.optional().describe('west,south,east,north in degrees'),
  layer: z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean)).pipe(z.array(z.string().max(200)))
    .optional().describe('reference layers, comma-separated (default: all)'),
  limit: z.coerce.number().int().min(1).max(50_000).default(10_000).describe('most rows to return, 1..50000'),
})

export const placesQuery = z.object({
  q: z.string().max(100).optional().describe('name or part of it; case and accents are ignored'),
  limit: z.coerce.number().int().min(1).max(200).default(20),
})

export const controlQuery = z.object({
  date: isoDate.describe('the day: control as of its end'),
  format: z.enum(['geojson', 'contract']).default('geojson').describe('GeoJSON features, or the sitrep.control/1 contract'),
})

export const whatifQuery = z.object({
  capture: z.string().min(1).describe('place id of the town captured'),
  by: z.string().min(1).describe('actor id of the side that captures it'),
  date: isoDate.describe('the day whose control and roads apply'),
})

/** Validates a query string, or throws a bad_option AppError naming the first bad parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string>): z.output<S> {
  const r = schema.safeParse(query)
  if (r.success) return r.data
  const issue = r.error.issues[0]
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
  throw new AppError('bad_option', `${where}${issue?.message ?? 'invalid query'}`)
}
