// Reads a command's inputs and runs the pipeline over them as one batch, for `extract` and `ingest`.
// A bad input fails the batch before any output, or with --skip-bad is reported on stderr and left out.
import type { Doc } from '../core/types.ts'
import { readInputs } from '../ingest/read-inputs.ts'
import type { InputRecord } from '../ingest/input-record.ts'
import type { StageContext } from '../pipeline/context.ts'
import { runPipelineBatch } from '../pipeline/parallel.ts'
import { docProblem } from '../pipeline/problems.ts'
import { createProgress } from './progress.ts'

export interface BatchRun {
  /** Usable documents, in input order. */
  readonly docs: Doc[]
  /** Records read (documents the pipeline ran on). */
  readonly read: number
  /** Files in directory walks that are not inputs Sitrep reads. */
  readonly skippedFiles: number
  /** Inputs reported and left out under --skip-bad. */
  readonly bad: number
  /** Worker threads the pipeline ran on (0 = main thread). */
  readonly workers: number
}

export interface BatchRunOptions {
  readonly skipBad: boolean
  /** Progress label ("ingest"); plain lines off a terminal only when `plainProgress`. */
  readonly label: string
  readonly plainProgress: boolean
}

/** Reads every input, then runs the pipeline over all records; throws the first bad input unless skipBad. */
export async function runBatch(inputs: readonly string[], ctx: StageContext, opts: BatchRunOptions): Promise<BatchRun> {
  const records: InputRecord[] = []
  let skippedFiles = 0
  let bad = 0
  const skip = (message: string) => {
    bad++
    process.stderr.write(`sitrep: skipped ${message}\n`)
  }
  for await (const item of readInputs(inputs)) {
    if (item.kind === 'skipped') skippedFiles++
    else if (item.kind === 'record') records.push(item.record)
    else if (opts.skipBad) skip(item.error.message)
    else throw item.error
  }
  const progress = createProgress(opts.label, records.length, { plain: opts.plainProgress })
  let result
  try {
    result = await runPipelineBatch(records, ctx, { onProgress: (n) => progress.update(n) })
  } finally {
    progress.stop()
  }
  const docs: Doc[] = []
  for (const doc of result.docs) {
    const problem = docProblem(doc)
    if (!problem) docs.push(doc)
    else if (opts.skipBad) skip(problem.message)
    else throw problem
  }
  return { docs, read: records.length, skippedFiles, bad, workers: result.workers }
}
