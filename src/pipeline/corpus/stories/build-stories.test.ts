import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildStories } from './build-stories.ts'
import { bridgeStrike, independent, original, paraphrase, protest, reprint } from './fixtures.ts'
import { DALMIR, makeDoc, TESSIK } from './testing.ts'

const roleOf = (s: ReturnType<typeof buildStories>[number], id: string) => s.documents.find((d) => d.id === id)?.role

test('a wire report, its reprint and its rewrite are one story, one source, traced to the wire', () => {
  const [s, ...rest] = buildStories([original(), reprint(), paraphrase()])
  assert.equal(rest.length, 0)
  assert.equal(s!.schema, 'sitrep.story/1')
  assert.equal(roleOf(s!, 'wire'), 'original')
  assert.equal(roleOf(s!, 'reprint'), 'reprint')
  assert.equal(roleOf(s!, 'paraphrase'), 'rewrite')
  assert.equal(s!.independentSources, 1)
  assert.equal(s!.origin, 'Reuters')
})

test('rewrites of a wire report that is not in the corpus have no original', () => {
  const a = { ...paraphrase(), id: 'rw1', outlet: null }
  const b = makeDoc({ id: 'rw2', outlet: null, text: paraphrase().text.replace('have taken', 'captured').replace('roughly', 'some'), events: [] })
  const [s] = buildStories([a, b])
  assert.ok(!s!.documents.some((d) => d.role === 'original'))
  assert.equal(roleOf(s!, 'rw1'), 'rewrite')
  assert.equal(roleOf(s!, 'rw2'), 'reprint')
  assert.equal(s!.origin, 'Reuters')
  assert.equal(s!.independentSources, 1)
})

test('a second agency’s report counts as a second independent source', () => {
  const [s] = buildStories([original(), paraphrase(), independent()])
  assert.equal(roleOf(s!, 'independent'), 'independent')
  assert.equal(s!.independentSources, 2)
  assert.equal(s!.origin, 'Reuters')
})

test('the earliest published report of a family is its original, whatever the arrival order', () => {
  const early = makeDoc({ id: 'early', outlet: 'Southern Monitor', publishedAt: '2025-03-09', text: bridgeStrike().text, events: [] })
  const late = makeDoc({ id: 'late', outlet: 'Levant Ledger', publishedAt: '2025-03-10', text: `${bridgeStrike().text}\n\nRead more.`, events: [] })
  const [s] = buildStories([late, early])
  assert.equal(roleOf(s!, 'early'), 'original')
  assert.equal(roleOf(s!, 'late'), 'reprint')
  assert.equal(s!.origin, null)
})

test('distinct stories of one day each list only their own incidents', () => {
  const stories = buildStories([original(), bridgeStrike(), protest()])
  assert.equal(stories.length, 3)
  const types = stories.map((s) => s.events.map((e) => e.type).sort().join(','))
  assert.deepEqual(types, ['casualties,territory_change', 'strike', 'protest'])
})

test('the story output survives JSON unchanged', () => {
  const stories = buildStories([original(), reprint(), independent()])
  assert.deepEqual(JSON.parse(JSON.stringify(stories)), stories)
})

test('a lone report citing a wire is its own outlet’s original, traced to the wire', () => {
  const lone = makeDoc({ id: 'lone', outlet: 'Gulf Observer', text: 'Militias crossed the border overnight, two officers told Reuters.', events: [] })
  const [s] = buildStories([lone])
  assert.equal(roleOf(s!, 'lone'), 'original')
  assert.equal(s!.origin, 'Reuters')
})

test('a paraphrase that credits the source outlet by name joins its family without shared quotes or figures', () => {
  const source = makeDoc({
    id: 'src', outlet: 'Levant Wire', publishedAt: '2025-03-10',
    text: 'BEIRUT, March 10 (Levant Wire) - Insurgents swept through most of Qorvath on Monday, seizing the governor’s building, the old citadel and the airport, while the army said it had pulled troops back to regroup for a counter-attack. Jets struck the outskirts of the city later in the day.',
    events: [],
  })
  const rewrite = makeDoc({
    id: 'rw', outlet: 'Harbor Times', publishedAt: '2025-03-11',
    text: 'Most of Qorvath, including its citadel, its airport and the governor’s building, fell to insurgents on Monday, Levant Wire reported. The army described its pullback as regrouping before a counter-attack, and warplanes hit the city’s outskirts.',
    events: [],
  })
  const [s, ...rest] = buildStories([source, rewrite])
  assert.equal(rest.length, 0)
  assert.equal(roleOf(s!, 'src'), 'original')
  assert.equal(roleOf(s!, 'rw'), 'rewrite')
  assert.equal(s!.origin, 'Levant Wire')
  assert.equal(s!.independentSources, 1)
})

test('a reprint whose cleaned text equals the original (same id) is listed under its own source as a reprint', () => {
  const copy = { ...original(), source: 'meridian/copy.txt', outlet: 'Daily Meridian' }
  const [s, ...rest] = buildStories([original(), copy])
  assert.equal(rest.length, 0)
  assert.deepEqual(s!.documents.map((d) => [d.source, d.role]), [['wire.txt', 'original'], ['meridian/copy.txt', 'reprint']])
  assert.equal(s!.independentSources, 1)
})

