// /api/control?date=: who holds what as of a day, as GeoJSON (default) or the sitrep.control/1 contract.
import { Hono } from 'hono'
import { presentControlGeoJSON } from '../presenters.ts'
import { controlQuery, parseQuery } from '../query.ts'
import type { ReadModel } from '../read-model.ts'

export function controlRoutes(model: ReadModel): Hono {
  return new Hono().get('/', async (c) => {
    const q = parseQuery(controlQuery, c.req.query())
    const control = await model.control(q.date)
    return c.json(q.format === 'contract' ? control : presentControlGeoJSON(control))
  })
}
