import assert from 'node:assert/strict'
import { test } from 'node:test'
import { codeAt } from './code-at.ts'

test('codeAt reads a char code, and -1 (not NaN) at or past the end of the text', () => {
  assert.equal(codeAt('Hama', 0), 72)
  assert.equal(codeAt('Hama', 3), 97)
  assert.equal(codeAt('Hama', 4), -1)
  assert.equal(codeAt('', 0), -1)
})
