// Where an event happened: the event-role places its trigger governs. Types whose place list is a coordination
// ("captured Qorvath and Belmira") yield one event per place; the rest take the first place.
import { distanceKm } from '../../../core/geo.ts'
import type { EventPlace, EventType } from '../../../core/types.ts'
import { BACKED_BY } from './arabic.ts'
import { asides } from './clauses.ts'
import { LAG_LATER, withoutDates } from './dates.ts'
import type { PlaceRef, SentenceView } from './sentence.ts'

/** One event per place for these types (README of the eval set: "a capture of two towns is two events"; forces sent to
 * two towns, "reinforced Qorvath and Belmira", are two deployments by the same rule). */
export const SPLIT_BY_PLACE: ReadonlySet<EventType> = new Set(['territory_change', 'battle', 'strike', 'protest', 'casualties', 'other', 'deployment'])

// "Qorvath and Belmira", "the towns of A, B and C", "Aleppo in the north and Hama in the centre", "near A and in B"
// "Qorvath, the largest town in the south, and the crossroads town of Belmira", "Qorvath, …, as well as Belmira",
// "Qorvath and Belmira south of Tessen, together with the Marrak airbase"
// "in Qorvath, in the coastal city of Belmira and near Tessen": an item's own preposition and a town word after a comma
// ("the port of Tessen": a port named by its town as a town is)
// Arabic joins "و" (and) to the next name, so the gap before it is " و" ("الرستن وتلبيسة"), or "، " / " أو ".
const LIST_GAP = /^(?:\s*[،,]?\s*(?:و|أو\s+)|\s*،\s*|\s*,\s*|\s+(?:and|or)\s+|\s*,?\s+(?:and|or)\s+(?:in|near|around|on|to|into)\s+(?:the\s+)?|\s*,\s*(?:and|or)\s+|\s+(?:in|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?(?:\s*,)?\s+(?:and|or)\s+|\s*,\s*(?:the|a|an)\s+[^,;]{1,120},\s*(?:and|or|as\s+well\s+as)\s+|\s*,?\s+as\s+well\s+as\s+|[^,;]{0,60},\s*(?:together|along)\s+with\s+|\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:rebels|insurgents|factions|forces|fighters|troops|army|militants|groups|opposition|militias?)\s*,?\s+(?:and|or)\s+|\s*,\s*(?:in|at|near|around|outside|on)\s+(?=the\s+(?:[\w-]+\s+)?(?:towns?|villages?|cities|city|ports?)\s+of\s))(?:the\s+)?(?:[\w-]+\s+)?(?:(?:towns?|villages?|cities|city|areas?|ports?)\s+of\s+)?$/i

// "Qorvath, a village in Belmira", "a hill near Qorvath, a town in Belmira": an apposition saying what the place is.
const SETTLEMENT_NOUN = 'villages?|towns?|city|cities|stronghold|districts?|suburbs?|neighbou?rhoods?|areas?|regions?|provinces?|hub|crossroads|communit(?:y|ies)|settlements?|municipalit(?:y|ies)|capital'
// Between items of a list of things hit, each located by its town: ", a research centre in ", " and naval vessels in
// the port of " (words that are no verb: ", and fighting continued in" opens a new clause).
const OBJECT_IN_NEXT = new RegExp(String.raw`^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|a|an|its|their|several|two|three)\s+)?(?:(?!(?:[\w-]+(?:ed|ing)|are|were|is|was|has|have|had|also|then|continued|remains?|fighting|clashes|${SETTLEMENT_NOUN})\b)[\w-]+\s+){1,3}(?:in|at|near)\s+(?:the\s+)?(?:(?:port|city|town|village|district|suburb|area|neighbou?rhood)\s+of\s+)?$`, 'i')

const OBJECT_IN_BEFORE = /(?:^|\s)(?:the|an?|its|their)\s+(?:(?!(?:[\w-]+(?:ed|ing)|are|were|is|was)\b)[\w-]+\s+){1,3}(?:in|at|near)\s+(?:the\s+)?(?:(?:port|city|town|village|district|suburb|area|neighbou?rhood)\s+of\s+)?$/i

