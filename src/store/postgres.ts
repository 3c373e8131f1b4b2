// Opens a PostgreSQL store (node-postgres under kysely) and brings its schema up to date. Every query is the
// same kysely code as SQLite's (kysely-store.ts); only the connection lives here.
import type { Migration } from 'kysely'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { AppError } from '../core/errors.ts'
import { kyselyStore } from './kysely-store.ts'
import { migrate } from './migrate.ts'
import { MIGRATIONS } from './migrations/index.ts'
import type { Database } from './schema.ts'
import type { Store } from './store.ts'

export interface PostgresOptions {
  /** Replaces the shipped migrations (tests of the migrator only). */
  readonly migrations?: Readonly<Record<string, Migration>>
}

/** True for a `postgres://` or `postgresql://` connection URL (how `--db` and SITREP_DB name a PostgreSQL store). */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db)
}

/** The URL with its password masked, for messages: store errors name the store but must not leak its secret. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@')
  }
}

/** Connects to the database at `url` (it must exist; its tables are created on first open) and runs new migrations. */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const where = redactUrl(url)
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  // An idle client that loses its server must not crash the process: the next query reports it instead.
  pool.on('error', () => {})
  try {
    // The pool connects lazily; connect once now so a wrong URL fails here with a store error, not mid-migration.
    const client = await pool.connect()
    client.release()
  } catch (e) {
    await pool.end().catch(() => {})
    throw new AppError('store_failed', `cannot open the store: ${e instanceof Error ? e.message : String(e)}`, where)
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  await migrate(db, options.migrations ?? MIGRATIONS, where)
  return kyselyStore(db)
}
