// Place check on the development set (../shared/eval): runs the pipeline over its articles and seeds and reports how
// many gold event locations find-places resolves within the gold radius (anywhere in the text, in the evidence
// sentence, with role "event"), and lists predicted places far from every gold place for inspection.
// Usage: node --import tsx bench/eval-places.ts [--eval ../shared/eval] [--seeds ../shared/seeds] [--verbose]
import { readdirSync, readFileSync, realpathSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { annotationsOf } from '../src/core/doc.ts'
import type { Doc, PlaceAnnotation } from '../src/core/types.ts'
import { REPO_ROOT } from '../src/gazetteer/paths.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import { runPipeline } from '../src/pipeline/run.ts'
import { distanceKm } from '../src/core/geo.ts'

interface GoldPlace { lat: number | null; lon: number | null; radius_km: number; names: string[] }
interface GoldEvent { id: string; type: string; location: { as_written: string; normalized: string[] } | null; evidence: string }

const args = process.argv.slice(2)
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name)
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback
}
const evalDir = realpathSync(resolve(REPO_ROOT, opt('--eval', '../shared/eval')))
const seedsDir = realpathSync(resolve(REPO_ROOT, opt('--seeds', '../shared/seeds')))
const verbose = args.includes('--verbose')
const places = JSON.parse(readFileSync(join(evalDir, 'gold/places.json'), 'utf8')) as Record<string, GoldPlace>
const keys = JSON.parse(readFileSync(join(evalDir, 'gold/keys.json'), 'utf8')) as Record<string, string>
const index = JSON.parse(readFileSync(join(evalDir, 'articles/index.json'), 'utf8')) as { articles: { file: string; url: string; title?: string; publication_date?: string; estimated_date?: string }[] }

function goldPlace(name: string): GoldPlace | null {
  if (places[name]) return places[name]
  for (const p of Object.values(places)) if (p.names.includes(name)) return p
  return null
}

function textOf(key: string): { text: string; url: string; title?: string; publishedAt?: string } | null {
  const url = keys[key]
  if (!url) return null
  if (url.startsWith('seed:')) {
    const f = readdirSync(seedsDir).find((x) => x === url.slice(5))
    return f ? { text: readFileSync(join(seedsDir, f), 'utf8'), url, publishedAt: '2024-12-06' } : null
  }
  const a = index.articles.find((x) => x.url === url)
  if (!a) return null
  return { text: readFileSync(join(evalDir, a.file), 'utf8'), url, title: a.title, publishedAt: a.publication_date ?? a.estimated_date }
}

const within = (p: PlaceAnnotation, g: GoldPlace): boolean =>
  g.lat !== null && g.lon !== null && distanceKm(p.lat, p.lon, g.lat, g.lon) <= g.radius_km

const fold = (x: string): string => x.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’‘ʿʾ'`´]/g, '')
  .replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim()
/** Gold places by each spelling: a predicted mention spelled like one is judged by that place's radius. */
const goldBySpelling = new Map<string, GoldPlace[]>()
for (const [name, g] of Object.entries(places)) {
  for (const n of new Set([name, ...g.names].map(fold))) goldBySpelling.set(n, [...(goldBySpelling.get(n) ?? []), g])
}

