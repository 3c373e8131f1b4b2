// "Local opposition fighters took Nawa": a generic word for the rebels ("rebels", "opposition fighters") names the
// alliance the lexicon gives it, but in a province one group holds (the southern factions in Daraa, the Druze ones in
// Sweida) the fighters there are that group. The lexicon says which group stands in for which (`regional`). (Only words
// written in the event's sentence: a "they" resolved from an earlier name keeps that name's actor.)
import type { ActorAnnotation, ActorId, EventAnnotation, PlaceAnnotation } from '../../../core/types.ts'
import type { Actor, ActorLexicon } from '../../../theaters/lexicon.ts'
import { validOn } from '../../../theaters/lexicon.ts'

type NewEvent = Omit<EventAnnotation, 'id'>

// A common noun, not a name: lower case after its first letter ("Rebels", "Syrian rebels", "the opposition"), never
// an acronym or a capitalised title ("HTS rebels", "Military Operations Command").
const GENERIC = /^\p{Lu}?[\p{Ll}\s'’-]*$/u

/** The province of a place as the gazetteer writes it: its admin1, or its own name when it is a province. */
const provinceOf = (p: PlaceAnnotation): string | null => p.admin1 ?? (p.placeKind === 'admin' ? p.name : null)

/**
 * Events with a regional group in place of the generic actor it stands in for, where the event's place lies in that
 * group's provinces and every mention of that actor in the event's sentence is a common noun.
 */
export function regionalActors(events: readonly NewEvent[], lex: ActorLexicon, text: string, actors: readonly ActorAnnotation[],
  places: readonly PlaceAnnotation[], published: string | null): NewEvent[] {
  const regional = lex.actors.filter((a): a is Actor & { regional: NonNullable<Actor['regional']> } => a.regional !== undefined)
  if (regional.length === 0) return [...events]
  const provinceById = new Map<string, string | null>()
  for (const p of places) if (!provinceById.has(p.placeId) || provinceById.get(p.placeId) === null) provinceById.set(p.placeId, provinceOf(p))
  return events.map((e) => {
    const province = e.place ? provinceById.get(e.place.placeId) ?? null : null
    if (!province) return e
    const day = e.date ?? published
    const group = (id: ActorId) => regional.find((g) => g.regional.standsFor.includes(id) && g.regional.admin1.includes(province) && validOn(g, day))
    const named = (id: ActorId) => actors.filter((a) => a.actorId === id && a.span.start >= e.span.start && a.span.end <= e.span.end)
    const generic = (id: ActorId) => {
      const ms = named(id)
      return ms.length > 0 && ms.every((a) => GENERIC.test(text.slice(a.span.start, a.span.end)))
    }
    let changed = false
    const out = e.actors.map((a) => {
      const g = group(a.actorId)
      if (!g || !generic(a.actorId) || e.actors.some((b) => b.actorId === g.id)) return a
      changed = true
      return { ...a, actorId: g.id as ActorId }
    })
    return changed ? { ...e, actors: out } : e
  })
}
