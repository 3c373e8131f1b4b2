// `npm run bench:stories`: assigns 100,000 synthetic documents to stories and prints throughput, time per
// document at 10k, 50k and 100k (it must not grow), and heap growth per document. Synthetic text is made
// here (random words with Zipf frequencies, stories of reprints, rewrites and independent reports over 60 days).
import os from 'node:os'
import type { ExtractedDocument } from '../src/core/contract.ts'
import { DOCUMENT_SCHEMA } from '../src/core/contract.ts'
import { StoryIndex } from '../src/pipeline/corpus/stories/story-index.ts'

const TOTAL = Number(process.env.BENCH_DOCS ?? 100_000)
const STOP = Number(process.env.BENCH_STOP ?? TOTAL)
const DAYS = 60
const CHECKPOINTS = new Set([10_000, 50_000, 100_000, TOTAL])

let seed = 42
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!

const syll = ['ka', 'ro', 'ven', 'tal', 'mi', 'dor', 'sa', 'lek', 'un', 'bar', 'is', 'tor', 'al', 'me', 'quo', 'rin']
const VOCAB = Array.from({ length: 8000 }, () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(syll)).join(''))
const NAMES = Array.from({ length: 3000 }, () => { const w = pick(VOCAB); return w[0]!.toUpperCase() + w.slice(1) })
const PLACES = Array.from({ length: 600 }, (_, i) => ({ placeId: `theater:p${i}`, name: pick(NAMES), lat: 32 + rand() * 5, lon: 35 + rand() * 6 }))
const TYPES = ['territory_change', 'battle', 'strike', 'displacement', 'casualties'] as const
// Zipf-like draw: low indexes much more often.
const word = () => VOCAB[Math.floor(VOCAB.length * rand() ** 3)]!

function sentence(): string {
  const n = 12 + Math.floor(rand() * 14)
  const ws: string[] = []
  for (let i = 0; i < n; i++) ws.push(rand() < 0.12 ? pick(NAMES) : word())
  if (rand() < 0.3) ws.push(`${Math.floor(rand() * 5000)} people`)
  if (rand() < 0.15) ws.push(`“${word()} ${word()} ${word()} ${word()}”`)
  return ws.join(' ') + '.'
}

interface Seed { sentences: string[]; place: (typeof PLACES)[number]; type: (typeof TYPES)[number]; day: number }
function newStory(day: number): Seed {
  return { sentences: Array.from({ length: 8 + Math.floor(rand() * 8) }, sentence), place: pick(PLACES), type: pick(TYPES), day }
}

let counter = 0
function makeDoc(s: Seed, kind: 'original' | 'reprint' | 'rewrite' | 'independent'): ExtractedDocument {
  let sentences = s.sentences
  if (kind === 'reprint') sentences = [`${pick(NAMES)} ${pick(NAMES)} news.`, ...s.sentences, 'Subscribe to our newsletter.']
  if (kind === 'rewrite') sentences = s.sentences.map((x) => x.split(' ').map((w) => (rand() < 0.35 ? word() : w)).join(' ')).filter(() => rand() < 0.85)
  if (kind === 'independent') sentences = Array.from({ length: 6 + Math.floor(rand() * 6) }, sentence)
  const text = sentences.join(' ')
  const date = new Date((20_000 + s.day) * 86_400_000).toISOString().slice(0, 10)
  const id = `doc:${(counter++).toString(16).padStart(16, '0')}`
  return {
    schema: DOCUMENT_SCHEMA, id, source: `synthetic/${id}.txt`, title: null, outlet: pick(NAMES), publishedAt: date,
    publishedAtBasis: 'metadata', language: 'en', text, removed: [], dates: [], places: [], actors: [],
    events: [{
      id: `${id}/ann:event:0`, type: s.type, actors: [], date, dateEnd: null, datePrecision: 'day', dateText: null,
      place: { ...s.place, precision: 'exact' }, modality: 'asserted', attribution: null, quantities: {},
      evidence: { start: 0, end: 10, text: text.slice(0, 10) },
    }],
  }
}

/** The next batch of documents, in publication order: stories of 1-6 documents, a few days' spread. */
function* documents(total: number): Generator<ExtractedDocument> {
  let made = 0
  const perDay = total / DAYS
  const open: Seed[] = []
  while (made < total) {
    const day = Math.floor(made / perDay)
    if (open.length === 0 || rand() < 0.45) {
      const s = newStory(day)
      open.push(s)
      if (open.length > 200) open.shift()
      made++
      yield makeDoc(s, 'original')
    } else {
      const s = pick(open)
      made++
      yield makeDoc({ ...s, day }, pick(['reprint', 'rewrite', 'rewrite', 'independent'] as const))
    }
  }
}

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc (npm run bench:stories does)')
gc()
const heap0 = process.memoryUsage().heapUsed
const index = new StoryIndex()
let addMs = 0
let windowMs = 0
// The machine is shared: CPU time is what this process spent, wall time also counts waiting for a core.
let cpuMs = 0
let windowCpuMs = 0
let windowDocs = 0
let lastHeap: { heap: number; n: number } | null = null
let n = 0
console.log(`bench:stories — ${TOTAL.toLocaleString()} synthetic documents over ${DAYS} days`)
for (const doc of documents(TOTAL)) {
  if (n >= STOP) break
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  index.add(doc)
  const c1 = process.cpuUsage(c0)
  const dt = performance.now() - t0
  addMs += dt
  cpuMs += (c1.user + c1.system) / 1000
  windowMs += dt
  windowCpuMs += (c1.user + c1.system) / 1000
  windowDocs++
  n++
  if (CHECKPOINTS.has(n)) {
    gc()
    const heap = process.memoryUsage().heapUsed
    const marginal = lastHeap === null ? '' : `, +${((heap - lastHeap.heap) / (n - lastHeap.n) / 1024).toFixed(2)} KB/doc since ${lastHeap.n.toLocaleString()}`
    lastHeap = { heap, n }
    console.log(
      `${n.toLocaleString().padStart(8)} docs: ${(1000 * windowCpuMs / windowDocs).toFixed(0).padStart(5)} µs CPU/doc ` +
      `(${(1000 * windowMs / windowDocs).toFixed(0)} µs wall) over the last ${windowDocs.toLocaleString()}; ` +
      `${Math.round(n / (cpuMs / 1000)).toLocaleString()} docs/s CPU (${Math.round(n / (addMs / 1000)).toLocaleString()} wall) overall; ` +
      `heap +${((heap - heap0) / n / 1024).toFixed(2)} KB/doc${marginal}; ` +
      `${index.live.toLocaleString()} docs live in the window`,
    )
    windowMs = 0
    windowCpuMs = 0
    windowDocs = 0
  }
}
const stories = new Set(index.memberships().map((m) => m.story)).size
console.log(`${stories.toLocaleString()} stories; assignment ${(cpuMs / 1000).toFixed(1)} s CPU, ${(addMs / 1000).toFixed(1)} s wall (text generation excluded); load average ${os.loadavg()[0]!.toFixed(1)}`)
