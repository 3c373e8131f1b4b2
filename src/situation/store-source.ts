// Reads the situation's events from a store: the event annotations of the chosen types, with their documents'
// text (for evidence), outlet and publication date. Needs only the few store methods below.
import { familyRoots } from '../core/family-roots.ts'
import type { DocId, EventAnnotation, EventType } from '../core/types.ts'
import type { EventSource } from './sources.ts'
import { SITUATION_TYPES } from './sources.ts'
import type { SituationEvent } from './timeline.ts'

/** The part of the store interface (src/store/store.ts) the situation reads. */
export interface EventStore {
  listDocuments(filter?: { readonly ids?: readonly DocId[] }): Promise<readonly { id: DocId; source: string; outlet: string | null; publishedAt: string | null }[]>
  /** Cleaned texts by document id: evidence is sliced from them. */
  getTexts(ids: readonly DocId[]): Promise<ReadonlyMap<DocId, string>>
  /** Every event of these types, by date (undated first), document and annotation id. */
  listEvents(filter: { types: readonly EventType[]; docIds?: readonly DocId[] }): Promise<readonly { docId: DocId; event: EventAnnotation }[]>
  /** Story memberships (`sitrep stories`): a family is one report with its reprints and rewrites, one source. */
  getStoryMemberships?(): Promise<readonly { id: string; family: number; joins?: readonly number[] }[]>
}


/**
 * An event source over a store. `texts` (document id → cleaned text), when the caller has already read the
 * documents, saves reading each one again for its evidence. Each document is one source — of its derivation family when the
 * store holds its story membership (ingest saves it; a rewrite of a wire story adds nothing), else of its outlet.
 */
export function storeSource(store: EventStore, label: string, texts: ReadonlyMap<string, string> = new Map()): EventSource {
  return { label, load: () => situationEvents(store, { texts }) }
}

/**
 * The situation's events of the store (or of the documents `docIds`), in listEvents' order. `families` (document id →
 * story family) stands in for the stored memberships when given.
 */
export async function situationEvents(store: EventStore, opts: { docIds?: readonly DocId[]; families?: ReadonlyMap<string, number>; texts?: ReadonlyMap<string, string> } = {}): Promise<SituationEvent[]> {
  const docs = new Map((await store.listDocuments(opts.docIds ? { ids: opts.docIds } : undefined)).map((d) => [d.id, d]))
  const families = opts.families ?? familiesOf(await store.getStoryMemberships?.() ?? [])
  const read = new Map<string, string>(opts.texts)
  const out: SituationEvent[] = []
  const events = await store.listEvents({ types: [...SITUATION_TYPES] as EventType[], ...(opts.docIds ? { docIds: opts.docIds } : {}) })
  // The texts still needed, read in one go rather than one query per document.
  const missing = [...new Set(events.map((x) => x.docId).filter((id) => !read.has(id)))]
  for (const [id, text] of await store.getTexts(missing)) read.set(id, text)
  for (const { docId, event: e } of events) {
    const text = read.get(docId) ?? ''
    const meta = docs.get(docId)
    out.push({
      id: `${docId}#${e.id}`, type: e.type, actors: e.actors.map((a) => ({ actorId: a.actorId, role: a.role })),
      place: e.place ? { placeId: e.place.placeId, name: e.place.name, lat: e.place.lat, lon: e.place.lon, precision: e.place.precision } : null,
      date: e.date, dateEnd: e.dateEnd, datePrecision: e.datePrecision, dateText: e.dateText, modality: e.modality, attribution: e.attribution,
      evidence: { start: e.span.start, end: e.span.end, text: text.slice(e.span.start, e.span.end) },
      documents: [docId], independentSources: 1, status: 'claimed',
      reportedOn: meta?.publishedAt ?? null,
      outlets: [families.has(docId) ? `family:${families.get(docId)}` : (meta?.outlet ?? meta?.source ?? docId).toLowerCase()],
    })
  }
  return out
}

/** Each placed document's family as one source: the root of the families a later text tied together. */
function familiesOf(memberships: readonly { id: string; family: number; joins?: readonly number[] }[]): Map<string, number> {
  const root = familyRoots(memberships)
  return new Map(memberships.map((m) => [m.id, root(m.family)]))
}
