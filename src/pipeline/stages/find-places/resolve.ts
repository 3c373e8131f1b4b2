// Resolution: picks one gazetteer entry per mention by scoring each candidate on match quality, feature class,
// population, the theater, the document's country focus and its distance to the other places named; records
// which feature decided. Two passes: unambiguous mentions first become anchors, then everything is scored against them.
import type { Gazetteer, KeyHit } from '../../../gazetteer/load.ts'
import type { GazEntry } from '../../../gazetteer/types.ts'
import { CROSSING_WORDS } from '../../../gazetteer/crossing-names.ts'
import type { Mention } from './recognize.ts'
import { isMajor as isMajorPlace, surfaceOfName } from './recognize.ts'
import { arabicCountryAdjective } from './qualifier.ts'
import { partWordAfter } from './relative.ts'
import { CellIndex } from './cell-index.ts'
import { codeAt } from '../../../core/code-at.ts'
import { distanceKm } from '../../../core/geo.ts'
import { mapPacked } from '../../../core/packed.ts'

export interface Resolution {
  readonly mention: Mention
  readonly entry: GazEntry
  /** The feature that separated the winner from the runner-up ("population", "proximity", "only-candidate", …). */
  readonly rule: string
  /** The runner-up when it was close (score within 0.5) and elsewhere (over 50 km away): an ambiguous name. */
  readonly close: GazEntry | null
}

type Feature = 'name-match' | 'feature-class' | 'admin-suffix' | 'population' | 'theater' | 'country-focus' | 'admin-focus' | 'proximity'
  | 'coherence' | 'container'
type Scores = Record<Feature, number>

const KM_PER_DEGREE = 111.19
/** Beyond this an anchor adds no proximity (400 km, with a margin for the flat-earth bound). */
const FAR_KM = 450

const CLASS_SCORE: Readonly<Record<string, number>> = {
  PCLI: 4, CONT: 4, ADM1: 4.5, ADM2: 0.8, PPLC: 2, PPLA: 1.5, PPLA2: 0.8, PPLA3: 0.3, PPLA4: 0.2, PPLX: 0.3,
  REGION: 3, BASE: 3, AIRP: 3, ROAD: 3, BRIDGE: 3, XING: 2, PRT: 2, STM: 2,
}
/** Candidates per mention kept for scoring: most populous first after own-name matches. */
const MAX_CANDIDATES = 60

interface Doc {
  readonly text: string
  readonly gaz: Gazetteer
  /** Country votes of the mentions, by mention key: a mention's own votes never count for itself. */
  readonly votes: readonly { key: string; cc: string; w: number }[]
  readonly totals: VoteTotals
  readonly admin1Focus: ReadonlySet<string>
  readonly anchors: readonly { key: string; entry: GazEntry }[]
  readonly anchorPoints: readonly AnchorPoint[]
  /** 1° grid cell -> names (mention keys, numbered by nameIds) with a candidate in it. */
  readonly cells: CellIndex
  readonly nameIds: ReadonlyMap<string, number>
  /** Coherence by mention key, candidate list and candidate position (NaN until computed), shared by the passes over one
   * document: coherence() is the same in every pass and for every mention of one key. */
  readonly coherence: CoherenceRows
}

/** A 1° grid cell as one number (latitude row * 1000 + longitude column, both shifted positive). */
const cellOf = (lat: number, lon: number): number => (Math.floor(lat) + 90) * 1000 + Math.floor(lon) + 180

/** The one cell index, refilled for each document (resolution runs one document at a time). */
const documentCells = new CellIndex()

/**
 * Fills `cells` with where each mention's candidates lie, so a candidate can count the other names with a namesake
 * nearby. Returns the names' numbers: one per distinct mention key, as the index keeps them.
 */
function candidateCells(mentions: readonly Mention[], listOf: (i: number) => Candidates, cells: CellIndex): Map<string, number> {
  cells.clear()
  const nameIds = new Map<string, number>()
  // A name repeated with the same candidates adds nothing the first time did not: the lists seen, by name number.
  const seen: Candidates[][] = []
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention
    let name = nameIds.get(m.key)
    if (name === undefined) {
      nameIds.set(m.key, (name = nameIds.size))
      seen.push([])
    }
    if (m.typo) continue
    const found = listOf(i)
    const lists = seen[name] as Candidates[]
    if (lists.includes(found)) continue
    lists.push(found)
    for (let i = 0; i < found.length; i++) {
      const k = found.num[i * STRIDE + C_CELL] as number
      if (k >= 0) cells.add(k, name)
    }
  }
  return nameIds
}

/**
 * One document's coherence rows, one per mention key and candidate list, laid end to end in one buffer that every
 * document reuses (resolution runs one document at a time): no typed array to allocate per row.
 */
interface CoherenceRows { readonly byList: Map<Candidates, { readonly key: string; readonly at: number }[]>; used: number }
let coherenceBuffer = new Float64Array(1024)

/** Where the coherence row of a mention's candidate list starts in coherenceBuffer, in one document. */
function coherenceRow(m: Mention, found: Candidates, d: Doc): number {
  const rows = d.coherence
  let forList = rows.byList.get(found)
  if (!forList) rows.byList.set(found, (forList = []))
  for (const r of forList) if (r.key === m.key) return r.at
  const at = rows.used
  if (at + found.length > coherenceBuffer.length) {
    const grown = new Float64Array(Math.max(coherenceBuffer.length * 2, at + found.length))
    grown.set(coherenceBuffer.subarray(0, at))
    coherenceBuffer = grown
  }
  coherenceBuffer.fill(NaN, at, at + found.length)
  rows.used = at + found.length
  forList.push({ key: m.key, at })
  return at
}

/** The number (Doc.nameIds) of the mention best() is scoring, set with its focus; -1 for a key no mention has. */
let scoringName = -1

/**
 * Other names in the text with some candidate within about one degree: local news names neighbours ("Brandon",
 * "Alexandria"). `cell` is the candidate's C_CELL (-1 for a country or continent, which count none).
 */
function coherence(cell: number, cells: CellIndex): number {
  return cell < 0 ? 0 : cells.nearCount(cell, scoringName)
}

/**
 * A name's candidates with the parts of their scores no context changes, their numbers packed in one array (STRIDE
 * a candidate): scoring a list reads one contiguous buffer, not an object per candidate scattered over the heap.
 */
