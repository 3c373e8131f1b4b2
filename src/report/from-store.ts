// The stored documents a report reads, in the order ingest placed them in stories. The report works its stories out
// again from the documents published by its cutoff; placement is a stream (a document joins what came before it),
// so only the store's own order gives the stories, families and source counts that `sitrep stories` shows.
import type { Doc } from '../core/types.ts'
import type { Store } from '../store/store.ts'

/** Every stored document: those placed in stories in placement order, then any not placed, in the store's order. */
export async function documentsInPlacementOrder(store: Pick<Store, 'listDocuments' | 'getDocuments' | 'getStoryMemberships'>): Promise<Doc[]> {
  const docs = await store.getDocuments((await store.listDocuments()).map((s) => s.id))
  const position = new Map<string, number>()
  for (const m of await store.getStoryMemberships()) if (!position.has(m.id)) position.set(m.id, position.size)
  const at = (d: Doc) => position.get(d.id) ?? Number.POSITIVE_INFINITY
  return docs.map((d, i) => [d, i] as const).sort(([a, i], [b, j]) => at(a) - at(b) || i - j).map(([d]) => d)
}
