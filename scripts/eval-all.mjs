#!/usr/bin/env node
// `npm run eval`: every evaluation against ../shared/eval, one after the other — events, control timeline, stories,
// the small Arabic set.
// Fails only when an evaluation cannot run (e.g. ../shared missing); low scores are findings, not failures.
import { spawnSync } from 'node:child_process'

const passThrough = process.argv.slice(2)
const steps = [
  ['events (../shared/eval/score.mjs)', ['--import', 'tsx', 'scripts/eval.ts', ...passThrough]],
  ['control timeline (../shared/eval/score-control.mjs)', ['--import', 'tsx', 'scripts/eval-control.ts']],
  ['stories (eval/stories and samples/)', ['--import', 'tsx', 'scripts/eval-stories.ts']],
  ['Arabic events (eval/arabic, written alongside the method)', ['--import', 'tsx', 'scripts/eval-arabic.ts']],
]
for (const [name, args] of steps) {
  process.stdout.write(`\n=== ${name}\n`)
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' })
  if (r.status !== 0) {
    process.stderr.write(`eval: ${name} could not run (exit ${r.status})\n`)
    process.exit(r.status ?? 1)
  }
}
