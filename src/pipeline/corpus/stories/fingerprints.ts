// The compact, serialisable summary of one document that story detection keeps: two MinHash signatures and
// the fingerprints that survive paraphrase (quotations, numbers with units, names, event signatures).
import type { ContractEvent, ExtractedDocument } from '../../../core/contract.ts'
import { distanceKm } from '../../../core/geo.ts'
import { hashString } from './hash.ts'
import { signature } from './minhash.ts'
import { traceOrigin } from './origin.ts'
import { WIRES } from './wires.ts'
import { actsAs } from './actor-groups.ts'
import { claimsOwnReporting, contentWords, names, narrative, numbersWithUnits, quotations, shingles, words } from './text-features.ts'

export interface DocFeatures {
  /** MinHash of word 3-shingles: high only for copies and light edits. */
  readonly shingleSig: Uint32Array
  readonly shingleCount: number
  /** MinHash of stemmed content words: a paraphrase keeps these while changing the wording. */
  readonly wordSig: Uint32Array
  readonly wordCount: number
  /**
   * Sorted unique hashes of the stemmed content words of the reporter's own sentences (text-features `narrative`),
   * exactly: what a heavy paraphrase keeps of its source's account, measured without MinHash's error.
   */
  readonly narrative: Uint32Array
  /** Hashes of the capitalised names of those sentences, as `names` folds them, sorted. */
  readonly narrativeNames: Uint32Array
  /**
   * Hashes of the text's capitalised names in the order each first appears (not sorted): a rewrite retells its
   * source's facts in the source's order, so the names both give come in one order (similarity.ts `retold`).
   */
  readonly nameOrder: Uint32Array
  /** The text cites its own newsroom's reporting ("our correspondent", "told us"): it retells no one's report. */
  readonly ownReporting: boolean
  /** Sorted unique hashes of quotations, "value|unit" figures, names, and event signatures. */
  readonly quotes: Uint32Array
  readonly numbers: Uint32Array
  readonly names: Uint32Array
  /** The resolved place and actor ids among `names`: the names that survive translation. */
  readonly ids: Uint32Array
  /** Reported events (not background or plans): type hash, place, how far the place may be off, and day. */
  readonly events: readonly EventKey[]
  /** The news: the first incident the lead paragraph reports (inverted pyramid), or null when it reports none. */
  readonly lead: LeadKey | null
  /** Publication day (days since 1970), or null when the document has no date. */
  readonly day: number | null
  readonly wire: string | null
  readonly dateline: boolean
  /** Hashes of the outlet's name words as `names` folds them ("Levant Wire" → levant, wire), sorted. */
  readonly outlet: Uint32Array
  /** The outlet is one of the listed wire services (wires.ts), whose names run through other outlets' texts. */
  readonly outletIsListedWire: boolean
  /** ISO 639-1 language of the text ("und" when unknown): texts in two languages share no words or shingles. */
  readonly language: string
}

export interface EventKey {
  /** Hash of the story kind (storyKind: fighting over a place and its change of hands are one). */
  readonly type: number
  /** Hash of the exact event type. */
  readonly kind: number
  readonly place: number
  readonly lat: number
  readonly lon: number
  readonly toleranceKm: number
  readonly day: number
}

/** Where a lead incident happened: a place with how far it may be off. */
export interface LeadPlace {
  readonly place: number
  readonly lat: number
  readonly lon: number
  readonly toleranceKm: number
  /** A named area or a country-wide place: it matches only itself, never a town inside it or next to it. */
  readonly broad: boolean
}

/** The lead incident: an event key with its exact type (a battle is not a capture here) and its new holder. */
export interface LeadKey extends EventKey, LeadPlace {
  /** Sorted hashes of the initiators (for a capture, the new holder). */
  readonly initiators: Uint32Array
  /**
   * The other places the lead sentence gives the same incident ("captured Rastan and Talbiseh", "entered the
   * airport and the capital"): the same type, day and holder, each a place a report may lead with.
   */
  readonly alsoAt: readonly LeadPlace[]
}

/** How far apart two readings of one place may be, by how tightly the text pins it ("near Tessik": ~15 km). */
export function placeToleranceKm(precision: string): number {
  return precision === 'exact' ? 2 : precision === 'near' ? 15 : precision === 'region' ? 75 : 500
}

