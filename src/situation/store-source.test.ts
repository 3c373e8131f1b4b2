import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { AnnId, ActorId, Doc, DocId, EventAnnotation, PlaceId } from '../core/types.ts'
import { storeSource, type EventStore } from './store-source.ts'

const DOC = 'doc:one' as DocId
const TEXT = 'Blue fighters took Qorvath on Monday.'
const doc: Doc = {
  id: DOC, meta: { source: 'https://outlet.test/1', url: null, title: null, outlet: 'Outlet', publishedAt: '2030-01-04', publishedAtBasis: 'metadata', format: 'text' },
  raw: TEXT, text: TEXT, toRaw: { pieces: [] }, removed: [], language: 'en', annotations: [], messages: [],
}
const event = (id: string): EventAnnotation => ({
  kind: 'event', id: id as AnnId, span: { start: 0, end: TEXT.length }, by: 'test:event', type: 'territory_change',
  sentence: 'ann:sentence:0' as AnnId, actors: [{ actorId: 'blue' as ActorId, role: 'initiator' }],
  place: { placeId: 'geonames:1' as PlaceId, name: 'Qorvath', lat: 34, lon: 36, precision: 'exact' },
  date: '2030-01-03', dateEnd: null, datePrecision: 'day', dateText: 'on Monday', modality: 'asserted', attribution: null, quantities: {},
})

// Two events of one document, as the store lists them.
const store: EventStore = {
  listDocuments: async () => [{ id: DOC, source: doc.meta.source, outlet: 'Outlet', publishedAt: '2030-01-04' }],
  getTexts: async (ids) => new Map(ids.flatMap((id) => (id === DOC ? [[id, doc.text] as const] : []))),
  listEvents: async () => [{ docId: DOC, event: event('ann:event:1') }, { docId: DOC, event: event('ann:event:2') }],
}

test('a store source reads every event with their evidence text, outlet and report day', async () => {
  const events = await storeSource(store, 'test').load()
  assert.equal(events.length, 2)
  assert.deepEqual([events[0]?.evidence.text, events[0]?.outlets, events[0]?.reportedOn, events[0]?.documents], [TEXT, ['outlet'], '2030-01-04', [DOC]])
})

test('documents of one story family (a report and its rewrites) count as one source', async () => {
  const grouped: EventStore = { ...store, getStoryMemberships: async () => [{ id: DOC, family: 7 }] }
  const events = await storeSource(grouped, 'test').load()
  assert.deepEqual(events[0]?.outlets, ['family:7'])
})
