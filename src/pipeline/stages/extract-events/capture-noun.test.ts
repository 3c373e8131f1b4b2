// A capture told as a noun with a long object: who took the place comes after "by", and the fighting that led to it
// was in the town, not in the area named to locate the town.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { eventsOf, extract } from './test-doc.ts'

const text = 'The monitor confirmed the capture of Qorvath city in the western countryside of Belmira by the Turkish-backed factions of the '
  + 'Syrian National Army, after four days of heavy clashes with the SDF.'
const places = ['Qorvath', { name: 'Belmira', precision: 'region' as const }]

describe('extract-events: a capture noun with a long object', () => {
  it('takes the agent after "by" as the new holder, and the party whose factions they are as no previous holder', () => {
    const taken = eventsOf(extract(text, places)).find((e) => e.type === 'territory_change')
    assert.deepEqual(taken?.actors.find((a) => a.role === 'initiator')?.actorId, 'sna')
    assert.ok(!taken?.actors.some((a) => a.role === 'target' && a.actorId === 'sna'))
  })
  it('places the fighting before the capture in the town, not in the area that locates it', () => {
    assert.deepEqual(eventsOf(extract(text, places)).filter((e) => e.type === 'battle').map((e) => e.place?.name), ['Qorvath'])
  })
  it('places shelling "amid" fighting on a town\'s outskirts near the town, not in the area that locates it', () => {
    const events = eventsOf(extract('Clashes broke out on the outskirts of Qorvath in the western countryside of Belmira, amid heavy Turkish shelling on the area.',
      [{ name: 'Qorvath', precision: 'near' as const }, { name: 'Belmira', precision: 'region' as const }]))
    assert.deepEqual(events.filter((e) => e.type === 'strike').map((e) => e.place?.name), ['Qorvath'])
  })
})

describe('extract-events: an assault on an area', () => {
  it('is fighting where it went ("an assault from Qorvath on the Belmira countryside"), not where it came from', () => {
    const events = eventsOf(extract('The offensive began on November 27 with an assault from Qorvath on the Belmira countryside.',
      ['Qorvath', { name: 'Belmira', precision: 'region' as const }], '2024-12-08'))
    assert.deepEqual(events.filter((e) => e.type === 'battle').map((e) => [e.place?.name, e.date]), [['Belmira', '2024-11-27']])
  })
  it('is none when only feared ("fears of an assault on the southern suburbs")', () => {
    assert.deepEqual(eventsOf(extract('Residents voiced fears of an assault on the Belmira suburbs.', ['Belmira'])).filter((e) => e.type === 'battle'), [])
  })
})
