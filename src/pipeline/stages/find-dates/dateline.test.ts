import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'
import { datelineDay } from './dateline.ts'

const PERIOD = { from: '2024-11-26', to: '2024-12-12' }
const published = (text: string) => {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: {} }, defaultContext({ theater: 'syria', today: '2026-01-01' }))
  return [doc.meta.publishedAt, doc.meta.publishedAtBasis]
}

describe('find-dates: a dateline without its year', () => {
  it('takes its year from a full date the text writes near that day, across a new year too', () => {
    assert.equal(datelineDay('AMMAN, Dec 4 (AFP) - Convoys crossed on Wednesday, after talks held on 29 November 2024.', ['2024-11-29'], null)?.date, '2024-12-04')
    assert.equal(datelineDay('Beirut, 2 January (Reuters) – Flights resumed after a halt that began on December 28, 2024.', ['2024-12-28'], null)?.date, '2025-01-02')
  })
  it('takes its year from the theater period only when the day falls inside it, and never from a date far away', () => {
    assert.equal(datelineDay('HOMS, Dec 6 (Reuters) - Residents left the city.', [], PERIOD)?.date, '2024-12-06')
    assert.equal(datelineDay('HOMS, March 6 (Reuters) - Residents left the city.', [], PERIOD), null)
    assert.equal(datelineDay('HOMS, Dec 6 (Reuters) - The uprising began on 15 March 2011.', ['2011-03-15'], null), null)
    // (no dateline: a day told in the body is no filing day)
    assert.equal(datelineDay('Residents left the city on Dec 6, officials said.', [], PERIOD), null)
  })
  it('dates an undated report by its dateline, and its weekdays with it', () => {
    assert.deepEqual(published('QAMISHLI, Syria, Dec 9 (Reuters) - Kurdish-led forces said on Monday they had pulled back from Deir ez-Zor.'), ['2024-12-09', 'inferred'])
    assert.deepEqual(published('Kurdish-led forces said on Monday they had pulled back from Deir ez-Zor.'), [null, null])
  })
})
