// Incremental fusion: replays fusion (fuse.ts fuseAll) for a region of its members against the incidents saved
// by the last run, so an ingest costs what its new events can reach, not the store. Fusion is greedy in a fixed
// order (reports, denials, background; then publication key, document id, annotation): each member joins the best
// incident open at its turn among those with a member within a day, of its type and at a place it may share. A
// member's choice can differ from the saved one only if one of those incidents differs at its turn; so replaying
// the new members, and every saved member that comes after a changed incident's first change and can reach it,
// gives exactly what fusing everything again gives. The caller grows the region until no changed incident reaches
// a member outside it (`reaches`), loading what the region needs from the store.
import type { ContractEvent } from '../../../core/contract.ts'
import { addMember, bestFit, memberClass, newGroup, placeDistance, type Group, type Member } from './fuse.ts'

/** A member with its place in fusion's order and the incident (its first member's event id) it joined. */
export interface Placed {
  readonly member: Member
  readonly klass: 0 | 1 | 2
  /** The document's publication key (pub-key.ts pubKeyOf: the date, or a key after every date) and the event's annotation index. */
  readonly pubKey: string
  readonly annIndex: number
  readonly incident: string | null
}

/** Fusion's order of two members. */
export function compareOrder(a: Placed, b: Placed): number {
  if (a.klass !== b.klass) return a.klass - b.klass
  if (a.pubKey !== b.pubKey) return a.pubKey < b.pubKey ? -1 : 1
  const da = a.member.doc.id
  const db = b.member.doc.id
  if (da !== db) return da < db ? -1 : 1
  return a.annIndex - b.annIndex
}

export const keyOf = (p: Placed): string => p.member.event.id

/** Whether a member of type `type` looks for incidents of type `incidentType` (a denial answers any other type). */
export function probes(type: ContractEvent['type'], incidentType: ContractEvent['type']): boolean {
  return type === 'denial' ? incidentType !== 'denial' : type === incidentType
}

/** Whether `a` and `b` are within a day of each other and at places they may share (what fusion's index visits). */
export function near(a: Member, b: Member): boolean {
  if (a.day !== null && b.day !== null && Math.abs(a.day - b.day) > 1) return false
  return placeDistance(a.event, b.event, a.source.story === b.source.story) < Number.POSITIVE_INFINITY
}

/** What a replay decided. */
export interface Replayed {
  /** Final members of every incident the region touched (an empty list: the incident is gone), in fusion's order. */
  readonly incidents: ReadonlyMap<string, readonly Placed[]>
  /** Incidents whose members differ from the saved ones, with the first member in fusion's order that differs. */
  readonly changed: ReadonlyMap<string, Placed>
  /** Every member of the region with its incident now. */
  readonly region: readonly Placed[]
}

/**
 * Replays fusion for `region` (new members and saved ones to decide again) over `saved`: every saved member the
 * region can reach, with every member of those members' incidents (all of an incident is needed: its head,
 * parties and documents decide a fit). Saved members outside the region keep their incident.
 */
