import assert from 'node:assert/strict'
import { test } from 'node:test'
import { openSqliteStore } from '../../../store/sqlite.ts'
import { fixtureDoc, reprintOf } from '../../../store/store.contract.ts'
import { storiesOfStore } from './store-stories.ts'

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
