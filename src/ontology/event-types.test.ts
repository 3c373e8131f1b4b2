import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { EVENT_TYPES } from '../core/types.ts'
import { acledSubEventFor, EVENT_ONTOLOGY } from './event-types.ts'

describe('event type ontology', () => {
  it('maps every Sitrep event type', () => {
    assert.deepEqual(Object.keys(EVENT_ONTOLOGY).sort(), [...EVENT_TYPES].sort())
  })
  it('gives each mapping a note saying why', () => {
    for (const [t, m] of Object.entries(EVENT_ONTOLOGY)) assert.ok(m.note.length > 10, t)
  })
  it('codes a rebel capture as a non-state actor overtaking territory', () => {
    assert.equal(acledSubEventFor('territory_change', 'Rebels captured Qorvath after heavy fighting.', false), 'Non-state actor overtakes territory')
  })
  it('codes a government recapture as the government regaining territory', () => {
    assert.equal(acledSubEventFor('territory_change', 'The army retook Belmira.', true), 'Government regains territory')
  })
  it('codes a withdrawal without fighting as a non-violent transfer', () => {
    assert.equal(acledSubEventFor('territory_change', 'Troops withdrew from Belmira under a deal.', true), 'Non-violent transfer of territory')
  })
  it('tells shelling from an air strike by the evidence words', () => {
    assert.equal(acledSubEventFor('strike', 'Artillery shelled Qorvath overnight.', true), 'Shelling/artillery/missile attack')
    assert.equal(acledSubEventFor('strike', 'Warplanes struck Qorvath.', true), 'Air/drone strike')
  })
  it('has no ACLED row for speech acts', () => {
    assert.equal(acledSubEventFor('statement', 'The group said it would protect minorities.', false), null)
  })
})
