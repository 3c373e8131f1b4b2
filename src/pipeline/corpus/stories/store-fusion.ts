// Fusion against the store: what a full fusion saves (one row per member and per incident, migration 006), and an
// ingest's incremental fusion — load the saved members the new events can reach and their incidents, replay
// (refuse.ts) until no changed incident reaches a member outside the region, present the changed incidents again,
// redo the fighting check for the changes of control those changes can touch, and return the rows to write.
import type { FusedEvent } from '../../../core/contract.ts'
import { annIndex } from '../../../core/ids.ts'
import type { FusionMemberRecord, IncidentRecord, NearProbe } from '../../../store/store.ts'
import { addMember, foughtOver, mayBeFoughtOver, membersOf, newGroup, present, type Incident, type FusionDocument, type Member, type SourceOf } from './fuse.ts'
import { dayNumber } from './fingerprints.ts'
import { classOf, compareOrder, keyOf, reaches, replay, type Placed, type Replayed } from './refuse.ts'
import { publishedOfKey, pubKeyOf } from './pub-key.ts'
import type { StoryStore } from './store-stories.ts'

/** The rows a fusion of everything saves: every member with its incident, every incident. */
export function fusionRecords(fusion: { incidents: readonly Incident[]; members: readonly { member: Member; incident: number | null }[] }): {
  members: FusionMemberRecord[]; incidents: IncidentRecord[]
} {
  const keys = fusion.incidents.map((i) => i.members[0]!.event.id)
  return {
    members: fusion.members.map(({ member, incident }) => toRecord(placedOf(member, incident === null ? null : keys[incident]!))),
    incidents: fusion.incidents.map((i, k) => incidentRecord(keys[k]!, placedOf(i.members[0]!, keys[k]!), i.fused, i.baseStatus)),
  }
}

/** What fusion reads of a document (its events in annotation order, its actor mentions). */
export function fusionDocumentOf(p: FusionDocument): FusionDocument {
  return { id: p.id, publishedAt: p.publishedAt, events: [...p.events].sort((a, b) => annIndex(a.id.slice(p.id.length + 1)) - annIndex(b.id.slice(p.id.length + 1))), actors: p.actors }
}

/**
 * The rows an ingest of `fresh` (documents just placed) changes: members, incidents, incidents gone. `refamilied`
 * gives the stored documents whose family the new ones tied to another (document id → family): their members are
 * written with it and their incidents presented again, since their sources may now count once.
 */
export async function fuseIncrementally(store: StoryStore, fresh: readonly FusionDocument[], sourceOf: (docId: string) => SourceOf,
  refamilied: ReadonlyMap<string, string> = new Map()): Promise<{ members: FusionMemberRecord[]; incidents: IncidentRecord[]; removed: string[] }> {
  const region = new Map<string, Placed>()
  for (const doc of fresh) for (const m of membersOf(doc, sourceOf(doc.id))) region.set(m.event.id, placedOf(m, null))
  if (region.size === 0 && refamilied.size === 0) return { members: [], incidents: [], removed: [] }
  const saved = new Map<string, Placed>()
  const probed = new Set<string>()
  const loaded = new Set<string>()
  const keep = (records: readonly FusionMemberRecord[]) => {
    for (const r of records) {
      const p = fromRecord(refamilied.has(r.docId) ? { ...r, family: refamilied.get(r.docId)! } : r)
      if (!saved.has(keyOf(p))) saved.set(keyOf(p), p)
    }
  }
  // Family changes move no member (fusion's fit reads no family), but the incidents holding one count again.
  const retold = await store.fusionMembersOfDocuments([...refamilied.keys()])
  keep(retold)
  const recounted = new Set(retold.flatMap((r) => (r.incident === null ? [] : [r.incident])))
  for (const i of recounted) loaded.add(i)
  keep(await store.fusionMembersOf([...recounted]))
  for (;;) {
    // What the region can reach, and every member of the incidents those belong to.
    const toProbe = [...region.values()].filter((p) => !probed.has(keyOf(p)))
    for (const p of toProbe) probed.add(keyOf(p))
    keep(await store.fusionMembersNear(toProbe.map((p) => probeOf(p.member))))
    const incidents = [...new Set([...saved.values()].flatMap((p) => (p.incident !== null && !loaded.has(p.incident) ? [p.incident] : [])))]
    for (const i of incidents) loaded.add(i)
    keep(await store.fusionMembersOf(incidents))
    const result = replay([...region.values()], saved)
    // Saved members outside the region that a changed incident now reaches must be decided again too.
    const changed = [...result.changed].map(([inc, first]) => ({
      inc, first, type: (saved.get(inc) ?? region.get(inc))!.member.event.type,
      members: [...(result.incidents.get(inc) ?? []), ...[...saved.values()].filter((p) => p.incident === inc)],
    }))
    // (A member's neighbourhood is read once: the store does not change while this runs.)
    const around = [...new Map(changed.flatMap((c) => c.members).map((p) => [keyOf(p), p])).values()].filter((p) => !probed.has(keyOf(p)))
    for (const p of around) probed.add(keyOf(p))
    keep(await store.fusionMembersNear(around.map((p) => probeOf(p.member))))
    let grew = false
    for (const p of saved.values()) {
      if (region.has(keyOf(p))) continue
      if (changed.some((c) => reaches(p, c.type, c.first, c.members))) {
        region.set(keyOf(p), p)
        grew = true
      }
    }
    if (!grew) return await written(store, result, saved, region, recounted, retold.map((r) => r.event.id))
  }
}