interface Candidates {
  readonly length: number
  readonly entries: readonly GazEntry[]
  /** Per candidate: the C_* fields below. */
  readonly num: Float64Array
  readonly cc: readonly string[]
  readonly admin1: readonly string[]
  /** The context-free best by admin suffix and bearing: it reads nothing else, so it holds across documents. */
  readonly alone: Map<string, Best | null>
  /** alone's answer for no suffix and no bearing, the common case, read without a key string (undefined until known). */
  aloneBare: Best | null | undefined
  /** The surface and suffix they were made for (the cache below tells lists of one hit list apart by them). */
  readonly surface: string
  readonly suffixed: boolean
}

const C_NAME_MATCH = 0
const C_NAME_MATCH_ALONE = 1
const C_POPULATION = 2
const C_FEATURE_CLASS = 3
const C_THEATER = 4
/** 1 for a governorate (ADM1), 2 for a district (ADM2), else 0: what an admin suffix matches. */
const C_ADM = 5
const C_ADMIN1_FOCUSABLE = 6
const C_LAT = 7
const C_LON = 8
const C_INDEX = 9
const C_CELL = 10
const STRIDE = 11

/**
 * Candidates depend only on the hit list (one shared array per name key, so the same names in another document
 * meet the same array), the written surface and whether an admin suffix follows: cached on those across documents.
 */
const candidateCache = new WeakMap<readonly KeyHit[], Candidates[]>()

function candidates(m: Mention, gaz: Gazetteer): Candidates {
  let bySurface = candidateCache.get(m.hits)
  if (!bySurface) candidateCache.set(m.hits, (bySurface = []))
  // A hit list meets few surfaces ("Deir ez-Zor", "Dayr az Zawr"): a short scan, no key string to build and hash.
  const suffixed = m.suffix !== null
  for (const known of bySurface) if (known.suffixed === suffixed && known.surface === m.surface) return known
  // Built straight into the packed arrays, entries made only for the hits kept: on text the process has not seen,
  // the per-candidate objects this once built (spread twice) and the entries of every hit of a long list were the
  // largest part of the cold cost in resolution (with the other cold-path changes: LGL read once 1.7x faster).
  const kept = withoutNamesakesOfMetropolis(m, keptHits(m.hits, gaz), gaz)
  const length = kept.length
  // Arrays filled by push, not made at their length: packed, not holey, for best()'s reads.
  const entries: GazEntry[] = []
  // Areas with this very name: their seat, also a candidate, is what the bare name means.
  // (The sets are made only for a list that holds such an area: most hold none.)
  let adm1: Set<string> | null = null
  let adm2: Set<string> | null = null
  for (let i = 0; i < length; i++) {
    const e = gaz.entry((kept[i] as KeyHit).entry)
    entries.push(e)
    if (m.suffix !== null) continue
    if (e.fcode === 'ADM1') (adm1 ??= new Set()).add(e.admin1)
    // Districts named after their seat are the rule in the theater ("Maarat al-Numan District"), not everywhere.
    else if (e.fcode === 'ADM2' && gaz.theaterCountry && e.cc === gaz.theaterCountry) (adm2 ??= new Set()).add(e.admin1)
  }
  const namesakes: Namesakes | null = adm1 || adm2 ? { adm1: adm1 ?? NO_CODES, adm2: adm2 ?? NO_CODES } : null
  const num = new Float64Array(length * STRIDE)
  const cc: string[] = []
  const admin1: string[] = []
  const writtenWithQ = BARE_Q.test(m.surface)
  for (let i = 0; i < length; i++) {
    const e = entries[i] as GazEntry
    const own = (kept[i] as KeyHit).own
    const at = i * STRIDE
    const spelled = own && spelledAsOwnName(m, e)
    // "Qassaa", a Damascus quarter, meets Kazan by one of Kazan's other names ("Kassa"): a q not followed by u spells
    // Arabic ق, not a place abroad whose own name has no q. Such a match counts as a respelling of its name, which
    // stands only where the text points to it (the check after scoring).
    const respelled = writtenWithQ && !own && e.cc !== gaz.theaterCountry && !/q/i.test(e.name)
    num[at + C_NAME_MATCH] = respelled ? RESPELLED : nameMatch(own, spelled, e, gaz.theaterCountry)
    num[at + C_NAME_MATCH_ALONE] = respelled ? RESPELLED : nameMatch(own, spelled, e, '')
    // (A seat's unknown population counts as its peers' when the text names it by its own name, not by another.)
    num[at + C_POPULATION] = 0.6 * Math.log10(1 + (own ? gaz.scoringPopulationOf(e.index) : e.population))
    // "Aleppo", "New York", "Maarat al-Numan": an admin area and a town in it share the name; the bare name means the town.
    num[at + C_FEATURE_CLASS] = (CLASS_SCORE[e.fcode] ?? 0) + (namesakes !== null && namesakeSeat(e, namesakes) ? 3 : 0)
    num[at + C_THEATER] = gaz.theaterCountry && e.cc === gaz.theaterCountry ? 2 : 0
    num[at + C_ADM] = e.fcode === 'ADM1' ? 1 : e.fcode === 'ADM2' ? 2 : 0
    num[at + C_ADMIN1_FOCUSABLE] = e.admin1 !== '' && e.fcode !== 'ADM1' ? 1 : 0
    num[at + C_LAT] = e.lat
    num[at + C_LON] = e.lon
    num[at + C_INDEX] = e.index
    num[at + C_CELL] = e.kind === 'country' || e.fcode === 'CONT' ? -1 : cellOf(e.lat, e.lon)
    cc.push(e.cc)
    admin1.push(e.admin1)
  }
  const found: Candidates = { length, entries, num, cc, admin1, alone: new Map<string, Best | null>(), aloneBare: undefined, surface: m.surface, suffixed }
  if (bySurface.length > 64) bySurface.length = 0
  bySurface.push(found)
  return found
}

/** The hits scored: all, or of a longer list the MAX_CANDIDATES first by own name, then population as scored (read from the
 * index's columns, so the entries of the hits left out are never made). */
function keptHits(hits: readonly KeyHit[], gaz: Gazetteer): readonly KeyHit[] {
  if (hits.length <= MAX_CANDIDATES) return hits
  return [...hits].sort((a, b) => Number(b.own) - Number(a.own) || gaz.scoringPopulationOf(b.entry) - gaz.scoringPopulationOf(a.entry)).slice(0, MAX_CANDIDATES)
}

