import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Control, WhatIf } from '../core/contract.ts'
import { CONTROL_SCHEMA, WHATIF_SCHEMA } from '../core/contract.ts'
import { makeDoc } from '../pipeline/corpus/stories/testing.ts'
import { buildReport, impactLines } from './build-report.ts'
import { roadName } from './from-situation.ts'
import { renderMarkdown } from './render-md.ts'
import { renderHtml } from './render-html.ts'
import type { SituationView } from './situation-view.ts'

const TEXT = 'The Front seized Kelvar on Friday after the army pulled out.'
const doc = makeDoc({ id: 'doc:capture', outlet: 'Example Wire', publishedAt: '2024-12-06', text: TEXT, events: [{ date: '2024-12-06' }] })

function control(date: string, holder: { actorId: string; name: string }): Control {
  return {
    schema: CONTROL_SCHEMA, date,
    places: [{
      placeId: 'theater:kelvar', name: 'Kelvar', lat: 34.73, lon: 36.71, holder, status: date >= '2024-12-06' ? 'claimed' : 'baseline',
      confidence: 0.6, since: null, evidence: date >= '2024-12-06' ? [{ document: 'doc:capture', span: { start: 0, end: TEXT.length, text: TEXT } }] : [],
    }],
  }
}

// An invented engine: the Front takes Kelvar on 6 December, cutting the army's road from Ormud to Sarvan.
const view: SituationView = {
  control: (date) => control(date, date >= '2024-12-06' ? { actorId: 'front', name: 'Ember Front' } : { actorId: 'army', name: 'Belmiran Army' }),
  whatIf: (placeId, by, date): WhatIf => ({
    schema: WHATIF_SCHEMA, date, capture: { place: placeId, by },
    disconnected: [{ side: 'army', from: 'Ormud', to: 'Sarvan', cutEdges: [{ from: 'Ormud', to: 'Kelvar', road: 'R9' }], alternative: null }],
  }),
}

