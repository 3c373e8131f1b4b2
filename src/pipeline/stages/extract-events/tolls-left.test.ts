// Tolls told as what fighting "left dead": the counts of each side add up, the sides counted are the victims, and a
// second toll with victims of its own in another clause stays its own.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'
import { figuresIn } from './quantities.ts'

const tolls = (text: string) => annotationsOf(runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-14' } }, defaultContext({ theater: 'syria' })), 'event')
  .filter((e) => e.type === 'casualties').map((e) => [e.quantities.killed, e.actors.map((a) => `${a.actorId}:${a.role}`).sort().join(' ')])

describe('extract-events: tolls "left dead"', () => {
  it('adds counts joined by "and" after a side named in four words ("12 members of the SNA and 9 SDF fighters")', () => {
    assert.deepEqual(figuresIn('casualties', 'the fighting left 12 members of the SNA and nine SDF fighters dead'), { killed: 21 })
  })
  it('takes the sides counted as the victims, not the doers', () => {
    assert.deepEqual(tolls('Clashes near the Tishreen Dam left 12 members of the SNA and nine SDF fighters dead on Friday.'), [[21, 'sdf:target sna:target']])
  })
  it('keeps a second toll with victims of its own as its own event', () => {
    assert.deepEqual(tolls('Clashes in Manbij left nine SDF fighters dead, while Turkish drones struck a car in the town, killing two civilians.'),
      [[9, 'sdf:target'], [2, 'civilians:target turkish-forces:initiator']])
  })
})
