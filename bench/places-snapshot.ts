// Dumps every place find-places finds, so a change to recognition's or resolution's speed can be checked to leave
// its output identical: run before and after, then compare the files (`cmp`, or `diff` for the lines that moved).
// Covers the geoparsing bench articles (bench:geo's corpus, with the world index and with the Syria theater's, and
// the gold spans resolved as bench:geo resolves them), the development articles and seeds, and the demo corpus.
// Usage: node --import tsx bench/places-snapshot.ts OUT.txt [--data ../shared/bench/geoparsing] [--eval ../shared/eval]
import { readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { annotationsOf } from '../src/core/doc.ts'
import { docIdFor } from '../src/core/ids.ts'
import type { Doc } from '../src/core/types.ts'
import { loadGazetteer } from '../src/gazetteer/load.ts'
import { REPO_ROOT } from '../src/gazetteer/paths.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import { runPipeline } from '../src/pipeline/run.ts'
import { findPlacesWith } from '../src/pipeline/stages/find-places.ts'
import { mentionForSpan } from '../src/pipeline/stages/find-places/recognize.ts'
import { resolveMentions } from '../src/pipeline/stages/find-places/resolve.ts'
import { splitSentences } from '../src/pipeline/stages/split-sentences.ts'
import { loadSamples } from '../eval/stories/samples.ts'

const args = process.argv.slice(2)
const out = args[0]
if (!out || out.startsWith('--')) throw new Error('usage: places-snapshot.ts OUT.txt [--data DIR] [--eval DIR]')
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name)
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback
}
const dataDir = realpathSync(resolve(REPO_ROOT, opt('--data', '../shared/bench/geoparsing')))
const evalDir = realpathSync(resolve(REPO_ROOT, opt('--eval', '../shared/eval')))
const seedsDir = realpathSync(resolve(REPO_ROOT, opt('--seeds', '../shared/seeds')))
const lines: string[] = []

/** One line per place and per find-places message: everything the stage decides. */
function dump(label: string, doc: Doc): void {
  for (const p of annotationsOf(doc, 'place')) {
    lines.push(`${label}\t${p.span.start}-${p.span.end}\t${doc.text.slice(p.span.start, p.span.end)}\t${p.placeId}\t${p.precision}\t${p.role}\t${p.by}` +
      `\t${p.lat},${p.lon}\t${p.placeKind}`)
  }
  for (const m of doc.messages) {
    if (m.stage === 'find-places') lines.push(`${label}\tmessage\t${m.rule}\t${m.span ? `${m.span.start}-${m.span.end}` : ''}\t${m.message}`)
  }
}

function docOf(text: string): Doc {
  return {
    id: docIdFor(text), meta: { source: 'snapshot', url: null, title: null, outlet: null, publishedAt: null, publishedAtBasis: null, format: 'text' },
    raw: text, text, toRaw: { pieces: [{ textStart: 0, rawStart: 0, length: text.length }] }, removed: [], language: 'en',
    annotations: [], messages: [],
  }
}

// The geoparsing bench articles, as bench:geo runs them (world index), and with the Syria theater (typos, theater rules).
interface GoldArticle { id: string; text: string; toponyms: { start: number; end: number }[] }
for (const theater of ['', 'syria']) {
  const gaz = loadGazetteer(theater)
  const stage = findPlacesWith(gaz)
  const ctx = defaultContext({ theater })
  for (const set of ['gwn', 'lgl', 'trnews', 'geovirus']) {
    for (const line of readFileSync(join(dataDir, `${set}.jsonl`), 'utf8').split('\n').filter(Boolean)) {
      const a = JSON.parse(line) as GoldArticle
      const doc = splitSentences(docOf(a.text), ctx)
      dump(`${theater || 'world'}:${set}:${a.id}`, stage(doc, ctx))
      // Gold spans resolved together (bench:geo's resolution part).
      const sentences = annotationsOf(doc, 'sentence')
      const spans = a.toponyms.map((g) => mentionForSpan(a.text, g.start, g.end, Math.max(0, sentences.findIndex((s) => s.span.start <= g.start && g.start < s.span.end)), gaz))
      const resolved = resolveMentions(a.text, spans.filter((m): m is NonNullable<typeof m> => m !== null), [], gaz, { keepAll: true })
      for (const r of resolved) if (r) lines.push(`${theater || 'world'}:${set}:${a.id}\tgold\t${r.mention.start}-${r.mention.end}\t${r.entry.placeId}\t${r.rule}`)
    }
  }
}

// The development articles and seeds, through the pipeline up to find-places with the Syria theater (as the eval runs them).
const ctx = defaultContext({ theater: 'syria', stopAfter: 'find-places' })
const evalFiles = readdirSync(join(evalDir, 'articles')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(evalDir, 'articles', f))
const seedFiles = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seedsDir, f))
for (const file of [...evalFiles, ...seedFiles]) {
  const raw = readFileSync(file, 'utf8')
  dump(`eval:${file.slice(file.lastIndexOf('/', file.lastIndexOf('/') - 1) + 1)}`, runPipeline({ source: file, raw, format: /<html|<body|<div/i.test(raw) ? 'html' : 'text', hints: {} }, ctx))
}

// The demo corpus.
const { records } = loadSamples(fileURLToPath(new URL('../samples', import.meta.url)))
for (const k of [...records.keys()].sort()) dump(`samples:${k}`, runPipeline(records.get(k)!, ctx))

writeFileSync(out, lines.join('\n') + '\n')
console.log(`${lines.length} lines -> ${out}`)
