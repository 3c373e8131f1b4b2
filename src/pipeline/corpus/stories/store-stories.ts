// Stories of the documents in a store: resumes the saved story index, places documents ingested since, and
// (when asked) saves the memberships back. Shared by `sitrep stories --db` and the API's store read model.
import type { ExtractedDocument, Story } from '../../../core/contract.ts'
import type { Doc, DocId } from '../../../core/types.ts'
import { presentDocument } from '../../present.ts'
import { presentStories } from './build-stories.ts'
import { snapshotFromMemberships, StoryIndex } from './story-index.ts'
import type { Membership } from './story-index.ts'

/** The store methods stories need (src/store/store.ts). */
export interface StoryStore {
  listDocuments(): Promise<readonly { id: DocId }[]>
  getDocument(id: DocId): Promise<Doc | null>
  getStoryMemberships(): Promise<readonly Membership[]>
  saveStoryMemberships(memberships: readonly Membership[]): Promise<void>
}

/** Every stored document in the contract shape, and its stories. `save` writes new memberships back. */
export async function storiesOfStore(store: StoryStore, opts: { save: boolean }): Promise<{ documents: ExtractedDocument[]; stories: Story[] }> {
  const documents: ExtractedDocument[] = []
  for (const summary of await store.listDocuments()) {
    const doc = await store.getDocument(summary.id)
    if (doc) documents.push(presentDocument(doc))
  }
  const stored = await store.getStoryMemberships()
  const index = StoryIndex.restore(snapshotFromMemberships(stored), documents)
  const placed = new Set(stored.map((m) => m.id))
  for (const d of documents) if (!placed.has(d.id)) index.add(d)
  if (opts.save && index.size > stored.length) await store.saveStoryMemberships(index.memberships())
  return { documents, stories: presentStories(documents, index.memberships()) }
}
