import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { FusedEvent } from '../core/contract.ts'
import { fuseEvents } from '../pipeline/corpus/stories/fuse.ts'
import { makeDoc, TESSIK } from '../pipeline/corpus/stories/testing.ts'
import { presentEventDetail, presentEventMarker } from './presenters.ts'
import type { ReadModel } from './read-model.ts'

describe('a fused event with a denial, as the API presents it', () => {
  const claim = makeDoc({ id: 'a', text: 'The NLF said it captured the air base near Tessik.', events: [{ place: TESSIK, modality: 'claimed', attribution: 'The NLF' }] })
  const other = makeDoc({ id: 'b', text: 'Residents said NLF fighters were inside the air base near Tessik.', events: [{ place: TESSIK }] })
  const denial = makeDoc({ id: 'c', text: 'The army denied losing the air base near Tessik.', events: [{ type: 'denial', place: TESSIK, actors: { army: 'initiator' }, attribution: 'the army' }] })
  const [event] = fuseEvents([claim, other, denial], (id) => ({ family: id, story: 'story' })) as [FusedEvent]
  const docs = new Map([claim, other, denial].map((d) => [d.id, d]))
  const model = { document: async (id: string) => docs.get(id) ?? null, storiesOf: async () => [] } as unknown as ReadModel

  it('counts the sources that back it and those that deny it apart, on the marker', () => {
    const m = presentEventMarker(event)
    assert.equal(m.independentSources, 2)
    assert.equal(m.denyingSources, 1)
  })

  it('lists the denying document among the sources, marked as denying it', async () => {
    const detail = await presentEventDetail(event, model)
    assert.deepEqual(detail.sources.map((s) => [s.document.id, s.denies]), [['a', false], ['b', false], ['c', true]])
  })
})