// What puts a town's event near it rather than in it, and the bare gaps of a list that share it.
const NEAR_BEFORE = /\b(?:near|around|outside|close\s+to|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$/i
const PLAIN_LIST_GAP = /^(?:\s+(?:city|town))?\s*(?:,|,?\s+and|,\s*and)\s+$/i

const WHERE_IN_COUNTRY = /^\s*,?\s+(?:near|in|at|around|outside|close\s+to)\s+(?:the\s+)?(?:(?:town|city|village|area|border\s+town)\s+of\s+)?$/i

// "Khasham, Tabiya, Salhiya and Husseiniya" with Tabiya unknown to the index: names between two places of a list.
const NAMES_GAP = /^\s*,\s*(?:(?:al-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,\s*)*(?:al-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:,\s*|,?\s+and\s+)$/

// "مدينة إدلب وبلدة سرمدا" (the city of Idlib and the town of Sarmada): "و" joined to the place word of the next name.
// What may follow an item of a list of places that reads across dates.
// ("Belmira two days later": an item dated by its lag after the one before, see laggedDate)
const ITEM_END = new RegExp(String.raw`^\s*(?:[,.;:)]|$|(?:and|or|on|in|by|during|late|early|the\s+(?:next|following|same|night|morning|evening))\b|${LAG_LATER})`, 'i')
// "دمشق وريفها وحمص" (Damascus, its countryside and Homs): the countryside of the place before is no break in the list.
const ARABIC_LIST_GAP = /^\s*[،,]?\s*و(?:مدينة|بلدة|قرية|مدينتي|بلدتي|قريتي|بلدات|قرى|مدن|حي|أحياء|مخيم)\s+$|^\s+وريف(?:ها|ه)\s*[،,]?\s*و$/u

// "على مدينة قرفاث", "على معبر نصيب": the object of an Arabic capture ("سيطر على", "استولى على"), right before its place.
const ARABIC_AMONG_BEFORE = /(?<![\p{L}])و?(?:بينها|منها|أبرزها|بينهما)\s+$/u
// "including Hatla, Marrat and Khasham" with only Khasham known: names the index lacks may come first.
const AMONG_BEFORE = /\b(?:including|among\s+them|among\s+which|such\s+as|namely)\s*:?\s+(?:the\s+)?(?:(?:towns?|villages?|city|cities|areas?)\s+of\s+)?(?:(?:al-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,\s*)*$/
const ARABIC_OBJECT_BEFORE = /(?<![\p{L}])على\s+(?:\S+\s+)?$/u

// "captured Qorvath, the largest town in the south, and the crossroads town of Belmira": the ", and" after an
// apposition opens no new clause, so the list goes on past the clause end.
const APPOSITION_GAP = /^\s*,\s*(?:the|a|an)\s+[^,;]{1,120},\s*(?:and|or|as\s+well\s+as)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:towns?|villages?|cities|city|areas?)\s+of\s+)?$/i

// What names a road by the two places it runs between: "on the road between", "the highway linking the towns of".
const ROUTE_ENDS = /\b(?:road|roads|highway|motorway|route|stretch|corridor)\s+(?:\S+\s+)?(?:between|linking|connecting|joining)\s+(?:the\s+)?(?:(?:towns?|cities|villages?)\s+of\s+)?$/i

// "the Tal Rifaat and Shahba areas north of Aleppo", "the town of Sarrin, 35 km south of Kobani", "Sednaya military
// prison north of the capital": what lies between a
// place and the town that locates it.
const LOCATED_BY_NEXT = /^(?:\s+(?:areas?|region|enclave|pocket|countryside|(?:military\s+|central\s+)?(?:prison|jail|airport|air\s*base|base|barracks)))?\s*,?\s+(?:(?:(?:about|some|around|roughly|nearly|almost)\s+)?\d+(?:[.,]\d+)?\s*(?:km|kilometres?|kilometers?|miles?)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+$/i

const SPEECH_TYPES: ReadonlySet<EventType> = new Set(['statement', 'denial', 'call_to_action'])

/** Verbs of leaving a place: a move told by them happens where it starts. */
const DEPARTURE = /^(?:fle[ed]|fleeing|escap|evacuat|withdr[ae]w|withdrawing|retreat|pull|left|leav|abandon|vacat)/i

/** Right after "toward(s)" / "نحو" / "باتجاه" / "صوب" and at most one word ("باتجاه الطبقة والرقة"): a destination. */
const HEADED_TO = /(?:\btowards?\s+|(?<![\p{L}])(?:نحو|باتجاه|صوب)\s+)(?:\S+\s+)?[وف]?$/iu
// "the al-Ghouta district of Homs", "the Qaboun neighbourhood of Damascus": a part named with the town it lies in.
// (the part's word may be inside the place's own span: "the al-Ghouta district")
const PART_OF_TOWN = /\b(?:district|neighbou?rhood|quarter|suburb)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?$/i
/** An administrative area, or a town that is the seat of one: "the X district" then names that district. */
const SEAT_OR_AREA = /^(?:PPLA\d?|ADM\d)$/
/** How far a part may lie from the town it is said to be in before its name is taken for a namesake elsewhere. */
const PART_OF_TOWN_KM = 15

/**
 * "the al-Ghouta district of Homs" read as a namesake region far from Homs: the town names where it is. (Not an
 * administrative district or its seat: "the Jisr al-Shughur district of Idlib" is the district, its seat 40 km from
 * Idlib city.)
 */
function misreadPartOfTown(text: string, p: PlaceRef, places: readonly PlaceRef[]): boolean {
  if (SEAT_OR_AREA.test(p.ann.featureCode ?? '')) return false
  const town = places.find((q) => q.start >= p.end && q.start <= p.end + 40)
  return town !== undefined && (town.ann.precision === 'exact' || town.ann.precision === 'near') && PART_OF_TOWN.test(text.slice(p.start, town.start))
    && distanceKm(p.ann.lat, p.ann.lon, town.ann.lat, town.ann.lon) > PART_OF_TOWN_KM
}

// What the act was done to, right after its verb: "the Iranian embassy in", "the consulate of Qorvath at".
// ("set fire to the Iranian embassy in X", "gathered outside the embassy in X": a few words of the act may come first)
const VENUE_OBJECT = /^\s+(?:(?!(?:said|says|told|that|from)\b)[\w'’-]+\s+){0,3}?(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:embassy|consulate|mission|headquarters|offices?)\s+(?:(?:building|compound)\s+)?(?:in|at)\s+(?:the\s+)?$/i
// "the villages of Qorvath and Belmira", "the town of Belmira", "Belmira village": the settlement word a text gives a place.
const SETTLEMENT_BEFORE = /\b(village|town)s?\s+of\s+(?:(?:al-)?[\p{Lu}][\p{L}'’-]*(?:\s+(?:al-)?[\p{Lu}][\p{L}'’-]*){0,2}\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$/u
const SETTLEMENT_AFTER = /^\s+(village|town)\b/i

/** "village" or "town" when the text calls the place at [start, end) so (looking back no further than `from`); else null. */
export function settlementWord(text: string, start: number, end: number, from: number): string | null {
  const word = SETTLEMENT_BEFORE.exec(text.slice(Math.max(from, start - 120), start)) ?? SETTLEMENT_AFTER.exec(text.slice(end, end + 10))
  return word ? (word[1] as string).toLowerCase() : null
}

// Between two names of a list, a town word for one or the next: "Idlib city and the towns of", ", the village of".
const TOWNS_OF_GAP = /^(?:\s+(?:city|town|village))?\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?(?:(?:towns?|villages?|cities|city)\s+of\s+)?$/i
const CLAUSE_VERB_AFTER = /^\s+(?:would|will|could|can|may|might|must|was|were|is|are|has|have|had)\b/i

// Where a denial was made, not where what it denies happened: "speaking in Ankara", "at a news conference in Doha", "in
// a statement issued in Damascus", "from its headquarters in Hasakah".
// The same venue as the object of an earlier verb ("stormed the embassy in "), and "and" between it and the trigger.
const VENUE_OF_VERB = new RegExp(`\\b\\p{L}+ed(?:\\s+into)?${VENUE_OBJECT.source.slice(1)}`, 'iu')
const JOINED_AFTER_VENUE = /^(?:\s+(?:on|in|at|during|late|early)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+)?)?,?\s+and\s+(?:then\s+)?$/iu

const VENUE_BEFORE = /\b(?:speaking|spoke|speaks|(?:news|press)\s+conference|briefing|statement|communiqu[eé]|interview|headquarters|offices?|embassy|visit(?:ing)?|meeting|summit|remarks|speech)(?:\s+(?:issued|released|published|made|given|held|delivered|broadcast))?\s+(?:in|from|at)\s+(?:the\s+)?$/i

/**
 * A place that tells where the words of a denial at [start, end) were spoken: a venue phrase, or "denied (reports) in
 * Moscow that …", the place between the verb and what it denies.
 */
function isVenue(text: string, p: PlaceRef, end: number): boolean {
  if (VENUE_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start))) return true
  return p.start >= end && /^\s+(?:(?:the\s+)?(?:reports?|claims?|allegations?|rumou?rs?)\s+)?(?:on\s+\w+\s+)?in\s+$/i.test(text.slice(end, p.start))
    && /^\s*,?\s+(?:on\s+\w+\s+)?that\b/i.test(text.slice(p.end, p.end + 20))
}

// What lies between a border place and a country it borders, after the place's crossing word if the name leaves it
// out: "the Nasib crossing with Jordan", "… between Lebanon", "معبر نصيب الحدودي مع الأردن".
const CROSSING_WORD = '(?:\\s+(?:border\\s+)?(?:crossing|post|gate|point))?'
const BORDERS_COUNTRY = new RegExp(`^${CROSSING_WORD}\\s+(?:with|between)\\s+(?:the\\s+)?$|^\\s+مع\\s+$`, 'iu')
const BETWEEN_COUNTRIES = new RegExp(`^${CROSSING_WORD}\\s+between\\s+(?:the\\s+)?$`, 'i')

/**
 * The border place a country is named with, which is where things happen there: "the Masnaa crossing between Lebanon
 * and Syria" (for either country), "the Nasib crossing with Jordan". `places` are in text order and hold `country`.
 */
function borderPlaceOf(text: string, places: readonly PlaceRef[], country: PlaceRef): PlaceRef | undefined {
  const k = places.indexOf(country)
  const prev = places[k - 1]
  if (!prev) return undefined
  if (prev.ann.precision !== 'country') return BORDERS_COUNTRY.test(text.slice(prev.end, country.start)) ? prev : undefined
  const first = places[k - 2]
  return first && first.ann.precision !== 'country' && BETWEEN_COUNTRIES.test(text.slice(first.end, prev.start))
    && /^\s+and\s+(?:the\s+)?$/i.test(text.slice(prev.end, country.start)) ? first : undefined
}

// What lies between a list's item and the town that locates it: "Morek, 25 km north of", "as-Safira, southeast of".
const LOCATOR_GAP = /^\s*,\s+(?:(?:about|some|around|roughly|nearly|almost)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:re|er)s?|miles?)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$/i
// And the list going on after that town: ", and the Kuweires air base", ", and to the Kuweires air base".
const AFTER_LOCATOR = /^\s*,\s*(?:and|as\s+well\s+as)\s+(?:(?:to|into|in|on|at|near)\s+)?(?:the\s+)?(?:(?:towns?|villages?|city)\s+of\s+)?$/i

