// `sitrep ingest`: run the extractor over inputs and save the documents to the store, all in one transaction,
// with the stories and fused events they change (so `sitrep serve` loads them instead of working them out).
// Nothing is written unless the whole batch is good (or --skip-bad left the bad inputs out); a kill leaves no trace.
import type { Command } from 'commander'
import { defaultContext } from '../pipeline/context.ts'
import { ingestDocuments } from '../pipeline/corpus/stories/store-stories.ts'
import { openStore, storeLabel } from '../store/open-store.ts'
import { resolveDbPath } from '../store/sqlite.ts'
import { action } from './fail.ts'
import { parseIsoDate } from './options.ts'
import { runBatch } from './run-batch.ts'

export interface IngestSummary {
  readonly db: string
  readonly read: number
  readonly inserted: number
  readonly existing: number
  /** Copies of a stored text from another address (exact reprints): kept as sources, not as documents. */
  readonly reprints: number
  readonly skippedFiles: number
  readonly bad: number
  readonly ms: number
  /** Worker threads the pipeline ran on (0 = main thread). */
  readonly workers: number
}

/** The end-of-run report printed on stderr. */
export function formatSummary(s: IngestSummary): string {
  const rate = s.ms > 0 ? Math.round((s.read * 1000) / s.ms) : 0
  const rows: [string, string][] = [
    ['read', String(s.read)],
    ['new', String(s.inserted)],
    ['already present', String(s.existing)],
    ['reprints kept', String(s.reprints)],
    ['skipped files', String(s.skippedFiles)],
    ['bad inputs', String(s.bad)],
    ['time', `${(s.ms / 1000).toFixed(1)} s (${rate} docs/s, ${s.workers > 1 ? `${s.workers} worker threads` : 'main thread'})`],
  ]
  return [`sitrep: ingested into ${s.db}`, ...rows.map(([k, v]) => `  ${k.padEnd(17)}${v}`)].join('\n') + '\n'
}

/** Adds `sitrep ingest` to the program. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read reports, run the extractor and save the documents to the store in one transaction')
    .argument('<inputs...>', 'text, HTML or JSONL files, directories, or - for stdin')
    .option('--db <path>', 'store: a SQLite file or a postgres:// URL (default: $SITREP_DB, else sitrep.db)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs whose metadata gives none')
    .option('--skip-bad', 'report unreadable inputs on stderr and go on, instead of failing the batch')
    .action(action(async (inputs: string[], opts: { db?: string; published?: string; skipBad?: boolean }) => {
      const started = performance.now()
      const ctx = defaultContext({ publishedOverride: opts.published ? parseIsoDate('--published', opts.published) : null })
      const db = resolveDbPath(opts.db)
      // Open first: a store that cannot be opened should fail before minutes of work, not after.
      const store = await openStore(db)
      try {
        const batch = await runBatch(inputs, ctx, { skipBad: opts.skipBad ?? false, label: 'ingest', plainProgress: true })
        process.stderr.write(`sitrep: saving ${batch.docs.length} document${batch.docs.length === 1 ? '' : 's'} to ${storeLabel(db)}\n`)
        const saved = await ingestDocuments(store, batch.docs)
        process.stderr.write(formatSummary({
          db: storeLabel(db), read: batch.read, inserted: saved.inserted.length, existing: batch.docs.length - saved.inserted.length,
          reprints: saved.sourcesAdded - saved.inserted.length,
          skippedFiles: batch.skippedFiles, bad: batch.bad, ms: performance.now() - started, workers: batch.workers,
        }))
      } finally {
        await store.close()
      }
    }))
}
