import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf, assertDoc } from '../../../core/doc.ts'
import { eventsOf, extract } from './test-doc.ts'
import type { TestPlace } from './test-doc.ts'

const PLACES: (string | TestPlace)[] = ['Qorvath', 'Belmira', { name: 'Vardania', precision: 'country' }]

/** "type@place" of the events of `text`. */
function events(text: string, places: (string | TestPlace)[] = PLACES): string[] {
  const doc = extract(text, places)
  assertDoc(doc)
  return annotationsOf(doc, 'event').map((e) => `${e.type}@${e.place?.name ?? '-'}`)
}

describe('an act takes the place its own clause names, not one of a happening it follows', () => {
  const table: [string, string[]][] = [
    // the country of "the fall of the government in X" is where the fall was, not the celebration
    ['In Qorvath, crowds celebrated in the streets after the fall of the government in Vardania.', ['protest@Qorvath']],
    ['Residents of Qorvath celebrated in the main square after the collapse of the regime in Vardania.', ['protest@Qorvath']],
    // the place that opens the sentence sets each of its clauses
    ['In Qorvath, gunmen took over the governor\'s office, while crowds gathered in the main square after the fall of the government in Belmira.', ['protest@Qorvath']],
    // a town named only in the phrase is the act's place, when the clause names none
    ['Crowds celebrated in the streets after the fall of the government in Vardania.', ['protest@Vardania']],
  ]
  for (const [sentence, want] of table) {
    it(sentence, () => assert.deepEqual(events(sentence).filter((e) => e.startsWith('protest')), want))
  }
})

describe('a move told by a verb of leaving happens where it starts, unless only a country is named there', () => {
  const table: [string, string[]][] = [
    ['Hundreds of soldiers fled across the border into Vardania from Qorvath on Friday.', ['deployment@Qorvath']],
    ['The militia withdrew into Vardania from the town of Belmira overnight.', ['deployment@Belmira']],
    // the more specific end of the move: a town it goes to, from a country it leaves
    ['The militias withdrew from Vardania toward the city of Belmira on Friday.', ['deployment@Belmira']],
    // forces sent go where they are sent
    ['The ministry sent troops from Qorvath to Vardania on Friday.', ['deployment@Vardania']],
    ['The ministry sent troops from Qorvath to Belmira on Friday.', ['deployment@Belmira']],
    // people taken out of a town to another: where the evacuation was
    ['The embassy evacuated its staff from Qorvath to Belmira by road.', ['deployment@Qorvath']],
  ]
  for (const [sentence, want] of table) {
    it(sentence, () => assert.deepEqual(events(sentence).filter((e) => e.startsWith('deployment')), want))
  }
})

describe('a statement is not placed at the headquarters it is made from', () => {
  it('"… the command said from its headquarters in Tessen" is placed where what it tells happened', () => {
    const got = events('Jets struck positions in Belmira on Sunday, the command said from its headquarters in Tessen.',
      [{ name: 'Tessen', role: 'mention' }, 'Belmira'])
    assert.deepEqual(got.filter((e) => e.startsWith('statement')), ['statement@Belmira'])
  })
})

describe('a list goes on after the town that locates one of its items', () => {
  const places: (string | TestPlace)[] = ['Qorvath', { name: 'Belmira', precision: 'near' }, 'Tessen']
  const table: [string, string, string[]][] = [
    ['Rebels captured Qorvath, 25 km north of Belmira, and Tessen on Friday.', 'territory_change', ['territory_change@Qorvath', 'territory_change@Tessen']],
    ['Troops fell back to the town of Qorvath, 20 km east of Belmira, and to the Tessen air base.', 'deployment', ['deployment@Qorvath', 'deployment@Tessen']],
    // (a new clause with its own act is no item of the list)
    ['Rebels captured Qorvath, north of Belmira, and jets struck Tessen.', 'territory_change', ['territory_change@Qorvath']],
  ]
  for (const [sentence, type, want] of table) {
    it(sentence, () => assert.deepEqual(events(sentence, places).filter((e) => e.startsWith(type)), want))
  }
})

describe('a speaker\'s next "that" clause tells another act, with its own places', () => {
  it('"said it had blown up the bridge and that its troops regrouped in Belmira" places no damage in Belmira', () => {
    const got = events('The army said it had blown up the bridge to halt the advance and that its troops had regrouped in Belmira.')
    assert.deepEqual(got.filter((e) => !e.startsWith('statement')), ['infrastructure_damage@-'])
    assert.deepEqual(got.filter((e) => e.startsWith('statement')), ['statement@Belmira'])
  })
})

describe('a place named inside the trigger\'s own words is what it acted on', () => {
  it('"closed the Qorvath crossing with Vardania" is placed at the crossing, not the country after it', () => {
    const got = events('The neighbours closed the Qorvath crossing with Vardania on Friday.')
    assert.deepEqual(got.filter((e) => e.startsWith('other')), ['other@Qorvath'])
  })
})

describe('extract-events: a place in an aside about the subject', () => {
  it('is not where the main clause\'s act happened ("X, who ran the administration in Y, was appointed …")', () => {
    const [named] = eventsOf(extract('Mohammed al-Bashir, who ran the rebel administration in Belmira, was appointed caretaker prime minister on Tuesday.', ['Belmira']))
    assert.notEqual(named?.place?.name, 'Belmira')
  })
})
