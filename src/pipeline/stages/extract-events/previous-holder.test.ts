import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

/** "type:actor:role" of every event of an invented text (real towns of the control baseline). */
const roles = (text: string, publishedAt = '2024-12-06') => {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt } }, defaultContext({ today: '2025-01-01' }))
  return annotationsOf(doc, 'event').flatMap((e) => e.actors.map((a) => `${e.type}:${a.actorId}:${a.role}`))
}

describe('extract-events: the previous holder of a place taken or advanced on', () => {
  it('is the target the baseline gives when the text names none ("Rebels captured Rastan")', () => {
    assert.deepEqual(roles('Rebels captured the town of Rastan on Thursday.'), ['territory_change:moc:initiator', 'territory_change:syrian-government:target'])
    assert.deepEqual(roles('Turkish-backed factions seized Tal Rifaat on Sunday.', '2024-12-02'), ['territory_change:sna:initiator', 'territory_change:sdf:target'])
    // (humanitarian updates' wording of the same factions)
    assert.deepEqual(roles('Turkish-backed armed groups took control of Tal Rifaat on Sunday.', '2024-12-02'), ['territory_change:sna:initiator', 'territory_change:sdf:target'])
    assert.ok(roles('HTS fighters pushed towards Homs on Friday.').includes('other:syrian-government:target'))
  })
  it('leaves a target the text names, a mover of the holder\'s own side, and a holder gone by the event\'s day', () => {
    assert.deepEqual(roles('Turkish-backed factions seized Tal Rifaat from the Syrian army on Sunday.', '2024-12-02'), ['territory_change:sna:initiator', 'territory_change:syrian-army:target'])
    assert.deepEqual(roles('Government troops recaptured Talbiseh on Thursday.'), ['territory_change:syrian-army:initiator'])
    assert.deepEqual(roles('Rebels captured the town of Rastan on Tuesday.', '2024-12-12'), ['territory_change:moc:initiator'])
  })
})

describe('extract-events: the previous holder of an area', () => {
  it('is not the holder of the city a countryside is named after, but the side the mover\'s front faced', () => {
    // (Hasakah city was the SDF's; the HTS-led rebels' gains were the government's ground.)
    assert.deepEqual(roles('Rebels captured the southern countryside of Hasakah on Thursday.').filter((r) => r.endsWith(':target')), ['territory_change:syrian-government:target'])
    // (a mover with no front in the pack: no one)
    assert.deepEqual(roles('Islamic State fighters captured the western countryside of Aleppo on Thursday.').filter((r) => r.endsWith(':target')), [])
  })
})

describe('extract-events: a capture told without its taker', () => {
  it('is by the side the document last told moving on that place ("The capture of Hama …", "Capturing Homs would …")', () => {
    const told = roles('Opposition fighters said they had entered Hama on Thursday. The capture of Hama is another blow for the government.')
    assert.equal(told.filter((r) => r === 'territory_change:moc:initiator').length, 2, told.join(', '))
    assert.ok(roles('Rebels are advancing towards Homs. Capturing Homs would cut the road between the capital and the coast.')
      .filter((r) => r.startsWith('territory_change:')).includes('territory_change:moc:initiator'))
  })
  it('is no one when nothing before moved on the place, and a withdrawal keeps only who left', () => {
    assert.deepEqual(roles('Rebels entered Homs on Friday. The capture of Hama is another blow for the government.').filter((r) => r.startsWith('territory_change:') && r.includes('initiator')), ['territory_change:moc:initiator'])
    assert.deepEqual(roles('Rebels reached the gates of Hama on Wednesday. Government troops withdrew from Hama on Thursday.').filter((r) => r.startsWith('territory_change:')), ['territory_change:syrian-army:target'])
  })
})

describe('extract-events: history', () => {
  it('gives a capture told as history neither a taker from the news nor the baseline\'s holder', () => {
    const told = roles('Rebels entered Hama on Thursday. Hama was stormed in 1982 and thousands were killed.')
    assert.deepEqual(told.filter((r) => r.startsWith('territory_change:')), ['territory_change:moc:initiator', 'territory_change:syrian-government:target'])
  })
})

describe('extract-events: the previous holder of a village the baseline does not list', () => {
  it('is the one holder of every baseline town near it; on a front line between two holders, the one the mover\'s front faced', () => {
    assert.ok(roles('Rebels captured the village of Khan Tuman on Thursday.').includes('territory_change:syrian-government:target'))
    assert.deepEqual(roles('Rebels captured the village of Kafr Naha on Thursday.').filter((r) => r.endsWith(':target')), ['territory_change:syrian-government:target'])
    assert.deepEqual(roles('Islamic State fighters captured the village of Kafr Naha on Thursday.').filter((r) => r.endsWith(':target')), [])
  })
})

describe('extract-events: a capture told before its taker is named', () => {
  it('is by the side the document names taking the place next ("…, after Hama. Rebels took Hama on …")', () => {
    const told = roles('The capture of Hama is another blow for the government. Opposition fighters entered Hama on Thursday.')
    assert.equal(told.filter((r) => r === 'territory_change:moc:initiator').length, 2, told.join(', '))
  })
})

describe('extract-events: the side a mover\'s front faced, when the place names no holder', () => {
  it('is the government for the HTS-led rebels\' gains until 8 December, and the SDF for the Turkish-backed factions\'', () => {
    assert.ok(roles('Opposition fighters have seized three more towns in their push south.', '2024-12-03').includes('territory_change:syrian-government:target'))
    assert.ok(roles('HTS fighters took control of a string of hilltops overnight.', '2024-12-04').includes('territory_change:syrian-government:target'))
    assert.ok(roles('Turkish-backed factions captured several villages on Sunday.', '2024-12-02').includes('territory_change:sdf:target'))
  })
  it('is no one outside the front\'s days, for a mover with no front, or when the movers face different sides', () => {
    assert.deepEqual(roles('Opposition fighters have seized three more towns.', '2024-12-11').filter((r) => r.endsWith(':target')), [])
    assert.deepEqual(roles('Tribal fighters seized several villages on Sunday.', '2024-12-03').filter((r) => r.endsWith(':target')), [])
    assert.deepEqual(roles('Rebels and Turkish-backed factions seized several villages on Sunday.', '2024-12-03').filter((r) => r.endsWith(':target')), [])
  })
})
