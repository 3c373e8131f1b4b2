// The ReadModel contract as a reusable suite: run it against the in-memory model here, and against the store
// adapter once it exists (load the same MemoryData into the store, then call readModelContract with it).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { FusedEvent, Story } from '../src/core/contract.ts'
import { STORY_SCHEMA } from '../src/core/contract.ts'
import type { MemoryData } from '../src/api/memory-read-model.ts'
import type { ReadModel } from '../src/api/read-model.ts'
import { EVENTS, fixtureData } from './fixtures/read-model-fixture.ts'

/** Builds a ReadModel holding exactly `data`. */
export type MakeReadModel = (data: MemoryData) => Promise<ReadModel>

function withEvents(events: FusedEvent[]): MemoryData {
  const story: Story = { schema: STORY_SCHEMA, id: 'story-x', documents: [], independentSources: 1, origin: null, events }
  return { ...fixtureData(), stories: [story] }
}

const ids = (p: { items: FusedEvent[] }) => p.items.map((e) => e.id)

/** Defines the suite for one implementation. */
export function readModelContract(name: string, make: MakeReadModel): void {
  describe(`ReadModel contract: ${name}`, () => {
    it('finds an event whose date range overlaps the filter though it starts long before', async () => {
      const siege = { ...EVENTS.homsBattle, id: 'ev-siege', date: '2024-11-01', dateEnd: '2024-12-05', datePrecision: 'range' as const }
      const m = await make(withEvents([siege, EVENTS.damascusTaken]))
      assert.deepEqual(ids(await m.events({ from: '2024-12-03', to: '2024-12-04', limit: 10 })), ['ev-siege'])
      assert.deepEqual(ids(await m.events({ from: '2024-12-06', limit: 10 })), ['ev-damascus-taken'])
    })

    it('leaves undated events out of date filters and lists them last otherwise', async () => {
      const undated = { ...EVENTS.homsBridge, id: 'ev-undated', date: null }
      const m = await make(withEvents([undated, EVENTS.hamaTaken]))
      assert.deepEqual(ids(await m.events({ from: '2024-11-01', limit: 10 })), ['ev-hama-taken'])
      assert.deepEqual(ids(await m.events({ limit: 10 })), ['ev-hama-taken', 'ev-undated'])
    })

    it('pages a filtered list without gaps or repeats', async () => {
      const m = await make(fixtureData())
      const all = ids(await m.events({ types: ['territory_change'], limit: 100 }))
      const paged: string[] = []
      let cursor: string | undefined
      do {
        const page = await m.events({ types: ['territory_change'], limit: 2, cursor })
        paged.push(...ids(page))
        cursor = page.next ?? undefined
      } while (cursor)
      assert.deepEqual(paged, all)
      assert.ok(all.length > 2)
    })

    it('filters by bbox, actor, modality and minimum independent sources together', async () => {
      const m = await make(fixtureData())
      const hits = await m.events({ bbox: [36, 35.5, 38, 37], actor: 'hts', modalities: ['asserted'], minSources: 2, limit: 10 })
      assert.deepEqual(ids(hits), ['ev-aleppo-taken'])
    })

    it('counts events per day and type under the same filter', async () => {
      const m = await make(fixtureData())
      const days = await m.dayCounts({ types: ['displacement'] })
      assert.deepEqual(days, [{ date: '2024-12-01', counts: { displacement: 1 } }, { date: '2024-12-07', counts: { displacement: 1 } }])
    })

    it('names the stories that hold an event', async () => {
      const m = await make(fixtureData())
      assert.deepEqual(await m.storiesOf('ev-aleppo-dead'), ['story-aleppo'])
      assert.deepEqual(await m.storiesOf('ev-none'), [])
    })

    it('finds places by part of the name, ignoring case and accents, and counts their events', async () => {
      const m = await make(fixtureData())
      const [first] = await m.places({ q: 'ḤOMS', limit: 5 })
      assert.equal(first?.name, 'Homs')
      assert.equal(first?.events, 4)
    })

    it('answers control with the latest state on or before the date, and nothing before the first', async () => {
      const m = await make(fixtureData())
      assert.equal((await m.control('2024-11-01')).places.length, 0)
      assert.equal((await m.control('2030-01-01')).places.find((p) => p.name === 'Damascus')?.holder.actorId, 'hts')
    })

    it('gives the first and last day with data, or null when empty', async () => {
      assert.deepEqual(await (await make(fixtureData())).dates(), { first: '2024-11-26', last: '2024-12-12' })
      assert.equal(await (await make({ documents: [], stories: [], control: [], whatifs: [] })).dates(), null)
    })

    it('leaves history the reports mention out of the date range', async () => {
      const history = { ...EVENTS.homsBattle, id: 'ev-1982', date: '1982-02-02', dateEnd: null, modality: 'background' as const }
      const m = await make(withEvents([history, EVENTS.damascusTaken]))
      assert.equal((await m.dates())?.first, '2024-11-26', 'the first control snapshot, not 1982')
    })
  })
}
