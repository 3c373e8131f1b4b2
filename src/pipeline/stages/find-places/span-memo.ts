// A memo keyed by a span of a text, looked up without slicing the span into a string of its own: the scan asks
// about every capitalised word of every document, and most words recur, so the lookup must not allocate. The keys'
// characters sit in one flat array, so a lookup compares against contiguous memory, not a string somewhere on the heap.
import { hashChars } from '../../../gazetteer/word-trie.ts'

/** hashChars with the low bit set: 0 marks an empty slot. */
const slotHash = (text: string, start: number, end: number): number => (hashChars(text, start, end) | 1) >>> 0

export class SpanMemo<T> {
  #keys: (string | undefined)[] = []
  #hashes = new Uint32Array(0)
  /** Per slot, where its key's characters begin in #chars, and how many there are. */
  #charAt = new Int32Array(0)
  #charLen = new Int32Array(0)
  #chars = new Uint16Array(0)
  #charsUsed = 0
  #values: (T | undefined)[] = []
  #mask = 0
  #size = 0

  /** `limit`: entries kept before the memo starts over (memory stays bounded on an endless stream). */
  constructor(private readonly limit: number) {
    this.#reset(1024)
  }

  #reset(capacity: number): void {
    this.#keys = new Array<string | undefined>(capacity).fill(undefined)
    this.#hashes = new Uint32Array(capacity)
    this.#charAt = new Int32Array(capacity)
    this.#charLen = new Int32Array(capacity)
    this.#chars = new Uint16Array(capacity * 8)
    this.#charsUsed = 0
    this.#values = new Array<T | undefined>(capacity).fill(undefined)
    this.#mask = capacity - 1
    this.#size = 0
  }

  /** The value stored for text[start, end), or undefined. */
  get(text: string, start: number, end: number): T | undefined {
    const h = slotHash(text, start, end)
    const len = end - start
    const hashes = this.#hashes
    let s = h & this.#mask
    // The hashes (never 0) tell empty slots and most mismatches without touching a key.
    for (let seen = hashes[s] as number; seen !== 0; seen = hashes[s] as number) {
      if (seen === h && this.#charLen[s] === len) {
        const chars = this.#chars
        const at = (this.#charAt[s] as number) - start
        let i = start
        while (i < end && chars[at + i] === text.charCodeAt(i)) i++
        if (i === end) return this.#values[s]
      }
      s = (s + 1) & this.#mask
    }
    return undefined
  }

  /** Stores a value for a key not in the memo yet. */
  set(key: string, value: T): void {
    if (this.#size >= this.limit) this.#reset(1024)
    else if ((this.#size + 1) * 2 > this.#keys.length) {
      const keys = this.#keys
      const values = this.#values
      this.#reset(keys.length * 2)
      keys.forEach((k, i) => { if (k !== undefined) this.#insert(k, values[i] as T) })
    }
    this.#insert(key, value)
  }

  #insert(key: string, value: T): void {
    const h = slotHash(key, 0, key.length)
    let s = h & this.#mask
    while (this.#hashes[s] !== 0) s = (s + 1) & this.#mask
    if (this.#charsUsed + key.length > this.#chars.length) {
      const grown = new Uint16Array(Math.max(this.#chars.length * 2, this.#charsUsed + key.length))
      grown.set(this.#chars)
      this.#chars = grown
    }
    for (let i = 0; i < key.length; i++) this.#chars[this.#charsUsed + i] = key.charCodeAt(i)
    this.#charAt[s] = this.#charsUsed
    this.#charLen[s] = key.length
    this.#charsUsed += key.length
    this.#keys[s] = key
    this.#hashes[s] = h
    this.#values[s] = value
    this.#size++
  }
}