test('inputs out of date order are grouped as if they had arrived in publication order', () => {
  // A report four days later in between would have dropped the original from the index's window.
  const later = { ...protest(), publishedAt: '2025-03-14' }
  const stories = buildStories([original(), later, reprint()])
  assert.equal(stories.length, 2)
  assert.equal(roleOf(stories[0]!, 'reprint'), 'reprint')
})

/** A report of the fall of Tessik that also reports the strike on its bridge that morning. */
const fallWithBridge = () => makeDoc({
  id: 'fall', outlet: 'Marrak Voice', publishedAt: '2025-03-10',
  text: [
    'Fighters of the Northern Liberation Front captured Tessik on Monday after the army pulled out of its barracks, two commanders said.',
    'Residents said jets had bombed the Halun bridge beside the town since dawn, dropping its middle span into the river and cutting the highway south.',
    'The army said it had sent fresh troops to hold the road to Marrak.',
  ].join('\n\n'),
  events: [
    { place: TESSIK, evidence: 'captured Tessik on Monday' },
    { type: 'strike', place: TESSIK, actors: {}, evidence: 'jets had bombed the Halun bridge beside the town since dawn' },
  ],
})

/** A report that leads with the strike on the bridge. */
const bridgeReport = (publishedAt: string) => makeDoc({
  id: 'bridge', outlet: 'Southern Monitor', publishedAt,
  text: [
    'Jets bombed the Halun bridge at Tessik overnight, cutting the highway south as insurgents closed in on the town, an army officer said.',
    'Residents said the middle span lay in the river and drivers were turning back toward the hills.',
  ].join('\n\n'),
  events: [{ type: 'strike', place: TESSIK, actors: { jets: 'initiator' }, date: '2025-03-10', evidence: 'Jets bombed the Halun bridge at Tessik overnight' }],
})

test('a report of several incidents at one place and day is one story with a report leading with any of them', () => {
  assert.equal(buildStories([fallWithBridge(), bridgeReport('2025-03-10')]).length, 1)
  assert.equal(buildStories([bridgeReport('2025-03-10'), fallWithBridge()]).length, 1)
})

test('a next-day report of an incident another report covered is not its story', () => {
  assert.equal(buildStories([fallWithBridge(), bridgeReport('2025-03-11')]).length, 2)
})

test('a report that leads with another town and names the incident in passing is not its story', () => {
  const dalmir = makeDoc({
    id: 'dalmir', outlet: 'Marrak Voice', publishedAt: '2025-03-10',
    text: [
      'Fighters of the Northern Liberation Front captured Dalmir on Monday after the army pulled out of its barracks, two commanders said.',
      'The capture came hours after jets bombed the Halun bridge at Tessik, dropping its middle span into the river and cutting the highway south.',
    ].join('\n\n'),
    events: [
      { place: DALMIR, evidence: 'captured Dalmir on Monday' },
      { type: 'strike', place: TESSIK, actors: {}, evidence: 'jets bombed the Halun bridge at Tessik' },
    ],
  })
  assert.equal(buildStories([dalmir, bridgeReport('2025-03-10')]).length, 2)
})

test('a report that gives the incident only a province-wide place does not cover it', () => {
  const valley = { placeId: 'theater:halun-valley', name: 'Halun valley', lat: 35.7, lon: 37.0, precision: 'region' as const }
  const fall = makeDoc({
    id: 'fall', outlet: 'Marrak Voice', publishedAt: '2025-03-10',
    text: [
      'Fighters of the Northern Liberation Front captured Tessik on Monday after the army pulled out of its barracks, two commanders said.',
      'Jets bombed roads and bridges across the Halun valley all day, residents said, cutting the highway south toward the river.',
    ].join('\n\n'),
    events: [
      { place: TESSIK, evidence: 'captured Tessik on Monday' },
      { type: 'strike', place: valley, actors: {}, evidence: 'Jets bombed roads and bridges across the Halun valley' },
    ],
  })
  assert.equal(buildStories([fall, bridgeReport('2025-03-10')]).length, 2)
})

test('a report of fighting at a town does not cover a report of its capture it does not itself report', () => {
  const fighting = makeDoc({
    id: 'fighting', outlet: 'Marrak Voice', publishedAt: '2025-03-10',
    text: 'Heavy fighting raged near Tessik through Monday, with gunfire heard from the bridge over the Halun and smoke rising above the southern highway.',
    events: [{ type: 'battle', place: TESSIK, evidence: 'Heavy fighting raged near Tessik through Monday' }],
  })
  const capture = makeDoc({
    id: 'capture', outlet: 'Southern Monitor', publishedAt: '2025-03-10',
    text: 'Northern fighters took Tessik on Monday, their commanders said, and now hold its Halun bridge and the southern highway.',
    events: [{ place: TESSIK, evidence: 'Northern fighters took Tessik on Monday' }],
  })
  assert.equal(buildStories([fighting, capture]).length, 2)
})
