import assert from 'node:assert/strict'
import { test } from 'node:test'
import { openSqliteStore } from '../store/sqlite.ts'
import { fixtureDoc } from '../store/store.contract.ts'
import { ingestDocuments } from '../pipeline/corpus/stories/store-stories.ts'
import { documentsInPlacementOrder } from './from-store.ts'

// Three reports of one day: the store lists them by id, ingest placed them in the order they came.
const TEXTS = [
  'Fighters of the Ember Front entered Qorvath on Tuesday, two commanders said.',
  'The garrison of Qorvath pulled back to the south on Tuesday, a resident said.',
  'Crowds gathered in the main square of Qorvath on Tuesday evening, witnesses said.',
]

test('a report reads the stored documents in the order ingest placed them, not the order the store lists them', async () => {
  const store = await openSqliteStore(':memory:')
  try {
    const docs = TEXTS.map((t) => fixtureDoc(t, [{}], '2024-12-03'))
    // Arrival order the reverse of id order, so the listing order cannot pass for it.
    const arrival = [...docs].sort((a, b) => (a.id < b.id ? 1 : -1))
    await ingestDocuments(store, arrival)
    assert.notDeepEqual((await store.listDocuments()).map((d) => d.id), arrival.map((d) => d.id))
    assert.deepEqual((await documentsInPlacementOrder(store)).map((d) => d.id), arrival.map((d) => d.id))
  } finally {
    await store.close()
  }
})
