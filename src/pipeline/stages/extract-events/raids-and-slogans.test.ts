// Words that name a place or a storming without any ground changing hands there.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { eventsOf, extract } from './test-doc.ts'

describe('extract-events: raids and slogans', () => {
  it('reads no change of hands when a mission or a home "had been stormed" (the passive of a raid)', () => {
    const events = eventsOf(extract('The Qorvathi ministry said its embassy in Belmira had been stormed by unknown gunmen.', ['Belmira']))
    assert.ok(!events.some((e) => e.type === 'territory_change'), events.map((e) => e.type).join(' '))
    const town = eventsOf(extract('The town hall of Belmira was stormed by rebels on Friday.', ['Belmira']))
    assert.deepEqual(town.map((e) => e.type), ['territory_change'])
  })
  it('takes no place from a slogan ("chanting \\"Tessen is free\\"")', () => {
    const [protest] = eventsOf(extract('Crowds poured into the streets of Belmira, chanting "Tessen is free".', ['Belmira', 'Tessen']))
    assert.equal(protest?.place?.name, 'Belmira')
    const [bare] = eventsOf(extract('Residents poured into the streets, chanting "Tessen is free".', ['Tessen']))
    assert.notEqual(bare?.place?.name, 'Tessen')
  })
})
