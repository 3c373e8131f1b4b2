// The one seam between the HTTP app and the store: a ReadModel (and an ingest function) over a store.
// It loads what ingest saved — stories from their memberships and the fused events as fused — plus the control
// timeline, the road network, the document list and the places documents mention, and answers from memory;
// a document's text and annotations are read from the store when a route asks for that document. An ingest
// through the API is applied to it: what the batch added is read back and only the stories and events it touched
// change (the situation, over all days, is worked out again from the events held). A store whose saved stories do not cover its documents (written by an older
// version) has them worked out once and saved, which the server says on stderr.
import { existsSync } from 'node:fs'
import { AppError } from '../core/errors.ts'
import { lowerBound } from '../core/sorted.ts'
import type { Doc, DocId } from '../core/types.ts'
import type { InputRecord } from '../ingest/input-record.ts'
import { defaultContext } from '../pipeline/context.ts'
import { LiveStories } from '../pipeline/corpus/stories/live-stories.ts'
import { allMemberships, ingestDocuments, loadStories, stateIsCurrent, type StoriesChange } from '../pipeline/corpus/stories/store-stories.ts'
import { runPipelineBatch } from '../pipeline/parallel.ts'
import { presentDocument } from '../pipeline/present.ts'
import { docProblem } from '../pipeline/problems.ts'
import { loadSituationPack, type SituationPack } from '../situation/pack.ts'
import { situationOf, type Situation } from '../situation/situation.ts'
import { situationEvents, storeSource } from '../situation/store-source.ts'
import { controlOn, type SituationEvent } from '../situation/timeline.ts'
import { whatIf } from '../situation/roads.ts'
import { isPostgresUrl, openStore, storeLabel } from '../store/open-store.ts'
import type { Store } from '../store/store.ts'
import { memoryReadModel, type LiveReadModel, type MentionedPlace } from './memory-read-model.ts'
import type { DocumentSummary, ReadModel } from './read-model.ts'
import type { Ingest } from './routes/documents.ts'

/** What one API ingest did: the batch's document ids, those new to the store, and what changed in the stories. */
export interface IngestedBatch {
  readonly ids: readonly DocId[]
  readonly inserted: readonly DocId[]
  readonly stories: StoriesChange
}

/** Hears the ingests of openStoreIngest: one starts saving; it is saved (the batch) or failed (null). */
export interface IngestListener {
  ingesting(): void
  ingested(batch: IngestedBatch | null): Promise<void>
}

/** A read model that loads lazily and can be told the store changed. */
export interface StoreReadModel extends ReadModel, IngestListener {
  /** Drops what was loaded; the next request reads the store again. */
  reload(): void
  /**
   * `ingested` brings what was loaded up to date with the batch (committed before it is called), reading only what
   * the batch added; requests see the state before or after it, never a mix (see `consistent`). A load that ran
   * while a batch was being saved may hold part of it: it is dropped instead, and the next request loads again.
   */
  ingested(batch: IngestedBatch | null): Promise<void>
  /** Runs a request's reads against one state: an ingest is applied only between requests. */
  consistent<T>(work: () => Promise<T>): Promise<T>
  /** Closes the store it reads documents from. */
  close(): Promise<void>
}

/**
 * Opens the read model over the store at `dbPath` (which must exist: ingest creates it). `log` hears what the
 * server should say on stderr (a rebuild of stale stories).
 */
