// Resolution: picks one gazetteer entry per mention by scoring each candidate on match quality, feature class,
// population, the theater, the document's country focus and its distance to the other places named; records
// which feature decided. Two passes: unambiguous mentions first become anchors, then everything is scored against them.
import type { Gazetteer } from '../../../gazetteer/load.ts'
import type { GazEntry } from '../../../gazetteer/types.ts'
import type { Mention } from './recognize.ts'
import { isMajor as isMajorPlace, surfaceOfName } from './recognize.ts'
import { distanceKm } from '../../../core/geo.ts'

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
  /** 1° grid cell -> keys of the mentions with a candidate in it. */
  readonly cells: ReadonlyMap<number, ReadonlySet<string>>
}

/** A 1° grid cell as one number (latitude row * 1000 + longitude column, both shifted positive). */
const cellOf = (lat: number, lon: number): number => (Math.floor(lat) + 90) * 1000 + Math.floor(lon) + 180

/** Where each mention's candidates lie, so a candidate can count the other names with a namesake nearby. */
function candidateCells(mentions: readonly Mention[], gaz: Gazetteer): Map<number, Set<string>> {
  const cells = new Map<number, Set<string>>()
  for (const m of mentions) {
    if (m.typo) continue
    for (const c of candidates(m, gaz)) {
      if (c.entry.kind === 'country' || c.entry.fcode === 'CONT') continue
      const k = cellOf(c.entry.lat, c.entry.lon)
      const set = cells.get(k)
      if (set) set.add(m.key)
      else cells.set(k, new Set([m.key]))
    }
  }
  return cells
}

const coherenceCache = new WeakMap<Mention, Map<number, number>>()

/** coherence() is the same in every pass: computed once per mention and candidate. */
function cachedCoherence(m: Mention, e: GazEntry, cells: ReadonlyMap<number, ReadonlySet<string>>): number {
  let byEntry = coherenceCache.get(m)
  if (!byEntry) coherenceCache.set(m, (byEntry = new Map()))
  let v = byEntry.get(e.index)
  if (v === undefined) byEntry.set(e.index, (v = coherence(m, e, cells)))
  return v
}

/** Other names in the text with some candidate within about one degree: local news names neighbours ("Brandon", "Alexandria"). */
function coherence(m: Mention, e: GazEntry, cells: ReadonlyMap<number, ReadonlySet<string>>): number {
  if (e.kind === 'country' || e.fcode === 'CONT') return 0
  const keys = new Set<string>()
  const c = cellOf(e.lat, e.lon)
  for (let i = -1; i <= 1; i++) {
    for (let j = -1; j <= 1; j++) {
      const set = cells.get(c + i * 1000 + j)
      if (set) for (const k of set) if (k !== m.key) keys.add(k)
    }
  }
  return keys.size
}

/** A candidate with the parts of its score that no context changes, computed once. */
interface Candidate { readonly entry: GazEntry; readonly own: boolean; readonly nameMatch: number; readonly population: number }

const candidateCache = new WeakMap<Mention, Candidate[]>()

function candidates(m: Mention, gaz: Gazetteer): Candidate[] {
  const known = candidateCache.get(m)
  if (known) return known
  let list: Candidate[] = m.hits.map((h) => {
    const entry = gaz.entry(h.entry)
    return { entry, own: h.own, nameMatch: nameMatch(m, entry, h.own, gaz.theaterCountry), population: 0.6 * Math.log10(1 + entry.population) }
  })
  if (list.length > MAX_CANDIDATES) list = list.sort((a, b) => Number(b.own) - Number(a.own) || b.entry.population - a.entry.population).slice(0, MAX_CANDIDATES)
  candidateCache.set(m, list)
  return list
}

/** A country's share among the votes of the other mentions (a mention's own votes never count for itself). */
interface Focus { share(cc: string): number }

/** Vote totals by country and by mention key, so each mention's focus is a subtraction, not a pass over all votes. */
interface VoteTotals { readonly byCc: Map<string, number>; readonly byKey: Map<string, Map<string, number>>; readonly sum: number; readonly sumByKey: Map<string, number> }

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
  return { byCc, byKey, sum, sumByKey }
}

