// Ingest in batches must give what one ingest of everything gives: incremental fusion (refuse.ts) replays only
// what new events reach, so these tests fuse a dense corpus (few places, few days, every modality, claims and
// denials, battles beside claimed captures) batch by batch and compare with fusing it all at once.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { loadSamples } from '../../../../eval/stories/samples.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'
import type { Doc } from '../../../core/types.ts'
import { openSqliteStore } from '../../../store/sqlite.ts'
import { fixtureDoc } from '../../../store/store.contract.ts'
import { denseCorpus, rng, SYLLABLES } from './dense-corpus.fixture.ts'
import { ingestDocuments, loadStories, refreshStories } from './store-stories.ts'

async function ingested(batches: readonly (readonly Doc[])[]) {
  const store = await openSqliteStore(':memory:')
  for (const b of batches) await ingestDocuments(store, b)
  return store
}

test('batches out of publication order: the saved fused events are what fusing the store again gives', async () => {
  for (const seed of [1, 2, 3]) {
    const docs = denseCorpus(seed, 48)
    const r = rng(seed + 100)
    const shuffled = docs.map((d) => [r(), d] as const).sort((a, b) => a[0] - b[0]).map(([, d]) => d)
    const store = await ingested([shuffled.slice(0, 20), shuffled.slice(20, 27), shuffled.slice(27, 28), shuffled.slice(28)])
    try {
      const saved = await store.getFusedEvents()
      const stories = await loadStories(store, { save: false })
      // Worked out from the saved memberships alone, every event fused again in one pass.
      const again = await refreshStories(store, { save: false })
      assert.deepEqual(stories, again, `seed ${seed}`)
      assert.ok(saved.length > 10 && saved.some((e) => e.documents.length > 2) && saved.some((e) => e.status === 'contested'), 'the corpus fuses')
    } finally {
      await store.close()
    }
  }
})

test('batches in publication order give the stories and fused events of one batch', async () => {
  for (const seed of [4, 5]) {
    const docs = denseCorpus(seed, 40)
    const byDate = [...docs].sort((a, b) => (a.meta.publishedAt ?? '9999').localeCompare(b.meta.publishedAt ?? '9999'))
    const once = await ingested([docs])
    const batched = await ingested([byDate.slice(0, 10), byDate.slice(10, 25), byDate.slice(25)])
    try {
      assert.deepEqual(await batched.getFusedEvents(), await once.getFusedEvents(), `seed ${seed}`)
      assert.deepEqual(await loadStories(batched, { save: false }), await loadStories(once, { save: false }), `seed ${seed}`)
    } finally {
      await once.close()
      await batched.close()
    }
  }
})

test('the demo corpus in batches by publication date gives the stories and fused events of one ingest', async () => {
  const { records } = loadSamples(fileURLToPath(new URL('../../../../samples', import.meta.url)))
  const ctx = defaultContext()
  const docs = [...records.keys()].sort().map((k) => runPipeline(records.get(k)!, ctx))
  const days = [...new Set(docs.map((d) => d.meta.publishedAt?.slice(0, 10) ?? 'undated'))].sort()
  // One batch per publication day, in order: what a feed read daily would bring.
  const daily = days.map((day) => docs.filter((d) => (d.meta.publishedAt?.slice(0, 10) ?? 'undated') === day))
  const once = await ingested([docs])
  const batched = await ingested(daily)
  try {
    const stories = await loadStories(once, { save: false })
    assert.ok(daily.length > 3 && stories.some((s) => s.documents.length > 2), 'the corpus has days and stories of several reports')
    assert.deepEqual(await loadStories(batched, { save: false }), stories)
    assert.deepEqual(await batched.getFusedEvents(), await once.getFusedEvents())
  } finally {
    await once.close()
    await batched.close()
  }
})

test('the demo corpus in batches out of order: the saved stories are what working them out from the saved memberships gives', async () => {
  const { records } = loadSamples(fileURLToPath(new URL('../../../../samples', import.meta.url)))
  const ctx = defaultContext()
  const docs = [...records.keys()].sort().map((k) => runPipeline(records.get(k)!, ctx))
  const r = rng(9)
  const shuffled = docs.map((d) => [r(), d] as const).sort((a, b) => a[0] - b[0]).map(([, d]) => d)
  const store = await ingested([shuffled.slice(0, 15), shuffled.slice(15, 30), shuffled.slice(30)])
  try {
    assert.deepEqual(await loadStories(store, { save: false }), await refreshStories(store, { save: false }))
  } finally {
    await store.close()
  }
})

test('keys shared by more documents than a bucket holds: batches give the stories of one ingest', async () => {
  const r = rng(21)
  const word = () => Array.from({ length: 3 }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join('')
  // One quotation and one figure in every report, half of them with the same lead sentence: full buckets, and
  // candidates ranked by how many keys they share.
  const docs = Array.from({ length: 70 }, (_, i) => {
    const lead = i % 2 === 0 ? 'Fighters crossed the river at Qorvath at dawn, the council said.' : `${word()} ${word()} ${word()} reached ${word()}.`
    const text = `${lead} "The bridge is closed," an officer said, and 12 people were killed. ${Array.from({ length: 25 }, word).join(' ')}.`
    return fixtureDoc(text, [{ type: 'battle', date: `2024-12-0${1 + (i % 3)}` }], `2024-12-0${1 + Math.floor(i / 24)}`)
  })
  const once = await ingested([docs])
  const batched = await ingested([docs.slice(0, 30), docs.slice(30, 31), docs.slice(31, 55), docs.slice(55)])
  try {
    const stories = await loadStories(once, { save: false })
    assert.ok(stories.some((s) => s.documents.length > 24), 'a story bigger than a bucket')
    assert.deepEqual(await loadStories(batched, { save: false }), stories)
    assert.deepEqual(await batched.getFusedEvents(), await once.getFusedEvents())
  } finally {
    await once.close()
    await batched.close()
  }
})

test('a first ingest into an empty store whose stories were saved (nothing filed yet) gives what a fresh store gives', async () => {
  const docs = denseCorpus(8, 12)
  const empty = await openSqliteStore(':memory:')
  const fresh = await ingested([docs])
  try {
    await loadStories(empty, { save: true })
    await ingestDocuments(empty, docs)
    assert.deepEqual(await empty.getFusedEvents(), await fresh.getFusedEvents())
    assert.deepEqual(await loadStories(empty, { save: false }), await loadStories(fresh, { save: false }))
  } finally {
    await empty.close()
    await fresh.close()
  }
})
