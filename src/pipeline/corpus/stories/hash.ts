// 32-bit string and integer hashes for shingles, fingerprints and MinHash permutations. Not cryptographic.

/** FNV-1a over the UTF-16 code units of `s`: a fast, well-spread 32-bit key for a shingle or fingerprint. */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** MurmurHash3's finaliser: mixes a 32-bit integer so that each seed gives an independent-looking permutation. */
export function mix32(x: number): number {
  let h = x >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
