#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with Node's test runner through tsx.
// Node 20's --test does not expand globs itself, hence this file list. Extra args narrow by path substring.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, sep } from 'node:path'

const roots = ['src', 'test']
const filters = process.argv.slice(2)
const files = []
function walk(dir) {
  let entries
  try { entries = readdirSync(dir) } catch { return }
  for (const name of entries) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) walk(p)
    else if (name.endsWith('.test.ts')) files.push(p)
  }
}
roots.forEach(walk)
let chosen = files.sort().filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
if (chosen.length === 0) {
  console.error(`no test files match ${filters.join(' ') || '(all)'}`)
  process.exit(1)
}
// Browser tests (test/browser) need Debian's Chromium and the built web UI: build it, or say clearly they are skipped.
const isBrowser = (f) => f.startsWith(join('test', 'browser') + sep)
const chromium = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium'
if (chosen.some(isBrowser)) {
  if (!existsSync(chromium)) {
    console.log(`\n*** browser tests SKIPPED: ${chromium} not found (apt-get install -y chromium) ***\n`)
    chosen = chosen.filter((f) => !isBrowser(f))
    if (chosen.length === 0) process.exit(0)
  } else if (spawnSync('npm', ['run', 'build:web', '--silent'], { stdio: 'inherit' }).status !== 0) {
    console.error('npm run build:web failed: cannot run the browser tests')
    process.exit(1)
  }
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...chosen], { stdio: 'inherit' })
process.exit(r.status ?? 1)
