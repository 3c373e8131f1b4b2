import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf, assertDoc } from '../../core/doc.ts'
import type { Doc } from '../../core/types.ts'
import { defaultContext } from '../context.ts'
import { runPipeline } from '../run.ts'

function datesIn(text: string, published: string | null, today = '2026-01-01'): { doc: Doc; by: Map<string, { value: string | null; end: string | null; precision: string | null }> } {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: published ? { publishedAt: published } : {} }, defaultContext({ today }))
  assertDoc(doc)
  const by = new Map(annotationsOf(doc, 'date').map((a) => [doc.text.slice(a.span.start, a.span.end), { value: a.value, end: a.end, precision: a.precision }]))
  return { doc, by }
}

describe('find-dates, anchored on a Friday report (2024-12-06)', () => {
  const cases: [phrase: string, sentence: string, value: string | null, end: string | null, precision: string][] = [
    ['on Friday', 'The council said on Friday that Qorvath had fallen.', '2024-12-06', null, 'day'],
    ['on Thursday night', 'Families left Belmira on Thursday night.', '2024-12-05', null, 'day'],
    ['On Wednesday', 'On Wednesday the brigade attacked.', '2024-12-04', null, 'day'],
    ['overnight', 'Militia units crossed the river overnight.', '2024-12-05', '2024-12-06', 'range'],
    ['November 27', 'The push began on November 27 at dawn.', '2024-11-27', null, 'day'],
    ['13 years ago', 'The war began 13 years ago in the south.', '2011-01-01', '2011-12-31', 'year'],
    ['2016', 'The group split from its parent in 2016.', '2016-01-01', '2016-12-31', 'year'],
    ['this year', 'The alliance lost two commanders this year.', '2024-01-01', '2024-12-31', 'year'],
    ['this week', 'Three towns changed hands this week.', '2024-12-02', '2024-12-06', 'range'],
    ['three days ago', 'The assault opened three days ago.', '2024-12-03', null, 'day'],
    ['October 2023', 'The war of October 2023 changed the region.', '2023-10-01', '2023-10-31', 'month'],
    ['the first week of December', 'Jets struck the bridge as recently as the first week of December.', '2024-12-01', '2024-12-07', 'range'],
    ['the last week of November', 'The brigade regrouped in the last week of November.', '2024-11-24', '2024-11-30', 'range'],
    ['earlier this month', 'Gunmen ambushed a patrol earlier this month.', '2024-12-01', '2024-12-06', 'range'],
    ['on Tuesday and Thursday', 'Drones struck the crossing on Tuesday and Thursday.', '2024-12-03', '2024-12-05', 'range'],
    ['Monday and Wednesday', 'Twelve people were killed between Monday and Wednesday.', '2024-12-02', '2024-12-04', 'range'],
    // a weekday range that chrono reads as one expression keeps its end
    ['Tuesday to Thursday', 'Shelling pounded the ridge from Tuesday to Thursday.', '2024-12-03', '2024-12-05', 'range'],
    // the start of a weekday range is the last such day before its end, not before the report
    ['Thursday and Saturday', 'Some 9,000 families left Belmira between Thursday and Saturday.', '2024-11-28', '2024-11-30', 'range'],
    // two full dates after "between" are one range
    ['25 November and 2 December', 'The brigade took 40 hamlets between 25 November and 2 December.', '2024-11-25', '2024-12-02', 'range'],
    // a month without a year is the last one before the report, not the next one
    ['April', 'Gunmen ambushed shepherds near Belmira in April.', '2024-04-01', '2024-04-30', 'month'],
    ['on 3 February', 'The brigade lost Qorvath on 3 February.', '2024-02-03', null, 'day'],
    // a time of day at a sentence's end is not joined to the date that opens the next one
    ['Yesterday', '07:45 Good morning. Yesterday the brigade lost Qorvath.', '2024-12-05', null, 'day'],
    ['On Tuesday', 'The shelling went on into the evening. On Tuesday the brigade withdrew.', '2024-12-03', null, 'day'],
    // nor is a dated heading joined to the time of the live blog entry on the line below it
    ['Tuesday, December 3', 'Tuesday, December 3\n\n23:10 - The brigade lost Qorvath.\n\n21:05 - Shelling hit Belmira.', '2024-12-03', null, 'day'],
  ]
  for (const [phrase, sentence, value, end, precision] of cases) {
    it(`reads "${phrase}"`, () => {
      const got = datesIn(sentence, '2024-12-06').by.get(phrase)
      assert.deepEqual(got, { value, end, precision }, `in: ${sentence}`)
    })
  }

  it('reads "earlier in the week" as this week, "since <the report\'s weekday>" as from a week before, and a habit or a span under a day as no date', () => {
    assert.deepEqual(datesIn('Patrols pulled back from Qorvath earlier in the week.', '2024-12-06').by.get('earlier in the week'),
      { value: '2024-12-02', end: '2024-12-06', precision: 'range' })
    assert.deepEqual(datesIn('Lorries have left Belmira since Friday, drivers said.', '2024-12-06').by.get('Friday'),
      { value: '2024-11-29', end: '2024-12-06', precision: 'range' })
    const { by } = datesIn('Crowds have gathered in Qorvath every Friday and rallied for a second night in Belmira.', '2024-12-06')
    assert.equal(by.get('Friday'), undefined)
    assert.equal(by.get('for a second'), undefined)
    assert.equal(datesIn('Crowds gather in Qorvath on Fridays.', '2024-12-06').by.get('Fridays'), undefined)
  })

  it('reads feasts on a fixed day ("the eve of Christmas", "New Year\'s Day") as the last one not after the report', () => {
    const { by } = datesIn('A drone hit a convoy near Qorvath on the eve of Christmas and a second one on Christmas Day.', '2024-12-28')
    assert.deepEqual(by.get('the eve of Christmas'), { value: '2024-12-24', end: null, precision: 'day' })
    assert.deepEqual(by.get('Christmas Day'), { value: '2024-12-25', end: null, precision: 'day' })
    assert.deepEqual(datesIn('Crowds filled Belmira on New Year\'s Day.', '2025-01-03').by.get('New Year\'s Day'),
      { value: '2025-01-01', end: null, precision: 'day' })
  })

  it('reads "at the weekend" and "last weekend" as the Saturday and Sunday before the report; "since the weekend" up to it', () => {
    assert.deepEqual(datesIn('Fighters left Qorvath at the weekend.', '2024-12-10').by.get('at the weekend'),
      { value: '2024-12-07', end: '2024-12-08', precision: 'range' })
    assert.deepEqual(datesIn('Protests spread to Belmira last weekend.', '2024-12-12').by.get('last weekend'),
      { value: '2024-12-07', end: '2024-12-08', precision: 'range' })
    assert.deepEqual(datesIn('Convoys have left Belmira since the weekend.', '2024-12-10').by.get('weekend'),
      { value: '2024-12-07', end: '2024-12-10', precision: 'range' })
  })

  it('reads "the previous night" and "that evening" from the day named before them', () => {
    const { by } = datesIn('Fighters entered Qorvath on Thursday after the garrison left the previous night.', '2024-12-06')
    assert.deepEqual(by.get('the previous night'), { value: '2024-12-04', end: null, precision: 'day' })
    assert.deepEqual(datesIn('Jets struck Belmira on Tuesday. Rescuers reached it that evening.', '2024-12-06').by.get('that evening'),
      { value: '2024-12-03', end: null, precision: 'day' })
  })

  it('reads a part of the report\'s own month, and a "since" only up to a comma ("…since mid-month, a monitor said on Friday")', () => {
    const { by } = datesIn('Over 60 fighters have died near Qorvath since mid-month, a field monitor said on Wednesday.', '2024-12-27')
    assert.deepEqual(by.get('mid-month'), { value: '2024-12-11', end: '2024-12-27', precision: 'range' })
    assert.deepEqual(by.get('on Wednesday'), { value: '2024-12-25', end: null, precision: 'day' })
    assert.deepEqual(datesIn('Convoys have crossed daily from the start of the month.', '2024-12-27').by.get('the start of the month'),
      { value: '2024-12-01', end: '2024-12-10', precision: 'range' })
  })
  it('reads "since late November" as a range up to the report', () => {
    const { by } = datesIn('Some 90,000 people have fled since it began in late November, aid groups said.', '2024-12-06')
    assert.deepEqual(by.get('late November'), { value: '2024-11-21', end: '2024-12-06', precision: 'range' })
  })

  it('gives no date to a span counted from another event ("two years before …", "two days later", "after two days of …")', () => {
    for (const [phrase, sentence] of [['two years before', 'The old town was besieged for two years before its fighters left.'],
      ['Two days later', 'Two days later, the brigade entered Belmira.'], ['a week after', 'Fighters took Qorvath a week after they reached Belmira.'],
      ['after two days', 'Fighters entered Qorvath after two days of heavy fighting.']]) {
      assert.deepEqual(datesIn(sentence as string, '2024-12-06').by.get(phrase as string), { value: null, end: null, precision: null }, sentence)
    }
  })

  it('reads "in/for N years" as a span reaching back or a duration, a future point only after a future cue', () => {
    const cases: [phrase: string, sentence: string, value: string | null, end: string | null, precision: string | null][] = [
      ['in eight years', 'It was the worst fighting around Qorvath in eight years.', '2016-12-06', '2024-12-06', 'range'],
      ['in two years', 'The brigade lost Belmira for the first time in two years.', '2022-12-06', '2024-12-06', 'range'],
      ['for four years', 'The front had barely moved for four years.', null, null, null],
      ['in 11 days', 'The garrison of Qorvath collapsed in 11 days.', null, null, null],
      ['in four years', 'Elections could be held in four years, the council said.', '2028-01-01', '2028-12-31', 'year'],
      ['past year', 'Strikes on the depots over the past year have thinned the garrison.', '2023-12-06', '2024-12-06', 'range'],
      ['past four days', 'The brigade lost the ground it held around Qorvath in the past four days.', '2024-12-02', '2024-12-06', 'range'],
      ['past days', 'The army said it had pulled back after fierce battles over the past days.', '2024-12-03', '2024-12-06', 'range'],
      ['last year', 'Protests in Belmira began in the summer of last year.', '2023-01-01', '2023-12-31', 'year'],
    ]
    for (const [phrase, sentence, value, end, precision] of cases) {
      assert.deepEqual(datesIn(sentence, '2024-12-06').by.get(phrase), { value, end, precision }, sentence)
    }
  })

  it('reads "the night of December 4" as that day, and "the next day" from the date before it in the sentence', () => {
    const { by } = datesIn('Local fighters took Qorvath on the night of December 4 and Belmira the next day.', '2024-12-12')
    assert.deepEqual(by.get('December 4'), { value: '2024-12-04', end: null, precision: 'day' })
    assert.deepEqual(by.get('next day'), { value: '2024-12-05', end: null, precision: 'day' })
    assert.deepEqual(datesIn('The convoy reached Belmira the next day.', '2024-12-12').by.get('next day'), { value: null, end: null, precision: null })
  })

  it('counts "a day earlier" back from the story\'s day', () => {
    assert.equal(datesIn('Local fighters took Belmira a day earlier.', '2024-12-06').by.get('a day earlier')?.value, '2024-12-05')
  })

  it('counts days "earlier", "before", "later" and "after" from the date the story named last, in its sentence or the one before', () => {
    const rows: [string, string, string | null][] = [
      ['Fighters entered Qorvath on December 5. Two days earlier, jets had struck the town.', 'Two days earlier', '2024-12-03'],
      ['Fighters entered Qorvath on December 5. Jets had struck it three days before.', 'three days before', '2024-12-02'],
      ['Fighters entered Qorvath on December 5. Two days later they reached Belmira.', 'Two days later', '2024-12-07'],
      ['Fighters entered Qorvath on December 1, and a week later the town was calm.', 'a week later', '2024-12-08'],
      // Two sentences back is too far to count from: the old readings stand (a day back from the report, no date).
      ['Fighters entered Qorvath on December 5. The town was quiet. Two days earlier, jets had struck it.', 'Two days earlier', '2024-12-10'],
      ['Fighters entered Qorvath in 2016. Two days later they reached Belmira.', 'Two days later', null],
      // "the same day", "the previous day", "the day before." are story days too (chrono read the last as the report's eve).
      ['Fighters entered Qorvath on December 5. Crowds gathered in Belmira the same day.', 'the same day', '2024-12-05'],
      ['Fighters entered Qorvath on December 5. Jets had struck it the previous day.', 'the previous day', '2024-12-04'],
      ['Fighters entered Qorvath on December 5. Jets had struck it the day before.', 'the day before', '2024-12-04'],
      ['Fighters entered Qorvath early on Saturday after troops left it the night before.', 'the night before', '2024-12-06'],
      // "the following morning", "the next evening": the day after the story's day, as "the next day" is.
      ['Fighters entered Qorvath on December 5. Crowds filled its square the following morning.', 'the following morning', '2024-12-06'],
      ['Fighters entered Qorvath on December 5, and jets struck it the next evening.', 'the next evening', '2024-12-06'],
      // "the day before that …": a clause after it (a speaker's words), or the day before that day: the story's day.
      ['Fighters entered Qorvath on Tuesday. Residents said the day before that jets had struck it.', 'the day before', '2024-12-09'],
      ['Fighters entered Qorvath on December 5. Jets had struck it two days before that.', 'two days before', '2024-12-03'],
      // "before" with an event after it counts from that event, which has no date here.
      ['Fighters entered Qorvath on December 5. Jets struck Belmira two days before fighters entered it.', 'two days before', null],
    ]
    for (const [text, phrase, value] of rows) assert.equal(datesIn(text, '2024-12-12').by.get(phrase)?.value ?? null, value, text)
  })

  it('reads "last Monday" in a Monday report as the Monday before, not the report\'s own day', () => {
    assert.equal(datesIn('Last Monday, fighters reached the edge of Qorvath.', '2024-12-09').by.get('Last Monday')?.value, '2024-12-02')
    assert.equal(datesIn('Fighters reached Qorvath last Friday.', '2024-12-09').by.get('last Friday')?.value, '2024-12-06')
    assert.equal(datesIn('Fighters reached Qorvath on Monday.', '2024-12-09').by.get('on Monday')?.value, '2024-12-09')
  })

  it('reads "on the 7th" as a day of the report\'s month, or of the month before when that day is still to come', () => {
    assert.equal(datesIn('Local fighters said they drove the garrison out of Belmira on the 7th, two days after the protests.', '2024-12-09').by.get('on the 7th')?.value, '2024-12-07')
    assert.equal(datesIn('The council has sat in Qorvath since the 25th.', '2024-12-09').by.get('since the 25th')?.value, '2024-11-25')
    // A unit's number is no day.
    const units = datesIn('Troops of the 4th Division moved on the 46th Regiment base after the 25th anniversary.', '2024-12-09')
    assert.deepEqual([...units.by.keys()].filter((k) => /\dth/.test(k)), [])
  })

  it('reads two days of one month as a range ("on 2 and 3 December", "December 2 and 3")', () => {
    assert.deepEqual(datesIn('Jets struck Belmira on 2 and 3 December.', '2024-12-06').by.get('2 and 3 December'), { value: '2024-12-02', end: '2024-12-03', precision: 'range' })
    assert.deepEqual(datesIn('Jets struck Belmira on December 2 and 3.', '2024-12-06').by.get('December 2 and 3'), { value: '2024-12-02', end: '2024-12-03', precision: 'range' })
    assert.equal(datesIn('On December 2 and 3 people died in Belmira.', '2024-12-06').by.get('December 2')?.value, '2024-12-02')
  })

  it('puts a weekday after "will" in the coming week', () => {
    const { by } = datesIn('The envoys will meet on Monday in Belmira.', '2024-12-06')
    assert.equal(by.get('on Monday')?.value, '2024-12-09')
  })

  it('keeps the day of a past speech verb in the past, whatever the words look ahead to', () => {
    const { by } = datesIn('The council will sit until March, its members said on Monday.', '2024-12-06')
    assert.equal(by.get('on Monday')?.value, '2024-12-02')
  })

  it('keeps "last Friday" in the past after a look ahead', () => {
    const { by } = datesIn('The militia would leave Qorvath, which it had entered last Friday.', '2024-12-12')
    assert.equal(by.get('last Friday')?.value, '2024-12-06')
  })

  it('puts a month after "will" ahead of the report', () => {
    const { by } = datesIn('The council will vote in April.', '2024-12-06')
    assert.equal(by.get('April')?.value ?? by.get('in April')?.value, '2025-04-01')
  })

  it('does not take the verb "may" for a month', () => {
    const { by } = datesIn('The convoy may reach Qorvath soon.', '2024-12-06')
    assert.equal(by.size, 0)
  })

  it('records the publication date from metadata with basis "metadata"', () => {
    const { doc } = datesIn('Fighting went on.', '2024-12-06T09:30:00Z')
    assert.equal(doc.meta.publishedAt, '2024-12-06')
    assert.equal(doc.meta.publishedAtBasis, 'metadata')
  })
})

