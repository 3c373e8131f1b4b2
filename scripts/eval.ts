// `npm run eval`: runs the extractor over ../shared/eval (and the seeds) and prints the shared scorer's report.
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
for (const line of input.split('\n')) {
  if (!line.trim()) continue
  const record = toRecord(lineSchema.parse(JSON.parse(line)))
  lines.push(JSON.stringify(presentDocument(runPipeline(record, ctx))))
}
const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'))
const pred = join(dir, 'pred.jsonl')
try {
  writeFileSync(pred, lines.join('\n') + '\n')
  const extra = process.argv.slice(2).filter((a) => a === '--verbose' || a === '--json')
  const report = execFileSync('node', [join(evalDir, 'score.mjs'), '--gold', join(evalDir, 'gold', 'events'), '--pred', pred, ...extra], { encoding: 'utf8' })
  process.stdout.write(report)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
