// The storage contract: every Store implementation runs this suite (SQLite always; PostgreSQL where configured).
// Call `storeContract(name, open)` from a *.test.ts; `open` must return a fresh, empty store each time.
import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { addAnnotations, assertDoc } from '../core/doc.ts'
import type { NewAnnotation } from '../core/doc.ts'
import { isAppError } from '../core/errors.ts'
import { actorId, annId, docIdFor, placeId } from '../core/ids.ts'
import type { Doc, EventType, Modality } from '../core/types.ts'
import type { FusedEvent } from '../core/contract.ts'
import type { Membership } from '../pipeline/corpus/stories/story-index.ts'
import type { IncidentRecord, Store } from './store.ts'

/** What a test event needs; the rest gets plain defaults. */
export interface EventSpec {
  readonly type?: EventType
  readonly date?: string | null
  readonly dateEnd?: string | null
  readonly modality?: Modality
  readonly at?: { readonly id: string; readonly lat: number; readonly lon: number } | null
  readonly actors?: readonly string[]
}

/** A small valid document whose every sentence carries one event (invented places: Qorvath, Melbrin). */
export function fixtureDoc(text: string, events: readonly EventSpec[] = [], publishedAt: string | null = null): Doc {
  const base: Doc = {
    id: docIdFor(text), raw: text, text, toRaw: { pieces: [{ textStart: 0, rawStart: 0, length: text.length }] },
    meta: { source: `test:${text.slice(0, 12)}`, url: null, title: text.slice(0, 20), outlet: 'Test Wire', publishedAt, publishedAtBasis: publishedAt ? 'metadata' : null, format: 'text' },
    removed: [{ text: 'Subscribe now', reason: 'boilerplate:subscribe', rawStart: 0, rawEnd: 0 }],
    language: 'en', annotations: [],
    messages: [{ stage: 'test', rule: 'note', severity: 'info', message: 'made by the contract suite' }],
  }
  const withSentences = addAnnotations(base, events.map((): NewAnnotation => ({
    kind: 'sentence', span: { start: 0, end: text.length }, by: 'test:sentence', tokens: [[0, text.length]],
  })))
  const sentences = withSentences.annotations
  const extra: NewAnnotation[] = []
  events.forEach((e, i) => {
    const sentence = sentences[i]
    if (!sentence) throw new Error('fixtureDoc: missing sentence')
    const place = e.at === undefined ? { id: 'theater:qorvath', lat: 35, lon: 37 } : e.at
    extra.push({
      kind: 'event', span: sentence.span, by: 'test:event', sentence: sentence.id, type: e.type ?? 'territory_change',
      actors: (e.actors ?? ['rebels']).map((a, j) => ({ actorId: actorId(a), role: j === 0 ? 'initiator' : 'target' })),
      place: place && { placeId: placeId(place.id), name: place.id.replace('theater:', ''), lat: place.lat, lon: place.lon, precision: 'exact' },
      date: e.date === undefined ? '2024-12-01' : e.date, dateEnd: e.dateEnd ?? null, datePrecision: e.date === null ? null : 'day',
      dateText: 'on Sunday', modality: e.modality ?? 'asserted', attribution: null, quantities: { killed: 3 },
    })
    if (place) {
      extra.push({
        kind: 'place', span: { start: 0, end: 1 }, by: 'test:place', placeId: placeId(place.id), geonameId: null,
        name: 'Qorvath', country: 'SY', admin1: null, lat: place.lat, lon: place.lon, placeKind: 'city', precision: 'exact', role: 'event',
      })
    }
    extra.push({ kind: 'actor', span: { start: 0, end: 1 }, by: 'test:actor', actorId: actorId('rebels'), name: 'rebels', actorKind: 'armed_group' })
  })
  const doc = addAnnotations(withSentences, extra)
  assertDoc(doc)
  return doc
}

/** The same text as `doc` delivered by another outlet at another address (an exact reprint). */
export function reprintOf(doc: Doc, url: string, outlet: string, publishedAt: string | null): Doc {
  return { ...doc, meta: { ...doc.meta, source: url, url, outlet, publishedAt } }
}

