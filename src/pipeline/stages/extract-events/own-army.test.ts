import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { eventsOf, extract } from './test-doc.ts'

const actorsOf = (text: string, places: Parameters<typeof extract>[1]) =>
  eventsOf(extract(text, places)).map((e) => `${e.type}@${e.place?.name}: ${e.actors.map((a) => `${a.actorId}:${a.role}`).join(' ')}`)

describe('own-army: a bare "the army" in a foreign source\'s words', () => {
  it('is that country\'s force when the act lies in that country', () => {
    const text = 'Fighting raged around Belmira on Monday. Iraq\'s state news agency said the army had deployed extra troops near Kavrin.'
    assert.deepEqual(actorsOf(text, ['Belmira', { name: 'Kavrin', country: 'IQ' }]).filter((x) => x.startsWith('deployment')), ['deployment@Kavrin: iraqi-forces:initiator'])
  })
  it('stays the army of the country the text is about when the act lies there', () => {
    const text = 'Fighting raged around Belmira on Monday. Iraqi state media said the army had withdrawn from Tessen.'
    assert.deepEqual(actorsOf(text, ['Belmira', 'Tessen']).filter((x) => x.startsWith('territory_change')), ['territory_change@Tessen: syrian-army:target'])
  })
})
