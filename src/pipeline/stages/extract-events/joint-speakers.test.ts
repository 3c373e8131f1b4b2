import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

const speech = (text: string) => {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-09' } }, defaultContext({ today: '2025-01-01' }))
  return annotationsOf(doc, 'event').find((e) => e.type === 'statement' || e.type === 'call_to_action' || e.type === 'denial')
}

describe('extract-events: speakers listed together', () => {
  it('all make the call or the statement ("Russia, Iran and Turkey called for …", "Egypt and Jordan said …")', () => {
    const call = speech('Russia, Iran and Turkey called for an immediate halt to the fighting around Karmun.')
    assert.deepEqual(call?.actors, [{ actorId: 'russia', role: 'initiator' }, { actorId: 'iran', role: 'initiator' }, { actorId: 'turkey', role: 'initiator' }])
    assert.equal(call?.attribution, 'Russia, Iran and Turkey')
    const said = speech('Egypt and Jordan said they would send a delegation to Damascus next week.')
    assert.deepEqual(said?.actors.map((a) => a.actorId), ['egypt', 'jordan'])
  })
  it('leave out a name that is no part of the speaker\'s phrase ("Rebels and troops clashed, Turkey said")', () => {
    const said = speech('The talks between Iran and Russia failed, Turkey said on Monday.')
    assert.ok(!said?.actors.some((a) => a.actorId === 'iran' || a.actorId === 'russia'), JSON.stringify(said?.actors))
  })
  it('is no list when the names are one speaker told twice ("Abu Mohammed al-Golani, the HTS leader, said …")', () => {
    assert.deepEqual(speech('Abu Mohammed al-Golani, the HTS leader, said the victory belonged to all Syrians.')?.actors, [{ actorId: 'abu-mohammed-al-golani', role: 'initiator' }])
  })
  it('keeps a condemnation asserted, the condemned act\'s doer its target ("Qatar and Egypt condemned Israel\'s incursion")', () => {
    const said = speech('Qatar and Egypt condemned Israel\'s incursion into the buffer zone.')
    assert.deepEqual([said?.modality, said?.actors.map((a) => `${a.actorId}:${a.role}`)], ['asserted', ['qatar:initiator', 'egypt:initiator', 'israel:target']])
  })
})
