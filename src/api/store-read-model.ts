// The one seam between the HTTP app and the store: a ReadModel (and an ingest function) over a SQLite store.
// It reads the store once into memory — documents, their stories and fused events, the control timeline and the
// road network — and answers from there; an ingest through the API reloads it. Fits stores of demo and
// analyst-desk size; a store of millions of events needs the queries pushed into SQL (src/store) instead.
import { existsSync } from 'node:fs'
import { AppError } from '../core/errors.ts'
import type { InputRecord } from '../ingest/input-record.ts'
import { defaultContext } from '../pipeline/context.ts'
import { storiesOfStore } from '../pipeline/corpus/stories/store-stories.ts'
import { runPipelineBatch } from '../pipeline/parallel.ts'
import { docProblem } from '../pipeline/problems.ts'
import { situationOf } from '../situation/situation.ts'
import { storeSource } from '../situation/store-source.ts'
import { controlOn } from '../situation/timeline.ts'
import { whatIf } from '../situation/roads.ts'
import { isPostgresUrl, openStore, storeLabel } from '../store/open-store.ts'
import { memoryReadModel } from './memory-read-model.ts'
import type { ReadModel } from './read-model.ts'
import type { Ingest } from './routes/documents.ts'

/** A read model that loads lazily and can be told the store changed. */
export interface StoreReadModel extends ReadModel {
  /** Drops what was loaded; the next request reads the store again. */
  reload(): void
}

/** Opens the read model over the store at `dbPath` (which must exist: ingest creates it). */
export function openStoreReadModel(dbPath: string): StoreReadModel {
  if (!isPostgresUrl(dbPath) && !existsSync(dbPath)) throw new AppError('not_found', `no store at ${dbPath} (create it with \`sitrep ingest --db ${dbPath} <inputs>\`)`)
  let loaded: Promise<ReadModel> | null = null
  const model = () => (loaded ??= loadModel(dbPath).catch((e: unknown) => { loaded = null; throw e }))
  return {
    reload: () => { loaded = null },
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

async function loadModel(dbPath: string): Promise<ReadModel> {
  const store = await openStore(dbPath)
  try {
    const { documents, stories } = await storiesOfStore(store, { save: false })
    const texts = new Map(documents.map((d) => [d.id, d.text]))
    const situation = situationOf(await storeSource(store, storeLabel(dbPath), texts).load())
    return memoryReadModel({
      documents,
      stories,
      // The baseline snapshot makes every control place findable (and what-if-able) and starts the slider on its day;
      // control on any date is then computed by `controlOn`.
      control: [controlOn(situation.timeline, situation.timeline.baselineDate)],
      whatifs: [],
      controlOn: (date) => controlOn(situation.timeline, date),
      whatifOn: (capture, by, date) => whatIf(situation.network, situation.timeline, situation.cuts, { place: capture, by, date }),
      reference: await store.getReferenceEvents(),
    })
  } finally {
    await store.close()
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
      await store.saveDocuments(docs)
    } finally {
      await store.close()
    }
    onIngested()
    return { ids: docs.map((d) => d.id) }
  }
}
