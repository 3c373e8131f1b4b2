import assert from 'node:assert/strict'
import { test } from 'node:test'
import { entriesToRestore } from './html.ts'

const m = (kept: boolean, story = true) => ({ kept, story })

test('a dropped entry with story text comes back when most of its run stayed', () => {
  assert.deepEqual(entriesToRestore([m(true), m(true), m(true), m(false)]), [3])
})

test('a dropped entry with no story paragraph stays out', () => {
  assert.deepEqual(entriesToRestore([m(true), m(true), m(true), m(false, false)]), [])
})

test('nothing comes back when Readability kept no more of the run than it dropped (a feed of other stories)', () => {
  assert.deepEqual(entriesToRestore([m(true), m(true), m(false), m(false)]), [])
  assert.deepEqual(entriesToRestore([m(true), m(false), m(false), m(false), m(false)]), [])
})

test('one kept entry is no run to go by', () => {
  assert.deepEqual(entriesToRestore([m(true), m(false, true)]), [])
})
