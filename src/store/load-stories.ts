// Stories from the store: resumes the story index from saved memberships, places documents ingested since,
// saves the memberships back, and presents the stories. Shared by `sitrep stories --db`, export and report.
import type { ExtractedDocument, Story } from '../core/contract.ts'
import { presentStories } from '../pipeline/corpus/stories/build-stories.ts'
import { snapshotFromMemberships, StoryIndex } from '../pipeline/corpus/stories/story-index.ts'
import { presentDocument } from '../pipeline/present.ts'
import type { Store } from './store.ts'

export interface StoredStories {
  readonly docs: readonly ExtractedDocument[]
  readonly stories: readonly Story[]
}

/** Every stored document (as the public contract) and every story, memberships brought up to date. */
export async function loadStories(store: Store): Promise<StoredStories> {
  const docs: ExtractedDocument[] = []
  for (const summary of await store.listDocuments()) {
    const doc = await store.getDocument(summary.id)
    if (doc) docs.push(presentDocument(doc))
  }
  const stored = await store.getStoryMemberships()
  const index = StoryIndex.restore(snapshotFromMemberships(stored), docs)
  const placed = new Set(stored.map((m) => m.id))
  for (const d of docs) if (!placed.has(d.id)) index.add(d)
  if (index.size > stored.length) await store.saveStoryMemberships(index.memberships())
  return { docs, stories: presentStories(docs, index.memberships()) }
}
