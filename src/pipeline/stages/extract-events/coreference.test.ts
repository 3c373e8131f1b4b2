import assert from 'node:assert/strict'
import { test } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { extract } from './test-doc.ts'

test('a sentence-opening "they" continues the previous subject, not the last actor named', () => {
  const doc = extract('Rebels stormed Qorvath amid fierce clashes with government forces. On Friday they captured Belmira.', ['Qorvath', 'Belmira'])
  const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change' && e.place?.name === 'Belmira')
  const initiator = capture?.actors.find((a) => a.role === 'initiator')?.actorId
  assert.notEqual(initiator, undefined)
  assert.doesNotMatch(String(initiator), /syrian-(army|government)/)
})

test('"they" does not point to an actor named only in a modifier ("the offensive led by HTS")', () => {
  const doc = extract('The Kurdish fighters began their own push, separate from the offensive led by Hayat Tahrir al-Sham. '
    + 'According to the Observatory, they also seized Belmira.', ['Belmira'])
  const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change' && e.place?.name === 'Belmira')
  assert.notEqual(capture?.actors.find((a) => a.role === 'initiator')?.actorId, 'hts')
})
