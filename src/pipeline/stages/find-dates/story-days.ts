// Days a report counts from a date it named before rather than from its own day: "the next day", "two days earlier",
// "the same day", "في اليوم التالي", "قبل ذلك بيومين". Each is resolved against the last day-precise date before it, when
// that date is in its sentence or the one before (a story moves on; further back the reference is lost), and is left
// without a date otherwise: never counted from the publication date, which is another day altogether.
import { addDays } from '../../../core/dates.ts'
import type { DateFind } from './mention.ts'

/** A phrase that names a day by its distance (in days) from the story's last date. */
export interface StoryDay {
  readonly start: number
  readonly end: number
  readonly shift: number
  readonly rule: string
  /** The day to give it when the story names no day before it ("a day earlier" alone: the day before the report). */
  readonly otherwise?: string | null
}

const SENTENCE_END = /[.!?؟](?:\s|$)/gu

/** `finds` with each story day added (and any find overlapping one removed), resolved in text order. */
export function withStoryDays(text: string, finds: readonly DateFind[], days: readonly StoryDay[]): DateFind[] {
  if (days.length === 0) return [...finds]
  const out = finds.filter((f) => !days.some((d) => f.start < d.end && d.start < f.end))
  for (const d of [...days].sort((a, b) => a.start - b.start)) {
    // Resolved in order, so a chain ("two days later … a week after") counts from the day before it.
    const previous = out.filter((f) => f.end <= d.start).at(-1)
    const near = previous?.value && previous.precision === 'day' && (text.slice(previous.end, d.start).match(SENTENCE_END) ?? []).length <= 1
    const value = near ? addDays(previous.value as string, d.shift) : (d.otherwise ?? null)
    out.push({ start: d.start, end: d.end, value, valueEnd: null, precision: value ? 'day' : null, rule: near || !value ? d.rule : `${d.rule}:from-report-day` })
    out.sort((a, b) => a.start - b.start)
  }
  return out
}
