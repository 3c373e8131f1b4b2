// Finds the places a report names and resolves them to gazetteer entries with a precision and a role.
// Parts: recognize (spans; arabic.ts for Arabic script) -> actor-names (not a person's or actor's name) -> resolve (which place) -> relative (near/region, offsets) -> role (event or mention).
import { codeAt } from '../../core/code-at.ts'
import { annotationsOf, appendAnnotations, countOf } from '../../core/doc.ts'
import { annId, placeId } from '../../core/ids.ts'
import type { Doc, Message, PlaceAnnotation, PlacePrecision, PlaceRole, SentenceAnnotation } from '../../core/types.ts'
import type { Gazetteer } from '../../gazetteer/load.ts'
import type { GazEntry } from '../../gazetteer/types.ts'
import { loadGazetteer } from '../../gazetteer/load.ts'
import type { ActorNameIndex } from './find-places/actor-names.ts'
import { actorNameIndexFor, withoutActorNames } from './find-places/actor-names.ts'
import { describesRelief, endsInTanween, joinDashedRoads } from './find-places/arabic.ts'
import type { Mention } from './find-places/recognize.ts'
import { recognize } from './find-places/recognize.ts'
import { withProvinceOf } from './find-places/province-of.ts'
import { withListedCrossings } from './find-places/listed-crossings.ts'
import { withSharedHead } from './find-places/shared-head.ts'
import { withDashedRoads } from './find-places/dashed-road.ts'
import type { PlaceNamed } from './find-places/provincial-capital.ts'
import { provincialCapitals } from './find-places/provincial-capital.ts'
import type { RelativeCue } from './find-places/relative.ts'
import { calledPartOfCity, includedPartOf, offsetPoint, partOfNext, partOfPrevious, possessiveCountryside, possessiveOutskirts, relativeCue, sharedAreaAfter } from './find-places/relative.ts'
import { resolveMentions } from './find-places/resolve.ts'
import type { RoleDecision } from './find-places/role.ts'
import { EVENT_ROLE, placeRole, SOURCE_VENUE } from './find-places/role.ts'
import { namesThoroughfare } from './find-places/thoroughfare.ts'
import type { Stage } from '../stage.ts'
import { distanceKm } from '../../core/geo.ts'
import { mapPacked } from '../../core/packed.ts'

const COARSENESS: Readonly<Record<PlacePrecision, number>> = { exact: 0, near: 1, region: 2, country: 3 }
const coarser = (a: PlacePrecision, b: PlacePrecision): PlacePrecision => (COARSENESS[a] >= COARSENESS[b] ? a : b)
/** How far a direction moves a city to its "western countryside" (km). */
const COUNTRYSIDE_KM = 25
/** How far a direction moves a capital's centre to its "western" part (km). */
const CAPITAL_PART_KM = 4
/** How far a direction moves a governorate's centre to its "northern" part (km). */
const PROVINCE_KM = 40

/** Whether a place is its report's dateline (role.ts): its rules as joinRules writes them begin with it, as no cue comes before one. */
export const isDatelinePlace = (p: Pick<PlaceAnnotation, 'by'>): boolean => p.by === 'find-places:dateline' || p.by.startsWith('find-places:dateline/')

/** The rules that decided a place, "/"-joined, the missing ones left out (no array per place). */
function joinRules(cue: string | undefined, role: string | null, resolution: string): string {
  return withRule(withRule(cue || '', role), resolution)
}
// (One function for both joins: what V8 learns about it on the common pairs serves the rare ones too, which written
// out twice would each make it discard the stage's compiled code the first time they meet.)
const withRule = (rules: string, rule: string | null): string => (!rule ? rules : rules ? `${rules}/${rule}` : rule)

/** Whether a span lies inside a date the date stage found (dates come before places in the pipeline). */
function insideDate(doc: Doc): (start: number, end: number) => boolean {
  const dates = annotationsOf(doc, 'date')
  if (dates.length === 0) return () => false
  return (start, end) => dates.some((d) => d.span.start <= start && end <= d.span.end)
}

