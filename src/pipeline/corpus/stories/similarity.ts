// How two documents relate: one copies the other (reprint), paraphrases it (rewrite), reports the same incident
// independently (related), or none of these. Thresholds come from the labelled corpus in eval/stories and are
// kept loose on purpose where a second signal must agree (a quotation, a figure, an event).
import { containment, jaccard } from './minhash.ts'
import { atLead, eventsMatch, isBroad, leadsMatch, sharedCount, type DocFeatures } from './fingerprints.ts'

export type Relation = 'reprint' | 'rewrite' | 'related' | 'none'

export interface PairScore {
  readonly relation: Relation
  /** Higher is closer; orders candidates of one relation. */
  readonly score: number
  /** Share of the shorter text's 3-shingles found in the other (estimated). */
  readonly shingleContainment: number
  /** The first document names the second's outlet ("…, Levant Wire reported") and was published no earlier. */
  readonly credits: boolean
}

/** Near-identical text: most shingles of the shorter document are in the other (boilerplate aside). */
export const REPRINT_CONTAINMENT = 0.7
/** Shared running text beyond chance: independent reports of one incident stay under ~0.15. */
const REWRITE_CONTAINMENT = 0.2
/** A paraphrase keeps most content words of the shorter text; with a shared quote or figure it is a rewrite. */
const REWRITE_WORDS = 0.45
/** A text that names the other's outlet ("…, Levant Wire reported") and shares this much vocabulary rewrites it. */
const CREDIT_WORDS = 0.4
/** Or names most of the same people, places and groups: a heavy paraphrase changes every word around them. */
const CREDIT_NAMES = 0.6
/**
 * A shortened paraphrase (a news brief of a wire story) may keep no quotation, no figure and few word runs, yet keep
 * nearly all the content words and names of the shorter text: independent reports of one incident stay under
 * ~0.85 of its words even when short, and share far fewer of its names. Below PARAPHRASE_MIN_WORDS content words
 * a text is too short for its vocabulary to say whose it is.
 */
const PARAPHRASE_WORDS = 0.85
const PARAPHRASE_NAMES = 0.6
const PARAPHRASE_MIN_WORDS = 30
/**
 * A retelling (a heavy paraphrase that keeps no quotation, figure or word run of its source) still tells the same
 * facts in the same order: of the names both give (people, places, groups), at least RETOLD_NAMES, making up at least
 * RETOLD_NAME_SHARE of the shorter text's names, come in one order (all but a tenth of them). Independent reports of
 * one incident that name as many of the same people and places order them by their own lead and reporting: on
 * eval/stories and the demo corpus, none that shares five or more names keeps more than ~0.7 of them in order. The
 * reporter's own sentences must still share RETOLD_WORDS of the shorter's content words (two texts naming the same
 * people and little else are not one account).
 */
const RETOLD_NAMES = 6
const RETOLD_NAME_SHARE = 0.5
const RETOLD_OUT_OF_ORDER = 0.1
const RETOLD_WORDS = 0.25
/** Same incident and some shared vocabulary: an independent report of the same story. */
const RELATED_WORDS = 0.15
/**
 * Across languages no word is shared, so the resolved place and actor ids stand in for vocabulary: a report of
 * the same lead incident must name mostly the same places and groups (its names in its own script resolve to
 * the same ids). Independent English reports of one incident share ~0.6-0.9 of the shorter list.
 */
const CROSS_LANGUAGE_IDS = 0.5

/** Both languages are known and differ: shingles and content words say nothing about such a pair. */
export function crossLanguage(a: DocFeatures, b: DocFeatures): boolean {
  return a.language !== b.language && a.language !== 'und' && b.language !== 'und'
}

/**
 * Two reports in different languages: only language-independent fingerprints speak. Same lead incident (type,
 * place, day, new holder) and mostly the same resolved places and actors: an independent report of the story;
 * a rewrite (a translation) only when it credits the other's outlet.
 */
function compareAcrossLanguages(a: DocFeatures, b: DocFeatures): PairScore {
  const none: PairScore = { relation: 'none', score: 0, shingleContainment: 0, credits: false }
  if (a.lead === null || b.lead === null || !leadsMatch(a.lead, b.lead)) return none
  const fewerIds = Math.min(a.ids.length, b.ids.length)
  const cI = fewerIds === 0 ? 0 : sharedCount(a.ids, b.ids) / fewerIds
  if (cI < CROSS_LANGUAGE_IDS) return none
  const anchors = sharedCount(a.numbers, b.numbers)
  const score = cI + 0.1 * Math.min(anchors, 5)
  const credited = credits(a, b)
  return { relation: credited ? 'rewrite' : 'related', score, shingleContainment: 0, credits: creditsOne(a, b) }
}

