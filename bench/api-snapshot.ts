// Dumps the answer of every API route over a store, so a change to how `sitrep serve` loads the store can be
// checked to leave every answer byte-identical: run before and after, then compare the files (`cmp`).
// Without a store it ingests the demo corpus (samples/) into a fresh one with the CLI, as `npm start` does
// (`--stories` also runs `sitrep stories --db` between ingest and serve, as `npm start` does).
// Usage: node --import tsx bench/api-snapshot.ts OUT.json [--stories] [STORE]
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApp } from '../src/api/app.ts'
import { openStoreReadModel } from '../src/api/store-read-model.ts'

const args = process.argv.slice(2)
const out = args.find((a) => a.endsWith('.json'))
const withStories = args.includes('--stories')
const given = args.find((a) => a !== out && !a.startsWith('--'))
if (!out) throw new Error('usage: api-snapshot.ts OUT.json [--stories] [STORE]')

const root = fileURLToPath(new URL('..', import.meta.url))
const tmp = given ? null : mkdtempSync(join(tmpdir(), 'sitrep-api-snapshot-'))
const db = given ?? join(tmp!, 'demo.db')
const cli = (...xs: string[]) => execFileSync(process.execPath, [join(root, 'bin/sitrep.js'), ...xs], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
if (!given) {
  cli('ingest', '--db', db, join(root, 'samples'))
  if (withStories) cli('stories', '--db', db)
}

const model = openStoreReadModel(db)
const app = createApp({ model })
const answers: Record<string, unknown> = {}
async function get(url: string): Promise<any> {
  const res = await app.request(url)
  const body = await res.text()
  answers[url] = { status: res.status, type: res.headers.get('content-type'), body }
  return res.ok && res.headers.get('content-type')?.includes('json') ? JSON.parse(body) : null
}

try {
  const meta = await get('/api/meta')
  await get('/api/openapi.json')
  // Every event, page by page, in both views and with each filter the API takes.
  for (const view of ['', '&view=marker']) {
    let cursor: string | null = ''
    do {
      const page: any = await get(`/api/events?limit=7${view}${cursor ? `&cursor=${cursor}` : ''}`)
      cursor = page.next
    } while (cursor)
  }
  const all: any = await get('/api/events?limit=1000')
  const first = meta.dates?.first ?? '2024-11-26'
  const last = meta.dates?.last ?? '2024-12-08'
  const days: string[] = []
  for (let t = Date.parse(first); t <= Date.parse(last); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10))
  for (const d of days) {
    await get(`/api/events?from=${d}&to=${d}&limit=1000`)
    await get(`/api/control?date=${d}`)
    await get(`/api/control?date=${d}&format=contract`)
  }
  for (const q of ['type=battle,strike', 'minSources=2', 'modality=claimed,denied', 'bbox=36,34,37.5,36.5', 'actor=hts', 'from=2024-12-01&to=2024-12-05&type=territory_change']) {
    await get(`/api/events?${q}&limit=1000`)
    await get(`/api/events/days?${q}`)
  }
  await get('/api/events/days')
  for (const e of all.events) await get(`/api/events/${encodeURIComponent(e.id)}`)
  await get('/api/events/fused%3Anope')
  const stories: any = await get('/api/stories')
  for (const s of stories.stories) await get(`/api/stories/${encodeURIComponent(s.id)}`)
  await get('/api/stories/story%3Anope')
  const places: any = await get('/api/places?limit=200')
  await get('/api/places')
  for (const q of ['ham', 'Aleppo', 'dar', 'ḥoms', 'zz-none']) await get(`/api/places?q=${encodeURIComponent(q)}&limit=50`)
  for (const p of places.places) await get(`/api/places/${encodeURIComponent(p.placeId)}`)
  const docs: any = await get('/api/documents')
  for (const d of docs.documents) await get(`/api/documents/${encodeURIComponent(d.id)}`)
  await get('/api/documents/doc%3Anope')
  for (const [place, by, date] of [['Homs', 'hts', '2024-12-07'], ['Hama', 'hts', '2024-12-04'], ['Aleppo', 'sdf', last]]) {
    await get(`/api/whatif?capture=${place}&by=${by}&date=${date}`)
  }
  await get('/api/reference/layers')
  await get('/api/reference')
} finally {
  await model.close()
  if (tmp) rmSync(tmp, { recursive: true, force: true })
}
writeFileSync(out, JSON.stringify(answers, null, 1))
console.log(`wrote ${out}: ${Object.keys(answers).length} answers`)