/** An Arabic name that is an adjective here: an indefinite one ("وفداً تركياً"), or a participle describing a mountain. */
function arabicAttribute(text: string, m: Mention): boolean {
  return endsInTanween(text.slice(m.nameStart, m.nameEnd)) || describesRelief(text, m)
}

/** How far from a city a place named as one of its districts may lie (km): a metropolis's suburbs, not a town elsewhere. */
const PART_OF_CITY_KM = 20

type Resolved = ReturnType<typeof resolveMentions>[number]

/** A finite verb right after a name: the name begins a clause ("… and Homs fell", "… and Hama was calm"). */
const VERB_AFTER = /^\s+(?:was|were|is|are|has|had|have|fell|falls|remained|remains|stayed|came|saw|\w+ed)\b/i

/** Text between two places that joins them in a list: "Jobar and Midan", "Jobar, Qaboun and Midan", "Homs or Hama". */
const LIST_JOINER = /^\s*(?:,|and|or|,\s*and|&)\s*$/

/**
 * The place after which the words "neighbourhood of" name the city `resolved[i]` is a part of: the next place, or past
 * the list `resolved[i]` opens ("the Jobar and Midan neighbourhoods of Damascus": each is Damascus's).
 */
function lastOfList(text: string, resolved: readonly Resolved[], i: number): number {
  let j = i
  for (;;) {
    const here = resolved[j]
    const next = resolved[j + 1]
    if (!here || !next || next.mention.sentence !== here.mention.sentence) return j
    const between = text.slice(here.mention.end, next.mention.start)
    if (between.length > 7 || !LIST_JOINER.test(between)) return j
    j++
  }
}

/**
 * "the Jobar neighbourhood in eastern Damascus", "Hama's al-Hader neighbourhood" read as a village elsewhere: a city's
 * district is no town far from it.
 */
function farFromCityItIsPartOf(text: string, resolved: readonly Resolved[], i: number): Resolved | undefined {
  const r = resolved[i]
  const before = resolved[i - 1]
  if (r && before && before.mention.sentence === r.mention.sentence &&
    partOfPrevious(text.slice(before.mention.end, r.mention.start), text.slice(r.mention.end, r.mention.end + 16))) {
    return farFrom(r, before)
  }
  // ("… most of its neighbourhoods, including al-Hamdaniya": no town of that name abroad)
  if (r && before && before.mention.sentence === r.mention.sentence && includedPartOf(text.slice(before.mention.end, r.mention.start))) {
    const city = farFrom(r, before)
    if (city) return city
  }
  // "the Khalidiya district of Homs": a district of a place in one country is no district of that name in another.
  // (Same country, it may be an administrative district whose seat lies far off: "the Jisr al-Shughur district of Idlib".)
  const after = resolved[i + 1]
  if (r && after && r.mention.suffix === 'ADM2' && after.mention.sentence === r.mention.sentence && after.entry.cc !== r.entry.cc &&
    after.entry.kind !== 'country' && DISTRICT_OF.test(text.slice(r.mention.end, after.mention.start))) return after
  const j = lastOfList(text, resolved, i)
  const last = resolved[j]
  const next = resolved[j + 1]
  if (r && last && next && next.mention.sentence === r.mention.sentence && partOfNext(text.slice(last.mention.end, next.mention.start))) return farFrom(r, next)
  // "Residents in Homs celebrated … Al-Khalidiya and Baba Amr neighbourhoods were quiet": a neighbourhood named with no
  // city is the last city's, named in its sentence or the one before; a town of its name in another country is not it.
  // ("Residents of Homs … the Akrama and Zahra neighbourhoods": nor is a village of its name in another province; a
  // section of a city (PPLX) elsewhere may be the neighbourhood meant.)
  // (The city is looked for first: the expression runs only for a place far from the last city.)
  const city = r ? lastCityBefore(resolved, i) : undefined
  if (!r || !city) return undefined
  const abroad = city.entry.cc !== r.entry.cc
  const far = abroad || r.entry.fcode !== 'PPLX' ? farFrom(r, city) : undefined
  // ("Rebels entered the Salaheddine and Hamdaniya districts" after Aleppo: no town in Iraq; "districts" only abroad)
  // (Nor may that city be a part itself, one these rules just took away from a far-off town of its name.)
  return far && calledPartOfCity(text, r.mention.end, abroad) && !calledPartOfCity(text, city.mention.end, true) ? far : undefined
}

