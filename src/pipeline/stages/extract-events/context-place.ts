// Places that a sentence leaves to its context: "entered the city", "clashes there", or a follow-up sentence of
// the same paragraph that names no place ("They also seized the main police station"). Conservative: only a
// definite reference back, or a non-territorial event in the same paragraph, inherits the last place named.
import type { EventAnnotation } from '../../../core/types.ts'

type NewEvent = Omit<EventAnnotation, 'id'>

// "the city", "that town", "the provincial capital", "there" — a reference back to a place already named.
const ANAPHOR = /\b(?:the|that|this)\s+(?:city|town|village|provincial\s+capital|capital|area|province|region|district|countryside)\b|\bthere\b/i
// Who holds a town is never read off a paragraph's context alone: a capture needs its place named or referred to.
const NEEDS_ANAPHOR = new Set(['territory_change'])

/**
 * Gives events without a place the place of the latest earlier event that had one (a town or region, not a
 * whole country), when the sentence refers back to it or, for events other than captures, when both sentences
 * stand in one paragraph. The event's `by` records the inheritance.
 */
export function inheritContextPlaces(events: readonly NewEvent[], text: string): NewEvent[] {
  let last: { place: NonNullable<NewEvent['place']>; end: number } | null = null
  return events.map((e) => {
    if (e.place) {
      if (e.place.precision !== 'country' && e.modality !== 'background') last = { place: e.place, end: e.span.end }
      return e
    }
    if (!last || last.end > e.span.start || e.modality === 'background') return e
    const sentence = text.slice(e.span.start, e.span.end)
    const sameParagraph = !text.slice(last.end, e.span.start).includes('\n\n')
    const inherits = ANAPHOR.test(sentence) || (!NEEDS_ANAPHOR.has(e.type) && sameParagraph)
    return inherits ? { ...e, place: last.place, by: `${e.by}+context-place` } : e
  })
}
