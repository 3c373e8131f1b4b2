// A force seen somewhere has gone there: a sighting is a deployment, told by whoever saw it.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

const eventsIn = (text: string) =>
  annotationsOf(runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-10' } }, defaultContext({ theater: 'syria' })), 'event')

describe('extract-events: forces seen', () => {
  it('reads "tanks were seen inside X" as a deployment by the force the tanks belong to', () => {
    const [e] = eventsIn('Turkish tanks were spotted near Kobani on Monday, villagers said.')
    assert.deepEqual([e?.type, e?.place?.name, e?.actors], ['deployment', '‘Ayn al ‘Arab', [{ actorId: 'turkish-forces', role: 'initiator' }]])
  })
  it('reads a convoy "seen moving" towards a place as a deployment, not an advance', () => {
    assert.deepEqual(eventsIn('Iranian military convoys have been seen heading from Deir ez-Zor towards Albu Kamal.').map((e) => e.type), ['deployment'])
  })
  it('leaves people seen somewhere, and a force seen advancing, to their own rules', () => {
    assert.ok(!eventsIn('Families were seen sheltering in mosques in Tabqa.').some((e) => e.type === 'deployment'))
    assert.deepEqual(eventsIn('Turkish tanks were seen advancing towards Kobani.').map((e) => e.type), ['other'])
  })
  it('reads one craft of a force leaving a base as a deployment ("a Russian cargo plane left X"), not any plane that left', () => {
    assert.deepEqual(eventsIn('A Russian cargo plane left the Hmeimim base for Libya on Monday.').map((e) => [e.type, e.actors[0]?.actorId]), [['deployment', 'russian-forces']])
    assert.deepEqual(eventsIn('The plane left Damascus with the family aboard.').filter((e) => e.type === 'deployment'), [])
  })
  it('reads a force seen leaving its positions somewhere as a redeployment there, and one leaving a town as a withdrawal', () => {
    const [moved] = eventsIn('Turkish military convoys were spotted leaving positions in Afrin and heading to the border on Friday.')
    assert.deepEqual([moved?.type, moved?.place?.name, moved?.actors], ['deployment', '‘Afrīn', [{ actorId: 'turkish-forces', role: 'initiator' }]])
    assert.deepEqual(eventsIn('Army soldiers were leaving their checkpoints in Salamiyah, a resident said.').map((e) => e.type), ['deployment'])
    const [left] = eventsIn('Russian military convoys were seen leaving Kobani on Saturday.')
    assert.deepEqual([left?.type, left?.place?.name, left?.actors], ['territory_change', '‘Ayn al ‘Arab', [{ actorId: 'russian-forces', role: 'target' }]])
    // (no force: an aid convoy leaving a town moves no side)
    assert.deepEqual(eventsIn('Aid convoys were seen leaving Kobani on Saturday.'), [])
  })
})
