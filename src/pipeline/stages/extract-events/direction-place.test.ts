import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf, assertDoc } from '../../../core/doc.ts'
import { extract } from './test-doc.ts'
import type { TestPlace } from './test-doc.ts'

// Three towns of the theater country before the sentence under test make the text one about that country.
const FOCUS = 'Rebels seized Qorvath on Monday. Jets struck Belmira and Tessen on Tuesday.\n\n'
const TOWNS: (string | TestPlace)[] = ['Qorvath', 'Belmira', 'Tessen']

/** "type@place" of the events of the last paragraph of `text`. */
function lastParagraph(text: string, places: (string | TestPlace)[] = TOWNS): string[] {
  const doc = extract(text, places)
  assertDoc(doc)
  const from = doc.text.lastIndexOf('\n\n')
  return annotationsOf(doc, 'event').filter((e) => e.span.start > from)
    .map((e) => `${e.type}@${e.place?.name ?? '-'}`)
}

describe('a bare direction locates the event whose own locative phrase it is', () => {
  const table: [string, string, (string | TestPlace)[]?][] = [
    // the event's own place: after the trigger, or opening the sentence
    ['The defeat sparked local uprisings in the south.', 'other@Southern Syria'],
    ['Heavy fighting raged for a third day in the north.', 'battle@Northern Syria'],
    ['In the east, heavy fighting continued overnight.', 'battle@Eastern Syria'],
    // the direction before the sides of a battle
    ['The envoy warned that fighting in the northeast between SNA factions and the SDF could spread.', 'battle@Northeastern Syria'],
    ['At least nine people were killed in the far north on Sunday.', 'casualties@Northern Syria'],
    // the trigger's own argument before it: "uprisings against his rule in the south"
    ['The losses sparked uprisings against the regime in the south.', 'other@Southern Syria'],
    // a region named earlier in the clause is farther from the event than its own phrase
    ['Kurdish fighters took the Vardan steppe, sparking uprisings in the south.', 'other@Southern Syria',
      [...TOWNS, { name: 'Vardan steppe', precision: 'region' }]],
    // a nearer named place wins
    ['Fighting in Belmira in the south killed four people.', 'battle@Belmira'],
    ['Clashes erupted in the south, in Qorvath and Belmira.', 'battle@Qorvath'],
    // a town before it in the clause may be the town whose part the direction is
    ['Residents of Qorvath said clashes erupted in the east.', 'battle@Qorvath'],
  ]
  for (const [sentence, want, places] of table) {
    it(`"${sentence}" → ${want}`, () => assert.ok(lastParagraph(FOCUS + sentence, places).includes(want), lastParagraph(FOCUS + sentence, places).join(', ')))
  }
})

describe('a bare direction is no region of the country', () => {
  const regions = /@(?:Northern|Southern|Eastern|Western|Central) Syria/
  const table: string[] = [
    // where an actor is, not where the event is
    'Local factions, wary of the alliance in the north, called on residents to stay home.',
    'Troops shelled the rebels in the east on Friday.',
    // a part of a town, a heading, a distance
    'Clashes broke out in the east of Qorvath on Friday.',
    'Government troops withdrew toward the west overnight.',
    'Thousands fled from the north of Belmira.',
    // a feature named by its side
    'Heavy fighting raged in the east bank district overnight.',
  ]
  for (const sentence of table) {
    it(`"${sentence}"`, () => {
      const got = lastParagraph(FOCUS + sentence)
      assert.ok(!got.some((e) => regions.test(e)), got.join(', '))
    })
  }

  it('speech is located where it was made, not where its words point', () => {
    const got = lastParagraph(`${FOCUS}The Syrian army said the situation in the north was calm.`)
    assert.ok(got.some((e) => e.startsWith('statement@')) && !got.some((e) => regions.test(e)), got.join(', '))
  })

  it('in a text about no one country', () => {
    const got = lastParagraph('The defeat sparked local uprisings in the south.', [])
    assert.deepEqual(got, ['other@-'])
  })
})
