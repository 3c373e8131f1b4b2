// Relative locations: the words before a place that move or widen it ("40 km south of Hama", "the outskirts of
// al-Raqqa", "the southern and western parts of Deir ez-Zor"). Gives a precision and, when stated, an offset.
import { codeAt } from '../../../core/code-at.ts'
import type { PlacePrecision } from '../../../core/types.ts'
import { EARTH_KM } from '../../../core/geo.ts'
import { BEARINGS } from './lexicon.ts'
import { trailingWord } from './trailing-word.ts'

export interface RelativeCue {
  readonly precision: Extract<PlacePrecision, 'near' | 'region'>
  readonly rule: string
  /** Move the point this far (km) along `bearing` (degrees). */
  readonly km: number
  readonly bearing: number | null
  /** Where the cue phrase starts, so the mention's evidence can include it. */
  readonly start: number
}

const DIR = '(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?'
const OF_TOWN = '(?:the\\s+)?(?:(?:city|town|village|province|governorate|countryside)\\s+of\\s+)?(?:the\\s+)?$'

// "40 km south of Hama", "25 kilometres (15 miles) north-west of Homs"
const DISTANCE = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*-?\\s*(km|kilomet(?:er|re)s?|miles?|mi)\\s+(?:\\([^)]{0,30}\\)\\s+)?${DIR}\\s+of\\s+${OF_TOWN}`, 'i')
// "a few miles from Homs", "several kilometres outside Idlib"
const FEW = new RegExp(`\\b(?:a\\s+few|few|several|some|a\\s+couple\\s+of)\\s+(?:km|kilomet\\w*|miles?)\\s+(?:from|of|outside|away\\s+from|short\\s+of)\\s+${OF_TOWN}`, 'i')
// "the southern and western parts of Deir Al-Zor", "eastern areas of Hama"
const PARTS = new RegExp(`\\b${DIR}(?:\\s*(?:,|and|,\\s*and)\\s+${DIR})*\\s+(?:parts?|areas?|countryside|suburbs|side|reaches|regions?|outskirts|edges?|flank|fringes)\\s+of\\s+${OF_TOWN}`, 'i')
// "the western districts of Aleppo", "eastern neighbourhoods of Deir ez-Zor", "the districts of Homs": a city's own
// quarters are the city, not its province or countryside. Without a direction the district is the place named
// ("the district of Brooklyn", "the Kurdish-majority districts of Sheikh Maqsoud and Ashrafieh"): no cue then.
const DISTRICTS = new RegExp(`\\b${DIR}(?:\\s*(?:,|and|,\\s*and)\\s+${DIR})*\\s+(?:districts?|neighbou?rhoods?|quarters?)\\s+of\\s+(?:the\\s+)?(?:city\\s+of\\s+)?$`, 'i')
// "the outskirts of al-Raqqa", "near Hama", "north of Homs", "on the edge of Idlib", "advanced on Hama", "on the road
// between Hama and Homs" (the list after it is near too: find-places.ts). Not "nearby":
// "in nearby Douma", "the nearby Barzeh neighbourhood" name the place itself, close to another.
const NEAR = new RegExp(`\\b(?:near|outside|around|(?:halfway\\s+|midway\\s+)?between|close\\s+to|just\\s+(?:north|south|east|west)\\s+of|${DIR}\\s+of|(?:the\\s+)?(?:outskirts|edges?|fringes|vicinity|environs|suburbs|gates|approaches|doorstep)\\s+of|towards?|approaching|advanc(?:e|ed|es|ing)\\s+on|en\\s+route\\s+to|on\\s+the\\s+road\\s+to)\\s+${OF_TOWN}`, 'i')
// "the countryside of Aleppo", "rural Damascus", "the countryside around Hama", "the countryside east of Aleppo" (its
// eastern countryside, not a point near the city as "east of Aleppo" alone is)
const REGION = new RegExp(`\\b(?:countryside|hinterland|province|governorate|region)\\s+of\\s+${OF_TOWN}|\\brural\\s+$|` +
  `\\b(?:countryside|hinterland|desert|rural\\s+areas?)\\s+(?:(?:to\\s+the\\s+)?${DIR}\\s+of|around|surrounding)\\s+${OF_TOWN}`, 'i')

/** The words the cues above can end on: "of", "from", "outside" (FEW); NEAR's; REGION's "rural"; OF_TOWN's "the". */
const CUE_LAST_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'from', 'outside', 'rural', 'near', 'around', 'to', 'towards', 'toward',
  'approaching', 'on', 'between', 'surrounding'])

function bearingOf(word: string | undefined): number | null {
  if (!word) return null
  const w = word.toLowerCase().replace(/-/g, '')
  return BEARINGS[w] ?? BEARINGS[`${w}ern`] ?? null
}

/** The relative-location cue in `before` (the sentence text up to the place), if any. */
export function relativeCue(before: string, beforeStart: number): RelativeCue | null {
  const tail = before.slice(-90)
  // Every cue ends on one of these words (then whitespace): most places follow none, and need no expression tried.
  if (!CUE_LAST_WORDS.has(trailingWord(tail))) return null
  const base = beforeStart + before.length - tail.length
  let m = DISTANCE.exec(tail)
  if (m) {
    const n = Number((m[1] as string).replace(',', '.'))
    const km = /mi/i.test(m[2] as string) ? n * 1.609 : n
    return { precision: 'near', rule: 'relative-distance', km, bearing: bearingOf(m[3]), start: base + m.index }
  }
  m = FEW.exec(tail)
  if (m) return { precision: 'near', rule: 'relative-few', km: 0, bearing: null, start: base + m.index }
  m = DISTRICTS.exec(tail)
  if (m) return { precision: 'near', rule: 'relative-districts', km: 0, bearing: null, start: base + m.index }
  m = PARTS.exec(tail)
  if (m) return { precision: 'region', rule: 'relative-parts', km: 0, bearing: null, start: base + m.index }
  m = REGION.exec(tail)
  if (m) return { precision: 'region', rule: 'relative-countryside', km: 0, bearing: null, start: base + m.index }
  m = NEAR.exec(tail)
  if (m && !namedSuburb(tail, m)) return { precision: 'near', rule: 'relative-near', km: 0, bearing: null, start: base + m.index }
  return null
}

/**
 * "the Damascus suburbs of Jaramana and Darayya": suburbs named with their city before the word are the places named
 * after it, not somewhere near them (as "the suburbs of Damascus" is near Damascus).
 */
function namedSuburb(tail: string, m: RegExpExecArray): boolean {
  return /^suburbs\s/i.test(m[0]) && /\p{Lu}[\p{L}'’-]*\s+$/u.test(tail.slice(0, m.index))
}

// "Hama's countryside", "Idlib's southern countryside", "Aleppo's rural areas": the countryside named by a possessive.
const POSSESSIVE_COUNTRYSIDE = new RegExp(`^['’]s\\s+(?:${DIR}\\s+)?(?:countryside|hinterland|rural\\s+areas)\\b`, 'i')

/** Whether the place ending at `end` is followed by "'s countryside" (then it names a region, not the town). */
export function possessiveCountryside(text: string, end: number): boolean {
  // Most places are followed by no apostrophe: the expression runs only after one.
  const c = codeAt(text, end)
  if (c !== 39 && c !== 0x2019) return false
  return POSSESSIVE_COUNTRYSIDE.test(text.slice(end, end + 40))
}

// "Khan Sheikhoun's outskirts", "Hama's northern edges", "Damascus's southern suburbs": the edge of a town named by a
// possessive is near it, as "the outskirts of Hama" is.
const POSSESSIVE_OUTSKIRTS = new RegExp(`^['’]s?\\s+(?:${DIR}\\s+)?(?:outskirts|edges?|fringes|suburbs|environs|approaches|gates|doorstep)\\b`, 'i')

/** The cue of "'s outskirts" after the place ending at `end` (`start` is the place's own start: no word before it). */
export function possessiveOutskirts(text: string, start: number, end: number): RelativeCue | null {
  // Most places are followed by no apostrophe: the expression runs only after one.
  const c = codeAt(text, end)
  if (c !== 39 && c !== 0x2019) return null
  if (!POSSESSIVE_OUTSKIRTS.test(text.slice(end, end + 40))) return null
  return { precision: 'near', rule: 'relative-possessive', km: 0, bearing: null, start }
}

// "Idlib and Hama countryside", "the Aleppo and Idlib provinces": an area word after a pair names both areas.
const SHARED_AREA = /^\s+and\s+(?:al-)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:countrysides?|provinces|governorates)\b/u