/** True when two reported events could be one incident: same type, days within one, places within tolerance. */
export function eventsMatch(a: EventKey, b: EventKey): boolean {
  if (a.type !== b.type || Math.abs(a.day - b.day) > 1) return false
  if (a.place === b.place) return true
  return distanceKm(a.lat, a.lon, b.lat, b.lon) <= Math.max(a.toleranceKm, b.toleranceKm)
}

/** Fighting over a place and its change of hands are one story: "rebels say they took the base" and
 * "heavy fighting near the base" belong together. Fusion still keeps them apart (fuse.ts). */
export function storyKind(type: string): string {
  return type === 'battle' ? 'territory_change' : type
}

/** Modalities that say something happened (or is said to have): background and plans are not the news. */
const NEWS_MODALITIES = new Set(['asserted', 'claimed', 'denied'])
/** A lead may announce an agreed move: "the army agreed to leave Daraa" is the news of the fall of Daraa. */
const LEAD_MODALITIES = new Set([...NEWS_MODALITIES, 'planned'])
/** Incidents a report leads with; statements, calls and denials are what someone says about one. */
const LEAD_TYPES = new Set([
  'territory_change', 'battle', 'strike', 'casualties', 'displacement', 'deployment', 'military_aid', 'protest',
  'infrastructure_damage',
])
/** Incidents whose toll a casualties event in the same sentence gives. */
const TOLL_OF = new Set(['battle', 'strike'])

/** Two events of one sentence at one place (or the toll names none). */
function samePlace(toll: ContractEvent, incident: ContractEvent): boolean {
  if (!toll.place || !incident.place) return true
  if (toll.place.placeId === incident.place.placeId) return true
  return distanceKm(toll.place.lat, toll.place.lon, incident.place.lat, incident.place.lon) <=
    Math.max(placeToleranceKm(toll.place.precision), placeToleranceKm(incident.place.precision))
}

/** A first line shorter than this is a dateline, a kicker or a byline, not the lead. */
const MIN_LEAD_CHARS = 60
/** Words a full stop follows without ending the sentence ("Dec. 5", "Gen. Malouf", "U.S. officials"). */
const ABBREVIATIONS = /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|St|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|approx|U\.S|U\.N|U\.K)$/

/**
 * End of the lead's first sentence: the news. A round-up opens with a scene-setter ("It has been a week of
 * upheaval") and names its incidents later, so it leads with none.
 */
export function firstSentenceEnd(text: string): number {
  let from = 0
  for (const m of text.matchAll(/\n\s*\n|$/g)) {
    if (text.slice(from, m.index).trim().length >= MIN_LEAD_CHARS) break
    from = (m.index ?? text.length) + m[0].length
  }
  // A headline repeated above the text has no full stop: it runs into the first sentence, and is part of the lead.
  for (const m of text.slice(from).matchAll(/[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9]|\s*$)/g)) {
    const at = from + (m.index ?? 0)
    if (m[0].startsWith('.') && ABBREVIATIONS.test(text.slice(Math.max(from, at - 8), at))) continue
    return at + m[0].length
  }
  return text.length
}

/**
 * The first incident the lead paragraph reports. News puts its main fact first, so two reports whose leads
 * report the same incident (type, place, day, new holder) tell one story, whatever else they go on to say;
 * a report that leads with the next day's battle for the city is another story. When the event carries no
 * place, the first place its sentence names stands in ("took control of Hama on Thursday").
 */
