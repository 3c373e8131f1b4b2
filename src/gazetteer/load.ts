// Loads the gazetteer index: from the cache under .cache/gazetteer when it is fresh, else builds and caches it.
// One shared instance per theater (building takes seconds, loading well under one); lookups are by name key.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { digest } from '../core/ids.ts'
import { buildIndex, INDEX_VERSION, indexSources } from './build.ts'
import { CACHE_DIR } from './paths.ts'
import type { PackedIndex } from './pack.ts'
import { pack, readPacked, writePacked } from './pack.ts'
import type { GazEntry } from './types.ts'
import { WordTrie } from './word-trie.ts'

/** A name-key hit: the entry, and whether the key is the entry's own name (not an alternate). */
export interface KeyHit {
  readonly entry: number
  readonly own: boolean
}

export interface Gazetteer {
  readonly theater: string
  readonly theaterCountry: string
  readonly size: number
  readonly keyCount: number
  entry(index: number): GazEntry
  /** entry(index).population, read from its column without making the entry (ranking a long hit list). */
  populationOf(index: number): number
  /**
   * The population resolution weighs: GeoNames' own, or for a seat of the theater country it gives none (0: unknown,
   * not empty) the median of the country's seats of that level that have one. Qamishli, Maarat al-Numan and 11 other Syrian district
   * seats have 0 in cities500, and lost to foreign namesakes of a few thousand people.
   */
  scoringPopulationOf(index: number): number
  /** Entries a name key may mean ([] when none). */
  lookup(key: string): readonly KeyHit[]
  has(key: string): boolean
  /** True when some longer key begins with this key and a space: whether a name may go on past it. */
  hasLonger(key: string): boolean
  /** has and hasLonger in one lookup: PROBE_KEY and PROBE_LONGER bits. */
  probe(key: string): number
  /** Theater phrases that match in lowercase text ("the coast", "eastern Syria"). */
  lowercaseOk(key: string): boolean
  /** Keys that name their theater place only in a text about the theater country ("the south", "the capital"). */
  focusOnly(key: string): boolean
  /** True when some lowercase theater phrase's key begins with this letter. */
  lowercaseFirstLetter(letter: string): boolean
  /** True when some lowercase theater phrase begins with this word key ("the", "eastern"). */
  lowercaseStart(wordKey: string): boolean
  /** ISO code of the country a demonym key names ("syrian" -> "SY"). */
  demonymCountry(key: string): string | undefined
  admin1Name(code: string): string | null
  /** True for theater-pack entries (no GeoNames id): their names are curated, lowercase words included. */
  isTheater(index: number): boolean
  /** True when some entry has this GeoNames id (benchmarks: is the gold entry in the gazetteer?). */
  hasGeonameId(id: number): boolean
  /** Entry index of a country by ISO code. */
  country(iso: string): number | undefined
  /** The seat of a first-order division (its PPLA, the most populous if several), by admin1 code ("SY.09"). */
  seatOf(admin1: string): number | undefined
  /**
   * Theater-country one-word keys a misspelling of `key` may stand for: one edit away ("tabisa" -> "talbisa"), or the
   * same consonants where one of the two drops the short vowel after the first, as Levantine spelling writes it
   * ("mharda" -> "muhrada", Mhardeh for Muhradah; "marat" -> "mrat", Marrat for OCHA's Mrat). For a two-word key, the
   * names of the same first word whose second has one vowel more ("marat tamsrin" -> "marat tamasrin").
   */
  spellingNeighbours(key: string): readonly string[]
  // The keys as a trie over word ids, for recognition's scan: a name is walked one word at a time from ROOT.
  /** Id of a key word ("dayr"), NONE when no key has it. */
  wordId(word: string): number
  /** The node one word on (NONE when no key goes on so); ROOT is the empty key. */
  step(node: number, word: number): number
  /** PROBE_KEY when the node spells a key, PROBE_LONGER when a longer key goes on from it (0 for NONE). */
  nodeFlags(node: number): number
  /** The key a node spells (its PROBE_KEY bit set). */
  nodeKey(node: number): string
  /** lookup(nodeKey(node)), without the string. */
  nodeHits(node: number): readonly KeyHit[]
}

