// Stories of the documents in a store: resumes the saved story index, places documents ingested since, and
// (when asked) saves the memberships back. Shared by `sitrep stories --db` and the API's store read model.
import type { ExtractedDocument, Story } from '../../../core/contract.ts'
import type { Doc, DocId } from '../../../core/types.ts'
import { presentDocument } from '../../present.ts'
import { presentStories } from './build-stories.ts'
import { membershipKey, snapshotFromMemberships, StoryIndex } from './story-index.ts'
import type { Membership } from './story-index.ts'

/** One copy of a stored text (src/store/store.ts DocumentSource). */
export interface StoredCopy {
  readonly docId: DocId
  readonly source: string
  readonly outlet: string | null
  readonly publishedAt: string | null
}

/** The store methods stories need (src/store/store.ts). */
export interface StoryStore {
  listDocuments(): Promise<readonly { id: DocId }[]>
  getDocuments(ids: readonly DocId[]): Promise<Doc[]>
  getDocumentSources(): Promise<readonly StoredCopy[]>
  getStoryMemberships(): Promise<readonly Membership[]>
  saveStoryMemberships(memberships: readonly Membership[]): Promise<void>
}

/** Every stored document in the contract shape, and its stories. `save` writes new memberships back. */
export async function storiesOfStore(store: StoryStore, opts: { save: boolean }): Promise<{ documents: ExtractedDocument[]; stories: Story[] }> {
  const ids = (await store.listDocuments()).map((d) => d.id)
  const documents = (await store.getDocuments(ids)).map(presentDocument)
  const stored = await store.getStoryMemberships()
  const index = StoryIndex.restore(snapshotFromMemberships(stored), documents)
  const placed = new Set(stored.map((m) => m.id))
  const copies = await store.getDocumentSources()
  // Documents not placed yet go in by publication date, then in the order they arrived: a batch ingested in any
  // order is placed as a stream would have brought it (the index compares only documents days apart).
  const arrival = new Map<string, number>()
  copies.forEach((c, i) => { if (!arrival.has(c.docId)) arrival.set(c.docId, i) })
  const fresh = documents.filter((d) => !placed.has(d.id)).sort((a, b) => {
    const pa = a.publishedAt ?? '9999'
    const pb = b.publishedAt ?? '9999'
    return pa < pb ? -1 : pa > pb ? 1 : (arrival.get(a.id) ?? 0) - (arrival.get(b.id) ?? 0)
  })
  for (const d of fresh) index.add(d)
  // Other outlets' copies of a stored text (an exact reprint has the same id): each joins its text's story as a
  // reprint and its family, so it is listed but counts as no extra source. Memberships follow from the copies,
  // so only the first copy's is saved.
  // A copy already placed (most often the text's own first copy) is skipped here: the index would return its
  // membership, but only after computing the copy's text features again (every text was featured twice).
  const byId = new Map(documents.map((d) => [d.id, d]))
  const known = new Set([...stored.map(membershipKey), ...fresh.map(membershipKey)])
  for (const c of copies) {
    const d = byId.get(c.docId)
    if (!d || known.has(membershipKey({ id: d.id, source: c.source }))) continue
    index.add({ ...d, source: c.source, outlet: c.outlet, publishedAt: c.publishedAt ?? d.publishedAt })
    known.add(membershipKey({ id: d.id, source: c.source }))
  }
  if (opts.save && fresh.length > 0) await store.saveStoryMemberships(index.memberships())
  return { documents, stories: presentStories(documents, index.memberships()) }
}
