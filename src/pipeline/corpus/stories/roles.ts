// Roles inside a story (original, reprint, rewrite, independent), its origin and its independent sources,
// read from the memberships the index recorded. Pure: same memberships, same answer.
import type { DocumentRole } from '../../../core/contract.ts'
import { familyRoots } from '../../../core/family-roots.ts'
import { membershipKey, type Membership } from './story-index.ts'

export interface StoryRoles {
  /** Role by membership key (membershipKey: id and source). */
  readonly roles: ReadonlyMap<string, DocumentRole>
  /** Wire service of the story's first report (by publication, then arrival), or null. */
  readonly origin: string | null
  /** One per derivation family: rewrites and reprints of one report count once. */
  readonly independentSources: number
}

/**
 * Assigns roles to the members of one story (given in arrival order).
 * A family of two or more traced to a wire whose own copy is not among them has no original: its members are
 * reprints (the wire's dateline, or near-identical text) and rewrites of a report that is not in the corpus.
 */
export function storyRoles(members: readonly Membership[]): StoryRoles {
  // Families a later text tied to one origin are one family here (familyRoots).
  const root = familyRoots(members)
  const families = new Map<number, Membership[]>()
  for (const m of members) {
    const f = families.get(root(m.family))
    if (f) f.push(m)
    else families.set(root(m.family), [m])
  }
  const ordered = [...families.values()].map((ms) => [...ms].sort(byPublication(members)))
  ordered.sort((a, b) => byPublication(members)(a[0]!, b[0]!))
  const roles = new Map<string, DocumentRole>()
  ordered.forEach((ms, familyRank) => {
    const wire = ms.find((m) => m.wire)?.wire ?? null
    // The wire's own copy: its outlet is the wire, or (outlet unknown) it carries the wire's dateline.
    // A lone report that cites a wire ("an officer told Reuters") is its outlet's own text as far as anyone
    // can tell; only two or more texts of one family without the wire's copy show a missing original.
    const own = wire && ms.length > 1 ? ms.find((m) => m.wire === wire && (m.outletIsWire || (m.dateline && !m.outlet))) : ms[0]
    // Near-copy links point from the later arrival to the earlier one; a copy of the original is a reprint
    // whichever of the two arrived first.
    const copiesOwn = new Set<string>()
    for (const m of ms) {
      if (own && m.nearDuplicateOf === own.id) copiesOwn.add(m.id)
      if (own && m === own && m.nearDuplicateOf) copiesOwn.add(m.nearDuplicateOf)
    }
    for (const m of ms) {
      if (m === own) roles.set(membershipKey(m), familyRank === 0 ? 'original' : 'independent')
      // (The wire's dateline marks another outlet's copy of the wire's text; on the wire's own later report, a toll
      // that rose the next day, it marks only whose report it is: that is no copy.)
      else roles.set(membershipKey(m), copiesOwn.has(m.id) || m.nearDuplicateOf || (wire !== null && m.dateline && !m.outletIsWire) ? 'reprint' : 'rewrite')
    }
  })
  const first = ordered[0] ?? []
  // No wire in the text, but the family's rewrites credit its first report's outlet: that report is the origin.
  const head = first[0]
  const credited = head?.outlet && first.some((m) => m.credits === head.outlet) ? head.outlet : null
  return {
    roles,
    origin: first.find((m) => m.wire)?.wire ?? credited,
    independentSources: ordered.length,
  }
}

/** Orders by publication date, undated last, then by arrival. */
function byPublication(all: readonly Membership[]): (a: Membership, b: Membership) => number {
  const arrival = new Map(all.map((m, i) => [membershipKey(m), i]))
  return (a, b) => {
    const pa = a.publishedAt ?? '9999'
    const pb = b.publishedAt ?? '9999'
    if (pa !== pb) return pa < pb ? -1 : 1
    return (arrival.get(membershipKey(a)) ?? 0) - (arrival.get(membershipKey(b)) ?? 0)
  }
}
