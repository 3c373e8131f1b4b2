// Turns documents into the public `sitrep.story/1` objects: assigns each to a story through the index (in the
// order given), reads roles and origin, fuses events across all documents, and lists each story's incidents.
import type { ExtractedDocument, FusedEvent, Story } from '../../../core/contract.ts'
import { STORY_SCHEMA } from '../../../core/contract.ts'
import { digest } from '../../../core/ids.ts'
import { fuseEvents, type FusionDocument, type SourceOf } from './fuse.ts'
import { storyRoles } from './roles.ts'
import { familyRoots } from '../../../core/family-roots.ts'
import { membershipKey, outletKey, StoryIndex, type Membership } from './story-index.ts'

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
  return assembleStories(memberships, fuseStories(docs, memberships))
}

/** Ids of the stories, by story number: named after their first member. */
function storyIds(memberships: readonly Pick<Membership, 'id' | 'story'>[]): Map<number, string> {
  const ids = new Map<number, string>()
  for (const m of memberships) if (!ids.has(m.story)) ids.set(m.story, storyIdOf(m.id))
  return ids
}

/** A story is named after its first member. */
export function storyIdOf(firstMemberId: string): string {
  return `story:${digest(firstMemberId)}`
}

/** Fuses the events of the placed documents (in the order given), each document counted in its family and story. */
export function fuseStories(docs: readonly FusionDocument[], memberships: readonly Membership[]): FusedEvent[] {
  return fuseEvents(knownDocuments(docs, memberships), sourcesOf(memberships))
}

/** The placed documents among `docs`, each id once: same-id documents are one text and one family. */
export function knownDocuments<D extends FusionDocument>(docs: readonly D[], memberships: readonly Membership[]): D[] {
  const placed = new Set(memberships.map((m) => m.id))
  const seen = new Set<string>()
  return docs.filter((d) => placed.has(d.id) && !seen.has(d.id) && seen.add(d.id))
}

/** What sourcesOf reads of a membership: the outlet fields only where the caller has them (see ownOutlet). */
type SourceFields = Pick<Membership, 'id' | 'story' | 'family' | 'joins'> & Partial<Pick<Membership, 'outlet' | 'relation' | 'wire' | 'outletIsWire'>>

/**
 * Each placed document's family and story, as fusion counts them (its first membership): the family is its root,
 * so two families a later text tied to one origin count once; and the outlet it is the own report of (ownOutlet).
 */
export function sourcesOf(memberships: readonly SourceFields[]): (docId: string) => SourceOf {
  const byDoc = new Map<string, SourceFields>()
  for (const m of memberships) if (!byDoc.has(m.id)) byDoc.set(m.id, m)
  const idOfStory = storyIds(memberships)
  const root = familyRoots(memberships)
  return (docId) => {
    const m = byDoc.get(docId)!
    return { family: `family:${root(m.family)}`, story: idOfStory.get(m.story)!, outlet: ownOutlet(m) }
  }
}

/**
 * The outlet whose own report a placed document is, or null: not a reprint or rewrite of another text, and not a
 * text tracing to a wire other than its outlet (an aggregator's copy of an agency report with its dateline is the
 * agency's report). Fusion counts an outlet's own reports of one incident once, in whatever stories they fell.
 */
export function ownOutlet(m: Partial<Pick<Membership, 'outlet' | 'relation' | 'wire' | 'outletIsWire'>>): string | null {
  if (m.relation !== 'none' && m.relation !== 'related') return null
  if (m.wire && !m.outletIsWire) return null
  return outletKey(m.outlet ?? null)
}

/**
 * The stories of `memberships` with their roles and sources, each listing the fused events (in fusion order)
 * that hold one of its documents. Needs no document: the store loads stories from memberships and stored events.
 */
export function assembleStories(memberships: readonly Membership[], fused: readonly FusedEvent[]): Story[] {
  const byStory = new Map<number, Membership[]>()
  for (const m of memberships) {
    const s = byStory.get(m.story)
    if (s) s.push(m)
    else byStory.set(m.story, [m])
  }
  const idOfStory = storyIds(memberships)
  // Each fused event goes to every story holding one of its documents: one pass, not one scan of all events per story.
  const storiesOfDoc = new Map<string, Set<number>>()
  for (const m of memberships) {
    const s = storiesOfDoc.get(m.id)
    if (s) s.add(m.story)
    else storiesOfDoc.set(m.id, new Set([m.story]))
  }
  const eventsOfStory = new Map<number, FusedEvent[]>()
  for (const f of fused) {
    const stories = new Set(f.documents.flatMap((d) => [...(storiesOfDoc.get(d) ?? [])]))
    for (const k of stories) {
      const list = eventsOfStory.get(k)
      if (list) list.push(f)
      else eventsOfStory.set(k, [f])
    }
  }
  return [...byStory.entries()].map(([k, ms]) => storyOf(idOfStory.get(k)!, ms, eventsOfStory.get(k) ?? []))
}

/** One story: its members (placed documents in order, then other copies), their roles and sources, its fused events. */
export function storyOf(id: string, ms: readonly Membership[], events: FusedEvent[]): Story {
  const r = storyRoles(ms)
  return {
    schema: STORY_SCHEMA,
    id,
    documents: ms.map((m) => ({ id: m.id, source: m.source, role: r.roles.get(membershipKey(m))! })),
    independentSources: r.independentSources,
    origin: r.origin,
    events,
  }
}
