// `sitrep control`: who holds each place on a day, with status, confidence and evidence (sitrep.control/1).
import type { Command } from 'commander'
import { loadSituation } from '../situation/situation.ts'
import { controlOn } from '../situation/timeline.ts'
import { action } from './fail.ts'
import { parseFormat, parseIsoDate } from './options.ts'
import { sourceFromFlags, withSourceFlags, type SourceFlags } from './situation-options.ts'

/** Registers `sitrep control` on the program. */
export function registerControl(program: Command): void {
  withSourceFlags(program
    .command('control')
    .description('print who holds each place on a day, how sure and why (sitrep.control/1 JSON)'))
    .option('--date <date>', 'the day (YYYY-MM-DD); default: the last day any event falls on')
    .option('--format <format>', 'output format: json', 'json')
    .action(action(async (opts: SourceFlags & { date?: string; format: string }) => {
      parseFormat('--format', opts.format, ['json'] as const)
      const date = opts.date ? parseIsoDate('--date', opts.date) : undefined
      const { timeline } = await loadSituation(sourceFromFlags(opts))
      process.stdout.write(JSON.stringify(controlOn(timeline, date ?? timeline.lastDay), null, 2) + '\n')
    }))
}
