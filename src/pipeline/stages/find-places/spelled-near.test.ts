// A city whose gazetteer name is spelled otherwise than the text's ("Genève" for "Geneva"), through the real index:
// the rule under test reads the index's namesakes, so the sentences are invented and the names real.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

const placesIn = (raw: string) => {
  const doc = runPipeline({ source: 't', raw, format: 'text', hints: { publishedAt: '2024-12-03' } }, defaultContext())
  return annotationsOf(doc, 'place').map((p) => `${doc.text.slice(p.span.start, p.span.end)}=${p.name}/${p.country}`)
}

test('"Geneva" is Genève: its canton, spelled as the text is and around it, says the name is used there', () => {
  assert.deepEqual(placesIn('Talks between the two delegations opened in Geneva on Monday.'), ['Geneva=Genève/CH'])
})

test('a spelling-skeleton match abroad with no namesake so spelled near it still needs the text to point there', () => {
  // "Kelly" is no place: Cali (Colombia) matches it only through the spelling skeleton.
  assert.ok(!placesIn('Kelly said the talks had stalled.').some((p) => p.startsWith('Kelly=')))
})
