// /api/events: filtered, paginated fused events; /api/events/days: counts per day and type; /api/events/:id.
import { Hono } from 'hono'
import { AppError } from '../../core/errors.ts'
import { presentEventDetail, presentEventMarker } from '../presenters.ts'
import { dayCountsQuery, eventsQuery, parseQuery } from '../query.ts'
import type { EventFilter, ReadModel } from '../read-model.ts'

type Query = ReturnType<typeof parseQuery<typeof dayCountsQuery>>
function toFilter(q: Query): Omit<EventFilter, 'cursor' | 'limit'> {
  return { from: q.from, to: q.to, bbox: q.bbox, types: q.type, actor: q.actor, modalities: q.modality, minSources: q.minSources }
}

export function eventsRoutes(model: ReadModel, actorName?: (id: string) => string | undefined): Hono {
  return new Hono()
    .get('/', async (c) => {
      const q = parseQuery(eventsQuery, c.req.query())
      if (q.from && q.to && q.from > q.to) throw new AppError('bad_option', `from ${q.from} is after to ${q.to}`)
      const page = await model.events({ ...toFilter(q), cursor: q.cursor, limit: q.limit })
      return c.json({ events: q.view === 'marker' ? page.items.map(presentEventMarker) : page.items, next: page.next })
    })
    .get('/days', async (c) => {
      const q = parseQuery(dayCountsQuery, c.req.query())
      return c.json({ days: await model.dayCounts(toFilter(q)) })
    })
    .get('/:id', async (c) => {
      const id = c.req.param('id')
      const event = await model.event(id)
      if (!event) throw new AppError('not_found', `no event ${id}`)
      return c.json(await presentEventDetail(event, model, actorName))
    })
}
