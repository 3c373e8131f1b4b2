// Worker side of parallel.ts: runs the pipeline over the chunks of records it is sent and posts the documents back.
// Holds no state between chunks beyond the loaded stages; never touches the store or the terminal.
import { parentPort, workerData } from 'node:worker_threads'
import type { InputRecord } from '../ingest/input-record.ts'
import type { StageContext } from './context.ts'
import { runPipeline, runPipelineTimed } from './run.ts'
import type { ChunkReply, ChunkRequest } from './parallel.ts'

const { ctx, timed } = workerData as { ctx: StageContext; timed: boolean }

parentPort?.on('message', (req: ChunkRequest) => {
  let reply: ChunkReply
  try {
    const timings = new Map<string, number>()
    const docs = req.records.map((r: InputRecord) => (timed ? runPipelineTimed(r, ctx, timings) : runPipeline(r, ctx)))
    reply = { seq: req.seq, docs, timings: [...timings] }
  } catch (e) {
    reply = { seq: req.seq, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }
  }
  parentPort?.postMessage(reply)
})
