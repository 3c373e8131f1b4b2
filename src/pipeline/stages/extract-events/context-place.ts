// Places that a sentence leaves to its context: "entered the city", "clashes there". Conservative: only a
// definite reference back inherits the last place named. (Inheriting by paragraph as well lifted place accuracy but
// made unrelated reports of one town look like one story: same type, place and day.)
import type { EventAnnotation } from '../../../core/types.ts'

type NewEvent = Omit<EventAnnotation, 'id'>

// "the city", "that town", "the provincial capital", "there" — a reference back to a place already named.
const ANAPHOR = /\b(?:the|that|this)\s+(?:city|town|village|provincial\s+capital|capital|area|province|region|district|countryside)\b|\bthere\b/i

/**
 * Gives events without a place the place of the latest earlier event that had one (a town or region, not a
 * whole country), when the sentence refers back to it. The event's `by` records the inheritance.
 */
export function inheritContextPlaces(events: readonly NewEvent[], text: string): NewEvent[] {
  let last: { place: NonNullable<NewEvent['place']>; end: number } | null = null
  return events.map((e) => {
    if (e.place) {
      if (e.place.precision !== 'country' && e.modality !== 'background') last = { place: e.place, end: e.span.end }
      return e
    }
    if (!last || last.end > e.span.start || e.modality === 'background') return e
    return ANAPHOR.test(text.slice(e.span.start, e.span.end)) ? { ...e, place: last.place, by: `${e.by}+context-place` } : e
  })
}
