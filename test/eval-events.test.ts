// The eval's own checks (scripts/eval-events): pairing, per-field agreement and the actor-role tally, on invented data.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { GoldEvent, GoldPlace } from '../scripts/eval-events/gold.ts'
import type { PredEvent } from '../scripts/eval-events/match.ts'
import { dateAgrees, evidenceOverlap, matchDocument, placeAgrees } from '../scripts/eval-events/match.ts'
import { emptyTally, goldActorId, tallyRoles } from '../scripts/eval-events/roles.ts'
import { actorMatcherFor } from '../src/pipeline/stages/find-actors.ts'

const places = new Map<string, GoldPlace>([['Qorvath', { lat: 35, lon: 37, radius_km: 10 }]])
const pred = (over: Partial<PredEvent>): PredEvent => ({
  type: 'territory_change', actors: [], place: null, date: '2024-12-06', dateEnd: null, modality: 'asserted',
  attribution: null, quantities: {}, evidence: { text: 'Rebels seized the town of Qorvath from government forces on Friday.' }, ...over,
})
const gold = (over: Partial<GoldEvent>): GoldEvent => ({
  type: 'territory_change', evidence: 'Rebels seized the town of Qorvath from government forces on Friday.', modality: 'asserted', ...over,
})

describe('eval-events: matching', () => {
  it('pairs events whose evidence overlaps and whose types agree, and reports a sentence found with another type', () => {
    const m = matchDocument([gold({}), gold({ type: 'battle' })], [pred({})], places)
    assert.deepEqual(m.pairs, [{ gold: 0, pred: 0 }])
    assert.deepEqual([...m.sentenceFound].sort(), [0, 1])
  })
  it('needs most of the gold sentence inside the predicted span', () => {
    assert.equal(evidenceOverlap('Rebels seized the town of Qorvath from government forces on Friday.', 'Rebels seized it.'), 0)
  })
  it('checks places by radius and dates by the day, a week at most', () => {
    assert.equal(placeAgrees(['Qorvath'], { name: 'x', lat: 35.05, lon: 37, }, places), true)
    assert.equal(placeAgrees(['Qorvath'], { name: 'x', lat: 36, lon: 37 }, places), false)
    assert.equal(dateAgrees('2024-12-05', pred({ date: '2024-12-06' })), true)
    assert.equal(dateAgrees('2024-12-05', pred({ date: '2024-11-20', dateEnd: '2024-12-06' })), false)
    assert.equal(dateAgrees('2016', pred({ date: '2016-12-01', dateEnd: '2016-12-31' })), true)
  })
})

describe('eval-events: actor roles', () => {
  const matcher = actorMatcherFor('syria')
  it('maps gold names to lexicon ids by name, alias or the matcher', () => {
    assert.equal(goldActorId(matcher, { normalized: 'HTS-led opposition' }, '2024-12-06'), 'moc')
    assert.equal(goldActorId(matcher, { normalized: 'Syrian government' }, '2024-12-06'), 'syrian-government')
    assert.equal(goldActorId(matcher, { normalized: 'Qorvath residents' }, '2024-12-06'), 'civilians')
    assert.equal(goldActorId(matcher, { normalized: 'unspecified' }, '2024-12-06'), null)
  })
  it('counts a part of the gold actor with the same role as agreement and a reversed one as a swap', () => {
    const t = emptyTally()
    const g = [{ normalized: 'HTS-led opposition', role: 'initiator' }, { normalized: 'Syrian government', role: 'target' }]
    tallyRoles(t, matcher, g, pred({ actors: [{ actorId: 'hts', role: 'initiator' }, { actorId: 'syrian-army', role: 'target' }] }), '2024-12-06', 'a')
    tallyRoles(t, matcher, g, pred({ actors: [{ actorId: 'syrian-army', role: 'initiator' }] }), '2024-12-06', 'b')
    assert.deepEqual({ agree: t.agree, swapped: t.swapped, missing: t.missing, events: t.eventsWithSides, swappedEvents: t.eventsSwapped }, { agree: 2, swapped: 1, missing: 1, events: 2, swappedEvents: 1 })
  })
  it('does not count a backer as the actor it backs', () => {
    const t = emptyTally()
    tallyRoles(t, matcher, [{ normalized: 'Iran', role: 'initiator' }], pred({ actors: [{ actorId: 'hezbollah', role: 'initiator' }] }), '2024-12-06', 'c')
    assert.equal(t.agree, 0)
    assert.equal(t.extra, 1)
  })
})
