// A fall "followed by" others: each town of the list changed hands, on the day named after it.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { eventsOf, extract } from './test-doc.ts'

const taken = (text: string) => eventsOf(extract(text, ['Qorvath', 'Belmira', 'Tessen', 'Idlib'], '2024-12-08'))
  .filter((e) => e.type === 'territory_change').map((e) => [e.place?.name, e.date])

describe('extract-events: a fall followed by others', () => {
  it('reads each town after ", followed by" as taken on its own day, and the first one not on theirs', () => {
    assert.deepEqual(taken('Qorvath fell on November 30, followed by Belmira on Thursday and Tessen on Saturday.'),
      [['Qorvath', '2024-11-30'], ['Belmira', '2024-12-05'], ['Tessen', '2024-12-07']])
    const lead = 'Rebels entered Idlib on November 27, and their offensive has not stopped since then. '
    assert.deepEqual(taken(`${lead}Rebels took Qorvath within days, followed by Belmira on Thursday.`).filter(([p]) => p !== 'Idlib').map(([p, d]) => [p, d === '2024-12-05']),
      [['Qorvath', false], ['Belmira', true]])
  })
  it('leaves what follows a capture that is no town taken ("followed by air strikes on Idlib")', () => {
    assert.deepEqual(taken('Rebels captured Qorvath on Saturday, followed by heavy Russian air strikes on Idlib.'), [['Qorvath', '2024-12-07']])
  })
})