function focusFor(m: Mention, d: Doc): Focus {
  const t = d.totals
  const own = t.byKey.get(m.key)
  const sum = t.sum - (t.sumByKey.get(m.key) ?? 0)
  return { share: (cc) => (sum > 0 ? ((t.byCc.get(cc) ?? 0) - (own?.get(cc) ?? 0)) / sum : 0) }
}

/** Admin1 codes holding a governorate (ADM1) or a district (ADM2) of the very name of a mention. */
interface Namesakes { readonly adm1: ReadonlySet<string>; readonly adm2: ReadonlySet<string> }

/** A town that shares its name with the area it is the seat of: governorate seats and big towns, district seats. */
function namesakeSeat(e: GazEntry, n: Namesakes): boolean {
  if (e.kind !== 'city') return false
  if (n.adm1.has(e.admin1) && (e.fcode === 'PPLA' || e.fcode === 'PPLC' || e.population >= 1_000_000)) return true
  return n.adm2.has(e.admin1) && (e.fcode === 'PPLA' || e.fcode === 'PPLA2' || e.fcode === 'PPLC')
}

function score(m: Mention, c: Candidate, d: Doc | null, container: GazEntry | null, namesakes: Namesakes,
  focus: Focus | null): Scores {
  const e = c.entry
  const s: Scores = {
    'name-match': d ? c.nameMatch : nameMatch(m, c.entry, c.own, ''),
    // "Aleppo", "New York", "Maarat al-Numan": an admin area and a town in it share the name; the bare name means the town.
    'feature-class': (CLASS_SCORE[e.fcode] ?? 0) + (namesakeSeat(e, namesakes) ? 3 : 0),
    'admin-suffix': 0,
    population: c.population,
    theater: 0,
    'country-focus': 0,
    'admin-focus': 0,
    proximity: 0,
    coherence: 0,
    container: 0,
  }
  // "Idlib province" -> the governorate; "the Hama countryside" -> the governorate around the city.
  if (m.suffix === 'ADM1' && e.fcode === 'ADM1') s['admin-suffix'] = 6
  else if (m.suffix === 'ADM2' && e.fcode === 'ADM2') s['admin-suffix'] = 6
  // "the western Aleppo countryside" is the country around the city on that side, not the whole governorate.
  else if (m.suffix === 'AREA' && m.bearing === null && (e.fcode === 'ADM1' || e.fcode === 'ADM2')) s['admin-suffix'] = e.fcode === 'ADM1' ? 3 : 2
  if (!d) return s
  if (d.gaz.theaterCountry && e.cc === d.gaz.theaterCountry) s.theater = 2
  s['country-focus'] = 3 * (focus?.share(e.cc) ?? 0)
  if (e.admin1 && d.admin1Focus.has(e.admin1) && e.fcode !== 'ADM1') s['admin-focus'] = 1.5
  let nearest = Infinity
  const cosLat = Math.cos((e.lat * Math.PI) / 180)
  for (const a of d.anchors) {
    if (a.key === m.key || a.entry.index === e.index || a.entry.kind === 'country') continue
    // Proximity only counts within 400 km: a flat-earth bound (about 111 km a degree) skips far anchors without trigonometry.
    const dLat = Math.abs(a.entry.lat - e.lat) * KM_PER_DEGREE
    if (dLat > FAR_KM) continue
    let dLon = Math.abs(a.entry.lon - e.lon)
    if (dLon > 180) dLon = 360 - dLon
    if (dLon * KM_PER_DEGREE * Math.max(cosLat, Math.cos((a.entry.lat * Math.PI) / 180)) > FAR_KM) continue
    nearest = Math.min(nearest, distanceKm(a.entry.lat, a.entry.lon, e.lat, e.lon))
  }
  s.proximity = nearest <= 50 ? 1.5 : nearest <= 150 ? 1 : nearest <= 400 ? 0.3 : 0
  s.coherence = 0.6 * Math.min(3, cachedCoherence(m, e, d.cells))
  // "Springfield, Illinois": the place named right after a comma contains this one.
  if (container && container.index !== e.index) {
    if (container.kind === 'country' ? e.cc === container.cc : e.admin1 === container.admin1 && e.cc === container.cc) s.container = 6
  }
  return s
}

