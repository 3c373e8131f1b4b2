import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findVagueDates, VAGUE_RULES } from './vague.ts'

// Phrases each rule reads, in the spellings reports use (capitals at a sentence's start, line breaks inside).
const READ: readonly string[] = [
  'Shelling resumed overnight.', 'Last night the convoy left.',
  'Today the council met.', 'Tonight a curfew starts.',
  'Three villages fell this week.', 'Last Week the front moved.', 'in the past\nweek',
  'within the past 24 hours', 'In the coming days the road reopens.', 'over the next two DAYS',
  'the third town to fall within a week', 'Within two weeks the siege ended.',
  'since late November', 'in early March 2023', 'until the end of October',
  'since mid-month', 'from the start of the month', 'Late this Month',
  'as recently as the first week of December', 'in the last week of November 2024',
  'earlier this month', 'Earlier This Month',
  'split from its parent in 2016', 'Since\n2021 the town has been held', 'until 1999,',
]

describe('vague date rules', () => {
  it('a rule with a cue finds its cue in every phrase it reads (the cue only skips reports it cannot read)', () => {
    let read = 0
    for (const rule of VAGUE_RULES) {
      for (const text of READ) {
        rule.pattern.lastIndex = 0
        if (!rule.pattern.test(text)) continue
        read++
        if (rule.cue) assert.ok(rule.cue.test(text), `${rule.name}: "${text}" is read, but its cue ${rule.cue} is not in it`)
      }
      rule.pattern.lastIndex = 0
    }
    assert.ok(read >= READ.length, 'every phrase is read by some rule')
  })

  it('a bare year after a preposition is the year alone; not inside a number, a range or a count', () => {
    const years = (text: string) => findVagueDates(text, null).filter((f) => f.rule === 'vague:year').map((f) => text.slice(f.start, f.end))
    assert.deepEqual(years('The group split from its parent in 2016 and, Since\n2021, holds the town.'), ['2016', '2021'])
    assert.deepEqual(years('within 2018, from 2019-20, by 2020 fighters, in 20245, of 1990s'), [])
    assert.deepEqual(years('by 2019 2020'), ['2019'])
  })
})
