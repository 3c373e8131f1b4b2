import assert from 'node:assert/strict'
import { test } from 'node:test'
import { assemble, toRawOffset } from './assemble.ts'

const raw = 'Header\n\nFirst line\nwrapped here.\n\nSecond &amp; last.'

test('paragraphs join with a blank line and adjacent raw runs merge into one piece', () => {
  const { text, toRaw } = assemble(raw, [
    [{ rawStart: 8, rawEnd: 13 }, { rawStart: 13, rawEnd: 18 }, { insert: ' ' }, { rawStart: 19, rawEnd: 32 }],
    [{ rawStart: 34, rawEnd: 41 }, { insert: '&' }, { rawStart: 46, rawEnd: 52 }],
  ])
  assert.equal(text, 'First line wrapped here.\n\nSecond & last.')
  assert.deepEqual(toRaw.pieces, [
    { textStart: 0, rawStart: 8, length: 10 },
    { textStart: 11, rawStart: 19, length: 13 },
    { textStart: 26, rawStart: 34, length: 7 },
    { textStart: 34, rawStart: 46, length: 6 },
  ])
})

test('toRawOffset maps copied characters back and separators to null', () => {
  const { toRaw } = assemble(raw, [[{ rawStart: 8, rawEnd: 18 }, { insert: ' ' }, { rawStart: 19, rawEnd: 32 }]])
  assert.equal(toRawOffset(toRaw, 0), 8)
  assert.equal(toRawOffset(toRaw, 12), 20)
  assert.equal(toRawOffset(toRaw, 10), null)
  assert.equal(toRawOffset(toRaw, 99), null)
})

test('empty paragraphs add no separator', () => {
  assert.equal(assemble(raw, [[], [{ rawStart: 0, rawEnd: 6 }], []]).text, 'Header')
})
