import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf, assertDoc } from '../../core/doc.ts'
import { defaultContext } from '../context.ts'
import { runPipeline } from '../run.ts'

const actorsIn = (text: string) => {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-07' } }, defaultContext({ today: '2025-01-01' }))
  assertDoc(doc)
  return annotationsOf(doc, 'event').flatMap((e) => e.actors.map((a) => `${e.type}:${a.actorId}:${a.role}`))
}

describe('find-actors: a country that acts', () => {
  it('is its state when the lexicon has one ("Iraq said it had deployed troops")', () => {
    assert.ok(actorsIn('Iraq said it had deployed troops to its border with Syria.').includes('deployment:iraq:initiator'))
  })
  it('is no actor where it is only a place ("refugees fled to Iraq")', () => {
    assert.ok(!actorsIn('Thousands of refugees fled to Iraq on Friday.').some((a) => a.includes(':iraq:')))
  })
})
