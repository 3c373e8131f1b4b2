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
  it('codes a foreign state force with its lexicon ACLED name and inter code 8', () => {
    const x = exportEvent({ type: 'strike' })
    const actors = [{ actorId: 'jets', name: 'Ostravian Air Wing', kind: 'state_force' as const, role: 'initiator' as const, acled: { name: 'Military Forces of Ostravia (Ostravian Air Wing)', inter: 8 as const } }]
    const row = toAcledRow({ ...x, actors }, 1)!
    assert.deepEqual([row.actor1, row.inter1, row.interaction], ['Military Forces of Ostravia (Ostravian Air Wing)', 8, 80])
  })
  it('does not make a monitor named as initiator of violence an actor', () => {
    const x = exportEvent({ type: 'battle' })
    const row = toAcledRow({ ...x, actors: [{ actorId: 'monitor', name: 'Qorvath Monitor', kind: 'organization', role: 'initiator' }, x.actors[1]!] }, 1)!
    assert.deepEqual([row.actor1, row.actor2], ['', 'Belmiran Army'])
  })
  it('puts a period\'s middle day in event_date with time precision 2', () => {
    const row = toAcledRow(exportEvent({ date: '2024-12-02', dateEnd: '2024-12-06', datePrecision: 'range' }), 1)!
    assert.deepEqual([row.event_date, row.time_precision], ['2024-12-04', 2])
  })
  it('gives a place known only by region geo precision 3', () => {
    const row = toAcledRow(exportEvent({ place: { placeId: 'theater:x', name: 'Qorvath plain', lat: 35, lon: 36, precision: 'region' } }), 1)!
    assert.equal(row.geo_precision, 3)
  })
})