/**
 * True when one document names the other's outlet (every word of it among its capitalised names) and is not
 * older than it. The big wire services are left out: "told Reuters" is in every story Reuters covers, and
 * origin.ts traces them already.
 */
function credits(a: DocFeatures, b: DocFeatures): boolean {
  return creditsOne(a, b) || creditsOne(b, a)
}

/** True when `x` names `y`'s outlet and is not older than `y`. */
function creditsOne(x: DocFeatures, y: DocFeatures): boolean {
  return y.outlet.length > 0 && !y.outletIsListedWire && !sameOutlet(x, y) &&
    (x.day === null || y.day === null || x.day >= y.day) && sharedCount(y.outlet, x.names) === y.outlet.length
}

function sameOutlet(a: DocFeatures, b: DocFeatures): boolean {
  return a.outlet.length === b.outlet.length && sharedCount(a.outlet, b.outlet) === a.outlet.length
}

/**
 * A report of several incidents at one place tells the story of each one it covers: `wide` (the capture of a town,
 * and the strike on its bridge that morning) covers `narrow` (the strike) when both came out the same day, `wide`
 * reports `narrow`'s lead incident (its exact type) at a town or site (a province-wide figure pins no incident), most of what
 * `narrow` reports (`narrowInWide` of its events) is in `wide` too, and `narrow` reports something at the place
 * `wide` leads with. A next-day follow-up is no cover, nor is a report that names the incident among others it
 * lacks, nor one that leads with another town ("Sweida fell, hours after Daraa"): that is the story of its own lead.
 */
function covers(wide: DocFeatures, narrow: DocFeatures, narrowInWide: number): boolean {
  if (wide.day === null || wide.day !== narrow.day || narrowInWide / narrow.events.length <= 0.5) return false
  const lead = narrow.lead!
  return wide.events.some((e) => e.kind === lead.kind && !isBroad(e) && eventsMatch(e, lead)) && narrow.events.some((e) => atLead(wide.lead!, e))
}

/**
 * The brief may also add a quotation of its own (an analyst it called, a resident): those words and names are not its
 * source's, and would hide how much of the source it keeps. So the same bounds hold for the reporter's own sentences
 * alone (`narrative`: the text without the sentences carrying a quotation), counted exactly.
 * (Exact counts: MinHash estimates err by ~0.1 at these sizes. Only where the estimate says the texts share a good part
 * of their words at all: most candidates share little, and are not counted exactly.)
 */
function briefOfNarrative(a: DocFeatures, b: DocFeatures): boolean {
  const fewerWords = Math.min(a.narrative.length, b.narrative.length)
  const fewerNames = Math.min(a.narrativeNames.length, b.narrativeNames.length)
  return fewerWords >= PARAPHRASE_MIN_WORDS && fewerNames > 0 &&
    sharedCount(a.narrative, b.narrative) >= PARAPHRASE_WORDS * fewerWords &&
    sharedCount(a.narrativeNames, b.narrativeNames) >= PARAPHRASE_NAMES * fewerNames
}

/**
 * True when `a` and `b` tell one account in one order (RETOLD_*): they report the same incident (the caller's check:
 * the same lead, or an event in common when either leads with none, as a country-wide campaign does), came out within
 * a day of each other, and the names they share come in the same order.
 */
function retold(a: DocFeatures, b: DocFeatures): boolean {
  if (a.day !== null && b.day !== null && Math.abs(a.day - b.day) > 1) return false
  // Short reports of one incident name the same cast in the usual order (the group, the town, the monitor, the
  // leader): one that cites its own reporter ("commanders told our correspondent") tells its own account.
  if (a.ownReporting || b.ownReporting) return false
  // Two texts that trace to two wires ("told Reuters", "AFP reported") rest on two agencies' reporting.
  if (a.wire !== null && b.wire !== null && a.wire !== b.wire) return false
  const fewerNames = Math.min(a.nameOrder.length, b.nameOrder.length)
  if (fewerNames < RETOLD_NAMES) return false
  const fewerWords = Math.min(a.narrative.length, b.narrative.length)
  if (fewerWords === 0 || sharedCount(a.narrative, b.narrative) < RETOLD_WORDS * fewerWords) return false
  const inB = new Set(b.nameOrder)
  const x = a.nameOrder.filter((n) => inB.has(n))
  if (x.length < RETOLD_NAMES || x.length < RETOLD_NAME_SHARE * fewerNames) return false
  const inA = new Set(x)
  const y = b.nameOrder.filter((n) => inA.has(n))
  // A name of several words ("Syrian Observatory for Human Rights", "Hayat Tahrir al-Sham") is in order with itself
  // in any two texts: its words, side by side in both, count as one name, or two reports that each name the monitor and
  // the group would look half retold. Not one name out of place below ten: a report of the same day that names the
  // usual places, groups and monitor in the usual order keeps all but one or two of them in order.
  const [ux, uy] = units(x, y, a.nameOrder, b.nameOrder)
  return inOrder(ux, uy) >= ux.length - Math.floor(RETOLD_OUT_OF_ORDER * ux.length)
}

