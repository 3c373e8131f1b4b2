// `sitrep whatif`: what a change of control would cut on the road network (sitrep.whatif/1).
import type { Command } from 'commander'
import { findPlace, whatIf } from '../situation/roads.ts'
import { loadSituation } from '../situation/situation.ts'
import { action } from './fail.ts'
import { parseFormat, parseIsoDate } from './options.ts'
import { sourceFromFlags, withSourceFlags, type SourceFlags } from './situation-options.ts'

/** Registers `sitrep whatif` on the program. */
export function registerWhatIf(program: Command): void {
  withSourceFlags(program
    .command('whatif')
    .description("list each side's towns that would lose their road link if PLACE fell to ACTOR (sitrep.whatif/1 JSON)"))
    .requiredOption('--capture <place>', 'the place that changes hands (name, alternative name or placeId)')
    .requiredOption('--by <actor>', 'the side that takes it (actor id such as hts, or a holder name)')
    .option('--date <date>', 'the day whose control and bridges to start from; default: the last day any event falls on')
    .option('--format <format>', 'output format: json', 'json')
    .action(action(async (opts: SourceFlags & { capture: string; by: string; date?: string; format: string }) => {
      parseFormat('--format', opts.format, ['json'] as const)
      const date = opts.date ? parseIsoDate('--date', opts.date) : undefined
      const { timeline, network, cuts } = await loadSituation(sourceFromFlags(opts))
      const place = findPlace(timeline, opts.capture)
      if (!network.nodeOfPlace.has(place.placeId)) process.stderr.write(`sitrep: ${place.name} is not on the road network: nothing to cut\n`)
      const result = whatIf(network, timeline, cuts, { place: opts.capture, by: opts.by, ...(date ? { date } : {}) })
      process.stdout.write(JSON.stringify(result, null, 2) + '\n')
    }))
}