/** Vote totals by country and by mention key, so each mention's focus is a subtraction, not a pass over all votes. */
interface VoteTotals { readonly byCc: Map<string, number>; readonly byKey: Map<string, Map<string, number>>; readonly sum: number; readonly sumByKey: Map<string, number>
  /** byCc's countries and totals, in its order, for the focus loop. */
  readonly ccs: readonly string[]; readonly ccTotals: readonly number[] }

function voteTotals(votes: readonly { key: string; cc: string; w: number }[]): VoteTotals {
  const byCc = new Map<string, number>()
  const byKey = new Map<string, Map<string, number>>()
  const sumByKey = new Map<string, number>()
  let sum = 0
  for (const v of votes) {
    byCc.set(v.cc, (byCc.get(v.cc) ?? 0) + v.w)
    let own = byKey.get(v.key)
    if (!own) byKey.set(v.key, (own = new Map()))
    own.set(v.cc, (own.get(v.cc) ?? 0) + v.w)
    sumByKey.set(v.key, (sumByKey.get(v.key) ?? 0) + v.w)
    sum += v.w
  }
  return { byCc, byKey, sum, sumByKey, ccs: [...byCc.keys()], ccTotals: [...byCc.values()] }
}

/**
 * The focus of the mention best() is scoring: each country's share among the votes of the other mentions (a mention's
 * own votes never count for itself), for the few countries voted for. Kept in these lists, reused by every call.
 */
const focusCcs: string[] = []
const focusShares: number[] = []
/** How many of the focus lists' entries are the current mention's (the lists are never shrunk, so never grown again). */
let focusCount = 0

/** Sets the focus lists for a mention: each share computed once, so a candidate's is a scan of a short list. */
function focusOn(m: Mention, d: Doc): void {
  const t = d.totals
  const own = t.byKey.get(m.key)
  const sum = t.sum - (t.sumByKey.get(m.key) ?? 0)
  focusCount = 0
  if (sum > 0) {
    for (let i = 0; i < t.ccs.length; i++) {
      const cc = t.ccs[i] as string
      focusCcs[focusCount] = cc
      focusShares[focusCount++] = ((t.ccTotals[i] as number) - (own?.get(cc) ?? 0)) / sum
    }
  }
}

/** A country's share in the focus last set (0 for a country no other mention voted for). */
function focusShare(cc: string): number {
  for (let i = 0; i < focusCount; i++) if (focusCcs[i] === cc) return focusShares[i] as number
  return 0
}

/** Admin1 codes holding a governorate (ADM1) or a district (ADM2) of the very name of a mention. */
interface Namesakes { readonly adm1: ReadonlySet<string>; readonly adm2: ReadonlySet<string> }
const NO_CODES: ReadonlySet<string> = new Set()

/** A town that shares its name with the area it is the seat of: governorate seats and big towns, district seats. */
function namesakeSeat(e: GazEntry, n: Namesakes): boolean {
  if (e.kind !== 'city') return false
  if (n.adm1.has(e.admin1) && (e.fcode === 'PPLA' || e.fcode === 'PPLC' || e.population >= 1_000_000)) return true
  return n.adm2.has(e.admin1) && (e.fcode === 'PPLA' || e.fcode === 'PPLA2' || e.fcode === 'PPLC')
}

/** Feature order of a score row: the order scoreInto adds them in and the order of a Scores object's keys (decider reads them so). */
const FEATURES: readonly Feature[] = ['name-match', 'feature-class', 'admin-suffix', 'population', 'theater', 'country-focus', 'admin-focus',
  'proximity', 'coherence', 'container']
const NAME_MATCH = 0
const FEATURE_CLASS = 1
const ADMIN_SUFFIX = 2
const POPULATION = 3
const THEATER = 4
const COUNTRY_FOCUS = 5
const ADMIN_FOCUS = 6
const PROXIMITY = 7
const COHERENCE = 8
const CONTAINER = 9

/** The most proximity can add (1.5, within 50 km of an anchor) and coherence (0.6 a neighbour, three at most). */
const PROXIMITY_MAX = 1.5
const COHERENCE_MAX = 1.8
/** Below the runner-up by more than rounding can explain: such a candidate can be neither winner nor runner-up. */
const BOUND_SLACK = 1e-9

/**
 * Scores one candidate into a row (FEATURES order) and returns their total; rows are reused, so scoring allocates
 * nothing. With a document, the cheap parts come first: when they and the most proximity and coherence could add stay
 * under `bound` (the runner-up's total so far), the candidate can change nothing and -Infinity is returned unscored.
 */
function scoreInto(s: Float64Array, m: Mention, c: Candidates, at: number, d: Doc | null, container: GazEntry | null, coherenceAt: number,
  bound = -Infinity): number {
  const num = c.num
  const base = at * STRIDE
  s[NAME_MATCH] = num[base + (d ? C_NAME_MATCH : C_NAME_MATCH_ALONE)] as number
  s[FEATURE_CLASS] = num[base + C_FEATURE_CLASS] as number
  s[POPULATION] = num[base + C_POPULATION] as number
  const adm = num[base + C_ADM] as number
  // "Idlib province" -> the governorate; "the Hama countryside" -> the governorate around the city.
  if (m.suffix === 'ADM1' && adm === 1) s[ADMIN_SUFFIX] = 6
  else if (m.suffix === 'ADM2' && adm === 2) s[ADMIN_SUFFIX] = 6
  // "the western Aleppo countryside" is the country around the city on that side, not the whole governorate.
  else if (m.suffix === 'AREA' && m.bearing === null && adm !== 0) s[ADMIN_SUFFIX] = adm === 1 ? 3 : 2
  else s[ADMIN_SUFFIX] = 0
  s[THEATER] = 0
  s[COUNTRY_FOCUS] = 0
  s[ADMIN_FOCUS] = 0
  s[PROXIMITY] = 0
  s[COHERENCE] = 0
  s[CONTAINER] = 0
  if (d) {
    s[THEATER] = num[base + C_THEATER] as number
    const cc = c.cc[at] as string
    s[COUNTRY_FOCUS] = 3 * focusShare(cc)
    if (num[base + C_ADMIN1_FOCUSABLE] === 1 && d.admin1Focus.size > 0 && d.admin1Focus.has(c.admin1[at] as string)) s[ADMIN_FOCUS] = 1.5
    const index = num[base + C_INDEX] as number
    // "Springfield, Illinois": the place named right after a comma contains this one.
    if (container && container.index !== index) {
      if (container.kind === 'country' ? cc === container.cc : c.admin1[at] === container.admin1 && cc === container.cc) s[CONTAINER] = 6
    }
    let near = coherenceAt >= 0 ? (coherenceBuffer[coherenceAt + at] as number) : NaN
    if (bound > -Infinity) {
      const cheap = (s[NAME_MATCH] as number) + (s[FEATURE_CLASS] as number) + (s[ADMIN_SUFFIX] as number) + (s[POPULATION] as number) +
        (s[THEATER] as number) + (s[COUNTRY_FOCUS] as number) + (s[ADMIN_FOCUS] as number) + (s[CONTAINER] as number)
      const most = (d.anchorPoints.length > 0 ? PROXIMITY_MAX : 0) + (near === near ? 0.6 * Math.min(3, near) : d.cells.size > 0 ? COHERENCE_MAX : 0)
      if (cheap + most < bound) return -Infinity
    }
    s[PROXIMITY] = proximity(m, num[base + C_LAT] as number, num[base + C_LON] as number, index, d.anchorPoints)
    if (near !== near) {
      near = coherence(num[base + C_CELL] as number, d.cells)
      if (coherenceAt >= 0) coherenceBuffer[coherenceAt + at] = near
    }
    s[COHERENCE] = 0.6 * Math.min(3, near)
  }
  // Added in FEATURES order, always the same: equal scores give bit-for-bit equal totals.
  return (s[0] as number) + (s[1] as number) + (s[2] as number) + (s[3] as number) + (s[4] as number) + (s[5] as number) + (s[6] as number) + (s[7] as number) + (s[8] as number) + (s[9] as number)
}

