// The stories of a store held in memory and kept up to date by what each ingest changed (store-stories.ts
// StoriesChange), for the API's read model: only the stories an ingest touches are assembled again. A story's
// members are its placed documents in the order they were placed, then the other copies of their texts in the order
// they arrived; its events are the fused incidents holding one of its documents, in fusion's order; stories are
// listed in the order their first member was placed — what loadStories gives for the same store.
import type { FusedEvent, Story } from '../../../core/contract.ts'
import { lowerBound } from '../../../core/sorted.ts'
import type { IncidentRecord } from '../../../store/store.ts'
import { storyIdOf, storyOf } from './build-stories.ts'
import type { StoredCopy } from './store-stories.ts'
import { copyMembership, membershipKey, type Membership } from './story-index.ts'

/** Fusion's order of two incidents (of their first members): class, publication key, document, annotation. */
function incidentOrder(a: IncidentRecord, b: IncidentRecord): number {
  if (a.klass !== b.klass) return a.klass - b.klass
  if (a.pubKey !== b.pubKey) return a.pubKey < b.pubKey ? -1 : 1
  if (a.docId !== b.docId) return a.docId < b.docId ? -1 : 1
  return a.annIndex - b.annIndex
}

interface Held {
  readonly placed: Membership[]
  readonly copies: Membership[]
  /** Its incidents in fusion's order. */
  readonly incidents: IncidentRecord[]
  /** Where it stands in the list. */
  readonly at: number
}

/** What one `apply` changed: the fused events gone and added (an incident changed is both). */
export interface StoryEventsChange {
  readonly removed: FusedEvent[]
  readonly added: FusedEvent[]
}

export class LiveStories {
  private readonly held = new Map<number, Held>()
  private readonly storyOfDoc = new Map<string, number>()
  private readonly placedOf = new Map<string, Membership>()
  private readonly keys = new Set<string>()
  private readonly incidents = new Map<string, IncidentRecord>()
  private readonly list: Story[] = []

  /**
   * From the saved state: memberships as allMemberships lists them (the first `placed` are the saved memberships,
   * the rest other copies) and every incident in fusion's order.
   */
  constructor(memberships: readonly Membership[], placed: number, incidents: readonly IncidentRecord[]) {
    memberships.forEach((m, i) => (i < placed ? this.place(m) : this.addCopyOf(m)))
    for (const r of incidents) {
      this.incidents.set(r.incident, r)
      for (const k of this.storiesOf(r.event)) this.held.get(k)!.incidents.push(r)
    }
    for (const k of this.held.keys()) this.present(k)
  }

  /** The stories, in order (read-only: `apply` replaces the stories it changes). */
  stories(): readonly Story[] {
    return this.list
  }

  /** Every fused event, each once. */
  events(): FusedEvent[] {
    return [...this.incidents.values()].map((r) => r.event)
  }

  /**
   * Applies an ingest: the memberships it appended, the copies of the batch's texts (every copy of each, in the order
   * they arrived: those already held are skipped), the incidents it wrote and the keys it removed. `publishedAt`
   * dates a copy that gives no date of its own by its text's document.
   */
  apply(change: {
    memberships: readonly Membership[]; copies: readonly StoredCopy[]; incidents: readonly IncidentRecord[]; removed: readonly string[]
    publishedAt: (docId: string) => string | null
  }): StoryEventsChange {
    const touched = new Set<number>()
    for (const m of change.memberships) touched.add(this.place(m))
    for (const c of change.copies) {
      const twin = this.placedOf.get(c.docId)
      if (!twin || this.keys.has(membershipKey({ id: c.docId, source: c.source }))) continue
      touched.add(this.addCopyOf(copyMembership(twin, { source: c.source, outlet: c.outlet, publishedAt: c.publishedAt ?? change.publishedAt(c.docId) })))
    }
    const out: StoryEventsChange = { removed: [], added: [] }
    for (const key of [...change.removed, ...change.incidents.map((r) => r.incident)]) {
      const old = this.incidents.get(key)
      if (!old) continue
      this.incidents.delete(key)
      out.removed.push(old.event)
      for (const k of this.storiesOf(old.event)) {
        const list = this.held.get(k)!.incidents
        list.splice(list.indexOf(old), 1)
        touched.add(k)
      }
    }
    for (const r of change.incidents) {
      this.incidents.set(r.incident, r)
      out.added.push(r.event)
      for (const k of this.storiesOf(r.event)) {
        const list = this.held.get(k)!.incidents
        list.splice(lowerBound(list.length, (i) => incidentOrder(list[i]!, r) < 0), 0, r)
        touched.add(k)
      }
    }
    for (const k of touched) this.present(k)
    return out
  }

  /** Files a placed document in its story (a new story goes last); returns the story. */
  private place(m: Membership): number {
    let h = this.held.get(m.story)
    if (!h) {
      h = { placed: [], copies: [], incidents: [], at: this.list.length }
      this.held.set(m.story, h)
      this.list.push(undefined as unknown as Story)
    }
    h.placed.push(m)
    this.storyOfDoc.set(m.id, m.story)
    this.placedOf.set(m.id, m)
    this.keys.add(membershipKey(m))
    return m.story
  }

  private addCopyOf(m: Membership): number {
    this.held.get(m.story)!.copies.push(m)
    this.keys.add(membershipKey(m))
    return m.story
  }

  /** The stories holding one of the event's documents. */
  private storiesOf(e: FusedEvent): Set<number> {
    const out = new Set<number>()
    for (const d of e.documents) {
      const k = this.storyOfDoc.get(d)
      if (k !== undefined) out.add(k)
    }
    return out
  }

  private present(k: number): void {
    const h = this.held.get(k)!
    this.list[h.at] = storyOf(storyIdOf(h.placed[0]!.id), [...h.placed, ...h.copies], h.incidents.map((r) => r.event))
  }
}
