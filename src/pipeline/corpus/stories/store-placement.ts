// Story placement against the store, for an ingest into a store whose saved state is current: the new documents'
// candidates come from the keys the index filed (story_keys: the last bucketCap documents under each key inside the
// window), their features and memberships from story_features and story_documents, and only the stories of those
// candidates are read. The index resumed from them (StoryIndex.resume) places the new documents where the whole
// index would; what they are filed under is saved for the next ingest, and what fell out of the window is dropped.
import type { ExtractedDocument } from '../../../core/contract.ts'
import type { DocId } from '../../../core/types.ts'
import type { FiledRow } from '../../../store/store.ts'
import { presentDocument } from '../../present.ts'
import { sourcesOf } from './build-stories.ts'
import { decodeFeatures, encodeFeatures } from './features-codec.ts'
import { docFeatures, type DocFeatures } from './fingerprints.ts'
import type { SourceOf } from './fuse.ts'
import { familyRoots } from '../../../core/family-roots.ts'
import { DEFAULT_OPTIONS, lookupKeys, StoryIndex, type Membership } from './story-index.ts'
import type { StoryStore } from './store-stories.ts'

/** The documents placed now (in placement order) with their memberships, and each one's family and story. */
export interface Placement {
  readonly documents: readonly ExtractedDocument[]
  readonly memberships: readonly Membership[]
  readonly sourceOf: (docId: string) => SourceOf
  /** Documents placed before whose family now counts as another's (a new text tied their origins): id → family. */
  readonly refamilied: ReadonlyMap<string, string>
}

/** Places the store's unplaced documents, saves their memberships and files them; reads only what they can meet. */
export async function placeIncrementally(store: StoryStore): Promise<Placement> {
  const unplaced = await store.unplacedDocuments()
  if (unplaced.length === 0) return { documents: [], memberships: [], sourceOf: () => { throw new Error('no document placed') }, refamilied: new Map() }
  const arrival = new Map(unplaced.map((d) => [d.id as string, d.arrival]))
  // By publication date (undated last), then arrival: as placeNew orders a batch.
  const docs = (await store.getDocuments(unplaced.map((d) => d.id))).map(presentDocument).sort((a, b) => {
    const pa = a.publishedAt ?? '9999'
    const pb = b.publishedAt ?? '9999'
    return pa < pb ? -1 : pa > pb ? 1 : arrival.get(a.id)! - arrival.get(b.id)!
  })
  const features = new Map<string, DocFeatures>(docs.map((d) => [d.id, docFeatures(d)]))
  const size = await store.storyIndexSize()
  const options = DEFAULT_OPTIONS
  // Documents filed before the window of the newest day are never compared again; the index's first sweep drops them.
  // (No document filed: nothing to find, whatever the bound; an integer column takes this one on every database.)
  const fromDay = size.newestDay === null ? -(2 ** 31) : size.newestDay - options.windowDays
  const hits = await store.storyKeyHits(docs.flatMap((d) => lookupKeys(features.get(d.id)!, false)), fromDay, options.bucketCap)
  const filed = await store.filedDocuments(hits.map((h) => h.seq))
  const members = await store.storyMembers(filed.map((f) => f.membership.story))
  const rootBefore = familyRoots(members)
  const knownFamilies = new Map<number, { family: number; story: number; wire: string | null; root: number }>()
  for (const m of members) {
    const f = knownFamilies.get(m.family)
    if (!f) knownFamilies.set(m.family, { family: m.family, story: m.story, wire: m.wire, root: rootBefore(m.family) })
    else if (f.wire === null && m.wire) f.wire = m.wire
  }
  const index = StoryIndex.resume({
    options, size: size.size, stories: size.stories, familyCount: size.families,
    watermark: size.newestDay ?? Number.NEGATIVE_INFINITY, knownFamilies: [...knownFamilies.values()],
    documents: filed.map((f) => ({ seq: f.seq, membership: f.membership, day: f.day, features: decodeFeatures(f.features) })),
  })
  for (const d of docs) index.add(d, features.get(d.id))
  const placed = index.memberships().slice(size.size)
  await store.appendStoryMemberships(placed)
  await fileIndex(store, index, size.size, false)
  // A story's id comes from its first member: the stored stories' members first, in order, then the new ones.
  const all = [...members, ...placed]
  const rootAfter = familyRoots(all)
  const refamilied = new Map(members.filter((m) => rootAfter(m.family) !== rootBefore(m.family)).map((m) => [m.id, `family:${rootAfter(m.family)}`]))
  return { documents: docs, memberships: placed, sourceOf: sourcesOf(all), refamilied }
}

/** Files the index's documents from `from` on that are still in its window, and drops what fell out of it. */
export async function fileIndex(store: StoryStore, index: StoryIndex, from: number, replace: boolean): Promise<void> {
  const rows: FiledRow[] = index.filed(from).map((f) => ({ seq: f.seq, docId: f.id as DocId, day: f.day, keys: f.keys, features: encodeFeatures(f.features) }))
  const newest = index.newestDay
  await store.fileStoryDocuments(rows, Number.isFinite(newest) ? newest - index.options.windowDays : -(2 ** 31), replace)
}
