// A denial is linked to the capture its document told at its place only when it denies a change of control.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

const linksOf = (text: string) => {
  const events = annotationsOf(runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-06' } }, defaultContext({ theater: 'syria' })), 'event')
  return events.filter((e) => e.type === 'denial').map((e) => events.find((x) => x.id === e.denies)?.type ?? null)
}

describe('extract-events: what a denial answers in its own document', () => {
  it('links a denial of a withdrawal to the capture told there, and a denial of another kind to nothing', () => {
    assert.deepEqual(linksOf('Insurgents captured Salamiyah on Thursday. The army denied that its troops had left Salamiyah.'), ['territory_change'])
    assert.deepEqual(linksOf('Insurgents captured Salamiyah on Thursday. The army denied that its jets had bombed Salamiyah.'), [null])
    assert.deepEqual(linksOf('Insurgents captured Salamiyah on Thursday. The army denied any role in the talks in Salamiyah.'), [null])
  })
  it('gives a denial an outlet makes itself that outlet as its source', () => {
    const events = annotationsOf(runPipeline({ source: 't', raw: 'The state news agency SANA swiftly denied that troops had left Salamiyah.', format: 'text', hints: { publishedAt: '2024-12-06' } }, defaultContext({ theater: 'syria' })), 'event')
    assert.deepEqual(events.filter((e) => e.type === 'denial').map((e) => e.attribution), ['SANA'])
  })
})
