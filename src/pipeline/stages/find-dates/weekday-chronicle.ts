// A roundup told day by day across more than a week: "It began on Wednesday … By Friday … On Saturday … On Monday …
// By Wednesday …". Each weekday alone is read as the last such day before the report, so both Wednesdays would be
// one day; when the days named between two mentions of one weekday run forward in time and all come before it, the
// first mention is the week before. Only bare weekdays ("on Friday", "by Friday") count; "last Friday" says which.
import { addDays } from '../../../core/dates.ts'
import type { DateFind } from './mention.ts'

// The words chrono may take with a weekday that leave it bare: "on", "by", "late", "early".
const BARE = /^(?:(?:on|by|late|early|until|till)\s+)*(?:sun|mon|tues|wednes|thurs|fri|satur)day$/i
// Words before it that already say which week: "last Friday", "this Monday", "the previous Sunday".
const WEEK_SAID = /\b(?:last|this|next|past|previous|following|coming)\s+$/i

/** `finds` with the first of two mentions of one weekday moved a week back when the days between run forward to it. */
export function withChronicleWeeks(text: string, finds: readonly DateFind[]): DateFind[] {
  const bare = finds.filter((f) => f.rule === 'chrono:weekday' && f.value !== null && BARE.test(text.slice(f.start, f.end))
    && !WEEK_SAID.test(text.slice(Math.max(0, f.start - 12), f.start)))
  if (bare.length < 4) return [...finds]
  const earlier = new Set<DateFind>()
  for (const [i, first] of bare.entries()) {
    const againAt = bare.findIndex((f, j) => j > i && f.value === first.value)
    if (againAt < 0) continue
    const between = bare.slice(i + 1, againAt).map((f) => f.value as string)
    const forward = between.every((v, k) => v < (first.value as string) && (k === 0 || v >= (between[k - 1] as string)))
    if (forward && new Set(between).size >= 2) earlier.add(first)
  }
  return finds.map((f) => earlier.has(f) ? { ...f, value: addDays(f.value as string, -7), rule: 'chrono:weekday-week-before' } : f)
}
