// find-places speed, this checkout against another, in one process: the two stages take turns over bench:geo's
// articles (world index, documents split into sentences beforehand, as bench:geo's warm passes run them), A B then
// B A, and each round's CPU-time ratio is kept. On a loaded machine the median of those ratios says more than two
// separate runs do. The other checkout needs its own data (its index cache is built once, on first use).
// Usage: node --import tsx bench/places-ab.ts OTHER_CHECKOUT [--rounds 16] [--data ../shared/bench/geoparsing]
import { readFileSync, realpathSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Doc } from '../src/core/types.ts'
import { REPO_ROOT } from '../src/gazetteer/paths.ts'
import type { Stage } from '../src/pipeline/stage.ts'

const args = process.argv.slice(2)
const other = args[0]
if (!other || other.startsWith('--')) throw new Error('usage: places-ab.ts OTHER_CHECKOUT [--rounds N] [--data DIR]')
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name)
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback
}
const rounds = Number(opt('--rounds', '16'))
const dataDir = realpathSync(resolve(REPO_ROOT, opt('--data', '../shared/bench/geoparsing')))

interface Side { readonly name: string; readonly pass: () => number }

/** The find-places stage of a checkout, with its documents split by that checkout's split-sentences. */
async function sideOf(name: string, root: string): Promise<Side & { words: number }> {
  const src = (path: string): string => join(realpathSync(root), 'src', path)
  const { loadGazetteer } = await import(src('gazetteer/load.ts')) as typeof import('../src/gazetteer/load.ts')
  const { defaultContext } = await import(src('pipeline/context.ts')) as typeof import('../src/pipeline/context.ts')
  const { findPlacesWith } = await import(src('pipeline/stages/find-places.ts')) as typeof import('../src/pipeline/stages/find-places.ts')
  const { splitSentences } = await import(src('pipeline/stages/split-sentences.ts')) as typeof import('../src/pipeline/stages/split-sentences.ts')
  const { docIdFor } = await import(src('core/ids.ts')) as typeof import('../src/core/ids.ts')
  const stage: Stage = findPlacesWith(loadGazetteer(''))
  const ctx = defaultContext({ theater: '' })
  const docs: Doc[] = []
  let words = 0
  for (const set of ['gwn', 'lgl', 'trnews']) {
    for (const line of readFileSync(join(dataDir, `${set}.jsonl`), 'utf8').split('\n').filter(Boolean)) {
      const text = (JSON.parse(line) as { text: string }).text
      words += text.split(/\s+/).length
      docs.push(splitSentences({
        id: docIdFor(text), meta: { source: 'bench', url: null, title: null, outlet: null, publishedAt: null, publishedAtBasis: null, format: 'text' },
        raw: text, text, toRaw: { pieces: [{ textStart: 0, rawStart: 0, length: text.length }] }, removed: [], language: 'en', annotations: [], messages: [],
      }, ctx))
    }
  }
  const pass = (): number => {
    const c0 = process.cpuUsage()
    for (const doc of docs) stage(doc, ctx)
    const c = process.cpuUsage(c0)
    return (c.user + c.system) / 1000
  }
  return { name, pass, words }
}

const a = await sideOf(`other (${other})`, other)
const b = await sideOf('this checkout', REPO_ROOT)
const articles = b.words / 800
// Two passes each first: memos filled, code compiled.
for (let i = 0; i < 2; i++) { a.pass(); b.pass() }
const ms: [number[], number[]] = [[], []]
const ratios: number[] = []
for (let r = 0; r < rounds; r++) {
  let ta: number
  let tb: number
  if (r % 2 === 0) { ta = a.pass(); tb = b.pass() } else { tb = b.pass(); ta = a.pass() }
  ms[0].push(ta)
  ms[1].push(tb)
  ratios.push(ta / tb)
}
const median = (x: readonly number[]): number => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)] as number
const rate = (cpuMs: number): string => (articles / (cpuMs / 1000)).toFixed(0)
console.log(`${b.words.toLocaleString()} words (${articles.toFixed(0)} articles of 800 words), ${rounds} alternating rounds; find-places articles per CPU-second:`)
for (const [i, s] of [a, b].entries()) console.log(`  ${s.name.padEnd(40)} median ${rate(median(ms[i] as number[]))}, best ${rate(Math.min(...(ms[i] as number[])))}`)
console.log(`  this checkout's speed over the other's: median of per-round ratios ${median(ratios).toFixed(2)} (range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`)