/**
 * `x` and `y` (the names two texts share, in each one's order) with every run of names that follow one another in
 * both texts' whole name lists (`all…`) given as one name (the run's first): the words of one name told as one.
 */
function units(x: Uint32Array, y: Uint32Array, allX: Uint32Array, allY: Uint32Array): [Uint32Array, Uint32Array] {
  const inX = new Map<number, number>()
  allX.forEach((v, i) => inX.set(v, i))
  const inY = new Map<number, number>()
  allY.forEach((v, j) => inY.set(v, j))
  const head = new Map<number, number>()
  const ux: number[] = []
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!
    const p = x[i - 1]
    if (p !== undefined && inX.get(v) === inX.get(p)! + 1 && inY.get(v) === inY.get(p)! + 1) head.set(v, head.get(p)!)
    else { head.set(v, v); ux.push(v) }
  }
  const uy: number[] = []
  for (const v of y) if (head.get(v) === v) uy.push(v)
  return [Uint32Array.from(ux), Uint32Array.from(uy)]
}

/** Length of the longest common subsequence of two short sequences (each name once per sequence). */
function inOrder(x: Uint32Array, y: Uint32Array): number {
  let prev = new Uint16Array(y.length + 1)
  let cur = new Uint16Array(y.length + 1)
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!)
    ;[prev, cur] = [cur, prev]
  }
  return prev[y.length]!
}

/** Compares two documents' features and says how they relate. */
export function compare(a: DocFeatures, b: DocFeatures): PairScore {
  if (crossLanguage(a, b)) return compareAcrossLanguages(a, b)
  const cS = containment(jaccard(a.shingleSig, b.shingleSig), a.shingleCount, b.shingleCount)
  const cW = containment(jaccard(a.wordSig, b.wordSig), a.wordCount, b.wordCount)
  // Most candidates share next to nothing: say so before counting anchors and events (the bench's hot path).
  if (cS < REWRITE_CONTAINMENT && cW < RELATED_WORDS && !credits(a, b)) return { relation: 'none', score: cS + cW, shingleContainment: cS, credits: false }
  const anchors = sharedCount(a.quotes, b.quotes) + sharedCount(a.numbers, b.numbers)
  const fewerNames = Math.min(a.names.length, b.names.length)
  const cN = fewerNames === 0 ? 0 : sharedCount(a.names, b.names) / fewerNames
  let sameEvents = 0
  for (const x of a.events) if (b.events.some((y) => eventsMatch(x, y))) sameEvents++
  let sameEventsB = 0
  if (sameEvents > 0) for (const y of b.events) if (a.events.some((x) => eventsMatch(x, y))) sameEventsB++
  // Most of what each reports must be the same incident: a round-up that mentions it among others is not
  // the same story.
  const focused = sameEvents > 0 && sameEvents / a.events.length > 0.5 && sameEventsB / b.events.length > 0.5
  // Both lead with the same incident: the rest of each report (background, reactions) may differ freely. When
  // both lead with an incident, the leads decide: yesterday's strikes recounted under today's toll are background.
  const bothLead = a.lead !== null && b.lead !== null
  const sameLead = bothLead && leadsMatch(a.lead!, b.lead!)
  const sameIncident = sameLead || (focused && !bothLead) ||
    (bothLead && (covers(b, a, sameEvents) || covers(a, b, sameEventsB)))
  const score = cS + cW + 0.1 * Math.min(anchors, 5) + 0.1 * Math.min(sameEvents, 3)
  let relation: Relation = 'none'
  if (cS >= REPRINT_CONTAINMENT) relation = 'reprint'
  // A rewrite cannot lead with news newer than what it rewrites: a follow-up that repeats yesterday's paragraph
  // leads with today's incident. (A rewrite may well lead with another of the same day's incidents.)
  else if (!(bothLead && !sameLead && a.lead!.day !== b.lead!.day) &&
    (cS >= REWRITE_CONTAINMENT || (cW >= REWRITE_WORDS && anchors >= 1) || ((cW >= CREDIT_WORDS || cN >= CREDIT_NAMES) && credits(a, b)) ||
      (cW >= PARAPHRASE_WORDS && cN >= PARAPHRASE_NAMES && Math.min(a.wordCount, b.wordCount) >= PARAPHRASE_MIN_WORDS) ||
      (cW >= REWRITE_WORDS && briefOfNarrative(a, b)) || ((sameLead || (!bothLead && sameEvents > 0)) && retold(a, b)))) relation = 'rewrite'
  else if (sameIncident && cW >= RELATED_WORDS) relation = 'related'
  return { relation, score, shingleContainment: cS, credits: creditsOne(a, b) }
}