/**
 * "fell back to as-Safira, 25 km southeast of Aleppo, and to the Kuweires air base": the place after the town that
 * locates the list's last item is the list's next item (the clause rules end the act's scope at ", and").
 */
function listedAfterLocator(text: string, places: readonly PlaceRef[], last: PlaceRef, q: PlaceRef): boolean {
  const locator = places.find((l) => l.start >= last.end && l.end <= q.start)
  return locator !== undefined && locator.ann.precision === 'near' && LOCATOR_GAP.test(text.slice(last.end, locator.start))
    && AFTER_LOCATOR.test(text.slice(locator.end, q.start))
}

/** The first place and those listed with it; a place further on in the clause belongs to something else. */
function coordinated(text: string, places: readonly PlaceRef[]): PlaceRef[] {
  const out: PlaceRef[] = []
  // ("the Mezzeh airport in Damascus, a research centre in Barzeh": the town that locates an item ends it)
  let locatorEnd = -1
  for (const p of places) {
    const last = out[out.length - 1]
    if (last && locatorEnd >= 0 && OBJECT_IN_NEXT.test(text.slice(Math.max(locatorEnd, last.end), p.start))) {
      out.push(p)
      continue
    }
    // "Idlib city, Sarmada and Ariha": a head noun after a name belongs to it, not to the gap ("Qorvath airport, the
    // Belmira barracks and the port of Tessen": so does a site's).
    // "Tabisa (Talbiseh) and al-Rastan": a name's other spelling in brackets is no item of its own, nor a gap.
    if (last && /^\s*\(\s*$/.test(text.slice(last.end, p.start)) && /^\s*\)/.test(text.slice(p.end))) continue
    const gap = last ? text.slice(last.end, p.start).replace(/^\s*\([^()]{1,40}\)/, '').replace(/^\s+(?:city|town|village|province|governorate|countryside|district|airport|military\s+airport|air\s*base|airbase|barracks|port)\b/i, '') : ''
    // "crossed into Syria near al-Bukamal": a place right after the country, by a locating word, says where in it.
    // "وأغلق الأردن معبر جابر" (Jordan closed the Jaber crossing): a country right before the next place, nothing between,
    // is the verb's subject, not where the act was.
    const subjectCountry = last && last.ann.precision === 'country' && p.ann.precision !== 'country' && /^\s+$/.test(gap)
    if (last && out.length === 1 && (subjectCountry || (last.ann.precision === 'country' && inCountryOf(p, last) && WHERE_IN_COUNTRY.test(gap)))) {
      out[0] = p
      continue
    }
    if (last && !LIST_GAP.test(gap) && !ARABIC_LIST_GAP.test(gap) && !NAMES_GAP.test(gap)) {
      // "west-central Syria" right after a town locates the town; skip it but keep reading the list.
      if (p.ann.precision === 'country' || p.ann.precision === 'region') continue
      // "struck the airport in Qorvath, a depot in Belmira and ships in Tessen": the town that locates the airport.
      if (out.length === 1 && /^\s+in\s+(?:the\s+)?$/i.test(gap) && OBJECT_IN_NEXT.test(text.slice(p.end, p.end + 80).split(/(?<=\s(?:in|at|near))\s/)[0] + ' ')) {
        locatorEnd = p.end
        continue
      }
      // "Safira and Khanasser south-east of Aleppo, together with …": the town that locates the list is not in it.
      if (p.ann.precision === 'near' && /\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+$/i.test(text.slice(last.end, p.start))) continue
      break
    }
    // "If they were to capture Homs, the capital would be cut off": a place after a bare comma that a verb follows
    // is the subject of a new clause, not the next item of the list.
    if (last && /^\s*,\s*(?:the\s+)?$/.test(text.slice(last.end, p.start)) && CLAUSE_VERB_AFTER.test(text.slice(p.end, p.end + 16))) break
    // ("an arms depot in Qorvath, a base in Belmira": a first item that is a thing located by its town opens such a list)
    if (!last && OBJECT_IN_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start))) locatorEnd = p.end
    out.push(p)
  }
  return out
}

