// Flags shared by `sitrep control` and `sitrep whatif`: where the events come from (--db, --events).
import { existsSync } from 'node:fs'
import type { Command } from 'commander'
import { AppError } from '../core/errors.ts'
import { baselineOnly, jsonlFile, type EventSource } from '../situation/sources.ts'
import { storeSource } from '../situation/store-source.ts'
import { isPostgresUrl, openStore, storeLabel } from '../store/open-store.ts'
import { resolveDbPath } from '../store/sqlite.ts'

export interface SourceFlags { db?: string; events?: string }

/** Adds --db and --events to a command. */
export function withSourceFlags(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'read events from this store (default: $SITREP_DB, else sitrep.db when it exists)')
    .option('--events <file>', 'read events from JSONL written by `sitrep extract` or `sitrep stories` instead')
}

/** Events of the store at `path` (a SQLite file or a postgres:// URL); the store is open only while they are read. */
function dbSource(path: string): EventSource {
  return {
    label: storeLabel(path),
    async load() {
      const store = await openStore(path)
      try { return await storeSource(store, storeLabel(path)).load() } finally { await store.close() }
    },
  }
}

/** The event source the flags name: --events, else the store; with neither a file nor a store, the baseline alone. */
export function sourceFromFlags(flags: SourceFlags, env: NodeJS.ProcessEnv = process.env): EventSource {
  if (flags.db && flags.events) throw new AppError('bad_option', 'give --db or --events, not both')
  if (flags.events) return jsonlFile(flags.events)
  const path = resolveDbPath(flags.db, env)
  // A store named on purpose must exist (a typo must not read as "no reports"); the default one may be absent.
  // A PostgreSQL URL is checked when it is opened: there is no file to look for.
  if (isPostgresUrl(path) || existsSync(path)) return dbSource(path)
  if (flags.db || env.SITREP_DB) throw new AppError('input_missing', 'no such store', path)
  return baselineOnly
}
