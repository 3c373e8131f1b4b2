import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SpanMemo } from './span-memo.ts'

test('a value stored for a word is found from any span of a text that spells it', () => {
  const memo = new SpanMemo<number>(100)
  memo.set('Qorvath', 1)
  const text = 'Shelling hit Qorvath and Qorvathi villages'
  assert.equal(memo.get(text, 13, 20), 1)
  assert.equal(memo.get(text, 25, 33), undefined)
  assert.equal(memo.get(text, 25, 32), 1)
})

test('the memo grows past its first capacity and starts over at its limit', () => {
  const memo = new SpanMemo<number>(5000)
  for (let i = 0; i < 3000; i++) memo.set(`w${i}`, i)
  for (let i = 0; i < 3000; i += 97) assert.equal(memo.get(`w${i}`, 0, `w${i}`.length), i)
  const small = new SpanMemo<number>(2)
  small.set('a', 1)
  small.set('b', 2)
  small.set('c', 3)
  assert.equal(small.get('a', 0, 1), undefined)
  assert.equal(small.get('c', 0, 1), 3)
})
