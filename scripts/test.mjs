#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with Node's test runner through tsx.
// Node 20's --test does not expand globs itself, hence this file list. Extra args narrow by path substring.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

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
const chosen = files.sort().filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
if (chosen.length === 0) {
  console.error(`no test files match ${filters.join(' ') || '(all)'}`)
  process.exit(1)
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...chosen], { stdio: 'inherit' })
process.exit(r.status ?? 1)
