// Arabic dates through chrono-node's Arabic locale (both month systems and digit systems, years, أمس / اليوم),
// corrected where Arabic news outruns it: يونيه / يوليه / إبريل, a day joined to و ("و8"), "8 كانون الأول/ديسمبر",
// "بين 27 و29 تشرين الثاني" and bare weekdays. Corrections only, no second parser; resolution against the anchor.
// Hijri dates, which chrono does not know, come from ./hijri.ts.
import * as ar from 'chrono-node/ar'
import { addDays, lastDayOfMonth, weekdayOf } from '../../../core/dates.ts'
import { westernDigits } from '../../../core/digits.ts'
import { findHijriDates } from './hijri.ts'
import type { DateFind } from './mention.ts'
import type { StoryDay } from './story-days.ts'
import { withStoryDays } from './story-days.ts'
import { daysOfThird } from './vague.ts'

const parser = ar.casual.clone()
const pad = (n: number) => String(n).padStart(2, '0')

const HAS_ARABIC = /[\u0600-\u06FF]/
// Same-length rewrites only, so chrono's offsets stay the text's: spellings chrono lacks, and a joined "و" before a
// day ("و8") that hides the day from chrono's word boundary.
const SAME_LENGTH: readonly [RegExp, string][] = [[/يونيه/gu, 'يونيو'], [/يوليه/gu, 'يوليو'], [/إبريل/gu, 'أبريل'], [/(?<![\p{L}\p{N}])و(?=[0-9٠-٩]|أمس|اليوم)/gu, ' ']]
const MONTH_NAME = 'كانون\\s+الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين\\s+الأول|تشرين\\s+الثاني|كانون\\s+الأول|'
  + 'يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر'
// "8 كانون الأول/ديسمبر": the other system's name for the same month, after a slash or in brackets.
const SECOND_NAME = new RegExp(`^\\s*(?:/|\\(|-)\\s*(?:${MONTH_NAME})(?![\\p{L}])\\)?`, 'u')
// "بين 27 تشرين الثاني و8 كانون الأول": two dates joined into one range.
const RANGE_JOIN = /^\s*(?:و|إلى|الى|حتى|-|–)\s*$/u
// "منذ عام 2011" is the year 2011, not "a year ago"; a bare "2/3" is more often a fraction or a score.
const NOT_A_DATE = /^(?:منذ\s+عام|قبل\s+عام|عام|\d+\/\d+)$/u

// "مطلع كانون الأول" (early December), "أواخر تشرين الثاني" (late November): a third of the month, as in English.
const PART_OF_MONTH = /(?<![\p{L}])(?:مطلع|أوائل|بداية|منتصف|أواسط|أواخر|نهاية)\s+(?:شهر\s+)?$/u
const MONTH_AFTER = new RegExp(`(?<![\\p{L}])(?:في|خلال|منذ|حتى|شهر|مطلع|أوائل|بداية|منتصف|أواسط|أواخر|نهاية|قبل|بعد)\\s+(?:شهر\\s+)?\\S+(?:\\s+(?:الأول|الثاني))?$`, 'u')