async function allEvents(store: Store, filter: Parameters<Store['getEvents']>[0] = {}): Promise<string[]> {
  const out: string[] = []
  let cursor: string | undefined
  for (;;) {
    const page = await store.getEvents({ ...filter, ...(cursor === undefined ? {} : { cursor }) })
    out.push(...page.events.map((e) => `${e.docId}/${e.event.id}`))
    if (page.next === null) return out
    cursor = page.next
  }
}

/** A fused event as an incident row, ordered by its number (the fixture's document ids sort as numbers). */
function incidentOf(e: FusedEvent): IncidentRecord {
  const i = Number(e.id.slice('fused:'.length))
  const docId = `doc:${String(i).padStart(6, '0')}`
  return { incident: `${docId}/ann:event:0`, klass: 0, pubKey: '2024-12-01', docId, annIndex: 0, event: e, baseStatus: e.status }
}

/** A minimal fused event: enough to check the store keeps it as given. */
function fusedFixture(i: number): FusedEvent {
  return {
    id: `fused:${i}`, type: 'battle', actors: [{ actorId: 'rebels', role: 'initiator' }], place: null, date: '2024-12-01', dateEnd: null,
    datePrecision: 'day', dateText: null, modality: 'asserted', attribution: null, quantities: { killed: i },
    evidence: { start: 0, end: 3, text: 'Abç' }, documents: [`doc:${i}`], independentSources: 1, status: 'claimed', disagreements: [],
  }
}

function membershipOf(doc: Doc, story: number): Membership {
  return {
    id: doc.id, source: doc.meta.source, outlet: doc.meta.outlet, publishedAt: doc.meta.publishedAt, story, family: story, relation: 'none',
    nearDuplicateOf: null, wire: null, outletIsWire: false, dateline: false, credits: null, joins: [],
  }
}

