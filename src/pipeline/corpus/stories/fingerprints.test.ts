import assert from 'node:assert/strict'
import { test } from 'node:test'
import { firstSentenceEnd, leadIncident, leadsMatch, type LeadKey } from './fingerprints.ts'
import { DALMIR, makeDoc, QORVATH, TESSIK } from './testing.ts'

test('the first sentence ends at its full stop, not at an abbreviation or a short dateline line', () => {
  const text = 'QORVATH\n\nGen. Malouf said on Dec. 4 the U.S. team had left. Then more.'
  assert.equal(text.slice(0, firstSentenceEnd(text)), 'QORVATH\n\nGen. Malouf said on Dec. 4 the U.S. team had left.')
})

test('the lead incident is the first incident the first sentence reports', () => {
  const text = 'Fighters seized Qorvath on Monday after a night of shelling, commanders said. Jets struck Tessik later.'
  const doc = makeDoc({ id: 'a', text, events: [
    { type: 'statement', evidence: 'commanders said' },
    { type: 'territory_change', evidence: 'Fighters seized Qorvath on Monday' },
    { type: 'strike', place: TESSIK, evidence: 'Jets struck Tessik later.' },
  ] })
  const lead = leadIncident(doc)
  assert.ok(lead)
  assert.equal(lead.lat, QORVATH.lat)
})

test('a round-up that opens with a scene-setter leads with no incident', () => {
  const text = 'It has been a long week across the north of the country. Fighters seized Qorvath on Monday.'
  const doc = makeDoc({ id: 'a', text, events: [{ evidence: 'Fighters seized Qorvath on Monday.' }] })
  assert.equal(leadIncident(doc), null)
})

test('background and hypotheticals are never the lead', () => {
  const text = 'Fighters who seized Qorvath in 2019 could now march on Dalmir, analysts said.'
  const doc = makeDoc({ id: 'a', text, events: [
    { modality: 'background', date: '2019-05-01', evidence: 'Fighters who seized Qorvath in 2019' },
    { place: DALMIR, modality: 'hypothetical', evidence: 'could now march on Dalmir' },
  ] })
  assert.equal(leadIncident(doc), null)
})

test('an agreed move leads; a move planned under an agreement told in its sentence is the agreement\'s terms', () => {
  const agreed = 'The army agreed on Monday to leave Qorvath, officials said.'
  assert.equal(leadIncident(makeDoc({ id: 'a', text: agreed, events: [{ modality: 'planned', evidence: agreed }] }))?.lat, QORVATH.lat)
  const truce = 'A ceasefire was agreed in Qorvath on Monday and the council\'s fighters would leave the town, its commander said.'
  const doc = makeDoc({ id: 'b', text: truce, events: [{ type: 'other', evidence: truce }, { modality: 'planned', evidence: truce }] })
  assert.equal(leadIncident(doc), null)
})

test('a lead event without a place takes the town its sentence names', () => {
  const text = 'Fighters took control of Qorvath on Monday evening, residents said.'
  const base = makeDoc({ id: 'a', text, events: [{ place: null, evidence: text }] })
  const doc = { ...base, places: [{ start: 25, end: 32, text: 'Qorvath', geonameId: null, placeId: QORVATH.placeId, name: 'Qorvath',
    country: null, admin1: null, lat: QORVATH.lat, lon: QORVATH.lon, kind: 'city' as const, precision: 'exact' as const, role: 'mention' as const }] }
  assert.equal(leadIncident(doc)?.lat, QORVATH.lat)
})

function lead(over: Partial<LeadKey> = {}): LeadKey {
  return { type: 1, kind: 1, place: 7, lat: 36.1, lon: 37.2, toleranceKm: 2, broad: false, day: 100, initiators: Uint32Array.of(5), alsoAt: [], ...over }
}

test('leads match on the same incident a day apart, not on a battle against a capture', () => {
  assert.ok(leadsMatch(lead(), lead({ day: 101 })))
  assert.ok(!leadsMatch(lead(), lead({ day: 102 })))
  assert.ok(!leadsMatch(lead(), lead({ kind: 2 })))
})

test('leads of a town taken by two different groups do not match', () => {
  assert.ok(!leadsMatch(lead(), lead({ initiators: Uint32Array.of(6) })))
  assert.ok(leadsMatch(lead(), lead({ initiators: new Uint32Array(0) })))
})

test('a named area matches only itself, never a town near it', () => {
  assert.ok(!leadsMatch(lead({ place: 8, broad: true, toleranceKm: 75 }), lead({ lat: 36.2 })))
  assert.ok(leadsMatch(lead({ place: 8, broad: true }), lead({ place: 8, broad: true, lat: 36.3 })))
})

