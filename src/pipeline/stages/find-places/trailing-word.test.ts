import assert from 'node:assert/strict'
import { test } from 'node:test'
import { trailingWord } from './trailing-word.ts'

test('the word before the trailing whitespace, lowercased; none when the text does not end in whitespace', () => {
  const cases: [string, string][] = [
    ['told reporters in ', 'in'],
    ['refugees From\u00a0', 'from'],
    ['a ceasefire with the  \n', 'the'],
    ['shelling hit Qorvath', ''],
    ['', ''],
    ['   ', ''],
    ['(near ', 'near'],
    ['5km ', 'km'],
    ['café ', ''],
  ]
  for (const [text, word] of cases) assert.equal(trailingWord(text), word, JSON.stringify(text))
})
