// /api/stories: the story list; /api/stories/:id: a story with its documents side by side.
import { Hono } from 'hono'
import { AppError } from '../../core/errors.ts'
import { presentStoryDetail, presentStorySummary } from '../presenters.ts'
import type { ReadModel } from '../read-model.ts'

export function storiesRoutes(model: ReadModel): Hono {
  return new Hono()
    .get('/', async (c) => {
      // Titles from the document list, not one document read per story.
      const titles = new Map((await model.documents()).map((d) => [d.id, d.title]))
      return c.json({ stories: (await model.stories()).map((s) => presentStorySummary(s, titles)) })
    })
    .get('/:id', async (c) => {
      const id = c.req.param('id')
      const story = await model.story(id)
      if (!story) throw new AppError('not_found', `no story ${id}`)
      return c.json(await presentStoryDetail(story, model))
    })
}
