// ACLED actor names and inter codes for lexicon actors, following ACLED's codebook ("Actor names, types and inter
// codes"): 1 state forces, 2 rebel groups, 3 political militias, 7 civilians, 8 external/other forces. The codebook
// is explicit that "the military forces of states are recorded with an Inter code of 8 (i.e., external forces)
// when active outside of their home state (e.g., the military of Turkey active in northern Syria)", and that state
// forces are named "Military Forces of <State>". The rules read only kinds and affiliations, never actor ids.
import type { ActorKind } from './event-types.ts'

export type InterCode = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8

/** What the lexicon says of one actor: enough to place it in ACLED's actor types. */
export interface ActorFacts {
  readonly name: string
  readonly kind: ActorKind
  readonly affiliations: readonly { readonly actor: string; readonly relation: string }[]
}

export interface AcledActor {
  /** ACLED-style actor name: "Military Forces of Russia" for state forces; the lexicon name otherwise. */
  readonly name: string
  readonly inter: InterCode
}

export type ActorLookup = (id: string) => ActorFacts | undefined

// Relations that make an actor part of the one it points to (for state forces: whose forces they are).
const BELONGS = new Set(['part_of', 'led_by', 'governs'])
// A person is coded as the organisation they act for: ACLED names groups, not people.
const ACTS_FOR = new Set(['leads', 'spokesperson_of', 'foreign_minister_of', 'envoy_of', 'member_of', 'part_of'])

/**
 * ACLED name and inter code of actor `id` in an event in `country` (ACLED country name, e.g. "Syria"; null when
 * unknown, which codes state forces as domestic).
 * @example Russian forces striking in Syria → { name: "Military Forces of Russia (Russian Armed Forces)", inter: 8 }
 */
export function acledActor(id: string, lookup: ActorLookup, country: string | null): AcledActor | null {
  return resolve(id, lookup, country, 0)
}

function resolve(id: string, lookup: ActorLookup, country: string | null, depth: number): AcledActor | null {
  const a = lookup(id)
  if (!a || depth > 6) return null
  switch (a.kind) {
    case 'state': case 'state_force': {
      const home = homeState(id, lookup)
      if (home === null) return { name: a.name, inter: 1 }
      const forces = `Military Forces of ${/^United\b/.test(home) ? 'the ' : ''}${home}`
      const foreign = country !== null && home !== country
      return { name: a.kind === 'state_force' && a.name !== home ? `${forces} (${a.name})` : forces, inter: foreign ? 8 : 1 }
    }
    case 'armed_group': return { name: a.name, inter: armedGroupInter(a, lookup, country) }
    case 'civilians': return { name: a.name, inter: 7 }
    case 'person': case 'organization': {
      // "Putin said…" is Russia acting; a spokesperson speaks for the group. Otherwise: international organisations
      // (UN agencies, the ICRC) are external/other forces.
      const f = a.affiliations.find((x) => ACTS_FOR.has(x.relation) || (a.kind === 'organization' && x.relation === 'backed_by'))
      const via = f ? resolve(f.actor, lookup, country, depth + 1) : null
      return via ?? { name: a.name, inter: 8 }
    }
  }
}

/**
 * The state an actor belongs to (its name, which is the country's), following part_of / led_by / governs:
 * "Islamic Revolutionary Guard Corps" → part_of Iran; "Syrian government" → governs Syria.
 */
export function homeState(id: string, lookup: ActorLookup): string | null {
  const seen = new Set<string>()
  let current: string | undefined = id
  while (current !== undefined && !seen.has(current)) {
    seen.add(current)
    const a = lookup(current)
    if (!a) return null
    const up = a.affiliations.find((f) => BELONGS.has(f.relation) && lookup(f.actor)?.kind !== 'person')
    if (a.kind === 'state' && (!up || up.relation !== 'governs')) return a.name
    current = up?.actor
  }
  return null
}

/**
 * Rebel group (2) or political militia (3). ACLED's political militias are "supported, armed by, or allied with a
 * political elite" and do not seek national power: a group backed by the government of the country it fights in
 * (a pro-government militia) or one whose only ties are a foreign state's backing (a proxy, as Hezbollah in Syria).
 * A group with its own political structure (part of an opposition body or coalition), or none, is a rebel group.
 */
function armedGroupInter(a: ActorFacts, lookup: ActorLookup, country: string | null): InterCode {
  const backers = a.affiliations.filter((f) => f.relation === 'backed_by').map((f) => f.actor)
  const stateBackers = backers.filter((b) => {
    const k = lookup(b)?.kind
    return k === 'state' || k === 'state_force'
  })
  if (stateBackers.some((b) => country !== null && homeState(b, lookup) === country)) return 3
  const ownStructure = a.affiliations.some((f) => f.relation !== 'backed_by')
  if (!ownStructure && stateBackers.length > 0 && stateBackers.length === backers.length) return 3
  return 2
}
