// The control-timeline check: extract the development articles and both samples, then score the timeline with
// ../shared/eval/score-control.mjs (gold changes of control dated within one day). Reads ../shared; eval only.
// usage: npx tsx scripts/eval-control.ts [--shared DIR] [--db PATH] [--verbose]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const args = process.argv.slice(2)
const opt = (k: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined }
const shared = resolve(opt('--shared') ?? join(root, '..', 'shared'))
const evalDir = join(shared, 'eval')
const work = join(root, '.eval')
mkdirSync(work, { recursive: true })
const sitrep = join(root, 'bin', 'sitrep.js')
const run = (cmd: string, argv: string[], quiet = false) => execFileSync(cmd, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', quiet ? 'ignore' : 'inherit'] })

const t0 = performance.now()
const input = join(work, 'control-input.jsonl')
writeFileSync(input, run(process.execPath, [join(evalDir, 'make-input.mjs'), evalDir, '--ids', 'all', '--seeds', join(shared, 'seeds')]))

// With a store (the ingest command exists), the articles go into a fresh store under .eval/ (or --db); without
// one, the documents `sitrep extract` prints are the event source.
const help = run(process.execPath, [sitrep, '--help'], true)
const hasStore = /^\s+ingest\b/m.test(help)
const db = opt('--db') ?? (hasStore ? join(work, 'control.db') : undefined)
let source: string
if (db) {
  if (!opt('--db')) rmSync(db, { force: true })
  run(process.execPath, [sitrep, 'ingest', '--db', db, '--skip-bad', input])
  // Story grouping saves each document's family (a report and its rewrites), which counts sources.
  if (/^\s+stories\b/m.test(help)) run(process.execPath, [sitrep, 'stories', '--db', db])
  source = `--db ${db}`
} else {
  const docs = join(work, 'control-docs.jsonl')
  writeFileSync(docs, run(process.execPath, [sitrep, 'extract', '--format', 'jsonl', '--skip-bad', input]))
  source = `--events ${docs}`
}
const tExtract = performance.now()

const scorer = join(evalDir, 'score-control.mjs')
if (!existsSync(scorer)) throw new Error(`no scorer at ${scorer}`)
const out = run(process.execPath, [
  scorer, '--gold', join(evalDir, 'gold', 'control_changes.csv'),
  '--cmd', `node ${sitrep} control ${source}`, ...(args.includes('--verbose') ? ['--verbose'] : []),
])
process.stdout.write(out)
process.stdout.write(`(extract ${((tExtract - t0) / 1000).toFixed(1)} s, score ${((performance.now() - tExtract) / 1000).toFixed(1)} s; source ${source})\n`)