/**
 * How well the written name fits the entry: its own name spelled the same (1.5); an alternate name (0.5); its own
 * name only through the spelling skeleton ("Kelly" ~ "Cali"), which is trusted only in the theater country.
 */
function nameMatch(m: Mention, entry: GazEntry, own: boolean, theaterCountry: string): number {
  if (!own) return 0.3
  if (m.surface === entry.name.toLowerCase() || surfaceOfName(entry.name) === m.surface) return 1.5
  return theaterCountry && entry.cc === theaterCountry ? 1 : -2
}

const total = (s: Scores): number => s['name-match'] + s['feature-class'] + s['admin-suffix'] + s.population + s.theater +
  s['country-focus'] + s['admin-focus'] + s.proximity + s.coherence + s.container

interface Best { entry: GazEntry; scores: Scores; margin: number; runner: Scores | null; runnerEntry: GazEntry | null }

function best(m: Mention, gaz: Gazetteer, d: Doc | null, container: GazEntry | null): Best | null {
  let top: { entry: GazEntry; scores: Scores; t: number } | null = null
  let second: { entry: GazEntry; scores: Scores; t: number } | null = null
  const list = candidates(m, gaz)
  const focus = d ? focusFor(m, d) : null
  // Areas with this very name: their seat, also a candidate, is what the bare name means.
  const namesakes = { adm1: new Set<string>(), adm2: new Set<string>() }
  if (m.suffix === null) {
    for (const c of list) {
      if (c.entry.fcode === 'ADM1') namesakes.adm1.add(c.entry.admin1)
      // Districts named after their seat are the rule in the theater ("Maarat al-Numan District"), not everywhere.
      else if (c.entry.fcode === 'ADM2' && gaz.theaterCountry && c.entry.cc === gaz.theaterCountry) namesakes.adm2.add(c.entry.admin1)
    }
  }
  for (const c of list) {
    const scores = score(m, c, d, container, namesakes, focus)
    const t = total(scores)
    if (!top || t > top.t) { if (top) second = top; top = { entry: c.entry, scores, t } } else if (!second || t > second.t) second = { entry: c.entry, scores, t }
  }
  if (!top) return null
  return { entry: top.entry, scores: top.scores, margin: second ? top.t - second.t : Infinity, runner: second?.scores ?? null, runnerEntry: second?.entry ?? null }
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

/** Mentions followed by ", <place>" whose container (country or admin1) narrows them: "Homs, Syria". */
function containerOf(text: string, m: Mention, next: Mention | undefined, gaz: Gazetteer): GazEntry | null {
  if (!next || !/^,\s*$/.test(text.slice(m.end, next.start))) return null
  const r = best(next, gaz, null, null)
  if (!r || (r.entry.kind !== 'country' && r.entry.fcode !== 'ADM1')) return null
  return r.entry
}

/** Resolves every mention; null where no candidate survives (a weak alternate-name match with no support). */
export function resolveMentions(text: string, mentions: readonly Mention[], demonymCountries: readonly string[], gaz: Gazetteer,
  options: { keepAll?: boolean } = {}): (Resolution | null)[] {
  const containers = mentions.map((m, i) => containerOf(text, m, mentions[i + 1], gaz))
  // Pass 1: context-free scores; clear winners become anchors and vote for the document's countries.
  const anchors: { key: string; entry: GazEntry }[] = []
  const votes: { key: string; cc: string; w: number }[] = demonymCountries.map((cc) => ({ key: '', cc, w: 0.5 }))
  mentions.forEach((m, i) => {
    if (m.typo || gaz.focusOnly(m.key)) return
    const r = best(m, gaz, null, containers[i] ?? null)
    if (!r || r.margin < 1.5) return
    if (m.common && !isMajor(r.entry)) return
    anchors.push({ key: m.key, entry: r.entry })
    if (r.entry.cc) votes.push({ key: m.key, cc: r.entry.cc, w: r.entry.kind === 'country' ? 1 : 1.5 })
  })
  const cells = candidateCells(mentions, gaz)
  const contextOf = (anchorList: { key: string; entry: GazEntry }[], voteList: { key: string; cc: string; w: number }[]): Doc => {
    const admin1Focus = new Set(anchorList.filter((a) => a.entry.fcode === 'ADM1').map((a) => a.entry.admin1))
    return { text, gaz, votes: voteList, totals: voteTotals(voteList), admin1Focus, anchors: anchorList, cells }
  }
  // Pass 2 scores against the anchors; its winners become the anchors of pass 3, which decides.
  let doc = contextOf(anchors, votes)
  const second: { key: string; entry: GazEntry }[] = []
  const votes2: { key: string; cc: string; w: number }[] = demonymCountries.map((cc) => ({ key: '', cc, w: 0.5 }))
  mentions.forEach((m, i) => {
    if (m.typo || gaz.focusOnly(m.key)) return
    const r = best(m, gaz, doc, containers[i] ?? null)
    if (!r || (m.common && !isMajor(r.entry))) return
    second.push({ key: m.key, entry: r.entry })
    if (r.entry.cc) votes2.push({ key: m.key, cc: r.entry.cc, w: 1 })
  })
  doc = contextOf(second, votes2)

  return mentions.map((m, i) => {
    const r = best(m, gaz, doc, containers[i] ?? null)
    if (!r) return null
    const e = r.entry
    const close = r.runnerEntry && r.margin < 0.5 && distanceKm(e.lat, e.lon, r.runnerEntry.lat, r.runnerEntry.lon) > 50 ? r.runnerEntry : null
    if (options.keepAll) return { mention: m, entry: e, rule: decider(r.scores, r.runner), close }
    if (m.typo) {
      // "the towns of Tabisa and Rastan": a corrected spelling stands only where a place is expected (after a
      // locative word or listed with places) and with a named place within 60 km.
      const near = anchors.some((a) => a.entry.kind !== 'country' && distanceKm(a.entry.lat, a.entry.lon, e.lat, e.lon) <= 60)
      const before = text.slice(Math.max(0, m.start - 16), m.start)
      const after = text.slice(m.end, m.end + 6)
      const placeSlot = /\b(?:in|at|near|from|to|towards?|into|of|around|outside|and|or)\s+$/i.test(before) || /,\s*$/.test(before) ||
        /^\s*(?:,|and\b|or\b)/.test(after)
      return near && placeSlot ? { mention: m, entry: e, rule: 'typo-near-context', close: null } : null
    }
    // "the capital", "the south": the theater's place only in a text mostly about its country (over half the votes).
    if (gaz.focusOnly(m.key) && r.scores['country-focus'] < 1.5) return null
    // "China" and "Paris" are common words too; "Police" or "Reading" is a place only after "in", "near", "from".
    const locative = /\b(?:in|at|near|from|to|outside|of)\s+$/i.test(text.slice(Math.max(0, m.start - 12), m.start))
    // An Arabic name is an alternate of its entry: a common Arabic word stands only for a major place.
    if (m.common && m.arabic) { if (!isMajorPlace(e)) return null } else if (m.common && !locative && !commonWordPlace(e, r.scores, gaz.theaterCountry)) return null
    // A small place matched only by another language's spelling, far from everything else in the text, is noise.
    const supported = r.scores.proximity > 0 || r.scores['country-focus'] > 0.6 || r.scores.theater > 0 || r.scores.container > 0
    if (!supported && r.scores['name-match'] < 1 && e.population < 20_000 && e.kind === 'city') return null
    // A spelling-skeleton match abroad ("Kelly" ~ "Cali") needs the text to point there.
    if (r.scores['name-match'] < 0 && r.scores.proximity === 0 && r.scores.container === 0) return null
    if (!supported && e.kind === 'city' && e.population < 1000 && e.fcode === 'PPL') return null
    return { mention: m, entry: e, rule: decider(r.scores, r.runner), close }
  })
}
