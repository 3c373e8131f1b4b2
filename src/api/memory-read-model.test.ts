// The in-memory read model against the ReadModel contract suite, plus its own helpers.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readModelContract } from '../../test/read-model-contract.ts'
import { foldName, memoryReadModel } from './memory-read-model.ts'

readModelContract('memory', async (data) => memoryReadModel(data))

describe('foldName', () => {
  it('folds case and diacritics in place names', () => {
    assert.equal(foldName('Ḥamāh'), 'hamah')
    assert.equal(foldName('Deir ez-Zor'), 'deir ez zor')
  })
})

describe('memoryReadModel date windows', () => {
  it('pages any date window exactly as a full scan would, range events and cursors included', async () => {
    const { fixtureData, EVENTS } = await import('../../test/fixtures/read-model-fixture.ts')
    const { STORY_SCHEMA } = await import('../core/contract.ts')
    const day = (n: number) => new Date(Date.UTC(2024, 10, 1 + n)).toISOString().slice(0, 10)
    const events = Array.from({ length: 240 }, (_, i) => {
      const start = (i * 7) % 40
      // Every fifth event spans some days, like "since late November".
      const span = i % 5 === 0 ? 1 + ((i * 3) % 12) : 0
      return { ...EVENTS.homsBattle, id: `ev-${String(i).padStart(3, '0')}`, date: day(start), dateEnd: span ? day(start + span) : null }
    })
    const m = memoryReadModel({ ...fixtureData(), stories: [{ schema: STORY_SCHEMA, id: 's', documents: [], independentSources: 1, origin: null, events }] })
    for (const [from, to] of [[day(10), day(10)], [day(0), day(3)], [day(20), undefined], [undefined, day(5)], [day(38), day(45)]] as const) {
      const expected = events
        .filter((e) => (!from || (e.dateEnd ?? e.date) >= from) && (!to || e.date <= to))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)).map((e) => e.id)
      const got: string[] = []
      let cursor: string | undefined
      do {
        const page = await m.events({ from, to, limit: 9, cursor })
        got.push(...page.items.map((e) => e.id))
        cursor = page.next ?? undefined
      } while (cursor)
      assert.deepEqual(got, expected, `${from}..${to}`)
      const counted = (await m.dayCounts({ from, to })).reduce((n, d) => n + (d.counts.battle ?? 0), 0)
      assert.equal(counted, expected.length, `day counts ${from}..${to}`)
    }
  })
})

describe('memoryReadModel date range', () => {
  it('leaves out days a report dates long before it was published, whatever the modality', async () => {
    const { fixtureData, EVENTS } = await import('../../test/fixtures/read-model-fixture.ts')
    const { STORY_SCHEMA } = await import('../core/contract.ts')
    const old = { ...EVENTS.homsBattle, id: 'ev-2017', date: '2017-01-01', dateEnd: null, modality: 'claimed' as const }
    const data = fixtureData()
    const m = memoryReadModel({ ...data, stories: [...data.stories, { schema: STORY_SCHEMA, id: 's-old', documents: [], independentSources: 1, origin: null, events: [old] }] })
    assert.deepEqual(await m.dates(), { first: '2024-11-26', last: '2024-12-12' })
    // The event itself is still there for an "all to date" window.
    assert.ok((await m.events({ to: '2017-12-31', limit: 10 })).items.some((e) => e.id === 'ev-2017'))
  })
})
