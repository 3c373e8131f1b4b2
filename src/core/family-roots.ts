// Story families tied into one source: a text placed later may show that two families share one origin
// (pipeline/corpus/stories/story-index.ts Membership.joins). Pure; used by stories, fusion and the situation.

/**
 * Each story family's root: the smallest family its members' `joins` tie it to (one origin, one source). Families
 * and joins never cross stories, so one story's memberships are enough for its families.
 */
export function familyRoots(memberships: readonly { readonly family: number; readonly joins?: readonly number[] }[]): (family: number) => number {
  const parent = new Map<number, number>()
  const root = (f: number): number => {
    let r = f
    for (let p = parent.get(r); p !== undefined && p !== r; p = parent.get(r)) r = p
    for (let x = f; x !== r;) {
      const next = parent.get(x)!
      parent.set(x, r)
      x = next
    }
    return r
  }
  for (const m of memberships) {
    for (const j of m.joins ?? []) {
      const a = root(m.family)
      const b = root(j)
      if (a !== b) parent.set(Math.max(a, b), Math.min(a, b))
    }
  }
  return root
}
