import assert from 'node:assert/strict'
import { test } from 'node:test'
import { actorTable } from './actors.ts'
import { BASELINE, HOLDERS, at, ev, took } from './test-fixtures.ts'
import { buildTimeline, controlOn, eventDay, type SituationEvent } from './timeline.ts'

const actors = actorTable(HOLDERS)
const [QORVATH, BELMIRA, , VARN] = BASELINE as [typeof BASELINE[0], typeof BASELINE[0], typeof BASELINE[0], typeof BASELINE[0]]
const D0 = '2030-01-01'
const timeline = (events: SituationEvent[]) => buildTimeline(BASELINE, D0, events, actors)
const on = (events: SituationEvent[], date: string, name: string) => {
  const p = controlOn(timeline(events), date).places.find((x) => x.name === name)
  assert.ok(p, `${name} is listed on ${date}`)
  return p
}

test('with no reports, control on any later day equals the baseline', () => {
  const c = controlOn(timeline([]), '2030-02-15')
  assert.equal(c.schema, 'sitrep.control/1')
  assert.deepEqual(c.places.map((p) => [p.name, p.holder.actorId, p.status, p.since]), [
    ['Belmira', 'red', 'baseline', null], ['Qorvath', 'red', 'baseline', null],
    ['Tessaly', 'blue', 'baseline', null], ['Varn', 'red', 'baseline', null],
  ])
})

test('a capture changes the holder from its day, and a retake changes it back', () => {
  const events = [
    ev({ actors: took('blue-rebels'), place: at(QORVATH), date: '2030-01-03' }),
    ev({ actors: took('red-army'), place: at(QORVATH), date: '2030-01-06' }),
  ]
  assert.equal(on(events, '2030-01-02', 'Qorvath').holder.actorId, 'red')
  const taken = on(events, '2030-01-04', 'Qorvath')
  assert.equal(taken.holder.actorId, 'blue')
  assert.equal(taken.since, '2030-01-03')
  assert.equal(taken.holder.name, 'Blue front')
  const back = on(events, '2030-01-07', 'Qorvath')
  assert.equal(back.holder.actorId, 'red')
  assert.equal(back.since, '2030-01-06')
})

test('one report of a capture is claimed, with its evidence', () => {
  const e = ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03' })
  const p = on([e], '2030-01-03', 'Qorvath')
  assert.equal(p.status, 'claimed')
  assert.deepEqual(p.evidence, [{ document: e.documents[0], span: e.evidence }])
})

test('two independent sources make a capture assessed', () => {
  const events = [
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03', outlets: ['outlet-a'] }),
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03', outlets: ['outlet-b'] }),
  ]
  const p = on(events, '2030-01-03', 'Qorvath')
  assert.equal(p.status, 'assessed')
  assert.ok(p.confidence > 0.8)
})

test('two reports from one outlet count as one source', () => {
  const events = [
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03', outlets: ['outlet-a'] }),
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03', outlets: ['outlet-a'] }),
  ]
  assert.equal(on(events, '2030-01-03', 'Qorvath').status, 'claimed')
})

test('a fused event with two independent sources is assessed on its own', () => {
  const e = ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03', documents: ['doc:x', 'doc:y'], independentSources: 2, status: 'assessed' })
  assert.equal(on([e], '2030-01-03', 'Qorvath').status, 'assessed')
})

test('a claim against a denial by the other side is contested, the place shown with its holder', () => {
  const events = [
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03', modality: 'claimed', attribution: 'the Blue Front' }),
    ev({ type: 'denial', actors: took('red'), place: at(QORVATH), date: '2030-01-03' }),
  ]
  const p = on(events, '2030-01-04', 'Qorvath')
  assert.equal(p.status, 'contested')
  assert.equal(p.holder.actorId, 'red')
  assert.equal(p.evidence.length, 2)
})

test('a denial by a side that neither took nor lost the place does not contest the change', () => {
  // Red loses Qorvath to Blue; days later Green takes it from Blue, and Red denies having withdrawn.
  const events = [
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03', documents: ['doc:a', 'doc:b'], independentSources: 2, status: 'assessed' }),
    ev({ actors: [...took('green'), { actorId: 'blue', role: 'target' }], place: at(QORVATH), date: '2030-01-10' }),
    ev({ type: 'denial', actors: took('red'), place: at(QORVATH), date: '2030-01-11' }),
  ]
  const p = on(events, '2030-01-11', 'Qorvath')
  assert.equal(p.holder.actorId, 'green')
  assert.equal(p.status, 'claimed')
  // The side that lost it denying is still heard.
  const byBlue = on([...events.slice(0, 2), ev({ type: 'denial', actors: took('blue'), place: at(QORVATH), date: '2030-01-11' })], '2030-01-11', 'Qorvath')
  assert.equal(byBlue.status, 'contested')
  // So is a denier the table knows no side for (state media, an official of no listed side).
  const byUnknown = on([...events.slice(0, 2), ev({ type: 'denial', actors: took('state-radio'), place: at(QORVATH), date: '2030-01-11' })], '2030-01-11', 'Qorvath')
  assert.equal(byUnknown.status, 'contested')
})

