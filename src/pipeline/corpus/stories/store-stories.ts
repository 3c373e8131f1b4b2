// Stories of the documents in a store. Ingest places each new document in the story index (resumed from the
// stored memberships, with the texts of only the last few days) and fuses its events into the saved incidents
// (store-fusion.ts: only what the new events reach is fused again), saving both in its own transaction; readers (`sitrep serve`, `stories`, `export`) then load memberships and fused events as
// saved. A store whose saved state does not cover its documents (written before migration 005, or under other
// story rules) is rebuilt once by the first reader that finds it so.
import type { ExtractedDocument, FusedEvent, Story } from '../../../core/contract.ts'
import { annIndex } from '../../../core/ids.ts'
import type { ActorId, ActorKind, AnnId, Doc, DocId, EventAnnotation, EventType, Span } from '../../../core/types.ts'
import type { FiledRow, FusionChange, FusionMemberRecord, IncidentRecord, NearProbe } from '../../../store/store.ts'
import { presentActorMention, presentDocument, presentEvent } from '../../present.ts'
import { assembleStories, knownDocuments, sourcesOf } from './build-stories.ts'
import { fuseIncrementally, fusionDocumentOf, fusionRecords } from './store-fusion.ts'
import { fileIndex, placeIncrementally } from './store-placement.ts'
import { dayNumber } from './fingerprints.ts'
import { fuseAll, type FusionDocument } from './fuse.ts'
import { DEFAULT_OPTIONS, snapshotFromMemberships, StoryIndex } from './story-index.ts'
import type { Membership } from './story-index.ts'

/**
 * Version of the rules that place documents in stories and fuse their events. Bump it with any change that moves
 * their output (the fuse snapshot and eval:stories show one): stores saved under another version are rebuilt once.
 * 2: fusion's state is saved per member (migration 006), so ingest re-fuses only what its events reach.
 * 3: a lead gives its incident every place its sentence names; a report covering a same-day incident at its lead's
 *    place joins that incident's story (similarity.ts `covers`).
 * 4: a place disagreement needs differing documents.
 * 5: one organisation at different levels (leader, group, coalition) is one initiator; ground taken near a town is
 *    apart from the town's capture; a loss the losing side reports itself is assessed.
 * 6: a text derived from two families of its story, or tracing to a wire another family traces to, ties them into
 *    one source (Membership.joins, migration 007): the count no longer depends on the order the texts came in; a
 *    fused figure's low and high span every source's own range ("dozens": 12 to 99) and the values that differ; a
 *    family's later report of a figure (a correction, a toll that rose) replaces its earlier one.
 * 7: an outlet’s own later report of an incident joins its family; a news brief keeping most of the shorter text’s
 *    words and names is a rewrite without quote or figure.
 * 8: a news brief that adds a quotation of its own is still a rewrite (the narrative, quotations set aside, is
 *    compared too: DocFeatures.narrative, narrativeNames); leads' new holders match at any level of one organisation.
 * 9: an outlet’s own reports of one incident are one source in a fused event even in stories of their own (its
 *    next-day report leading with new news); fusion_members.outlet, migration 008. A denial never answers a
 *    statement or a call to action (its own document's line beside it), and answers first an incident of the kind
 *    its sentence denies (extract-events/denied-types.ts).
 * 10: a denial is no longer counted among the independent sources of what it denies (FusedEvent.denyingSources); a
 *    paraphrase that retells the same facts in the same order is a rewrite (DocFeatures.nameOrder, ownReporting, similarity
 *    `retold`);
 *    a side's denial does not answer its own claim, and a speaker is also read off the lexicon name an attribution gives;
 *    a denier is a party at any level of one organisation; a pointing-back denial answers the report just before it.
 * 11: fusion meets undated documents after dated ones (pub-key.ts), in the store as in a run over files; an
 *    incident spans at most three days.
 * 12: a denial made before every report of an incident does not answer it.
 * 13: a denial of "entered X" denies a change of control; "and said …" after a denial is the denier's own line.
 * 14: a wire's own later report under its dateline is a rewrite of its first, not a reprint.
 * 15: a denial answers only an incident of the kind its sentence denies (no longer merely first); an English denial
 *    that names no kind and points back to nothing stands on its own; "troops had left", "the fall of",
 *    "reached" are kinds a denial names.
 */
export const STORY_STATE_VERSION = 15

/** What the stored memberships and fused events cover (the store's `story_state` row). */
export interface StoryState {
  /** STORY_STATE_VERSION of the code that computed them. */
  readonly version: number
  /** Documents and copies (document_sources rows) in the store when they were computed. */
  readonly documents: number
  readonly sources: number
}