/**
 * "Syria near al-Bukamal": the place right after a country by a locating word, which says where in it (a place of
 * that country: "crossed back into Iraq near the Albu Kamal crossing" went to Iraq).
 */
export function placeInCountry(s: SentenceView, country: PlaceRef): PlaceRef | undefined {
  const next = s.places.find((p) => p.start >= country.end && p.ann.role === 'event')
  return next && inCountryOf(next, country) && WHERE_IN_COUNTRY.test(s.text.slice(country.end, next.start)) ? next : undefined
}

const inCountryOf = (p: PlaceRef, country: PlaceRef): boolean => p.ann.precision !== 'country' && (p.ann.country === null || p.ann.country === country.ann.country)

export const toEventPlace = (p: PlaceRef): EventPlace => ({
  placeId: p.ann.placeId, name: p.ann.name, lat: p.ann.lat, lon: p.ann.lon, precision: p.ann.precision,
})

// What opens a phrase about another happening after the act: "after the fall of the government in X", "amid fighting
// in X", "following rebels' capture of X" (not "the following day").
const OTHER_EVENT_AFTER = /(?<!\bthe\s)\b(?:after|following|amid|amidst|despite|in\s+the\s+wake\s+of|in\s+response\s+to)\s/i
const SPECIFICITY: Record<EventPlace['precision'], number> = { exact: 3, near: 3, region: 2, country: 1 }

/**
 * "In Qorvath, crowds celebrated after the fall of the government in Belmira": a place named in a phrase about another
 * happening after the act belongs to that happening; the act keeps the place its own clause names before it, when that
 * one is at least as specific. (With no such place the phrase's place is all the sentence gives, and stays.)
 */
function withoutOtherEventsPlaces(text: string, after: readonly PlaceRef[], before: readonly PlaceRef[], end: number, opening: PlaceRef | undefined): PlaceRef[] {
  // ("In Qorvath, factions took the governor's office, while crowds gathered after the fall of …": the place that opens
  // the sentence is where each of its clauses happened.)
  const own = before.at(-1) ?? opening
  if (!own || after.length === 0) return [...after]
  const opens = OTHER_EVENT_AFTER.exec(text.slice(end, (after.at(-1) as PlaceRef).start))
  if (!opens) return [...after]
  const cut = end + opens.index
  const kept = after.filter((p) => p.start < cut)
  const dropped = after.filter((p) => p.start >= cut)
  if (dropped.some((p) => SPECIFICITY[p.ann.precision] > SPECIFICITY[own.ann.precision])) return [...after]
  return kept.length > 0 || own !== opening ? kept : [own]
}

