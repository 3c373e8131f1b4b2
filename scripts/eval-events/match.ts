// Pairs predicted events with gold events the way ../shared/eval/README.md describes the scorer ("How events are
// matched"), so that this eval can report what the shared scorer does not: a line per sample, and actor roles.
// The shared scorer stays the reference for the headline numbers; this re-implementation follows its written rules.
import { distanceKm } from '../../src/core/geo.ts'
import type { GoldEvent, GoldPlace } from './gold.ts'

/** A predicted event as `sitrep extract` prints it (the fields this eval reads). */
export interface PredEvent {
  readonly type: string
  readonly actors: readonly { readonly actorId: string; readonly role: string }[]
  readonly place: { readonly name: string; readonly lat: number; readonly lon: number } | null
  readonly date: string | null
  readonly dateEnd: string | null
  readonly modality: string
  readonly attribution: string | null
  readonly quantities: Record<string, unknown>
  readonly evidence: { readonly text: string }
}

/** Gold type names → the contract's types. */
export const GOLD_TYPE: Readonly<Record<string, string>> = {
  airstrike_or_shelling: 'strike', troop_deployment: 'deployment', statement_claim: 'statement',
}
export const contractType = (goldType: string) => GOLD_TYPE[goldType] ?? goldType

// Letters of any script count as words (the Arabic gold in eval/arabic); marks go, so "أ" and "ا" fold alike.
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[’‘ʿʾ'`´]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
const contentWords = (s: string) => fold(s).split(' ').filter((w) => w.length > 2)

/** Overlap score when the spans agree (≥ 60% of the gold words in the prediction, ≥ 50% of its words gold), else 0. */
export function evidenceOverlap(gold: string, predicted: string): number {
  const g = new Set(contentWords(gold))
  const p = new Set(contentWords(predicted))
  if (g.size === 0 || p.size === 0) return 0
  let shared = 0
  for (const w of g) if (p.has(w)) shared++
  const recall = shared / g.size
  const precision = shared / p.size
  return recall >= 0.6 && precision >= 0.5 ? Math.min(recall, precision) : 0
}

/** The predicted place lies within a gold place's radius (or, without coordinates, has one of its names). */
export function placeAgrees(goldNames: readonly string[], p: PredEvent['place'], places: ReadonlyMap<string, GoldPlace>): boolean {
  if (goldNames.length === 0) return p === null
  if (!p) return false
  return goldNames.some((n) => {
    const g = places.get(n)
    if (g) return [g, ...(g.alt ?? [])].some((pt) => distanceKm(pt.lat, pt.lon, p.lat, p.lon) <= pt.radius_km)
    return fold(n) === fold(p.name)
  })
}

const dayNumber = (iso: string) => Date.parse(iso) / 864e5

/** A gold day matches a predicted range of at most a week within a day of it; a month or year, a range inside it. */
export function dateAgrees(gold: string, p: PredEvent): boolean {
  if (!p.date) return false
  const lo = dayNumber(p.date)
  const hi = dayNumber(p.dateEnd ?? p.date)
  if (/^\d{4}-\d{2}-\d{2}$/.test(gold)) {
    const g = dayNumber(gold)
    return hi - lo <= 7 && hi >= g - 1 && lo <= g + 1
  }
  const [y, m] = gold.split('-').map(Number) as [number, number | undefined]
  const from = dayNumber(m ? `${gold}-01` : `${gold}-01-01`)
  const to = m ? dayNumber(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`) - 1 : dayNumber(`${y + 1}-01-01`) - 1
  return lo >= from - 1 && hi <= to + 1
}

export interface Pair { readonly gold: number; readonly pred: number }

export interface DocMatch {
  readonly pairs: readonly Pair[]
  /** Gold events whose sentence produced some event, whatever its type. */
  readonly sentenceFound: ReadonlySet<number>
}

/** Greedy one-to-one pairing of same-type events by evidence overlap (place agreement breaks ties). */
export function matchDocument(gold: readonly GoldEvent[], pred: readonly PredEvent[], places: ReadonlyMap<string, GoldPlace>): DocMatch {
  const cands: { gold: number; pred: number; score: number }[] = []
  const sentenceFound = new Set<number>()
  gold.forEach((g, gi) => pred.forEach((p, pi) => {
    const ov = evidenceOverlap(g.evidence, p.evidence.text)
    if (!ov) return
    sentenceFound.add(gi)
    if (contractType(g.type) !== p.type) return
    cands.push({ gold: gi, pred: pi, score: 2 + (placeAgrees(g.location?.normalized ?? [], p.place, places) ? 1 : 0) + ov })
  }))
  cands.sort((a, b) => b.score - a.score)
  const usedG = new Set<number>()
  const usedP = new Set<number>()
  const pairs: Pair[] = []
  for (const c of cands) {
    if (usedG.has(c.gold) || usedP.has(c.pred)) continue
    usedG.add(c.gold)
    usedP.add(c.pred)
    pairs.push({ gold: c.gold, pred: c.pred })
  }
  return { pairs, sentenceFound }
}

/** The figure kinds the scorer reads from a gold quantity key ("killed_min" → killed); null for other counts. */
export function figureKind(key: string): 'killed' | 'injured' | 'displaced' | null {
  const k = key.toLowerCase().replace(/_(?:min|max|low|high|best)$/, '')
  if (/kill|dead|death|fatal/.test(k)) return 'killed'
  if (/injur|wound/.test(k)) return 'injured'
  if (/displac|fled|flee|refug/.test(k)) return 'displaced'
  return null
}

/** Some predicted figure of the same kind has this value (as best, low or high). */
export function figureAgrees(kind: string, value: number, quantities: Record<string, unknown>): boolean {
  return Object.entries(quantities).some(([k, v]) => figureKind(k) === kind && v === value)
}
