// `sitrep import`: loads an ACLED-layout CSV into the store as a reference layer, apart from Sitrep's own events.
import { createReadStream } from 'node:fs'
import { access } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Command } from 'commander'
import { AppError } from '../core/errors.ts'
import { readAcledCsv } from '../import/acled-csv.ts'
import { openStore } from '../store/open-store.ts'
import { resolveDbPath } from '../store/sqlite.ts'
import { action } from './fail.ts'
import { parseFormat } from './options.ts'

/** Registers `sitrep import`. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('load an ACLED-layout CSV as a reference layer (kept apart from Sitrep events; re-importing a layer replaces it)')
    .argument('<file>', 'CSV file in ACLED column layout')
    .option('--db <path>', 'store: a SQLite file or a postgres:// URL (see `sitrep ingest`)')
    .option('--format <format>', 'input format: acled-csv', 'acled-csv')
    .option('--layer <name>', 'name of the reference layer (default: the file name)')
    .action(action(async (file: string, opts: { db?: string; format: string; layer?: string }) => {
      parseFormat('--format', opts.format, ['acled-csv'] as const)
      try {
        await access(file)
      } catch {
        throw new AppError('input_missing', 'no such file', file)
      }
      const layer = opts.layer ?? basename(file)
      const rows = await readAcledCsv(createReadStream(file), layer, file)
      const store = await openStore(resolveDbPath(opts.db))
      try {
        await store.saveReferenceEvents(layer, rows)
      } finally {
        await store.close()
      }
      process.stderr.write(`sitrep: imported ${rows.length} rows as reference layer "${layer}"\n`)
    }))
}
