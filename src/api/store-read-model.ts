// The one seam between the HTTP app and the store: opens a ReadModel (and an ingest function) over a database.
// To do: the store (branch store-cli) is not merged yet; once it is, implement both over it here and nowhere else.
import { AppError } from '../core/errors.ts'
import type { ReadModel } from './read-model.ts'
import type { Ingest } from './routes/documents.ts'

/** Opens the read model over the store at `dbPath`. */
export function openStoreReadModel(dbPath: string): ReadModel {
  throw new AppError('store_failed', `cannot read ${dbPath}: this build has no store adapter yet (src/api/store-read-model.ts); the web app runs in its tests over fixture data only`)
}

/** Opens the ingest path (pipeline + store) for POST /api/documents. */
export function openStoreIngest(dbPath: string): Ingest {
  throw new AppError('store_failed', `cannot ingest into ${dbPath}: this build has no store adapter yet (src/api/store-read-model.ts)`)
}
