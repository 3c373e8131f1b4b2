import assert from 'node:assert/strict'
import { test } from 'node:test'
import { openSqliteStore } from '../../../store/sqlite.ts'
import { fixtureDoc, reprintOf } from '../../../store/store.contract.ts'
import { presentDocument } from '../../present.ts'
import { buildStories } from './build-stories.ts'
import { ingestDocuments, loadStories, STORY_STATE_VERSION, storiesOfStore } from './store-stories.ts'

const WIRE = 'Fighters of the Ember Front seized the river town of Qorvath on Sunday after the garrison withdrew overnight, two commanders told Reuters. ' +
  'At least 12 people were killed in the last hours of fighting, a hospital director said, and some 20,000 residents fled south toward Melbrin.'
const REWRITE = 'Ember Front fighters took the river town of Qorvath on Sunday once the garrison had withdrawn overnight, two commanders told Reuters. ' +
  'A hospital director said at least 12 people were killed in the last hours of fighting; about 20,000 residents fled south toward Melbrin.'

function wireCopy() {
  const d = fixtureDoc(WIRE, [{}], '2024-12-01')
  return { ...d, meta: { ...d.meta, outlet: 'Reuters', source: 'https://wire.example/qorvath', url: 'https://wire.example/qorvath' } }
}

test('an exact reprint stored as another copy of the same text is listed as a reprint and counts no extra source', async () => {
  const store = await openSqliteStore(':memory:')
  try {
    const wire = wireCopy()
    const copy = reprintOf(wire, 'https://daily.example/qorvath', 'Daily Meridian', '2024-12-01')
    const rewrite = { ...fixtureDoc(REWRITE, [{}], '2024-12-02'), meta: { ...fixtureDoc(REWRITE, [{}], '2024-12-02').meta, outlet: 'Gulf Observer' } }
    await store.saveDocuments([wire])
    await store.saveDocuments([copy, rewrite])
    const first = await storiesOfStore(store, { save: true })
    assert.equal(first.stories.length, 1)
    const s = first.stories[0]!
    assert.deepEqual(s.documents.map((d) => [d.source, d.role]).sort(), [
      ['https://daily.example/qorvath', 'reprint'], ['https://wire.example/qorvath', 'original'], [rewrite.meta.source, 'rewrite'],
    ].sort())
    assert.equal(s.independentSources, 1)
    assert.equal(s.origin, 'Reuters')
    assert.ok(s.events.every((e) => e.independentSources === 1))
    // Resumed from the saved memberships: the same stories.
    assert.deepEqual((await storiesOfStore(store, { save: true })).stories, first.stories)
  } finally {
    await store.close()
  }
})

test('ingesting the same copy again changes no story', async () => {
  const store = await openSqliteStore(':memory:')
  try {
    const wire = wireCopy()
    await store.saveDocuments([wire])
    const before = await storiesOfStore(store, { save: true })
    await store.saveDocuments([wire])
    assert.deepEqual((await storiesOfStore(store, { save: true })).stories, before.stories)
    assert.equal(before.stories[0]!.documents.length, 1)
  } finally {
    await store.close()
  }
})

// A report of another incident in its own words, days later: its own story.
const LATER = 'Shelling hit the market of Melbrin on Thursday, wounding nine people, the town council said. ' +
  'The council asked aid groups to send medical supplies before the road closes for the winter.'

/** Every derived row and count of the store, to compare before and after. */
async function snapshot(store: Awaited<ReturnType<typeof openSqliteStore>>) {
  return {
    rows: await store.countRows(), memberships: await store.getStoryMemberships(), fused: await store.getFusedEvents(), state: await store.getStoryState(),
  }
}

test('ingest saves memberships and fused events that load as the stories a fresh build gives', async () => {
  const store = await openSqliteStore(':memory:')
  try {
    const wire = wireCopy()
    const rewrite = fixtureDoc(REWRITE, [{}], '2024-12-02')
    const later = fixtureDoc(LATER, [{ type: 'strike', date: '2024-12-05', at: { id: 'theater:melbrin', lat: 35.5, lon: 37.1 } }], '2024-12-05')
    await ingestDocuments(store, [wire, rewrite])
    await ingestDocuments(store, [later])
    assert.deepEqual(await store.getStoryState(), { version: STORY_STATE_VERSION, documents: 3, sources: 3 })
    let rebuilt = false
    const loaded = await loadStories(store, { save: false, onRebuild: () => { rebuilt = true } })
    assert.equal(rebuilt, false, 'a store kept current by ingest is loaded, not worked out again')
    assert.deepEqual(loaded, buildStories([wire, rewrite, later].map(presentDocument)))
    assert.equal(loaded.length, 2)
  } finally {
    await store.close()
  }
})

test('ingesting the same documents again writes nothing', async () => {
  const store = await openSqliteStore(':memory:')
  try {
    const wire = wireCopy()
    await ingestDocuments(store, [wire, fixtureDoc(REWRITE, [{}], '2024-12-02')])
    const before = await snapshot(store)
    const r = await ingestDocuments(store, [wire])
    assert.deepEqual(r.inserted, [])
    assert.deepEqual(await snapshot(store), before)
  } finally {
    await store.close()
  }
})