export const PROBE_KEY = 1
export const PROBE_LONGER = 2

const loaded = new Map<string, Gazetteer>()

/**
 * Cache file base name: changes whenever a source file, the code that builds the index or Node (whose Intl gives
 * the Arabic country names) changes. The code is stamped by its contents, so a rule changed in the gazetteer's code
 * rebuilds the index without anyone remembering to raise INDEX_VERSION, and switching branches alone does not.
 */
function cacheBase(theater: string): string {
  const stamp = indexSources(theater).map((f) => {
    if (!existsSync(f)) return `${f}:missing`
    const s = statSync(f)
    return `${f}:${s.size}:${s.mtimeMs}`
  }).join('|')
  return join(CACHE_DIR, `${theater || 'none'}-${digest(`${INDEX_VERSION}|${process.version}|${indexCodeStamp()}|${stamp}`, 12)}`)
}

let codeStamp: string | null = null
/** A digest of the gazetteer's own source files (not its tests): the index is what they make of the data. */
function indexCodeStamp(): string {
  if (codeStamp !== null) return codeStamp
  const dir = dirname(fileURLToPath(import.meta.url))
  const files = readdirSync(dir).filter((f) => /\.[cm]?[jt]s$/.test(f) && !/\.test\./.test(f)).sort()
  codeStamp = digest(files.map((f) => `${f}\n${readFileSync(join(dir, f), 'utf8')}`).join('\n'), 16)
  return codeStamp
}

/** An hour: a temporary file older than this was left by a process that died while writing it. */
const ABANDONED_MS = 3_600_000

/**
 * Removes the theater's cache files of other index versions or sources (each about 10-20 MB; they pile up as the
 * index or its data changes), and temporary files a killed build left behind.
 */
export function pruneStaleCaches(theater: string, keepBase: string, dir = CACHE_DIR, now = Date.now()): void {
  const keep = basename(keepBase)
  for (const name of readdirSync(dir)) {
    // Only this theater's files: "syria-<digest>.bin", never "syria-north-<digest>.bin".
    const file = /^(.+-[0-9a-f]{12})\.(?:bin|json)(\.\d+\.tmp)?$/.exec(name)
    if (!file || file[1] === keep || file[1]?.slice(0, -13) !== (theater || 'none')) continue
    const path = join(dir, name)
    if (!file[2] || now - statSync(path).mtimeMs > ABANDONED_MS) rmSync(path, { force: true })
  }
}

/** The gazetteer of a theater ("" for none), loaded once per process. `rebuild` ignores the cache. */
export function loadGazetteer(theater: string, options: { rebuild?: boolean } = {}): Gazetteer {
  const known = loaded.get(theater)
  if (known && !options.rebuild) return known
  const base = cacheBase(theater)
  let packed: PackedIndex
  if (!options.rebuild && existsSync(`${base}.json`) && existsSync(`${base}.bin`)) {
    packed = readPacked(base)
  } else {
    packed = pack(buildIndex(theater))
    mkdirSync(CACHE_DIR, { recursive: true })
    writePacked(packed, base)
    pruneStaleCaches(theater, base)
  }
  const gaz = fromPacked(packed)
  loaded.set(theater, gaz)
  return gaz
}

const KIND_OF: Readonly<Record<string, GazEntry['kind']>> = { PCLI: 'country', ADM1: 'admin', ADM2: 'admin', CONT: 'region' }
const PRECISION_OF: Readonly<Record<string, GazEntry['precision']>> = { PCLI: 'country', ADM1: 'region', ADM2: 'region', CONT: 'region' }

/** Seats of government, from a country's capital down to a sub-district's: places whose size GeoNames may not know. */
const SEAT_FCODES: ReadonlySet<string> = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4'])

