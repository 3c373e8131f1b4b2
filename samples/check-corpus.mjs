// Checks the demo corpus is consistent: manifest and story labels cover every document exactly once,
// manifest titles occur in their files, and every labelled exact reprint repeats its original's body.
// Run: node samples/check-corpus.mjs (exit 1 on any problem).
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import iconv from 'iconv-lite'

const root = dirname(fileURLToPath(import.meta.url))
const problems = []
const read = (rel) => {
  const bytes = readFileSync(join(root, rel))
  return rel.includes('cp1256') ? iconv.decode(bytes, 'windows-1256') : bytes.toString('utf8')
}

const files = readdirSync(join(root, 'corpus')).map((f) => `corpus/${f}`)
const feeds = files.filter((f) => f.endsWith('.jsonl'))
const records = new Map()
for (const feed of feeds) {
  read(feed).split('\n').forEach((line, i) => {
    if (line.trim() === '') return
    const rec = JSON.parse(line)
    for (const k of ['url', 'title', 'outlet', 'publishedAt', 'text']) if (!(k in rec)) problems.push(`${feed}:${i + 1} lacks ${k}`)
    records.set(`${feed}:${i + 1}`, rec.text)
  })
}

const manifest = JSON.parse(read('manifest.json'))
const pages = files.filter((f) => !f.endsWith('.jsonl'))
for (const f of pages) if (!manifest[f]) problems.push(`${f} missing from manifest.json`)
for (const [f, m] of Object.entries(manifest)) {
  if (!pages.includes(f)) { problems.push(`manifest names unknown file ${f}`); continue }
  const text = read(f).replaceAll('&amp;', '&')
  if (!text.includes(m.title)) problems.push(`${f}: title not found in file`)
}

const labels = JSON.parse(read('stories.labels.json'))
const seen = new Set()
for (const [story, members] of Object.entries(labels)) {
  const original = members.find((m) => m.role === 'original')
  if (!original) problems.push(`${story} has no original`)
  for (const m of members) {
    if (seen.has(m.file)) problems.push(`${m.file} is in two stories`)
    seen.add(m.file)
  }
}
for (const doc of [...pages, ...records.keys()]) if (!seen.has(doc)) problems.push(`${doc} has no story label`)

// A reprint must contain every paragraph of the body it repeats (of the story's original, or of the
// independent report it reprints, as 23 reprints 22 in another encoding).
const body = (doc) => records.get(doc) ?? read(doc).replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, '\n')
const paragraphs = (text) => text.split(/\n+/).map((p) => p.trim()).filter((p) => p.split(' ').length > 25)
for (const [story, members] of Object.entries(labels)) {
  for (const m of members.filter((x) => x.role === 'reprint')) {
    const sources = members.filter((x) => x.role === 'original' || x.role === 'independent')
    const text = body(m.file)
    const ok = sources.some((s) => paragraphs(body(s.file)).every((p) => text.includes(p)))
    if (!ok) problems.push(`${story}: ${m.file} is labelled a reprint but does not repeat a source body`)
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(`ok: ${pages.length} pages + ${records.size} feed records, ${Object.keys(labels).length} stories`)
