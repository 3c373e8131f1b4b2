// MinHash signatures of hashed sets and the Jaccard/containment estimates read from them.
// Written by hand: the npm MinHash packages either have no LSH index and pull eight dependencies
// (bloom-filters) or are unmaintained (minhash 0.0.9); the core is the few lines below, on Uint32Arrays.
import { mix32 } from './hash.ts'

/** Number of bins per signature: error of a Jaccard estimate ~ 1/sqrt(64) = 0.125 at worst, less near 0 or 1. */
export const SIGNATURE_SIZE = 64
const EMPTY = 0xffffffff

/**
 * The MinHash signature of a set of 32-bit hashes, by one-permutation hashing with densification (Shrivastava
 * & Li 2014; Shrivastava 2017): one hash per element picks a bin and a value, each bin keeps its minimum, and
 * an empty bin borrows from the next filled one. One hash per element instead of 64 keeps it ~50x cheaper.
 * An empty set gives all 0xffffffff, which matches nothing.
 */
export function signature(hashes: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY)
  let filled = 0
  for (const x of hashes) {
    const h = mix32(x ^ 0x2545f491)
    const bin = h >>> 26
    const v = h & 0x03ffffff
    if (sig[bin] === EMPTY) filled++
    if (v < sig[bin]!) sig[bin] = v
  }
  if (filled === 0 || filled === SIGNATURE_SIZE) return sig
  const dense = sig.slice()
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (sig[i] !== EMPTY) continue
    let t = 1
    while (sig[(i + t) % SIGNATURE_SIZE] === EMPTY) t++
    // The borrowed value is re-mixed with the distance so two borrowing bins do not agree by construction.
    dense[i] = (mix32(sig[(i + t) % SIGNATURE_SIZE]! + t * 0x9e3779b9) & 0x03ffffff) | 0x04000000
  }
  return dense
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
