// A wire dateline that gives the day without its year ("DAMASCUS, Dec 8 (Reuters) -", "Beirut, 3 December (AFP) –"):
// the day the copy was filed, so the document's publication day when no metadata or option gives one. Its year is
// never guessed: it comes from a full date the text writes within six weeks of that day, else from the theater's
// period when the day falls inside it (a pack covers one stretch of one war); otherwise the dateline dates nothing.
import { daysBetween, isoDate } from '../../../core/dates.ts'

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
}
const MONTH = String.raw`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:[a-z]*)\.?`
// A place in capitals or title case (one or two, "BEIRUT/DAMASCUS", "AMMAN, Jordan"), the day, an optional agency in
// brackets, then the dash that opens the copy; at the start of a line.
const DATELINE = new RegExp(String.raw`(?:^|\n)[ \t]*\p{Lu}[\p{L}./'’ -]{1,40}?(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?)?,\s*(?:${MONTH}\s+(\d{1,2})|(\d{1,2})\s+${MONTH})\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]\s`, 'u')
/** Where wires put a dateline: within the opening lines, after a headline and a byline at most. */
const OPENING = 600
/** How far from the dateline a full date in the text may lie to lend its year ("on Nov. 27, 2024" in a Dec 8 copy). */
const YEAR_EVIDENCE_DAYS = 42

export interface DatelineDay {
  readonly date: string
  readonly reason: string
}

/**
 * The publication day a year-less dateline gives, its year from `fullDays` (ISO days the text writes with their year)
 * or the theater's `period`; null when the text opens with no such dateline or nothing tells its year.
 * @example datelineDay('DAMASCUS, Dec 8 (Reuters) - …', ['2024-11-27'], null) // → { date: '2024-12-08', … }
 */
export function datelineDay(text: string, fullDays: readonly string[], period: { readonly from: string; readonly to: string } | null): DatelineDay | null {
  const m = DATELINE.exec(text.slice(0, OPENING))
  if (!m) return null
  const month = MONTHS[(m[1] ?? m[4] ?? '').slice(0, 3).toLowerCase()]
  const day = Number(m[2] ?? m[3])
  if (!month || !(day >= 1 && day <= 31)) return null
  const on = (year: number) => isoDate(year, month, day)
  // (a day that does not exist in that month, "Nov 31", dates nothing)
  const valid = (iso: string) => Number(iso.slice(8, 10)) === day
  let best: { date: string; gap: number; from: string } | null = null
  for (const full of fullDays) {
    const year = Number(full.slice(0, 4))
    for (const y of [year - 1, year, year + 1]) {
      const date = on(y)
      const gap = Math.abs(daysBetween(full, date))
      if (valid(date) && gap <= YEAR_EVIDENCE_DAYS && (!best || gap < best.gap)) best = { date, gap, from: full }
    }
  }
  if (best) return { date: best.date, reason: `dateline "${m[0].trim()}", its year from ${best.from} in the text` }
  if (!period) return null
  const inPeriod: string[] = []
  for (let y = Number(period.from.slice(0, 4)); y <= Number(period.to.slice(0, 4)); y++) {
    const date = on(y)
    if (valid(date) && date >= period.from && date <= period.to) inPeriod.push(date)
  }
  return inPeriod.length === 1 ? { date: inPeriod[0] as string, reason: `dateline "${m[0].trim()}", its year from the theater's period ${period.from} to ${period.to}` } : null
}
