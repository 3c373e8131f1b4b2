// Bench: the API over a SQLite store of N events (`sitrep serve`'s read model). Builds the store once (cached in
// .cache/bench) with its stories and fused events saved, as `sitrep ingest` saves them, then reports the read
// model's start-up time and memory and the p50/p95 of GET /api/events shapes through app.request.
// Targets (issue 7): events query p95 < 50 ms at 100k events; an answer within seconds of start.
// A cached store written before stories were saved (migration 005) gets them once, in a child process, timed: that
// is what the first `sitrep serve` of an older store does.
// Usage: npm run bench:api-store [-- N]   (default N=20000)
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createApp } from '../src/api/app.ts'
import { openStoreReadModel } from '../src/api/store-read-model.ts'
import { openSqliteStore } from '../src/store/sqlite.ts'
import { benchDocument, bringStoriesUpToDate, PER_DOC, rng } from './bench-docs.ts'
import { timeRoutes } from './time-routes.ts'

const prepare = process.argv[2] === '--prepare'
const n = Number(process.argv[prepare ? 3 : 2] ?? 20_000)
const dir = new URL('../.cache/bench/', import.meta.url).pathname
const db = `${dir}store-${n}.db`

async function build(): Promise<void> {
  mkdirSync(dir, { recursive: true })
  const r = rng(11)
  const store = await openSqliteStore(`${db}.tmp`)
  const t0 = performance.now()
  try {
    for (let i = 0; i < n / PER_DOC; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, n / PER_DOC - i) }, (_, k) => benchDocument(r, `Report ${i + k}`))
      await store.saveDocuments(batch)
    }
  } finally {
    await store.close()
  }
  rmSync(db, { force: true })
  const { renameSync } = await import('node:fs')
  renameSync(`${db}.tmp`, db)
  console.log(`built ${db} (${n / PER_DOC} documents, ${n} events) in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
}

/** Saves the store's stories and fused events if it has none (as ingest would have): run in its own process. */
async function saveStories(): Promise<void> {
  const { why, seconds } = await bringStoriesUpToDate(db)
  if (why) console.log(`stories and fused events of ${db} were ${why}: worked out and saved in ${seconds.toFixed(1)} s (the first start of an older store)`)
}

if (prepare) {
  await saveStories()
  process.exit(0)
}
if (!existsSync(db)) await build()
execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--prepare', String(n)], { stdio: 'inherit' })
const mb = (x: number) => `${(x / 1e6).toFixed(0)} MB`
globalThis.gc?.()
const before = process.memoryUsage()
const model = openStoreReadModel(db, (line) => console.log(`unexpected: ${line}`))
const t0 = performance.now()
const first = await model.events({ limit: 1 })
const loadMs = performance.now() - t0
globalThis.gc?.()
const after = process.memoryUsage()
const total = (await model.dayCounts({})).reduce((s, d) => s + Object.values(d.counts).reduce((a, b) => a + (b ?? 0), 0), 0)
console.log(`read model over ${n} stored events: first answer after ${(loadMs / 1000).toFixed(1)} s (loads saved stories and fused events); ` +
  `${total} dated fused events; heap ${mb(before.heapUsed)} -> ${mb(after.heapUsed)}, RSS ${mb(before.rss)} -> ${mb(after.rss)}` +
  `${first.items.length ? '' : ' (no events!)'}`)

const app = createApp({ model })
const shapes: Record<string, (i: number) => string> = {
  'one day': (i) => `/api/events?from=2024-12-0${1 + (i % 8)}&to=2024-12-0${1 + (i % 8)}`,
  'day+type+minSources': (i) => `/api/events?from=2024-12-0${1 + (i % 8)}&to=2024-12-08&type=battle,strike&minSources=1`,
  'bbox week': () => '/api/events?from=2024-12-01&to=2024-12-07&bbox=36,33,37.5,35',
  'all, limit 1000': () => '/api/events?limit=1000',
  'markers, day, 20000': (i) => `/api/events?from=2024-12-0${1 + (i % 8)}&to=2024-12-0${1 + (i % 8)}&view=marker&limit=20000`,
  'day counts': () => '/api/events/days',
}
await timeRoutes(app, shapes)
await model.close()
