// `sitrep report`: a situation report for a day or window from the store, as Markdown or self-contained HTML.
import type { Command } from 'commander'
import { AppError } from '../core/errors.ts'
import { presentDocument } from '../pipeline/present.ts'
import type { ExtractedDocument } from '../core/contract.ts'
import { buildReport } from '../report/build-report.ts'
import { renderMarkdown } from '../report/render-md.ts'
import { renderHtml } from '../report/render-html.ts'
import { situationViewAt } from '../report/from-situation.ts'
import { documentsInPlacementOrder } from '../report/from-store.ts'
import type { SituationView } from '../report/situation-view.ts'
import { openStore } from '../store/open-store.ts'
import { resolveDbPath } from '../store/sqlite.ts'
import { action } from './fail.ts'
import type { ReferenceEvent } from '../store/store.ts'
import { addDays } from '../core/dates.ts'
import { defaultLexicon } from '../pipeline/context.ts'
import { parseFormat, parseIsoDate } from './options.ts'

/** Registers `sitrep report`. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write a situation report for a day (or the N days ending on it) from the store, every statement footnoted')
    .requiredOption('--date <date>', 'last day of the report (YYYY-MM-DD); reports published after it are not used')
    .option('--days <n>', 'days in the window, ending on --date', '1')
    .option('--format <format>', 'md or html', 'md')
    .option('--db <path>', 'store: a SQLite file or a postgres:// URL (see `sitrep ingest`)')
    .action(action(async (opts: { date: string; days: string; format: string; db?: string }) => {
      const date = parseIsoDate('--date', opts.date)
      const format = parseFormat('--format', opts.format, ['md', 'html'] as const)
      const days = Number(opts.days)
      if (!Number.isInteger(days) || days < 1 || days > 366) throw new AppError('bad_option', `--days "${opts.days}": expected a whole number from 1 to 366`)
      const store = await openStore(resolveDbPath(opts.db))
      const docs: ExtractedDocument[] = []
      let situation: SituationView
      let reference: ReferenceEvent[]
      try {
        const stored = await documentsInPlacementOrder(store)
        docs.push(...stored.map(presentDocument))
        // The situation's evidence comes from these texts too: no second read of each document.
        situation = await situationViewAt(store, date, new Map(stored.map((d) => [d.id, d.text])))
        reference = await store.getReferenceEvents({ from: addDays(date, 1 - days), to: date })
      } finally {
        await store.close()
      }
      const lexicon = defaultLexicon()
      const report = buildReport(docs, date, days, situation, reference, (id) => lexicon.byId.get(id))
      process.stdout.write(format === 'md' ? renderMarkdown(report) : renderHtml(report))
    }))
}