test('a denial long after the change does not contest it', () => {
  const events = [
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03' }),
    ev({ type: 'denial', actors: took('red'), place: at(QORVATH), date: '2030-01-20' }),
  ]
  assert.equal(on(events, '2030-01-21', 'Qorvath').status, 'claimed')
})

test("a party's claim confirmed by the side that lost the place is assessed", () => {
  const events = [
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03', modality: 'claimed', attribution: 'Blue Front commanders', documents: ['doc:same'] }),
    ev({ actors: [{ actorId: 'red-army', role: 'target' }], place: at(QORVATH), date: '2030-01-03', modality: 'claimed', attribution: 'the army', documents: ['doc:same'] }),
    ev({ actors: took('blue'), place: at(BELMIRA), date: '2030-01-03', documents: ['doc:same'] }),
  ]
  assert.equal(on(events, '2030-01-03', 'Qorvath').status, 'assessed')
  assert.equal(on(events.slice(0, 1), '2030-01-03', 'Qorvath').status, 'claimed')
})

test('a withdrawal hands the place to the taker its report implies', () => {
  const events = [
    ev({ actors: took('blue'), place: at(BELMIRA), date: '2030-01-05', documents: ['doc:w'] }),
    ev({ actors: [{ actorId: 'red', role: 'target' }], place: at(QORVATH), date: '2030-01-05', documents: ['doc:w'] }),
  ]
  const p = on(events, '2030-01-05', 'Qorvath')
  assert.equal(p.holder.actorId, 'blue')
  assert.equal(p.since, '2030-01-05')
})

test('a withdrawal with no taker keeps the holder and makes the place contested', () => {
  const events = [ev({ actors: [{ actorId: 'red', role: 'target' }], place: at(QORVATH), date: '2030-01-05' })]
  const p = on(events, '2030-01-05', 'Qorvath')
  assert.equal(p.holder.actorId, 'red')
  assert.equal(p.status, 'contested')
  assert.equal(on(events, '2030-01-04', 'Qorvath').status, 'baseline')
})

test('fighting inside a place makes it contested on that day only', () => {
  const events = [ev({ type: 'battle', actors: took('blue'), place: at(QORVATH), date: '2030-01-05' })]
  assert.equal(on(events, '2030-01-05', 'Qorvath').status, 'contested')
  assert.equal(on(events, '2030-01-06', 'Qorvath').status, 'baseline')
})

