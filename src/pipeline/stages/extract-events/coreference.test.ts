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
