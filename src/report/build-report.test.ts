import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { makeDoc } from '../pipeline/corpus/stories/testing.ts'
import { buildReport } from './build-report.ts'
import { renderMarkdown } from './render-md.ts'
import { renderHtml } from './render-html.ts'
import { ACLED_COLUMNS, type AcledColumn } from '../ontology/acled-columns.ts'
import type { ReferenceEvent } from '../store/store.ts'

// Invented towns inside real governorate outlines, so the point-in-outline grouping has something to find.
const KELVAR = { placeId: 'theater:kelvar', name: 'Kelvar', lat: 34.73, lon: 36.71 } // inside Homs governorate
const ORMUD = { placeId: 'theater:ormud', name: 'Ormud', lat: 32.62, lon: 36.1 } // inside Dar'a governorate

const capture = makeDoc({
  id: 'doc:capture', outlet: 'Example Wire', publishedAt: '2024-12-06', title: 'Rebels take Kelvar',
  text: 'The Front seized Kelvar on Friday after the army pulled out.',
  actors: { 'The Front': 'front' },
  events: [{ place: KELVAR, date: '2024-12-06', actors: { front: 'initiator' } }],
})
const toll = makeDoc({
  id: 'doc:toll', outlet: 'Placeholder Post', publishedAt: '2024-12-06',
  text: 'Shelling killed 7 people in Ormud on Friday, medics said.',
  events: [{ type: 'strike', place: ORMUD, date: '2024-12-06', quantities: { killed: 7 }, actors: {} }],
})
const denial = makeDoc({
  id: 'doc:denial', outlet: 'State Agency', publishedAt: '2024-12-06',
  text: 'The ministry denied that troops had left Kelvar.',
  events: [{ type: 'denial', place: KELVAR, date: '2024-12-06', actors: {} }],
})
const later = makeDoc({
  id: 'doc:later', outlet: 'Example Wire', publishedAt: '2024-12-07',
  text: 'The Front seized Ormud on Saturday.',
  events: [{ place: ORMUD, date: '2024-12-07' }],
})