export function leadIncident(doc: ExtractedDocument): LeadKey | null {
  const leadEnd = firstSentenceEnd(doc.text)
  // Earliest in the text first (an extractor need not list events in text order); one sentence's events in
  // the order given.
  const inLead = doc.events.map((e, i) => [e, i] as const).filter(([e]) => e.evidence.start < leadEnd)
    .sort(([a, i], [b, j]) => a.evidence.start - b.evidence.start || i - j)
  for (const [e] of inLead) {
    if (!LEAD_TYPES.has(e.type) || !LEAD_MODALITIES.has(e.modality)) continue
    // "three people were killed in clashes in Sweida": the clash is the incident, the toll one of its figures.
    if (e.type === 'casualties' && inLead.some(([f]) => f.evidence.start === e.evidence.start && TOLL_OF.has(f.type) && samePlace(e, f))) continue
    // "sent advisers to Syria, as rebels pushed toward Homs": a country-wide place is the event's; Homs is not.
    if (e.place?.precision === 'country') continue
    // "a ceasefire had been agreed in Manbij and the council's fighters would leave the area": a move planned in the
    // sentence that tells an agreement at that place (an "other" event before it) is the agreement's terms, a story
    // of its own, not news of the town's fall.
    if (e.modality === 'planned' && inLead.some(([f]) => f.type === 'other' && f.evidence.start === e.evidence.start && samePlace(e, f))) continue
    const place = e.place
      ? { placeId: e.place.placeId, lat: e.place.lat, lon: e.place.lon, precision: e.place.precision }
      : mentionIn(doc, e.evidence.start, e.evidence.end)
    const day = dayNumber(e.date) ?? dayNumber(doc.publishedAt)
    if (!place || day === null) continue
    const initiators = initiatorsOf(e)
    const alsoAt: LeadPlace[] = []
    for (const [f] of inLead) {
      if (f === e || f.type !== e.type || !LEAD_MODALITIES.has(f.modality) || !f.place || f.place.precision === 'country') continue
      if ((dayNumber(f.date) ?? dayNumber(doc.publishedAt)) !== day || f.place.placeId === place.placeId) continue
      const theirs = initiatorsOf(f)
      if (initiators.length > 0 && theirs.length > 0 && sharedCount(initiators, theirs) === 0) continue
      if (!alsoAt.some((p) => p.place === hashString(f.place!.placeId))) alsoAt.push(leadPlace(f.place))
    }
    // One literal shape for every lead: compare reads these fields on its hot path.
    return {
      type: hashString(storyKind(e.type)), kind: hashString(e.type), place: hashString(place.placeId), lat: place.lat, lon: place.lon,
      toleranceKm: placeToleranceKm(place.precision), broad: place.precision === 'region', day, initiators, alsoAt,
    }
  }
  return null
}

function leadPlace(p: { placeId: string; lat: number; lon: number; precision: string }): LeadPlace {
  return { place: hashString(p.placeId), lat: p.lat, lon: p.lon, toleranceKm: placeToleranceKm(p.precision), broad: p.precision === 'region' }
}

/**
 * The initiators with the organisations each acts as (actor-groups.ts): "rebels led by HTS" (the coalition) and
 * "HTS-led fighters" (the group) name one new holder, so two leads' holders match when any level does.
 */
function initiatorsOf(e: ContractEvent): Uint32Array {
  return sortedUnique(e.actors.filter((a) => a.role === 'initiator').flatMap((a) => actsAs(a.actorId, e.date)).map((a) => hashString(a)))
}

/** The first place below country level named between `start` and `end`, as an event place. */
function mentionIn(doc: ExtractedDocument, start: number, end: number): { placeId: string; lat: number; lon: number; precision: string } | null {
  const p = doc.places.find((x) => x.start >= start && x.end <= end && x.kind !== 'country' && x.precision !== 'country')
  return p ? { placeId: p.placeId, lat: p.lat, lon: p.lon, precision: p.precision } : null
}

/** True when two leads report one incident: same exact type, days within one, same new holder when both name one,
 * and a place of one within tolerance of a place of the other (a named area only matches itself). */
export function leadsMatch(a: LeadKey, b: LeadKey): boolean {
  if (a.kind !== b.kind || Math.abs(a.day - b.day) > 1) return false
  if (a.initiators.length > 0 && b.initiators.length > 0 && sharedCount(a.initiators, b.initiators) === 0) return false
  if (placesMatch(a, b)) return true
  if (a.alsoAt.length === 0 && b.alsoAt.length === 0) return false
  for (const y of b.alsoAt) if (placesMatch(a, y)) return true
  for (const x of a.alsoAt) {
    if (placesMatch(x, b)) return true
    for (const y of b.alsoAt) if (placesMatch(x, y)) return true
  }
  return false
}

/** An event placed in a named area (a province, a region) rather than at a town or site. */
export function isBroad(e: EventKey): boolean {
  return e.toleranceKm >= placeToleranceKm('region')
}