/** An anchor as the proximity loop reads it: its coordinates and the cosine of its latitude computed once per document. */
interface AnchorPoint { readonly key: string; readonly index: number; readonly country: boolean; readonly lat: number; readonly lon: number; readonly cos: number }

function anchorPoints(anchors: readonly { key: string; entry: GazEntry }[]): AnchorPoint[] {
  return mapPacked(anchors, (a) => ({ key: a.key, index: a.entry.index, country: a.entry.kind === 'country', lat: a.entry.lat, lon: a.entry.lon,
    cos: Math.cos((a.entry.lat * Math.PI) / 180) }))
}

/** Proximity score: how near the closest anchor (another mention's clear reading) lies. */
function proximity(m: Mention, lat: number, lon: number, index: number, anchors: readonly AnchorPoint[]): number {
  const nearest = nearestAnchorKm(m, lat, lon, index, anchors)
  return nearest <= 50 ? 1.5 : nearest <= 150 ? 1 : nearest <= 400 ? 0.3 : 0
}

/** How far the closest anchor other than the mention's own name lies, within FAR_KM; Infinity when none does. */
function nearestAnchorKm(m: Mention, lat: number, lon: number, index: number, anchors: readonly AnchorPoint[]): number {
  let nearest = Infinity
  let cosLat = NaN
  for (const a of anchors) {
    if (a.key === m.key || a.index === index || a.country) continue
    // Proximity only counts within 400 km: a flat-earth bound (about 111 km a degree) skips far anchors without trigonometry.
    const dLat = Math.abs(a.lat - lat) * KM_PER_DEGREE
    if (dLat > FAR_KM) continue
    let dLon = Math.abs(a.lon - lon)
    if (dLon > 180) dLon = 360 - dLon
    if (cosLat !== cosLat) cosLat = Math.cos((lat * Math.PI) / 180)
    if (dLon * KM_PER_DEGREE * Math.max(cosLat, a.cos) > FAR_KM) continue
    nearest = Math.min(nearest, distanceKm(a.lat, a.lon, lat, lon))
  }
  return nearest
}

/**
 * Of two candidates that score exactly alike with a document, whether `e` lies nearer the closest anchor than `than`
 * does: two villages of one name ("Ahras" near Azaz and near Ras al-Ain), each within 50 km of some named place, go to
 * the one the text's places crowd around, not to the one listed first.
 */
function nearerAnchors(m: Mention, e: GazEntry, than: GazEntry, d: Doc): boolean {
  return nearestAnchorKm(m, e.lat, e.lon, e.index, d.anchorPoints) < nearestAnchorKm(m, than.lat, than.lon, than.index, d.anchorPoints)
}

function scoresOf(row: Float64Array): Scores {
  return {
    'name-match': (row[NAME_MATCH] as number), 'feature-class': (row[FEATURE_CLASS] as number), 'admin-suffix': (row[ADMIN_SUFFIX] as number), population: (row[POPULATION] as number),
    theater: (row[THEATER] as number), 'country-focus': (row[COUNTRY_FOCUS] as number), 'admin-focus': (row[ADMIN_FOCUS] as number), proximity: (row[PROXIMITY] as number),
    coherence: (row[COHERENCE] as number), container: (row[CONTAINER] as number),
  }
}

/**
 * How well the written name fits the entry: its own name spelled the same (1.5); an alternate name (0.5); its own
 * name only through the spelling skeleton ("Kelly" ~ "Cali"), which is trusted only in the theater country.
 */
function nameMatch(own: boolean, spelled: boolean, entry: GazEntry, theaterCountry: string): number {
  if (!own) return 0.3
  if (spelled) return 1.5
  return theaterCountry && entry.cc === theaterCountry ? RESPELLED_AT_HOME : RESPELLED
}
/** Name match of a theater place's own name written another way ("Deir ez-Zor" for Dayr az Zawr). */
const RESPELLED_AT_HOME = 1
/** Name match of a place abroad whose name the text writes another way ("Kelly" for Cali). */
const RESPELLED = -2

/** Whether some candidate of a list, other than a country, lies within `km` of `e`. */
function someReadingWithin(found: Candidates, e: GazEntry, km: number): boolean {
  for (let k = 0; k < found.length; k++) {
    const c = found.entries[k] as GazEntry
    if (c.kind !== 'country' && distanceKm(c.lat, c.lon, e.lat, e.lon) <= km) return true
  }
  return false
}

/** Beyond the distance at which the theater's neighbours lie from the places a text names (other than the place itself). */
const BEYOND_NEIGHBOURS_KM = 1500
function farFromAll(e: GazEntry, anchors: readonly { readonly entry: GazEntry }[]): boolean {
  for (const a of anchors) if (a.entry !== e && a.entry.kind !== 'country' && distanceKm(a.entry.lat, a.entry.lon, e.lat, e.lon) <= BEYOND_NEIGHBOURS_KM) return false
  return true
}

