// Levenshtein distance with an early stop: the situation matches village names against the baseline's spellings, and
// the gazetteer build gives a crossing's name to a town one letter apart. Imports no project code.

// Two rows reused by every call: matching thousands of village names against the baseline's spellings must not
// allocate arrays per row (the garbage was a large part of a 100k-event timeline build).
let rowA = new Uint16Array(64)
let rowB = new Uint16Array(64)

/** Levenshtein distance, stopping early once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (b.length + 1 > rowA.length) { rowA = new Uint16Array(b.length + 1); rowB = new Uint16Array(b.length + 1) }
  let prev = rowA, cur = rowB
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    let rowMin = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1))
      cur[j] = v
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return max + 1
    const t = prev; prev = cur; cur = t
  }
  return prev[b.length]!
}
