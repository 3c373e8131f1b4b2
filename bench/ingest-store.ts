// Bench: the cost of ingesting a small batch into a big store (what `sitrep ingest` and `POST /api/documents` pay).
// Copies the bench store of N events (built by bench/api-store.ts, cached in .cache/bench), then in a fresh child
// process ingests one batch of B new documents like the store's own (five events each, same days and area) and
// prints wall time, CPU time and peak RSS of that process. A store whose saved story state is older than the code
// is brought up to date first, in its own child process, and that one-time cost is printed apart.
// Then, in another child over a fresh copy, what `sitrep serve --allow-ingest` pays: the read model is loaded, B
// invented report texts are POSTed to /api/documents (pipeline, store, and bringing the loaded model up to date),
// and the next requests (meta, one day's events, control) are timed: before incremental read models, the first of
// them read the whole store again.
// Usage: npm run bench:ingest [-- N [B]]   (default N=20000, B=20)
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createApp } from '../src/api/app.ts'
import { openStoreIngest, openStoreReadModel } from '../src/api/store-read-model.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import { ingestDocuments } from '../src/pipeline/corpus/stories/store-stories.ts'
import { runPipelineBatch } from '../src/pipeline/parallel.ts'
import { openSqliteStore } from '../src/store/sqlite.ts'
import { benchDocument, bringStoriesUpToDate, rng } from './bench-docs.ts'

const [mode, nArg, bArg] = process.argv[2]?.startsWith('--') ? process.argv.slice(2) : ['--main', ...process.argv.slice(2)]
const n = Number(nArg ?? 20_000)
const batch = Number(bArg ?? 20)
const dir = new URL('../.cache/bench/', import.meta.url).pathname
const source = `${dir}store-${n}.db`
const copy = `${dir}ingest-${n}.db`

/** B documents shaped like the bench store's, from another seed so their texts are new. */
function newDocuments(count: number) {
  const r = rng(977)
  return Array.from({ length: count }, (_, i) => benchDocument(r, `New report ${i}`))
}

// Invented report texts for the API ingest: a few sentence shapes over real Syrian towns, so the pipeline finds and
// places their events.
const TOWNS = ['Homs', 'Hama', 'Aleppo', 'Idlib', 'Saraqib', 'Rastan', 'Talbiseh', 'Salamiyah', 'Maarat al-Numan', 'Khan Shaykhun', 'Manbij', 'Daraa', 'Palmyra', 'Qusayr', 'Latakia', 'Jableh', 'Raqqa', 'Tartus', 'Suqaylabiyah', 'Mhardeh']
const SHAPES = [
  (town: string, day: string) => `Rebel fighters captured ${town} on ${day} after clashes with government forces, a war monitor said.`,
  (town: string, day: string) => `Government aircraft struck ${town} on ${day}, killing several civilians, rescuers said.`,
  (town: string, day: string) => `Heavy fighting broke out around ${town} on ${day} as opposition groups advanced, residents said.`,
  (town: string, day: string) => `The army said on ${day} that its units had withdrawn from ${town} to positions further south.`,
]
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

function apiRecords(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const published = new Date(Date.parse('2024-12-01') + (i % 8) * 86_400_000)
    const day = WEEKDAYS[(published.getUTCDay() + 6) % 7]!
    const text = [0, 1].map((k) => SHAPES[(i + k) % SHAPES.length]!(TOWNS[(i * 3 + k * 7) % TOWNS.length]!, day)).join(' ')
    return { url: `https://bench.example/report-${i}`, publishedAt: published.toISOString().slice(0, 10), text }
  })
}

function usage(): string {
  const u = process.resourceUsage()
  return `CPU ${((u.userCPUTime + u.systemCPUTime) / 1e6).toFixed(2)} s, peak RSS ${(u.maxRSS / 1024).toFixed(0)} MB`
}