test('the lead incident is found whatever order the extractor lists events in', () => {
  const text = 'Fighters seized Qorvath on Monday, commanders said.\n\nJets struck Tessik on Tuesday.'
  const doc = makeDoc({ id: 'a', text, events: [
    { type: 'strike', place: TESSIK, evidence: 'Jets struck Tessik on Tuesday.' },
    { evidence: 'Fighters seized Qorvath on Monday' },
  ] })
  assert.equal(leadIncident(doc)?.lat, QORVATH.lat)
})

test('a country-wide event place is not replaced by a town named elsewhere in its sentence', () => {
  const text = 'Velmar will send drones to Vardenia, as rebels pushed toward Qorvath, an official said.'
  const base = makeDoc({ id: 'a', text, events: [{ type: 'military_aid', modality: 'asserted', place: { placeId: 'theater:vardenia', name: 'Vardenia', lat: 34.8, lon: 38.9, precision: 'country' }, evidence: text }] })
  const doc = { ...base, places: [{ start: 53, end: 60, text: 'Qorvath', geonameId: null, placeId: QORVATH.placeId, name: 'Qorvath',
    country: null, admin1: null, lat: QORVATH.lat, lon: QORVATH.lon, kind: 'city' as const, precision: 'exact' as const, role: 'event' as const }] }
  assert.equal(leadIncident(doc), null)
})

test('a headline repeated above the text, with no full stop, runs into the first sentence', () => {
  const text = 'Three dead as militia and police clash in the southern city of Sendara\n\nThree people were killed in clashes in Sendara on Monday, witnesses said. More later.'
  assert.equal(text.slice(firstSentenceEnd(text)), ' More later.')
})

test('a toll given with the clash it came from leads as the clash', () => {
  const text = 'Three people were killed in clashes between the Ember Guard and police in Qorvath on Monday, witnesses said.'
  const doc = makeDoc({ id: 'a', text, events: [
    { type: 'casualties', actors: {}, quantities: { killed: 3 }, evidence: text },
    { type: 'battle', evidence: text },
  ] })
  const clash = makeDoc({ id: 'b', text, events: [{ type: 'battle', evidence: text }] })
  assert.deepEqual(leadIncident(doc), leadIncident(clash))
})

test('a lead that gives one incident two places matches a report leading with either', () => {
  const text = 'Fighters of the Ember Front overran Qorvath and Dalmir on Monday, their commanders said.'
  const both = makeDoc({ id: 'a', text, events: [{ evidence: 'overran Qorvath' }, { place: DALMIR, evidence: 'and Dalmir' }] })
  const dalmir = makeDoc({ id: 'b', text: 'The Ember Front took Dalmir on Monday, residents said.', events: [{ place: DALMIR }] })
  assert.equal(leadIncident(both)?.lat, QORVATH.lat)
  assert.ok(leadsMatch(leadIncident(both)!, leadIncident(dalmir)!))
  assert.ok(leadsMatch(leadIncident(dalmir)!, leadIncident(both)!))
})

test('a lead sentence’s other incidents of another day or another holder are not places of its lead', () => {
  const text = 'The Ember Front took Dalmir on Tuesday, a day after the Salt Brigades overran Qorvath, residents said.'
  const dayBefore = makeDoc({ id: 'a', text, events: [
    { place: DALMIR, date: '2025-03-11', evidence: 'took Dalmir on Tuesday' },
    { date: '2025-03-10', evidence: 'the Salt Brigades overran Qorvath' },
  ] })
  const otherHolder = makeDoc({ id: 'b', text, events: [
    { place: DALMIR, date: '2025-03-11', actors: { ember: 'initiator' }, evidence: 'took Dalmir on Tuesday' },
    { date: '2025-03-11', actors: { salt: 'initiator' }, evidence: 'the Salt Brigades overran Qorvath' },
  ] })
  assert.deepEqual(leadIncident(dayBefore)?.alsoAt, [])
  assert.deepEqual(leadIncident(otherHolder)?.alsoAt, [])
})

test('leads whose new holders are one organisation at two levels (a group and the coalition it belongs to) match', () => {
  // "HTS-led fighters" resolve to the group, "rebels led by HTS" to its coalition: one new holder of the town.
  const hama = { placeId: 'geonames:170017', name: 'Hama', lat: 35.1318, lon: 36.7578 }
  const leadOf = (initiator: string) => leadIncident(makeDoc({
    id: initiator, publishedAt: '2024-12-05', text: 'Fighters broke into Hama on Thursday, residents said.',
    events: [{ place: hama, actors: { [initiator]: 'initiator', 'syrian-army': 'target' }, date: '2024-12-05' }],
  }))!
  assert.ok(leadsMatch(leadOf('hts'), leadOf('moc')))
  assert.ok(!leadsMatch(leadOf('hts'), leadOf('sdf')))
})