/** An Arabic article opening a name: "Al-Mashi", "al Bab", "Ash-Shaddadi", "El Paso" (an own name may have one too). */
const ARTICLE_OPENING = /^(?:(?:al|el)[-\s‘'’]|(?:ad|ar|as|ash|az|at|an|ath|adh|ed|er|es|ez|et|en)[-‘'’])/i
/** A q not followed by u: a transliteration of Arabic ق ("Qassaa", "Iraq"). */
const BARE_Q = /q(?!u)/

/** A city of this many people or more, spelled as its own name, is what its name means abroad ("Erbil"). */
const METROPOLIS = 1_000_000

/**
 * "An analyst in Erbil": when a city of a million outside the theater country is among the hits and spelled as its
 * own name, a theater place that bears the name only as one of its other names ('Irbīn) is no candidate: the
 * theater's pull and the text's focus on its country would otherwise outweigh the city's own spelling.
 */
function withoutNamesakesOfMetropolis(m: Mention, hits: readonly KeyHit[], gaz: Gazetteer): readonly KeyHit[] {
  const theater = gaz.theaterCountry
  if (!theater || hits.length < 2) return hits
  let metropolis = false
  for (const h of hits) {
    const e = gaz.entry(h.entry)
    if (h.own && e.population >= METROPOLIS && e.cc !== theater && spelledAsOwnName(m, e)) { metropolis = true; break }
  }
  return metropolis ? hits.filter((h) => h.own || gaz.entry(h.entry).cc !== theater) : hits
}

/** Whether the mention spells the entry's own name as the entry does (folded, articles dropped). */
function spelledAsOwnName(m: Mention, entry: GazEntry): boolean {
  const name = entry.name
  // One word of ASCII letters (most names): its surface is its lowercase, compared in place. Asked of every own-name
  // candidate of every new name, folding and filing each entry's name was most of building the candidates.
  const plain = plainLowercaseEquals(name, m.surface)
  if (plain === true || (plain === null && (m.surface === name.toLowerCase() || surfaceOfName(name) === m.surface))) return true
  // "Bekaa" for Béqaa, "Kusayr" for Qusayr: q and k write one Arabic letter (ق) in two transliterations, not two names.
  return (m.surface.includes('q') || name.includes('q') || name.includes('Q')) && qAsK(surfaceOfName(name)) === qAsK(m.surface)
}

const qAsK = (surface: string): string => surface.replaceAll('q', 'k')

/** For a name of ASCII letters only: whether its lowercase is `lower`; null for any other name. */
function plainLowercaseEquals(name: string, lower: string): boolean | null {
  let equal = name.length === lower.length
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i)
    if (c >= 97 && c <= 122) { if (equal && lower.charCodeAt(i) !== c) equal = false } else if (c >= 65 && c <= 90) { if (equal && lower.charCodeAt(i) !== (c | 32)) equal = false } else return null
  }
  return equal
}

/**
 * A pick: the winner, its margin, the runner-up. The score rows (`scores`, `runner`) are read only by the deciding
 * pass (its rules and `decider`), so only that pass asks for them (keepScores); the others get null and allocate none.
 */
interface Best { entry: GazEntry; scores: Scores | null; margin: number; runner: Scores | null; runnerEntry: GazEntry | null }

/** Score rows reused by every `best` call: the candidate being scored, the leader and the runner-up. */
let rowCur = new Float64Array(FEATURES.length)
let rowTop = new Float64Array(FEATURES.length)
let rowSecond = new Float64Array(FEATURES.length)

function best(m: Mention, found: Candidates, d: Doc | null, container: GazEntry | null, keepScores = false): Best | null {
  // Without a document the scores read neither context nor container: one answer for a name, surface, suffix and
  // bearing in every document, kept with its candidates.
  const bare = m.suffix === null && m.bearing === null
  const aloneKey = d || bare ? '' : `${m.suffix ?? ''}\u0000${m.bearing ?? ''}`
  if (!d) {
    const known = bare ? found.aloneBare : found.alone.get(aloneKey)
    if (known !== undefined) return known
  }
  let top: GazEntry | null = null
  let second: GazEntry | null = null
  let topT = 0
  let secondT = 0
  if (d) {
    focusOn(m, d)
    scoringName = d.nameIds.get(m.key) ?? -1
  }
  const coherenceAt = d ? coherenceRow(m, found, d) : -1
  for (let i = 0; i < found.length; i++) {
    // Once there is a runner-up, a candidate that cannot beat it is left unscored (scoreInto's bound).
    const t = scoreInto(rowCur, m, found, i, d, container, coherenceAt, d && second ? secondT - BOUND_SLACK : -Infinity)
    if (t === -Infinity) continue
    if (!top || t > topT || (t === topT && d !== null && nearerAnchors(m, found.entries[i] as GazEntry, top, d))) {
      if (top) { second = top; secondT = topT; const free = rowSecond; rowSecond = rowTop; rowTop = rowCur; rowCur = free } else { const free = rowTop; rowTop = rowCur; rowCur = free }
      top = found.entries[i] as GazEntry
      topT = t
    } else if (!second || t > secondT) {
      second = found.entries[i] as GazEntry
      secondT = t
      const free = rowSecond; rowSecond = rowCur; rowCur = free
    }
  }
  const r = top ? { entry: top, scores: keepScores ? scoresOf(rowTop) : null, margin: second ? topT - secondT : Infinity,
    runner: keepScores && second ? scoresOf(rowSecond) : null, runnerEntry: second } : null
  if (!d) {
    if (bare) found.aloneBare = r
    else found.alone.set(aloneKey, r)
  }
  return r
}

/**
 * Mentions of one name alike in all that scoring reads get the same answer in a pass: a memo per pass, by candidate
 * list (which fixes the hits and surface), then the key, suffix, bearing and container, which best() also reads.
 */
type PassMemo = Map<Candidates, { readonly key: string; readonly suffix: Mention['suffix']; readonly bearing: number | null; readonly container: number;
  readonly r: Best | null }[]>

function bestInPass(memo: PassMemo, m: Mention, found: Candidates, d: Doc, container: GazEntry | null, keepScores = false): Best | null {
  const at = container ? container.index : -1
  let known = memo.get(found)
  if (known) {
    for (const k of known) if (k.key === m.key && k.suffix === m.suffix && k.bearing === m.bearing && k.container === at) return k.r
  } else memo.set(found, (known = []))
  const r = best(m, found, d, container, keepScores)
  known.push({ key: m.key, suffix: m.suffix, bearing: m.bearing, container: at, r })
  return r
}

/** A pick of the deciding pass, which keeps its score rows. */
function withScores(r: Best): Best & { scores: Scores } {
  if (!r.scores) throw new Error('resolve: the deciding pass keeps its score rows')
  return r as Best & { scores: Scores }
}