/** Registers the contract suite for one Store implementation. */
export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store
    beforeEach(async () => { store = await open() })
    afterEach(async () => { await store.close() })

    it('starts with no rows in any table', async () => {
      assert.deepEqual(Object.values(await store.countRows()), [0, 0, 0, 0, 0, 0])
    })

    it('returns a saved document exactly as it was saved', async () => {
      const doc = fixtureDoc('Rebels seized Qorvath on Sunday.', [{}], '2024-12-02')
      const r = await store.saveDocuments([doc])
      assert.deepEqual(r, { inserted: [doc.id], existing: [], sourcesAdded: 1 })
      assert.deepEqual(await store.getDocument(doc.id), JSON.parse(JSON.stringify(doc)))
    })

    it('returns null for an id it does not hold', async () => {
      assert.equal(await store.getDocument(docIdFor('never saved')), null)
    })

    it('reads many documents at once in the order asked, across read chunks, skipping unknown ids', async () => {
      const docs = Array.from({ length: 1_203 }, (_, i) => fixtureDoc(`Report number ${i} from Qorvath.`, [], '2024-12-02'))
      await store.saveDocuments(docs)
      const asked = [...docs].reverse().map((d) => d.id)
      asked.splice(600, 0, docIdFor('never saved'))
      const got = await store.getDocuments(asked)
      assert.deepEqual(got.map((d) => d.id), [...docs].reverse().map((d) => d.id))
      assert.deepEqual(got[1_202], JSON.parse(JSON.stringify(docs[0])))
    })

    it('keeps one events row per event annotation, with its actors, places and actor mentions', async () => {
      await store.saveDocuments([fixtureDoc('Two events here.', [{ actors: ['rebels', 'army'] }, { type: 'strike', at: null }])])
      assert.deepEqual(await store.countRows(), { documents: 1, events: 2, event_actors: 3, place_mentions: 1, actor_mentions: 2, document_sources: 1 })
    })

    it('changes nothing when a batch is saved again', async () => {
      const docs = [fixtureDoc('First report.', [{}]), fixtureDoc('Second report.', [{}, {}])]
      await store.saveDocuments(docs)
      const before = await store.countRows()
      const changed = { ...docs[0]!, meta: { ...docs[0]!.meta, title: 'Another title for the same text' } }
      const r = await store.saveDocuments([changed, docs[1]!])
      assert.deepEqual(r, { inserted: [], existing: [docs[0]!.id, docs[1]!.id], sourcesAdded: 0 })
      assert.deepEqual(await store.countRows(), before)
      assert.equal((await store.getDocument(docs[0]!.id))?.meta.title, docs[0]!.meta.title)
    })

    it('stores a document given twice in one batch once', async () => {
      const doc = fixtureDoc('Repeated wire copy.', [{}])
      const r = await store.saveDocuments([doc, doc])
      assert.deepEqual(r, { inserted: [doc.id], existing: [], sourcesAdded: 1 })
      assert.equal((await store.countRows()).events, 1)
    })

    it('leaves the store as it was when a batch fails halfway', async () => {
      const kept = fixtureDoc('Already stored.', [{}])
      await store.saveDocuments([kept])
      const before = await store.countRows()
      const good = fixtureDoc('A good new report.', [{}])
      const bad = fixtureDoc('A broken report.', [{}, {}])
      // Two events with one id violate the events key after the documents rows are in: a failure mid-batch.
      const broken: Doc = { ...bad, annotations: bad.annotations.map((a) => (a.kind === 'event' ? { ...a, id: bad.annotations.find((x) => x.kind === 'event')!.id } : a)) }
      await assert.rejects(store.saveDocuments([good, broken]), (e) => isAppError(e) && e.code === 'store_failed')
      assert.deepEqual(await store.countRows(), before)
      assert.equal(await store.getDocument(good.id), null)
      assert.deepEqual(await store.getDocument(kept.id), JSON.parse(JSON.stringify(kept)))
    })

    it('records an exact reprint from another address as a second source of the stored text', async () => {
      const doc = fixtureDoc('Rebels seized Qorvath on Sunday.', [{}], '2024-12-02')
      const copy = reprintOf(doc, 'https://second.example/qorvath', 'Second Outlet', '2024-12-03')
      assert.deepEqual(await store.saveDocuments([doc]), { inserted: [doc.id], existing: [], sourcesAdded: 1 })
      assert.deepEqual(await store.saveDocuments([copy]), { inserted: [], existing: [doc.id], sourcesAdded: 1 })
      assert.equal((await store.countRows()).documents, 1)
      assert.deepEqual(await store.getDocumentSources({ docId: doc.id }), [
        { docId: doc.id, source: doc.meta.source, url: null, outlet: 'Test Wire', publishedAt: '2024-12-02' },
        { docId: doc.id, source: 'https://second.example/qorvath', url: 'https://second.example/qorvath', outlet: 'Second Outlet', publishedAt: '2024-12-03' },
      ])
    })

    it('changes nothing when the same address delivers the same text again', async () => {
      const doc = fixtureDoc('Rebels seized Qorvath on Sunday.', [{}], '2024-12-02')
      const copy = reprintOf(doc, 'https://second.example/qorvath', 'Second Outlet', '2024-12-03')
      await store.saveDocuments([doc, copy])
      const before = await store.countRows()
      const again = await store.saveDocuments([{ ...copy, meta: { ...copy.meta, outlet: 'Renamed Outlet' } }, doc])
      assert.equal(again.sourcesAdded, 0)
      assert.deepEqual(await store.countRows(), before)
      assert.equal((await store.getDocumentSources())[1]?.outlet, 'Second Outlet')
    })

    it('records no source of a batch that fails', async () => {
      const kept = fixtureDoc('Already stored.', [{}])
      await store.saveDocuments([kept])
      const bad = fixtureDoc('A broken report.', [{}, {}])
      const broken: Doc = { ...bad, annotations: bad.annotations.map((a) => (a.kind === 'event' ? { ...a, id: bad.annotations.find((x) => x.kind === 'event')!.id } : a)) }
      await assert.rejects(store.saveDocuments([reprintOf(kept, 'https://third.example/a', 'Third', null), broken]))
      assert.equal((await store.getDocumentSources()).length, 1)
    })

    it('lists every copy in the order the copies arrived, across batches', async () => {
      const a = fixtureDoc('First text.', [], '2024-12-05')
      const b = fixtureDoc('Second text.', [], '2024-12-01')
      await store.saveDocuments([a, b])
      await store.saveDocuments([reprintOf(b, 'https://x.example/b', 'X', null), reprintOf(a, 'https://y.example/a', 'Y', null)])
      assert.deepEqual((await store.getDocumentSources()).map((s) => `${s.docId === a.id ? 'a' : 'b'}:${s.outlet}`), ['a:Test Wire', 'b:Test Wire', 'b:X', 'a:Y'])
    })

    it('lists documents by publication date, undated first, then by id', async () => {
      const a = fixtureDoc('Late report.', [], '2024-12-08')
      const b = fixtureDoc('Early report.', [], '2024-11-27')
      const c = fixtureDoc('Undated report.', [])
      await store.saveDocuments([a, b, c])
      assert.deepEqual((await store.listDocuments()).map((d) => d.id), [c.id, b.id, a.id])
    })

    it('filters events by date range, counting a range that reaches into the window', async () => {
      await store.saveDocuments([fixtureDoc('Dates.', [
        { date: '2024-11-27' }, { date: '2024-11-28', dateEnd: '2024-12-03' }, { date: '2024-12-05' }, { date: null },
      ])])
      const ids = async (from?: string, to?: string) => (await store.getEvents({ ...(from ? { from } : {}), ...(to ? { to } : {}) })).events.map((e) => e.event.date)
      assert.deepEqual(await ids('2024-12-01', '2024-12-04'), ['2024-11-28'])
      assert.deepEqual(await ids('2024-11-27', '2024-11-27'), ['2024-11-27'])
      assert.deepEqual(await ids(undefined, '2024-12-31'), ['2024-11-27', '2024-11-28', '2024-12-05'])
      assert.deepEqual(await ids(), [null, '2024-11-27', '2024-11-28', '2024-12-05'])
    })

    it('filters events by bounding box', async () => {
      await store.saveDocuments([fixtureDoc('Places.', [
        { at: { id: 'theater:qorvath', lat: 36.2, lon: 37.1 } }, { at: { id: 'theater:melbrin', lat: 33.5, lon: 36.3 } }, { at: null },
      ])])
      const page = await store.getEvents({ bbox: { west: 36, south: 35, east: 38, north: 37 } })
      assert.deepEqual(page.events.map((e) => e.event.place?.placeId), ['theater:qorvath'])
    })

    it('filters events by type, modality and actor', async () => {
      await store.saveDocuments([fixtureDoc('Kinds.', [
        { type: 'strike', modality: 'claimed', actors: ['air-force'] }, { type: 'strike', modality: 'asserted' },
        { type: 'battle', modality: 'claimed', actors: ['rebels', 'air-force'] },
      ])])
      const types = async (f: Parameters<Store['getEvents']>[0]) => (await store.getEvents(f)).events.map((e) => `${e.event.type}/${e.event.modality}`)
      assert.deepEqual(await types({ types: ['strike'] }), ['strike/claimed', 'strike/asserted'])
      assert.deepEqual(await types({ modalities: ['claimed'] }), ['strike/claimed', 'battle/claimed'])
      assert.deepEqual(await types({ types: ['strike', 'battle'], modalities: ['claimed'], actor: actorId('air-force') }), ['strike/claimed', 'battle/claimed'])
      assert.deepEqual(await types({ actor: actorId('nobody') }), [])
    })

    it('pages through every event exactly once with the cursor', async () => {
      const docs = Array.from({ length: 7 }, (_, i) => fixtureDoc(`Report number ${i}.`, [
        { date: `2024-12-0${1 + (i % 3)}` }, { date: null }, { date: '2024-11-30' },
      ]))
      await store.saveDocuments(docs)
      const all = await allEvents(store, { limit: 1000 })
      assert.equal(all.length, 21)
      assert.deepEqual(await allEvents(store, { limit: 4 }), all)
      assert.equal(new Set(all).size, 21)
      assert.deepEqual(await allEvents(store, { limit: 2, from: '2024-12-02' }), await allEvents(store, { from: '2024-12-02' }))
    })

    it('finds one event by document and annotation id', async () => {
      const doc = fixtureDoc('One event.', [{ type: 'battle' }])
      await store.saveDocuments([doc])
      const event = doc.annotations.find((a) => a.kind === 'event')!
      assert.deepEqual(await store.getEvent(doc.id, event.id), { docId: doc.id, event: JSON.parse(JSON.stringify(event)) })
      assert.equal(await store.getEvent(doc.id, annId('event', 99)), null)
    })

    it('ends the last page with next = null', async () => {
      await store.saveDocuments([fixtureDoc('Two.', [{}, {}])])
      assert.equal((await store.getEvents({ limit: 2 })).next, null)
      assert.notEqual((await store.getEvents({ limit: 1 })).next, null)
    })

    it('lists every event of some types at once, in the order pages give them', async () => {
      const docs = Array.from({ length: 5 }, (_, i) => fixtureDoc(`Listed report ${i}.`, [
        { type: 'battle', date: `2024-12-0${1 + (i % 3)}` }, { type: 'strike', date: null }, { type: 'territory_change', date: '2024-11-30' },
      ]))
      await store.saveDocuments(docs)
      const paged = await allEvents(store, { types: ['battle', 'territory_change'], limit: 3 })
      assert.deepEqual((await store.listEvents({ types: ['battle', 'territory_change'] })).map((e) => `${e.docId}/${e.event.id}`), paged)
      assert.equal((await store.listEvents()).length, 15)
    })

    it('reads the texts of documents by id, leaving unknown ids out', async () => {
      const a = fixtureDoc('Text of the first report.')
      const b = fixtureDoc('Text of the second report, with é and ح.')
      await store.saveDocuments([a, b])
      assert.deepEqual(await store.getTexts([b.id, 'doc:unknown' as Doc['id'], a.id]), new Map([[b.id, b.text], [a.id, a.text]]))
    })

    it('lists each mentioned place once, in order of first mention across documents and within one', async () => {
      const at = (k: number) => ({ id: `theater:p${k}`, lat: 35 + k / 100, lon: 37 })
      // Twelve mentions in one document: "ann:place:10" comes after "ann:place:9", not after "ann:place:1".
      const early = fixtureDoc('Twelve places.', Array.from({ length: 12 }, (_, k) => ({ at: at(k) })), '2024-12-01')
      const late = fixtureDoc('Two places, one new.', [{ at: at(12) }, { at: at(3) }], '2024-12-02')
      await store.saveDocuments([late, early])
      assert.deepEqual((await store.listMentionedPlaces()).map((p) => p.placeId), Array.from({ length: 13 }, (_, k) => `theater:p${k}`))
      assert.deepEqual((await store.listMentionedPlaces())[0], { placeId: 'theater:p0', name: 'Qorvath', lat: 35, lon: 37, kind: 'city' })
    })

    it('lists actor mentions by document, in each document\'s order', async () => {
      // Eleven mentions in one document: "ann:actor:10" comes after "ann:actor:9".
      const doc = fixtureDoc('Eleven actors.', Array.from({ length: 11 }, () => ({})))
      await store.saveDocuments([doc])
      const mentions = await store.listActorMentions()
      assert.deepEqual(mentions.map((m) => m.annId), Array.from({ length: 11 }, (_, k) => `ann:actor:${k}`))
      assert.deepEqual(mentions[0], { docId: doc.id, annId: 'ann:actor:0', actorId: 'rebels', name: 'rebels', actorKind: 'armed_group', span: { start: 0, end: 1 } })
    })

    it('keeps fused events in order with the state they cover, and replaces both on the next save', async () => {
      assert.equal(await store.getStoryState(), null)
      // More than one read range (5,000 rows), so the ranges must join up.
      // Saved out of order: read back in fusion's order (class, publication key, document, annotation index).
      const many = Array.from({ length: 5003 }, (_, i) => fusedFixture(i))
      await store.saveFusion([], [...many].reverse().map(incidentOf), { version: 3, documents: 10, sources: 12 })
      assert.deepEqual(await store.getFusedEvents(), many)
      assert.deepEqual(await store.getStoryState(), { version: 3, documents: 10, sources: 12 })
      await store.saveFusion([], [incidentOf(fusedFixture(7))], { version: 3, documents: 11, sources: 13 })
      assert.deepEqual(await store.getFusedEvents(), [fusedFixture(7)])
      assert.deepEqual(await store.getStoryState(), { version: 3, documents: 11, sources: 13 })
    })

    it('appends story memberships after the stored ones, skipping documents already placed', async () => {
      const [a, b, c] = ['First placed.', 'Second placed.', 'Third placed.'].map((t, i) => fixtureDoc(t, [], `2024-12-0${i + 1}`))
      await store.saveDocuments([a!, b!, c!])
      await store.saveStoryMemberships([membershipOf(a!, 0)])
      await store.appendStoryMemberships([membershipOf(a!, 5), membershipOf(b!, 1), membershipOf(c!, 1)])
      assert.deepEqual((await store.getStoryMemberships()).map((m) => [m.id, m.story]), [[a!.id, 0], [b!.id, 1], [c!.id, 1]])
    })

    it('keeps the families a membership ties to its own, and reads them back with the story members', async () => {
      const [a, b, c] = ['Tied first.', 'Tied second.', 'Tied third.'].map((t) => fixtureDoc(t, [], '2024-12-01'))
      await store.saveDocuments([a!, b!, c!])
      await store.saveStoryMemberships([membershipOf(a!, 0), { ...membershipOf(b!, 0), family: 1 }, { ...membershipOf(c!, 0), joins: [1] }])
      assert.deepEqual((await store.getStoryMemberships()).map((m) => m.joins), [[], [], [1]])
      assert.deepEqual((await store.storyMembers([0])).map((m) => [m.family, m.joins]), [[0, []], [1, []], [0, [1]]])
    })

    it('keeps all a transaction wrote, or nothing of it when the work fails', async () => {
      const kept = fixtureDoc('Saved in a transaction.', [{}])
      await store.transaction(async (tx) => {
        await tx.saveDocuments([kept])
        await tx.saveFusion([], [incidentOf(fusedFixture(1))], { version: 1, documents: 1, sources: 1 })
      })
      const before = await store.countRows()
      const lost = fixtureDoc('Saved, then rolled back.', [{}])
      await assert.rejects(store.transaction(async (tx) => {
        await tx.saveDocuments([lost])
        await tx.appendStoryMemberships([membershipOf(lost, 0)])
        await tx.saveFusion([], [incidentOf(fusedFixture(2))], { version: 1, documents: 2, sources: 2 })
        throw new Error('the work failed after writing')
      }), /the work failed/)
      assert.deepEqual(await store.countRows(), before)
      assert.equal(await store.getDocument(lost.id), null)
      assert.deepEqual(await store.getStoryMemberships(), [])
      assert.deepEqual(await store.getFusedEvents(), [fusedFixture(1)])
      assert.deepEqual(await store.getStoryState(), { version: 1, documents: 1, sources: 1 })
    })

    it('rejects a cursor it did not hand out, and a bad page size', async () => {
      await assert.rejects(store.getEvents({ cursor: 'not-a-cursor' }), (e) => isAppError(e) && e.code === 'bad_option')
      await assert.rejects(store.getEvents({ limit: 0 }), (e) => isAppError(e) && e.code === 'bad_option')
    })
  })
}
