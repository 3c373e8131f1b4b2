#!/usr/bin/env node
// `npm run bench`: runs bench:throughput, then every other bench:* script in package.json, in name order.
// Each prints its own numbers; this exits non-zero if any of them failed.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const names = Object.keys(pkg.scripts ?? {}).filter((s) => s.startsWith('bench:')).sort((a, b) =>
  (a === 'bench:throughput' ? -1 : b === 'bench:throughput' ? 1 : a.localeCompare(b)))
let failed = 0
for (const name of names) {
  console.log(`\n> npm run ${name}`)
  const r = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' })
  if (r.status !== 0) {
    failed++
    console.error(`bench: ${name} failed (exit ${r.status ?? r.signal})`)
  }
}
process.exit(failed ? 1 : 0)
