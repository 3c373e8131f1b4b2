// A wire's own copy that arrives after two separate rewrites of it ties their families into one source: the story's
// and its events' independent-source counts must not depend on the order the reports come in, one per ingest or all
// at once (invented town and texts).
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Doc } from '../../../core/types.ts'
import { openSqliteStore } from '../../../store/sqlite.ts'
import { fixtureDoc } from '../../../store/store.contract.ts'
import { presentDocument } from '../../present.ts'
import { buildStories } from './build-stories.ts'
import { ingestDocuments, loadStories, refreshStories } from './store-stories.ts'

const REPORTS: Readonly<Record<string, readonly [outlet: string, text: string]>> = {
  // The wire's own copy, with its dateline.
  wire: ['Reuters', 'QORVATH, Dec 1 (Reuters) - Fighters of the Ember Front seized the river town of Qorvath on Sunday after the garrison pulled out before dawn, two commanders told Reuters. ' +
    'The commanders said their units met little resistance on the eastern approach and reached the grain silos by mid-morning. ' +
    'A hospital director in the town said the wards were filling with wounded civilians and that the generators had run out of fuel. ' +
    'Residents described columns of pickup trucks crossing the old stone bridge while loudspeakers urged people to stay indoors.'],
  // A rewrite of its first half that never names the wire.
  quiet: ['Valley Courier', 'Fighters of the Ember Front seized the river town of Qorvath on Sunday after the garrison pulled out before dawn. ' +
    'Their units met little resistance on the eastern approach and reached the grain silos by mid-morning, according to people in the area. ' +
    'The government has not commented on the loss of the town, which sits on the main supply route to the north.'],
  // A rewrite of its second half that credits the wire: it shares too little with the first rewrite to be placed with it.
  credit: ['Northern Ledger', 'The Ember Front has taken Qorvath, two of its commanders told Reuters on Sunday. ' +
    'A hospital director in the town said the wards were filling with wounded civilians and that the generators had run out of fuel. ' +
    'Witnesses spoke of pickup trucks streaming over the old stone bridge as loudspeakers told people to remain at home.'],
  // Two outlets' own reporting.
  radio: ['Plains Radio', 'Government troops abandoned Qorvath on Sunday and regrouped in villages to the south, an army officer said by telephone, as Ember Front units raised their flag over the town hall. ' +
    'Shops stayed shut and the streets of the river town were empty by the afternoon.'],
  harbour: ['Harbour Times', 'Ember Front fighters are in control of Qorvath since Sunday, local activists said, posting videos of armed men celebrating in the market square of the river town. ' +
    'The garrison had left the town overnight, the activists added, and bakeries reopened in the evening.'],
}

function report(key: string): Doc {
  const [outlet, text] = REPORTS[key]!
  const d = fixtureDoc(text, [{}], '2024-12-01')
  return { ...d, meta: { ...d.meta, outlet, source: `https://${key}.example/qorvath`, url: `https://${key}.example/qorvath` } }
}

function orders<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]]
  return xs.flatMap((x, i) => orders([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]))
}

/**
 * What the count rests on: each story's sources, which reports head a family (the first family's head is `original`,
 * the others' `independent`: that part follows arrival) and which derive from one, and each fused event's sources.
 */
function counts(stories: Awaited<ReturnType<typeof loadStories>>, outletOf: ReadonlyMap<string, string>) {
  return stories.map((s) => ({
    sources: s.independentSources,
    roles: s.documents.map((d) => `${outletOf.get(d.id)}:${d.role === 'original' || d.role === 'independent' ? 'heads a family' : 'derives'}`).sort(),
    events: s.events.map((e) => e.independentSources),
  }))
}

test('a late wire copy: the same sources whatever order five reports of one incident are ingested in', async () => {
  const docs = Object.keys(REPORTS).map(report)
  const outletOf = new Map(docs.map((d) => [d.id as string, d.meta.outlet!]))
  const expected = counts(buildStories(docs.map(presentDocument)), outletOf)
  // One story: the wire and its two rewrites are one source, the radio and the paper two more.
  assert.deepEqual(expected.map((s) => [s.sources, s.events]), [[3, [3]]])
  assert.deepEqual(expected[0]!.roles, ['Harbour Times:heads a family', 'Northern Ledger:derives', 'Plains Radio:heads a family', 'Reuters:heads a family', 'Valley Courier:derives'])
  for (const order of orders(docs)) {
    const name = order.map((d) => d.meta.outlet).join(' → ')
    assert.deepEqual(counts(buildStories(order.map(presentDocument)), outletOf), expected, `one build, ${name}`)
    const store = await openSqliteStore(':memory:')
    try {
      for (const d of order) await ingestDocuments(store, [d])
      const stories = await loadStories(store, { save: false })
      assert.deepEqual(counts(stories, outletOf), expected, `one ingest per report, ${name}`)
      assert.deepEqual(stories, await refreshStories(store, { save: false }), `saved = worked out again, ${name}`)
    } finally {
      await store.close()
    }
  }
})

test('a store saved by the rules before families could be tied is placed again once and counts the late wire once', async () => {
  const store = await openSqliteStore(':memory:')
  try {
    for (const key of ['quiet', 'credit', 'radio', 'harbour', 'wire']) await ingestDocuments(store, [report(key)])
    // As an older version left it: every document in its own family's count, saved under another version.
    const state = (await store.getStoryState())!
    await store.saveFusion([], [], { ...state, version: state.version - 1 })
    let why = ''
    const stories = await loadStories(store, { save: true, onRebuild: (w) => { why = w } })
    assert.equal(why, 'saved by other story rules')
    assert.deepEqual(stories.map((s) => [s.independentSources, s.events.map((e) => e.independentSources)]), [[3, [3]]])
    assert.deepEqual(await loadStories(store, { save: false, onRebuild: () => assert.fail('saved once, loaded after') }), stories)
  } finally {
    await store.close()
  }
})
