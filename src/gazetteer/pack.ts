// Compact on-disk form of the gazetteer index: a JSON header with dictionary-coded string columns and one binary
// file of typed arrays (coordinates, populations, ids, key -> entry refs). Loading it is a read and a few splits.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { PlaceKind, PlacePrecision } from '../core/types.ts'
import type { GazIndexData } from './types.ts'
import type { WordTrieData } from './word-trie.ts'
import { buildWordTrie } from './word-trie.ts'

/** The index as held in memory after loading. */
export interface PackedIndex {
  readonly version: number
  readonly theater: string
  readonly theaterCountry: string
  readonly count: number
  readonly names: readonly string[]
  readonly ccValues: readonly string[]
  readonly cc: Uint16Array
  readonly admin1Values: readonly string[]
  readonly admin1: Uint16Array
  readonly fcodeValues: readonly string[]
  readonly fcode: Uint16Array
  readonly lat: Float32Array
  readonly lon: Float32Array
  readonly population: Float64Array
  /** GeoNames id, or 0 for theater places. */
  readonly geonameId: Int32Array
  /** Theater entries by index: their id, kind and own precision (GeoNames ones derive these from the feature code). */
  readonly theaterEntries: Readonly<Record<string, { placeId: string; kind: PlaceKind; precision: PlacePrecision }>>
  readonly pcodes: Readonly<Record<string, string>>
  readonly keys: readonly string[]
  /** refs of keys[k] are refs[keyStart[k] .. keyStart[k + 1]). */
  readonly keyStart: Uint32Array
  readonly refs: Int32Array
  /** The keys as a trie over word ids: what recognition walks, and how a key string finds its index. */
  readonly trie: WordTrieData
  readonly lowercaseKeys: readonly string[]
  readonly focusKeys: readonly string[]
  readonly admin1Names: Readonly<Record<string, string>>
  readonly demonyms: Readonly<Record<string, string>>
}

function dictionary(values: readonly string[]): { values: string[]; codes: Uint16Array } {
  const seen = new Map<string, number>()
  const codes = new Uint16Array(values.length)
  values.forEach((v, i) => {
    let c = seen.get(v)
    if (c === undefined) { c = seen.size; seen.set(v, c) }
    codes[i] = c
  })
  if (seen.size > 65535) throw new Error('pack: more than 65,535 distinct values in a dictionary-coded column')
  return { values: [...seen.keys()], codes }
}

/** Packs built index data into the in-memory form. */
export function pack(data: GazIndexData): PackedIndex {
  const c = data.columns
  const n = c.placeId.length
  const theaterEntries: Record<string, { placeId: string; kind: PlaceKind; precision: PlacePrecision }> = {}
  const pcodes: Record<string, string> = {}
  const geonameId = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const id = c.geonameId[i]
    if (id === null || id === undefined) theaterEntries[i] = { placeId: c.placeId[i] as string, kind: c.kind[i] as PlaceKind, precision: c.precision[i] as PlacePrecision }
    else geonameId[i] = id
    if (c.pcode[i]) pcodes[i] = c.pcode[i] as string
  }
  const keys = Object.keys(data.keys)
  const keyStart = new Uint32Array(keys.length + 1)
  const refList: number[] = []
  keys.forEach((k, i) => {
    keyStart[i] = refList.length
    const r = data.keys[k] as number | number[]
    if (typeof r === 'number') refList.push(r)
    else refList.push(...r)
  })
  keyStart[keys.length] = refList.length
  const cc = dictionary(c.cc)
  const admin1 = dictionary(c.admin1)
  const fcode = dictionary(c.fcode)
  return {
    version: data.version, theater: data.theater, theaterCountry: data.theaterCountry, count: n, names: c.name,
    ccValues: cc.values, cc: cc.codes, admin1Values: admin1.values, admin1: admin1.codes, fcodeValues: fcode.values, fcode: fcode.codes,
    lat: Float32Array.from(c.lat), lon: Float32Array.from(c.lon), population: Float64Array.from(c.population), geonameId,
    theaterEntries, pcodes, keys, keyStart, refs: Int32Array.from(refList), trie: buildWordTrie(keys), lowercaseKeys: data.lowercaseKeys, focusKeys: data.focusKeys,
    admin1Names: data.admin1Names, demonyms: data.demonyms,
  }
}