export function openStoreReadModel(dbPath: string, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): StoreReadModel {
  if (!isPostgresUrl(dbPath) && !existsSync(dbPath)) throw new AppError('not_found', `no store at ${dbPath} (create it with \`sitrep ingest --db ${dbPath} <inputs>\`)`)
  let opened: Promise<Store> | null = null
  const store = () => (opened ??= openStore(dbPath).catch((e: unknown) => { opened = null; throw e }))
  let loaded: Promise<Loaded> | null = null
  // Batches started and being saved now; `clean`: the load in `loaded` ran while none was being saved.
  let started = 0
  let saving = 0
  let clean = false
  const load = () => {
    if (loaded) return loaded
    const before = started
    clean = false
    const loading: Promise<Loaded> = store().then((s) => loadModel(s, storeLabel(dbPath), log)).then(
      (l) => { if (loaded === loading) clean = saving === 0 && started === before; return l },
      (e: unknown) => { if (loaded === loading) loaded = null; throw e })
    return (loaded = loading)
  }
  const model = async () => (await load()).model
  const gate = readWriteGate()
  return {
    reload: () => { loaded = null },
    ingesting() {
      started++
      saving++
    },
    async ingested(batch) {
      saving--
      const current = loaded
      if (!current || !batch || batch.stories.kind === 'unchanged') return
      if (!clean || batch.stories.kind === 'rebuilt') { loaded = null; return }
      // A text that tied two families into one source changes how earlier documents count for control: rare (a wire's
      // copy arriving after separate rewrites of it), so the model is read again rather than patched.
      if (batch.stories.kind === 'added' && batch.stories.memberships.some((m) => m.joins.length > 0)) { loaded = null; return }
      const state = await current
      if (!state.stories) { loaded = null; return }
      try {
        const apply = await prepareChange(state, await store(), batch)
        if (loaded === current) await gate.write(apply)
      } catch (e) {
        // The ingest is saved; what failed is reading it back: read everything on the next request instead.
        loaded = null
        log(`sitrep: could not apply an ingest to the loaded model (${e instanceof Error ? e.message : String(e)}); reading the store again`)
      }
    },
    consistent: (work) => gate.read(work),
    async close() {
      loaded = null
      const s = opened
      opened = null
      if (s) await (await s).close()
    },
    events: async (f) => (await model()).events(f),
    event: async (id) => (await model()).event(id),
    dayCounts: async (f) => (await model()).dayCounts(f),
    stories: async () => (await model()).stories(),
    story: async (id) => (await model()).story(id),
    storiesOf: async (id) => (await model()).storiesOf(id),
    document: async (id) => (await model()).document(id),
    documents: async () => (await model()).documents(),
    places: async (q) => (await model()).places(q),
    place: async (id) => (await model()).place(id),
    control: async (date) => (await model()).control(date),
    whatif: async (capture, by, date) => (await model()).whatif(capture, by, date),
    referenceLayers: async () => (await model()).referenceLayers(),
    referenceEvents: async (q) => (await model()).referenceEvents(q),
    dates: async () => (await model()).dates(),
  }
}

/**
 * Requests read while no change is being applied; a change waits for the requests under way and holds new ones
 * back until it is applied (synchronously, so only for as long as that takes).
 */
function readWriteGate() {
  let readers = 0
  let writing: Promise<void> | null = null
  let drained: (() => void) | null = null
  return {
    async read<T>(work: () => Promise<T>): Promise<T> {
      while (writing) await writing
      readers++
      try {
        return await work()
      } finally {
        if (--readers === 0) drained?.()
      }
    },
    async write(apply: () => void): Promise<void> {
      while (writing) await writing
      let release!: () => void
      writing = new Promise<void>((r) => { release = r })
      try {
        if (readers > 0) await new Promise<void>((r) => { drained = r })
        drained = null
        apply()
      } finally {
        writing = null
        release()
      }
    },
  }
}

/** What the model keeps beside its answers to apply an ingest without reading the store again. */
interface Loaded {
  readonly model: LiveReadModel
  /** The stories, or null when they could not be saved (every ingest then reloads). */
  readonly stories: LiveStories | null
  /** Document summaries in listing order (publication key, then id), and each one's publication date. */
  readonly summaries: DocumentSummary[]
  readonly publishedAt: Map<string, string | null>
  readonly places: MentionedPlaces
  /** The situation's events in listEvents' order, and the pack they are read against. */
  situation: SituationEvent[]
  readonly pack: SituationPack
  /** Ids of the documents it serves. */
  readonly known: Set<string>
}

