// find-places on text it has not seen: one corpus of bench:geo read once by a process that has first run the other
// two corpora several times (code compiled, word memos filled with their vocabulary). Repeated passes over the
// same articles also hit the memos of every word and name in them, which a stream of new reports does not, so
// they overstate a service's rate: this is the number to hold the speed target against. The process first primes the
// pipeline as a server that ingests does (primePipeline; its CPU time is printed as primeCpuMs). Prints one JSON line.
// Usage: node --import tsx bench/places-unseen.ts SET [--data DIR] [--no-prime]   (run per set by bench/geo.ts)
import { readFileSync, realpathSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { docIdFor } from '../src/core/ids.ts'
import type { Doc } from '../src/core/types.ts'
import { loadGazetteer } from '../src/gazetteer/load.ts'
import { REPO_ROOT } from '../src/gazetteer/paths.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import { findPlacesWith } from '../src/pipeline/stages/find-places.ts'
import { primePipeline } from '../src/pipeline/prime.ts'
import { splitSentences } from '../src/pipeline/stages/split-sentences.ts'

const SETS = ['gwn', 'lgl', 'trnews']
const WARM_PASSES = 6
const SETTLE_MS = 300
const args = process.argv.slice(2)
const unseen = args[0] ?? ''
if (!SETS.includes(unseen)) throw new Error(`places-unseen: expected one of ${SETS.join(', ')}, got "${unseen}"`)
const at = args.indexOf('--data')
const dataDir = realpathSync(resolve(REPO_ROOT, at >= 0 ? (args[at + 1] ?? '') : '../shared/bench/geoparsing'))

const gaz = loadGazetteer('')
const stage = findPlacesWith(gaz)
const ctx = defaultContext({ theater: '' })
const p0 = process.cpuUsage()
// (To find-places: the world index has no theater, so no actors nor events to find.) --no-prime measures the process
// as a one-off run over many reports would be, unprimed.
if (!args.includes('--no-prime')) primePipeline({ ...ctx, stopAfter: 'find-places' })
const p1 = process.cpuUsage(p0)
const primeCpuMs = (p1.user + p1.system) / 1000

function corpus(set: string): { docs: Doc[]; words: number } {
  let words = 0
  const docs = readFileSync(join(dataDir, `${set}.jsonl`), 'utf8').split('\n').filter(Boolean).map((line) => {
    const text = (JSON.parse(line) as { text: string }).text
    words += text.split(/\s+/).length
    return splitSentences({
      id: docIdFor(text), meta: { source: 'bench', url: null, title: null, outlet: null, publishedAt: null, publishedAtBasis: null, format: 'text' },
      raw: text, text, toRaw: { pieces: [{ textStart: 0, rawStart: 0, length: text.length }] }, removed: [], language: 'en', annotations: [], messages: [],
    }, ctx)
  })
  return { docs, words }
}

function cpuMsOf(docs: readonly Doc[]): number {
  const c0 = process.cpuUsage()
  for (const doc of docs) stage(doc, ctx)
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1000
}

const warm = SETS.filter((s) => s !== unseen).flatMap((s) => corpus(s).docs)
for (let pass = 0; pass < WARM_PASSES; pass++) cpuMsOf(warm)
const target = corpus(unseen)
// Splitting the new corpus into sentences makes V8 compile the tokenizer's functions for its new words, on a compiler
// thread that process.cpuUsage counts: the clock starts once that work is done, or the place stage is billed for it
// (--trace-opt: wink-nlp's pushWordToken, 10-30 ms of compiling inside GeoWebNews's first pass).
await new Promise((settled) => setTimeout(settled, SETTLE_MS))
const firstCpuMs = cpuMsOf(target.docs)
const againCpuMs = cpuMsOf(target.docs)
console.log(JSON.stringify({ set: unseen, articles800: target.words / 800, firstCpuMs, againCpuMs, primeCpuMs }))
