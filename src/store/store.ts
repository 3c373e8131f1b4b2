// The Store interface: what the CLI, the API and the corpus stages may ask of storage, whatever the database.
// Implementations (SQLite now, PostgreSQL later) live beside it and must pass `store.contract.ts`.
import type { ActorId, DocId, Doc, EventAnnotation, EventType, Modality, AnnId } from '../core/types.ts'
import type { Membership } from '../pipeline/corpus/stories/story-index.ts'
import type { ActorMention, StoryState } from '../pipeline/corpus/stories/store-stories.ts'

export type { ActorMention, StoryState }
import type { AcledColumn } from '../ontology/acled-columns.ts'
import type { ContractEvent, FusedEvent } from '../core/contract.ts'

/** One imported ACLED-layout row: every ACLED column as read, plus columns the file had beyond ACLED's. */
export interface ReferenceEvent {
  readonly layer: string
  readonly fields: Readonly<Record<AcledColumn, string>>
  readonly extra: Readonly<Record<string, string>>
  /** ISO date read from event_date, or null when it could not be read. */
  readonly date: string | null
  readonly sitrepType: EventType
}

export interface ReferenceFilter {
  readonly layer?: string
  readonly from?: string
  readonly to?: string
}

/** Tables a store keeps, as `countRows()` reports them. */
export const TABLES = ['documents', 'events', 'event_actors', 'place_mentions', 'actor_mentions', 'document_sources'] as const
export type TableName = (typeof TABLES)[number]
export type RowCounts = Record<TableName, number>

/**
 * One event as fusion read it (migration 006): where it stands in fusion's order (class: report 0, denial 1,
 * background 2; then publication key, document, annotation index), its story and family, and the incident (key of
 * the incident's first member, `docId/annId`) it joined, or null.
 */
export interface FusionMemberRecord {
  readonly docId: string
  readonly annId: string
  readonly klass: 0 | 1 | 2
  readonly pubKey: string
  readonly annIndex: number
  readonly story: string
  readonly family: string
  readonly day: number | null
  readonly event: ContractEvent
  readonly speaker: string | null
  readonly incident: string | null
  /** The outlet whose own report the member's document is (fuse.ts SourceOf.outlet), or null. */
  readonly outlet: string | null
}

/** One fused incident: its key, its first member's place in fusion's order, the fused event, its status before the fighting check. */
export interface IncidentRecord {
  readonly incident: string
  readonly klass: 0 | 1 | 2
  readonly pubKey: string
  readonly docId: string
  readonly annIndex: number
  readonly event: FusedEvent
  readonly baseStatus: FusedEvent['status']
}

/** What an incremental fusion writes. */
export interface FusionChange {
  readonly members: readonly FusionMemberRecord[]
  readonly incidents: readonly IncidentRecord[]
  readonly removed: readonly string[]
  readonly state: StoryState
}

/** A document as the story index files it (migration 006): its seq, id, index day, keys and features (JSON). */
export interface FiledRow {
  readonly seq: number
  readonly docId: string
  readonly day: number
  readonly keys: readonly number[]
  readonly features: string
}

/** A day and place to search around (day null: any day), and a story whose members match wherever they are. */
export interface NearProbe {
  readonly day: number | null
  readonly story: string | null
  readonly place: { readonly placeId: string; readonly lat: number; readonly lon: number; readonly precision: string } | null
}

/** What one `saveDocuments` call did: ids written now, and ids that were already there (left untouched). */
export interface SaveResult {
  readonly inserted: readonly DocId[]
  readonly existing: readonly DocId[]
  /** Copies recorded now (document_sources rows): new texts, and other outlets' copies of stored ones. */
  readonly sourcesAdded: number
}

/** One copy that delivered a stored text: where it came from, which outlet, when it was published. */
export interface DocumentSource {
  readonly docId: DocId
  readonly source: string
  readonly url: string | null
  readonly outlet: string | null
  readonly publishedAt: string | null
}

/** A document without its text and annotations: what listings show. */
export interface DocSummary {
  readonly id: DocId
  readonly source: string
  readonly title: string | null
  readonly outlet: string | null
  readonly publishedAt: string | null
  readonly language: string
}

