// Throughput benchmark: ingest + the pipeline (whatever stages run.ts has) + the store, on >= 10,000 generated
// plain-text reports. Prints documents/s on one thread and on every core, peak RSS, and milliseconds per stage.
// Usage: npm run bench:throughput -- [--docs N] [--corpus DIR] [--workers N] [--until STAGE]
// (--until find-dates measures ingest + clean + sentences + dates alone, the foundation's target.)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import type { InputRecord } from '../src/ingest/input-record.ts'
import { loadGazetteer } from '../src/gazetteer/load.ts'
import { readInputs } from '../src/ingest/read-inputs.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import { STAGES } from '../src/pipeline/run.ts'
import { runPipelineBatch } from '../src/pipeline/parallel.ts'
import { openSqliteStore } from '../src/store/sqlite.ts'
import { corpusFiles, defaultCorpusDir, generateReports } from './generate-corpus.ts'

const root = new URL('..', import.meta.url).pathname
const { values } = parseArgs({
  options: { docs: { type: 'string', default: '10000' }, corpus: { type: 'string' }, workers: { type: 'string' }, until: { type: 'string' } },
})
const n = Number(values.docs)
const workers = Number(values.workers ?? availableParallelism())
const corpus = values.corpus ?? defaultCorpusDir(root)
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024)
const rate = (count: number, ms: number) => Math.round((count * 1000) / ms)
/** CPU milliseconds (all threads of this process) spent in `fn`. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since)
  return (c.user + c.system) / 1000
}

const files = corpusFiles(corpus)
const reports = generateReports(files, n)
const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'))
try {
  const inputDir = join(dir, 'in')
  mkdirSync(inputDir)
  const paths = reports.map((text, i) => {
    const p = join(inputDir, `report-${String(i).padStart(6, '0')}.txt`)
    writeFileSync(p, text)
    return p
  })
  const chars = reports.reduce((s, r) => s + r.length, 0)
  console.log(`throughput: ${n} documents (${(chars / n).toFixed(0)} chars on average) from ${files.length} articles in ${relative(root, corpus) || corpus}`)
  console.log(`  cores: ${availableParallelism()}, workers: ${workers}, node ${process.version}`)

  let t = performance.now()
  const records: InputRecord[] = []
  for await (const item of readInputs(paths)) {
    if (item.kind === 'record') records.push(item.record)
    else throw new Error(`bench input not read: ${item.kind === 'bad' ? item.error.message : item.path}`)
  }
  const readMs = performance.now() - t
  if (values.until && !STAGES.some(([name]) => name === values.until)) throw new Error(`--until ${values.until}: no such stage (${STAGES.map(([n]) => n).join(', ')})`)
  const ctx = defaultContext({ publishedOverride: '2024-12-06', stopAfter: values.until ?? null })
  if (values.until) console.log(`  stages: up to and including ${values.until}`)

  // The theater's place index is built once per install (at first use, then cached): built inside the timed run, as
  // on a fresh clone, it was counted as find-places time (1.3 ms a document instead of 0.55). Built or loaded here.
  t = performance.now()
  loadGazetteer(ctx.theater)
  console.log(`  place index "${ctx.theater}" ready in ${((performance.now() - t) / 1000).toFixed(2)} s (built on first use, then loaded from its cache)`)

  t = performance.now()
  let cpu = process.cpuUsage()
  const single = await runPipelineBatch(records, ctx, { workers: 0, timed: true })
  const singleMs = performance.now() - t
  const singleCpu = cpuMs(cpu)
  const stageMs = single.timings
  const singleRss = peakMb()
  single.docs.length = 0

  t = performance.now()
  cpu = process.cpuUsage()
  const multi = await runPipelineBatch(records, ctx, { workers })
  const multiMs = performance.now() - t
  const multiCpu = cpuMs(cpu)

  const store = await openSqliteStore(join(dir, 'bench.db'))
  t = performance.now()
  const saved = await store.saveDocuments(multi.docs)
  const saveMs = performance.now() - t
  await store.close()
  if (saved.inserted.length !== n) throw new Error(`expected ${n} new documents, stored ${saved.inserted.length}`)

  const row = (label: string, ms: number, extra = '') => console.log(`  ${label.padEnd(34)}${String(rate(n, ms)).padStart(7)} docs/s  ${(ms / 1000).toFixed(2).padStart(6)} s${extra}`)
  row('read (readInputs)', readMs)
  // On a shared machine wall time depends on the neighbours; CPU time shows what the work itself costs.
  row('pipeline, 1 thread', singleMs, `  (${rate(n, singleCpu)} docs per CPU-second)`)
  row(`pipeline, ${multi.workers} worker threads`, multiMs, `  (x${(singleMs / multiMs).toFixed(2)} wall, ${rate(n, multiCpu)} docs per CPU-second, start-up included)`)
  row('store (one transaction)', saveMs)
  row(`ingest end to end, ${multi.workers} workers`, readMs + multiMs + saveMs)
  console.log(`  load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (on ${availableParallelism()} cores: above that, neighbours share them)`)
  console.log(`  peak RSS: ${singleRss} MB after the 1-thread run, ${peakMb()} MB at the end`)
  console.log('  per stage, 1 thread (ms total, ms per document):')
  for (const [stage, ms] of stageMs) console.log(`    ${stage.padEnd(20)}${ms.toFixed(0).padStart(8)}  ${(ms / n).toFixed(3)}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