export function replay(region: readonly Placed[], saved: ReadonlyMap<string, Placed>): Replayed {
  const inRegion = new Set(region.map(keyOf))
  const now = new Map<string, Placed>()
  // Members of each incident in fusion's order: saved ones outside the region now, region members as decided.
  const lists = new Map<string, Placed[]>()
  const put = (p: Placed) => {
    if (p.incident === null) return
    const list = lists.get(p.incident)
    if (list) list.push(p)
    else lists.set(p.incident, [p])
  }
  for (const p of saved.values()) if (!inRegion.has(keyOf(p))) put(p)
  for (const list of lists.values()) list.sort(compareOrder)
  // The members the region looks at, by day: saved ones outside it, and region members once decided.
  const visible = new Map<number | null, Placed[]>()
  const see = (p: Placed) => {
    const list = visible.get(p.member.day)
    if (list) list.push(p)
    else visible.set(p.member.day, [p])
  }
  for (const p of saved.values()) if (!inRegion.has(keyOf(p)) && p.incident !== null) see(p)
  const within = (day: number | null): Placed[] => (day === null
    ? [...visible.values()].flat()
    : [day - 1, day, day + 1, null].flatMap((d) => visible.get(d) ?? []))
  const typeOf = (incident: string) => (saved.get(incident) ?? now.get(incident))!.member.event.type

  for (const y of [...region].sort(compareOrder)) {
    // The incidents open at y's turn within its reach, each as it stood then.
    const views = new Map<string, Group>()
    const closest = new Map<Group, number>()
    const firstOn = new Map<Group, Map<string, Placed>>()
    for (const x of within(y.member.day)) {
      if (compareOrder(x, y) >= 0 || !probes(y.member.event.type, typeOf(x.incident!))) continue
      if (!near(y.member, x.member)) continue
      let g = views.get(x.incident!)
      if (!g) {
        g = newGroup(typeOf(x.incident!))
        const filed = new Map<string, Placed>()
        for (const m of lists.get(x.incident!) ?? []) {
          if (compareOrder(m, y) >= 0) break
          addMember(g, m.member)
          const day = m.member.day === null ? 'none' : String(m.member.day)
          if (!filed.has(day)) filed.set(day, m)
          if (!filed.has('all')) filed.set('all', m)
        }
        views.set(x.incident!, g)
        firstOn.set(g, filed)
      }
      const d = placeDistance(y.member.event, x.member.event, y.member.source.story === x.member.source.story)
      if (d < (closest.get(g) ?? Number.POSITIVE_INFINITY)) closest.set(g, d)
    }
    // fuseAll's rank: the first of (day-1, day, day+1, undated) the incident was filed under, then when it was
    // filed there (its first member of that day); an undated member ranks incidents by when they opened.
    const d = y.member.day
    const keys = d === null ? ['all'] : [String(d - 1), String(d), String(d + 1), 'none']
    const ranked = [...firstOn.keys()].sort((a, b) => rankCompare(keys, firstOn.get(a)!, firstOn.get(b)!))
    const rankOf = new Map(ranked.map((g, i) => [g, i]))
    const best = bestFit(y.member, closest, (g) => rankOf.get(g)!)
    let incident: string | null = null
    if (best) incident = [...views].find(([, g]) => g === best)![0]
    else if (memberClass(y.member) !== 2) incident = keyOf(y)
    const decided: Placed = { ...y, incident }
    now.set(keyOf(y), decided)
    if (incident !== null) {
      const list = lists.get(incident) ?? []
      list.push(decided)
      list.sort(compareOrder)
      lists.set(incident, list)
      see(decided)
    }
  }

  // Incidents touched: those region members were in or are in now.
  const touched = new Set<string>()
  for (const p of region) if (p.incident !== null) touched.add(p.incident)
  for (const p of now.values()) if (p.incident !== null) touched.add(p.incident)
  const incidents = new Map<string, readonly Placed[]>()
  const changed = new Map<string, Placed>()
  for (const inc of touched) {
    const final = lists.get(inc) ?? []
    incidents.set(inc, final)
    const before = [...saved.values()].filter((p) => p.incident === inc).sort(compareOrder)
    const was = new Set(before.map(keyOf))
    const is = new Set(final.map(keyOf))
    const diff = [...before.filter((p) => !is.has(keyOf(p))), ...final.filter((p) => !was.has(keyOf(p)))].sort(compareOrder)
    if (diff.length > 0) changed.set(inc, diff[0]!)
  }
  return { incidents, changed, region: [...now.values()] }
}

/** Compares two incidents' rank for a member whose rank keys are `keys` (see fuseAll's `rank`). */
function rankCompare(keys: readonly string[], a: ReadonlyMap<string, Placed>, b: ReadonlyMap<string, Placed>): number {
  const at = (f: ReadonlyMap<string, Placed>) => {
    for (let i = 0; i < keys.length; i++) {
      const p = f.get(keys[i]!)
      if (p) return { i, p }
    }
    return null
  }
  const x = at(a)
  const y = at(b)
  if (!x || !y) return x ? -1 : y ? 1 : 0
  return x.i - y.i || compareOrder(x.p, y.p)
}

/**
 * Whether `y` (a saved member outside the region) could decide otherwise now: it comes after the first change to
 * `incident` and can reach one of its members, old or new.
 */
export function reaches(y: Placed, incidentType: ContractEvent['type'], firstChange: Placed, members: readonly Placed[]): boolean {
  if (compareOrder(y, firstChange) <= 0 || !probes(y.member.event.type, incidentType)) return false
  return members.some((x) => near(y.member, x.member))
}

/** The class a member's event puts it in (fuse.ts memberClass), for members built outside fuseAll. */
export function classOf(event: Pick<ContractEvent, 'type' | 'modality'>): 0 | 1 | 2 {
  return memberClass({ event })
}
