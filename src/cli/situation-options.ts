// Flags shared by `sitrep control` and `sitrep whatif`: where the events come from (--db, --events).
import type { Command } from 'commander'
import { AppError } from '../core/errors.ts'
import { baselineOnly, jsonlFile, type EventSource } from '../situation/sources.ts'

export interface SourceFlags { db?: string; events?: string }

/** Adds --db and --events to a command. */
export function withSourceFlags(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'read fused events from this store')
    .option('--events <file>', 'read events from JSONL written by `sitrep extract` or `sitrep stories`')
}

/** The event source the flags name; none means the baseline alone. */
export function sourceFromFlags(flags: SourceFlags): EventSource {
  if (flags.db && flags.events) throw new AppError('bad_option', 'give --db or --events, not both')
  // To do: read from the store once src/store lands on this branch (the store is being written elsewhere).
  if (flags.db) throw new AppError('bad_option', `--db ${flags.db}: this build has no store yet; use --events FILE.jsonl`)
  if (flags.events) return jsonlFile(flags.events)
  return baselineOnly
}
