import assert from 'node:assert/strict'
import { test } from 'node:test'
import { annotationsOf, assertDoc } from '../../../core/doc.ts'
import type { PlaceAnnotation } from '../../../core/types.ts'
import { focusCountry, sameSpeaker } from './context-place.ts'
import { extract } from './test-doc.ts'
import type { TestPlace } from './test-doc.ts'

const eventsOf = (text: string, places: (string | TestPlace)[]) => {
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
  const events = eventsOf('Fighting raged in Qorvath on Friday.\n\nRebels seized two armoured vehicles, witnesses said.', ['Qorvath'])
  for (const e of events.filter((x) => x.type === 'territory_change')) assert.equal(e.place, null)
})

test('a part only a town has ("the main police station") refers back to the town named before', () => {
  const events = eventsOf('Fighting raged in Qorvath on Friday.\n\nRebels seized the main police station, witnesses said.', ['Qorvath'])
  const capture = events.find((e) => e.type === 'territory_change' && e.sentence.startsWith('Rebels'))
  assert.equal(capture?.place, 'Qorvath')
})

test('a part of a town does not refer back to a region', () => {
  const events = eventsOf('Fighting raged in the Belmira valley on Friday.\n\nRebels seized the main police station, witnesses said.',
    [{ name: 'Belmira valley', precision: 'region' }])
  const capture = events.find((e) => e.type === 'territory_change' && e.sentence.startsWith('Rebels'))
  assert.equal(capture?.place ?? null, null)
})

test('an event naming no place, in a text mostly about one country, is placed in that country', () => {
  const text = 'Rebels seized Qorvath on Friday. Shelling hit Belmira and Tessen. Vardenia braced for more.\n\nAt least 2,000 people have fled, the agency said.'
  const events = eventsOf(text, ['Qorvath', 'Belmira', 'Tessen', { name: 'Vardenia', precision: 'country' }])
  const fled = events.find((e) => e.type === 'displacement')
  assert.equal(fled?.place, 'Vardenia')
})

