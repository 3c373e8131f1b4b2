// Documents for the store benches: invented words (so story detection sees unrelated reports, as most of a real feed
// is), five events each over Syria and the offensive's 17 days, from a seeded generator so runs compare.
import { EVENT_TYPES, type EventType } from '../src/core/types.ts'
import { loadStories } from '../src/pipeline/corpus/stories/store-stories.ts'
import { fixtureDoc, type EventSpec } from '../src/store/store.contract.ts'
import { openSqliteStore } from '../src/store/sqlite.ts'

export function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32 }
}

const SYLLABLES = ['ka', 'lo', 'mir', 'tes', 'vu', 'ran', 'do', 'shi', 'pel', 'gor', 'an', 'zet', 'bu', 'rik', 'mo', 'ul']

/** Events per bench document. */
export const PER_DOC = 5

/** One bench document: "`label`: " and 40 invented words, `PER_DOC` events at random places and days, published 2024-12-01. */
export function benchDocument(r: () => number, label: string) {
  // Events first, then the text: the order the cached bench stores were drawn in.
  const events: EventSpec[] = Array.from({ length: PER_DOC }, () => ({
    type: EVENT_TYPES[Math.floor(r() * EVENT_TYPES.length)] as EventType,
    date: new Date(Date.parse('2024-11-26') + Math.floor(r() * 17) * 86_400_000).toISOString().slice(0, 10),
    at: { id: `theater:p${Math.floor(r() * 5000)}`, lat: 32.5 + r() * 4.7, lon: 35.8 + r() * 6.2 },
  }))
  const word = () => Array.from({ length: 2 + Math.floor(r() * 2) }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join('')
  const text = `${label}: ${Array.from({ length: 40 }, word).join(' ')}.`
  return fixtureDoc(text, events, '2024-12-01')
}

/**
 * Brings a bench store's saved stories and fused events up to date, as the first reader of an older store does:
 * what was out of date (null if nothing) and the wall time it took.
 */
export async function bringStoriesUpToDate(db: string): Promise<{ why: string | null; seconds: number }> {
  const store = await openSqliteStore(db)
  const t0 = performance.now()
  let why: string | null = null
  try {
    await loadStories(store, { save: true, onRebuild: (w) => { why = w } })
  } finally {
    await store.close()
  }
  return { why, seconds: (performance.now() - t0) / 1000 }
}
