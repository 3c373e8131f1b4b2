// Cleaning benchmark: Sitrep's HTML cleaning vs Mozilla Readability alone on the Zyte/ScrapingHub article
// extraction set (../shared/bench/article-extraction), same run, same scorer (its score.mjs). Prints F1,
// precision, recall and ms/page for both. Options: --limit N, --worst N (lowest-F1 pages of Sitrep), --out FILE.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gunzipSync } from 'node:zlib'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { defaultContext } from '../src/pipeline/context.ts'
import { createDoc } from '../src/pipeline/create-doc.ts'
import { clean } from '../src/pipeline/stages/clean.ts'

const BENCH = resolve(process.env['SITREP_SHARED'] ?? join(import.meta.dirname, '..', '..', 'shared'), 'bench', 'article-extraction')

interface Row { id: string; f1?: number; precision: number; recall: number; tp: number; fp: number; fn: number }
interface Result { f1: number; precision: number; recall: number; accuracy: number; std: Record<string, number>; rows: Row[] }
interface Scorer {
  loadTruth(file: string): Map<string, { text: string; url: string }>
  evaluate(truth: Map<string, { text: string; url: string }>, texts: Map<string, string>, o?: { resamples?: number }): Result
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function main(): Promise<void> {
  const limit = Number(arg('--limit') ?? Infinity)
  const worst = Number(arg('--worst') ?? 0)
  const scorer = (await import(pathToFileURL(join(BENCH, 'score.mjs')).href)) as Scorer
  const truth = scorer.loadTruth(join(BENCH, 'ground-truth.json'))
  const files = readdirSync(join(BENCH, 'html')).filter((f) => f.endsWith('.html.gz')).sort().slice(0, limit)
  const pages = files.map((f) => ({ id: f.slice(0, -'.html.gz'.length), html: gunzipSync(readFileSync(join(BENCH, 'html', f))).toString('utf8') }))
  const ctx = defaultContext()
  const sitrep = new Map<string, string>()
  const readability = new Map<string, string>()
  const ms = { sitrep: 0, readability: 0 }
  for (const { id, html } of pages) {
    let t = performance.now()
    const doc = clean(createDoc({ source: id, raw: html, format: 'html', hints: {} }), ctx)
    ms.sitrep += performance.now() - t
    sitrep.set(id, doc.text)
    t = performance.now()
    // The published baseline: Readability's textContent on linkedom, default options.
    const article = new Readability(parseHTML(html).document as unknown as Document).parse()
    ms.readability += performance.now() - t
    readability.set(id, article?.textContent ?? '')
  }
  const subset = new Map([...truth].filter(([id]) => sitrep.has(id)))
  const out = arg('--out')
  if (out) writeFileSync(out, JSON.stringify(Object.fromEntries(sitrep), null, 1))
  const line = (name: string, r: Result, total: number) =>
    `${name.padEnd(22)} F1 ${r.f1.toFixed(3)} ± ${(r.std['f1'] ?? 0).toFixed(3)}  precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  ` +
    `accuracy ${r.accuracy.toFixed(3)}  ${(total / pages.length).toFixed(1)} ms/page`
  const rs = scorer.evaluate(subset, sitrep)
  const rr = scorer.evaluate(subset, readability)
  console.log(`article-extraction benchmark: ${pages.length} pages, node ${process.version}`)
  console.log(line('sitrep clean (html)', rs, ms.sitrep))
  console.log(line('readability alone', rr, ms.readability))
  if (worst > 0) {
    const f1 = (r: Row) => (r.precision + r.recall > 0 ? (2 * r.precision * r.recall) / (r.precision + r.recall) : 0)
    const base = new Map(rr.rows.map((r) => [r.id, f1(r)]))
    for (const r of [...rs.rows].sort((a, b) => f1(a) - f1(b)).slice(0, worst)) {
      console.log(`  ${r.id.slice(0, 12)}  F1 ${f1(r).toFixed(3)} (readability ${(base.get(r.id) ?? 0).toFixed(3)})  P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)}`)
    }
  }
}

main().catch((e: unknown) => {
  console.error(`bench:clean: ${e instanceof Error ? e.message : String(e)}`)
  process.exit(1)
})
