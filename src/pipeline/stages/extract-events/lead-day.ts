// A report filed a day or two after the day its lead tells of ("SOHR documented 47 deaths in strikes on Monday", filed
// on Tuesday) goes on about that day: its later acts with no date of their own ("Russian warplanes carried out 18
// strikes near X") happened then, not on the day of filing. The carry stops at the first other day the text names.
import { daysBetween } from '../../../core/dates.ts'
import type { DateAnnotation, EventAnnotation } from '../../../core/types.ts'

type NewEvent = Omit<EventAnnotation, 'id'>

/** How far into the text the lead's dated event may lie (headline and first sentence). */
const LEAD_CHARS = 400
/** Most days between the lead's day and the report's for the lead to be the report's news day. */
const MAX_LAG = 3

/** Dated by when the words were said, which the lead's day of the acts it tells of does not give ("said on Monday
 * …, a day after factions overran the enclave"). */
const SPEECH_ACTS: ReadonlySet<string> = new Set(['statement', 'denial', 'call_to_action'])

/** `events` with the undated acts after a lead of one recent day dated by that day. */
export function carryLeadDay(events: readonly NewEvent[], dates: readonly DateAnnotation[], published: string | null): readonly NewEvent[] {
  if (published === null || dates.some((d) => d.by === 'find-dates:live-blog-entry')) return events
  const first = events.find((e) => e.modality !== 'background' && e.dateText !== null && e.span.start <= LEAD_CHARS)
  const day = first?.date ?? null
  if (!first || day === null || first.datePrecision !== 'day' || first.dateEnd !== null) return events
  // ("said on Monday they were evacuating civilians, a day after factions overran the enclave": a lead telling of two
  // days names no one news day.)
  if (events.some((e) => e.span.start === first.span.start && e.dateText !== null && e.date !== day && e.modality !== 'background')) return events
  const lag = daysBetween(day, published)
  if (lag < 1 || lag > MAX_LAG) return events
  const other = dates.find((d) => d.span.start >= first.span.end && d.value !== null && d.value !== day)
  const stop = other ? other.span.start : Number.POSITIVE_INFINITY
  // (the lead's own sentence too: "documented 47 deaths in strikes on Monday" has its toll that day)
  return events.map((e) => e.span.start >= first.span.start && e.span.end <= stop && e.dateText === null && e.date === published && e.dateEnd === null
    && (e.modality === 'asserted' || e.modality === 'claimed') && !SPEECH_ACTS.has(e.type) ? { ...e, date: day } : e)
}
