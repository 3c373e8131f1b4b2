// The only file that knows the order of stages. Read it as the table of contents of the extractor.
import type { Doc } from '../core/types.ts'
import type { InputRecord } from '../ingest/input-record.ts'
import type { StageContext } from './context.ts'
import { createDoc } from './create-doc.ts'
import type { Stage } from './stage.ts'
import { clean } from './stages/clean.ts'
import { detectLanguage } from './stages/detect-language.ts'
import { extractEvents } from './stages/extract-events.ts'
import { findActors } from './stages/find-actors.ts'
import { findDates } from './stages/find-dates.ts'
import { findPlaces } from './stages/find-places.ts'
import { splitSentences } from './stages/split-sentences.ts'

export const STAGES: readonly (readonly [name: string, stage: Stage])[] = [
  // 1. Drop boilerplate and captions; the cleaned text every later span points into.
  ['clean', clean],
  // 2. Which language the text is in (Arabic pages are kept and tagged).
  ['detect-language', detectLanguage],
  // 3. Sentences and tokens.
  ['split-sentences', splitSentences],
  // 4. Temporal expressions, resolved against the publication date (inferred when missing).
  ['find-dates', findDates],
  // 5. Places: gazetteer matches resolved to coordinates, with precision (exact/near/region/country) and role.
  ['find-places', findPlaces],
  // 6. Theater actors named in the text (lexicon aliases, date-aware).
  ['find-actors', findActors],
  // 7. Typed events per sentence: trigger, places, roles, date, modality, attribution, figures.
  ['extract-events', extractEvents],
]

/** Runs every stage over one input. Pure: same record and context, same document. */
export function runPipeline(record: InputRecord, ctx: StageContext): Doc {
  let doc = createDoc(record)
  for (const [name, stage] of STAGES) {
    doc = stage(doc, ctx)
    if (name === ctx.stopAfter) break
  }
  return doc
}

/** Like runPipeline, but also returns milliseconds spent in each stage (for the benchmark). */
export function runPipelineTimed(record: InputRecord, ctx: StageContext, timings: Map<string, number>): Doc {
  let doc = createDoc(record)
  for (const [name, stage] of STAGES) {
    const t0 = performance.now()
    doc = stage(doc, ctx)
    timings.set(name, (timings.get(name) ?? 0) + performance.now() - t0)
    if (name === ctx.stopAfter) break
  }
  return doc
}
