import assert from 'node:assert/strict'
import { test } from 'node:test'
import { outletIsWire, traceOrigin } from './origin.ts'

const TABLE: [text: string, outlet: string | null, wire: string | null, dateline: boolean][] = [
  ['QORVATH, March 10 (Reuters) - Rebels took the city.', null, 'Reuters', true],
  ['Qorvat (AFP) - Rebels took the city.', null, 'AFP', true],
  ['GENEVA (AP) — Some 300,000 people have fled.', null, 'AP', true],
  ['Rebels took the city, a commander told Reuters.', null, 'Reuters', false],
  ['Two sources who spoke to Reuters said the bridge was hit.', null, 'Reuters', false],
  ['The bridge was destroyed, as reported by an army officer to Reuters.', null, 'Reuters', false],
  ['Reuters could not independently verify the claim.', null, 'Reuters', false],
  ['Fighters swept into the town, according to AFP.', null, 'AFP', false],
  ['The UN agency said so, The Associated Press reported.', null, 'AP', false],
  ['A doctor told The Associated Press that four died.', null, 'AP', false],
  // "told CNN" in an interview names where a quote was given, not where the text comes from.
  ['In an interview with CNN, the rebel leader said he wants peace. He told CNN the group changed.', null, null, false],
  ['According to a report from the TASS state news agency, the embassy advised citizens to leave.', null, null, false],
  // A wire wins over a broadcaster and over a state agency cited for one fact.
  ['He told CNN he would rebuild the country. An officer told Reuters the bridge fell. According to TASS, flights stopped.', null, 'Reuters', false],
  ['Rebels took the city on Monday.', 'Reuters', 'Reuters', false],
  // An agency outside the list still names itself in its dateline; a place in parentheses does not.
  ['BEIRUT, Nov 30 (Levant Wire) - Rebels took most of the city.', 'Levant Wire', 'Levant Wire', true],
  ['Qorvat (Vardenia) (AFP) - Fighters overran the city.', null, 'AFP', true],
  ['Rebels took the city on Monday.', 'Daily Meridian', null, false],
]

for (const [text, outlet, wire, dateline] of TABLE) {
  test(`origin of "${text.slice(0, 60)}"${outlet ? ` (outlet ${outlet})` : ''} is ${wire ?? 'none'}`, () => {
    const o = traceOrigin(text, outlet)
    assert.equal(o.wire, wire)
    assert.equal(o.dateline, dateline)
  })
}

test('a dateline deep in the text is a quoted headline, not the document’s own', () => {
  const text = `${'Background paragraph. '.repeat(30)}Earlier: BEIRUT (Reuters) - old story.`
  assert.equal(traceOrigin(text).dateline, false)
})

test('every clue keeps the span that matched', () => {
  const text = 'An officer told Reuters the bridge fell.'
  const [clue] = traceOrigin(text).clues
  assert.equal(text.slice(clue!.start, clue!.end), 'told Reuters')
})

test('an outlet is a wire only under that wire’s own names', () => {
  assert.ok(outletIsWire('Agence France-Presse', 'AFP'))
  assert.ok(!outletIsWire('Daily Meridian', 'AFP'))
})