function decider(winner: Scores, runner: Scores | null): string {
  if (!runner) return 'only-candidate'
  let bestF: Feature = 'name-match'
  let bestD = -Infinity
  for (const f of Object.keys(winner) as Feature[]) {
    const diff = winner[f] - runner[f]
    if (diff > bestD) { bestD = diff; bestF = f }
  }
  return bestF
}

/** A major place: may be named by a common English word ("China", "Mobile") without a cue. */
function isMajor(e: GazEntry): boolean {
  return e.kind === 'country' || e.fcode === 'CONT' || e.fcode === 'ADM1' || e.fcode === 'PPLC' || e.population >= 100_000 || e.geonameId === null
}

/**
 * Whether a common English word ("China", "Surprise", "East") names this place without a locative cue: a country or
 * continent, a theater place, or a governorate or big city of a country the text is about.
 */
function commonWordPlace(e: GazEntry, s: Scores, theaterCountry: string): boolean {
  if (s['name-match'] < 1) return false
  if (e.kind === 'country' || e.fcode === 'CONT') return true
  // A theater village spelled like a word ("Share" ~ Shara) is not enough: the spelling must be the place's own.
  if (theaterCountry && e.cc === theaterCountry) return s['name-match'] >= 1.5
  if (e.fcode === 'PPLC' || e.population >= 500_000) return true
  if (e.fcode === 'ADM1' && s['country-focus'] >= 0.9) return true
  return isMajor(e) && s['country-focus'] >= 1.5
}

/** Whether a crossing word follows `at`: "… crossing", "… border post" (`CROSSING_WORDS`). */
function crossingWordAfter(text: string, at: number): boolean {
  if (codeAt(text, at) !== 32) return false
  const after = text.slice(at, at + 18).toLowerCase()
  return CROSSING_WORDS.some((w) => after.startsWith(w))
}

/**
 * "Operation Dawn of Freedom", "Operation Olive Branch": a name inside a military operation's name is no place (Freedom,
 * California). The operation's name runs from "Operation" over capitalised words, "of", "the" and "and".
 */
function inOperationName(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at)
  // (The expression only where the word is: most mentions have none before them.)
  return before.includes('peration') && OPERATION_NAME_BEFORE.test(before)
}
const OPERATION_NAME_BEFORE = /\b[Oo]peration(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and))*\s+$/u

/** Whether the text right before `at` ends on a locative word: "in", "near", "from" … (then the name is a place). */
function locativeBefore(text: string, at: number): boolean {
  return /\b(?:in|at|near|from|to|outside|of)\s+$/i.test(text.slice(Math.max(0, at - 12), at))
}

/** How near a namesake spelled as the mention is must lie to lend its spelling to a place spelled otherwise (km). */
const SPELLED_NEAR_KM = 50

/** Whether a candidate spelled as the mention ("Geneva", the canton) lies near `e` ("Genève"), in its country. */
function spelledNear(m: Mention, found: Candidates, e: GazEntry): boolean {
  for (let i = 0; i < found.length; i++) {
    const c = found.entries[i] as GazEntry
    if (c !== e && c.cc === e.cc && spelledAsOwnName(m, c) && distanceKm(c.lat, c.lon, e.lat, e.lon) <= SPELLED_NEAR_KM) return true
  }
  return false
}

/** Mentions followed by ", <place>" whose container (country or admin1) narrows them: "Homs, Syria", "حمص، سوريا". */
function containerOf(text: string, m: Mention, next: Mention | undefined, listOf: (i: number) => Candidates, nextIndex: number): GazEntry | null {
  // The comma is looked for first: most mentions are followed by none, and need no slice nor expression.
  const c = codeAt(text, m.end)
  if (!next || (c !== 44 && c !== 0x60c) || !/^[,،]\s*$/.test(text.slice(m.end, next.start))) return null
  const r = best(next, listOf(nextIndex), null, null)
  if (!r || (r.entry.kind !== 'country' && r.entry.fcode !== 'ADM1')) return null
  return r.entry
}

// Between a countryside or province and the place it locates: "… countryside near al-Saan", "… province, around the town of".
const NEAR_AREA = /^\s*,?\s+(?:near|around|close\s+to)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$/i

/**
 * "the eastern Hama countryside near al-Saan", "Idlib province, near Sarmada": a place named near a countryside or
 * province lies in that governorate (al-Saan of Hama, not San of Idlib). The area's reading, town or governorate,
 * contains the place by its governorate.
 */
function areaBefore(text: string, m: Mention, prev: Mention | undefined, listOf: (i: number) => Candidates, prevIndex: number): GazEntry | null {
  if (!prev || prev.suffix === null || prev.suffix === 'ADM2' || prev.sentence !== m.sentence || m.start - prev.end > 32) return null
  if (!NEAR_AREA.test(text.slice(prev.end, m.start))) return null
  const r = best(prev, listOf(prevIndex), null, null)
  return r && r.entry.kind !== 'country' && r.entry.cc !== '' && r.entry.admin1 !== '' ? r.entry : null
}

// Where diplomats and officials speak: "told reporters in", "a news conference in", "talks in", "a summit in".
const SPEAKING_VENUE = /\b(?:told\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference)|speaking|spoke|(?:news|press)\s+conference|briefing|summit|forum|talks|meeting|met|gathered)\s+(?:\S+\s+){0,2}?in\s+$/i

/**
 * "Qatar's foreign minister told reporters in Doha", "the ministers met in Doha": a name that is the capital of a
 * country named before it in its sentence, or that follows a venue where officials speak, is that capital, in a text
 * about the theater country, one of whose villages shares the name. The country contains it.
 */
function countryOfCapital(text: string, m: Mention, mentions: readonly Mention[], i: number, listOf: (i: number) => Candidates, gaz: Gazetteer): GazEntry | null {
  const capitals = m.hits.filter((h) => h.own && gaz.entry(h.entry).fcode === 'PPLC')
  // (only against a namesake at home: elsewhere the text's own places already tell Athens, Georgia from Greece's)
  if (capitals.length === 0 || !gaz.theaterCountry || !m.hits.some((h) => gaz.entry(h.entry).cc === gaz.theaterCountry && gaz.entry(h.entry).fcode !== 'PPLC')) return null
  if (SPEAKING_VENUE.test(text.slice(Math.max(0, m.start - 60), m.start))) {
    const capital = capitals.map((h) => gaz.entry(h.entry)).sort((a, b) => b.population - a.population)[0] as GazEntry
    const country = gaz.country(capital.cc)
    if (capital.population >= 100_000 && country !== undefined) return gaz.entry(country)
  }
  for (let k = i - 1; k >= 0; k--) {
    const prev = mentions[k] as Mention
    if (prev.sentence !== m.sentence) return null
    const r = best(prev, listOf(k), null, null)
    if (!r || r.entry.kind !== 'country') continue
    const country = r.entry
    if (capitals.some((h) => gaz.entry(h.entry).cc === country.cc)) return country
  }
  return null
}

