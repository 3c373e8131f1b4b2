// /api/places?q=: place search; /api/places/:id: one place.
import { Hono } from 'hono'
import { AppError } from '../../core/errors.ts'
import { presentPlace } from '../presenters.ts'
import { parseQuery, placesQuery } from '../query.ts'
import type { ReadModel } from '../read-model.ts'

export function placesRoutes(model: ReadModel): Hono {
  return new Hono()
    .get('/', async (c) => {
      const q = parseQuery(placesQuery, c.req.query())
      return c.json({ places: (await model.places(q)).map(presentPlace) })
    })
    .get('/:id', async (c) => {
      const id = c.req.param('id')
      const place = await model.place(id)
      if (!place) throw new AppError('not_found', `no place ${id}`)
      return c.json(presentPlace(place))
    })
}