/** True when the event `e` is at one of the lead's places (an event in a named area only at that area itself). */
export function atLead(lead: LeadKey, e: EventKey): boolean {
  const at: LeadPlace = { ...e, broad: isBroad(e) }
  if (placesMatch(lead, at)) return true
  for (const p of lead.alsoAt) if (placesMatch(p, at)) return true
  return false
}

function placesMatch(a: LeadPlace, b: LeadPlace): boolean {
  if (a.place === b.place) return true
  if (a.broad || b.broad) return false
  return distanceKm(a.lat, a.lon, b.lat, b.lon) <= Math.max(a.toleranceKm, b.toleranceKm)
}

/** Days since 1970-01-01 of an ISO date, or null. */
export function dayNumber(iso: string | null): number | null {
  if (!iso) return null
  const t = Date.parse(iso.slice(0, 10))
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000)
}

function sortedUnique(xs: Iterable<number>): Uint32Array {
  return Uint32Array.from(new Set(xs)).sort()
}

/** Computes the features of one document from its text, and from its places, actors and events when present. */
export function docFeatures(doc: ExtractedDocument): DocFeatures {
  const text = doc.title && !doc.text.startsWith(doc.title) ? `${doc.title}\n\n${doc.text}` : doc.text
  const tokens = words(text)
  const sh = shingles(tokens)
  const cw = contentWords(tokens)
  const named = names(text)
  const quoted = quotations(text)
  // A text quoting nobody is all narrative: its sets are the whole text's, not worked out again.
  const told = quoted.length === 0 ? null : narrative(text)
  const toldWords = told === null ? cw : contentWords(words(told))
  const toldNames = told === null ? named : names(told)
  // Resolved ids survive spelling variants ("Qorvat" / "Qorvath") and scripts that the raw names do not.
  const idKeys = new Set<string>([...doc.places.map((p) => `place:${p.placeId}`), ...doc.actors.map((a) => `actor:${a.actorId}`)])
  const nameKeys = new Set<string>([...named, ...idKeys])
  const events: EventKey[] = []
  for (const e of doc.events) {
    // A denial names what it denies only through its place; the claim it answers carries the signature.
    // A country-wide place pins nothing ("sent advisers to Syria").
    if (!NEWS_MODALITIES.has(e.modality) || !e.place || e.type === 'denial' || e.place.precision === 'country') continue
    const day = dayNumber(e.date) ?? dayNumber(doc.publishedAt)
    if (day === null) continue
    events.push({ type: hashString(storyKind(e.type)), kind: hashString(e.type), place: hashString(e.place.placeId), lat: e.place.lat, lon: e.place.lon, toleranceKm: placeToleranceKm(e.place.precision), day })
  }
  const origin = traceOrigin(doc.text, doc.outlet)
  return {
    shingleSig: signature(sh),
    shingleCount: sh.size,
    wordSig: signature(cw),
    wordCount: cw.size,
    narrative: sortedUnique(toldWords),
    narrativeNames: sortedUnique([...toldNames].map((n) => hashString('p:' + n))),
    nameOrder: Uint32Array.from([...named].map((n) => hashString('p:' + n))),
    ownReporting: claimsOwnReporting(doc.text),
    quotes: sortedUnique(quoted.map((q) => hashString('q:' + q))),
    numbers: sortedUnique(numbersWithUnits(text).map((n) => hashString('n:' + n))),
    names: sortedUnique([...nameKeys].map((n) => hashString('p:' + n))),
    ids: sortedUnique([...idKeys].map((n) => hashString('p:' + n))),
    events,
    lead: leadIncident(doc),
    day: dayNumber(doc.publishedAt),
    wire: origin.wire,
    dateline: origin.dateline,
    outlet: sortedUnique([...names(` x ${doc.outlet ?? ''}`)].map((n) => hashString('p:' + n))),
    outletIsListedWire: WIRES.some((w) => w.aliases.some((a) => a.toLowerCase() === (doc.outlet ?? '').trim().toLowerCase())),
    language: doc.language || 'und',
  }
}

/** Number of values two sorted hash arrays share. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0
  let j = 0
  let n = 0
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) { n++; i++; j++ } else if (a[i]! < b[j]!) i++
    else j++
  }
  return n
}