/** A country, continent or governorate: its bare name means it, whatever a namesake elsewhere in the text was qualified as. */
const standsForItself = (e: GazEntry | undefined): boolean => e !== undefined && (e.kind === 'country' || e.fcode === 'CONT' || e.fcode === 'ADM1')

/**
 * One sense per document: "طرابلس اللبنانية … في طرابلس", "Tripoli, Lebanon … in Tripoli". A mention with no container
 * of its own takes that of the nearest qualified mention of its name before it, else of the first one after it (a
 * headline names the town bare, the body qualifies it). Only a qualification that names a place of that name
 * (`passesOn`) is passed on: "Florida Atlantic University, California" is a list, not a Florida in California. Not to
 * a name whose bare reading is a country or governorate (`keepsOwn`): "Russia" stays the country after "Russia, Ohio".
 */
export function oneSensePerDocument(keys: readonly string[], own: readonly (GazEntry | null)[],
  rules: { keepsOwn: (i: number) => boolean; passesOn: (i: number) => boolean }): (GazEntry | null)[] {
  const out = [...own]
  if (!own.some((c) => c !== null)) return out
  const spread = (order: readonly number[]): void => {
    const last = new Map<string, GazEntry>()
    for (const i of order) {
      const key = keys[i] as string
      const c = own[i]
      if (c) { if (rules.passesOn(i)) last.set(key, c) } else if (out[i] === null && last.has(key) && !rules.keepsOwn(i)) out[i] = last.get(key) as GazEntry
    }
  }
  const forward = mapPacked(keys, (_, i) => i)
  spread(forward)
  spread(forward.reverse())
  return out
}

/** Whether the container holds a place of the mention's name: its own name, or for Arabic script (all alternates) any. */
function namesakeIn(m: Mention, container: GazEntry, gaz: Gazetteer): boolean {
  return m.hits.some((h) => {
    if (!h.own && !m.arabic) return false
    const e = gaz.entry(h.entry)
    return e.index !== container.index && (container.kind === 'country' ? e.cc === container.cc : e.cc === container.cc && e.admin1 === container.admin1)
  })
}