/** One actor mention (src/store/store.ts ActorMention). */
export interface ActorMention {
  readonly docId: DocId
  readonly annId: AnnId
  readonly actorId: ActorId
  readonly name: string
  readonly actorKind: ActorKind
  readonly span: Span
}

/** One copy of a stored text (src/store/store.ts DocumentSource). */
export interface StoredCopy {
  readonly docId: DocId
  readonly source: string
  readonly outlet: string | null
  readonly publishedAt: string | null
}

/** The store methods stories need (src/store/store.ts). */
export interface StoryStore {
  listDocuments(): Promise<readonly { id: DocId; publishedAt: string | null }[]>
  getDocuments(ids: readonly DocId[]): Promise<Doc[]>
  getTexts(ids: readonly DocId[]): Promise<ReadonlyMap<DocId, string>>
  listEvents(): Promise<readonly { docId: DocId; event: EventAnnotation }[]>
  /** Actor mentions by document, in each document's order. */
  listActorMentions(): Promise<readonly ActorMention[]>
  getDocumentSources(): Promise<readonly StoredCopy[]>
  getStoryMemberships(): Promise<readonly Membership[]>
  storyCoverage(): Promise<{ documents: number; sources: number; placed: number }>
  unplacedDocuments(): Promise<readonly { id: DocId; publishedAt: string | null; arrival: number }[]>
  storyIndexSize(): Promise<{ size: number; stories: number; families: number; newestDay: number | null }>
  storyKeyHits(keys: readonly number[], fromDay: number, cap: number): Promise<readonly { key: number; seq: number }[]>
  filedDocuments(seqs: readonly number[]): Promise<readonly { seq: number; day: number; features: string; membership: Membership }[]>
  storyMembers(stories: readonly number[]): Promise<readonly { id: string; seq: number; story: number; family: number; wire: string | null; joins: readonly number[] }[]>
  fileStoryDocuments(docs: readonly FiledRow[], pruneBefore: number, replace: boolean): Promise<void>
  saveStoryMemberships(memberships: readonly Membership[]): Promise<void>
  appendStoryMemberships(memberships: readonly Membership[]): Promise<void>
  saveFusion(members: readonly FusionMemberRecord[], incidents: readonly IncidentRecord[], state: StoryState): Promise<void>
  updateFusion(change: FusionChange): Promise<void>
  fusionMembersNear(probes: readonly NearProbe[]): Promise<FusionMemberRecord[]>
  fusionMembersOf(incidents: readonly string[]): Promise<FusionMemberRecord[]>
  fusionMembersOfDocuments(docIds: readonly string[]): Promise<FusionMemberRecord[]>
  incidentsNear(type: EventType, probes: readonly NearProbe[]): Promise<IncidentRecord[]>
  incidentsOf(incidents: readonly string[]): Promise<IncidentRecord[]>
  getFusedEvents(): Promise<FusedEvent[]>
  getStoryState(): Promise<StoryState | null>
  transaction<T>(work: (tx: StoryStore) => Promise<T>): Promise<T>
}

/** What saving a batch reports (src/store/store.ts SaveResult): documents new to the store, copies recorded. */
export interface SavedBatch {
  readonly inserted: readonly DocId[]
  readonly sourcesAdded: number
}

/** A store that also saves documents: what ingest needs. */
export interface IngestStore<R extends SavedBatch> extends StoryStore {
  saveDocuments(docs: readonly Doc[]): Promise<R>
  transaction<T>(work: (tx: IngestStore<R>) => Promise<T>): Promise<T>
}

/** What a saved state lacks to be used as it is, or null when it covers the store. */
export type Staleness = null | 'never saved' | 'saved by other story rules' | 'documents changed since'

/** What the stored stories rest on: read once, shared by the check and the load. */
interface Stored {
  readonly documents: readonly { id: DocId; publishedAt: string | null }[]
  readonly copies: readonly StoredCopy[]
  readonly memberships: readonly Membership[]
  readonly state: StoryState | null
}

async function readStored(store: StoryStore): Promise<Stored> {
  return {
    documents: await store.listDocuments(), copies: await store.getDocumentSources(),
    memberships: await store.getStoryMemberships(), state: await store.getStoryState(),
  }
}

function staleness(s: Stored): Staleness {
  if (!s.state) return 'never saved'
  if (s.state.version !== STORY_STATE_VERSION) return 'saved by other story rules'
  const placed = new Set(s.memberships.map((m) => m.id))
  if (s.state.documents !== s.documents.length || s.state.sources !== s.copies.length || placed.size !== s.documents.length) return 'documents changed since'
  return null
}

