// `sitrep stories`: run the extractor over inputs, group the documents into stories and print them,
// one sitrep.story/1 JSON object per line.
import { readFile } from 'node:fs/promises'
import { readStdin } from '../ingest/read-inputs.ts'
import type { Command } from 'commander'
import { AppError } from '../core/errors.ts'
import { parseDocumentsJsonl } from '../pipeline/corpus/stories/read-documents.ts'
import type { ExtractedDocument } from '../core/contract.ts'
import type { Story } from '../core/contract.ts'
import { buildStories } from '../pipeline/corpus/stories/build-stories.ts'
import { loadStories } from '../pipeline/corpus/stories/store-stories.ts'
import { openStore, storeLabel } from '../store/open-store.ts'
import { resolveDbPath } from '../store/sqlite.ts'
import { defaultContext } from '../pipeline/context.ts'
import { presentDocument } from '../pipeline/present.ts'
import { action } from './fail.ts'
import { parseFormat, parseIsoDate } from './options.ts'
import { runBatch } from './run-batch.ts'

/** Registers `sitrep stories`. */
export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('group reports into stories (reprints, rewrites, independent reports) with fused events; print sitrep.story/1 JSON')
    .argument('[inputs...]', 'text, HTML or JSONL files, directories, or - for stdin (or none, with --db)')
    .option('--format <format>', 'output format: jsonl', 'jsonl')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs whose metadata gives none')
    .option('--skip-bad', 'report unreadable inputs on stderr and go on, instead of failing the batch')
    .option('--extracted', 'inputs are sitrep.document/1 JSONL (the output of `sitrep extract`), not raw reports')
    .option('--db <path>', 'group the documents in this store, a SQLite file or postgres:// URL (see `sitrep ingest`) and save story membership there')
    .action(action(async (inputs: string[], opts: { format: string; published?: string; skipBad?: boolean; extracted?: boolean; db?: string }) => {
      parseFormat('--format', opts.format, ['jsonl'] as const)
      if (opts.db !== undefined && inputs.length > 0) throw new AppError('bad_option', '--db reads documents from the store: give inputs or --db, not both (ingest inputs with `sitrep ingest`)')
      if (opts.db === undefined && inputs.length === 0) throw new AppError('bad_option', 'no inputs: give files, directories or -, or --db PATH')
      const stories = opts.db !== undefined
        ? await storiesFromStore(resolveDbPath(opts.db))
        : buildStories(opts.extracted ? await readExtracted(inputs) : await extract(inputs, opts))
      const lines = stories.map((s) => JSON.stringify(s))
      process.stdout.write(lines.length ? lines.join('\n') + '\n' : '')
    }))
}

/** Stories of every stored document, as ingest saved them (worked out and saved once when out of date). */
async function storiesFromStore(path: string): Promise<Story[]> {
  const store = await openStore(path)
  try {
    return await loadStories(store, {
      save: true, onRebuild: (why) => process.stderr.write(`sitrep: stories of ${storeLabel(path)} are out of date (${why}); working them out once and saving them\n`),
    })
  } finally {
    await store.close()
  }
}

/** Reads saved extractions (sitrep.document/1 JSONL). */
async function readExtracted(inputs: readonly string[]): Promise<ExtractedDocument[]> {
  const docs: ExtractedDocument[] = []
  for (const path of inputs) {
    let text: string
    try {
      text = path === '-' ? new TextDecoder().decode(await readStdin()) : await readFile(path, 'utf8')
    } catch {
      throw new AppError('input_missing', 'no such file', path)
    }
    docs.push(...parseDocumentsJsonl(text, path))
  }
  return docs
}

/** Runs the extractor over raw inputs, as `sitrep extract` does. */
async function extract(inputs: readonly string[], opts: { published?: string; skipBad?: boolean }): Promise<ExtractedDocument[]> {
  const ctx = defaultContext({ publishedOverride: opts.published ? parseIsoDate('--published', opts.published) : null })
  const { docs } = await runBatch(inputs, ctx, { skipBad: opts.skipBad ?? false, label: 'stories', plainProgress: false })
  return docs.map(presentDocument)
}
