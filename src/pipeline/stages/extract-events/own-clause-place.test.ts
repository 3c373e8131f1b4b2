import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf, assertDoc } from '../../../core/doc.ts'
import { extract } from './test-doc.ts'
import type { TestPlace } from './test-doc.ts'

const PLACES: (string | TestPlace)[] = ['Qorvath', 'Belmira', { name: 'Vardania', precision: 'country' }]

/** "type@place" of the events of `text`. */
function events(text: string, places: (string | TestPlace)[] = PLACES): string[] {
  const doc = extract(text, places)
  assertDoc(doc)
  return annotationsOf(doc, 'event').map((e) => `${e.type}@${e.place?.name ?? '-'}`)
}

describe('an act takes the place its own clause names, not one of a happening it follows', () => {
  const table: [string, string[]][] = [
    // the country of "the fall of the government in X" is where the fall was, not the celebration
    ['In Qorvath, crowds celebrated in the streets after the fall of the government in Vardania.', ['protest@Qorvath']],
    ['Residents of Qorvath celebrated in the main square after the collapse of the regime in Vardania.', ['protest@Qorvath']],
    // a town named only in the phrase is the act's place, when the clause names none
    ['Crowds celebrated in the streets after the fall of the government in Vardania.', ['protest@Vardania']],
  ]
  for (const [sentence, want] of table) {
    it(sentence, () => assert.deepEqual(events(sentence).filter((e) => e.startsWith('protest')), want))
  }
})