/** "In Qorvath, …": the place a sentence opens with, as the setting of what it tells. */
function openingPlace(s: SentenceView): PlaceRef | undefined {
  const first = s.places[0]
  return first && first.ann.role === 'event' && /^\s*(?:In|At)\s+(?:the\s+)?$/.test(s.text.slice(0, first.start)) && /^\s*,/.test(s.text.slice(first.end, first.end + 3)) ? first : undefined
}

// ", but …", "; …", ", whereas …", ", while …": a clause that sets something else against the trigger's.
const CONTRAST_AFTER = /,\s*(?:but|whereas|while)\b|;\s|\s[-–—]\s/i

/**
 * Places for a trigger at [start, end) that owns the sentence up to `scopeEnd`, within the clause [clauseStart, …).
 * A capture skips places after "toward(s)" (where the advance goes next, not what changed hands).
 */
// A slogan's opening: "chanting \"", "shouting: '", "banners reading \"", "with cries of \"".
const SLOGAN_OPENS = /\b(?:chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|sang|sing(?:s|ing)?|cr(?:y|ies|ied|ying)(?:\s+of)?|slogans?|banners?\s+(?:reading|saying)|signs?\s+(?:reading|saying)|wav(?:ed|ing)\s+(?:\S+\s+){0,3}?reading)\s*[:,]?\s*["“‘']$/i

/** "Residents poured into the streets, chanting \"Syria is free\"": a place inside a slogan is where nothing happened. */
function inSlogan(text: string, p: PlaceRef): boolean {
  const open = Math.max(text.lastIndexOf('"', p.start - 1), text.lastIndexOf('“', p.start - 1), text.lastIndexOf('‘', p.start - 1))
  if (open < 0 || !SLOGAN_OPENS.test(text.slice(Math.max(0, open - 40), open + 1))) return false
  const close = text.slice(open + 1).search(/["”’]/)
  return close < 0 || open + 1 + close >= p.end
}

/**
 * "مدينة منبج في ريف حلب الشرقي" (Manbij in the eastern Aleppo countryside), "the town of Kafr Nabl, in the southern
 * countryside of Idlib", "Manbij city in the eastern countryside of Aleppo": an area named right after a town locates it.
 */
function areaLocatesTown(text: string, town: PlaceRef, area: PlaceRef): boolean {
  if (area.ann.precision !== 'region' || (town.ann.precision !== 'exact' && town.ann.precision !== 'near') || town.end > area.start) return false
  const gap = text.slice(town.end, area.start)
  // (the town's settlement word may follow its name: "Manbij city in …")
  return /^\s+(?:في\s+|ب)$/u.test(gap) || /^(?:\s+(?:city|town|village))?\s*,?\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(gap)
}

export function placesFor(s: SentenceView, type: EventType, start: number, end: number, scopeEnd: number, clauseStart: number, listEnd = scopeEnd): EventPlace[] {
  // "Iran will send …", "Druze gunmen": a name the actor lexicon claims is the actor, not a place.
  // "US-backed forces", "UK-based monitor", "a US-brokered deal": a place name used as an adjective locates nothing.
  // "looters ransacked the Iranian embassy in the Mezzeh district": a venue named as what the act was done to is where
  // it was done (find-places reads "embassy in X" as a venue, a mention: "Russia's embassy in Damascus advised …").
  // ("gunmen stormed the Iranian embassy in X and ransacked its offices": the venue of a verb joined to the trigger
  // by "and" is where the trigger's act was done too.)
  const venueObject = (p: PlaceRef) => (p.start >= end && VENUE_OBJECT.test(s.text.slice(end, p.start)))
    || (p.end <= start && p.start >= clauseStart && JOINED_AFTER_VENUE.test(s.text.slice(p.end, start)) && VENUE_OF_VERB.test(s.text.slice(clauseStart, p.start)))
  const located = s.places.filter((p) => (p.ann.role === 'event' || venueObject(p)) && !s.actors.some((a) => !a.coreferent && p.start < a.end && a.start < p.end)
    && !/^[\s-]*(?:backed|led|based|allied|aligned|funded|supported|born|made|brokered|mediated|sponsored|trained|armed|owned|run|controlled|held)\b/i.test(s.text.slice(p.end, p.end + 12))
    // ("US-supervised arrangements": any participle joined to the name by a hyphen)
    && !/^-\p{Ll}+ed\b/u.test(s.text.slice(p.end, p.end + 16))
    // "المدعومة من أنقرة" (backed by Ankara), "الموالية لإيران" (loyal to Iran): the same in Arabic, before the name
    && !BACKED_BY.test(s.text.slice(Math.max(0, p.start - 24), p.start))
    // ("Speaking in Ankara, the minister denied …": a denial is placed where what it denies happened, or nowhere.)
    && !(type === 'denial' && isVenue(s.text, p, end))
    && !misreadPartOfTown(s.text, p, s.places) && !inSlogan(s.text, p))
  // "…wrecked, leaving the M5 impassable": a consequence clause names where the effect is felt, not the event's place.
  // "seizing a summit that overlooks Damascus", "the bridge that links X to Y": what the object overlooks or links is
  // no place of the event.
  const consequences = [s.text.slice(end).search(/,\s*(?:leaving|putting|cutting|making|forcing|prompting|rendering)\b/i),
    s.text.slice(end).search(/\b(?:that|which)\s+(?:overlook|link|connect|border|lead|run|straddl|command|face)\w*\b/i),
    // "said it had blown up the bridge and that its troops had regrouped in Palmyra": the speaker's next "that" clause
    // tells another act, with its own places (the words said are about both).
    SPEECH_TYPES.has(type) ? -1 : s.text.slice(end).search(/,?\s(?:and|but)\s+that\s/i)].filter((x) => x >= 0)
  const consequence = consequences.length ? Math.min(...consequences) : -1
  const ownEnd = consequence < 0 ? scopeEnd : Math.min(scopeEnd, end + consequence)
  const usable = located.filter((p) => p.start < end || consequence < 0 || p.start < end + consequence)
  // "120,000 people, most of them Kurds displaced from Afrin in 2018, have fled": a place inside an aside the trigger is
  // not in tells of the people or the place named before it; it is not where the act happened when chosen from
  // around the trigger.
  const otherAsides = asides(s.text).filter(([x, y]) => !(start >= x && start < y))
  const inAside = (p: PlaceRef) => otherAsides.some(([x, y]) => p.start >= x && p.end <= y)
  // ("closed the Jaber crossing with Syria": a place named inside the trigger's own words is what it acted on, before
  // any after; not a country it went from, "crossed from Syria into Lebanon")
  let picked = usable.filter((p) => (p.start >= end && p.start < ownEnd) || (p.start > start && p.start < end && p.ann.precision !== 'country'))
  picked = withoutOtherEventsPlaces(s.text, picked, usable.filter((p) => p.end <= start && p.start >= clauseStart), end, openingPlace(s))
  if (type === 'battle' || type === 'strike') {
    // ("an assault from Idlib on the Aleppo countryside": where the attack went, not where it came from)
    const onTarget = picked.some((p) => /\b(?:on|against)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, p.start - 12), p.start)))
    if (onTarget) picked = picked.filter((p) => !/\bfrom\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, p.start - 10), p.start)))
  }
  if (type === 'territory_change' || type === 'battle') {
    // "نحو" / "باتجاه" / "صوب": the same in Arabic ("انسحاب القوات باتجاه حمص", withdrawing toward Homs)
    picked = picked.filter((p) => !/\b(?:toward|towards|to\s+the\s+(?:north|south|east|west))\b|(?<![\p{L}])(?:نحو|باتجاه|صوب)(?![\p{L}])/iu.test(s.text.slice(end, p.start)))
  }
  if (type === 'territory_change') {
    // "سيطرت فصائل محلية في ريف درعا على معبر نصيب" (local factions in the Daraa countryside took the Nasib crossing):
    // the verb comes first, then its subject with where it is from, then what changed hands, after "على".
    const object = picked.findIndex((p, i) => i > 0 && ARABIC_OBJECT_BEFORE.test(s.text.slice(Math.max(end, p.start - 24), p.start)))
    if (object > 0 && picked.slice(0, object).every((p) => p.ann.precision === 'region' || p.ann.precision === 'country')) picked = picked.slice(object)
  }
  let takenArea: PlaceRef | undefined
  if (SPLIT_BY_PLACE.has(type)) {
    // "سيطر على سبع قرى على الضفة الشرقية لنهر الفرات، بينها خشام ومراط" (seven villages on the Euphrates, among them
    // Khasham and Mrat): the places named after "among them" are the ones, not the area that locates them.
    // "entered seven villages east of the Euphrates that the army held, including Hatla and Khasham": the same in
    // English, where the list may come after the clause that names the area.
    const opensList = (p: PlaceRef) => ARABIC_AMONG_BEFORE.test(s.text.slice(Math.max(end, p.start - 12), p.start)) ||
      AMONG_BEFORE.test(s.text.slice(Math.max(end, p.start - 120), p.start))
    const area = (p: PlaceRef) => p.ann.precision === 'region' || p.ann.precision === 'country'
    const among = usable.findIndex((p) => p.start >= end && p.start < listEnd && opensList(p))
    const first = usable[among]
    // ("took control of Daraa province, including the Nassib crossing": an area that is itself what the verb takes, not
    // the locator of places left unnamed, is taken too.)
    const taken = picked.find((p) => area(p) && p.ann.precision !== 'country' && first !== undefined && p.start < first.start
      && /^["”’']?\s+(?:of\s+)?(?:the\s+)?(?:(?:province|governorate|region)\s+of\s+)?$/i.test(s.text.slice(end, p.start)))
    if (first && picked.length > 0 && picked.every((p) => p.start >= first.start || area(p))) {
      picked = usable.slice(among).filter((p) => p.start < listEnd)
      takenArea = taken
    }
  }
  if (type === 'deployment' || type === 'military_aid') {
    // "deployed forces from Lebanon to Syria": where they go, not where they come from.
    const fromBefore = (p: PlaceRef) => /\bfrom\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$/i.test(s.text.slice(Math.max(0, p.start - 24), p.start))
    const dest = picked.filter((p) => !fromBefore(p))
    // "soldiers fled into Iraq from Albu Kamal", "evacuated its diplomats from Damascus to Beirut": a move told by a
    // verb of leaving happens where it starts, when that end is named at least as specifically as where it goes (the
    // dev set's "withdrew from Syria toward the city of Al-Qaim" is placed at the city: the more specific end).
    const origin = picked.find((p) => fromBefore(p) && p.ann.precision !== 'country')
    if (origin && DEPARTURE.test(s.text.slice(start, end)) && dest.length > 0 && dest.every((p) => SPECIFICITY[p.ann.precision] <= SPECIFICITY[origin.ann.precision])) picked = [origin]
    else if (dest.length) picked = dest
  }
  if (type === 'displacement') {
    // "نزوح من سلمية نحو حمص" (fled Salamiyah toward Homs): where people fled from, when the text names it, not where
    // they went; a destination alone ("فروا إلى الأنبار") is the place.
    // "residents of Belmira began leaving towards the coast": the same in English.
    // "families who fled Qorvath arrived in Belmira", "displaced people from Qorvath reached Belmira", "fled Qorvath to
    // Belmira": where they arrived is a destination too (the arrival may be the trigger itself). A return's "to" is
    // where people go back to, the place of the return.
    const back = /^return/i.test(s.text.slice(start, end))
    const toward = (p: PlaceRef) => /(?:^|\s)(?:نحو|باتجاه|إلى|الى)\s+(?:\S+\s+)?$|\b(?:towards?|for)\s+(?:the\s+)?$/iu.test(s.text.slice(Math.max(end, p.start - 24), p.start))
      || /\b(?:reach(?:ed|ing|es)?|arriv(?:ed|ing|es?)\s+(?:in|at)|heading\s+(?:to|for)|headed\s+(?:to|for)|bound\s+for)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i.test(s.text.slice(Math.max(start, p.start - 32), p.start))
      || (!back && /\bto\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i.test(s.text.slice(Math.max(end, p.start - 24), p.start)))
    // ("have left for Belmira and Tessen": a place listed with a destination is one too)
    const dest = new Set<PlaceRef>()
    for (const [i, p] of picked.entries()) {
      const prev = picked[i - 1]
      if (toward(p) || (prev && dest.has(prev) && /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/i.test(s.text.slice(prev.end, p.start)))) dest.add(p)
    }
    const origins = picked.filter((p) => !dest.has(p))
    // ("Residents of Belmira began leaving": the place inside the words that tell the flight)
    const within = usable.filter((p) => p.start >= start && p.end <= end)
    if (origins.length > 0) picked = origins
    else if (within.length > 0) picked = within.slice(0, 1)
    else if (usable.some((p) => p.end <= start && !inAside(p))) picked = []
  }
  if (SPLIT_BY_PLACE.has(type)) {
    // "took Aleppo on November 30, Hama on December 5 and Homs": a list reads across the dates of its items, when
    // each item read so ends there or at its own date ("took Belmira on Friday and Qorvath residents fled": no).
    const plain = coordinated(s.text, picked)
    const across = coordinated(withoutDates(s), picked)
    const stop = across.findIndex((p, i) => i >= plain.length && !ITEM_END.test(s.text.slice(p.end, p.end + 24)))
    const listed = stop < 0 ? across : across.slice(0, Math.max(stop, plain.length))
    // "sent forces from Lebanon to Syria overnight to defend Homs": forces sent to a country and on to a town there
    // went to the town (one deployment), not to a list of the country alone.
    const town = picked.find((p) => p.ann.precision !== 'country')
    picked = type === 'deployment' && town && listed.every((p) => p.ann.precision === 'country') ? [town] : listed
    if (takenArea && !picked.includes(takenArea)) picked = [takenArea, ...picked]
    for (const q of usable) {
      const last = picked[picked.length - 1]
      if (!last || q.start < scopeEnd || q.start >= listEnd) continue
      if (!APPOSITION_GAP.test(s.text.slice(last.end, q.start)) && !listedAfterLocator(s.text, usable, last, q)) break
      picked = [...picked, q]
    }
  }
  if (picked.length === 0) {
    // "فروا باتجاه الطبقة والرقة بعد سيطرة الفصائل على البلدة": where others were heading is not what changed hands.
    const headed = (p: PlaceRef) => (type === 'territory_change' || type === 'battle') && HEADED_TO.test(s.text.slice(Math.max(0, p.start - 24), p.start))
    const before = usable.filter((p) => p.end <= start && p.start >= clauseStart && !headed(p) && !inAside(p))
    let last = before[before.length - 1]
    // "the Tal Rifaat and Shahba areas north of Aleppo, a day after factions overran the enclave": the town that
    // "north of X" locates is the place, not X.
    const prev = before[before.length - 2]
    if (last && prev && last.ann.precision === 'near'
      && LOCATED_BY_NEXT.test(s.text.slice(prev.end, last.start))) last = prev
    // "مطار النيرب العسكري شرقي حلب … انسحاب القوات منه" (Nayrab airbase east of Aleppo): the same in Arabic.
    if (last && prev && /^\s+(?:[^\s،,.]+\s+)?(?:شمالي|جنوبي|شرقي|غربي|شمال|جنوب|شرق|غرب)\s+$/u.test(s.text.slice(prev.end, last.start))) last = prev
    // "معبر نصيب الحدودي مع الأردن … انسحاب القوات منه", "the Masnaa crossing between Lebanon and Syria": the neighbour
    // with which a border place lies is not the place.
    if (last && last.ann.precision === 'country') last = borderPlaceOf(s.text, before, last) ?? last
    // "مدينة منبج في ريف حلب الشرقي، بعد معارك" (Manbij in the eastern Aleppo countryside, after battles): the area
    // locates the town named before it, which is the place.
    // "the town of Kafr Nabl, in the southern countryside of Idlib, …", "an air raid on the city of Qorvath in Belmira
    // province wounded five": the same in English.
    if (last && prev && areaLocatesTown(s.text, prev, last)) last = prev
    if (last) {
      // "… Tal Rifaat and Shahba areas …": the places listed with it go too.
      const list = [last]
      for (let k = before.indexOf(last) - 1; k >= 0 && SPLIT_BY_PLACE.has(type) && last.ann.precision !== 'country'; k--) {
        const p = before[k] as PlaceRef
        // ("pounded Idlib city and the towns of Sarmada and X, killing 11": a town word of the list's names between them)
        if (!/^\s*(?:,|and|or|,\s*and)\s*$/i.test(s.text.slice(p.end, (list[0] as PlaceRef).start)) && !TOWNS_OF_GAP.test(s.text.slice(p.end, (list[0] as PlaceRef).start))) break
        list.unshift(p)
      }
      picked = list
    }
  }
  if (picked.length === 0) {
    // Nearest event place anywhere in the sentence; for a change of hands only one named before it
    // ("closed Aleppo airport as rebels reached the heart of the city"), never a destination after it.
    // ("…, and denied that insurgents had entered the city": what its own words refer back to is left to the context.)
    // ("sent troops to Qorvath and to the town of Belmira, and denied rebels had entered the city": the city named
    // before, not the town.)
    const refersBack = /\b(?:the|that|this)\s+(?:city|provincial\s+capital)\b/i.exec(s.text.slice(end, scopeEnd))
    const city = refersBack && !usable.some((p) => p.start >= end && p.start < end + refersBack.index)
      ? usable.filter((p) => p.end <= start && p.ann.precision !== 'country' && settlementWord(s.text, p.start, p.end, 0) === null).at(-1) : undefined
    // ("cleared the Belmira district of militants": a place inside the words of the trigger is the one it names)
    // ("Mohammed al-Bashir, who headed the rebels' administration in Idlib, was appointed …": a place inside an aside the
    // trigger is not in tells of whom the aside describes.)
    // ("Iran has pledged to send more advisers, but strikes on routes through Qusayr …": a clause of contrast after the
    // trigger tells of something else, with places of its own.)
    const contrast = s.text.slice(end).search(CONTRAST_AFTER)
    const beforeContrast = (p: PlaceRef) => contrast < 0 || p.start < end + contrast
    const pool = (city ? [city] : type === 'territory_change' ? usable.filter((p) => p.end <= start || (p.start >= start && p.end <= end)) : usable)
      .filter((p) => !inAside(p) && beforeContrast(p))
    const sorted = [...pool].sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))
    // ("…the capture of Manbij city in the eastern countryside of Aleppo by X, after days of clashes": the area that
    // locates the town is not where the fighting was; the town is.)
    const located0 = sorted[0]
    const townOf = located0 ? pool[pool.indexOf(located0) - 1] : undefined
    const nearest = located0 && townOf && areaLocatesTown(s.text, townOf, located0) ? townOf : located0
    if (nearest) picked = [(nearest.ann.precision === 'country' ? borderPlaceOf(s.text, pool, nearest) : undefined) ?? nearest]
  }
  // "in west-central Syria" after a town says where the town is, not another place.
  if (picked.some((p) => p.ann.precision !== 'country')) picked = picked.filter((p) => p.ann.precision !== 'country')
  const seen = new Set<string>()
  const unique = picked.filter((p) => !seen.has(p.ann.placeId) && seen.add(p.ann.placeId))
  // "captured dozens of villages in the countryside between Idlib and Aleppo": unnamed places around a town are near it.
  const around = (p: PlaceRef) => type === 'territory_change' && p.start >= end
    && /\b(?:villages|towns|hamlets|localities|positions|hills|farms|areas)\b[^,;]{0,60}\b(?:in|around|near|outside|between|across)\s+(?:the\s+)?(?:\S+\s+){0,4}$/i.test(s.text.slice(end, p.start))
    && !/\b(?:towns?|villages?)\s+of\s+$/i.test(s.text.slice(end, p.start))
  // "four days of fighting on the city's edges", "clashes on the outskirts of Qorvath": near the town, not inside it.
  const onEdges = (type === 'battle' || type === 'strike')
    && /^\s+(?:\S+\s+){0,2}?(?:on|at|in|around)\s+(?:the\s+)?(?:(?:city|town|village)['’]s\s+|its\s+)?(?:edges?|outskirts|periphery|approaches|fringes)\b/i.test(s.text.slice(end, end + 50))
  // "struck a convoy on the road between Qorvath and Belmira", "the highway linking A and B": the towns are the ends of
  // one road, not two places struck; the event is on the road, near the first.
  const from = unique[0]
  if (from && unique.length <= 2 && ROUTE_ENDS.test(s.text.slice(Math.max(0, from.start - 60), from.start)) && /^\s+and\s/i.test(s.text.slice(from.end))) {
    return [{ ...toEventPlace(from), precision: from.ann.precision === 'exact' ? 'near' : from.ann.precision }]
  }
  // "strikes near Qorvath, Belmira and Tessen": the preposition before a list's first town holds for the towns listed
  // with it.
  const nearList = (p: PlaceRef) => {
    const k = unique.indexOf(p)
    if (k < 0 || !NEAR_BEFORE.test(s.text.slice(Math.max(0, (unique[0] as PlaceRef).start - 40), (unique[0] as PlaceRef).start))) return false
    return unique.slice(1, k + 1).every((q, i) => PLAIN_LIST_GAP.test(s.text.slice((unique[i] as PlaceRef).end, q.start)))
  }
  const places = unique.map((p) => ((around(p) || onEdges || nearList(p)) && (p.ann.precision === 'exact' || p.ann.precision === 'near') ? { ...toEventPlace(p), precision: 'near' as const } : toEventPlace(p)))
  return SPLIT_BY_PLACE.has(type) ? places : places.slice(0, 1)
}