test('a text whose places are split between countries has no focus country; one with a clear majority has', () => {
  const place = (name: string, country: string, placeKind: PlaceAnnotation['placeKind'] = 'city'): PlaceAnnotation => ({
    kind: 'place', id: `ann:place:${name}` as PlaceAnnotation['id'], span: { start: 0, end: 1 }, by: 'test', placeId: `theater:${name}` as PlaceAnnotation['placeId'],
    geonameId: null, name, country, admin1: null, lat: 1, lon: 2, placeKind, precision: placeKind === 'country' ? 'country' : 'exact', role: 'event',
  })
  const split = [place('Qorvath', 'QV'), place('Tessen', 'QV'), place('Harvel', 'QO'), place('Dunmark', 'QO'), place('Vardenia', 'QV', 'country')]
  assert.equal(focusCountry(split.slice(0, 4), null), null)
  assert.equal(focusCountry(split, null)?.name, 'Vardenia')
  assert.equal(focusCountry([place('Qorvath', 'QV'), place('Vardenia', 'QV', 'country')], null), null, 'two mentions are too few')
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

test('a town part refers back to the last town, past a region named in between', () => {
  const events = eventsOf('Gunmen took control of Qorvath on Saturday, a day after clashes in the Southern Hills.\n\n'
    + 'Fighters loyal to local Druze leaders seized the governorate building, the monitor said.', ['Qorvath', { name: 'Southern Hills', precision: 'region' }])
  const capture = events.find((e) => e.type === 'territory_change' && e.sentence.startsWith('Fighters'))
  assert.equal(capture?.place, 'Qorvath')
})

test('"a base west of the city" is near the town named before, not the town', () => {
  const doc = extract('Rebels reached Qorvath on Friday.\n\nThe factions said they had also taken an army base west of the city.', ['Qorvath'])
  const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change' && doc.text.slice(e.span.start, e.span.end).startsWith('The factions'))
  assert.deepEqual([capture?.place?.name, capture?.place?.precision], ['Qorvath', 'near'])
})

test('"the area" does not refer back to a name inside an actor\'s name', () => {
  const doc = extract('Rebels reached Qorvath on Friday.\n\nThe brigade launched an operation named Dawn of Freedom on Saturday against the group that held the area.', ['Qorvath', 'Freedom'])
  const battle = annotationsOf(doc, 'event').find((e) => e.type === 'battle')
  assert.equal(battle?.place?.name, 'Qorvath')
})

test('"the crossing", "the dam" refer back to the last place named with that word, "south of the dam" near it', () => {
  const events = eventsOf('Local fighters took the Qorvath crossing and the town of Belmira on Friday.\n\nThe neighbouring state said it had closed the crossing.', ['Qorvath crossing', 'Belmira'])
  assert.equal(events.find((e) => e.type === 'other')?.place, 'Qorvath crossing')
  const doc = extract('Drones struck the Tessen Dam and the Marrak bridge on Monday.\n\nThe group said its fighters captured villages south of the dam.', ['Tessen Dam', 'Marrak'])
  const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change')
  assert.deepEqual([capture?.place?.name, capture?.place?.precision], ['Tessen Dam', 'near'])
})

test('a place "abandoned by" a force, referred back to, is given up, not a redeployment', () => {
  const events = eventsOf('Fighters reached Qorvath at dawn.\n\nThe town was later abandoned by government troops, witnesses said.', ['Qorvath'])
  assert.deepEqual(events.filter((e) => e.sentence.startsWith('The town')).map((e) => `${e.type}@${e.place}`), ['territory_change@Qorvath'])
})

test('"the city" after a sentence naming two towns is the one it called a city ("the central city of X, a week after … lost Y")', () => {
  const text = 'Rebels captured the central city of Qorvath on Thursday, a week after government forces lost Belmira.\n\nThe army said its units had withdrawn from the city.'
  const events = eventsOf(text, ['Qorvath', 'Belmira'])
  const withdrawal = events.find((e) => e.type === 'territory_change' && e.sentence.startsWith('The army'))
  assert.equal(withdrawal?.place, 'Qorvath')
})

test('"the city" is not a place named days before as a comparison\'s reference point ("the heaviest blow since rebels took X last week")', () => {
  const doc = extract('Government forces withdrew from Qorvath on Thursday. It is the heaviest blow to the army since rebels overran Belmira last week.\n\n'
    + 'The army command said the soldiers had left the city to protect civilians.', ['Qorvath', 'Belmira'], '2024-12-05')
  const left = annotationsOf(doc, 'event').filter((e) => e.type === 'territory_change' && doc.text.slice(e.span.start).startsWith('The army command'))
  assert.deepEqual(left.map((e) => e.place?.name), ['Qorvath'])
  // named first, such a place is still what "the city" refers back to
  const only = extract('It is the heaviest blow to the army since rebels overran Belmira last week.\n\nResidents said the city was calm.', ['Belmira'], '2024-12-05')
  assert.ok(annotationsOf(only, 'event').every((e) => e.place === null || e.place.name === 'Belmira'))
})

test('villages counted but not named are not the city the same sentence refers back to', () => {
  const events = eventsOf('Rebels reached the outskirts of Qorvath on Friday.\n\nA spokesman said fighters had liberated four villages and were closing in on the city.', ['Qorvath'])
  const capture = events.find((e) => e.type === 'territory_change' && e.sentence.startsWith('A spokesman'))
  assert.ok(capture)
  assert.notEqual(capture.place, 'Qorvath')
})

test('a reference back before the villages counted still places the act that names it', () => {
  const events = eventsOf('Rebels reached the outskirts of Qorvath on Friday.\n\nBefore entering the city, the fighters overran a dozen villages, witnesses said.', ['Qorvath'])
  const entry = events.find((e) => e.type === 'territory_change' && e.sentence.startsWith('Before'))
  assert.equal(entry?.place, 'Qorvath')
})

test('"the two towns" refers back to the last two towns named: one event in each', () => {
  const events = eventsOf('Rebels captured Qorvath and Belmira on Friday, a monitor said.\n\nArmy units withdrew from the two towns overnight, the monitor said.', ['Qorvath', 'Belmira'])
  const left = events.filter((e) => e.sentence.startsWith('Army')).map((e) => e.place)
  assert.deepEqual(left.sort(), ['Belmira', 'Qorvath'])
})

test('"both cities" and uncounted "these villages" refer back to the towns named together last', () => {
  const both = eventsOf('Militiamen seized Tessen on Monday. Rebels captured Qorvath and Belmira on Friday.\n\nShelling hit both cities on Saturday, residents said.', ['Tessen', 'Qorvath', 'Belmira'])
  assert.deepEqual(both.filter((e) => e.sentence.startsWith('Shelling')).map((e) => e.place).sort(), ['Belmira', 'Qorvath'])
  const these = eventsOf('Militiamen seized Tessen on Monday. Rebels captured Qorvath, Belmira and Harvel on Friday.\n\nShelling hit these villages on Saturday, residents said.', ['Tessen', 'Qorvath', 'Belmira', 'Harvel'])
  assert.deepEqual(these.filter((e) => e.sentence.startsWith('Shelling')).map((e) => e.place).sort(), ['Belmira', 'Harvel', 'Qorvath'])
})

test('a plural reference with fewer towns named before than it counts takes none of them', () => {
  const events = eventsOf('Rebels captured Qorvath on Friday.\n\nArmy units withdrew from the three towns overnight, a monitor said.', ['Qorvath'])
  assert.ok(events.filter((e) => e.sentence.startsWith('Army')).every((e) => e.place !== 'Qorvath'))
})

test('"killed in the fighting", "wounded during the clashes", "repelled the attack" are placed where the fighting reported before was', () => {
  for (const told of ['At least 12 people were killed in the fighting, a monitor said.', 'Six were wounded during the clashes, medics said.',
    'The police said they had repelled the attack and killed six militiamen.']) {
    const events = eventsOf(`Militiamen clashed with police in Belmira on Friday.\n\n${told}`, ['Belmira'])
    assert.equal(events.find((e) => e.type === 'casualties')?.place, 'Belmira', told)
  }
})

test('an earlier act told in a time clause after the sentence\'s own ("…, two days after launching an offensive from X") is no antecedent of "the city"', () => {
  const text = 'Militiamen reached the western districts of Belmira on Friday, two days after launching an offensive from their enclave in Qorvath.\n\nWitnesses said the militiamen had entered the city centre.'
  const events = eventsOf(text, ['Belmira', 'Qorvath'])
  assert.equal(events.find((e) => e.type === 'territory_change' && e.sentence.startsWith('Witnesses'))?.place, 'Belmira')
})

test('a further sentence of the same speaker that names no place goes on about the place of their last report', () => {
  const text = 'Vardenian Defence Minister Oren Talvik said his troops had seized the Belmira ridge on Monday.\n\n' +
    'The move drew sharp criticism abroad.\n\nOren Talvik said the enemy garrison had abandoned its positions overnight.'
  const events = eventsOf(text, [{ name: 'Belmira ridge', precision: 'region' }])
  const later = events.filter((e) => e.sentence.startsWith('Oren Talvik'))
  assert.ok(later.length > 0, JSON.stringify(events))
  for (const e of later) assert.equal(e.place, 'Belmira ridge', JSON.stringify(e))
  // Not another speaker, nor after a report placed elsewhere.
  const other = eventsOf(text.replace('\n\nOren Talvik said', '\n\nMara Quell said'), [{ name: 'Belmira ridge', precision: 'region' }])
  for (const e of other.filter((x) => x.sentence.startsWith('Mara Quell'))) assert.notEqual(e.place, 'Belmira ridge', JSON.stringify(e))
})

test('one speaker under two forms of the name: a title before it, never a bare surname', () => {
  assert.equal(sameSpeaker('Oren Talvik', 'Vardenian Defence Minister Oren Talvik'), true)
  assert.equal(sameSpeaker('the army', 'the army'), true)
  assert.equal(sameSpeaker('Talvik', 'Oren Talvik'), false)
  assert.equal(sameSpeaker('Ren Talvik', 'Oren Talvik'), false)
  assert.equal(sameSpeaker('Mara Quell', 'Oren Talvik'), false)
})
