// `sitrep export`: the store's fused events as ACLED-layout CSV, GeoJSON, KML or JSONL on stdout, streamed.
import type { Command } from 'commander'
import { openStore } from '../store/open-store.ts'
import { resolveDbPath } from '../store/sqlite.ts'
import { storiesOfStore } from '../pipeline/corpus/stories/store-stories.ts'
import { exportEvents, inWindow } from '../export/export-event.ts'
import { encoderFor, EXPORT_FORMATS } from '../export/formats.ts'
import { writeExport } from '../export/write-export.ts'
import { referenceCsv } from '../export/reference.ts'
import { action } from './fail.ts'
import { AppError } from '../core/errors.ts'
import type { Control } from '../core/contract.ts'
import type { Store } from '../store/store.ts'
import type { ExportEvent } from '../export/export-event.ts'
import { situationOf } from '../situation/situation.ts'
import { storeSource } from '../situation/store-source.ts'
import { controlOn } from '../situation/timeline.ts'
import { addDays } from '../core/dates.ts'
import { parseFormat, parseIsoDate } from './options.ts'
import { defaultLexicon } from '../pipeline/context.ts'

/** Control on every day of the window (default: the events' first to last day), from every stored report. */
async function controlPerDay(store: Store, texts: ReadonlyMap<string, string>, events: readonly ExportEvent[], from: string | undefined, to: string | undefined): Promise<Control[]> {
  const dates = events.map((x) => x.event.date).filter((d): d is string => d !== null).sort()
  const first = from ?? dates[0]
  const last = to ?? dates.at(-1)
  if (first === undefined || last === undefined) return []
  const { timeline } = situationOf(await storeSource(store, 'store', texts).load())
  const out: Control[] = []
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(controlOn(timeline, d))
  return out
}

/** Registers `sitrep export`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the fused events in the store as ACLED-layout CSV, GeoJSON, KML or JSONL (one row per fused event)')
    .option('--db <path>', 'store: a SQLite file or a postgres:// URL (see `sitrep ingest`)')
    .option('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`, 'jsonl')
    .option('--from <date>', 'only events reaching on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'only events on or before this date (YYYY-MM-DD)')
    .option('--layer <name>', 'write the imported reference layer NAME (see `sitrep import`) instead of Sitrep\'s events; acled-csv only')
    .option('--control', 'geojson only: add control per date (every day from --from to --to, default the events\' first to last day) as layer "control"')
    .action(action(async (opts: { db?: string; format: string; from?: string; to?: string; control?: boolean; layer?: string }) => {
      const format = parseFormat('--format', opts.format, EXPORT_FORMATS)
      const from = opts.from === undefined ? undefined : parseIsoDate('--from', opts.from)
      const to = opts.to === undefined ? undefined : parseIsoDate('--to', opts.to)
      if (opts.control && format !== 'geojson') throw new AppError('bad_option', '--control goes with --format geojson only')
      if (opts.layer !== undefined && format !== 'acled-csv') throw new AppError('bad_option', '--layer goes with --format acled-csv only')
      const store = await openStore(resolveDbPath(opts.db))
      try {
        if (opts.layer !== undefined) {
          const rows = await store.getReferenceEvents({ layer: opts.layer, ...(from ? { from } : {}), ...(to ? { to } : {}) })
          if (rows.length === 0 && from === undefined && to === undefined) throw new AppError('not_found', `no reference layer "${opts.layer}" in the store (see \`sitrep import\`)`)
          process.stdout.write(referenceCsv(rows))
          return
        }
        const { documents, stories } = await storiesOfStore(store, { save: true })
        const lexicon = defaultLexicon()
        const events = exportEvents(stories, documents, (id) => lexicon.byId.get(id)).filter((x) => inWindow(x.event, from, to))
        const texts = new Map(documents.map((d) => [d.id, d.text]))
        const control = opts.control ? await controlPerDay(store, texts, events, from, to) : []
        const r = await writeExport(events, encoderFor(format, Math.floor(Date.now() / 1000), { control }), process.stdout)
        if (r.skipped > 0) process.stderr.write(`sitrep: ${r.written} events written; ${r.skipped} left out (${format} cannot hold them: see the format notes in README)\n`)
      } finally {
        await store.close()
      }
    }))
}
