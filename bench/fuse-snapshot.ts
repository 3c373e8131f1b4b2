// Dumps fused events as JSON, so a change to fusion's speed can be checked to leave its output byte-identical:
// run before and after, then compare the files (`cmp`). Covers the stories eval corpus, the demo corpus
// (samples/), a dense random corpus with every modality, precision and missing place or date, and (when given)
// a bench store built by bench/api-store.ts.
// Usage: node --import tsx bench/fuse-snapshot.ts OUT.json [STORE.db]
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ContractEvent, ExtractedDocument } from '../src/core/contract.ts'
import { DOCUMENT_SCHEMA } from '../src/core/contract.ts'
import { EVENT_TYPES, MODALITIES } from '../src/core/types.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import { presentDocument } from '../src/pipeline/present.ts'
import { runPipeline } from '../src/pipeline/run.ts'
import { buildStories } from '../src/pipeline/corpus/stories/build-stories.ts'
import { fuseIncidents } from '../src/pipeline/corpus/stories/fuse.ts'
import { StoryIndex } from '../src/pipeline/corpus/stories/story-index.ts'
import { refreshStories } from '../src/pipeline/corpus/stories/store-stories.ts'
import { openSqliteStore } from '../src/store/sqlite.ts'
import { loadCorpus } from '../eval/stories/load.ts'
import { loadSamples } from '../eval/stories/samples.ts'

const [out, storePath] = process.argv.slice(2)
if (!out) throw new Error('usage: fuse-snapshot.ts OUT.json [STORE.db]')
const snapshot: Record<string, unknown> = {}

// The stories eval corpus, fused as the eval fuses it, and as stories.
const { documents } = loadCorpus(fileURLToPath(new URL('../eval/stories/corpus.json', import.meta.url)))
const index = new StoryIndex()
for (const d of documents) index.add(d)
const byId = new Map(index.memberships().map((m) => [m.id, m]))
snapshot.evalFused = fuseIncidents(documents, (id) => ({ family: `family:${byId.get(id)!.family}`, story: `story:${byId.get(id)!.story}` }))
snapshot.evalStories = buildStories(documents)

// The demo corpus through today's extractor.
const { records } = loadSamples(fileURLToPath(new URL('../samples', import.meta.url)))
const ctx = defaultContext()
const samples = [...records.keys()].sort().map((k) => presentDocument(runPipeline(records.get(k)!, ctx)))
snapshot.samplesStories = buildStories(samples)

// Dense random corpora: many events per type and day in a small area, so most comparisons are near misses.
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32 }
}
function randomCorpus(seed: number, nDocs: number, spreadDeg: number, lat0 = 35, lon0 = 37): { docs: ExtractedDocument[]; sourceOf: (id: string) => { family: string; story: string } } {
  const r = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
  const places = Array.from({ length: 300 }, (_, i) => ({ placeId: `p${i}`, name: `P${i}`, lat: lat0 + r() * spreadDeg, lon: lon0 + r() * spreadDeg }))
  const types = EVENT_TYPES.slice(0, 5).concat(['denial'])
  const docs: ExtractedDocument[] = []
  const src = new Map<string, { family: string; story: string }>()
  for (let d = 0; d < nDocs; d++) {
    const id = `doc${d}`
    const day = Math.floor(r() * 6)
    const publishedAt = r() < 0.05 ? null : `2024-12-0${1 + day}`
    const events: ContractEvent[] = Array.from({ length: 1 + Math.floor(r() * 5) }, (_, k) => {
      const p = pick(places)
      const u = r()
      const precision = u < 0.4 ? 'exact' : u < 0.7 ? 'near' : u < 0.85 ? 'region' : 'country'
      const dateRoll = r()
      const date = dateRoll < 0.1 ? null : dateRoll < 0.15 ? 'garbage' : `2024-12-0${1 + Math.max(0, Math.min(8, day + Math.floor(r() * 3) - 1))}`
      const actors = Array.from({ length: Math.floor(r() * 3) }, (_, j) => ({ actorId: pick(['a', 'b', 'c', 'd']), role: j === 0 ? pick(['initiator', 'target'] as const) : 'target' as const }))
      return {
        id: `${id}/e${k}`, type: pick(types), actors, place: r() < 0.15 ? null : { ...p, lat: p.lat + r() * 0.05, lon: p.lon, precision },
        date, dateEnd: null, datePrecision: date ? 'day' : null, dateText: null, modality: pick(MODALITIES),
        attribution: r() < 0.2 ? 'a said' : null, quantities: (r() < 0.5 ? { killed: Math.floor(r() * 4) } : {}) as Record<string, number>,
        evidence: { start: 0, end: 1, text: 'x' },
      }
    })
    docs.push({ schema: DOCUMENT_SCHEMA, id, source: `s:${id}`, title: null, outlet: null, publishedAt, publishedAtBasis: publishedAt ? 'metadata' : null,
      language: 'en', text: 'x', removed: [], dates: [], places: [], actors: [{ text: 'a', actorId: 'a' } as never], events })
    src.set(id, { family: `f${Math.floor(r() * nDocs / 2)}`, story: `s${Math.floor(r() * nDocs / 4)}` })
  }
  return { docs, sourceOf: (id) => src.get(id)! }
}
// The last two sit on the pole and the date line, some points off the globe, where the map index scans widely.
for (const [seed, n, spread, lat0, lon0] of [[1, 400, 0.3, 35, 37], [2, 1500, 1, 35, 37], [3, 1500, 6, 35, 37], [4, 600, 4, 88, 178], [5, 600, 1.5, -10, -180.5]] as const) {
  const { docs, sourceOf } = randomCorpus(seed, n, spread, lat0, lon0)
  snapshot[`random${seed}`] = fuseIncidents(docs, sourceOf)
}

if (storePath) {
  const store = await openSqliteStore(storePath)
  try {
    // Worked out again (not loaded as saved), so the snapshot shows what fusion makes of the store today.
    snapshot.store = await refreshStories(store, { save: false })
  } finally {
    await store.close()
  }
}
writeFileSync(out, JSON.stringify(snapshot))
console.log(`wrote ${out}: ${Object.entries(snapshot).map(([k, v]) => `${k} ${(v as unknown[]).length}`).join(', ')}`)
