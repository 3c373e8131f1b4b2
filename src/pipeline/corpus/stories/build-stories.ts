// Turns documents into the public `sitrep.story/1` objects: assigns each to a story through the index (in the
// order given), reads roles and origin, fuses events across all documents, and lists each story's incidents.
import type { ExtractedDocument, Story } from '../../../core/contract.ts'
import { STORY_SCHEMA } from '../../../core/contract.ts'
import { digest } from '../../../core/ids.ts'
import { fuseEvents } from './fuse.ts'
import { storyRoles } from './roles.ts'
import { membershipKey, StoryIndex, type Membership } from './story-index.ts'

/**
 * Groups `docs` into stories. Two agencies' independent reports of one incident are one story when their
 * texts share vocabulary and an event; when they do not, they stay two stories and the fused event, which
 * fuses across stories, still lists both documents and counts two independent sources.
 */
export function buildStories(docs: readonly ExtractedDocument[], index: StoryIndex = new StoryIndex()): Story[] {
  for (const d of byPublication(docs)) index.add(d)
  return presentStories(docs, index.memberships())
}

/**
 * The documents by publication date (undated last), in the order given within a day: inputs in any order are
 * placed as a stream would have brought them, since the index compares only documents a few days apart.
 */
export function byPublication(docs: readonly ExtractedDocument[]): ExtractedDocument[] {
  return docs.map((d, i) => [d, i] as const)
    .sort(([a, i], [b, j]) => {
      const pa = a.publishedAt ?? '9999'
      const pb = b.publishedAt ?? '9999'
      return pa < pb ? -1 : pa > pb ? 1 : i - j
    })
    .map(([d]) => d)
}

/** Presents memberships (from a fresh run or the store) with the documents they refer to. */
export function presentStories(docs: readonly ExtractedDocument[], memberships: readonly Membership[]): Story[] {
  const byStory = new Map<number, Membership[]>()
  const byDoc = new Map<string, Membership>()
  for (const m of memberships) {
    if (!byDoc.has(m.id)) byDoc.set(m.id, m)
    const s = byStory.get(m.story)
    if (s) s.push(m)
    else byStory.set(m.story, [m])
  }
  const storyId = (ms: readonly Membership[]) => `story:${digest(ms[0]!.id)}`
  const idOfStory = new Map([...byStory].map(([k, ms]) => [k, storyId(ms)]))
  // One copy of each text is enough for fusion: same-id documents are one text and one family.
  const seen = new Set<string>()
  const known = docs.filter((d) => byDoc.has(d.id) && !seen.has(d.id) && seen.add(d.id))
  const fused = fuseEvents(known, (docId) => {
    const m = byDoc.get(docId)!
    return { family: `family:${m.family}`, story: idOfStory.get(m.story)! }
  })
  // Each fused event goes to every story holding one of its documents: one pass, not one scan of all events per story.
  const storiesOfDoc = new Map<string, Set<number>>()
  for (const m of memberships) {
    const s = storiesOfDoc.get(m.id)
    if (s) s.add(m.story)
    else storiesOfDoc.set(m.id, new Set([m.story]))
  }
  const eventsOfStory = new Map<number, typeof fused>()
  for (const f of fused) {
    const stories = new Set(f.documents.flatMap((d) => [...(storiesOfDoc.get(d) ?? [])]))
    for (const k of stories) {
      const list = eventsOfStory.get(k)
      if (list) list.push(f)
      else eventsOfStory.set(k, [f])
    }
  }
  return [...byStory.entries()].map(([k, ms]): Story => {
    const r = storyRoles(ms)
    return {
      schema: STORY_SCHEMA,
      id: idOfStory.get(k)!,
      documents: ms.map((m) => ({ id: m.id, source: m.source, role: r.roles.get(membershipKey(m))! })),
      independentSources: r.independentSources,
      origin: r.origin,
      events: eventsOfStory.get(k) ?? [],
    }
  })
}