/** Per seat level (fcode), the median population of the country's seats that have one (`cc`: its index in ccValues). */
function medianSeatPopulations(p: PackedIndex, cc: number): Map<string, number> {
  const known = new Map<string, number[]>()
  for (let i = 0; i < p.count; i++) {
    const population = p.population[i] as number
    if (population <= 0 || p.cc[i] !== cc) continue
    const fcode = p.fcodeValues[p.fcode[i] as number] as string
    if (!SEAT_FCODES.has(fcode)) continue
    const key = fcode
    const list = known.get(key)
    if (list) list.push(population)
    else known.set(key, [population])
  }
  const medians = new Map<string, number>()
  for (const [key, list] of known) medians.set(key, list.sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)] as number)
  return medians
}

/** Wraps a packed index in the lookup interface. */
export function fromPacked(p: PackedIndex): Gazetteer {
  const trie = new WordTrie(p.trie)
  const nodeFlags = (node: number): number =>
    node < 0 ? 0 : ((trie.nodeKey[node] as number) >= 0 ? PROBE_KEY : 0) | (trie.nodeLonger[node] === 1 ? PROBE_LONGER : 0)
  const lowercase = new Set(p.lowercaseKeys)
  const focus = new Set(p.focusKeys ?? [])
  const lowercaseFirst = new Set(p.lowercaseKeys.map((k) => k.split(' ')[0] as string))
  const countries = new Map<string, number>()
  const pcli = p.fcodeValues.indexOf('PCLI')
  for (let i = 0; i < p.count; i++) if (p.fcode[i] === pcli) countries.set(p.ccValues[p.cc[i] as number] as string, i)
  const entries: (GazEntry | undefined)[] = new Array<GazEntry | undefined>(p.count)
  let misspellings: { byDeletion: Map<string, string[]>; bySkeleton: Map<string, string[]> } | null = null
  let seatMedians: Map<string, number> | null = null
  const theaterCc = p.theaterCountry ? p.ccValues.indexOf(p.theaterCountry) : -2
  let ids: Set<number> | null = null
  let seats: Map<string, number> | null = null

  const entry = (i: number): GazEntry => {
    const known = entries[i]
    if (known) return known
    const fcode = p.fcodeValues[p.fcode[i] as number] as string
    const gid = p.geonameId[i] as number
    const t = p.theaterEntries[i]
    const e: GazEntry = {
      index: i, placeId: t ? t.placeId : `geonames:${gid}`, geonameId: t ? null : gid, name: p.names[i] as string,
      lat: Math.round((p.lat[i] as number) * 1e4) / 1e4, lon: Math.round((p.lon[i] as number) * 1e4) / 1e4,
      cc: p.ccValues[p.cc[i] as number] as string, admin1: p.admin1Values[p.admin1[i] as number] as string, fcode,
      kind: t ? t.kind : (KIND_OF[fcode] ?? 'city'), population: p.population[i] as number, pcode: p.pcodes[i] ?? '',
      precision: t ? t.precision : (PRECISION_OF[fcode] ?? 'exact'),
    }
    entries[i] = e
    return e
  }
  const hitLists = new Map<number, readonly KeyHit[]>()
  const demonyms = new Map(Object.entries(p.demonyms))
  const refsOf = (k: number): Int32Array => p.refs.subarray(p.keyStart[k] as number, p.keyStart[k + 1] as number)
  const hitsOf = (k: number): readonly KeyHit[] => {
    if (k < 0) return []
    // Hit lists are read-only and asked for again and again (the same names recur): built once per key.
    let hits = hitLists.get(k)
    if (hits === undefined) {
      // A plain loop over the refs, not Array.from over a subarray: no view and no iterator per new key.
      const list: KeyHit[] = []
      for (let at = p.keyStart[k] as number, end = p.keyStart[k + 1] as number; at < end; at++) {
        const r = p.refs[at] as number
        list.push({ entry: r >> 1, own: (r & 1) === 1 })
      }
      hits = list
      if (hitLists.size > 100_000) hitLists.clear()
      hitLists.set(k, hits)
    }
    return hits
  }
  const keyOf = (key: string): number => {
    const node = trie.walk(key)
    return node < 0 ? -1 : (trie.nodeKey[node] as number)
  }

  // Deletion neighbourhoods and consonant skeletons of the theater country's one-word keys, built on the first typo
  // lookup only.
  const theaterMisspellings = (): NonNullable<typeof misspellings> => {
    if (misspellings) return misspellings
    const byDeletion = new Map<string, string[]>()
    const bySkeleton = new Map<string, string[]>()
    const tc = p.ccValues.indexOf(p.theaterCountry)
    if (p.theaterCountry && tc >= 0) {
      for (let k = 0; k < p.keys.length; k++) {
        const key = p.keys[k] as string
        const space = key.indexOf(' ')
        // Two-word names: filed by their second word less one vowel ("marat tamsrin" for "marat tamasrin"), the first kept.
        const pair = space > 0 && key.indexOf(' ', space + 1) < 0 && key.length - space > 5
        if (key.length < 5 || (space >= 0 && !pair)) continue
        if (!Array.from(refsOf(k)).some((r) => p.cc[r >> 1] === tc)) continue
        if (pair) {
          for (const d of vowelDeletions(key.slice(space + 1))) fileUnder(byDeletion, key.slice(0, space + 1) + d, key)
          continue
        }
        for (const d of [key, ...oneDeletions(key)]) fileUnder(byDeletion, d, key)
        if (consonantSkeleton(key)) fileUnder(bySkeleton, consonantSkeleton(key), key)
      }
    }
    misspellings = { byDeletion, bySkeleton }
    return misspellings
  }

  return {
    theater: p.theater,
    theaterCountry: p.theaterCountry,
    size: p.count,
    keyCount: p.keys.length,
    entry,
    populationOf: (i) => p.population[i] as number,
    scoringPopulationOf: (i) => {
      const known = p.population[i] as number
      if (known > 0) return known
      // (The theater country's seats only: the world index's unknown populations are left as GeoNames has them, which
      // its scoring was measured with.)
      if (p.cc[i] !== theaterCc) return 0
      const fcode = p.fcodeValues[p.fcode[i] as number] as string
      return SEAT_FCODES.has(fcode) ? (seatMedians ??= medianSeatPopulations(p, theaterCc)).get(fcode) ?? 0 : 0
    },
    lookup: (key) => hitsOf(keyOf(key)),
    has: (key) => keyOf(key) >= 0,
    hasLonger: (key) => (nodeFlags(trie.walk(key)) & PROBE_LONGER) !== 0,
    probe: (key) => nodeFlags(trie.walk(key)),
    wordId: (word) => trie.wordId(word),
    step: (node, word) => trie.step(node, word),
    nodeFlags,
    nodeKey: (node) => p.keys[trie.nodeKey[node] as number] as string,
    nodeHits: (node) => hitsOf(trie.nodeKey[node] as number),
    isTheater: (i) => p.theaterEntries[i] !== undefined,
    lowercaseOk: (key) => lowercase.has(key),
    focusOnly: (key) => focus.has(key),
    lowercaseStart: (wordKey) => lowercaseFirst.has(wordKey),
    lowercaseFirstLetter: (letter) => p.lowercaseKeys.some((k) => k.startsWith(letter)),
    demonymCountry: (key) => demonyms.get(key),
    admin1Name: (code) => p.admin1Names[code] ?? null,
    country: (iso) => countries.get(iso),
    seatOf(admin1) {
      // (Read from the columns on first use: "the provincial capital" is rare, and no entry need be built to find one.)
      if (!seats) {
        seats = new Map()
        const ppla = p.fcodeValues.indexOf('PPLA')
        for (let i = 0; i < p.count; i++) {
          if (p.fcode[i] !== ppla) continue
          const code = p.admin1Values[p.admin1[i] as number] as string
          const known = seats.get(code)
          if (known === undefined || (p.population[i] as number) > (p.population[known] as number)) seats.set(code, i)
        }
      }
      return seats.get(admin1)
    },
    hasGeonameId(id) {
      ids ??= new Set(p.geonameId)
      return ids.has(id)
    },
    spellingNeighbours(key) {
      if (key.length < 5) return []
      const space = key.indexOf(' ')
      if (space >= 0) {
        if (space === 0 || key.indexOf(' ', space + 1) >= 0) return []
        const found = pairNeighbours(key, space, theaterMisspellings().byDeletion)
        // "Jubata al-Khashab" for OCHA's Jbata Elkhashab: the first word's vowel after its first consonant, which
        // colloquial spellings drop, written out.
        const first = key.slice(0, space)
        if (first.length > 3 && vowelAfterFirst(first)) {
          const shorter = `${first[0] as string}${first.slice(2)}${key.slice(space)}`
          if (hitsOf(keyOf(shorter)).some((h) => p.cc[h.entry] === theaterCc)) found.push(shorter)
        }
        return found
      }
      const { byDeletion, bySkeleton } = theaterMisspellings()
      const found = new Set<string>()
      // (Two keys filed under the same deletion of each may be two edits apart, "mharda" and "hardan": kept at one.)
      for (const d of [key, ...oneDeletions(key)]) for (const k of byDeletion.get(d) ?? []) if (k !== key && oneEditApart(key, k)) found.add(k)
      // One of the two without the vowel the other has after its first consonant: "Mhardeh" for Muhradah, "Marrat" for Mrat.
      const vowel = vowelAfterFirst(key)
      for (const k of bySkeleton.get(consonantSkeleton(key)) ?? []) if (k !== key && vowelAfterFirst(k) !== vowel) found.add(k)
      return [...found]
    },
  }
}

