// The events the extractor gives for the demo corpus (samples/), one line each, for the golden test and its update
// script: a change in any event of the 57 documents shows as a one-line diff to review like code.
import { fileURLToPath } from 'node:url'
import { loadSamples } from '../eval/stories/samples.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import { presentDocument } from '../src/pipeline/present.ts'
import { runPipeline } from '../src/pipeline/run.ts'

export const SAMPLES_DIR = fileURLToPath(new URL('../samples', import.meta.url))
export const SAMPLES_GOLDEN = fileURLToPath(new URL('./golden/samples-events.json', import.meta.url))

/** File → its events as "type/modality @place date [actor:role …] «attribution» {figures} | evidence start". */
export function samplesEvents(): Record<string, string[]> {
  const ctx = defaultContext({ today: '2025-01-01' })
  const out: Record<string, string[]> = {}
  const { records } = loadSamples(SAMPLES_DIR)
  for (const file of [...records.keys()].sort()) {
    const doc = presentDocument(runPipeline(records.get(file)!, ctx))
    out[file] = doc.events.map((e) => {
      const when = e.date ? `${e.date}${e.dateEnd ? `..${e.dateEnd}` : ''}` : '-'
      const figures = Object.keys(e.quantities).length ? ` ${JSON.stringify(e.quantities)}` : ''
      return `${e.type}/${e.modality} @${e.place?.name ?? '-'} ${when} [${e.actors.map((a) => `${a.actorId}:${a.role}`).join(' ')}]`
        + ` «${e.attribution ?? ''}»${figures} | ${e.evidence.text.slice(0, 70)}`
    })
  }
  return out
}
