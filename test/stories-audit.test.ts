// Twelve short reports of 7–10 December 2024 (test/fixtures/reports/stories-audit, written for the stories audit in our
// own words): a wire story of the push on Homs, a heavy paraphrase of it that keeps no quote, figure or word run, a
// local outlet's own report, two denials of a withdrawal and the rebels' claim to the city; the fall of Damascus by
// a wire, a rewrite crediting it and an independent report; the Israeli strikes told by a military statement, a
// paraphrase of it, and from the Syrian side. Through the store, in one ingest and one ingest per report.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { runBatch } from '../src/cli/run-batch.ts'
import type { Story } from '../src/core/contract.ts'
import type { Doc } from '../src/core/types.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import { ingestDocuments, loadStories } from '../src/pipeline/corpus/stories/store-stories.ts'
import { openSqliteStore } from '../src/store/sqlite.ts'
import type { Store } from '../src/store/store.ts'

const DIR = fileURLToPath(new URL('./fixtures/reports/stories-audit/', import.meta.url))
const file = (source: string) => source.split('/').pop()!.slice(0, 3)

let docs: Doc[] = []
const runs: { name: string; store: Store; stories: Story[] }[] = []
before(async () => {
  docs = [...(await runBatch([DIR], defaultContext(), { skipBad: false, label: 'audit', plainProgress: true })).docs]
  const day = (d: Doc) => d.meta.publishedAt!.slice(0, 10)
  for (const [name, batches] of [['one ingest', [docs]], ['one per report', [...docs].sort((a, b) => day(a).localeCompare(day(b))).map((d) => [d])]] as const) {
    const store = await openSqliteStore(':memory:')
    for (const b of batches) await ingestDocuments(store, b)
    runs.push({ name, store, stories: await loadStories(store, { save: false }) })
  }
})
after(async () => {
  for (const r of runs) await r.store.close()
})

function storyOf(stories: readonly Story[], f: string): Story {
  return stories.find((s) => s.documents.some((d) => file(d.source) === f))!
}

describe('the stories audit through the store', () => {
  it('counts a heavy paraphrase of the wire once, and the local outlet’s own report as a second source', () => {
    for (const { name, stories } of runs) {
      const homs = storyOf(stories, 'b01')
      assert.deepEqual(homs.documents.map((d) => `${file(d.source)}:${d.role}`).sort(), ['b01:original', 'b02:rewrite', 'b03:independent'], name)
      assert.equal(homs.independentSources, 2, name)
      const rastan = homs.events.find((e) => e.type === 'territory_change' && /Rastan/.test(e.place?.name ?? ''))!
      assert.equal(rastan.independentSources, 2, name)
    }
  })

  it('counts a paraphrase of a military statement on a country-wide campaign once', () => {
    for (const { name, stories } of runs) {
      const strikes = storyOf(stories, 'b09')
      assert.deepEqual(strikes.documents.map((d) => `${file(d.source)}:${d.role}`).sort(), ['b09:original', 'b12:rewrite'], name)
      assert.equal(strikes.independentSources, 1, name)
    }
  })

  it('lists the denials of a withdrawal with the claim to Homs, as denials, not as sources backing it', () => {
    for (const { name, stories } of runs) {
      const capture = stories.flatMap((s) => s.events).find((e) => e.type === 'territory_change' && e.place?.name === 'Homs')!
      assert.equal(capture.status, 'contested', name)
      assert.equal(capture.independentSources, 1, name)
      // The wire (with its paraphrase) and the state outlet: two sources deny it.
      assert.equal(capture.denyingSources, 2, name)
      // (The paraphrase's "still held its lines" answers the advance on Homs its own text reports, whose target, the
      // government that held the city, makes the military a party to it.)
      assert.deepEqual(capture.documents.map((d) => file(stories.flatMap((s) => s.documents).find((x) => x.id === d)!.source)).sort(), ['b01', 'b04', 'b05'], name)
    }
  })

  it('leaves the ministry’s own claim that its troops remain in Homs uncontested by its own denial', () => {
    for (const { name, stories } of runs) {
      const held = stories.flatMap((s) => s.events).find((e) => e.type === 'deployment' && e.place?.name === 'Homs')
      if (held) assert.notEqual(held.status, 'contested', name)
    }
  })

  it('keeps a wire rewrite that credits AFP in the wire’s family', () => {
    for (const { name, stories } of runs) {
      const damascus = storyOf(stories, 'b06')
      assert.equal(damascus.origin, 'AFP', name)
      assert.equal(damascus.documents.find((d) => file(d.source) === 'b07')!.role, 'rewrite', name)
    }
  })
})
