// A synthetic corpus of N fused events over Syria and the offensive's 17 days, for API and map benchmarks.
// Deterministic (seeded), so runs compare; no text from any real article.
import type { ExtractedDocument, FusedEvent, Story } from '../src/core/contract.ts'
import { DOCUMENT_SCHEMA, STORY_SCHEMA } from '../src/core/contract.ts'
import { EVENT_TYPES, MODALITIES } from '../src/core/types.ts'
import type { MemoryData } from '../src/api/memory-read-model.ts'
import { fixtureData } from '../test/fixtures/read-model-fixture.ts'

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32 }
}

/** The fixture corpus plus `n` synthetic events in stories of 50, each story with one short document. */
export function syntheticData(n: number, seed = 7): MemoryData {
  const base = fixtureData()
  const r = rng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!
  const documents: ExtractedDocument[] = [...base.documents]
  const stories: Story[] = [...base.stories]
  const sentence = 'Synthetic report used to measure the map and the API.'
  for (let i = 0; i < n; i += 50) {
    const docId = `doc-syn-${i}`
    documents.push({ schema: DOCUMENT_SCHEMA, id: docId, source: `synthetic:${i}`, title: `Synthetic ${i}`, outlet: 'Bench', publishedAt: '2024-12-01',
      publishedAtBasis: 'metadata', language: 'en', text: sentence, removed: [], dates: [], places: [], actors: [], events: [] })
    const events: FusedEvent[] = []
    for (let k = i; k < Math.min(n, i + 50); k++) {
      const lat = 32.5 + r() * 4.7, lon = 35.8 + r() * 6.2
      const day = new Date(Date.parse('2024-11-26') + Math.floor(r() * 17) * 86_400_000).toISOString().slice(0, 10)
      events.push({
        id: `ev-syn-${k}`, type: pick(EVENT_TYPES), actors: [{ actorId: pick(['hts', 'syrian-government', 'sdf']), role: 'initiator' }],
        place: { placeId: `synthetic:${k % 5000}`, name: `Place ${k % 5000}`, lat, lon, precision: 'exact' },
        date: day, dateEnd: null, datePrecision: 'day', dateText: null, modality: pick(MODALITIES), attribution: null, quantities: {},
        evidence: { start: 0, end: sentence.length, text: sentence }, documents: [docId], independentSources: 1 + Math.floor(r() * 4),
        status: pick(['assessed', 'claimed', 'contested'] as const), disagreements: [],
      })
    }
    stories.push({ schema: STORY_SCHEMA, id: `story-syn-${i}`, documents: [{ id: docId, source: `synthetic:${i}`, role: 'original' }], independentSources: 1, origin: null, events })
  }
  // Real stores hold a few events that span years ("fighting since 2017" on the demo corpus); one such event is
  // what makes a date window scan from its start, so the bench carries one too.
  const since2017: FusedEvent = { ...stories[stories.length - 1]!.events[0]!, id: 'ev-syn-since-2017', date: '2017-01-01', dateEnd: '2024-12-10', datePrecision: 'range' }
  stories.push({ schema: STORY_SCHEMA, id: 'story-syn-long', documents: [], independentSources: 1, origin: null, events: [since2017] })
  return { ...base, documents, stories }
}