/** Between a district and the place it is a district of: " of ", " of the ". */
const DISTRICT_OF = /^\s+of\s+(?:the\s+)?$/

/** The last place before `resolved[i]` that is a city, in its sentence or the one before. */
function lastCityBefore(resolved: readonly Resolved[], i: number): Resolved | undefined {
  const sentence = (resolved[i] as NonNullable<Resolved>).mention.sentence
  for (let j = i - 1; j >= 0; j--) {
    const r = resolved[j]
    if (!r) continue
    if (r.mention.sentence < sentence - 1) return undefined
    if (r.entry.kind === 'city') return r
  }
  return undefined
}

/** `city` when `part` lies farther from it than a city's district may. */
function farFrom(part: NonNullable<Resolved>, city: NonNullable<Resolved>): Resolved | undefined {
  if (city.entry.kind !== 'city') return undefined
  return distanceKm(part.entry.lat, part.entry.lon, city.entry.lat, city.entry.lon) > PART_OF_CITY_KM ? city : undefined
}

// "the desert city of Palmyra", "the desert town of Sukhnah": a lowercase region word before a settlement word and
// "of" says what kind of town the next name is.
const DESCRIBED_TOWN = /^\s+(?:port\s+|oasis\s+|garrison\s+)?(?:city|town|village|oasis|outpost)\s+of\s/i

/** Whether a region written in lowercase at [start, …) only describes the town named after it. */
function describesNext(text: string, start: number, after: string, e: NonNullable<Resolved>['entry']): boolean {
  if (e.kind !== 'region') return false
  const c = codeAt(text, start)
  return c >= 97 && c <= 122 && DESCRIBED_TOWN.test(after.slice(0, 30))
}

/**
 * "the Muhajireen district": a section of a city (PPLX) called a district is that section, not an administrative
 * district around a town of its name.
 */
const namesPartOfCity = (m: Mention, e: NonNullable<Resolved>['entry']): boolean => m.suffix === 'ADM2' && e.fcode === 'PPLX'

/**
 * The places with each provincial capital added (see provincial-capital.ts), in text order and numbered again; a place
 * read inside the phrase ("the capital" of "the capital of the province", Damascus in a text about Syria) gives way.
 */
function withCapitals(doc: Doc, sentences: readonly SentenceAnnotation[], added: readonly PlaceAnnotation[],
  capitals: ReturnType<typeof provincialCapitals>, firstPlace: number, gaz: Gazetteer): PlaceAnnotation[] {
  const text = doc.text
  const kept = added.filter((p) => !capitals.some((c) => p.span.start < c.end && c.start < p.span.end))
  for (const c of capitals) {
    const sentence = sentences.find((s) => s.span.start <= c.start && c.end <= s.span.end)
    if (!sentence) continue
    const e = c.entry
    const role = placeRole(text.slice(sentence.span.start, c.start), text.slice(c.end, sentence.span.end), e, null, text.slice(c.start, c.end))
    kept.push(placeAnnotation(gaz, e, c, joinRules(undefined, role.rule, 'provincial-capital'), role.role,
      { lat: e.lat, lon: e.lon, precision: e.precision, placeKind: e.kind }, 0))
  }
  return kept.sort((a, b) => a.span.start - b.span.start).map((p, i) => ({ ...p, id: annId('place', firstPlace + i) }))
}