test('planned, projected and hypothetical captures change nothing', () => {
  const events = (['planned', 'projected', 'hypothetical', 'background'] as const)
    .map((modality) => ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03', modality }))
  assert.equal(on(events, '2030-01-04', 'Qorvath').holder.actorId, 'red')
})

test('a secondary holder keeps its quarters when a third side takes the town', () => {
  const p = on([ev({ actors: took('blue'), place: at(VARN), date: '2030-01-03' })], '2030-01-04', 'Varn')
  assert.equal(p.holder.actorId, 'blue')
  assert.deepEqual(p.partial, [{ actorId: 'green', name: 'Green council', note: 'two northern quarters' }])
})

test('a secondary holder that takes the whole town is no longer listed as partial', () => {
  const p = on([ev({ actors: took('green'), place: at(VARN), date: '2030-01-03' })], '2030-01-04', 'Varn')
  assert.equal(p.holder.actorId, 'green')
  assert.equal(p.partial, undefined)
})

test('an event matches a baseline place by spelling near it, whatever its id', () => {
  const e = ev({ actors: took('blue'), place: at(QORVATH, { placeId: 'geonames:1', name: 'Al-Qurvat', lat: 34.015, lon: 36.01 }), date: '2030-01-03' })
  assert.equal(on([e], '2030-01-03', 'Qorvath').holder.actorId, 'blue')
})

test('an event matches a baseline place by its point, whatever its name', () => {
  const e = ev({ actors: took('blue'), place: at(QORVATH, { placeId: 'other:9', name: 'Zzyx', lat: 34.005, lon: 36.0 }), date: '2030-01-03' })
  assert.equal(on([e], '2030-01-03', 'Qorvath').holder.actorId, 'blue')
})

test('a village near a town opens its own place, inheriting the nearby baseline holder', () => {
  const e = ev({ actors: took('blue'), place: at(QORVATH, { placeId: 'other:7', name: 'Dunmarrow', lat: 34.05, lon: 36.0 }), date: '2030-01-03' })
  assert.equal(on([e], '2030-01-03', 'Qorvath').holder.actorId, 'red')
  assert.equal(on([e], '2030-01-02', 'Dunmarrow').holder.actorId, 'red')
  assert.equal(on([e], '2030-01-03', 'Dunmarrow').holder.actorId, 'blue')
})

test('a region-precision place does not move the town of that name', () => {
  const e = ev({ actors: took('blue'), place: at(QORVATH, { placeId: 'admin:q', precision: 'region' }), date: '2030-01-03' })
  assert.equal(on([e], '2030-01-04', 'Qorvath').holder.actorId, 'red')
})

test('a same-day capture and retake with equal support is contested', () => {
  const events = [
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03' }),
    ev({ actors: took('red'), place: at(QORVATH), date: '2030-01-03' }),
  ]
  const p = on(events, '2030-01-03', 'Qorvath')
  assert.equal(p.status, 'contested')
})

test('an undated event is dated by its report; a month is too vague to date a change', () => {
  assert.equal(eventDay({ date: null, dateEnd: null, datePrecision: null, reportedOn: '2030-01-09' }), '2030-01-09')
  assert.equal(eventDay({ date: '2030-01-01', dateEnd: '2030-01-31', datePrecision: 'month' }), null)
  assert.equal(eventDay({ date: '2030-01-04', dateEnd: '2030-01-05', datePrecision: 'range' }), '2030-01-04')
})

test('a change dated after its report is dated by the report', () => {
  assert.equal(eventDay({ date: '2030-01-19', dateEnd: null, datePrecision: 'day', reportedOn: '2030-01-08' }), '2030-01-08')
})

test("a change a live blog's entry past midnight dates to the day after the page's date keeps that day", () => {
  assert.equal(eventDay({ date: '2030-01-09', dateEnd: null, datePrecision: 'day', reportedOn: '2030-01-08' }), '2030-01-09')
})

test('a region-precision capture of a town (part of it) contests it without changing the holder', () => {
  const e = ev({ actors: took('blue'), place: at(QORVATH, { precision: 'region' }), date: '2030-01-03' })
  const p = on([e], '2030-01-03', 'Qorvath')
  assert.deepEqual([p.holder.actorId, p.status], ['red', 'contested'])
})

test('a capture far outside the theater opens no control place', () => {
  const e = ev({ actors: took('blue'), place: at(QORVATH, { placeId: 'geonames:5', name: 'Farland', lat: -5, lon: -42 }), date: '2030-01-03' })
  assert.equal(controlOn(timeline([e]), '2030-01-04').places.some((p) => p.name === 'Farland'), false)
})

test("the losing side's own word that it withdrew confirms a capture dated within a day", () => {
  const events = [
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-05', modality: 'claimed', attribution: 'Blue Front' }),
    ev({ actors: [{ actorId: 'red-army', role: 'target' }], place: at(QORVATH), date: '2030-01-04', modality: 'claimed', attribution: 'Red Command' }),
  ]
  const p = on(events, '2030-01-05', 'Qorvath')
  assert.deepEqual([p.holder.actorId, p.status, p.evidence.length], ['blue', 'assessed', 2])
  assert.equal(on(events, '2030-01-04', 'Qorvath').holder.actorId, 'red')
})

test('a fall with no actor named supports the capture of that day instead of contesting it', () => {
  const events = [
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-05' }),
    ev({ actors: [], place: at(QORVATH), date: '2030-01-05' }),
  ]
  const p = on(events, '2030-01-06', 'Qorvath')
  assert.deepEqual([p.holder.actorId, p.status], ['blue', 'assessed'])
})

test('an actor that holds no ground (a monitor) takes nothing', () => {
  const e = ev({ actors: took('monitor'), place: at(QORVATH), date: '2030-01-03' })
  assert.equal(on([e], '2030-01-04', 'Qorvath').holder.actorId, 'red')
})

test('a claim confirmed by the other side two days later is claimed until then and assessed from then on', () => {
  const events = [
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-08', modality: 'claimed', attribution: 'the Blue Front', reportedOn: '2030-01-08' }),
    ev({ actors: [{ actorId: 'red', role: 'target' }], place: at(QORVATH), date: '2030-01-08', modality: 'claimed', attribution: 'Red Command', reportedOn: '2030-01-10' }),
  ]
  const [d8, d9, d10] = ['2030-01-08', '2030-01-09', '2030-01-10'].map((d) => on(events, d, 'Qorvath'))
  assert.deepEqual([d8?.holder.actorId, d8?.status, d9?.status, d10?.status], ['blue', 'claimed', 'claimed', 'assessed'])
  assert.equal(d10?.evidence.length, 2)
})

test('a claimed capture with no taker named goes to the side whose words it is', () => {
  const e = ev({ actors: [], place: at(QORVATH), date: '2030-01-03', modality: 'claimed', attribution: 'rebels of the Blue Front' })
  assert.equal(on([e], '2030-01-03', 'Qorvath').holder.actorId, 'blue')
})

test('a capture near a town (not in it) does not move the town', () => {
  const e = ev({ actors: took('blue'), place: at(QORVATH, { precision: 'near' }), date: '2030-01-03' })
  const p = on([e], '2030-01-04', 'Qorvath')
  assert.deepEqual([p.holder.actorId, p.status], ['red', 'baseline'])
})

test('a change dated on or before the baseline day changes nothing', () => {
  const e = ev({ actors: took('blue'), place: at(QORVATH), date: D0 })
  assert.equal(on([e], '2030-01-05', 'Qorvath').holder.actorId, 'red')
})

test('a day before the baseline shows the baseline places', () => {
  assert.equal(controlOn(timeline([]), '2029-12-01').places.length, 4)
})

test('a denial the day before a capture does not contest it', () => {
  const events = [
    ev({ type: 'denial', actors: took('red'), place: at(QORVATH), date: '2030-01-02' }),
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03' }),
  ]
  assert.equal(on(events, '2030-01-03', 'Qorvath').status, 'claimed')
})

test('a denied claim confirmed later moves the place from the confirmation on', () => {
  const events = [
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03', modality: 'claimed', attribution: 'the Blue Front', reportedOn: '2030-01-03' }),
    ev({ type: 'denial', actors: took('red'), place: at(QORVATH), date: '2030-01-03', reportedOn: '2030-01-03' }),
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03', reportedOn: '2030-01-05' }),
  ]
  const [d3, d5] = ['2030-01-03', '2030-01-05'].map((d) => on(events, d, 'Qorvath'))
  assert.deepEqual([d3?.holder.actorId, d3?.status, d5?.holder.actorId, d5?.status, d5?.since], ['red', 'contested', 'blue', 'assessed', '2030-01-03'])
})

test('an undated capture reported days after fighting inside the place is dated to that fighting', () => {
  const fight = ev({ type: 'battle', actors: [...took('blue'), { actorId: 'red', role: 'target' }], place: at(QORVATH), date: '2030-01-03', dateText: 'on Friday', reportedOn: '2030-01-03' })
  const capture = ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-08', dateText: null, reportedOn: '2030-01-08' })
  const p = on([fight, capture], '2030-01-04', 'Qorvath')
  assert.deepEqual([p.holder.actorId, p.since], ['blue', '2030-01-03'])
  assert.equal(on([fight, capture], '2030-01-02', 'Qorvath').holder.actorId, 'red')
  // Its evidence says both what was taken and why it is dated so.
  assert.deepEqual(p.evidence.map((e) => e.document).sort(), [capture.documents[0], fight.documents[0]].sort())
  // With no sign of the taker inside, the report's day is all there is.
  assert.equal(on([capture], '2030-01-07', 'Qorvath').holder.actorId, 'red')
  assert.equal(on([capture], '2030-01-08', 'Qorvath').since, '2030-01-08')
})

test("an undated mention of a capture does not hand back a town the taker has since lost", () => {
  const events = [
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-03', dateText: 'on Monday' }),
    ev({ actors: took('red'), place: at(QORVATH), date: '2030-01-05', dateText: 'on Wednesday' }),
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-07', dateText: null, reportedOn: '2030-01-07' }),
  ]
  const p = on(events, '2030-01-08', 'Qorvath')
  assert.deepEqual([p.holder.actorId, p.since], ['red', '2030-01-05'])
  assert.deepEqual([on(events, '2030-01-04', 'Qorvath').holder.actorId, on(events, '2030-01-04', 'Qorvath').since], ['blue', '2030-01-03'])
})

test('fighting before another side took the place does not date a later undated capture', () => {
  const events = [
    ev({ type: 'battle', actors: took('blue'), place: at(QORVATH), date: '2030-01-02', dateText: 'on Sunday' }),
    ev({ actors: took('green'), place: at(QORVATH), date: '2030-01-04', dateText: 'on Tuesday' }),
    ev({ actors: took('blue'), place: at(QORVATH), date: '2030-01-07', dateText: null, reportedOn: '2030-01-07' }),
  ]
  assert.equal(on(events, '2030-01-05', 'Qorvath').holder.actorId, 'green')
  assert.deepEqual([on(events, '2030-01-07', 'Qorvath').holder.actorId, on(events, '2030-01-07', 'Qorvath').since], ['blue', '2030-01-07'])
})