/** One place a document mentions: what a place listing needs of it. */
export interface PlaceMention {
  readonly placeId: string
  readonly name: string
  readonly lat: number
  readonly lon: number
  readonly kind: string
}

/** West, south, east, north in degrees (west <= east: boxes across the antimeridian are not supported). */
export interface BBox {
  readonly west: number
  readonly south: number
  readonly east: number
  readonly north: number
}

export interface EventFilter {
  /** ISO date: events whose [date, dateEnd] reaches on or after it. Undated events never match a date bound. */
  readonly from?: string
  /** ISO date: events whose date is on or before it. */
  readonly to?: string
  /** Only events with a place inside the box. */
  readonly bbox?: BBox
  readonly types?: readonly EventType[]
  readonly modalities?: readonly Modality[]
  /** Only events with this actor in any role. */
  readonly actor?: ActorId
  /** Page size, 1..1000 (default 100). */
  readonly limit?: number
  /** `next` of the previous page. */
  readonly cursor?: string
}

/** One event annotation with the document it was read from. */
export interface StoredEvent {
  readonly docId: DocId
  readonly event: EventAnnotation
}

export interface EventPage {
  readonly events: readonly StoredEvent[]
  /** Cursor for the next page, or null on the last one. */
  readonly next: string | null
}

export interface Store {
  /**
   * Saves a batch in one transaction: all of it or, on any failure, nothing. Known ids are left as they are,
   * but a copy of a known text from another URL or source (an exact reprint) is recorded in its sources.
   */
  saveDocuments(docs: readonly Doc[]): Promise<SaveResult>
  /** Every copy of every stored text (or of one, or of some), in the order they arrived. */
  getDocumentSources(filter?: { readonly docId?: DocId; readonly docIds?: readonly DocId[] }): Promise<DocumentSource[]>
  /** The stored document, exactly as saved, or null. */
  getDocument(id: DocId): Promise<Doc | null>
  /** The stored documents with these ids, in the order asked, skipping unknown ids (one query per few hundred). */
  getDocuments(ids: readonly DocId[]): Promise<Doc[]>
  /** Every document (or those with these ids), by publication date then id (undated first). */
  listDocuments(filter?: { readonly ids?: readonly DocId[] }): Promise<DocSummary[]>
  /** Rows in each table. */
  countRows(): Promise<RowCounts>
  /** One event by its document and annotation id, or null. */
  getEvent(docId: DocId, annId: AnnId): Promise<StoredEvent | null>
  /** Events matching the filter, ordered by date (undated first), then document and annotation id. */
  getEvents(filter?: EventFilter): Promise<EventPage>
  /**
   * Every event of these types (all when none given) in getEvents' order, in one read: for readers that need them
   * all. Paging through them costs a sort per page when the types rule out the ordered index.
   */
  listEvents(filter?: { readonly types?: readonly EventType[]; readonly docIds?: readonly DocId[] }): Promise<StoredEvent[]>
  /** Replaces the stored story memberships (in the order the index placed the documents) in one transaction. */
  saveStoryMemberships(memberships: readonly Membership[]): Promise<void>
  /** Stored story memberships in the order the index placed the documents, with each document's metadata. */
  getStoryMemberships(): Promise<Membership[]>
  /** Adds memberships after the stored ones (documents placed since), in this order; a stored document is skipped. */
  appendStoryMemberships(memberships: readonly Membership[]): Promise<void>
  /** Counts a saved story state is checked against: documents, copies (document_sources rows), documents placed. */
  storyCoverage(): Promise<{ documents: number; sources: number; placed: number }>
  /** Documents not placed in a story yet, with their publication date and arrival (their first copy's seq). */
  unplacedDocuments(): Promise<{ id: DocId; publishedAt: string | null; arrival: number }[]>
  /** The story index's size: documents placed, stories, families; and the newest day filed (null: none). */
  storyIndexSize(): Promise<{ size: number; stories: number; families: number; newestDay: number | null }>
  /** For each key, the last `cap` documents (story_documents.seq, newest first) filed under it on `fromDay` or later. */
  storyKeyHits(keys: readonly number[], fromDay: number, cap: number): Promise<{ key: number; seq: number }[]>
  /** Filed documents by seq: membership, index day, features (JSON). */
  filedDocuments(seqs: readonly number[]): Promise<{ seq: number; day: number; features: string; membership: Membership }[]>
  /** Placed documents of these stories (id, seq, story, family, wire, joins), in the order they were placed. */
  storyMembers(stories: readonly number[]): Promise<{ id: string; seq: number; story: number; family: number; wire: string | null; joins: readonly number[] }[]>
  /**
   * Files documents under their lookup keys with their features (all replaced first with `replace`), and drops
   * what is filed under a day before `pruneBefore`, in one transaction.
   */
  fileStoryDocuments(docs: readonly FiledRow[], pruneBefore: number, replace: boolean): Promise<void>
  /**
   * Replaces every fusion member and fused incident and records what they cover, in one transaction (a rebuild).
   */
  saveFusion(members: readonly FusionMemberRecord[], incidents: readonly IncidentRecord[], state: StoryState): Promise<void>
  /**
   * Writes what an incremental fusion changed, in one transaction: members and incidents by key (replacing stored
   * ones), incidents gone, and the state now covered.
   */
  updateFusion(change: FusionChange): Promise<void>
  /** Stored fusion members within a day of a probe and at a place it may share (a superset: callers check). */
  fusionMembersNear(probes: readonly NearProbe[]): Promise<FusionMemberRecord[]>
  /** Every stored member of these incidents. */
  fusionMembersOf(incidents: readonly string[]): Promise<FusionMemberRecord[]>
  /** Every stored member from these documents. */
  fusionMembersOfDocuments(docIds: readonly string[]): Promise<FusionMemberRecord[]>
  /** Stored incidents of this fused type within a day of a probe and at a place it may share (a superset). */
  incidentsNear(type: EventType, probes: readonly NearProbe[]): Promise<IncidentRecord[]>
  /** These stored incidents (unknown keys left out). */
  incidentsOf(incidents: readonly string[]): Promise<IncidentRecord[]>
  /** The stored fused events in fusion's order (of each incident's first member). */
  getFusedEvents(): Promise<FusedEvent[]>
  /** The stored incidents (key, place in fusion's order, fused event) in getFusedEvents' order. */
  getIncidents(): Promise<IncidentRecord[]>
  /** What the stored memberships and fused events cover, or null when they were never saved (an older store). */
  getStoryState(): Promise<StoryState | null>
  /**
   * Each place the documents mention, once, as its first mention names it, in order of first mention (documents
   * in listDocuments order, each document's mentions in its order).
   */
  listMentionedPlaces(): Promise<PlaceMention[]>
  /** Every place mention (of these documents), in listDocuments order, each document's in its order. */
  placeMentionsOf(ids?: readonly DocId[]): Promise<(PlaceMention & { readonly docId: DocId })[]>
  /** Every actor mention, by document id, then in the order the document mentions them. */
  listActorMentions(): Promise<ActorMention[]>
  /** The cleaned texts of these documents, by id (unknown ids left out): evidence without reading annotations. */
  getTexts(ids: readonly DocId[]): Promise<Map<DocId, string>>
  /**
   * Runs `work` with a store bound to one transaction: all it writes is kept or, on any failure, nothing.
   * Calls on the bound store (saveDocuments included) join that transaction.
   */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>
  /** Replaces the reference layer `layer` with these rows (in this order) in one transaction. */
  saveReferenceEvents(layer: string, rows: readonly ReferenceEvent[]): Promise<void>
  /** Reference rows, by layer and file order; dated bounds leave undated rows out. */
  getReferenceEvents(filter?: ReferenceFilter): Promise<ReferenceEvent[]>
  close(): Promise<void>
}

/** Key that orders events across pages: date ("" when undated), document id, annotation id. */
export interface EventKey {
  readonly dateKey: string
  readonly docId: DocId
  readonly annId: AnnId
}
