// What every stage may read besides the document: options of this run and shared, lazily loaded resources.
import type { ActorLexicon } from '../theaters/lexicon.ts'
import { loadActorLexicon } from '../theaters/load.ts'

export interface StageContext {
  /** `--published DATE`: overrides metadata and inference when set. */
  readonly publishedOverride: string | null
  /** Today (ISO): publication dates after it are rejected as implausible. */
  readonly today: string
  /** Theater pack name, e.g. "syria". */
  readonly theater: string
  /** Name of the last stage to run (benchmarks of a prefix of the pipeline), or null for all of them. */
  readonly stopAfter: string | null
}

export function defaultContext(overrides: Partial<StageContext> = {}): StageContext {
  return {
    publishedOverride: null,
    today: new Date().toISOString().slice(0, 10),
    theater: 'syria',
    stopAfter: null,
    ...overrides,
  }
}

/** The actor lexicon of the default theater: what the commands and fusion name actors by outside a stage's context. */
export function defaultLexicon(): ActorLexicon {
  return loadActorLexicon(defaultContext().theater)
}
