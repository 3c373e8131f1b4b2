import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ExtractedDocument, Story } from '../core/contract.ts'
import { DOCUMENT_SCHEMA, STORY_SCHEMA } from '../core/contract.ts'
import { exportEvents } from './export-event.ts'
import { fusedEvent } from './fixtures.ts'

// One invented report naming the rebels only; the fused capture also has the army as the side that lost the town.
const doc: ExtractedDocument = {
  schema: DOCUMENT_SCHEMA, id: 'doc:a', source: 'a.txt', title: null, outlet: 'Example Wire', publishedAt: '2024-12-03', publishedAtBasis: 'option',
  language: 'en', text: 'Rebels seized Qorvath on Tuesday.', removed: [], dates: [], places: [],
  actors: [{ start: 0, end: 6, text: 'Rebels', actorId: 'rebels', name: 'Qorvath Liberation Front', kind: 'armed_group' }], events: [],
}
const story: Story = { schema: STORY_SCHEMA, id: 'story:1', documents: [{ id: 'doc:a', source: 'a.txt', role: 'original' }], independentSources: 1, origin: null,
  events: [fusedEvent({ documents: ['doc:a'], independentSources: 1 })] }

describe('exportEvents: actor names', () => {
  it('names an actor as the reporting documents do, and one they never name by the lexicon, not by its id', () => {
    const lookup = (id: string) => (id === 'army' ? { name: 'Belmiran Army', kind: 'state_force' as const, affiliations: [] } : undefined)
    const [e] = exportEvents([story], [doc], lookup)
    assert.deepEqual(e?.actors.map((a) => [a.actorId, a.name, a.kind]), [['rebels', 'Qorvath Liberation Front', 'armed_group'], ['army', 'Belmiran Army', 'state_force']])
  })
  it('keeps the id only when no lexicon is given', () => {
    const [e] = exportEvents([story], [doc])
    assert.equal(e?.actors[1]?.name, 'army')
  })
})
