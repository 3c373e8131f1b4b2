// Opens a SQLite store (better-sqlite3 under kysely) and brings its schema up to date.
// SQLite-specific settings live here and nowhere else; every query is in kysely-store.ts.
import Sqlite from 'better-sqlite3'
import type { Migration } from 'kysely'
import { Kysely, SqliteDialect } from 'kysely'
import { AppError } from '../core/errors.ts'
import { kyselyStore } from './kysely-store.ts'
import { migrate } from './migrate.ts'
import { MIGRATIONS } from './migrations/index.ts'
import type { Database } from './schema.ts'
import type { Store } from './store.ts'

/** Where `sitrep` keeps its store unless `--db` or SITREP_DB says otherwise. */
export const DEFAULT_DB_PATH = 'sitrep.db'

export interface OpenOptions {
  /** Replaces the shipped migrations (tests of the migrator only). */
  readonly migrations?: Readonly<Record<string, Migration>>
}

/** `--db` if given, else SITREP_DB, else sitrep.db in the working directory. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? (env.SITREP_DB || DEFAULT_DB_PATH)
}

/** Opens (creating if needed) the store at `path`, or an in-memory one for ":memory:", and runs new migrations. */
export async function openSqliteStore(path: string, options: OpenOptions = {}): Promise<Store> {
  let sqlite: Sqlite.Database
  try {
    sqlite = new Sqlite(path)
    // WAL: readers (the web app) never block the one writer, and a killed writer leaves only an uncommitted log.
    if (path !== ':memory:') sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    // Bounds the work of the ANALYZE that `optimize` runs on close (rows sampled per index).
    sqlite.pragma('analysis_limit = 1000')
  } catch (e) {
    throw new AppError('store_failed', `cannot open the store: ${e instanceof Error ? e.message : String(e)}`, path)
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  await migrate(db, options.migrations ?? MIGRATIONS, path)
  const store = kyselyStore(db)
  return {
    ...store,
    async close() {
      // Refreshes planner statistics when a table has grown a lot since the last ANALYZE (0x10000: every table,
      // not only those this connection queried): without them SQLite may walk the lat/lon index for a date query.
      sqlite.pragma('optimize = 0x10002')
      await store.close()
    },
  }
}
