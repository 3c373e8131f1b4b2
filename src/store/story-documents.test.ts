import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Membership } from '../pipeline/corpus/stories/story-index.ts'
import { presentDocument } from '../pipeline/present.ts'
import { snapshotFromMemberships, StoryIndex } from '../pipeline/corpus/stories/story-index.ts'
import { openSqliteStore } from './sqlite.ts'
import { fixtureDoc } from './store.contract.ts'

const A = fixtureDoc('Fighters seized Qorvath on Monday after the army pulled out overnight, two commanders told Reuters.', [], '2025-03-10')
const B = fixtureDoc('Fighters seized Qorvath on Monday after the army pulled out overnight, two commanders told Reuters. Subscribe.', [], '2025-03-10')

test('story memberships saved to the store come back in order, with each document’s metadata', async () => {
  const store = await openSqliteStore(':memory:')
  try {
    await store.saveDocuments([A, B])
    const index = new StoryIndex()
    for (const d of [A, B]) index.add(presentDocument(d))
    await store.saveStoryMemberships(index.memberships())
    assert.deepEqual(await store.getStoryMemberships(), index.memberships())
  } finally {
    await store.close()
  }
})

test('saving memberships again replaces the stored ones', async () => {
  const store = await openSqliteStore(':memory:')
  try {
    await store.saveDocuments([A, B])
    const one: Membership[] = [new StoryIndex().add(presentDocument(A))]
    await store.saveStoryMemberships(one)
    await store.saveStoryMemberships([])
    assert.deepEqual(await store.getStoryMemberships(), [])
  } finally {
    await store.close()
  }
})

test('an index restored from stored memberships places a new document as the original index would', async () => {
  const first = new StoryIndex()
  first.add(presentDocument(A))
  const restored = StoryIndex.restore(JSON.parse(JSON.stringify(snapshotFromMemberships(first.memberships()))), [presentDocument(A)])
  const m = restored.add(presentDocument(B))
  assert.equal(m.story, first.memberships()[0]!.story)
  assert.equal(m.nearDuplicateOf, presentDocument(A).id)
})
