// /api/reference: imported reference layers (ACLED-layout CSV via `sitrep import`) as GeoJSON points, kept apart
// from Sitrep's own events; /api/reference/layers: which layers exist and the days they cover.
import { Hono } from 'hono'
import { AppError } from '../../core/errors.ts'
import { presentReferenceGeoJSON } from '../presenters.ts'
import { parseQuery, referenceQuery } from '../query.ts'
import type { ReadModel } from '../read-model.ts'

export function referenceRoutes(model: ReadModel): Hono {
  return new Hono()
    .get('/', async (c) => {
      const q = parseQuery(referenceQuery, c.req.query())
      if (q.from && q.to && q.from > q.to) throw new AppError('bad_option', `from ${q.from} is after to ${q.to}`)
      const { items, truncated } = await model.referenceEvents({ from: q.from, to: q.to, bbox: q.bbox, layers: q.layer, limit: q.limit })
      return c.json(presentReferenceGeoJSON(items, truncated))
    })
    .get('/layers', async (c) => c.json({ layers: await model.referenceLayers() }))
}