if (mode === '--upgrade') {
  // What the first reader of an older store does: bring the saved stories up to date, once.
  const { why, seconds } = await bringStoriesUpToDate(copy)
  console.log(why ? `store was ${why}: brought up to date once in ${seconds.toFixed(1)} s wall, ${usage()}` : 'store state current')
} else if (mode === '--ingest') {
  const docs = newDocuments(batch)
  const store = await openSqliteStore(copy)
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  let saved
  try {
    saved = await ingestDocuments(store, docs)
  } finally {
    await store.close()
  }
  const c = process.cpuUsage(c0)
  console.log(`ingest of ${batch} documents (${saved.inserted.length} new) into the ${n}-event store: ${((performance.now() - t0) / 1000).toFixed(2)} s wall, ` +
    `${((c.user + c.system) / 1e6).toFixed(2)} s CPU in the call; process: ${usage()} (with start-up and module loading)`)
} else if (mode === '--post') {
  const model = openStoreReadModel(copy, (line) => console.log(line))
  const token = 'bench-token-0123456789'
  let applied = 0
  const timedListener = {
    ingesting: () => model.ingesting(),
    async ingested(batch: Parameters<typeof model.ingested>[0]) {
      const t0 = performance.now()
      await model.ingested(batch)
      applied += performance.now() - t0
    },
  }
  // The same bench runs on the code before read models applied ingests: they took a callback and reloaded.
  const before = !('ingested' in model)
  const ingest = openStoreIngest(copy, before ? (() => (model as { reload(): void }).reload()) as unknown as typeof timedListener : timedListener)
  const app = createApp({ model, ingest: { token, ingest }, webDir: null })
  const timed = async (what: string, path: string, init?: RequestInit) => {
    const t0 = performance.now()
    const r = await app.request(path, init)
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${await r.text()}`)
    await r.arrayBuffer()
    return performance.now() - t0
  }
  const load = await timed('load', '/api/events?limit=1')
  // The pipeline's own start (gazetteer, models) is not what this measures: warm it on one text first.
  await runPipelineBatch([{ source: 'warm', raw: 'Rebels captured Homs on Monday.', format: 'text', hints: {} }], defaultContext(), {})
  const c0 = process.cpuUsage()
  const post = await timed('POST', '/api/documents', {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ records: apiRecords(batch) }),
  })
  const cPost = process.cpuUsage(c0)
  const meta = await timed('meta', '/api/meta')
  const day = await timed('events', '/api/events?from=2024-12-03&to=2024-12-03&view=marker&limit=20000')
  const control = await timed('control', '/api/control?date=2024-12-05')
  const c = process.cpuUsage(c0)
  const ms = (x: number) => `${(x / 1000).toFixed(2)} s`
  console.log(`API ingest of ${batch} texts into the loaded ${n}-event read model (load ${ms(load)}): POST ${ms(post)} wall ` +
    `(${ms(applied)} of it bringing the model up to date), ${((cPost.user + cPost.system) / 1e6).toFixed(2)} s CPU; ` +
    `next requests: meta ${ms(meta)}, one day's events ${ms(day)}, control ${ms(control)}; POST + next request ${ms(post + meta)}; ` +
    `CPU from the POST to the last answer ${((c.user + c.system) / 1e6).toFixed(2)} s; process: ${usage()} (with the load)`)
  await model.close()
} else {
  if (!existsSync(source)) {
    console.log(`no ${source}: building it with bench/api-store.ts first`)
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./api-store.ts', import.meta.url)), String(n)], { stdio: 'inherit' })
  }
  rmSync(copy, { force: true })
  copyFileSync(source, copy)
  const self = fileURLToPath(import.meta.url)
  try {
    execFileSync(process.execPath, ['--import', 'tsx', self, '--upgrade', String(n)], { stdio: 'inherit' })
    const baseline = execFileSync(process.execPath, ['--import', 'tsx', '-e', 'const u = process.resourceUsage(); console.log(`${((u.userCPUTime + u.systemCPUTime) / 1e6).toFixed(2)} s, ${(u.maxRSS / 1024).toFixed(0)} MB`)'], { encoding: 'utf8' })
    console.log(`(an empty node+tsx process costs ${baseline.trim()})`)
    execFileSync(process.execPath, ['--import', 'tsx', self, '--ingest', String(n), String(batch)], { stdio: 'inherit' })
    for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(f, { force: true })
    copyFileSync(source, copy)
    execFileSync(process.execPath, ['--import', 'tsx', self, '--upgrade', String(n)], { stdio: 'inherit' })
    execFileSync(process.execPath, ['--import', 'tsx', self, '--post', String(n), String(batch)], { stdio: 'inherit' })
  } finally {
    rmSync(copy, { force: true })
    rmSync(`${copy}-wal`, { force: true })
    rmSync(`${copy}-shm`, { force: true })
  }
}