const ARRAYS = ['cc', 'admin1', 'fcode', 'lat', 'lon', 'population', 'geonameId', 'keyStart', 'refs'] as const
type ArrayName = (typeof ARRAYS)[number]
const TRIE_ARRAYS = ['wordSlots', 'nodeKey', 'nodeLonger', 'steps'] as const
type TrieArrayName = (typeof TRIE_ARRAYS)[number]
type Typed = Uint8Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array

/** Writes `<base>.json` (header and strings) and `<base>.bin` (typed arrays), each atomically. */
export function writePacked(p: PackedIndex, base: string): void {
  const parts: Buffer[] = []
  const layout: Record<string, [number, number]> = {}
  let offset = 0
  const arrays: [string, Typed][] = [...ARRAYS.map((n): [string, Typed] => [n, p[n]]), ...TRIE_ARRAYS.map((n): [string, Typed] => [`trie.${n}`, p.trie[n]])]
  for (const [name, a] of arrays) {
    const buf = Buffer.from(a.buffer, a.byteOffset, a.byteLength)
    // Float64 and Int32 views need aligned offsets: pad every array to 8 bytes.
    const pad = (8 - (buf.byteLength % 8)) % 8
    layout[name] = [offset, a.length]
    parts.push(buf, Buffer.alloc(pad))
    offset += buf.byteLength + pad
  }
  const header = {
    version: p.version, theater: p.theater, theaterCountry: p.theaterCountry, count: p.count, layout,
    names: p.names.join('\n'), keys: p.keys.join('\n'), trieWords: p.trie.words.join('\n'), ccValues: p.ccValues, admin1Values: p.admin1Values, fcodeValues: p.fcodeValues,
    theaterEntries: p.theaterEntries, pcodes: p.pcodes, lowercaseKeys: p.lowercaseKeys, focusKeys: p.focusKeys, admin1Names: p.admin1Names, demonyms: p.demonyms,
  }
  const tag = `${process.pid}.tmp`
  writeFileSync(`${base}.bin.${tag}`, Buffer.concat(parts))
  writeFileSync(`${base}.json.${tag}`, JSON.stringify(header))
  renameSync(`${base}.bin.${tag}`, `${base}.bin`)
  renameSync(`${base}.json.${tag}`, `${base}.json`)
}

/**
 * The codes as V8's internalized strings (its one copy of each property name). JSON.parse internalizes only short
 * strings; compiled code that compares codes learns to compare internalized strings by address, and is discarded
 * the first time a longer code ("AI.11205389") reaches it.
 */
function internalized(values: readonly string[]): string[] {
  return values.map((v) => Object.keys({ [v]: 0 })[0] as string)
}

/** Reads what writePacked wrote. */
export function readPacked(base: string): PackedIndex {
  const { trieWords, ...h } = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Omit<PackedIndex, ArrayName | 'names' | 'keys' | 'trie'> & {
    layout: Record<ArrayName | `trie.${TrieArrayName}`, [number, number]>; names: string; keys: string; trieWords: string
  }
  const raw = readFileSync(`${base}.bin`)
  // Typed-array views need an aligned start; a pooled Buffer may not give one.
  const bin = raw.byteOffset % 8 === 0 ? raw : Buffer.concat([raw])
  const ab = bin.buffer
  const at = (name: ArrayName | `trie.${TrieArrayName}`): [number, number] => {
    const [off, len] = h.layout[name]
    return [bin.byteOffset + off, len]
  }
  return {
    ...h,
    ccValues: internalized(h.ccValues), admin1Values: internalized(h.admin1Values), fcodeValues: internalized(h.fcodeValues),
    names: h.names.split('\n'),
    keys: h.keys.split('\n'),
    trie: {
      words: trieWords.split('\n'), wordSlots: new Int32Array(ab, ...at('trie.wordSlots')), nodeKey: new Int32Array(ab, ...at('trie.nodeKey')),
      nodeLonger: new Uint8Array(ab, ...at('trie.nodeLonger')), steps: new Int32Array(ab, ...at('trie.steps')),
    },
    cc: new Uint16Array(ab, ...at('cc')), admin1: new Uint16Array(ab, ...at('admin1')), fcode: new Uint16Array(ab, ...at('fcode')),
    lat: new Float32Array(ab, ...at('lat')), lon: new Float32Array(ab, ...at('lon')),
    population: new Float64Array(ab, ...at('population')), geonameId: new Int32Array(ab, ...at('geonameId')),
    keyStart: new Uint32Array(ab, ...at('keyStart')), refs: new Int32Array(ab, ...at('refs')),
  }
}
