// Streams encoded events to a writable, row by row, waiting on backpressure: memory stays flat however many rows.
import type { Writable } from 'node:stream'
import { once } from 'node:events'
import type { Encoder } from './formats.ts'
import type { ExportEvent } from './export-event.ts'

export interface WriteResult {
  readonly written: number
  /** Events the format cannot hold (see Encoder.row). */
  readonly skipped: number
}

/** Writes head, every event the encoder accepts, and tail to `out`; resolves when all is handed to `out`. */
export async function writeExport(events: Iterable<ExportEvent> | AsyncIterable<ExportEvent>, encoder: Encoder, out: Writable): Promise<WriteResult> {
  let written = 0
  let skipped = 0
  let buffer = encoder.head
  // Batching ~64 KB per write: one write per row costs more in stream bookkeeping than the encoding itself.
  const flush = async () => {
    if (buffer.length === 0) return
    const ok = out.write(buffer)
    buffer = ''
    if (!ok) await once(out, 'drain')
  }
  for await (const x of events) {
    const text = encoder.row(x, written === 0)
    if (text === null) {
      skipped++
      continue
    }
    buffer += text
    written++
    if (buffer.length > 65_536) await flush()
  }
  buffer += encoder.tail
  await flush()
  return { written, skipped }
}