describe('situation report', () => {
  it('uses nothing published after the report date', () => {
    const r = buildReport([capture, toll, later], '2024-12-06', 1)
    assert.equal(r.cutoff, '2024-12-06')
    assert.equal(r.documentsUsed, 2)
    assert.ok(!renderMarkdown(r).includes('Saturday'))
  })
  it('groups developments by the governorate whose outline holds the place', () => {
    const r = buildReport([capture, toll], '2024-12-06', 1)
    assert.deepEqual(r.sections.map((s) => s.governorate).sort(), ["Dar'a", 'Homs'])
  })
  it('states a control change with its status and source count', () => {
    const r = buildReport([capture], '2024-12-06', 1)
    assert.equal(r.sections[0]!.statements[0]!.text, 'The Front took control of Kelvar (claimed, 1 source).')
  })
  it('dates an event only when the report covers more than its day', () => {
    assert.equal(buildReport([capture], '2024-12-07', 2).sections[0]!.statements[0]!.text, 'The Front took control of Kelvar on 6 Dec (claimed, 1 source).')
  })
  it('states an event of an earlier day first reported in the window, dated, and leaves out one reported before it', () => {
    const told = makeDoc({ id: 'doc:told', outlet: 'Example Wire', publishedAt: '2024-12-07', text: 'The Front seized Kelvar on Friday after the army pulled out.',
      actors: { 'The Front': 'front' }, events: [{ place: KELVAR, date: '2024-12-06', actors: { front: 'initiator' } }] })
    assert.deepEqual(buildReport([told], '2024-12-07', 1).sections.flatMap((s) => s.statements.map((x) => x.text)),
      ['The Front took control of Kelvar on 6 Dec (claimed, 1 source).'])
    assert.equal(buildReport([capture, told], '2024-12-07', 1).sections.length, 0, 'the report of the 6th had it already')
    const old = makeDoc({ id: 'doc:old', publishedAt: '2024-12-07', text: 'The Front seized Kelvar in November.', events: [{ place: KELVAR, date: '2024-11-20' }] })
    assert.equal(buildReport([old], '2024-12-07', 1).sections.length, 0, 'more than a week before the window is history')
  })
  it('footnotes every statement to its document and quoted sentence', () => {
    const md = renderMarkdown(buildReport([capture, toll], '2024-12-06', 1))
    for (const line of md.split('\n').filter((l) => l.startsWith('- '))) assert.match(line, /\[\^\d+\]/, line)
    assert.match(md, /\[\^\d\]: Example Wire, “Rebels take Kelvar”, 2024-12-06 \(doc:capture\.txt\): “The Front seized Kelvar on Friday after the army pulled out\.”/)
  })
  it('reports protests in a section of their own, and fighting with one known side as "involving" it', () => {
    const protest = makeDoc({
      id: 'doc:protest', outlet: 'Example Wire', publishedAt: '2024-12-06', text: 'Hundreds marched in Kelvar on Friday; the Front fought in Kelvar too.',
      actors: { 'the Front': 'front' },
      events: [{ type: 'protest', place: KELVAR, date: '2024-12-06', actors: {} }, { type: 'battle', place: KELVAR, date: '2024-12-06', actors: { front: 'initiator' } }],
    })
    const [homs] = buildReport([protest], '2024-12-06', 1).sections
    assert.deepEqual(homs!.statements.map((x) => [x.kind, x.text.replace(/ \(.*$/, '')]), [['fighting', 'Fighting at Kelvar involving the Front'], ['protests', 'Protest at Kelvar']])
    assert.match(renderMarkdown(buildReport([protest], '2024-12-06', 1)), /\*\*Protests and unrest\*\*/)
  })
  it('names a party once when fused reports give it as attacker in one and attacked in another', () => {
    const one = makeDoc({ id: 'doc:f1', outlet: 'Example Wire', publishedAt: '2024-12-06', text: 'The Front attacked army posts in Kelvar.',
      actors: { 'The Front': 'front', army: 'army' }, events: [{ type: 'battle', place: KELVAR, date: '2024-12-06', actors: { front: 'initiator', army: 'target' } }] })
    const two = makeDoc({ id: 'doc:f2', outlet: 'Placeholder Post', publishedAt: '2024-12-06', text: 'The army shelled Front positions in Kelvar.',
      actors: { 'The army': 'army', Front: 'front' }, events: [{ type: 'battle', place: KELVAR, date: '2024-12-06', actors: { army: 'initiator', front: 'target' } }] })
    const text = buildReport([one, two], '2024-12-06', 1).sections[0]!.statements[0]!.text
    assert.equal(text, 'Fighting at Kelvar involving The Front and army (assessed, 2 independent sources).')
  })
  it('gives one report\'s own range as a range, not as sources that differ', () => {
    const fled = makeDoc({ id: 'doc:fled', outlet: 'Example Wire', publishedAt: '2024-12-06', text: 'Thousands fled Kelvar on Friday.',
      events: [{ type: 'displacement', place: KELVAR, date: '2024-12-06', actors: {}, quantities: { displaced: 1000, displaced_low: 1000, displaced_high: 9999 } }] })
    assert.equal(buildReport([fled], '2024-12-06', 1).sections[0]!.statements[0]!.text, 'Displacement from or around Kelvar: 1,000 to 9,999 displaced (claimed, 1 source).')
  })
  it('files an area named as a governorate under it, though its label point lies across the outline', () => {
    // A province's gazetteer point is where its label goes; drawn outlines are simplified: this one falls in Aleppo's.
    const province = { placeId: 'theater:hama-province', name: 'Hama', lat: 35.6695, lon: 37.3427, precision: 'region' as const }
    const text = 'Aid groups said 8,000 people had fled the countryside of Hama province this week.'
    const doc = makeDoc({ id: 'doc:prov', outlet: 'Example Wire', publishedAt: '2024-12-06', text,
      events: [{ type: 'displacement', place: province, date: '2024-12-06', actors: {}, quantities: { displaced: 8000 } }] })
    const at = text.indexOf('Hama')
    doc.places.push({ start: at, end: at + 4, text: 'Hama', geonameId: null, placeId: province.placeId, name: 'Hama', country: 'SY', admin1: null,
      lat: province.lat, lon: province.lon, kind: 'admin', precision: 'region', role: 'event' } as (typeof doc.places)[number])
    assert.deepEqual(buildReport([doc], '2024-12-06', 1).sections.map((g) => g.governorate), ['Hama'])
  })
  it('files an event placed in the country as a whole under no governorate, though its point lies in one', () => {
    // The country's gazetteer point lies inside Hama's outline; "with Syria" names the whole country.
    const syria = { placeId: 'geonames:163843', name: 'Syria', lat: 35, lon: 38, precision: 'country' as const }
    const text = 'Jordan closed its border with Syria on Friday, the interior ministry said.'
    const doc = makeDoc({ id: 'doc:border', outlet: 'Example Wire', publishedAt: '2024-12-06', text,
      events: [{ type: 'other', place: syria, date: '2024-12-06', actors: {} }] })
    const at = text.indexOf('Syria')
    doc.places.push({ start: at, end: at + 5, text: 'Syria', geonameId: 163843, placeId: syria.placeId, name: 'Syria', country: 'SY', admin1: null,
      lat: syria.lat, lon: syria.lon, kind: 'country', precision: 'country', role: 'event' } as (typeof doc.places)[number])
    assert.deepEqual(buildReport([doc], '2024-12-06', 1).sections.map((g) => g.governorate), ['Country-wide'])
  })
  it('says ground was taken near a town, not the town, when the change is placed near it', () => {
    const edge = makeDoc({ id: 'doc:edge', outlet: 'Example Wire', publishedAt: '2024-12-06', text: 'The Front said it had reached the outskirts of Kelvar.',
      actors: { 'The Front': 'front' }, events: [{ place: { ...KELVAR, precision: 'near' }, date: '2024-12-06', modality: 'claimed', actors: { front: 'initiator' } }] })
    assert.equal(buildReport([edge], '2024-12-06', 1).sections[0]!.statements[0]!.text, 'The Front took ground near Kelvar (claimed, 1 source).')
  })
  it('names a side once when fused reports name it at several levels (leader, group, coalition)', () => {
    // Actor ids of the Syria lexicon: abu-mohammed-al-golani leads hts, a member of moc.
    const text = 'The rebel coalition took Kelvar; HTS fighters entered it first, and Golani said his forces held it.'
    const doc = makeDoc({ id: 'doc:levels', outlet: 'Example Wire', publishedAt: '2024-12-06', text,
      actors: { 'The rebel coalition': 'moc', HTS: 'hts', Golani: 'abu-mohammed-al-golani' },
      events: [{ place: KELVAR, date: '2024-12-06', actors: { moc: 'initiator', hts: 'initiator', 'abu-mohammed-al-golani': 'initiator' } }] })
    assert.equal(buildReport([doc], '2024-12-06', 1).sections[0]!.statements[0]!.text, 'The rebel coalition took control of Kelvar (claimed, 1 source).')
  })
  it('leaves out a change of control recapped over a span that began before the window', () => {
    const text = 'Within a week the Front had taken Kelvar and most of the plain around it.'
    const doc = makeDoc({ id: 'doc:recap', outlet: 'Example Wire', publishedAt: '2024-12-06', text, actors: { 'the Front': 'front' },
      events: [{ place: KELVAR, date: '2024-11-29', actors: { front: 'initiator' } }] })
    doc.events[0] = { ...doc.events[0]!, dateEnd: '2024-12-06', datePrecision: 'range', dateText: 'Within a week' }
    assert.equal(buildReport([doc], '2024-12-06', 1).sections.length, 0)
    assert.equal(buildReport([doc], '2024-12-06', 8).sections.length, 1, 'a window that holds the whole span states it')
  })
  it('does not name the side a town was taken from among its takers', () => {
    const doc = makeDoc({ id: 'doc:taker', outlet: 'Example Wire', publishedAt: '2024-12-06', text: 'The Front took Kelvar from the army, which left the town.',
      actors: { 'The Front': 'front', army: 'army' }, events: [{ place: KELVAR, date: '2024-12-06', actors: { front: 'initiator', army: 'initiator' } }] })
    doc.events[0] = { ...doc.events[0]!, actors: [{ actorId: 'front', role: 'initiator' }, { actorId: 'army', role: 'initiator' }, { actorId: 'army', role: 'target' }] }
    assert.equal(buildReport([doc], '2024-12-06', 1).sections[0]!.statements[0]!.text, 'The Front took control of Kelvar from army (claimed, 1 source).')
  })
  it('gives figures with the toll', () => {
    const r = buildReport([toll], '2024-12-06', 1)
    assert.match(r.sections[0]!.statements[0]!.text, /: 7 killed/)
  })
  it('flags a control change that a denial contests, citing the denial', () => {
    const r = buildReport([capture, denial], '2024-12-06', 1)
    assert.equal(r.contradictions.length, 1)
    assert.match(r.contradictions[0]!.caution!, /^contested/)
    const cited = r.contradictions[0]!.citations.find((c) => c.documentId === 'doc:denial')
    assert.equal(cited?.sentence, 'The ministry denied that troops had left Kelvar.')
  })
  it('states a contested change as contested, counting the denial apart from the sources that back it', () => {
    const r = buildReport([capture, denial], '2024-12-06', 1)
    assert.match(r.contradictions[0]!.text, /\(contested, 1 source, one denying it\)\.$/)
  })
  it('lists a denial that contests nothing on its own', () => {
    const r = buildReport([denial], '2024-12-06', 1)
    assert.equal(r.contradictions[0]!.text, 'The ministry denied that troops had left Kelvar.')
    assert.equal(r.contradictions[0]!.caution, 'denial')
  })
  it('quotes the sentence a denial answers when it only points back to it, and footnotes both', () => {
    const text = 'A monitor said troops had left Kelvar. The ministry called that report false.'
    const doc = makeDoc({ id: 'doc:back', outlet: 'State Agency', publishedAt: '2024-12-06', text,
      events: [{ type: 'denial', place: null, date: '2024-12-06', actors: {}, evidence: 'The ministry called that report false.' }] })
    const d = buildReport([doc], '2024-12-06', 1).contradictions[0]!
    assert.equal(d.text, 'The ministry called that report false. — in answer to: “A monitor said troops had left Kelvar.”')
    assert.deepEqual(d.citations.map((c) => c.sentence), ['The ministry called that report false.', 'A monitor said troops had left Kelvar.'])
  })
  it('says whom a claim is according to, in words that read after "according to"', () => {
    const doc = makeDoc({ id: 'doc:attr', outlet: 'Example Wire', publishedAt: '2024-12-06', text: 'Local sources said the Front seized Kelvar.',
      actors: { 'the Front': 'front' }, events: [{ place: KELVAR, date: '2024-12-06', modality: 'claimed', attribution: 'Local sources', actors: { front: 'initiator' } }] })
    assert.equal(buildReport([doc], '2024-12-06', 1).sections[0]!.statements[0]!.text, 'The Front took control of Kelvar, according to local sources (claimed, 1 source).')
  })
  it('summarises an imported reference layer over the window beside its own events, apart from them', () => {
    const row = (date: string, fields: Partial<Record<AcledColumn, string>>): ReferenceEvent => ({
      layer: 'ref.csv', date, sitrepType: 'battle', extra: {},
      fields: { ...(Object.fromEntries(ACLED_COLUMNS.map((c) => [c, ''])) as Record<AcledColumn, string>), ...fields },
    })
    const rows = [
      row('2024-12-06', { event_type: 'Battles', admin1: 'Homs', fatalities: '3' }),
      row('2024-12-06', { event_type: 'Explosions/Remote violence', admin1: 'Homs', fatalities: '1' }),
      row('2024-12-01', { event_type: 'Riots', admin1: 'Hama', fatalities: '0' }),
    ]
    const r = buildReport([capture], '2024-12-06', 1, undefined, rows)
    assert.deepEqual(r.reference, [{ layer: 'ref.csv', rows: 2, fatalities: 4,
      byType: [{ eventType: 'Battles', rows: 1 }, { eventType: 'Explosions/Remote violence', rows: 1 }], byAdmin1: [{ admin1: 'Homs', rows: 2 }] }])
    assert.match(renderMarkdown(r), /## Reference layers \(imported, not merged\)\n\n- Layer “ref\.csv”: 2 events in the window \(Battles 1, Explosions\/Remote violence 1\); most in Homs 2; 4 fatalities/)
    assert.equal(r.sections.flatMap((g) => g.statements).length, 1)
  })
  it('says when the quoted sentence does not itself name the place', () => {
    const doc = makeDoc({ id: 'doc:ctx', publishedAt: '2024-12-06', text: 'Troops were sent to positions around the city.',
      events: [{ type: 'deployment', place: KELVAR, date: '2024-12-06', actors: {} }] })
    assert.equal(buildReport([doc], '2024-12-06', 1).sections[0]!.statements[0]!.text, 'Troop movement at or around Kelvar (place from the article\'s context) (claimed, 1 source).')
  })
  it('says "in" a country or region and "at" a town for an event of no specific type', () => {
    const syria = { placeId: 'geonames:163843', name: 'Syria', lat: 35, lon: 38, precision: 'country' as const }
    const inSyria = makeDoc({ id: 'doc:other-in', publishedAt: '2024-12-06', text: 'Prisoners were freed across Syria.', events: [{ type: 'other', place: syria, date: '2024-12-06', actors: {} }] })
    assert.match(buildReport([inSyria], '2024-12-06', 1).sections[0]!.statements[0]!.text, /^In Syria\b/)
    const atKelvar = makeDoc({ id: 'doc:other-at', publishedAt: '2024-12-06', text: 'Prisoners were freed in Kelvar.', events: [{ type: 'other', place: { ...KELVAR, precision: 'exact' as const }, date: '2024-12-06', actors: {} }] })
    assert.match(buildReport([atKelvar], '2024-12-06', 1).sections[0]!.statements[0]!.text, /^At Kelvar\b/)
  })
  it('leaves out a displacement with neither place nor figure', () => {
    const vague = makeDoc({ id: 'doc:vague', publishedAt: '2024-12-06', text: 'How many have fled is unclear.', events: [{ type: 'displacement', place: null, date: '2024-12-06', actors: {} }] })
    assert.equal(buildReport([vague], '2024-12-06', 1).sections.length, 0)
  })
  it('counts events per day by type over the chart window', () => {
    const r = buildReport([capture, toll], '2024-12-06', 1)
    assert.deepEqual(r.perDay.at(-1), { day: '2024-12-06', counts: { territory_change: 1, strike: 1 } })
    assert.equal(r.perDay.length, 14)
  })
  it('renders HTML with an SVG map, a chart and footnote links, and no script or remote resource', () => {
    const html = renderHtml(buildReport([capture, toll], '2024-12-06', 1))
    assert.equal((html.match(/<svg /g) ?? []).length, 2)
    assert.match(html, /<a href="#fn-1">1<\/a>/)
    assert.ok(!/<script|src="http/.test(html))
  })
  it('escapes report text in HTML', () => {
    const odd = makeDoc({ id: 'doc:odd', publishedAt: '2024-12-06', text: 'Fighters <b>seized</b> Kelvar.', events: [{ place: KELVAR, date: '2024-12-06' }] })
    assert.ok(!renderHtml(buildReport([odd], '2024-12-06', 1)).includes('<b>seized'))
  })
})
