// Who moves: a ruler's escape is no flight of people; residents who leave are, whatever aside describes them.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

const eventsIn = (text: string) =>
  annotationsOf(runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-10' } }, defaultContext({ theater: 'syria' })), 'event')

describe('extract-events: leaders and leavers', () => {
  it('reads no displacement when a leader flees with his household ("X and his family fled to Y")', () => {
    assert.deepEqual(eventsIn('Bashar al-Assad and his wife and children fled to Moscow on Sunday night.').filter((e) => e.type === 'displacement'), [])
    assert.deepEqual(eventsIn('Assad, together with several aides, had fled to the Hmeimim base.').filter((e) => e.type === 'displacement'), [])
  })
  it('still reads a flight of people whose subject only names a leader in passing', () => {
    assert.equal(eventsIn('Thousands of families fled Qardaha, the home town of Assad, on Monday.').filter((e) => e.type === 'displacement').length, 1)
  })
  it('reads "residents of X, most of whom …, have left" as a flight from X, not from the place the aside names', () => {
    const flights = eventsIn('Residents of Tel Rifaat, most of whom were Kurds who had come from Afrin years ago, have left towards Tabqa.').filter((e) => e.type === 'displacement')
    assert.deepEqual(flights.map((e) => [e.place?.name, e.modality]), [['Tall Rif‘at', 'asserted']])
  })
  it('reads a participle "displaced" inside a partitive aside as who the people are, and dates the leaving by its own day', () => {
    const flights = eventsIn('Most residents of Tel Rifaat, many of them displaced from Afrin in 2018, left for Tabqa on Monday.').filter((e) => e.type === 'displacement')
    assert.deepEqual(flights.map((e) => [e.place?.name, e.modality, e.date]), [['Tall Rif‘at', 'asserted', '2024-12-09']])
  })
})
