import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { tokenOffsets } from './wink.ts'

const sentences = (text: string) => {
  const { tokens, sentenceTokenSpans } = tokenOffsets(text)
  return sentenceTokenSpans.map(([a, b]) => text.slice((tokens[a] as [number, number])[0], (tokens[b] as [number, number])[1]))
}

describe('wink sentences', () => {
  it('end at "in." after a verb ("as fighters moved in. Gunmen …"), which wink takes for inches', () => {
    assert.deepEqual(sentences('Crowds cheered as the fighters moved in. Gunmen later shot two guards.'),
      ['Crowds cheered as the fighters moved in.', 'Gunmen later shot two guards.'])
  })
  it('run on past "in." before a lower-case word', () => {
    assert.equal(sentences('The barrel measured 12 in. long and was found near the road.').length, 1)
  })
  it('end at a clock time\'s "a.m." before a capital, not before a day or a time zone', () => {
    assert.deepEqual(sentences('Rebels set a curfew until 6 a.m. Shops stayed shut.'), ['Rebels set a curfew until 6 a.m.', 'Shops stayed shut.'])
    assert.equal(sentences('The blast came at 5 a.m. Monday, residents said.').length, 1)
    assert.equal(sentences('It began at 6 p.m. Belmira time and lasted hours.').length, 1)
  })
})