/** A place annotation of entry `e` at `span`, where the rules put it (`at`), numbered `n` among the document's places. */
function placeAnnotation(gaz: Gazetteer, e: GazEntry, span: { start: number; end: number }, rules: string, role: PlaceRole,
  at: { lat: number; lon: number; precision: PlacePrecision; placeKind: PlaceAnnotation['placeKind'] }, n: number): PlaceAnnotation {
  return {
    kind: 'place', span: { start: span.start, end: span.end }, by: `find-places:${rules}`,
    placeId: placeId(e.placeId), geonameId: e.geonameId, name: e.name, country: e.cc || null,
    admin1: e.fcode === 'ADM1' || e.kind === 'country' ? null : gaz.admin1Name(e.admin1), lat: at.lat, lon: at.lon,
    placeKind: at.placeKind, precision: at.precision, role, featureCode: e.fcode,
    ...(e.pcode ? { pcode: e.pcode } : {}),
    id: annId('place', n),
  }
}

/** The stage with a given gazetteer and actor names (tests and benchmarks pass theirs; the pipeline loads the theater's). */
export function findPlacesWith(gaz: Gazetteer, actorNames: ActorNameIndex = new Map()): Stage {
  return (doc) => placesIn(doc, gaz, actorNames)
}

export const findPlaces: Stage = (doc, ctx) => {
  if (annotationsOf(doc, 'sentence').length === 0) return doc
  return placesIn(doc, loadGazetteer(ctx.theater), actorNameIndexFor(ctx.theater))
}