const WEEKDAYS: Readonly<Record<string, number>> = { الأحد: 0, الاثنين: 1, الإثنين: 1, الثلاثاء: 2, الأربعاء: 3, الخميس: 4, الجمعة: 5, السبت: 6 }
// "مساء الخميس" (Thursday evening), "يوم الأحد", "والجمعة": a report's weekday is the latest one on or before it.
const WEEKDAY = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:يوم|مساء|صباح|فجر|ليل|ليلة|ظهر)\\s+)?[وف]?(${Object.keys(WEEKDAYS).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
const LAST_NIGHT = /^(?:الليلة\s+الماضية|ليل\s+أمس|ليلة\s+أمس)$/u
// chrono fills these from the reference instant; without an anchor that would be a made-up date
const RELATIVE = /أمس|اليوم|الليلة|الأسبوع|الشهر|قبل|بعد|منذ|خلال|غد|الماضي|الماضية|المقبل|القادم/u
const LAST_WEEK = /^الأسبوع\s+الماضي$/u

/** Reads the Arabic date expressions of `text`; with no anchor only dates that write their year out resolve. */
export function findArabicDates(text: string, anchor: string | null): DateFind[] {
  if (!HAS_ARABIC.test(text)) return []
  const readable = SAME_LENGTH.reduce((t, [re, to]) => t.replace(re, to), text)
  const instant = anchor ? new Date(`${anchor}T12:00:00Z`) : new Date('2000-01-01T12:00:00Z')
  const results = parser.parse(readable, { instant, timezone: 'UTC' }, { forwardDate: false })
  const out: DateFind[] = []
  let consumed = -1
  for (const r of results) {
    if (r.index < consumed) continue
    const words = r.text.replace(/[\s،,.؛:]+$/u, '')
    if (NOT_A_DATE.test(words)) continue
    // "ظهر اليوم" (today at noon): chrono reads a time of today and leaves the day implied
    const today = /(?:^|\s)(?:اليوم|أمس)$/u.test(words)
    const known = (c: 'year' | 'month' | 'day') => r.start.isCertain(c) || (today && c !== 'year')
    if (!known('month')) continue // a time of day, or a weekday (read below)
    // "مارس الجيش ضغوطا" (the army exerted pressure): a month name alone is a month only after a time word
    if (!known('day') && !known('year') && !MONTH_AFTER.test(text.slice(Math.max(0, r.index - 12), r.index + words.length))) continue
    // the mention is the date, not the "في" (in) before it
    const lead = words.match(/^(?:في|يوم)\s+/u)?.[0].length ?? 0
    let start = r.index + lead
    let end = r.index + words.length
    end += text.slice(end).match(SECOND_NAME)?.[0].length ?? 0
    consumed = end
    // a day and month without a year: the latest such date not well after the report ("5 يونيو" in December is past)
    const back = anchor && !r.start.isCertain('year') && `${r.start.get('year')}-${pad(r.start.get('month') as number)}` > addDays(anchor, 31).slice(0, 7) ? 1 : 0
    const y = (r.start.get('year') as number) - back, mo = r.start.get('month') as number, d = r.start.get('day') as number
    const value = `${y}-${pad(mo)}-${pad(d)}`
    const find = (v: Omit<DateFind, 'start' | 'end' | 'rule'>, rule: string): DateFind => ({ start, end, ...v, rule: `arabic:${rule}` })
    const relative = RELATIVE.test(words)
    if (!anchor && (!known('year') || relative)) { out.push(find({ value: null, valueEnd: null, precision: known('day') ? 'day' : 'month' }, 'unanchored')); continue }
    const spoken = text.slice(start, end)
    if (LAST_NIGHT.test(spoken)) out.push(find({ value: addDays(value, -1), valueEnd: value, precision: 'range' }, 'last-night'))
    else if (LAST_WEEK.test(spoken) && anchor) {
      const monday = addDays(anchor, -((weekdayOf(anchor) + 6) % 7))
      out.push(find({ value: addDays(monday, -7), valueEnd: addDays(monday, -1), precision: 'range' }, 'last-week'))
    } else if (known('day') && pairedDay(text, start, d)) {
      const p = pairedDay(text, start, d) as { day: number; start: number }
      start = p.start
      out.push(find({ value: `${y}-${pad(mo)}-${pad(p.day)}`, valueEnd: value, precision: 'range' }, 'day-pair'))
    } else if (known('day')) {
      const endDate = r.end ? `${(r.end.get('year') as number) - back}-${pad(r.end.get('month') as number)}-${pad(r.end.get('day') as number)}` : null
      out.push(find(endDate && endDate !== value ? { value, valueEnd: endDate, precision: 'range' } : { value, valueEnd: null, precision: 'day' }, relative ? 'relative' : 'day'))
    } else {
      const last = Number(lastDayOfMonth(y, mo).slice(8))
      const part = text.slice(Math.max(0, start - 8), start).match(PART_OF_MONTH)
      const [from, to] = !part ? [1, last] : daysOfThird(/منتصف|أواسط/u.test(part[0]) ? 'mid' : /أواخر|نهاية/u.test(part[0]) ? 'late' : 'early', y, mo)
      if (part) start -= part[0].length
      out.push(find({ value: `${y}-${pad(mo)}-${pad(from)}`, valueEnd: `${y}-${pad(mo)}-${pad(to)}`, precision: part ? 'range' : 'month' }, part ? 'part-of-month' : 'month'))
    }
  }
  // "7 جمادى الآخرة 1446": a Hijri date is read whole; chrono's reading of a piece of it ("1446") gives way.
  const hijri = findHijriDates(text, anchor)
  const gregorian = out.filter((f) => !hijri.some((h) => f.start < h.end && h.start < f.end))
  return withStoryDays(text, joinRanges(text, withWeekdays(text, [...gregorian, ...hijri].sort((a, b) => a.start - b.start), anchor)), arabicStoryDays(text))
}

// "في اليوم التالي" (the next day), "قبل ذلك بيومين" (two days before that), "بعدها بأسبوع" (a week after it): story days
// (story-days.ts), as in English. chrono reads the "اليوم" of "اليوم التالي" as today.
// (The mention is group 1: without the "و" / "ف" joined before it, nor "في".)
const STORY_DAY = /(?<![\p{L}])[وف]?(?:في\s+)?(اليوم\s+(التالي|السابق|نفسه|ذاته))(?![\p{L}])/dgu
const STORY_SPAN = /(?<![\p{L}])[وف]?((قبل|بعد)(?:ها|\s+ذلك)\s+بـ?\s*(?:(يوم|يومين|أسبوع|أسبوعين)|([0-9٠-٩]+|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة)\s+(?:أيام|أسابيع)))(?![\p{L}])/dgu
const STORY_DAY_SHIFT: Readonly<Record<string, number>> = { التالي: 1, السابق: -1, نفسه: 0, ذاته: 0 }
const SPAN_DAYS: Readonly<Record<string, number>> = { يوم: 1, يومين: 2, أسبوع: 7, أسبوعين: 14, ثلاثة: 3, أربعة: 4, خمسة: 5, ستة: 6, سبعة: 7, ثمانية: 8, تسعة: 9, عشرة: 10 }

/** The Arabic story days of `text`, for withStoryDays. */
function arabicStoryDays(text: string): StoryDay[] {
  const days: StoryDay[] = []
  const spanOf = (m: RegExpMatchArray): [number, number] => (m.indices?.[1] ?? [m.index ?? 0, (m.index ?? 0) + m[0].length]) as [number, number]
  for (const m of text.matchAll(STORY_DAY)) {
    const [start, end] = spanOf(m)
    days.push({ start, end, shift: STORY_DAY_SHIFT[m[2] as string] ?? 0, rule: 'arabic:from-story-day' })
  }
  for (const m of text.matchAll(STORY_SPAN)) {
    const [start, end] = spanOf(m)
    const count = m[3] ? (SPAN_DAYS[m[3]] ?? 0) : (SPAN_DAYS[m[4] as string] ?? Number(westernDigits(m[4] as string))) * (/أسابيع/u.test(m[0]) ? 7 : 1)
    days.push({ start, end, shift: m[2] === 'قبل' ? -count : count, rule: 'arabic:from-story-day' })
  }
  return days
}

/** The first day of "بين 27 و29 تشرين الثاني" (between the 27th and the 29th), written before the date chrono read. */
function pairedDay(text: string, start: number, day: number): { day: number; start: number } | null {
  const m = text.slice(Math.max(0, start - 10), start).match(/(?<![\p{N}])([0-9٠-٩]{1,2})\s*(?:و|إلى|الى|حتى|-|–)\s*$/u)
  if (!m?.[1] || !/^[0-9٠-٩]/u.test(text.slice(start))) return null
  const first = Number(westernDigits(m[1]))
  return first >= 1 && first < day ? { day: first, start: start - m[0].length } : null
}

/** Bare weekdays outside the dates read above ("الأحد 8 كانون الأول" is the date, not a weekday of its own). */
function withWeekdays(text: string, finds: DateFind[], anchor: string | null): DateFind[] {
  const out = [...finds]
  for (const m of text.matchAll(WEEKDAY)) {
    const start = m.index ?? 0, end = start + m[0].length
    if (finds.some((f) => start < f.end && f.start < end)) continue
    const want = WEEKDAYS[m[1] as string] as number
    const value = anchor ? addDays(anchor, -((weekdayOf(anchor) - want + 7) % 7)) : null
    out.push({ start, end, value, valueEnd: null, precision: 'day', rule: 'arabic:weekday' })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Two days joined by و / إلى / حتى ("بين 27 تشرين الثاني و8 كانون الأول", "الأحد والاثنين") are one range. */
function joinRanges(text: string, finds: DateFind[]): DateFind[] {
  const out: DateFind[] = []
  for (const f of finds) {
    const prev = out[out.length - 1]
    if (prev?.value && f.value && prev.precision === 'day' && f.precision === 'day' && RANGE_JOIN.test(text.slice(prev.end, f.start)) && f.value > prev.value) {
      out[out.length - 1] = { ...prev, end: f.end, valueEnd: f.value, precision: 'range', rule: 'arabic:range' }
      continue
    }
    out.push(f)
  }
  return out
}
