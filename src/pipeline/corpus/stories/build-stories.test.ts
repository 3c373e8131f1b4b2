import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildStories } from './build-stories.ts'
import { bridgeStrike, independent, original, paraphrase, protest, reprint } from './fixtures.ts'
import { makeDoc } from './testing.ts'

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
