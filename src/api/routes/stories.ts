// /api/stories: the story list; /api/stories/:id: a story with its documents side by side.
import { Hono } from 'hono'
import { AppError } from '../../core/errors.ts'
import { presentStoryDetail, presentStorySummary } from '../presenters.ts'
import type { ReadModel } from '../read-model.ts'

export function storiesRoutes(model: ReadModel): Hono {
  return new Hono()
    .get('/', async (c) => c.json({ stories: await Promise.all((await model.stories()).map((s) => presentStorySummary(s, model))) }))
    .get('/:id', async (c) => {
      const id = c.req.param('id')
      const story = await model.story(id)
      if (!story) throw new AppError('not_found', `no story ${id}`)
      return c.json(await presentStoryDetail(story, model))
    })
}
