// The name keys as a trie over word ids: each word of a key ("dayr", "zor") is interned once as an integer, and a
// key is a path of (node, word) steps from the root. Recognition walks a multiword name one integer probe per word
// instead of hashing a fresh string per n-gram. Built by pack.ts, stored in the cached index as typed arrays.

/** The root node: the empty key. */
export const ROOT = 0
/** No such word or node. */
export const NONE = -1

/** FNV-1a over the UTF-16 code units of text[start, end): the same hash for a whole string and a slice of a longer one. */
export function hashChars(text: string, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

function hashStep(node: number, word: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(word + 1, 0x85ebca77)) >>> 0
}

/** Smallest power of two holding n entries at most half full. */
function capacityFor(n: number): number {
  let cap = 16
  while (cap < n * 2) cap *= 2
  return cap
}

/** The trie in arrays, as stored in the cache. */
export interface WordTrieData {
  /** Distinct key words; a word's id is its index. */
  readonly words: readonly string[]
  /** Open-addressing table of word ids + 1 by hashChars (0 = empty slot). */
  readonly wordSlots: Int32Array
  /** For each node, the index of the key it spells, or NONE for a prefix that is no key itself. */
  readonly nodeKey: Int32Array
  /** For each node, 1 when a longer key goes on from it. */
  readonly nodeLonger: Uint8Array
  /** Open-addressing table of steps, three ints a slot: parent node (NONE = empty), word id, child node. */
  readonly steps: Int32Array
}

/** Builds the trie of `keys` (each a run of words joined by single spaces). */
export function buildWordTrie(keys: readonly string[]): WordTrieData {
  const wordIds = new Map<string, number>()
  const edges = new Map<string, number>()
  const nodeKeyList: number[] = [NONE]
  const longer: number[] = [0]
  const edgeList: number[] = []
  keys.forEach((key, k) => {
    let node = ROOT
    for (const w of key.split(' ')) {
      let id = wordIds.get(w)
      if (id === undefined) wordIds.set(w, (id = wordIds.size))
      const edge = `${node} ${id}`
      let child = edges.get(edge)
      if (child === undefined) {
        child = nodeKeyList.length
        nodeKeyList.push(NONE)
        longer.push(0)
        edges.set(edge, child)
        edgeList.push(node, id, child)
      }
      longer[node] = 1
      node = child
    }
    nodeKeyList[node] = k
  })
  const words = [...wordIds.keys()]
  const wordSlots = new Int32Array(capacityFor(words.length))
  const wordMask = wordSlots.length - 1
  words.forEach((w, id) => {
    let s = hashChars(w, 0, w.length) & wordMask
    while (wordSlots[s] !== 0) s = (s + 1) & wordMask
    wordSlots[s] = id + 1
  })
  const cap = capacityFor(edgeList.length / 3)
  const steps = new Int32Array(cap * 3).fill(NONE)
  const mask = cap - 1
  for (let e = 0; e < edgeList.length; e += 3) {
    const [node, id, child] = [edgeList[e] as number, edgeList[e + 1] as number, edgeList[e + 2] as number]
    let s = hashStep(node, id) & mask
    while (steps[s * 3] !== NONE) s = (s + 1) & mask
    steps[s * 3] = node
    steps[s * 3 + 1] = id
    steps[s * 3 + 2] = child
  }
  return { words, wordSlots, nodeKey: Int32Array.from(nodeKeyList), nodeLonger: Uint8Array.from(longer), steps }
}

/** Lookups over WordTrieData. */
export class WordTrie {
  readonly #words: readonly string[]
  readonly #wordSlots: Int32Array
  readonly #wordMask: number
  readonly #steps: Int32Array
  readonly #stepMask: number
  readonly nodeKey: Int32Array
  readonly nodeLonger: Uint8Array

  constructor(d: WordTrieData) {
    this.#words = d.words
    this.#wordSlots = d.wordSlots
    this.#wordMask = d.wordSlots.length - 1
    this.#steps = d.steps
    this.#stepMask = d.steps.length / 3 - 1
    this.nodeKey = d.nodeKey
    this.nodeLonger = d.nodeLonger
  }

  /** Id of the key word text[start, end) (the whole string by default), or NONE when no key has it. */
  wordId(text: string, start = 0, end = text.length): number {
    const len = end - start
    let s = hashChars(text, start, end) & this.#wordMask
    for (;;) {
      const slot = this.#wordSlots[s] as number
      if (slot === 0) return NONE
      const w = this.#words[slot - 1] as string
      if (w.length === len) {
        let i = 0
        while (i < len && w.charCodeAt(i) === text.charCodeAt(start + i)) i++
        if (i === len) return slot - 1
      }
      s = (s + 1) & this.#wordMask
    }
  }

  /** The node one word on from `node`, or NONE. */
  step(node: number, word: number): number {
    if (node < 0 || word < 0) return NONE
    const steps = this.#steps
    let s = hashStep(node, word) & this.#stepMask
    for (;;) {
      const parent = steps[s * 3] as number
      if (parent === NONE) return NONE
      if (parent === node && steps[s * 3 + 1] === word) return steps[s * 3 + 2] as number
      s = (s + 1) & this.#stepMask
    }
  }

  /** The node a whole key string leads to, or NONE. */
  walk(key: string): number {
    let node = ROOT
    let from = 0
    for (;;) {
      const space = key.indexOf(' ', from)
      const to = space < 0 ? key.length : space
      node = this.step(node, this.wordId(key, from, to))
      if (node < 0 || space < 0) return node
      from = space + 1
    }
  }
}