/** Whether the place ending at `end` is the first of a pair an area word follows ("Idlib and Hama countryside"). */
export function sharedAreaAfter(text: string, end: number): boolean {
  // Most places are followed by something else: the expression runs only after " and".
  if (codeAt(text, end) !== 32 || codeAt(text, end + 1) !== 97 || codeAt(text, end + 2) !== 110) return false
  return SHARED_AREA.test(text.slice(end, end + 60))
}

// "the Jobar neighbourhood in eastern Damascus", "the Salihiya quarter of Damascus", a list's "the Jobar and Midan
// neighbourhoods of Damascus": the name is a part of the city named next. Not "district": "the Jisr al-Shughur
// district of Idlib" is an administrative district, its seat far from Idlib city.
const PART_OF_NEXT = /^\s+(?:neighbou?rhoods?|quarters?)\s+(?:of|in)\s+(?:the\s+)?(?:\w+\s+){0,2}$/i
// The rest of such a list where names the gazetteer lacks stand between ("the Jobar, Tadamon and Yarmouk
// neighbourhoods of Damascus" with only Jobar known): capitalised names joined by commas and "and", then the plural.
/** One more name of a list: a comma or "and", then one or two capitalised words ("and Hajar al-Aswad" reads "and Hajar"). */
export const LISTED_NAME = "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:al-)?[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)?"
const LISTED_PART_OF_NEXT = new RegExp(`^(?:${LISTED_NAME}){1,6}\\s+(?:[Nn]eighbou?rhoods|[Qq]uarters)\\s+(?:of|in)\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}$`)