describe('report with a control timeline', () => {
  it('lists a change of holder in the window with its status and evidence', () => {
    const r = buildReport([doc], '2024-12-06', 1, view)
    assert.deepEqual(r.situation!.changes.map((c) => [c.place, c.from, c.to, c.status]), [['Kelvar', 'Belmiran Army', 'Ember Front', 'claimed']])
    assert.equal(r.situation!.changes[0]!.citations[0]!.sentence, TEXT)
  })
  it('lists under a change only the denials that answer it (from the side that lost the place)', () => {
    const denial = (id: string, actor: string) => makeDoc({ id, outlet: 'Example Wire', publishedAt: '2024-12-06', text: `The ${actor} denied that Kelvar had fallen.`,
      events: [{ type: 'denial', date: '2024-12-06', place: { placeId: 'theater:kelvar', name: 'Kelvar', lat: 34.73, lon: 36.71 }, actors: { [actor]: 'initiator' } }] })
    const answering: SituationView = { ...view, answers: (d) => d.actors.some((a) => a.actorId === 'army') }
    const [change] = buildReport([doc, denial('doc:army', 'army'), denial('doc:council', 'council')], '2024-12-06', 1, answering).situation!.changes
    assert.deepEqual(change!.denials.map((d) => d.citations[0]!.documentId), ['doc:army'])
  })
  it('lists a change dated before the window that no report published by then told of, with its day', () => {
    const late = makeDoc({ id: 'doc:capture', outlet: 'Example Wire', publishedAt: '2024-12-07', text: TEXT, events: [{ date: '2024-12-06' }] })
    const dated: SituationView = { ...view, control: (date) => ({ ...view.control(date), places: view.control(date).places.map((p) => ({ ...p, since: date >= '2024-12-06' ? '2024-12-06' : null })) }) }
    const known: SituationView = { ...dated, knownOn: (date) => view.control(date < '2024-12-07' ? '2024-12-05' : date) }
    const r = buildReport([late], '2024-12-07', 1, known)
    assert.deepEqual(r.situation!.changes.map((c) => [c.place, c.from, c.to, c.reportedLate]), [['Kelvar', 'Belmiran Army', 'Ember Front', '2024-12-06']])
    assert.match(renderMarkdown(r), /- Kelvar: from Belmiran Army to Ember Front \(on 6 Dec; first reported in this window\) — claimed/)
    assert.equal(buildReport([late], '2024-12-07', 1, dated).situation!.changes.length, 0, 'without knownOn the timeline alone dates it before the window')
  })
  it('does not call a change first reported in the window when a report before it already gave it', () => {
    // The capture was reported on the 6th (the timeline held it back: a denial, one source) and is accepted on the 7th.
    const early = makeDoc({ id: 'doc:capture', outlet: 'Example Wire', publishedAt: '2024-12-06', text: TEXT, events: [{ date: '2024-12-06' }] })
    const dated: SituationView = { ...view, control: (date) => ({ ...view.control(date), places: view.control(date).places.map((p) => ({ ...p, since: date >= '2024-12-06' ? '2024-12-06' : null })) }) }
    const known: SituationView = { ...dated, knownOn: (date) => view.control(date < '2024-12-07' ? '2024-12-05' : date) }
    const md = renderMarkdown(buildReport([early], '2024-12-07', 1, known))
    assert.match(md, /- Kelvar: from Belmiran Army to Ember Front \(on 6 Dec; reported from 6 Dec, accepted in this window\) — claimed/)
    assert.doesNotMatch(md, /first reported in this window/)
  })
  it('states what the change cuts on the road network', () => {
    const md = renderMarkdown(buildReport([doc], '2024-12-06', 1, view))
    assert.match(md, /The fall of Kelvar to Ember Front:\[\^\d\]\n {2}- Belmiran Army: Ormud is cut off from Sarvan \(R9 cut\); no other road remains\./)
  })
  it('sums up many cut links as one place cut off from the rest', () => {
    const pair = (from: string, to: string) => ({ side: 'army', from, to, cutEdges: [{ from, to: 'Kelvar', road: 'R9' }], alternative: null })
    const w: WhatIf = { schema: WHATIF_SCHEMA, date: '2024-12-05', capture: { place: 'Kelvar', by: 'front' },
      disconnected: [pair('Ormud', 'Sarvan'), pair('Ormud', 'Tessa'), pair('Dalm', 'Ormud'), pair('Ormud', 'Vell'), pair('Ormud', 'Yarn'), pair('Ormud', 'Zell')] }
    assert.deepEqual(impactLines(w, new Map([['army', 'Belmiran Army']])), ['Belmiran Army: Ormud is cut off from Sarvan, Tessa, Dalm, Vell, Yarn and 1 more (R9 cut); no other road remains.'])
  })
  it('groups places that lose the same partners into one sentence', () => {
    const pair = (from: string, to: string) => ({ side: 'army', from, to, cutEdges: [{ from, to, road: 'R9' }], alternative: null })
    const w: WhatIf = { schema: WHATIF_SCHEMA, date: '2024-12-05', capture: { place: 'Kelvar', by: 'front' },
      disconnected: ['Sarvan', 'Vell', 'Yarn'].flatMap((to) => [pair('Ormud', to), pair('Tessa', to)]) }
    assert.deepEqual(impactLines(w, new Map()), ['army: Ormud and Tessa are cut off from Sarvan, Vell and Yarn (R9 cut); no other road remains.'])
  })
  it('says the what-if is missing when there is no control timeline', () => {
    assert.match(renderMarkdown(buildReport([doc], '2024-12-06', 1)), /what-if impact .* not included/)
  })
  it('draws the control layer on the HTML map', () => {
    assert.match(renderHtml(buildReport([doc], '2024-12-06', 1, view)), /<rect [^>]*><title>Kelvar: Ember Front \(claimed\)<\/title>/)
  })
})

describe('road names in the what-if', () => {
  const seg = (route: string, fromName: string, toName: string) => ({ route, ref: '', from: fromName, fromName, to: toName, toName, fromLat: 0, fromLon: 0, toLat: 0, toLon: 0, km: 1 })
  it('names a road known by an id after its two ends, and keeps a highway number', () => {
    const segments = [seg('ORM-SAR', 'Ormud', 'Tessa'), seg('ORM-SAR', 'Tessa', 'Sarvan'), seg('R9', 'Ormud', 'Vell')]
    assert.equal(roadName('ORM-SAR', segments), 'Ormud–Sarvan road')
    assert.equal(roadName('R9', segments), 'R9')
    assert.equal(roadName('UNKNOWN', segments), 'UNKNOWN')
  })
})
