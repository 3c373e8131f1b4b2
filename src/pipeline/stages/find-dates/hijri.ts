// Hijri dates in Arabic text ("7 جمادى الآخرة 1446هـ"), read as Gregorian days. The conversion is ICU's Umm al-Qura
// calendar (Intl, islamic-umalqura), run backwards: Intl only converts Gregorian to Hijri, so a Hijri day is found by
// trying the few Gregorian days around an arithmetic estimate. No month arithmetic of our own decides a date.
import { addDays, msToIso } from '../../../core/dates.ts'
import { westernDigits } from '../../../core/digits.ts'
import type { DateFind } from './mention.ts'

/** Month names as Arabic news writes them: hamza or none, ى or ي, "الآخرة" or "الثانية", nominative or genitive. */
const MONTHS: readonly (readonly [number, string])[] = [
  [1, '(?:ال)?محرم'],
  [2, 'صفر'],
  [3, 'ربيع\\s+(?:ال)?[أا]ول'],
  [4, 'ربيع\\s+(?:ال)?(?:[آا]خر|ثاني)'],
  [5, 'جماد[ىي]\\s+(?:ال)?[أا]ول[ىي]?'],
  [6, 'جماد[ىي]\\s+(?:ال)?(?:[آا]خر[ةه]?|ثاني[ةه])'],
  [7, 'رجب'],
  [8, 'شعبان'],
  [9, 'رمضان'],
  [10, 'شوال'],
  [11, 'ذ[وياى]\\s+القعد[ةه]'],
  [12, 'ذ[وياى]\\s+الحج[ةه]'],
]
const DIGITS = '[0-9\u0660-\u0669]'
// "7 جمادى الآخرة 1446هـ", "٧ من جمادى الآخرة", "15 شعبان 1445 للهجرة": a day, the month, and an optional year and era mark.
const HIJRI = new RegExp(
  `(?<![\\p{L}\\p{N}])(${DIGITS}{1,2})\\s+(?:من\\s+)?(?:شهر\\s+)?(${MONTHS.map(([, p]) => `(${p})`).join('|')})`
  + `(?:\\s*(${DIGITS}{4})(?:\\s*(?:هـ|ه(?!\\p{L})|هجري[ةه]?|للهجر[ةه]))?)?(?![\\p{L}\\p{N}])`, 'gu')
/** "صفر" is also "zero" ("3 صفر" is a score): that month stands only with its year written. */
const NEEDS_YEAR: ReadonlySet<number> = new Set([2])

const umalqura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' })
/** False where the Node build lacks ICU's Islamic calendars (small-icu): then no Hijri date is read rather than misread. */
const AVAILABLE = umalqura.resolvedOptions().calendar === 'islamic-umalqura'

/** The Hijri year, month and day of a Gregorian ISO day. */
export function hijriOf(iso: string): { year: number; month: number; day: number } {
  const parts = umalqura.formatToParts(new Date(`${iso}T12:00:00Z`))
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value)
  return { year: get('year'), month: get('month'), day: get('day') }
}

/** Days from 1970-01-01 to 1 Muharram 1 AH (16 July 622, Julian) in the arithmetic Islamic calendar. */
const EPOCH_DAYS = -492148
/** Mean lengths: 30 lunar years are 10,631 days. */
const YEAR_DAYS = 10631 / 30
const MONTH_DAYS = YEAR_DAYS / 12

/**
 * The Gregorian ISO day of a Hijri date (Umm al-Qura), or null when no day has it ("30 صفر" in a 29-day month).
 * @example gregorianOfHijri(1446, 6, 7) === '2024-12-08'
 */
export function gregorianOfHijri(year: number, month: number, day: number): string | null {
  if (!AVAILABLE || year < 1300 || year > 1600 || month < 1 || month > 12 || day < 1 || day > 30) return null
  const estimate = Math.round(EPOCH_DAYS + (year - 1) * YEAR_DAYS + (month - 1) * MONTH_DAYS + day - 1)
  const base = msToIso(estimate * 864e5)
  // The observed calendar strays a day or two from the mean one: try the days around the estimate, nearest first.
  for (const d of [0, -1, 1, -2, 2, -3, 3, -4, 4]) {
    const iso = addDays(base, d)
    const h = hijriOf(iso)
    if (h.year === year && h.month === month && h.day === day) return iso
  }
  return null
}

/**
 * Hijri dates of `text`. Without a year, the year is the one that puts the day latest but not more than a month after
 * the anchor (as for "5 كانون الأول" without one); without an anchor such a date is left unresolved.
 */
export function findHijriDates(text: string, anchor: string | null): DateFind[] {
  if (!AVAILABLE) return []
  const out: DateFind[] = []
  for (const m of text.matchAll(HIJRI)) {
    const month = MONTHS[m.slice(3, 3 + MONTHS.length).findIndex((g) => g !== undefined)]?.[0]
    const yearText = m[3 + MONTHS.length]
    if (month === undefined || (NEEDS_YEAR.has(month) && !yearText)) continue
    const day = Number(westernDigits(m[1] as string))
    const start = m.index ?? 0
    const find = (value: string | null, rule: string): DateFind => ({ start, end: start + m[0].length, value, valueEnd: null, precision: 'day', rule: `arabic:${rule}` })
    if (yearText) {
      const value = gregorianOfHijri(Number(westernDigits(yearText)), month, day)
      if (value) out.push(find(value, 'hijri'))
      continue
    }
    if (!anchor) { out.push(find(null, 'hijri-unanchored')); continue }
    const latest = addDays(anchor, 31)
    const now = hijriOf(anchor).year
    const value = [now + 1, now, now - 1].map((y) => gregorianOfHijri(y, month, day)).find((v): v is string => v !== null && v <= latest)
    if (value) out.push(find(value, 'hijri'))
  }
  return out
}