/**
 * Whether the text between a place and the next place (`between`) makes the first a neighbourhood or district of the
 * second: then the first is that city's, and a town of its name far from the city is not it.
 */
export function partOfNext(between: string): boolean {
  // Most places are followed by something else: the expressions run only after a space and "n" or "q", or a list's
  // comma or " and".
  if (between.length < 2 || between.length > 100) return false
  const c0 = between.charCodeAt(0)
  const c = between.charCodeAt(1) | 32
  if (c0 === 32 && (c === 110 || c === 113)) return between.length <= 60 && PART_OF_NEXT.test(between)
  return (c0 === 44 || (c0 === 32 && c === 97)) && LISTED_PART_OF_NEXT.test(between)
}

// "took Aleppo and most of its neighbourhoods, including al-Hamdaniya", "the districts of Homs, such as Qorvath and
// Belmira": parts of the city named before, introduced as examples of its districts.
const INCLUDED_PART = /\b(?:neighbou?rhoods|districts|quarters|suburbs)\b[^.;:]{0,40}?\b(?:including|such\s+as|among\s+them|notably)\s+(?:the\s+)?(?:[^.;:]{0,60}?(?:,|\band)\s+(?:the\s+)?)?$/i

/** Whether `between`, the text from a city to a place after it, introduces the place as one of the city's districts. */
export function includedPartOf(between: string): boolean {
  // Most gaps name no districts: the expression runs only on a gap that ends after a word of the introducing phrase.
  return between.length >= 12 && between.length <= 160 && INCLUDED_PART.test(between)
}

// "Hama's al-Hader neighbourhood", "Damascus's Jobar quarter": the city named before, by a possessive.
const PART_AFTER = /^\s+(?:neighbou?rhoods?|quarters?)\b/i

// "Al-Khalidiya and Baba Amr neighbourhoods were quiet", "the Ruknuddin quarter": a name, or a list it opens, called a
// neighbourhood or quarter, whichever city it belongs to.
const CALLED_PART = new RegExp(`^(?:${LISTED_NAME}){0,6}\\s+(?:neighbou?rhoods?|quarters?)\\b`, 'i')
// The same with "district(s)", which also names a country's administrative districts ("the Afrin and Azaz districts"):
// asked only of a place in another country than the city.
const CALLED_PART_OR_DISTRICT = new RegExp(`^(?:${LISTED_NAME}){0,6}\\s+(?:neighbou?rhoods?|quarters?|districts?)\\b`, 'i')

/**
 * Whether the place ending at `end` is called a neighbourhood or quarter (or, with `district`, a district), alone or
 * as the first of a list ("Khalidiya and Baba Amr neighbourhoods").
 */
export function calledPartOfCity(text: string, end: number, district = false): boolean {
  // Most places are followed by something else: the expression runs only after a space, or a list's comma.
  const c = codeAt(text, end)
  return (c === 32 || c === 44) && (district ? CALLED_PART_OR_DISTRICT : CALLED_PART).test(text.slice(end, end + 100))
}

/** Whether the text right after a place names it a neighbourhood or quarter ("the Tayy neighbourhood"); read from char codes first. */
export function partWordAfter(text: string, end: number): boolean {
  const c = codeAt(text, end + 1) | 32
  return codeAt(text, end) === 32 && (c === 110 || c === 113) && PART_AFTER.test(text.slice(end, end + 16))
}

/**
 * Whether a place is a neighbourhood of the city before it named with a possessive: `between` is the text from the
 * city to the place ("'s "), `after` the text after the place.
 */
export function partOfPrevious(between: string, after: string): boolean {
  // Most places follow no possessive: the expression runs only after one.
  if (between.length < 3 || between.length > 8) return false
  const c = between.charCodeAt(0)
  return (c === 39 || c === 0x2019) && /^['’]s\s+(?:the\s+)?$/.test(between) && PART_AFTER.test(after)
}

/** The point `km` along `bearing` degrees from (lat, lon), rounded to 4 decimals. */
export function offsetPoint(lat: number, lon: number, km: number, bearing: number): { lat: number; lon: number } {
  const d = km / EARTH_KM
  const b = (bearing * Math.PI) / 180
  const p1 = (lat * Math.PI) / 180
  const l1 = (lon * Math.PI) / 180
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b))
  const l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2))
  return { lat: degrees4(p2), lon: degrees4(l2) }
}

/** Radians to degrees, rounded to 4 decimals. */
const degrees4 = (x: number): number => Math.round(((x * 180) / Math.PI) * 1e4) / 1e4

