// `sitrep export`: the store's fused events as ACLED-layout CSV, GeoJSON, KML or JSONL on stdout, streamed.
import type { Command } from 'commander'
import { openSqliteStore, resolveDbPath } from '../store/sqlite.ts'
import { loadStories } from '../store/load-stories.ts'
import { exportEvents, inWindow } from '../export/export-event.ts'
import { encoderFor, EXPORT_FORMATS } from '../export/formats.ts'
import { writeExport } from '../export/write-export.ts'
import { action } from './fail.ts'
import { parseFormat, parseIsoDate } from './options.ts'

/** Registers `sitrep export`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the fused events in the store as ACLED-layout CSV, GeoJSON, KML or JSONL (one row per fused event)')
    .option('--db <path>', 'SQLite store (see `sitrep ingest`)')
    .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, 'jsonl')
    .option('--from <date>', 'only events reaching on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'only events on or before this date (YYYY-MM-DD)')
    .action(action(async (opts: { db?: string; format: string; from?: string; to?: string }) => {
      const format = parseFormat('--format', opts.format, EXPORT_FORMATS)
      const from = opts.from === undefined ? undefined : parseIsoDate('--from', opts.from)
      const to = opts.to === undefined ? undefined : parseIsoDate('--to', opts.to)
      const store = await openSqliteStore(resolveDbPath(opts.db))
      try {
        const { docs, stories } = await loadStories(store)
        const events = exportEvents(stories, docs).filter((x) => inWindow(x.event, from, to))
        const r = await writeExport(events, encoderFor(format, Math.floor(Date.now() / 1000)), process.stdout)
        if (r.skipped > 0) process.stderr.write(`sitrep: ${r.written} events written; ${r.skipped} left out (${format} cannot hold them: see the format notes in README)\n`)
      } finally {
        await store.close()
      }
    }))
}
