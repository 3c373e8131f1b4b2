import assert from 'node:assert/strict'
import { test } from 'node:test'
import { annotationsOf, assertDoc } from '../../../core/doc.ts'
import { extract } from './test-doc.ts'

const eventsOf = (text: string, places: string[]) => {
  const doc = extract(text, places)
  assertDoc(doc)
  return annotationsOf(doc, 'event').map((e) => ({ type: e.type, place: e.place?.name ?? null, sentence: doc.text.slice(e.span.start, e.span.end) }))
}

test('a capture of "the city" takes the place named in an earlier sentence', () => {
  const events = eventsOf('Rebels reached the outskirts of Qorvath on Friday.\n\nBy evening the fighters had entered the city, witnesses said.', ['Qorvath'])
  const capture = events.find((e) => e.type === 'territory_change')
  assert.equal(capture?.place, 'Qorvath')
})

test('a capture naming no place and not referring back gets no place from context', () => {
  const events = eventsOf('Fighting raged in Qorvath on Friday.\n\nRebels seized the main police station, witnesses said.', ['Qorvath'])
  for (const e of events.filter((x) => x.type === 'territory_change')) assert.equal(e.place, null)
})

test('a casualty sentence that refers back with "there" takes the place named before', () => {
  const events = eventsOf('Clashes broke out in Belmira on Friday between militiamen and police.\n\nAt least four people were killed there, a monitor said.', ['Belmira'])
  const killed = events.find((e) => e.type === 'casualties')
  assert.equal(killed?.place, 'Belmira')
})

test('a sentence that names no place and does not refer back stays without one', () => {
  const events = eventsOf('Clashes broke out in Belmira on Friday between militiamen and police. At least four people were killed, a monitor said.', ['Belmira'])
  const killed = events.find((e) => e.type === 'casualties' && e.sentence.startsWith('At least'))
  assert.equal(killed?.place ?? null, null)
})
