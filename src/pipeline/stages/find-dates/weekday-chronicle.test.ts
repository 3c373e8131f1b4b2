import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf, assertDoc } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

/** Each date mention's text and value, in order ("on Wednesday 2024-11-27"). */
function datesOf(text: string, published: string): string[] {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: published } }, defaultContext({ today: '2026-01-01' }))
  assertDoc(doc)
  return annotationsOf(doc, 'date').map((a) => `${doc.text.slice(a.span.start, a.span.end)} ${a.value}`)
}

// Published Thursday 5 December 2024.
const ROUNDUP = 'It started on Wednesday, when the militia struck Qorvath. By Friday it held Belmira. On Saturday it reached Tessen. '
  + 'On Monday jets bombed Marrak. By Wednesday the militia was at the gates of Dovra.'

describe('find-dates: a roundup told day by day over more than a week', () => {
  it('puts the first of two Wednesdays a week before when the days between run forward', () => {
    assert.deepEqual(datesOf(ROUNDUP, '2024-12-05'), ['on Wednesday 2024-11-27', 'Friday 2024-11-29', 'On Saturday 2024-11-30', 'On Monday 2024-12-02', 'Wednesday 2024-12-04'])
  })
  it('leaves one weekday named twice alone when a day between comes after it', () => {
    // (Thursday is the report's day: the days between do not all lead up to the second Wednesday)
    const text = 'On Wednesday the militia struck Qorvath. On Friday it had taken Belmira. On Monday it had reached Tessen. Jets bombed Marrak on Thursday. On Wednesday night it shelled Dovra.'
    assert.deepEqual(datesOf(text, '2024-12-05').map((x) => x.split(' ').pop()), ['2024-12-04', '2024-11-29', '2024-12-02', '2024-12-05', '2024-12-04'])
  })
  it('leaves "last Wednesday" to the reading of its own words', () => {
    assert.equal(datesOf(ROUNDUP.replace('It started on Wednesday', 'It started last Wednesday'), '2024-12-05')[0], 'last Wednesday 2024-12-04')
  })
})
