// Which names of one document have a candidate in each 1° grid cell, for resolution's coherence feature (local news
// names neighbours: "Brandon" and "Alexandria" each have a namesake near the other's). A hash table written out over
// typed arrays rather than a Map of string lists: coherence asks for nine cells per candidate it scores, hundreds of
// thousands of lookups a pass of bench:geo, and the Map's lookups and the string compares were about 5 % of find-places.
// Names are small integer ids, one per distinct key in the document (the caller numbers them).

const EMPTY = -1

export class CellIndex {
  /** Per slot: its cell, and the first entry of that cell's names (valid only when #slotStamp is #generation). */
  #slotCell = new Int32Array(0)
  #slotHead = new Int32Array(0)
  #slotStamp = new Uint32Array(0)
  #shift = 32
  /** Bumped by clear(): a slot stamped with an older generation is empty, so clearing writes nothing. */
  #generation = 0
  #cells = 0
  /** The names of each cell as linked entries: a name id, and the next entry of the same cell (EMPTY ends the list). */
  #entryName = new Int32Array(64)
  #entryNext = new Int32Array(64)
  #entries = 0
  /** Per name id, the nearCount call that last counted it: counts each name once without a set. */
  #countedIn = new Uint32Array(64)
  #call = 0

  constructor() {
    this.#resize(256)
  }

  /** Forgets every cell (the next document starts empty). */
  clear(): void {
    this.#generation++
    this.#cells = 0
    this.#entries = 0
  }

  /** How many cells hold a name. */
  get size(): number {
    return this.#cells
  }

  /** Records that name `name` has a candidate in `cell` (again is a no-op). */
  add(cell: number, name: number): void {
    if ((this.#cells + 1) * 2 > this.#slotCell.length) this.#grow()
    const s = this.#slotOf(cell)
    if (this.#slotStamp[s] !== this.#generation) {
      this.#slotStamp[s] = this.#generation
      this.#slotCell[s] = cell
      this.#slotHead[s] = EMPTY
      this.#cells++
    }
    for (let e = this.#slotHead[s] as number; e !== EMPTY; e = this.#entryNext[e] as number) if (this.#entryName[e] === name) return
    if (this.#entries === this.#entryName.length) {
      this.#entryName = grown(this.#entryName)
      this.#entryNext = grown(this.#entryNext)
    }
    const e = this.#entries++
    this.#entryName[e] = name
    this.#entryNext[e] = this.#slotHead[s] as number
    this.#slotHead[s] = e
    if (name >= this.#countedIn.length) {
      const counted = new Uint32Array(Math.max(name + 1, this.#countedIn.length * 2))
      counted.set(this.#countedIn)
      this.#countedIn = counted
    }
  }

  /** How many distinct names other than `except` have a candidate in `cell` or one of its eight neighbours (cells are
   * numbered latitude row * 1000 + longitude column, as resolve.ts's cellOf). */
  nearCount(cell: number, except: number): number {
    const call = ++this.#call
    let n = 0
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        const s = this.#find(cell + i * 1000 + j)
        if (s === EMPTY) continue
        for (let e = this.#slotHead[s] as number; e !== EMPTY; e = this.#entryNext[e] as number) {
          const name = this.#entryName[e] as number
          if (name === except || this.#countedIn[name] === call) continue
          this.#countedIn[name] = call
          n++
        }
      }
    }
    return n
  }

  /** The slot holding `cell`, or EMPTY. */
  #find(cell: number): number {
    const mask = this.#slotCell.length - 1
    for (let s = hashCell(cell) >>> this.#shift; this.#slotStamp[s] === this.#generation; s = (s + 1) & mask) {
      if (this.#slotCell[s] === cell) return s
    }
    return EMPTY
  }

  /** The slot holding `cell`, or the empty slot where it goes. */
  #slotOf(cell: number): number {
    const mask = this.#slotCell.length - 1
    let s = hashCell(cell) >>> this.#shift
    while (this.#slotStamp[s] === this.#generation && this.#slotCell[s] !== cell) s = (s + 1) & mask
    return s
  }

  #resize(capacity: number): void {
    this.#slotCell = new Int32Array(capacity)
    this.#slotHead = new Int32Array(capacity)
    this.#slotStamp = new Uint32Array(capacity)
    this.#shift = 32 - Math.log2(capacity)
  }

  /** Doubles the table, moving the current document's cells (their entry lists stay where they are). */
  #grow(): void {
    const cells = this.#slotCell
    const heads = this.#slotHead
    const stamps = this.#slotStamp
    const generation = this.#generation
    this.#resize(cells.length * 2)
    this.#generation = 1
    for (let s = 0; s < cells.length; s++) {
      if (stamps[s] !== generation) continue
      const to = this.#slotOf(cells[s] as number)
      this.#slotStamp[to] = 1
      this.#slotCell[to] = cells[s] as number
      this.#slotHead[to] = heads[s] as number
    }
  }
}

/** Multiplicative hash: the high bits spread, which #shift keeps. */
const hashCell = (cell: number): number => Math.imul(cell, 0x9e3779b1) >>> 0

function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}
