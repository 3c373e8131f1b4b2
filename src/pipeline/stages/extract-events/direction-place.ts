// A bare direction as the place of the event itself: "uprisings erupted in the south", "fighting in the north" →
// the region of the text's focus country that lies that way. Only the event's own locative phrase counts: not "the
// alliance in the north" (where an actor is), not "the east of Qorvath" (a part of a town), not "toward the west".
// The gazetteer is never asked for "the south" as a name (see theaters/syria/places/README.md): the rule needs the
// clause, which only the event stage sees.
import { placeId } from '../../../core/ids.ts'
import type { EventPlace, EventType } from '../../../core/types.ts'
import { loadGazetteer } from '../../../gazetteer/load.ts'
import { nameKey } from '../../../gazetteer/normalize.ts'
import type { SentenceView } from './sentence.ts'

/** A direction phrase in a sentence (offsets relative to it) and the compass word it names. */
export interface DirectionCue {
  readonly start: number
  readonly end: number
  readonly direction: string
}

// Speech acts are located where they were made, aid where it goes: a direction in their words is neither.
const LOCATED_BY_DIRECTION: ReadonlySet<EventType> = new Set([
  'territory_change', 'battle', 'strike', 'deployment', 'displacement', 'casualties', 'protest', 'infrastructure_damage', 'other',
])

const DIR = '(north|south|east|west|north-?east|north-?west|south-?east|south-?west|cent(?:re|er))'
// "in the south", "across the north", "throughout the east", "in the far south" (also before the sides: "fighting in
// the northeast between A and B"); what follows must end the phrase:
// "the south of Qorvath" is part of a town, "the north side", "the east bank" are features, "the south's factions" a
// possessor. "of the country" names the country's part and is kept.
const DIRECTION_PP = new RegExp(`\\b(?:in|across|throughout)\\s+the\\s+(?:far\\s+)?${DIR}(?![\\w'’-])`
  + '(?=\\s*(?:[,.;:)"”’—–]|$)|\\s+(?:and|or|on|since|after|before|over|where|while|as|when|amid|during|this|last|earlier|in|at|between|of\\s+the\\s+country)\\b)', 'gi')
// A sentence that opens on the direction: "In the south, fighting raged …".
const FRONTED = new RegExp(`^\\s*(?:in|across|throughout)\\s+the\\s+(?:far\\s+)?${DIR}\\s*,`, 'i')

// "the alliance in the north", "Kurdish fighters in the north": a direction right after a group noun places the group.
const GROUP_NOUN = /\b(?:alliance|coalition|rebels|insurgents|fighters|forces|troops|factions|groups?|militias?|militants|gunmen|tribes|clans|allies|army|units|residents|population|Kurds|Druze|Alawites|Sunnis|opposition|government|regime|authorities|officials|leaders|commanders)\s*$/i
// "uprisings against his regime in the south", "the advance of the alliance in the north": an actor that is the
// trigger's own prepositional argument is not what the direction modifies.
const TRIGGER_ARGUMENT = /^\s*(?:\S+\s+){0,1}?(?:against|of|by|on|between|with|targeting|from)\s+/i

/** Most words between the trigger and its direction phrase. */
const MAX_GAP_WORDS = 8

/**
 * The direction phrase that locates the event of a trigger at [start, end) whose scope runs to `scopeEnd`, or null.
 * A phrase after the trigger in its scope, or one that opens the sentence before the trigger.
 */
export function directionCue(s: SentenceView, type: EventType, start: number, end: number, scopeEnd: number): DirectionCue | null {
  if (!LOCATED_BY_DIRECTION.has(type)) return null
  const fronted = FRONTED.exec(s.text)
  if (fronted && fronted[0].length <= start) {
    const lead = fronted[0].length - fronted[0].trimStart().length
    return { start: lead, end: fronted[0].lastIndexOf(','), direction: (fronted[1] as string).toLowerCase() }
  }
  DIRECTION_PP.lastIndex = 0
  for (const m of s.text.slice(end, scopeEnd).matchAll(DIRECTION_PP)) {
    const cueStart = end + (m.index ?? 0)
    const gap = s.text.slice(end, cueStart)
    if (gap.trim().split(/\s+/).filter(Boolean).length > MAX_GAP_WORDS || /[;:]/.test(gap)) return null
    // "fighting in Qorvath in the east": a named place nearer the trigger is where it happened.
    if (s.places.some((p) => p.start >= end && p.start < cueStart)) return null
    const actorBefore = s.actors.find((a) => !a.coreferent && a.end <= cueStart && /^\s*$/.test(s.text.slice(a.end, cueStart)))
    const groupBefore = actorBefore ?? (GROUP_NOUN.test(gap) ? { start: end + gap.search(GROUP_NOUN), end: cueStart } : null)
    if (groupBefore && !TRIGGER_ARGUMENT.test(s.text.slice(end, Math.max(end, groupBefore.start)))) return null
    return { start: cueStart, end: cueStart + m[0].length, direction: (m[1] as string).toLowerCase() }
  }
  return null
}

/**
 * Whether the direction phrase, rather than the places the trigger already has, locates the event. Places named
 * after the trigger are its own ("erupted in the south, in Qorvath and Belmira"); a town before it in the same
 * clause may be the town whose part the direction means ("residents of Qorvath said clashes erupted in the east");
 * a region or country before it, or any place outside its clause, is farther from the event than its own phrase.
 */
export function directionWins(s: SentenceView, places: readonly EventPlace[], cue: DirectionCue, start: number, clause: { start: number; end: number }): boolean {
  if (places.every((p) => p.precision === 'country')) return true
  return places.every((p) => {
    if (p.precision === 'country') return true
    const refs = s.places.filter((r) => r.ann.placeId === p.placeId)
    // A place carried over from another event of the sentence: no position to weigh, keep it.
    if (refs.length === 0) return false
    if (refs.some((r) => r.start >= start && r.start < clause.end)) return false
    const before = refs.filter((r) => r.start < start && r.start >= clause.start)
    if (before.length === 0) return true
    const town = p.precision === 'exact' || p.precision === 'near'
    const nearest = Math.max(...before.map((r) => r.end))
    return !town && start - nearest > Math.abs(cue.start - start)
  })
}

/** Focus names of a country's parts in the theater data ("the country's south"), tried in this order. */
const focusNamesFor = (direction: string): string[] => {
  const d = direction.replace(/-/g, '')
  if (d.startsWith('cent')) return ['the centre of the country', 'the center of the country']
  return [`the country's ${d}`, `the ${d} of the country`]
}

/**
 * The region of `country` (ISO code) a direction names, from the theater's focus names of the country's parts;
 * null when the theater has none for it or the country is not the theater's.
 */
export function directionRegion(theater: string | null, country: string, direction: string): EventPlace | null {
  if (theater === null) return null
  const gaz = loadGazetteer(theater)
  if (gaz.theaterCountry !== country) return null
  for (const name of focusNamesFor(direction)) {
    const key = nameKey(name)
    if (!gaz.focusOnly(key)) continue
    for (const hit of gaz.lookup(key)) {
      const e = gaz.entry(hit.entry)
      if (e.cc === country && gaz.isTheater(hit.entry)) return { placeId: placeId(e.placeId), name: e.name, lat: e.lat, lon: e.lon, precision: 'region' }
    }
  }
  return null
}
