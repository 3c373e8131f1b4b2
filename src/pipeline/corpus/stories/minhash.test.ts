import assert from 'node:assert/strict'
import { test } from 'node:test'
import { containment, jaccard, signature } from './minhash.ts'

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i)

test('identical sets estimate to 1', () => {
  assert.equal(jaccard(signature(range(0, 300)), signature(range(0, 300))), 1)
})

test('disjoint sets estimate near 0', () => {
  assert.ok(jaccard(signature(range(0, 300)), signature(range(1000, 1300))) < 0.1)
})

test('a half-overlapping pair estimates near its true Jaccard of 1/3', () => {
  const j = jaccard(signature(range(0, 400)), signature(range(200, 600)))
  assert.ok(Math.abs(j - 1 / 3) < 0.15, `estimate ${j}`)
})

test('small sets still give a usable estimate after densification', () => {
  assert.equal(jaccard(signature(range(0, 10)), signature(range(0, 10))), 1)
  assert.ok(jaccard(signature(range(0, 10)), signature(range(50, 60))) < 0.2)
})

test('an empty set matches nothing', () => {
  assert.equal(jaccard(signature([]), signature([])), 0)
})

test('containment of a small set inside a large one is high although Jaccard is low', () => {
  const small = range(0, 50)
  const large = range(0, 500)
  const j = jaccard(signature(small), signature(large))
  assert.ok(containment(j, small.length, large.length) > 0.6, `j ${j}`)
})