describe('publication date without metadata', () => {
  it('uses --published when metadata gives none', () => {
    const doc = runPipeline({ source: 't', raw: 'Rebels entered Qorvath on Friday.', format: 'text', hints: {} }, defaultContext({ publishedOverride: '2024-11-29' }))
    assert.equal(doc.meta.publishedAt, '2024-11-29')
    assert.equal(doc.meta.publishedAtBasis, 'option')
    assert.equal(annotationsOf(doc, 'date')[0]?.value, '2024-11-29')
  })

  it('infers it from the latest explicit date and a later weekday the text names', () => {
    const { doc, by } = datesIn('On December 5, 2024, rebels reached Belmira. On Friday they entered Qorvath.', null)
    assert.equal(doc.meta.publishedAt, '2024-12-06')
    assert.equal(doc.meta.publishedAtBasis, 'inferred')
    assert.equal(by.get('On Friday')?.value, '2024-12-06')
  })

  it('leaves relative dates unresolved when nothing in the text supports a date', () => {
    const { doc, by } = datesIn('On Friday rebels entered Qorvath; thousands fled overnight.', null)
    assert.equal(doc.meta.publishedAt, null)
    assert.equal(by.get('On Friday')?.value, null)
    assert.equal(by.get('overnight')?.value, null)
  })

  it('gives no date to words read from the day they are said ("in a week", "next month") when that day is unknown', () => {
    const { doc, by } = datesIn('Rebels took three cities in a week and plan to reach Qorvath next month.', null)
    assert.equal(doc.meta.publishedAt, null)
    assert.equal(by.get('in a week')?.value ?? null, null)
    assert.equal(by.get('next month')?.value ?? null, null)
  })

  it('does not infer a date from expressions relative to an unknown day', () => {
    const { doc } = datesIn('Three days ago rebels entered Qorvath; yesterday they left.', null)
    assert.equal(doc.meta.publishedAt, null)
  })

  it('ignores a metadata date in the future', () => {
    const { doc } = datesIn('Fighting went on.', '2031-01-01', '2026-01-01')
    assert.equal(doc.meta.publishedAtBasis, null)
    assert.ok(doc.messages.some((m) => m.rule === 'implausible-published'))
  })
})
