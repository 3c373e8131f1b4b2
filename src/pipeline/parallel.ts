// Runs the pipeline over a batch of records, on worker threads when the batch is big enough to pay for them.
// Output order is input order, whatever finishes first. Workers load the TypeScript sources through tsx.
import { availableParallelism } from 'node:os'
import { setImmediate as tick } from 'node:timers/promises'
import { Worker } from 'node:worker_threads'
import type { Doc } from '../core/types.ts'
import type { InputRecord } from '../ingest/input-record.ts'
import type { StageContext } from './context.ts'
import { runPipeline, runPipelineTimed } from './run.ts'

/**
 * Below this much text a batch runs on the main thread. Starting a worker (tsx, franc, wink, chrono's locales)
 * costs about a second of CPU; a million characters of plain news text take the stages 2-3 s, which pays for it.
 */
export const PARALLEL_MIN_CHARS = 1_000_000

// Small chunks keep both cores busy to the end; large ones save message overhead. 25 documents is tens of ms of work.
const DEFAULT_CHUNK = 25

export interface BatchOptions {
  /** Worker threads to use; 0 or 1 runs on the main thread. Default: one per core, if the batch is big enough. */
  readonly workers?: number
  /** Records sent to a worker at a time. */
  readonly chunkSize?: number
  /** Collect milliseconds per stage (runPipelineTimed). */
  readonly timed?: boolean
  /** Called with the number of records done so far, as they complete. */
  readonly onProgress?: (done: number) => void
}

export interface BatchResult {
  /** One document per record, in input order. */
  readonly docs: Doc[]
  /** Milliseconds per stage summed over all records (empty unless `timed`). */
  readonly timings: Map<string, number>
  /** Worker threads used (0 = main thread). */
  readonly workers: number
}

/** Messages between parallel.ts and parallel-worker.ts. */
export interface ChunkRequest {
  readonly seq: number
  readonly records: readonly InputRecord[]
}
export type ChunkReply =
  | { readonly seq: number; readonly docs: Doc[]; readonly timings: [string, number][] }
  | { readonly seq: number; readonly error: string }

/** Worker count for a batch by default: one per core when there is more than one core and enough text. */
export function defaultWorkers(records: readonly InputRecord[], cores = availableParallelism()): number {
  if (cores < 2) return 0
  let chars = 0
  for (const r of records) chars += r.raw.length
  return chars >= PARALLEL_MIN_CHARS ? cores : 0
}

/** Runs the pipeline over every record; documents come back in input order. */
export async function runPipelineBatch(records: readonly InputRecord[], ctx: StageContext, opts: BatchOptions = {}): Promise<BatchResult> {
  const size = opts.chunkSize ?? DEFAULT_CHUNK
  // Never more workers than chunks: an idle worker still costs its start-up.
  const workers = Math.min(opts.workers ?? defaultWorkers(records), Math.ceil(records.length / size))
  return workers > 1 ? runOnWorkers(records, ctx, workers, size, opts) : runOnMainThread(records, ctx, opts)
}

async function runOnMainThread(records: readonly InputRecord[], ctx: StageContext, opts: BatchOptions): Promise<BatchResult> {
  const timings = new Map<string, number>()
  const docs: Doc[] = []
  for (const r of records) {
    docs.push(opts.timed ? runPipelineTimed(r, ctx, timings) : runPipeline(r, ctx))
    // Let timers run (the progress bar redraws on one) without paying for a tick per document.
    if (docs.length % 50 === 0) {
      opts.onProgress?.(docs.length)
      await tick()
    }
  }
  opts.onProgress?.(docs.length)
  return { docs, timings, workers: 0 }
}

// Workers start from this script: register tsx's loader, then load the TypeScript worker module.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads')
import(workerData.tsxApi).then((m) => { m.register(); return import(workerData.entry) })
`

async function runOnWorkers(records: readonly InputRecord[], ctx: StageContext, count: number, size: number, opts: BatchOptions): Promise<BatchResult> {
  const chunks: InputRecord[][] = []
  for (let i = 0; i < records.length; i += size) chunks.push(records.slice(i, i + size))
  const results: Doc[][] = new Array<Doc[]>(chunks.length)
  const timings = new Map<string, number>()
  const workerData = {
    tsxApi: import.meta.resolve('tsx/esm/api'),
    entry: new URL('./parallel-worker.ts', import.meta.url).href,
    ctx, timed: opts.timed ?? false,
  }
  const pool = Array.from({ length: count }, () => new Worker(BOOTSTRAP, { eval: true, workerData, execArgv: [] }))
  let next = 0
  let done = 0
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0
      const feed = (w: Worker) => {
        const seq = next++
        const part = chunks[seq]
        if (part) w.postMessage({ seq, records: part } satisfies ChunkRequest)
      }
      for (const w of pool) {
        w.on('error', reject)
        w.on('exit', (code) => { if (finished < chunks.length) reject(new Error(`pipeline worker exited with code ${code} before the batch was done`)) })
        w.on('message', (reply: ChunkReply) => {
          if ('error' in reply) {
            reject(new Error(`pipeline worker failed on records ${reply.seq * size}..${reply.seq * size + size - 1}: ${reply.error}`))
            return
          }
          results[reply.seq] = reply.docs
          for (const [k, v] of reply.timings) timings.set(k, (timings.get(k) ?? 0) + v)
          finished++
          done += reply.docs.length
          opts.onProgress?.(done)
          if (finished === chunks.length) resolve()
          else feed(w)
        })
        // Two chunks in flight per worker, so it never waits on the main thread between chunks.
        feed(w)
        feed(w)
      }
      if (chunks.length === 0) resolve()
    })
  } finally {
    await Promise.all(pool.map((w) => w.terminate()))
  }
  return { docs: results.flat(), timings, workers: count }
}