async function loadModel(store: Store, label: string, log: (line: string) => void): Promise<Loaded> {
  const saved = await storiesSavedOnce(store, label, log)
  const docs = await store.listDocuments()
  const summaries = docs.map((d) => ({ id: d.id, source: d.source, title: d.title, outlet: d.outlet, publishedAt: d.publishedAt }))
  let stories: LiveStories | null = null
  if (saved) {
    const placed = await store.getStoryMemberships()
    stories = new LiveStories(allMemberships({ documents: docs, copies: await store.getDocumentSources(), memberships: placed }), placed.length, await store.getIncidents())
  }
  const pack = loadSituationPack()
  const situation = await storeSource(store, label).load()
  const control = lazyControl(situation, pack)
  const places = new MentionedPlaces(await store.placeMentionsOf(), new Map(docs.map((d) => [d.id, listingKey(d)])))
  const known = new Set(docs.map((d) => d.id as string))
  return {
    model: memoryReadModel({
      documents: {
        summaries,
        places: places.list(),
        read: async (id) => {
          // A document saved by an ingest not applied yet is not served: a request sees one state.
          if (!known.has(id)) return null
          const doc = await store.getDocument(id as DocId)
          return doc && presentDocument(doc)
        },
      },
      stories: stories ? stories.stories() : await loadStories(store, { save: false }),
      control: [control.snapshot()],
      controlOn: control.controlOn,
      whatifOn: control.whatifOn,
      whatifs: [],
      reference: await store.getReferenceEvents(),
    }),
    stories, summaries, publishedAt: new Map(docs.map((d) => [d.id, d.publishedAt])), places, situation, pack, known,
  }
}

/**
 * Control answers over the situation of `events`, worked out when first asked: after an ingest, only a request for
 * control, a what-if or places (which lists control places) pays for the situation, over all days (the part of the
 * model with no incremental form); documents, events, stories and dates do not wait for it.
 */
function lazyControl(events: readonly SituationEvent[], pack: SituationPack) {
  let held: Situation | null = null
  const situation = () => (held ??= situationOf(events, pack))
  return {
    date: pack.baselineDate,
    // The baseline snapshot makes every control place findable (and what-if-able) and starts the slider on its day;
    // control on any date is then computed by `controlOn`.
    snapshot: () => controlOn(situation().timeline, situation().timeline.baselineDate),
    controlOn: (date: string) => controlOn(situation().timeline, date),
    whatifOn: (capture: string, by: string, date: string) => whatIf(situation().network, situation().timeline, situation().cuts, { place: capture, by, date }),
  }
}

/**
 * Reads what an ingest added (its documents' summaries, place mentions, situation events and copies); returns the
 * change to apply, which touches only the stories and events the ingest changed. The situation (control over all
 * days, roads) is built again from the events held, when first asked (lazyControl).
 */
async function prepareChange(state: Loaded, store: Store, batch: IngestedBatch): Promise<() => void> {
  if (batch.stories.kind !== 'added' || !state.stories) throw new Error('prepareChange: not an incremental change')
  const change = batch.stories
  const added = await store.listDocuments({ ids: batch.inserted })
  const mentions = await store.placeMentionsOf(batch.inserted)
  const copies = await store.getDocumentSources({ docIds: [...new Set(batch.ids)] })
  const families = new Map(change.memberships.map((m) => [m.id, m.family]))
  const fresh = batch.inserted.length ? await situationEvents(store, { docIds: batch.inserted, families }) : []
  const situation = fresh.length ? mergeSorted(state.situation, fresh, bySituationOrder) : state.situation
  const control = fresh.length ? lazyControl(situation, state.pack) : null
  const stories = state.stories
  return () => {
    for (const d of added) {
      state.publishedAt.set(d.id, d.publishedAt)
      state.known.add(d.id)
    }
    state.places.add(mentions, new Map(added.map((d) => [d.id, listingKey(d)])))
    insertSorted(state.summaries, added.map((d) => ({ id: d.id, source: d.source, title: d.title, outlet: d.outlet, publishedAt: d.publishedAt })), byListing)
    const events = stories.apply({ ...change, copies, publishedAt: (id) => state.publishedAt.get(id) ?? null })
    state.situation = situation
    state.model.apply({
      documents: { summaries: state.summaries, places: state.places.list() },
      stories: stories.stories(),
      events,
      ...(control ? { control } : {}),
    })
  }
}

/**
 * Whether the saved stories cover the store, once stale ones are worked out again and saved; false when they could
 * not be saved (a read-only store), and the model then serves them as worked out, reloading after each ingest.
 */
async function storiesSavedOnce(store: Store, label: string, log: (line: string) => void): Promise<boolean> {
  if (await stateIsCurrent(store)) return true
  const rebuilding = (why: string) => log(`sitrep: stories and fused events of ${label} are out of date (${why}); working them out once and saving them`)
  try {
    await loadStories(store, { save: true, onRebuild: rebuilding })
    return true
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'store_failed') throw e
    log(`sitrep: could not save them (${e.message}); serving them without saving, so the next start works them out again`)
    return false
  }
}

