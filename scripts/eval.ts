// `npm run eval:events`: runs the extractor over ../shared/eval (and the seeds), prints the shared scorer's report,
// then this project's own checks: a line per sample and actor roles (scripts/eval-events/).
// Exits non-zero only when it cannot run (../shared missing, scorer failing), never for low scores.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import type { InputRecord } from '../src/ingest/input-record.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import { presentDocument } from '../src/pipeline/present.ts'
import { runPipeline } from '../src/pipeline/run.ts'
import { actorMatcherFor } from '../src/pipeline/stages/find-actors.ts'
import { loadGold } from './eval-events/gold.ts'
import type { PredDoc } from './eval-events/report.ts'
import { evaluate, formatReport } from './eval-events/report.ts'

const shared = resolve(process.env.SITREP_SHARED ?? '../shared')
const evalDir = join(shared, 'eval')
if (!existsSync(join(evalDir, 'score.mjs'))) {
  process.stderr.write(`eval: ${evalDir}/score.mjs not found (set SITREP_SHARED to the shared folder)\n`)
  process.exit(2)
}
const input = execFileSync('node', [join(evalDir, 'make-input.mjs'), evalDir, '--ids', 'all', '--seeds', join(shared, 'seeds')], { encoding: 'utf8', maxBuffer: 64 << 20 })
// The eval input lines (make-input.mjs): the fields of the contract's input record that it writes.
const lineSchema = z.object({
  url: z.string(), title: z.string().nullish(), outlet: z.string().nullish(), publishedAt: z.string().nullish(), text: z.string(),
})
const toRecord = (l: z.infer<typeof lineSchema>): InputRecord => ({
  source: l.url, raw: l.text, format: 'text',
  hints: { url: l.url, title: l.title ?? undefined, outlet: l.outlet ?? undefined, publishedAt: l.publishedAt ?? undefined },
})
const ctx = defaultContext()
const lines: string[] = []
const docs: PredDoc[] = []
for (const line of input.split('\n')) {
  if (!line.trim()) continue
  const presented = presentDocument(runPipeline(toRecord(lineSchema.parse(JSON.parse(line))), ctx))
  lines.push(JSON.stringify(presented))
  docs.push(presented)
}
const args = process.argv.slice(2)
const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'))
const pred = join(dir, 'pred.jsonl')
try {
  writeFileSync(pred, lines.join('\n') + '\n')
  const extra = args.filter((a) => a === '--verbose' || a === '--json')
  const report = execFileSync('node', [join(evalDir, 'score.mjs'), '--gold', join(evalDir, 'gold', 'events'), '--pred', pred, ...extra], { encoding: 'utf8' })
  process.stdout.write(report)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
if (!args.includes('--json')) {
  const { lines: docLines, roles } = evaluate(loadGold(evalDir), docs, actorMatcherFor(ctx.theater))
  process.stdout.write('\n' + formatReport(docLines, roles, args.includes('--verbose')))
}
