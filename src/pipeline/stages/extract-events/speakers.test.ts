import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ActorId } from '../../../core/types.ts'
import type { ActorRef, SentenceView } from './sentence.ts'
import { findSpeakers, speakerFor } from './speakers.ts'

/** A sentence view with actors found by name; `party` for the listed ids. */
function view(text: string, actors: [name: string, id: string, party: boolean][] = []): SentenceView {
  const refs: ActorRef[] = actors.map(([name, id, party]) => {
    const start = text.indexOf(name)
    return { start, end: start + name.length, actorId: id as ActorId, name: id, kind: party ? 'armed_group' : 'organization', party, media: id === 'wire' }
  })
  return { base: 0, text, actors: refs, places: [], dates: [] }
}

describe('speakers', () => {
  it('finds a pre-posed speaker and the complement it vouches for', () => {
    const s = view('The Qorvath Front said its fighters had seized Belmira.', [['Qorvath Front', 'qf', true]])
    const [sp] = findSpeakers(s, null)
    assert.equal(sp?.actor?.actorId, 'qf')
    assert.equal(sp?.party, true)
    assert.ok(sp && speakerFor([sp], s.text.indexOf('seized')) === sp)
  })
  it('finds a post-posed speaker for the words before it', () => {
    const s = view('Fighters seized Belmira, a local monitor said.')
    const [sp] = findSpeakers(s, null)
    assert.equal(sp?.attribution, 'a local monitor')
    assert.equal(sp?.party, false)
    assert.ok(sp && speakerFor([sp], s.text.indexOf('seized')) === sp)
  })
  it('reads "according to" as vouching for the clause before it', () => {
    const s = view('Thousands fled Belmira, according to two aid workers.')
    const [sp] = findSpeakers(s, null)
    assert.equal(sp?.attribution, 'two aid workers')
  })
  it('treats the outlet a source spoke to as the channel, not the speaker', () => {
    const s = view('Rebels entered Belmira, a Zelmari army officer told Wire.', [['Wire', 'wire', false]])
    const [sp] = findSpeakers(s, null)
    assert.equal(sp?.attribution, 'a Zelmari army officer')
    assert.equal(sp?.party, true)
  })
  it('hands "he said" to the previous speaker', () => {
    const prev = findSpeakers(view('Fighters seized Belmira, the commander Anna Vrel said.'), null)[0] ?? null
    const [sp] = findSpeakers(view('More towns would follow, he said.'), prev)
    assert.equal(sp?.attribution, prev?.attribution)
  })
  it('gives a quotation that carries on without a verb to the previous speaker', () => {
    const prev = findSpeakers(view('Fighters seized Belmira, the commander Anna Vrel said.'), null)[0] ?? null
    const [sp] = findSpeakers(view('“Qorvath is next.”'), prev)
    assert.equal(sp?.attribution, prev?.attribution)
  })
  it('does not take "if confirmed" for a speech act', () => {
    assert.deepEqual(findSpeakers(view('If confirmed, the loss would leave the army without a foothold.'), null), [])
  })
})
