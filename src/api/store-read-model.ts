// The one seam between the HTTP app and the store: a ReadModel (and an ingest function) over a store.
// It loads what ingest saved — stories from their memberships and the fused events as fused — plus the control
// timeline, the road network, the document list and the places documents mention, and answers from memory;
// a document's text and annotations are read from the store when a route asks for that document. An ingest
// through the API reloads it. A store whose saved stories do not cover its documents (written by an older
// version) has them worked out once and saved, which the server says on stderr.
import { existsSync } from 'node:fs'
import { AppError } from '../core/errors.ts'
import type { DocId } from '../core/types.ts'
import type { InputRecord } from '../ingest/input-record.ts'
import { defaultContext } from '../pipeline/context.ts'
import { ingestDocuments, loadStories } from '../pipeline/corpus/stories/store-stories.ts'
import { runPipelineBatch } from '../pipeline/parallel.ts'
import { presentDocument } from '../pipeline/present.ts'
import { docProblem } from '../pipeline/problems.ts'
import { situationOf } from '../situation/situation.ts'
import { storeSource } from '../situation/store-source.ts'
import { controlOn } from '../situation/timeline.ts'
import { whatIf } from '../situation/roads.ts'
import { isPostgresUrl, openStore, storeLabel } from '../store/open-store.ts'
import type { Store } from '../store/store.ts'
import { memoryReadModel } from './memory-read-model.ts'
import type { ReadModel } from './read-model.ts'
import type { Ingest } from './routes/documents.ts'

/** A read model that loads lazily and can be told the store changed. */
export interface StoreReadModel extends ReadModel {
  /** Drops what was loaded; the next request reads the store again. */
  reload(): void
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
  let loaded: Promise<ReadModel> | null = null
  const model = () => (loaded ??= store().then((s) => loadModel(s, storeLabel(dbPath), log)).catch((e: unknown) => { loaded = null; throw e }))
  return {
    reload: () => { loaded = null },
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

async function loadModel(store: Store, label: string, log: (line: string) => void): Promise<ReadModel> {
  const stories = await storiesSavedOnce(store, label, log)
  const situation = situationOf(await storeSource(store, label).load())
  return memoryReadModel({
    documents: {
      summaries: (await store.listDocuments()).map((d) => ({ id: d.id, source: d.source, title: d.title, outlet: d.outlet, publishedAt: d.publishedAt })),
      places: await store.listMentionedPlaces(),
      read: async (id) => {
        const doc = await store.getDocument(id as DocId)
        return doc && presentDocument(doc)
      },
    },
    stories,
    // The baseline snapshot makes every control place findable (and what-if-able) and starts the slider on its day;
    // control on any date is then computed by `controlOn`.
    control: [controlOn(situation.timeline, situation.timeline.baselineDate)],
    whatifs: [],
    controlOn: (date) => controlOn(situation.timeline, date),
    whatifOn: (capture, by, date) => whatIf(situation.network, situation.timeline, situation.cuts, { place: capture, by, date }),
    reference: await store.getReferenceEvents(),
  })
}

/** The stored stories; stale ones are worked out again and saved (or, when the store cannot be written, only used). */
async function storiesSavedOnce(store: Store, label: string, log: (line: string) => void) {
  const rebuilding = (why: string) => log(`sitrep: stories and fused events of ${label} are out of date (${why}); working them out once and saving them`)
  try {
    return await loadStories(store, { save: true, onRebuild: rebuilding })
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'store_failed') throw e
    log(`sitrep: could not save them (${e.message}); serving them without saving, so the next start works them out again`)
    return loadStories(store, { save: false })
  }
}

/** Opens the ingest path (pipeline + store) for POST /api/documents; `onIngested` runs after each saved batch. */
export function openStoreIngest(dbPath: string, onIngested: () => void = () => {}): Ingest {
  return async (records: InputRecord[]) => {
    const { docs } = await runPipelineBatch(records, defaultContext(), {})
    for (const doc of docs) {
      const problem = docProblem(doc)
      if (problem) throw problem
    }
    const store = await openStore(dbPath)
    try {
      await ingestDocuments(store, docs)
    } finally {
      await store.close()
    }
    onIngested()
    return { ids: docs.map((d) => d.id) }
  }
}
