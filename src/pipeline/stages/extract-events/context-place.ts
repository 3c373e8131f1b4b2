// Places that a sentence leaves to its context: "entered the city", "clashes there". Conservative: only a
// definite reference back inherits the last place named. (Inheriting by paragraph as well lifted place accuracy but
// made unrelated reports of one town look like one story: same type, place and day.)
// An event still without a place, in a text mostly about one country, is located in that country at precision
// "country": such a place pins nothing for story matching (stories ignore country-wide places across reports).
import { daysBetween } from '../../../core/dates.ts'
import { placeId } from '../../../core/ids.ts'
import type { EventAnnotation, PlaceAnnotation } from '../../../core/types.ts'
import { loadGazetteer } from '../../../gazetteer/load.ts'
import { isDatelinePlace } from '../find-places.ts'
import { settlementWord } from './places.ts'

type NewEvent = Omit<EventAnnotation, 'id'>

// "the city", "that town", "the provincial capital", "there" — a reference back to a place already named.
// ("the town of Kafr Nabl" names the town: no reference back)
const ANAPHOR = /\b(?:the|that|this)\s+(?:city|town|village|provincial\s+capital|capital|area|province|region|district|countryside)\b(?!\s+of\s+\p{Lu})|\bthere\b/iu
// "closed the crossing", "south of the dam": a reference back to the last place named with that word.
const FEATURE_ANAPHOR = /\b(?:the|that|this)\s+(crossing|airport|dam)\b/i

// ", two days after launching", ", a week before": a time clause that tells an earlier act as the backdrop of the
// sentence's own.
const BACKDROP = /,\s*(?:\S+\s+){0,3}(?:after|before)\s/i

// "killed in the fighting", "wounded during the clashes": the fighting already reported, where it was (the English of
// ARABIC_ANAPHOR's "في المعارك").
// So does the attack a side says it repelled: "had repelled the attack and killed 17 militants".
const FIGHTING_ANAPHOR = /\b(?:(?:in|during|amid)\s+the\s+(?:fighting|clashes|battles?|shelling|bombardment|(?:air\s*)?(?:strikes?|raids?)|attacks?|assault)|(?:repell?(?:ed|ing)|repuls(?:ed|ing)|foiled|thwarted|fended\s+off|beat\s+back)\s+the\s+(?:attacks?|assault|offensive|advance|incursion))\b(?!\s+(?:on|in|at|near|of)\b)/i

// "the two towns", "both cities", "these villages": a reference back to several places named before, counted or not.
// ("the towns of Qorvath and Belmira" names them: no reference back)
const PLURAL_ANAPHOR = /\b(?:the\s+(two|three|four|five)|(both)(?:\s+the)?|these|those)\s+(?:\p{Ll}+\s+)?(?:towns|cities|villages|localities)\b(?!\s+of\s+\p{Lu})/iu
const COUNT_WORDS: Readonly<Record<string, number>> = { two: 2, both: 2, three: 3, four: 4, five: 5 }

// "west of the city", "near the town", "on the outskirts of the city"
// ("a hill that overlooks the city": near it)
const NEAR_ANAPHOR = /\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|near|outside|around|beyond|overlook(?:s|ing|ed)?|(?:on\s+)?the\s+(?:outskirts|edges?|approaches)\s+of)\s+(?:the|that|this)\s+(?:city|town|village|provincial\s+capital|capital)\b/gi

