// MinHash signatures of hashed sets and the Jaccard/containment estimates read from them.
// Written by hand: the npm MinHash packages either have no LSH index and pull eight dependencies
// (bloom-filters) or are unmaintained (minhash 0.0.9); the core is the few lines below, on Uint32Arrays.
import { mix32 } from './hash.ts'

/** Number of hash functions per signature: error of a Jaccard estimate ~ 1/sqrt(64) = 0.125 at worst, less near 0 or 1. */
export const SIGNATURE_SIZE = 64

const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(SIGNATURE_SIZE)
  let s = 0x9e3779b9
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    s = mix32(s + 0x6d2b79f5)
    seeds[i] = s
  }
  return seeds
})()

/** The MinHash signature of a set of 32-bit hashes; an empty set gives all 0xffffffff (matches nothing). */
export function signature(hashes: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff)
  for (const x of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix32(x ^ SEEDS[i]!)
      if (h < sig[i]!) sig[i] = h
    }
  }
  return sig
}

/** Estimated Jaccard similarity of the two sets behind the signatures (share of agreeing positions). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  let empty = 0
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (a[i] === 0xffffffff && b[i] === 0xffffffff) empty++
    else if (a[i] === b[i]) same++
  }
  return empty === SIGNATURE_SIZE ? 0 : same / (SIGNATURE_SIZE - empty)
}

/**
 * Estimated share of the smaller set that the larger one contains, from the Jaccard estimate and set sizes:
 * |A ∩ B| = J (|A| + |B|) / (1 + J). A reprint with extra boilerplate has low Jaccard but high containment.
 */
export function containment(j: number, sizeA: number, sizeB: number): number {
  const small = Math.min(sizeA, sizeB)
  if (small === 0) return 0
  return Math.min(1, (j * (sizeA + sizeB)) / (1 + j) / small)
}