/**
 * What an ingest changed in the saved stories, for a reader that holds them (the API's read model): nothing; all of
 * it (a store whose saved state was out of date is worked out again); or the memberships appended, in order, and
 * the incidents written (new or changed, as saved) and removed, by key. Copies of known texts are not listed: they
 * are the batch's document_sources rows.
 */
export type StoriesChange =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'rebuilt' }
  | { readonly kind: 'added'; readonly memberships: readonly Membership[]; readonly incidents: readonly IncidentRecord[]; readonly removed: readonly string[] }

/**
 * Saves a batch of documents and brings the stories and fused events up to date, in one transaction: a batch
 * that fails leaves the store as it was, and a batch that adds nothing (the same documents again) writes nothing.
 */
export async function ingestDocuments<R extends SavedBatch>(store: IngestStore<R>, docs: readonly Doc[]): Promise<R & { stories: StoriesChange }> {
  return store.transaction(async (tx) => {
    const current = await stateIsCurrent(tx)
    const saved = await tx.saveDocuments(docs)
    let stories: StoriesChange = { kind: 'unchanged' }
    if (!current) {
      await refreshStories(tx, { save: true })
      stories = { kind: 'rebuilt' }
    } else if (saved.inserted.length > 0 || saved.sourcesAdded > 0) stories = await addToStories(tx)
    return { ...saved, stories }
  })
}

/**
 * Places the documents not placed yet and fuses their events into the saved incidents (refuse.ts), writing only
 * the rows that change: for a store whose saved state covered every document before this batch.
 */
async function addToStories(store: StoryStore): Promise<StoriesChange> {
  const placement = await placeIncrementally(store)
  const covered = await store.storyCoverage()
  const state = { version: STORY_STATE_VERSION, documents: covered.documents, sources: covered.sources }
  const fresh = placement.documents.map(fusionDocumentOf)
  const fusion = await fuseIncrementally(store, fresh, placement.sourceOf, placement.refamilied)
  await store.updateFusion({ ...fusion, state })
  return { kind: 'added', memberships: placement.memberships, incidents: fusion.incidents, removed: fusion.removed }
}

/** What staleness says without reading every document, copy and membership: counts against the saved state. */
export async function stateIsCurrent(store: StoryStore): Promise<boolean> {
  const state = await store.getStoryState()
  if (!state || state.version !== STORY_STATE_VERSION) return false
  const c = await store.storyCoverage()
  return state.documents === c.documents && state.sources === c.sources && c.placed === c.documents
}

/**
 * The stories of the store: as saved when the saved state covers every document, else worked out again (and,
 * with `save`, saved in one transaction so the next reader loads them). `onRebuild` hears why a rebuild was needed.
 */
export async function loadStories(store: StoryStore, opts: { save: boolean; onRebuild?: (why: Exclude<Staleness, null>) => void }): Promise<Story[]> {
  const stored = await readStored(store)
  const why = staleness(stored)
  if (why === null) return assembleStories(allMemberships(stored), await store.getFusedEvents())
  opts.onRebuild?.(why)
  return opts.save ? store.transaction((tx) => refreshStories(tx, { save: true })) : refreshStories(store, { save: false })
}

/** Every stored document in the contract shape, and its stories (see loadStories). */
export async function storiesOfStore(store: StoryStore, opts: { save: boolean }): Promise<{ documents: ExtractedDocument[]; stories: Story[] }> {
  const stories = await loadStories(store, opts)
  const ids = (await store.listDocuments()).map((d) => d.id)
  return { documents: (await store.getDocuments(ids)).map(presentDocument), stories }
}

/**
 * Places the documents not placed yet and fuses every stored event again; with `save`, writes the new
 * memberships, the fused events and the state they cover (call it inside a transaction). Placement resumes
 * the index from the stored memberships; only documents of its last `windowDays` are read for their features,
 * since the index never compares documents further apart. Stories saved by other rules are placed afresh.
 */
export async function refreshStories(store: StoryStore, opts: { save: boolean }): Promise<Story[]> {
  const s = await readStored(store)
  const replace = s.state !== null && s.state.version !== STORY_STATE_VERSION
  const stored = replace ? [] : s.memberships
  // Placement first, in its own scope: the whole documents it read are garbage before fusion reads its rows.
  const { memberships, added, index } = await placeNew(store, s, stored)
  const fusion = fuseAll(knownDocuments(await fusionDocuments(store, s.documents), memberships), sourcesOf(memberships))
  const fused = fusion.incidents.map((i) => i.fused)
  if (opts.save) {
    if (replace) await store.saveStoryMemberships(memberships)
    else if (added > 0) await store.appendStoryMemberships(memberships.slice(stored.length))
    await fileIndex(store, index, 0, true)
    const records = fusionRecords(fusion)
    await store.saveFusion(records.members, records.incidents, { version: STORY_STATE_VERSION, documents: s.documents.length, sources: s.copies.length })
  }
  return assembleStories(memberships, fused)
}