// "seized the main police station", "gathered in a central square": a part of a town that only a town has, which
// refers back to the town named before it (a bridging reference), though it repeats no place name.
const TOWN_PART = /\b(?:the|a|its)\s+(?:(?:main|central|old|city's|town's|local|largest|biggest|main\s+civilian|civilian|military|central\s+civilian)\s+)?(?:police\s+(?:station|headquarters)|prison|jail|(?:main\s+|central\s+|town\s+|city\s+)?square|town\s+hall|city\s+hall|governor(?:ate)?(?:'s)?\s+(?:building|office|headquarters|palace)|citadel|old\s+city|city\s+cent(?:re|er)|town\s+cent(?:re|er)|neighbou?rhoods?)\b/i

// The same in Arabic: "المدينة" (the city), "هناك" (there), "في المعارك" / "أن الاشتباكات" (in / that the fighting
// already reported).
// "المدينة" / "البلدة" / "القرية" refer back to a town, never to a region or river named since.
const ARABIC_TOWN_ANAPHOR = /(?<!\p{L})(?:[وفب]?ال|لل)(?:مدينة|مدينه|بلدة|بلده|قرية|قريه)(?!\p{L})/u
// ("المنطقة العازلة", the buffer zone, names a zone of its own: "المنطقة" with an adjective is no reference back.)
const ARABIC_ANAPHOR = /(?<!\p{L})(?:[وفب]?ال|لل)(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|(?:منطقة|منطقه)(?!\s+ال))(?!\p{L})|(?<!\p{L})هناك(?!\p{L})|(?<!\p{L})(?:في|خلال|جراء|إثر|أن|إن)\s+(?:المعارك|الاشتباكات|المواجهات|القصف|الغارات|الهجوم)(?!\p{L})/u
// "البلدات المجاورة" (the neighbouring towns): near the place named before.
const ARABIC_NEAR_ANAPHOR = /(?<!\p{L})(?:[وفب]?ال|لل)(?:بلدات|قرى|مناطق|أحياء)\s+المجاورة(?!\p{L})/u

// "four villages", "dozens of villages", "several more villages": places counted, none of them named
const COUNTED_VILLAGES = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|scores\s+of|several|many|a\s+number\s+of|some)\s+(?:more\s+|other\s+|nearby\s+|surrounding\s+)?(?:villages|hamlets|towns|hills|positions)\b/i
// "the city" (what a village or a town cannot be the antecedent of), "the town" (what a village cannot be)
const CITY_WORD = /\b(?:city|provincial\s+capital)\b/i
const TOWN_WORD = /\bt(?:he|hat|his)\s+town\b/i
// "the city of Qorvath", "the central city of Qorvath", "the northern city of": a place the text calls a city.
const CALLED_CITY = /\bcity\s+of\s+$/i

/**
 * Whether two attributions name one speaker: equal, or one the other's end with a title before it ("Benjamin Netanyahu"
 * and "Israeli Prime Minister Benjamin Netanyahu"). Only a name of two words or more: a bare "the ministry" or
 * "Netanyahu" may be another body or person of the name.
 */
export function sameSpeaker(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (!/\s/.test(short.trim())) return false
  return long === short || (long.endsWith(short) && /\s$/.test(long.slice(0, long.length - short.length)))
}
/** The most text between a speaker's placed report and a further sentence of theirs that continues it. */
const SPEAKER_GAP = 400
/** A break between paragraphs: a speaker's report continues in its paragraph or the next two (a wire's one-sentence paragraphs). */
const PARAGRAPH_BREAK = /\n\s*\n/g

/** The settlement word the text gives a place mention (see settlementWord), looking back no further than `from`. */
const calledAs = (at: PlaceAnnotation, text: string, from: number) => settlementWord(text, at.span.start, at.span.end, from)

/** Days before the report after which a place named after "since" is a comparison's reference point. */
const STALE_DAYS = 3
const SINCE = /\bsince\b/i

/** Share of the place mentions one country must hold for a text to be about it. */
const FOCUS_SHARE = 0.5
/** Fewest place mentions in that country: one passing name says nothing about what a text is about. */
const FOCUS_MIN = 3

/**
 * The country a text is about: the one that holds most of its place mentions (over half, and at least three); its
 * point and id come from the text's own mention of it, else from the theater's gazetteer. Null when no country leads.
 */
export function focusCountry(places: readonly PlaceAnnotation[], theater: string | null): NonNullable<NewEvent['place']> | null {
  const iso = focusCountryCode(places)
  return iso === null ? null : countryPlace(iso, places, theater)
}

/** The place of a country (ISO code): the text's own mention of it, else the theater gazetteer's entry; null when neither. */
export function countryPlace(iso: string, places: readonly PlaceAnnotation[], theater: string | null): NonNullable<NewEvent['place']> | null {
  const own = places.find((p) => p.placeKind === 'country' && p.country === iso)
  if (own) return { placeId: own.placeId, name: own.name, lat: own.lat, lon: own.lon, precision: 'country' }
  if (theater === null) return null
  // "Syrian forces … Aleppo … Damascus": the text may name the country only by its demonym.
  const gaz = loadGazetteer(theater)
  const at = gaz.country(iso)
  if (at === undefined) return null
  const e = gaz.entry(at)
  return { placeId: placeId(e.placeId), name: e.name, lat: e.lat, lon: e.lon, precision: 'country' }
}

/** ISO code of the country a text is about (see focusCountry), or null. */
export function focusCountryCode(places: readonly PlaceAnnotation[]): string | null {
  const counts = new Map<string, number>()
  let total = 0
  for (const p of places) {
    if (!p.country) continue
    counts.set(p.country, (counts.get(p.country) ?? 0) + 1)
    total++
  }
  let top: [string, number] | null = null
  for (const c of counts) if (!top || c[1] > top[1]) top = c
  if (!top || top[1] < FOCUS_MIN || top[1] / total <= FOCUS_SHARE) return null
  return top[0]
}

/**
 * "Hama followed on December 5, when the army said it had repositioned outside the city": the town the sentence itself
 * names before its "the city" / "the area", which that refers back to.
 */
function townBeforeAnaphor(e: NewEvent, sentence: string, text: string, places: readonly PlaceAnnotation[],
  actorSpans: readonly { start: number; end: number }[]): NonNullable<NewEvent['place']> | undefined {
  const at = e.span.start + sentence.search(ANAPHOR)
  // (Not a name inside an actor's: "the Dawn of Freedom operation … the area" is no town called Freedom.)
  // ("HOMS, Syria (AP) — Rebels entered the city": a dateline, only a mention, is the city its lead calls "the city".)
  const own = places.filter((p) => (p.role === 'event' || isDatelinePlace(p)) && p.span.start >= e.span.start && p.span.end <= at
    && p.precision !== 'country' && p.precision !== 'region' && !actorSpans.some((a) => p.span.start < a.end && a.start < p.span.end)
    // ("sent troops to the town of Qorvath and denied rebels had entered the city": not the town)
    && !(CITY_WORD.test(sentence) && calledAs(p, text, e.span.start) !== null)).at(-1)
  return own ? { placeId: own.placeId, name: own.name, lat: own.lat, lon: own.lon, precision: own.precision } : undefined
}

/**
 * The towns a plural reference back ("the two towns", "both cities", "these villages") points to: as many of the latest
 * as it counts, or, uncounted, those the latest sentence naming towns named together (two at least). Null when the
 * sentence has no such reference or too few towns were named.
 */
function townsReferredTo<T extends { sentence: number }>(sentence: string, before: readonly T[]): readonly T[] | null {
  const plural = PLURAL_ANAPHOR.exec(sentence)
  if (!plural) return null
  const word = (plural[1] ?? plural[2])?.toLowerCase()
  const last = before.at(-1)
  const count = word !== undefined ? (COUNT_WORDS[word] as number) : before.filter((t) => t.sentence === last?.sentence).length
  return count >= 2 && before.length >= count ? before.slice(-count) : null
}

/**
 * Whether event `e` (attributed to `attribution`) goes on with the report `said` of the same speaker: the same
 * speaker, later in the text, close after it (at most two paragraph breaks between, SPEAKER_GAP characters in all).
 * (Only when the speaker's report is the last event placed: another place named since is what the text moved to.)
 */
function continuesSpeaker(text: string, said: { end: number; attribution: string }, e: NewEvent, attribution: string): boolean {
  if (said.end > e.span.start || e.span.start - said.end > SPEAKER_GAP || !sameSpeaker(said.attribution, attribution)) return false
  return (text.slice(said.end, e.span.start).match(PARAGRAPH_BREAK)?.length ?? 0) <= 2
}

/**
 * Gives events without a place the place of the latest earlier event that had one (a town or region, not a
 * whole country), when the sentence refers back to it; then the text's country (focusCountry) to those still
 * without one. The event's `by` records which.
 */
export function inheritContextPlaces(events: readonly NewEvent[], text: string, places: readonly PlaceAnnotation[] = [],
  theater: string | null = null, actorSpans: readonly { start: number; end: number }[] = [], published: string | null = null): NewEvent[] {
  type Seen = { place: NonNullable<NewEvent['place']>; end: number; calledCity?: boolean }
  // "…, the heaviest setback for Assad since rebels overran Aleppo last week. … the soldiers had left the city": a place
  // named as the point a comparison counts from, days before the report, is no antecedent while a place of the
  // report's own days has been named before it.
  let fresh = false
  const referencePoint = (e: NewEvent, own: PlaceAnnotation | undefined): boolean => published !== null && e.date !== null && own !== undefined
    && daysBetween(e.date, published) > STALE_DAYS && SINCE.test(text.slice(e.span.start, own.span.start))
  let last: Seen | null = null
  // The last town named: "a day after clashes in southern Syria" between does not make the region the town.
  let lastTown: Seen | null = null
  // The last place not called a village: what "the city" on the outskirts of which fighting goes on refers back to,
  // when villages around it were named since ("took the villages of A and B … clashes on the outskirts of the city").
  let lastCity: Seen | null = null
  // The last place not called a village: what "the town" refers back to.
  let lastTownWord: Seen | null = null
  // Towns of events so far, one per place, latest last; `sentence` tells which were named together.
  const towns: (Seen & { sentence: number })[] = []
  // The event of the same sentence that last set the antecedents, for the backdrop rule below.
  let told: { sentence: number; date: string | null; placeEnd: number } | null = null
  // The last event a speaker reported with a place of its own ("X said rebels took the town"): a further sentence of
  // the same speaker that names no place ("X said the army had abandoned its posts") goes on about the same place.
  let lastSaid: (Seen & { attribution: string }) | null = null
  const country = focusCountry(places, theater)
  const inherited = events.flatMap((e): NewEvent | NewEvent[] => {
    if (e.place) {
      // ("battles on the northern edge of Qorvath city": a town read at region precision is still a town to refer back to)
      const own = places.find((p) => p.placeId === e.place?.placeId && p.span.start >= e.span.start && p.span.end <= e.span.end)
      const point = referencePoint(e, own)
      if (point && fresh) return e
      // "Rebels reached the western districts of Belmira on Friday, two days after launching an offensive from Qorvath":
      // an earlier act told in a time clause after the sentence's own is its backdrop; "the city" after it is still Belmira.
      if (own && told && told.sentence === e.span.start && e.date !== null && told.date !== null && e.date < told.date
        && BACKDROP.test(text.slice(told.placeEnd, own.span.start))) return e
      if (own && e.modality !== 'background') told = { sentence: e.span.start, date: e.date, placeEnd: own.span.end }
      if (!point && e.place.precision !== 'country' && e.modality !== 'background') fresh = true
      if (e.place.precision !== 'country' && e.modality !== 'background') {
        last = { place: e.place, end: e.span.end }
        lastSaid = e.attribution !== null ? { place: e.place, end: e.span.end, attribution: e.attribution } : null
      }
      // ("took the central city of Qorvath, a week after its forces lost Belmira. … outside the city", "… the central
      // prison": of two towns one sentence names, the one it calls a city.)
      const calledCity = own !== undefined && CALLED_CITY.test(text.slice(Math.max(e.span.start, own.span.start - 30), own.span.start))
      const keptCity = (seen: Seen | null) => seen !== null && seen.end === e.span.end && seen.calledCity === true && !calledCity
      if (e.place.precision !== 'country' && e.place.precision !== 'region' && e.modality !== 'background') {
        const placeId = e.place.placeId
        const at = towns.findIndex((t) => t.place.placeId === placeId)
        if (at >= 0) towns.splice(at, 1)
        towns.push({ place: e.place, end: e.span.end, sentence: e.span.start })
        if (!keptCity(lastTown)) lastTown = { place: e.place, end: e.span.end, calledCity }
      }
      if (own?.placeKind === 'city' && e.modality !== 'background') {
        const called = calledAs(own, text, e.span.start)
        const seen = { place: e.place, end: e.span.end }
        if (called === null && !keptCity(lastCity)) lastCity = { ...seen, calledCity }
        if (called !== 'village') lastTownWord = seen
      }
      return e
    }
    if (e.modality === 'background') return e
    const sentence = text.slice(e.span.start, e.span.end)
    // "residents of the town of X … returned after the army withdrew from the area": a town the sentence itself names
    // before "the area" is what it refers back to, whatever the events before it.
    // (A force that withdrew "outside the city" left the city itself; "villages near the town" are near it, below.)
    const nearOnly = !/:(?:withdraw|forced-out|troops-fled)$/.test(e.by) && !ANAPHOR.test(sentence.replace(NEAR_ANAPHOR, ''))
    const ownTown = !nearOnly && ANAPHOR.test(sentence) ? townBeforeAnaphor(e, sentence, text, places, actorSpans) : undefined
    if (ownTown) return { ...e, place: ownTown, by: `${e.by}+context-place` }
    // "Troops withdrew from the two towns overnight": one event in each town referred back to.
    const several = townsReferredTo(sentence, towns.filter((t) => t.end <= e.span.start))
    if (several) return several.map((t) => ({ ...e, place: t.place, by: `${e.by}+context-places` }))
    if (!last || last.end > e.span.start) return e
    const city = (CITY_WORD.test(sentence) ? lastCity : TOWN_WORD.test(sentence) ? lastTownWord : null) as Seen | null
    if (city && city !== lastTown && (NEAR_ANAPHOR.test(sentence) || ANAPHOR.test(sentence))) {
      const near = NEAR_ANAPHOR.test(sentence) && !ANAPHOR.test(sentence.replace(NEAR_ANAPHOR, ''))
      last = { place: near ? { ...city.place, precision: 'near' as const } : city.place, end: city.end }
    }
    // "a base west of the city", "villages near the town": somewhere near the place, not the place itself.
    // (A force that withdrew "outside the city" left the city itself.)
    if (!/:(?:withdraw|forced-out|troops-fled)$/.test(e.by) && NEAR_ANAPHOR.test(sentence) && !ANAPHOR.test(sentence.replace(NEAR_ANAPHOR, ''))) {
      return { ...e, place: { ...last.place, precision: 'near' as const }, by: `${e.by}+context-near` }
    }
    if (ARABIC_NEAR_ANAPHOR.test(sentence)) return { ...e, place: { ...last.place, precision: 'near' as const }, by: `${e.by}+context-near` }
    const town = lastTown as Seen | null
    if (town && town.end <= e.span.start && ARABIC_TOWN_ANAPHOR.test(sentence)) return { ...e, place: town.place, by: `${e.by}+context-place` }
    if (ARABIC_ANAPHOR.test(sentence) || FIGHTING_ANAPHOR.test(sentence)) return { ...e, place: last.place, by: `${e.by}+context-place` }
    // ("liberated four villages on the northern approach and were closing in on the city": a change of villages counted,
    // none named, is not the place referred back to changing hands; where they lie the words do not pin down.)
    // (Only where every reference back follows the villages, in a clause of its own: "Before entering the city, they
    // overran … a dozen villages" still enters the city.)
    const villages = e.type === 'territory_change' ? COUNTED_VILLAGES.exec(sentence) : null
    if (villages && ANAPHOR.test(sentence) && !ANAPHOR.test(sentence.slice(0, villages.index))) return e
    if (ANAPHOR.test(sentence)) return { ...e, place: last.place, by: `${e.by}+context-place` }
    const feature = FEATURE_ANAPHOR.exec(sentence)
    const named = feature ? places.filter((p) => p.span.end <= e.span.start && new RegExp(`\\b${feature[1]}\\b`, 'i').test(text.slice(p.span.start, p.span.end))).at(-1) : undefined
    if (feature && named) {
      // ("villages south of the dam": near it)
      const near = /\b(?:of|near|outside|around|beyond)\s+$/i.test(sentence.slice(0, feature.index))
      return { ...e, place: { placeId: named.placeId, name: named.name, lat: named.lat, lon: named.lon, precision: near ? 'near' : named.precision }, by: `${e.by}+context-${near ? 'near' : 'place'}` }
    }
    // Only a town has a police station or a central square: a region or a country named before is no antecedent.
    if (town && town.end <= e.span.start && TOWN_PART.test(sentence)) return { ...e, place: town.place, by: `${e.by}+context-town-part` }
    const said = lastSaid as (Seen & { attribution: string }) | null
    // (Not a toll: "it admitted that dozens of its men had died" counts over more than the place of the report before.)
    if (said && e.attribution !== null && e.type !== 'casualties' && continuesSpeaker(text, said, e, e.attribution)) return { ...e, place: said.place, by: `${e.by}+context-speaker` }
    return e
  })
  if (!country) return inherited
  return inherited.map((e) => (e.place ? e : { ...e, place: country, by: `${e.by}+focus-country` }))
}
