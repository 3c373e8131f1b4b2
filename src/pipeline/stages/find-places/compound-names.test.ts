// Compound village names written as one word ("Maardis" for OCHA's "Maar Dis"), through the real index: the rule
// under test is the index's coverage of the theater's names, so the sentence is invented and the name real.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { joinedCompound, splitCompound } from '../../../gazetteer/build.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

test('a two-word name headed by a compound word is also keyed written as one word', () => {
  assert.equal(joinedCompound('Maar Dis'), 'maardis')
  assert.equal(joinedCompound('Kafr Zita'), 'kafrzita')
  // Not a name of another shape: three words, a head that is no compound word, a short second word.
  for (const name of ['Ras al Ain', 'Saraqib', 'Hama Dis', 'Tell Ab']) assert.equal(joinedCompound(name), null, name)
})

test('"Maardis" beside Hama is the Hama village Maar Dis, not a namesake abroad', () => {
  const doc = runPipeline({ source: 't', raw: 'Opposition fighters pushed into the village of Maardis north of Hama on Monday.', format: 'text',
    hints: { publishedAt: '2024-12-02' } }, defaultContext())
  const place = annotationsOf(doc, 'place').find((p) => doc.text.slice(p.span.start, p.span.end) === 'Maardis')
  assert.deepEqual(place && { name: place.name, country: place.country }, { name: 'Maar Dis', country: 'SY' })
})

test('a one-word name headed by a compound word is also keyed written as two words', () => {
  assert.equal(splitCompound('Kafrbarud'), 'kafr barud')
  assert.equal(splitCompound('Tallmasal'), 'tall masal')
  // Not where the rest opens with a vowel or finishes a digraph with the head ("Rashidiyeh" is no "Ras Hidiyeh").
  for (const name of ['Talaah', 'Rashidiyeh', 'Saraqib', 'Khan Tuman', 'Kafrun']) assert.equal(splitCompound(name), null, name)
})

test('"Khan Touman" is the Aleppo village OCHA writes as one word', () => {
  const doc = runPipeline({ source: 't', raw: 'Armed groups pushed out of Khan Touman toward the highway on Saturday.', format: 'text',
    hints: { publishedAt: '2024-12-02' } }, defaultContext())
  const place = annotationsOf(doc, 'place').find((p) => doc.text.slice(p.span.start, p.span.end) === 'Khan Touman')
  assert.equal(place?.country, 'SY')
  assert.ok(place && Math.abs(place.lat - 36.11) < 0.05 && Math.abs(place.lon - 37.05) < 0.05, JSON.stringify(place))
})
