import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ACLED_COLUMNS, toAcledRow } from './acled.ts'
import { exportEvent } from './fixtures.ts'

describe('ACLED rows', () => {
  it('fills every ACLED column', () => {
    const row = toAcledRow(exportEvent(), 1)!
    assert.deepEqual(Object.keys(row).sort(), [...ACLED_COLUMNS].sort())
  })
  it('codes a rebel capture from the army as a battle in which a non-state actor overtakes territory, interaction 12', () => {
    const row = toAcledRow(exportEvent(), 1)!
    assert.equal(row.event_type, 'Battles')
    assert.equal(row.sub_event_type, 'Non-state actor overtakes territory')
    assert.deepEqual([row.actor1, row.inter1, row.actor2, row.inter2, row.interaction], ['Qorvath Liberation Front', 2, 'Belmiran Army', 1, 12])
  })
  it('files a withdrawal under a deal as a strategic development, not a battle', () => {
    const text = 'The army withdrew from Qorvath under a deal.'
    const row = toAcledRow(exportEvent({ evidence: { start: 0, end: text.length, text } }), 1)!
    assert.deepEqual([row.disorder_type, row.event_type, row.sub_event_type], ['Strategic developments', 'Strategic developments', 'Non-violent transfer of territory'])
  })
  it('counts the lowest reported toll as fatalities', () => {
    assert.equal(toAcledRow(exportEvent(), 1)!.fatalities, 4)
  })
  it('lists the outlets as source and the evidence sentence as notes', () => {
    const row = toAcledRow(exportEvent(), 1)!
    assert.equal(row.source, 'Example Wire; The Daily Placeholder')
    assert.match(String(row.notes), /^Rebels seized Qorvath/)
  })
  it('leaves out speech acts, plans and undated events', () => {
    assert.equal(toAcledRow(exportEvent({ type: 'statement' }), 1), null)
    assert.equal(toAcledRow(exportEvent({ modality: 'planned' }), 1), null)
    assert.equal(toAcledRow(exportEvent({ date: null }), 1), null)
  })
  it('gives a place known only by region geo precision 3', () => {
    const row = toAcledRow(exportEvent({ place: { placeId: 'theater:x', name: 'Qorvath plain', lat: 35, lon: 36, precision: 'region' } }), 1)!
    assert.equal(row.geo_precision, 3)
  })
})
