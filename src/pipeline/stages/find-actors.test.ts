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

describe('find-actors: a state\'s officials', () => {
  it('speak for the state their demonym names, the attribution kept as written', () => {
    const doc = runPipeline({ source: 't', raw: 'A senior Iranian official said Tehran would send advisers to Syria.', format: 'text', hints: { publishedAt: '2024-12-07' } }, defaultContext({ today: '2025-01-01' }))
    const e = annotationsOf(doc, 'event').find((x) => x.type === 'military_aid')
    assert.deepEqual([e?.actors[0], e?.attribution], [{ actorId: 'iran', role: 'initiator' }, 'A senior Iranian official'])
  })
})

