// Bench: the cost of ingesting a small batch into a big store (what `sitrep ingest` and `POST /api/documents` pay).
// Copies the bench store of N events (built by bench/api-store.ts, cached in .cache/bench), then in a fresh child
// process ingests one batch of B new documents like the store's own (five events each, same days and area) and
// prints wall time, CPU time and peak RSS of that process. A store whose saved story state is older than the code
// is brought up to date first, in its own child process, and that one-time cost is printed apart.
// Usage: npm run bench:ingest [-- N [B]]   (default N=20000, B=20)
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ingestDocuments } from '../src/pipeline/corpus/stories/store-stories.ts'
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
  } finally {
    rmSync(copy, { force: true })
    rmSync(`${copy}-wal`, { force: true })
    rmSync(`${copy}-shm`, { force: true })
  }
}
