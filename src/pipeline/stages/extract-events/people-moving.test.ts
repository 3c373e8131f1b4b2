// Counts of people crossing and returning, read by the whole pipeline (real places: a crossing is read only into a
// place the gazetteer knows).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf, assertDoc } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

const eventsIn = (text: string) => {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-10' } }, defaultContext({ today: '2025-01-01' }))
  assertDoc(doc)
  return annotationsOf(doc, 'event').filter((e) => e.type === 'displacement')
}

describe('extract-events: counts of people on the move', () => {
  it('reads a count before "have crossed from X into Y", and keeps it whole when a vaguer count of the same kind follows', () => {
    const [flight] = eventsIn('Some 100,000 people have crossed from Syria into Lebanon since 8 December, while thousands of refugees have returned from Lebanon.')
    assert.deepEqual(flight?.quantities, { displaced: 100000 })
  })
  it('is a count of the past, not a forecast, when an estimate tells what already happened ("estimates that 7,600 refugees returned")', () => {
    assert.deepEqual(eventsIn('UNHCR estimates that 7,600 refugees returned to Syria through Bab al-Hawa on 9 December.').map((e) => e.modality), ['asserted'])
    assert.deepEqual(eventsIn('UNHCR estimates that 200,000 refugees will return to Syria next year.').map((e) => e.modality), ['projected'])
  })
  it('reads people crossing into a country at a border crossing it names ("crossed back into Syria through the Bab al-Hawa crossing")', () => {
    const [back] = eventsIn('About 3,000 Syrians crossed back into Syria through the Bab al-Hawa crossing on Monday, officials said.')
    assert.deepEqual([back?.place?.name, back?.quantities], ['Bab al-Hawa border crossing', { displaced: 3000 }])
    // Not crowds pouring into a square (no country crossed into).
    assert.deepEqual(eventsIn('Crowds poured into Umayyad Square in Damascus on Monday.'), [])
  })
  it('reads people moving, heading or arriving somewhere as a flight placed where they go, with its count, and no advance', () => {
    const all = (text: string) => annotationsOf(runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-10' } }, defaultContext({ today: '2025-01-01' })), 'event')
    const moved = all('Nearly 60,000 people have moved towards Raqqa in the past week, aid agencies said.')
    assert.deepEqual(moved.map((e) => [e.type, e.place?.name, e.quantities]), [['displacement', 'Ar Raqqah', { displaced: 60000 }]])
    const reached = all('By Sunday about 12,000 people had reached the camps around Hasakah.')
    assert.deepEqual(reached.map((e) => [e.type, e.quantities]), [['displacement', { displaced: 12000 }]])
    assert.deepEqual(eventsIn('Hundreds of families were heading east to Deir ez-Zor on Monday.').map((e) => e.place?.name), ['Deir ez-Zor'])
    // ("moved from X towards …": where they set out from is named first, and is the place)
    assert.deepEqual(eventsIn('About 40,000 people have moved from Manbij towards areas further east, officials said.').map((e) => [e.place?.name, e.quantities.displaced]), [['Manbij', 40000]])
    // ("thousands of residents, most of them Kurds, headed …": the count stands before an aside)
    assert.deepEqual(eventsIn('Thousands of residents, most of them Kurds, headed east towards Raqqa.').map((e) => e.quantities.displaced), [1000])
    // (a force on the move is an advance; a crowd going to a square is no flight)
    assert.deepEqual(eventsIn('Hundreds of fighters were heading east to Deir ez-Zor on Monday.'), [])
    assert.deepEqual(eventsIn('Thousands of people went to the main square in Raqqa to celebrate.'), [])
  })
})
