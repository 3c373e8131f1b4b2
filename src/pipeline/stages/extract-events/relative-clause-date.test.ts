// A date inside a relative clause in the perfect before the main verb is that clause's, not the main verb's.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

const eventsIn = (text: string) =>
  annotationsOf(runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-05' } }, defaultContext({ theater: 'syria' })), 'event')

describe('extract-events: dates of relative clauses', () => {
  it('does not date the main verb by a day told in "who had … last week" before it', () => {
    const [flight] = eventsIn('Hundreds of families who had gone back to their farms near Saraqeb last week fled again towards the border.').filter((e) => e.type === 'displacement')
    assert.equal(flight?.date, '2024-12-05')
    const [capture] = eventsIn('Fighters who had taken Maarat al-Numan on Sunday captured Khan Sheikhoun on Tuesday.').filter((e) => e.place?.name === 'Khān Shaykhūn')
    assert.equal(capture?.date, '2024-12-03')
  })
})
