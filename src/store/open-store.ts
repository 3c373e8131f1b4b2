// The one place the CLI and server turn a `--db` value into a Store: a postgres:// URL opens PostgreSQL,
// anything else is a SQLite file path (or ":memory:").
import { openPostgresStore, isPostgresUrl, redactUrl } from './postgres.ts'
import { openSqliteStore } from './sqlite.ts'
import type { Store } from './store.ts'

export { isPostgresUrl } from './postgres.ts'

/** Opens the store `db` names, by its URL scheme. */
export function openStore(db: string): Promise<Store> {
  return isPostgresUrl(db) ? openPostgresStore(db) : openSqliteStore(db)
}

/** How messages name the store: a PostgreSQL URL without its password, a file path as given. */
export function storeLabel(db: string): string {
  return isPostgresUrl(db) ? redactUrl(db) : db
}
