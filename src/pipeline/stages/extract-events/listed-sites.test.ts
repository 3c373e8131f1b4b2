// A strike told at several places is one event per place, however each item of the list is worded.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

const placesOf = (text: string) =>
  annotationsOf(runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-10' } }, defaultContext({ theater: 'syria' })), 'event')
    .filter((e) => e.type === 'strike').map((e) => e.place?.name)

describe('extract-events: places listed for one strike', () => {
  it('reads items that repeat their preposition and name a town word ("in A, in the coastal city of B and near C")', () => {
    assert.deepEqual(placesOf('Warplanes bombed army depots in Hasakah, in the northern town of Tal Abyad and near Raqqa on Sunday.'),
      ['Al Ḩasakah', 'Tall Abyaḑ', 'Ar Raqqah'])
  })
  it('reads sites named by their towns ("A airport, the B barracks and the port of C")', () => {
    assert.deepEqual(placesOf('Israeli missiles struck radar sites at Qamishli airport, the Kiswah barracks and the port of Latakia overnight.'),
      ['Qamishli Airport', 'Al Kiswah', 'Port of Latakia'])
  })
  it('places a toll of a strike on a list at the list\'s first place, a town word between the names ("A city and the towns of B and C")', () => {
    const events = annotationsOf(runPipeline({ source: 't', raw: 'Jets bombed Raqqa city and the towns of Tabqa and Mansoura on Friday, killing nine people.', format: 'text', hints: { publishedAt: '2024-12-10' } }, defaultContext({ theater: 'syria' })), 'event')
    assert.deepEqual(events.filter((e) => e.type === 'casualties').map((e) => e.place?.name), ['Ar Raqqah'])
  })
})

describe('extract-events: an area taken with the places it includes', () => {
  it('keeps the area the verb takes beside the places "including" names, not the area that only locates unnamed villages', () => {
    const names = (text: string) => annotationsOf(runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-10' } }, defaultContext({ theater: 'syria' })), 'event')
      .filter((e) => e.type === 'territory_change').map((e) => e.place?.name)
    assert.deepEqual(names('Local factions seized Quneitra province on Saturday, including the town of Khan Arnabah.'), ['Quneitra', 'Khān Arnabah'])
    assert.deepEqual(names('Local factions seized several villages in Quneitra province on Saturday, including Khan Arnabah.'), ['Khān Arnabah'])
  })
})