/** Resumes the index from `stored` and places every document it lacks; returns all memberships, copies last. */
async function placeNew(store: StoryStore, s: Stored, stored: readonly Membership[]): Promise<{ memberships: readonly Membership[]; added: number; index: StoryIndex }> {
  const placed = new Set(stored.map((m) => m.id))
  // The index's first sweep drops every document more than windowDays before its newest: restoring only the
  // ones after that leaves it the same documents to match, without computing the features of the rest. (A bucket
  // cap then counts only these: an old document no longer pushes a recent one out of a full bucket.)
  let watermark = Number.NEGATIVE_INFINITY
  for (const m of stored) watermark = Math.max(watermark, dayNumber(m.publishedAt) ?? 0)
  const isRecent = new Set(stored.filter((m) => (dayNumber(m.publishedAt) ?? 0) >= watermark - DEFAULT_OPTIONS.windowDays).map((m) => m.id))
  const read = new Map((await store.getDocuments(s.documents.filter((d) => !placed.has(d.id) || isRecent.has(d.id)).map((d) => d.id)))
    .map((d) => [d.id as string, presentDocument(d)]))
  const index = StoryIndex.restore(snapshotFromMemberships(stored), stored.filter((m) => isRecent.has(m.id)).flatMap((m) => read.get(m.id) ?? []))
  // Documents not placed yet go in by publication date, then in the order they arrived: a batch ingested in any
  // order is placed as a stream would have brought it (the index compares only documents days apart).
  const arrival = new Map<string, number>()
  s.copies.forEach((c, i) => { if (!arrival.has(c.docId)) arrival.set(c.docId, i) })
  const fresh = s.documents.flatMap((d) => (placed.has(d.id) ? [] : read.get(d.id) ?? [])).sort((a, b) => {
    const pa = a.publishedAt ?? '9999'
    const pb = b.publishedAt ?? '9999'
    return pa < pb ? -1 : pa > pb ? 1 : (arrival.get(a.id) ?? 0) - (arrival.get(b.id) ?? 0)
  })
  for (const d of fresh) index.add(d)
  return { memberships: withCopies(index, s).memberships(), added: fresh.length, index }
}

/**
 * What fusion reads of every stored document (its events, actor mentions, date), from the event and mention rows
 * and the texts, in listDocuments order: far less to read and parse than every document with all its annotations.
 */
async function fusionDocuments(store: StoryStore, documents: Stored['documents']): Promise<FusionDocument[]> {
  const texts = await store.getTexts(documents.map((d) => d.id))
  const events = new Map<string, EventAnnotation[]>()
  for (const { docId, event } of await store.listEvents()) push(events, docId, event)
  const actors = new Map<string, ActorMention[]>()
  for (const a of await store.listActorMentions()) push(actors, a.docId, a)
  return documents.map((d) => {
    const text = texts.get(d.id) ?? ''
    return {
      id: d.id, publishedAt: d.publishedAt,
      events: (events.get(d.id) ?? []).sort((a, b) => annIndex(a.id) - annIndex(b.id)).map((e) => presentEvent(d.id, text, e)),
      actors: (actors.get(d.id) ?? []).map((a) => presentActorMention(text, a)),
    }
  })
}

function push<T>(m: Map<string, T[]>, k: string, x: T): void {
  const list = m.get(k)
  if (list) list.push(x)
  else m.set(k, [x])
}

/** The saved memberships (placed documents) followed by the other copies of their texts, as stories list them. */
export function allMemberships(s: Pick<Stored, 'documents' | 'copies' | 'memberships'>): readonly Membership[] {
  return withCopies(StoryIndex.restore(snapshotFromMemberships(s.memberships)), s).memberships()
}

/**
 * Adds other outlets' copies of placed texts (an exact reprint has the same id): each joins its text's story as a
 * reprint in its family, listed but no extra source. Only a text's first copy is saved as a membership; the others
 * follow from the copies, in their order, after every placed document.
 */
function withCopies(index: StoryIndex, s: Pick<Stored, 'documents' | 'copies'>): StoryIndex {
  const published = new Map(s.documents.map((d) => [d.id as string, d.publishedAt]))
  for (const c of s.copies) {
    if (!published.has(c.docId)) continue
    index.addCopy({ id: c.docId, source: c.source, outlet: c.outlet, publishedAt: c.publishedAt ?? published.get(c.docId) ?? null })
  }
  return index
}
