// /api/whatif?capture=&by=&date=: what a capture would cut, with the cut roads as lines to draw.
import { Hono } from 'hono'
import { AppError } from '../../core/errors.ts'
import { presentWhatIf } from '../presenters.ts'
import { parseQuery, whatifQuery } from '../query.ts'
import type { ReadModel } from '../read-model.ts'

export function whatifRoutes(model: ReadModel): Hono {
  return new Hono().get('/', async (c) => {
    const q = parseQuery(whatifQuery, c.req.query())
    if (!(await model.place(q.capture))) throw new AppError('not_found', `no place ${q.capture}`)
    return c.json(await presentWhatIf(await model.whatif(q.capture, q.by, q.date), model))
  })
}
