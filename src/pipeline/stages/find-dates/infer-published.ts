// Infers a publication date from the text when no metadata or option gives one — or declines to.
// A wrong anchor shifts every relative date, so only self-contained dates count as support.
import { addDays, daysBetween, weekdayOf } from '../../../core/dates.ts'
import type { DateFind } from './mention.ts'

export interface Inference {
  readonly date: string
  readonly reason: string
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/**
 * The latest explicit full date in the text (a report is written after what it reports), moved forward to the
 * latest weekday the text names within the following six days ("On Friday" after "on 5 December 2024").
 * Null when the text has no full date with a year, or the latest one lies after `today`.
 * @example inferPublished([{… value: '2024-12-05', precision: 'day', rule: 'chrono' }], 'On Friday rebels …', '2026-01-01')
 *   // → { date: '2024-12-06', … }
 */
export function inferPublished(absolute: readonly DateFind[], text: string, today: string): Inference | null {
  const days = absolute
    .filter((d) => d.precision === 'day' && d.value !== null && d.value <= today && d.value >= '1990-01-01')
    .map((d) => d.value as string)
    .sort()
  const latest = days[days.length - 1]
  if (!latest) return null
  let date = latest
  for (const m of text.matchAll(/\b(?:on|last|this)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi)) {
    const wd = WEEKDAYS.indexOf(m[1]!.toLowerCase())
    const ahead = (wd - weekdayOf(latest) + 7) % 7
    const candidate = addDays(latest, ahead)
    if (ahead <= 6 && candidate > date && candidate <= today && daysBetween(latest, candidate) <= 6) date = candidate
  }
  return { date, reason: date === latest ? `latest explicit date in the text (${latest})` : `latest explicit date ${latest}, moved to the weekday the text names (${date})` }
}
