// Binary search over a sorted sequence, shared by the in-memory indexes that insert into sorted arrays.

/** The first index in [0, length) for which `before(i)` is false (`before` must be true, then false, along it). */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0, hi = length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
