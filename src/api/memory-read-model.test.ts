// Semantics of the in-memory read model that a store adapter must match: date overlap, paging, "as of" control.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { FusedEvent, Story } from '../core/contract.ts'
import { STORY_SCHEMA } from '../core/contract.ts'
import { fixtureData, EVENTS } from '../../test/fixtures/read-model-fixture.ts'
import { foldName, memoryReadModel } from './memory-read-model.ts'

function withEvents(events: FusedEvent[]) {
  const story: Story = { schema: STORY_SCHEMA, id: 'story-x', documents: [], independentSources: 1, origin: null, events }
  return memoryReadModel({ ...fixtureData(), stories: [story] })
}

describe('memoryReadModel', () => {
  it('finds an event whose date range overlaps the filter though it starts long before', async () => {
    const siege = { ...EVENTS.homsBattle, id: 'ev-siege', date: '2024-11-01', dateEnd: '2024-12-05', datePrecision: 'range' as const }
    const m = withEvents([siege, EVENTS.damascusTaken])
    assert.deepEqual((await m.events({ from: '2024-12-03', to: '2024-12-04', limit: 10 })).items.map((e) => e.id), ['ev-siege'])
    assert.deepEqual((await m.events({ from: '2024-12-06', limit: 10 })).items.map((e) => e.id), ['ev-damascus-taken'])
  })

  it('leaves undated events out of date filters but returns them unfiltered', async () => {
    const undated = { ...EVENTS.homsBridge, id: 'ev-undated', date: null }
    const m = withEvents([undated, EVENTS.hamaTaken])
    assert.deepEqual((await m.events({ from: '2024-11-01', limit: 10 })).items.map((e) => e.id), ['ev-hama-taken'])
    assert.deepEqual((await m.events({ limit: 10 })).items.map((e) => e.id), ['ev-hama-taken', 'ev-undated'])
  })

  it('pages a filtered list without gaps or repeats', async () => {
    const m = memoryReadModel(fixtureData())
    const all = (await m.events({ types: ['territory_change'], limit: 100 })).items.map((e) => e.id)
    const paged: string[] = []
    let cursor: string | undefined
    do {
      const page = (await m.events({ types: ['territory_change'], limit: 2, cursor }))
      paged.push(...page.items.map((e) => e.id))
      cursor = page.next ?? undefined
    } while (cursor)
    assert.deepEqual(paged, all)
    assert.ok(all.length > 2)
  })

  it('answers control with the latest snapshot on or before the date, and nothing before the first', async () => {
    const m = memoryReadModel(fixtureData())
    assert.equal((await m.control('2024-11-01')).places.length, 0)
    assert.equal((await m.control('2030-01-01')).places.find((p) => p.name === 'Damascus')?.holder.actorId, 'hts')
  })

  it('folds case and diacritics in place names', async () => {
    assert.equal(foldName('Ḥamāh'), 'hamah')
    assert.equal(foldName('Deir ez-Zor'), 'deir ez zor')
  })
})