test('an ingest that fails leaves documents, memberships and fused events as they were', async () => {
  const store = await openSqliteStore(':memory:')
  try {
    await ingestDocuments(store, [wireCopy()])
    const before = await snapshot(store)
    const bad = fixtureDoc(LATER, [{}, {}], '2024-12-05')
    // Two events with one id break the events key after the document row is in: a failure mid-batch.
    const broken = { ...bad, annotations: bad.annotations.map((a) => (a.kind === 'event' ? { ...a, id: bad.annotations.find((x) => x.kind === 'event')!.id } : a)) }
    await assert.rejects(ingestDocuments(store, [fixtureDoc(REWRITE, [{}], '2024-12-02'), broken]))
    assert.deepEqual(await snapshot(store), before)
  } finally {
    await store.close()
  }
})

test('a store saved without stories, or under other story rules, is worked out once and saved', async () => {
  const store = await openSqliteStore(':memory:')
  try {
    const docs = [wireCopy(), fixtureDoc(REWRITE, [{}], '2024-12-02')]
    // What an older version's ingest left: documents, no memberships, no fused events.
    await store.saveDocuments(docs)
    const heard: string[] = []
    const first = await loadStories(store, { save: true, onRebuild: (why) => heard.push(why) })
    assert.deepEqual(heard, ['never saved'])
    assert.deepEqual(first, buildStories(docs.map(presentDocument)))
    assert.deepEqual(await loadStories(store, { save: true, onRebuild: (why) => heard.push(why) }), first)
    assert.deepEqual(heard, ['never saved'], 'saved: the second load reads it')
    await store.saveFusion([], [], { version: STORY_STATE_VERSION - 1, documents: 2, sources: 2 })
    assert.deepEqual(await loadStories(store, { save: true, onRebuild: (why) => heard.push(why) }), first)
    assert.deepEqual(heard, ['never saved', 'saved by other story rules'])
    assert.equal((await store.getStoryState())?.version, STORY_STATE_VERSION)
  } finally {
    await store.close()
  }
})

test('an outlet’s follow-up ingested later, a story of its own, adds no source to the saved incident it repeats', async () => {
  const hama = { id: 'theater:hama-test', lat: 35.13, lon: 36.76 }
  const rastan = { id: 'theater:rastan-test', lat: 34.93, lon: 36.73 }
  const by = (outlet: string, text: string, events: Parameters<typeof fixtureDoc>[1], publishedAt: string) => {
    const d = fixtureDoc(text, events, publishedAt)
    return { ...d, meta: { ...d.meta, outlet, source: `https://${outlet.replace(/ /g, '')}.example/${publishedAt}`, url: null } }
  }
  const capture = { type: 'territory_change' as const, at: hama, date: '2024-12-05', actors: ['rebels', 'army'] }
  const courier = by('Orontes Courier', 'Convoys of opposition pickups rolled down the Aleppo road into the city centre at noon.', [capture], '2024-12-05')
  const ledger = by('Levant Ledger', 'Prison doors were thrown open while soldiers abandoned barracks in civilian clothes.', [capture], '2024-12-05')
  const later = by('Orontes Courier', 'Fighters crossed the Orontes bridge southward and families in nearby villages packed cars.',
    [{ type: 'territory_change', at: rastan, date: '2024-12-06', actors: ['rebels', 'army'] }, capture], '2024-12-06')
  const store = await openSqliteStore(':memory:')
  try {
    await ingestDocuments(store, [courier, ledger])
    await ingestDocuments(store, [later])
    const saved = (await store.getFusedEvents()).find((e) => e.type === 'territory_change' && e.place?.placeId === 'theater:hama-test')!
    assert.equal(saved.documents.length, 3)
    assert.equal(saved.independentSources, 2)
    const once = buildStories([courier, ledger, later].map(presentDocument))
    assert.ok(once.length >= 2)
    const built = once.flatMap((s) => s.events).find((e) => e.type === 'territory_change' && e.place?.placeId === 'theater:hama-test')!
    assert.deepEqual([built.documents.length, built.independentSources], [3, 2])
  } finally {
    await store.close()
  }
})

test('an undated report in the store ties no incidents of two days a week apart (undated documents fuse last)', async () => {
  const undated = fixtureDoc('Rebels of the Ember Front have already taken Qorvath, residents who fled said.', [{ date: null }], null)
  const early = fixtureDoc('Ember Front fighters seized the Qorvath granary on Sunday, the town council said.', [{ date: '2024-12-01' }], '2024-12-01')
  const late = fixtureDoc('The Ember Front took all of Qorvath on Sunday after a week of shelling, a monitor said.', [{ date: '2024-12-08' }], '2024-12-08')
  for (const batches of [[[undated, early, late]], [[undated], [early], [late]], [[early], [undated], [late]]]) {
    const store = await openSqliteStore(':memory:')
    try {
      for (const b of batches) await ingestDocuments(store, b)
      const events = (await loadStories(store, { save: false })).flatMap((s) => s.events).filter((e, i, all) => all.findIndex((x) => x.id === e.id) === i)
      assert.deepEqual(events.map((e) => e.date).sort(), ['2024-12-01', '2024-12-08'], JSON.stringify(batches.map((b) => b.length)))
    } finally {
      await store.close()
    }
  }
})