/**
 * Opens the ingest path (pipeline + store) for POST /api/documents; `listener` hears each batch start saving and
 * then saved (before the request is answered). Batches are saved and heard one at a time, in the order they arrive.
 */
export function openStoreIngest(dbPath: string, listener: IngestListener | null = null): Ingest {
  let queue: Promise<unknown> = Promise.resolve()
  const save = async (docs: Doc[]) => {
    listener?.ingesting()
    let batch: IngestedBatch | null = null
    try {
      const store = await openStore(dbPath)
      try {
        const saved = await ingestDocuments(store, docs)
        batch = { ids: docs.map((d) => d.id), inserted: saved.inserted, stories: saved.stories }
      } finally {
        await store.close()
      }
    } finally {
      await listener?.ingested(batch)
    }
    return { ids: docs.map((d) => d.id) }
  }
  return async (records: InputRecord[]) => {
    const { docs } = await runPipelineBatch(records, defaultContext(), {})
    for (const doc of docs) {
      const problem = docProblem(doc)
      if (problem) throw problem
    }
    const run = queue.then(() => save(docs))
    queue = run.catch(() => {})
    return run
  }
}

/** Listing order of documents (listDocuments): publication key (undated first), then id. */
type ListingKey = readonly [string, string]
const listingKey = (d: { id: string; publishedAt: string | null }): ListingKey => [d.publishedAt ?? '', d.id]
const compareKeys = (a: ListingKey, b: ListingKey) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)
const byListing = (a: DocumentSummary, b: DocumentSummary) => compareKeys(listingKey(a), listingKey(b))

/** listEvents' order of situation events: date ("" when undated), document, annotation id. */
function bySituationOrder(a: SituationEvent, b: SituationEvent): number {
  const da = a.date ?? '', db = b.date ?? ''
  if (da !== db) return da < db ? -1 : 1
  const ka = a.documents[0]!, kb = b.documents[0]!
  if (ka !== kb) return ka < kb ? -1 : 1
  const ia = a.id.slice(ka.length + 1), ib = b.id.slice(kb.length + 1)
  return ia < ib ? -1 : ia > ib ? 1 : 0
}

/** A new array of `held` and `added` (each in `order`), held first among equals. */
function mergeSorted<T>(held: readonly T[], added: readonly T[], order: (a: T, b: T) => number): T[] {
  const b = [...added].sort(order)
  const out: T[] = []
  let i = 0, j = 0
  while (i < held.length || j < b.length) out.push(j >= b.length || (i < held.length && order(held[i]!, b[j]!) <= 0) ? held[i++]! : b[j++]!)
  return out
}

/** Inserts each of `added` into `list` (in `order`) where it belongs. */
function insertSorted<T>(list: T[], added: readonly T[], order: (a: T, b: T) => number): void {
  for (const x of added) list.splice(lowerBound(list.length, (i) => order(list[i]!, x) <= 0), 0, x)
}

/**
 * The places documents mention, each once, as its first mention names it, in order of first mention (documents in
 * listing order, each one's mentions in its order): what the store's listMentionedPlaces gives.
 */
class MentionedPlaces {
  private readonly first = new Map<string, { place: MentionedPlace; key: ListingKey; index: number }>()
  private listed: MentionedPlace[] | null = null

  constructor(mentions: readonly (MentionedPlace & { docId: string })[], keys: ReadonlyMap<string, ListingKey>) {
    this.add(mentions, keys)
  }

  /** Adds documents' mentions (grouped by document, each one's in order); true when a place is new or named anew. */
  add(mentions: readonly (MentionedPlace & { docId: string })[], keys: ReadonlyMap<string, ListingKey>): boolean {
    let changed = false
    let doc: string | null = null
    let index = 0
    for (const m of mentions) {
      if (m.docId !== doc) { doc = m.docId; index = 0 }
      const key = keys.get(m.docId)!
      const held = this.first.get(m.placeId)
      if (!held || (compareKeys(key, held.key) || index - held.index) < 0) {
        this.first.set(m.placeId, { place: { placeId: m.placeId, name: m.name, lat: m.lat, lon: m.lon, kind: m.kind }, key, index })
        changed = true
      }
      index++
    }
    if (changed) this.listed = null
    return changed
  }

  list(): MentionedPlace[] {
    return (this.listed ??= [...this.first.values()].sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index).map((x) => x.place))
  }
}
