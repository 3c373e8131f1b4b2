// `sitrep extract`: run the extractor over inputs and print the contract, one JSON document per line.
import type { Command } from 'commander'
import { defaultContext } from '../pipeline/context.ts'
import { presentDocument } from '../pipeline/present.ts'
import { action } from './fail.ts'
import { parseFormat, parseIsoDate } from './options.ts'
import { runBatch } from './run-batch.ts'

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract dates, places, actors and events from reports; print sitrep.document/1 JSON')
    .argument('<inputs...>', 'text, HTML or JSONL files, directories, or - for stdin')
    .option('--format <format>', 'output format: jsonl', 'jsonl')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs whose metadata gives none')
    .option('--skip-bad', 'report unreadable inputs on stderr and go on, instead of failing the batch')
    .action(action(async (inputs: string[], opts: { format: string; published?: string; skipBad?: boolean }) => {
      parseFormat('--format', opts.format, ['jsonl'] as const)
      const ctx = defaultContext({ publishedOverride: opts.published ? parseIsoDate('--published', opts.published) : null })
      // The whole batch first, so a bad input fails the run before anything reaches stdout.
      // Off a terminal stderr stays quiet: extract is piped into scripts that read stderr for errors.
      const { docs } = await runBatch(inputs, ctx, { skipBad: opts.skipBad ?? false, label: 'extract', plainProgress: false })
      process.stdout.write(docs.map((d) => `${JSON.stringify(presentDocument(d))}\n`).join(''))
    }))
}
