// The OpenAPI 3.1 description served at /api/openapi.json. Query parameters come from the same zod schemas
// the routes validate with, so the description cannot drift from the checks.
import { z } from 'zod'
import { ingestBody } from './routes/documents.ts'
import { controlQuery, eventsQuery, placesQuery, dayCountsQuery, referenceQuery, whatifQuery } from './query.ts'

type Json = Record<string, unknown>

function params(schema: z.ZodObject): Json[] {
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Json>; required?: string[] }
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name, in: 'query', required: js.required?.includes(name) ?? false,
    ...(typeof s['description'] === 'string' ? { description: s['description'] } : {}), schema: s,
  }))
}

const pathId = (what: string): Json => ({ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: `${what} id` })
const ok = (description: string): Json => ({ description, content: { 'application/json': {} } })
const errors: Json = {
  400: { $ref: '#/components/responses/Error' }, 404: { $ref: '#/components/responses/Error' }, 500: { $ref: '#/components/responses/Error' },
}

/** Builds the OpenAPI document. */
export function openApiDocument(version: string): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Sitrep API', version, description: 'Sourced events, stories, control and what-if. Read-only unless started with --allow-ingest.' },
    paths: {
      '/api/meta': { get: { summary: 'Date range, event types, reference layers, whether ingest is on', responses: { 200: ok('meta') } } },
      '/api/events': { get: { summary: 'Fused events (sitrep.story/1 FusedEvent), paginated as { events, next }', parameters: params(eventsQuery), responses: { 200: ok('a page of events'), ...errors } } },
      '/api/events/days': { get: { summary: 'Events per day and type', parameters: params(dayCountsQuery), responses: { 200: ok('{ days: [{ date, counts }] }'), ...errors } } },
      '/api/events/{id}': { get: { summary: 'An event with each reporting document and its evidence sentence', parameters: [pathId('event')], responses: { 200: ok('{ event, sources, stories, actorNames }'), ...errors } } },
      '/api/stories': { get: { summary: 'Stories', responses: { 200: ok('{ stories }') } } },
      '/api/stories/{id}': { get: { summary: 'A story with its documents, agreements and disagreements', parameters: [pathId('story')], responses: { 200: ok('story detail'), ...errors } } },
      '/api/places': { get: { summary: 'Place search', parameters: params(placesQuery), responses: { 200: ok('{ places }'), ...errors } } },
      '/api/places/{id}': { get: { summary: 'A place', parameters: [pathId('place')], responses: { 200: ok('place'), ...errors } } },
      '/api/control': { get: { summary: 'Control as of a date: GeoJSON, or sitrep.control/1 with format=contract', parameters: params(controlQuery), responses: { 200: ok('control'), ...errors } } },
      '/api/whatif': { get: { summary: 'What a capture would cut (sitrep.whatif/1) and the cut roads as GeoJSON', parameters: params(whatifQuery), responses: { 200: ok('{ whatif, cuts }'), ...errors } } },
      '/api/reference': { get: {
        summary: 'Imported reference rows (ACLED layout, `sitrep import`) as GeoJSON points, apart from Sitrep events; `truncated` when more matched than `limit`',
        parameters: params(referenceQuery), responses: { 200: ok('GeoJSON FeatureCollection with truncated'), ...errors },
      } },
      '/api/reference/layers': { get: { summary: 'Reference layers with their row counts and first and last days', responses: { 200: ok('{ layers: [{ layer, rows, first, last }] }') } } },
      '/api/documents': {
        get: { summary: 'Documents', responses: { 200: ok('{ documents }') } },
        post: {
          summary: 'Ingest input records (only with --allow-ingest; bearer token)', security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(ingestBody, { io: 'input', unrepresentable: 'any' }) } } },
          responses: { 201: ok('{ ids }'), 401: { $ref: '#/components/responses/Error' }, 403: { $ref: '#/components/responses/Error' }, ...errors },
        },
      },
      '/api/documents/{id}': { get: { summary: 'A document (sitrep.document/1) with its annotations', parameters: [pathId('document')], responses: { 200: ok('document'), ...errors } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      responses: {
        Error: {
          description: 'An error', content: { 'application/json': { schema: {
            type: 'object', required: ['error'],
            properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
          } } },
        },
      },
    },
  }
}