/** Resolves every mention; null where no candidate survives (a weak alternate-name match with no support). */
export function resolveMentions(text: string, mentions: readonly Mention[], demonymCountries: readonly string[], gaz: Gazetteer,
  options: { keepAll?: boolean } = {}): (Resolution | null)[] {
  // Each mention's candidates, looked up once per document (on first need) rather than once per pass.
  const lists: (Candidates | undefined)[] = new Array<Candidates | undefined>(mentions.length)
  const listOf = (i: number): Candidates => (lists[i] ??= candidates(mentions[i] as Mention, gaz))
  // "القصر اللبنانية": the country an Arabic adjective gives is binding — no namesake elsewhere stands in for it.
  const adjectives = mapPacked(mentions, (m) => (m.arabic ? arabicCountryAdjective(text, m.end, gaz) : null))
  const own = mapPacked(mentions, (m, i) => containerOf(text, m, mentions[i + 1], listOf, i + 1) ?? adjectives[i]
    ?? areaBefore(text, m, mentions[i - 1], listOf, i - 1) ?? countryOfCapital(text, m, mentions, i, listOf, gaz))
  const containers = oneSensePerDocument(mapPacked(mentions, (m) => m.key), own, {
    keepsOwn: (i) => standsForItself(best(mentions[i] as Mention, listOf(i), null, null)?.entry),
    passesOn: (i) => namesakeIn(mentions[i] as Mention, own[i] as GazEntry, gaz),
  })
  // Pass 1: context-free scores; clear winners become anchors and vote for the document's countries.
  const anchors: { key: string; entry: GazEntry }[] = []
  const votes: { key: string; cc: string; w: number }[] = mapPacked(demonymCountries, (cc) => ({ key: '', cc, w: 0.5 }))
  mentions.forEach((m, i) => {
    if (m.typo || gaz.focusOnly(m.key)) return
    const r = best(m, listOf(i), null, containers[i] ?? null)
    if (!r || r.margin < 1.5) return
    if (m.common && !isMajor(r.entry)) return
    anchors.push({ key: m.key, entry: r.entry })
    if (r.entry.cc) votes.push({ key: m.key, cc: r.entry.cc, w: r.entry.kind === 'country' ? 1 : 1.5 })
  })
  const cells = documentCells
  const nameIds = candidateCells(mentions, listOf, cells)
  const coherence: CoherenceRows = { byList: new Map(), used: 0 }
  const contextOf = (anchorList: { key: string; entry: GazEntry }[], voteList: { key: string; cc: string; w: number }[]): Doc => {
    const admin1Focus = new Set(anchorList.filter((a) => a.entry.fcode === 'ADM1').map((a) => a.entry.admin1))
    return { text, gaz, votes: voteList, totals: voteTotals(voteList), admin1Focus, anchors: anchorList, anchorPoints: anchorPoints(anchorList), cells, nameIds,
      coherence }
  }
  // Pass 2 scores against the anchors; its winners become the anchors of pass 3, which decides.
  let doc = contextOf(anchors, votes)
  const second: { key: string; entry: GazEntry }[] = []
  const votes2: { key: string; cc: string; w: number }[] = mapPacked(demonymCountries, (cc) => ({ key: '', cc, w: 0.5 }))
  const memo2: PassMemo = new Map()
  mentions.forEach((m, i) => {
    if (m.typo || gaz.focusOnly(m.key)) return
    const r = bestInPass(memo2, m, listOf(i), doc, containers[i] ?? null)
    if (!r || (m.common && !isMajor(r.entry))) return
    second.push({ key: m.key, entry: r.entry })
    if (r.entry.cc) votes2.push({ key: m.key, cc: r.entry.cc, w: 1 })
  })
  doc = contextOf(second, votes2)
  const memo3: PassMemo = new Map()

  // Whether a clear reading lies in the theater country (worked out for every document, not on the rare path that
  // asks: code first run on a new report makes V8 discard the compiled resolution).
  const theaterAnchored = gaz.theaterCountry !== '' && doc.anchors.some((a) => a.entry.cc === gaz.theaterCountry)
  return mapPacked(mentions, (m, i) => {
    const pick = bestInPass(memo3, m, listOf(i), doc, containers[i] ?? null, true)
    if (!pick) return null
    const r = withScores(pick)
    const e = r.entry
    const close = r.runnerEntry && r.margin < 0.5 && distanceKm(e.lat, e.lon, r.runnerEntry.lat, r.runnerEntry.lon) > 50 ? r.runnerEntry : null
    if (options.keepAll) return { mention: m, entry: e, rule: decider(r.scores, r.runner), close }
    if (adjectives[i] && adjectives[i]?.cc !== e.cc) return null
    if (m.typo) {
      // "the towns of Tabisa and Rastan": a corrected spelling stands only where a place is expected (after a
      // locative word or listed with places) and with a named place within 60 km.
      // ("Mhardeh near Hama": a place named beside it counts though its name alone is ambiguous — the city or the
      // province — when one of its readings lies that near.)
      const near = anchors.some((a) => a.entry.kind !== 'country' && distanceKm(a.entry.lat, a.entry.lon, e.lat, e.lon) <= 60)
        || mentions.some((o, j) => j !== i && !o.typo && o.sentence === m.sentence && someReadingWithin(listOf(j), e, 60))
      const before = text.slice(Math.max(0, m.start - 16), m.start)
      const after = text.slice(m.end, m.end + 6)
      // ("entered Mhardeh", "shelled Tabisa": the object of a verb that takes a place is a slot too)
      const placeSlot = /\b(?:in|at|near|from|to|towards?|into|of|around|outside|and|or|entered|captured|seized|took|shelled|struck|stormed|overran|reached|bombed)\s+$/i.test(before) || /,\s*$/.test(before) ||
        /^\s*(?:,|and\b|or\b)/.test(after)
      return near && placeSlot ? { mention: m, entry: e, rule: 'typo-near-context', close: null } : null
    }
    // "the capital", "the south": the theater's place only in a text mostly about its country (over half the votes).
    if (gaz.focusOnly(m.key) && r.scores['country-focus'] < 1.5) return null
    // "China" and "Paris" are common words too; "Police" or "Reading" is a place only after "in", "near", "from".
    // An Arabic name is an alternate of its entry: a common Arabic word stands only for a major place.
    if (inOperationName(text, m.start)) return null
    if (m.common && m.arabic) { if (!isMajorPlace(e)) return null } else if (m.common && !locativeBefore(text, m.start) && !commonWordPlace(e, r.scores, gaz.theaterCountry)) return null
    // A small place matched only by another language's spelling, far from everything else in the text, is noise.
    const supported = r.scores.proximity > 0 || r.scores['country-focus'] > 0.6 || r.scores.theater > 0 || r.scores.container > 0
    if (!supported && r.scores['name-match'] < 1 && e.population < 20_000 && e.kind === 'city') return null
    // "Asi" beside Qamishli is Gökçepınar, Turkey, only by an alternate name: in a text about the theater country, a
    // village abroad called so by another name, in a country the text does not point to, is no place — being near
    // the theater's towns (proximity, coherence) is not enough.
    // (Every fact read for every place, then combined: a read first made on a new report, down a chain of && that
    // seldom gets so far, makes V8 discard the compiled resolution.)
    const village = e.kind === 'city' && e.population < 5000 && e.fcode === 'PPL'
    const unpointed = r.scores['country-focus'] < 0.3 && r.scores.container === 0
    const abroad = e.cc !== gaz.theaterCountry
    if (r.scores['name-match'] < 1 && village && unpointed && abroad && theaterAnchored) return null
    // "Hatla", a village of Deir ez-Zor, is Hatta in India only by one of Hatta's other names: the same for a town,
    // when it lies far from every place the text names (an English name that is another name of a city abroad, as
    // Cologne is Köln's, belongs to a bigger city).
    const town = e.kind === 'city' && e.population < 50_000
    if (r.scores['name-match'] < 1 && town && unpointed && abroad && theaterAnchored && farFromAll(e, anchors)) return null
    // "clashes in the Tayy neighbourhood": a part of a town, not a city abroad of any size that bears the name only as
    // one of its other names (Taizhou) and lies far from every place the text names.
    const part = partWordAfter(text, m.end)
    if (r.scores['name-match'] < 1 && part && e.kind === 'city' && unpointed && abroad && theaterAnchored && farFromAll(e, anchors)) return null
    // "the villages of Khirbet Zamalka and Al-Mashi": a name the text writes with an Arabic article is an Arabic name.
    // In a text about the theater country, a place abroad whose own name has no article (Mashi, Nigeria) stands only
    // where the text points to its country or to places near it.
    // (Every article begins with a or e: the expression runs only after one.)
    const c0 = text.charCodeAt(m.nameStart) | 32
    const articleInText = (c0 === 97 || c0 === 101) && ARTICLE_OPENING.test(text.slice(m.nameStart, m.nameStart + 5))
    if (articleInText && abroad && theaterAnchored && unpointed && r.scores.proximity === 0 && !ARTICLE_OPENING.test(e.name)) return null
    // "the Joussieh crossing": a name before a crossing word is a border crossing's (its table spells those), not a
    // town abroad the text does not point to (Huşi, Romania).
    if (!supported && e.kind === 'city' && e.population < 100_000 && crossingWordAfter(text, m.end)) return null
    // An Arabic name of a town abroad ("بشار" is Béchar and a given name) needs the text to point there, unless the
    // town is a capital or a city of a million.
    if (m.arabic && !supported && e.kind === 'city' && e.fcode !== 'PPLC' && e.population < 1_000_000) return null
    // A spelling-skeleton match abroad ("Kelly" ~ "Cali") needs the text to point there.
    // ("Geneva" is Genève, spelled as its canton is: a namesake so spelled near it says the name is used there.)
    if (r.scores['name-match'] < 0 && r.scores.proximity === 0 && r.scores.container === 0 && !spelledNear(m, listOf(i), e)) return null
    // (Not a town the theater pack adds, with no population, because news of the theater names it: Arsal in Lebanon.)
    if (!supported && e.kind === 'city' && e.population < 1000 && e.fcode === 'PPL' && !gaz.isTheater(e.index)) return null
    return { mention: m, entry: e, rule: decider(r.scores, r.runner), close }
  })
}

