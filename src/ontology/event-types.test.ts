import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { EVENT_TYPES } from '../core/types.ts'
import { existsSync, readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { ACLED_SUB_EVENTS, ploverEventFor, acledEventDate, acledGeoPrecision, acledInteraction, acledInterCode, acledSubEventFor, acledTimePrecision, EVENT_ONTOLOGY, sitrepTypeForAcled } from './event-types.ts'

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
  it('codes a force taking people into custody as arrests, and other happenings as other', () => {
    assert.equal(acledSubEventFor('other', 'Security forces raided a farm near Qorvath and detained nine men.', true), 'Arrests')
    assert.equal(acledSubEventFor('other', 'Rebels advanced towards Qorvath.', false), 'Other')
  })
  it('has no ACLED row for speech acts', () => {
    assert.equal(acledSubEventFor('statement', 'The group said it would protect minorities.', false), null)
  })
})

describe('ACLED codes', () => {
  it('codes rebels against state forces as interaction 12 whichever comes first', () => {
    assert.equal(acledInteraction(acledInterCode('armed_group'), acledInterCode('state_force')), 12)
  })
  it('codes a lone actor as its code followed by 0', () => {
    assert.equal(acledInteraction(acledInterCode('state'), 0), 10)
  })
  it('codes civilians as 7', () => {
    assert.equal(acledInterCode('civilians'), 7)
  })
  it('gives a week-long range time precision 2 and a month-long one 3', () => {
    assert.equal(acledTimePrecision('range', '2024-01-01', '2024-01-05'), 2)
    assert.equal(acledTimePrecision('range', '2024-01-01', '2024-01-25'), 3)
    assert.equal(acledTimePrecision('day', '2024-01-01', null), 1)
  })
  it('dates a period at its middle day, a month at its 15th or 16th, a day as itself', () => {
    assert.equal(acledEventDate('range', '2024-12-01', '2024-12-07'), '2024-12-04')
    assert.equal(acledEventDate('month', '2024-11-01', null), '2024-11-15')
    assert.equal(acledEventDate('day', '2024-12-06', null), '2024-12-06')
  })
  it('gives a region geo precision 3', () => {
    assert.equal(acledGeoPrecision('region'), 3)
    assert.equal(acledGeoPrecision('exact'), 1)
  })
  it('reads every mapped ACLED row back as the Sitrep type that produced it, except many-to-one rows', () => {
    assert.equal(sitrepTypeForAcled('Battles', 'Armed clash'), 'battle')
    assert.equal(sitrepTypeForAcled('Battles', 'Government regains territory'), 'territory_change')
    assert.equal(sitrepTypeForAcled('Explosions/Remote violence', 'Shelling/artillery/missile attack'), 'strike')
  })
  it('maps every Sitrep type onto a sub-event in ACLED\'s list, under the event type ACLED files it', () => {
    for (const [t, m] of Object.entries(EVENT_ONTOLOGY)) {
      if (m.acled) assert.equal(ACLED_SUB_EVENTS[m.acled.subEventType]?.eventType, m.acled.eventType, t)
    }
  })
  it('files a non-violent handover as a strategic development', () => {
    const sub = acledSubEventFor('territory_change', 'Troops withdrew from Belmira under a deal.', true)!
    assert.equal(ACLED_SUB_EVENTS[sub]?.eventType, 'Strategic developments')
  })
})

describe('PLOVER through ACLED', () => {
  it('gives each Sitrep type the same PLOVER event directly and through its ACLED sub-event', () => {
    for (const [t, m] of Object.entries(EVENT_ONTOLOGY)) {
      if (m.acled) assert.equal(ACLED_SUB_EVENTS[m.acled.subEventType]!.plover, m.plover, t)
    }
  })
  it('codes a handover without fighting as RETREAT, a capture as ASSAULT', () => {
    assert.equal(ploverEventFor('territory_change', 'Troops withdrew from Belmira under a deal.', true), 'RETREAT')
    assert.equal(ploverEventFor('territory_change', 'Rebels captured Qorvath after heavy fighting.', false), 'ASSAULT')
    assert.equal(ploverEventFor('denial', 'The ministry denied it.', true), 'REJECT')
  })
  // The shared ontology folder sits beside the repository in the development setup only; without it these skip.
  const shared = new URL('../../../shared/data/ontology/', import.meta.url)
  const crosswalk = new URL('acled_plover_crosswalk.csv', shared)
  it('agrees with the ACLED–PLOVER crosswalk row for every ACLED sub-event', { skip: !existsSync(crosswalk) && 'no ../shared' }, () => {
    const rows = parse(readFileSync(crosswalk), { columns: true }) as Record<string, string>[]
    assert.deepEqual(Object.keys(ACLED_SUB_EVENTS).sort(), rows.map((r) => r.acled_sub_event_type!).sort())
    for (const r of rows) {
      const mine = ACLED_SUB_EVENTS[r.acled_sub_event_type!]!
      assert.equal(mine.eventType, r.acled_event_type, r.acled_sub_event_type)
      assert.equal(mine.disorderType, r.acled_disorder_type, r.acled_sub_event_type)
      assert.equal(mine.plover, r.plover_event || null, r.acled_sub_event_type)
    }
  })
  it('uses only PLOVER events the PLOVER event list defines', { skip: !existsSync(new URL('plover_event_types.csv', shared)) && 'no ../shared' }, () => {
    const events = new Set((parse(readFileSync(new URL('plover_event_types.csv', shared)), { columns: true }) as Record<string, string>[]).map((r) => r.event))
    for (const m of [...Object.values(EVENT_ONTOLOGY), ...Object.values(ACLED_SUB_EVENTS)]) if (m.plover) assert.ok(events.has(m.plover), m.plover)
  })
})
