import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { assertDoc } from '../core/doc.ts'
import type { InputRecord } from '../ingest/input-record.ts'
import { defaultContext } from './context.ts'
import { PARALLEL_MIN_CHARS, defaultWorkers, runPipelineBatch } from './parallel.ts'
import { runPipeline } from './run.ts'

function records(n: number, size = 1): InputRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    source: `r${i}`,
    raw: `Report ${i}: fighters seized Qorvath on Friday, a monitor said.\n\n`.repeat(size) + `The garrison left Melbrin ${i} days ago.`,
    format: 'text',
    hints: {},
  }))
}

describe('runPipelineBatch', () => {
  const ctx = defaultContext({ today: '2024-12-10', publishedOverride: '2024-12-06' })

  it('returns on worker threads the same documents, in input order, as runPipeline one by one', async () => {
    const input = records(60)
    const r = await runPipelineBatch(input, ctx, { workers: 2, chunkSize: 7 })
    assert.equal(r.workers, 2)
    assert.deepEqual(r.docs, input.map((x) => runPipeline(x, ctx)))
    r.docs.forEach(assertDoc)
  })

  it('reports progress up to the number of records and sums stage timings when asked', async () => {
    const seen: number[] = []
    const r = await runPipelineBatch(records(30), ctx, { workers: 2, chunkSize: 10, timed: true, onProgress: (n) => seen.push(n) })
    assert.equal(seen.at(-1), 30)
    assert.deepEqual(seen, [...seen].sort((a, b) => a - b))
    assert.ok((r.timings.get('clean') ?? -1) >= 0)
  })

  it('runs a small batch on the main thread', async () => {
    const r = await runPipelineBatch(records(3), ctx)
    assert.equal(r.workers, 0)
    assert.equal(r.docs.length, 3)
  })

  it('uses workers by default only for batches with enough text', () => {
    const big = records(20, Math.ceil(PARALLEL_MIN_CHARS / 20 / 60))
    assert.equal(defaultWorkers(big, 2), 2)
    assert.equal(defaultWorkers(records(3), 2), 0)
    assert.equal(defaultWorkers(big, 1), 0)
  })
})