/**
 * A two-word key's theater names with the same first word and one vowel more in the second ("marat tamsrin" ->
 * "marat tamasrin"): a vowel a writer dropped, as news does, not a letter changed or added.
 */
function pairNeighbours(key: string, space: number, byDeletion: ReadonlyMap<string, string[]>): string[] {
  return (byDeletion.get(key) ?? []).filter((k) => k !== key && k.length === key.length + 1 && k.startsWith(key.slice(0, space + 1)))
}

function fileUnder(map: Map<string, string[]>, at: string, key: string): void {
  const list = map.get(at)
  if (!list) map.set(at, [key])
  else if (!list.includes(key)) list.push(key)
}

const VOWELS = /[aeiou]/g
/** A key's consonants in order, from three on ('' for fewer: too short a skeleton matches too many names). */
function consonantSkeleton(key: string): string {
  const skeleton = key.replace(VOWELS, '')
  return skeleton.length >= 3 ? skeleton : ''
}

/** Whether a key has a vowel after its first consonant ("muhrada"), the vowel colloquial spellings drop ("mharda"). */
function vowelAfterFirst(key: string): boolean {
  return !/[aeiou]/.test(key[0] as string) && /[aeiou]/.test(key[1] as string)
}

/** The word less one of its vowels, each in turn ("tamasrin" -> "tmasrin", "tamsrin", "tamasrn"). */
function vowelDeletions(word: string): string[] {
  const out: string[] = []
  for (let i = 0; i < word.length; i++) if ('aeiou'.includes(word[i] as string)) out.push(word.slice(0, i) + word.slice(i + 1))
  return out
}

/**
 * Whether two different words are one edit apart: a letter added, dropped or changed, or two neighbours swapped.
 * (By hand: the symmetric-deletion index finds the candidates; this only confirms one, at the cost of a loop.)
 */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    // changed, or swapped with the next letter
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

function oneDeletions(word: string): string[] {
  const out: string[] = []
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1))
  return out
}