let goldN = 0
let inDoc = 0
let inSentence = 0
let asEvent = 0
let predN = 0
let predNearGold = 0
const far: string[] = []
// False place mentions: a mention spelled like a gold place but resolved outside its radius (wrong place), or one far
// from every gold place whose resolved name is not the name written (read as a place where the text names none).
let falseN = 0
const falses: string[] = []
const missed: string[] = []
const ctx = defaultContext({ theater: 'syria' })
for (const file of readdirSync(join(evalDir, 'gold/events')).filter((f) => f.endsWith('.json')).sort()) {
  const key = file.replace(/\.json$/, '')
  const src = textOf(key)
  if (!src) { console.error(`no article for ${key}`); continue }
  const doc: Doc = runPipeline({ source: src.url, raw: src.text, format: /<html|<body|<div/i.test(src.text) ? 'html' : 'text',
    hints: { url: src.url, title: src.title, publishedAt: src.publishedAt } }, ctx)
  const found = annotationsOf(doc, 'place')
  const allGold = Object.values(places)
  for (const p of found) {
    predN++
    const surface = doc.text.slice(p.span.start, p.span.end)
    const spelled = goldBySpelling.get(fold(surface)) ?? []
    const line = `${key}: "${surface}" -> ${p.name} (${p.country}) ${p.by}`
    if (spelled.length > 0 && !spelled.some((g) => within(p, g))) { falseN++; falses.push(`${line} [gold place of that spelling is elsewhere]`) }
    if (allGold.some((g) => within(p, g))) predNearGold++
    else {
      far.push(line)
      if (spelled.length === 0 && !sameName(surface, p.name)) { falseN++; falses.push(`${line} [not near any gold place; check by hand]`) }
    }
  }
  const events = JSON.parse(readFileSync(join(evalDir, 'gold/events', file), 'utf8')) as GoldEvent[]
  for (const e of events) {
    if (!e.location) continue
    const g = e.location.normalized.map(goldPlace).find((x): x is GoldPlace => x !== null && x.lat !== null)
    if (!g) continue
    goldN++
    const at = doc.text.indexOf(e.evidence.slice(0, 60))
    const sentence = at >= 0 ? { start: at, end: at + e.evidence.length } : null
    const hits = found.filter((p) => within(p, g))
    const inSent = sentence ? hits.filter((p) => p.span.start >= sentence.start && p.span.end <= sentence.end) : []
    if (hits.length > 0) inDoc++
    if (inSent.length > 0) inSentence++
    if (inSent.some((p) => p.role === 'event')) asEvent++
    else missed.push(`${key}/${e.id}: "${e.location.as_written}" (${e.location.normalized.join(', ')})${sentence ? '' : ' [evidence not in cleaned text]'}` +
      (inSent.length ? ' [found, role mention]' : ''))
  }
}
/** Whether a written name is the resolved place's name, bar articles, accents, initials ("U.S.") and spelling variants. */
function sameName(written: string, name: string): boolean {
  const a = fold(written).replace(/^(?:al|el|ar|as|ad|an|at|az|ash)\s+/, '')
  const b = fold(name).replace(/^(?:al|el|ar|as|ad|an|at|az|ash)\s+/, '')
  const initials = b.split(' ').map((w) => w[0]).join('')
  return a === b || a.replace(/ /g, '') === initials || a.startsWith(b) || b.startsWith(a) || (a.length > 3 && b.length > 3 && a.slice(0, 4) === b.slice(0, 4))
}

const pct = (a: number, b: number): string => `${a}/${b} = ${b ? ((100 * a) / b).toFixed(1) : 'n/a'}%`
console.log(`gold event locations: ${goldN}`)
console.log(`  resolved within radius somewhere in the text: ${pct(inDoc, goldN)}`)
console.log(`  resolved within radius in the evidence sentence: ${pct(inSentence, goldN)}`)
console.log(`  ... and with role "event": ${pct(asEvent, goldN)}`)
console.log(`predicted places: ${predN}; within the radius of some gold place: ${pct(predNearGold, predN)}; others: ${far.length} (not all wrong: gold lists event places only)`)
console.log(`false place mentions: ${pct(falseN, predN)} (target <= 3%; spelled like a gold place but elsewhere, or far from all gold places under another name)`)
for (const f of falses) console.log(`  ${f}`)
if (verbose) {
  console.log('\nmissed or not event-role:')
  for (const m of missed) console.log(`  ${m}`)
  console.log('\npredicted places far from every gold place:')
  for (const f of far) console.log(`  ${f}`)
}