/**
 * Presents the changed incidents and the `recounted` ones (whose members' families changed: `retold`, by event id),
 * redoes the fighting check they can move, and gives the rows to write.
 */
async function written(store: StoryStore, result: Replayed, saved: ReadonlyMap<string, Placed>, region: ReadonlyMap<string, Placed>,
  recounted: ReadonlySet<string>, retold: readonly string[]) {
  const changed = new Set([...result.changed.keys(), ...recounted])
  const changedKeys = [...changed]
  const before = new Map((await store.incidentsOf(changedKeys)).map((r) => [r.incident, r]))
  const removed: string[] = []
  const now = new Map<string, IncidentRecord>()
  for (const inc of changedKeys) {
    const final = result.incidents.get(inc) ?? [...saved.values()].filter((p) => p.incident === inc).sort(compareOrder)
    if (final.length === 0) {
      if (before.has(inc)) removed.push(inc)
      continue
    }
    const g = newGroup((saved.get(inc) ?? region.get(inc))!.member.event.type)
    for (const p of final) addMember(g, p.member)
    const fused = present(g)
    now.set(inc, incidentRecord(inc, final[0]!, fused, fused.status))
  }
  // A claimed change of control is contested by a battle at its place and days: redo that check for changed
  // changes of control, and for saved ones near a battle that changed (its old or new version).
  const battles = [...before.values(), ...now.values()].filter((r) => r.event.type === 'battle')
  const nearBattles = battles.length === 0 ? [] : await store.incidentsNear('territory_change', battles.map((b) => fusedProbe(b.event)))
  const recheck = [...now.values()].filter((r) => r.event.type === 'territory_change')
  for (const r of nearBattles) if (!changed.has(r.incident)) recheck.push(r)
  const updated: IncidentRecord[] = []
  for (const r of recheck) {
    const base: FusedEvent = { ...r.event, status: r.baseStatus }
    let status = r.baseStatus
    if (mayBeFoughtOver(base)) {
      const around = (await store.incidentsNear('battle', [fusedProbe(base)])).filter((b) => !changed.has(b.incident)).map((b) => b.event)
      const changedBattles = [...now.values()].filter((b) => b.event.type === 'battle').map((b) => b.event)
      if ([...around, ...changedBattles].some((b) => foughtOver(base, b))) status = 'contested'
    }
    if (now.has(r.incident)) now.set(r.incident, { ...r, event: { ...r.event, status } })
    else if (status !== r.event.status) updated.push({ ...r, event: { ...r.event, status } })
  }
  const inRegion = new Set(result.region.map(keyOf))
  const refiled = retold.flatMap((k) => (inRegion.has(k) ? [] : [saved.get(k)!]))
  return { members: [...result.region, ...refiled].map(toRecord), incidents: [...now.values(), ...updated], removed }
}

function placedOf(member: Member, incident: string | null): Placed {
  const annId = member.event.id.slice(member.doc.id.length + 1)
  return { member, klass: classOf(member.event), pubKey: pubKeyOf(member.doc.publishedAt), annIndex: annIndex(annId), incident }
}

function toRecord(p: Placed): FusionMemberRecord {
  const m = p.member
  return {
    docId: m.doc.id, annId: m.event.id.slice(m.doc.id.length + 1), klass: p.klass, pubKey: p.pubKey, annIndex: p.annIndex,
    story: m.source.story, family: m.source.family, day: m.day, event: m.event, speaker: m.speaker, incident: p.incident,
    outlet: m.source.outlet ?? null,
  }
}

/** A saved member as fusion reads it: its document stands in by id and date (fit and presentation need no more). */
function fromRecord(r: FusionMemberRecord): Placed {
  const member: Member = {
    event: r.event, doc: { id: r.docId, publishedAt: publishedOfKey(r.pubKey), events: [], actors: [] },
    source: { family: r.family, story: r.story, outlet: r.outlet }, day: r.day, speaker: r.speaker,
  }
  return { member, klass: r.klass, pubKey: r.pubKey, annIndex: r.annIndex, incident: r.incident }
}

function incidentRecord(incident: string, first: Placed, event: FusedEvent, baseStatus: FusedEvent['status']): IncidentRecord {
  return { incident, klass: first.klass, pubKey: first.pubKey, docId: first.member.doc.id, annIndex: first.annIndex, event, baseStatus }
}

function probeOf(m: Member): NearProbe {
  return { day: m.day, story: m.source.story, place: m.event.place }
}

function fusedProbe(f: FusedEvent): NearProbe {
  return { day: dayNumber(f.date), story: null, place: f.place }
}
