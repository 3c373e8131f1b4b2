// Export throughput: 1M synthetic fused events streamed through each format to a sink; prints rows/s and peak RSS.
// `npm run bench:export [-- N]`. Target: >= 50,000 rows/s with RSS flat (no growth with N).
import { Writable } from 'node:stream'
import { encoderFor, EXPORT_FORMATS } from '../src/export/formats.ts'
import { exportEvent } from '../src/export/fixtures.ts'
import type { ExportEvent } from '../src/export/export-event.ts'
import { writeExport } from '../src/export/write-export.ts'

const N = Number(process.argv[2] ?? 1_000_000)

function* synthetic(n: number): Generator<ExportEvent> {
  const base = exportEvent()
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0')
    yield { ...base, event: { ...base.event, id: `fused:${i}`, date: `2024-12-${day}`, place: { ...base.event.place!, lat: 32 + (i % 500) / 100, lon: 36 + (i % 300) / 100 } } }
  }
}

for (const format of EXPORT_FORMATS) {
  let bytes = 0
  let peak = 0
  const sink = new Writable({ write(chunk: Buffer, _enc, done) { bytes += chunk.length; setImmediate(done) } })
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss) }, 50)
  const rssBefore = process.memoryUsage().rss
  const t0 = performance.now()
  const r = await writeExport(synthetic(N), encoderFor(format, 0), sink)
  const s = (performance.now() - t0) / 1000
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().rss)
  console.log(`${format.padEnd(10)} ${r.written} rows in ${s.toFixed(1)} s = ${Math.round(r.written / s).toLocaleString('en')} rows/s, ` +
    `${(bytes / 1e6).toFixed(0)} MB out, RSS ${(rssBefore / 1e6).toFixed(0)} -> peak ${(peak / 1e6).toFixed(0)} MB`)
  globalThis.gc?.()
}