function placesIn(doc: Doc, gaz: Gazetteer, actorNames: ActorNameIndex): Doc {
  const sentences = annotationsOf(doc, 'sentence')
  if (sentences.length === 0) return doc
  const text = doc.text
  const recognized = recognize(text, mapPacked(sentences, (s) => s.tokens), gaz)
  const named = withDashedRoads(text, joinDashedRoads(text, recognized.mentions, gaz), gaz).filter((m) => !m.arabic || !arabicAttribute(text, m))
  // "Nov. 27", "Jan 3": a month's abbreviation the date finder took is no town (a Tajik village is called Nov).
  const inDate = insideDate(doc)
  const mentions = withoutActorNames(text, withListedCrossings(text, withSharedHead(text, withProvinceOf(text, named), gaz), gaz), actorNames).filter((m) => !inDate(m.start, m.end))
  const demonymCountries = recognized.demonymCountries
  const resolved = resolveMentions(text, mentions, demonymCountries, gaz)
  // Each place is built with its id (as addAnnotations would give it), so it is not copied again to add one.
  const firstPlace = countOf(doc, 'place')
  const added: PlaceAnnotation[] = []
  const messages: Message[] = []
  const placesNamed: PlaceNamed[] = []
  let previous: { end: number; sentence: number; role: PlaceRole; near: RelativeCue | null } | null = null
  for (let i = 0; i < resolved.length; i++) {
    const r = resolved[i]
    if (!r) continue
    const { mention: m, entry: e } = r
    const city = farFromCityItIsPartOf(text, resolved, i)
    if (city) {
      messages.push({ stage: 'find-places', rule: 'part-of-city', severity: 'info', span: { start: m.start, end: m.end },
        message: `"${text.slice(m.start, m.end)}" is a part of ${city.entry.name}, not ${e.name}` })
      continue
    }
    const sentence = sentences[m.sentence] as SentenceAnnotation
    const before = text.slice(sentence.span.start, m.start)
    const after = text.slice(m.end, sentence.span.end)
    const joined: boolean = previous !== null && previous.sentence === m.sentence && LIST_JOINER.test(text.slice(previous.end, m.start))
    if (namesThoroughfare(after, e)) {
      messages.push({ stage: 'find-places', rule: 'thoroughfare', severity: 'info', span: { start: m.start, end: m.end },
        message: `"${text.slice(m.start, m.end)}" names a square or street here, not ${e.name}` })
      continue
    }
    if (describesNext(text, m.start, after, e)) {
      messages.push({ stage: 'find-places', rule: 'descriptor', severity: 'info', span: { start: m.start, end: m.end },
        message: `"${text.slice(m.start, m.end)}" describes the town named next here, not ${e.name}` })
      continue
    }
    const decided = placeRole(before, after, e, previous && { role: previous.role, joined }, text.slice(m.start, m.end))
    // ("jets struck residential areas, a security source in Idlib said": a source's place is the report's when the
    // sentence names no other before it)
    const role: RoleDecision = decided === SOURCE_VENUE && (previous === null || previous.sentence !== m.sentence) ? EVENT_ROLE : decided
    if (role.metonym) {
      messages.push({ stage: 'find-places', rule: 'government-metonym', severity: 'info', span: { start: m.start, end: m.end },
        message: `"${text.slice(m.start, m.end)}" stands for a government here, not a location` })
      continue
    }
    // "near Morek and Kafr Zita": a list after a cue of nearness shares it (a distance or a bearing belongs to its own
    // name), unless the name is the subject of a clause of its own ("massed near Hama and Homs fell").
    const listNear: RelativeCue | null = joined && previous !== null && previous.near !== null && !VERB_AFTER.test(after) ? previous.near : null
    const cue: RelativeCue | null = relativeCue(before, sentence.span.start) ?? possessiveOutskirts(text, m.start, m.end) ?? listNear
    let { lat, lon } = e
    let precision: PlacePrecision = e.precision
    if (cue) {
      precision = coarser(precision, cue.precision)
      if (cue.km > 0 && cue.bearing !== null) ({ lat, lon } = offsetPoint(lat, lon, cue.km, cue.bearing))
    }
    const suffix = m.suffix !== null && !namesPartOfCity(m, e)
    const countryside = possessiveCountryside(text, m.end) || sharedAreaAfter(text, m.end)
    if (m.bearing !== null && !suffix && !countryside && !cue && e.fcode === 'PPLC') {
      // "western Damascus", "southern Beirut": a side of a country's capital is a part of the city (its countryside
      // has names of its own), a few km from the centre, not the countryside 25 km out.
      precision = coarser(precision, 'near')
      ;({ lat, lon } = offsetPoint(lat, lon, CAPITAL_PART_KM, m.bearing))
    } else if (suffix || m.bearing !== null || countryside) {
      precision = coarser(precision, 'region')
      // "the western Aleppo countryside": the countryside on that side of the city.
      if (m.bearing !== null && !cue && (e.kind === 'city' || e.fcode === 'ADM1')) {
        ({ lat, lon } = offsetPoint(lat, lon, e.kind === 'city' ? COUNTRYSIDE_KM : PROVINCE_KM, m.bearing))
      }
    }
    if (r.close) {
      messages.push({ stage: 'find-places', rule: 'ambiguous', severity: 'info', span: { start: m.start, end: m.end },
        message: `"${text.slice(m.start, m.end)}" read as ${e.name} (${e.cc || '-'}); ${r.close.name} (${r.close.cc || '-'}) scored almost as high` })
    }
    if (r.rule === 'typo-near-context') {
      messages.push({ stage: 'find-places', rule: 'typo', severity: 'info', span: { start: m.start, end: m.end },
        message: `read "${text.slice(m.start, m.end)}" as ${e.name}: a misspelling of its name, near other places named` })
    }
    added.push(placeAnnotation(gaz, e, m, joinRules(cue?.rule, role.rule, r.rule), role.role,
      { lat, lon, precision, placeKind: suffix && e.kind === 'city' ? 'region' : e.kind }, firstPlace + added.length))
    previous = { end: m.end, sentence: m.sentence, role: role.role, near: cue?.rule === 'relative-near' ? cue : null }
    placesNamed.push({ entry: e, end: m.end })
  }
  const capitals = provincialCapitals(text, placesNamed, gaz)
  return appendAnnotations(doc, capitals.length === 0 ? added : withCapitals(doc, sentences, added, capitals, firstPlace, gaz), messages)
}
