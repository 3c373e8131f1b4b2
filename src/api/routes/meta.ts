// /api/meta: what the app needs before its first query (date range, event types, reference layers, whether ingest is on).
import { Hono } from 'hono'
import { EVENT_TYPES, MODALITIES } from '../../core/types.ts'
import type { ReadModel } from '../read-model.ts'

export function metaRoutes(model: ReadModel, allowIngest: boolean): Hono {
  return new Hono().get('/', async (c) => c.json({
    dates: await model.dates(), eventTypes: EVENT_TYPES, modalities: MODALITIES, referenceLayers: await model.referenceLayers(), allowIngest,
  }))
}
