// News phrasings chrono-node does not read or reads as a point in time, resolved against the publication date.
// chrono has no notion of "overnight", "late November" or a bare "in 2016"; they carry much of the dating in war reports.
import { addDays, isoDate, lastDayOfMonth, weekdayOf } from '../../../core/dates.ts'
import type { DateFind } from './mention.ts'

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTH_RE = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')

interface Rule {
  readonly name: string
  readonly pattern: RegExp
  /**
   * A word every match contains. Most reports lack it, and a search for one word is far cheaper than the
   * rule's pattern, which is tried at every word boundary; so the pattern runs only when the word is there.
   */
  readonly cue?: RegExp
  /** Resolves a match; `anchor` is the publication date or null. */
  readonly resolve: (m: RegExpExecArray, anchor: string | null) => Omit<DateFind, 'start' | 'end' | 'rule'>
}

const unresolved = (precision: DateFind['precision']) => ({ value: null, valueEnd: null, precision })

/** Year of a month mentioned without one: the latest such month not after the anchor. */
function yearOfMonth(month: number, anchor: string): number {
  const y = Number(anchor.slice(0, 4))
  return month > Number(anchor.slice(5, 7)) ? y - 1 : y
}

/** A third of a month: days 1–10, 11–20, or 21 to its last day (the Arabic reader shares this reading). */
export function daysOfThird(third: 'early' | 'mid' | 'late', year: number, month: number): [number, number] {
  if (third === 'early') return [1, 10]
  return third === 'mid' ? [11, 20] : [21, Number(lastDayOfMonth(year, month).slice(8))]
}

/** First and last day of "early", "mid", "late", "the start of" … a month. */
function daysOfPart(part: string, year: number, month: number): [number, number] {
  const p = part.toLowerCase()
  return daysOfThird(p === 'early' || p.includes('beginning') || p.includes('start') ? 'early' : p === 'mid' ? 'mid' : 'late', year, month)
}

/** The latest day `day` of a month on or before `anchor` ("the 7th" in a report of 9 Dec: 7 Dec; of 3 Dec: 7 Nov). */
function latestDayOfMonth(day: number, anchor: string): string | null {
  let y = Number(anchor.slice(0, 4))
  let mo = Number(anchor.slice(5, 7))
  if (day > Number(anchor.slice(8, 10))) {
    mo -= 1
    if (mo === 0) { mo = 12; y -= 1 }
  }
  if (day > Number(lastDayOfMonth(y, mo).slice(8))) return null
  return `${y}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export const VAGUE_RULES: readonly Rule[] = [
  {
    // "on the 7th", "by the 8th,": a day of the report's month (of the month before when the day is still to come).
    // Only after a preposition of time and before a clause's end or a function word: "the 4th Division", "the 46th
    // Regiment", "the 25th anniversary" are no days.
    name: 'ordinal-day',
    cue: /\d(?:st|nd|rd|th)\b/i,
    pattern: /\b(?:on|by|since|until|till|from|before|after)\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)]|$|(?:and|or|when|as|after|before|at|in|to|with|that|but)\b))/gi,
    resolve: (m, a) => {
      const value = a ? latestDayOfMonth(Number(m[1]), a) : null
      return value ? { value, valueEnd: null, precision: 'day' } : unresolved('day')
    },
  },
  {
    // "Hezbollah sent forces overnight" in a Friday report: the night from Thursday into Friday.
    name: 'overnight',
    pattern: /\b(?:overnight|last night)\b/gi,
    resolve: (_m, a) => (a ? { value: addDays(a, -1), valueEnd: a, precision: 'range' } : unresolved('range')),
  },
  {
    // "today", "currently", "on the day" — the day of the report.
    name: 'today',
    pattern: /\b(?:today|currently|this morning|this afternoon|this evening|tonight)\b/gi,
    resolve: (_m, a) => (a ? { value: a, valueEnd: null, precision: 'day' } : unresolved('day')),
  },
  {
    // "this week" (and "earlier in the week") runs from Monday to the report; "last week" is the whole week before.
    name: 'week',
    cue: /week/i,
    pattern: /\b(this|last|past|previous)\s+week\b|\bearlier\s+in\s+the\s+week\b/gi,
    resolve: (m, a) => {
      if (!a) return unresolved('range')
      const monday = addDays(a, -((weekdayOf(a) + 6) % 7))
      if (m[1] === undefined || m[1].toLowerCase() === 'this') return { value: monday, valueEnd: a, precision: 'range' }
      if (m[1]!.toLowerCase() === 'past') return { value: addDays(a, -7), valueEnd: a, precision: 'range' }
      return { value: addDays(monday, -7), valueEnd: addDays(monday, -1), precision: 'range' }
    },
  },
  {
    // "at the weekend", "over the weekend", "last weekend": the Saturday and Sunday last begun by the report (chrono
    // reads one day of it).
    name: 'weekend',
    cue: /weekend/i,
    // ("since the weekend" is left to chrono's day and the "since" range up to the report.)
    pattern: /\b(?:(?:at|over|during|on)\s+the|last|this|past)\s+weekend\b/gi,
    resolve: (_m, a) => {
      if (!a) return unresolved('range')
      const saturday = addDays(a, -((weekdayOf(a) + 1) % 7))
      if (saturday === a) return { value: a, valueEnd: null, precision: 'day' }
      return { value: saturday, valueEnd: addDays(saturday, 1), precision: 'range' }
    },
  },
  {
    // "in the next 72 hours", "within the past 24 hours", "in the coming days".
    name: 'hours-window',
    cue: /hours|days/i,
    pattern: /\b(?:in|within|over|during)\s+the\s+(next|past|last|coming)\s+(\d{1,3}|few|two|three)\s+(hours|days)\b/gi,
    resolve: (m, a) => {
      if (!a) return unresolved('range')
      const words: Record<string, number> = { few: 3, two: 2, three: 3 }
      const n = Number(m[2]) || words[m[2]!.toLowerCase()] || 1
      const days = m[3]!.toLowerCase() === 'hours' ? Math.max(1, Math.ceil(n / 24)) : n
      const future = /next|coming/i.test(m[1]!)
      return future
        ? { value: a, valueEnd: addDays(a, days), precision: 'range' }
        : { value: addDays(a, -days), valueEnd: a, precision: 'range' }
    },
  },
  {
    // "the third city to fall within a week": a report's window reaches back from the report.
    name: 'within-past',
    cue: /within/i,
    pattern: /\bwithin\s+(?:a|one|two|three|\d)\s+(?:weeks?|days)\b/gi,
    resolve: (m, a) => {
      if (!a) return unresolved('range')
      const n = /two/i.test(m[0]) ? 2 : /three/i.test(m[0]) ? 3 : Number(/\d/.exec(m[0])?.[0] ?? 1)
      return { value: addDays(a, /week/i.test(m[0]) ? -7 * n : -n), valueEnd: a, precision: 'range' }
    },
  },
  {
    // "since late November", "in early December", "mid-October".
    name: 'part-of-month',
    pattern: new RegExp(`\\b(early|mid|late|the end of|the beginning of|the start of)[\\s-]+(${MONTH_RE})(?:\\s+(\\d{4}))?\\b`, 'g'),
    resolve: (m, a) => {
      const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1
      const year = m[3] ? Number(m[3]) : a ? yearOfMonth(month, a) : null
      if (year === null) return unresolved('range')
      const [from, to] = daysOfPart(m[1]!, year, month)
      return { value: isoDate(year, month, from), valueEnd: isoDate(year, month, to), precision: 'range' }
    },
  },
  {
    // "since mid-month", "from the start of the month": a part of the report's own month.
    name: 'part-of-this-month',
    cue: /month/i,
    pattern: /\b(early|mid|late|the end of|the beginning of|the start of)[\s-]+(?:the\s+|this\s+)?month\b/gi,
    resolve: (m, a) => {
      if (!a) return unresolved('range')
      const year = Number(a.slice(0, 4))
      const month = Number(a.slice(5, 7))
      const [from, to] = daysOfPart(m[1]!, year, month)
      // ("late this month" in a report of the 5th is still to come: no past span)
      if (isoDate(year, month, from) > a) return unresolved('range')
      return { value: isoDate(year, month, from), valueEnd: isoDate(year, month, to), precision: 'range' }
    },
  },
  {
    // "as recently as the first week of December", "in the last week of November": seven days of that month.
    name: 'week-of-month',
    cue: /week/,
    pattern: new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH_RE})(?:\\s+(\\d{4}))?\\b`, 'g'),
    resolve: (m, a) => {
      const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1
      const year = m[3] ? Number(m[3]) : a ? yearOfMonth(month, a) : null
      if (year === null) return unresolved('range')
      const last = Number(lastDayOfMonth(year, month).slice(8))
      const nth = ['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase())
      const [from, to] = nth < 0 ? [last - 6, last] : [1 + 7 * nth, 7 + 7 * nth]
      return { value: isoDate(year, month, from), valueEnd: isoDate(year, month, to), precision: 'range' }
    },
  },
  {
    // "earlier this month": from the month's first day up to the report (chrono reads the whole month).
    name: 'earlier-this-month',
    cue: /month/i,
    pattern: /\bearlier\s+this\s+month\b/gi,
    resolve: (_m, a) => (a ? { value: `${a.slice(0, 8)}01`, valueEnd: a, precision: 'range' } : unresolved('range')),
  },
  {
    // "on Christmas Eve", "the eve of Christmas", "on New Year's Day": feasts on a fixed day, the last one not after the
    // report (a bare "Christmas" is a season as often as a day: not dated).
    name: 'feast-day',
    cue: /Christmas|New Year/,
    pattern: /\b(?:Christmas\s+(Eve|Day)|the\s+(eve)\s+of\s+Christmas(?:\s+Day)?|New\s+Year['’]s\s+(Eve|Day))\b/g,
    resolve: (m, a) => {
      const [month, day] = m[1] === 'Eve' || m[2] === 'eve' ? [12, 24] : m[1] === 'Day' ? [12, 25] : m[3] === 'Eve' ? [12, 31] : [1, 1]
      if (!a) return unresolved('day')
      const year = Number(a.slice(0, 4))
      const value = isoDate(year, month, day) <= a ? isoDate(year, month, day) : isoDate(year - 1, month, day)
      return { value, valueEnd: null, precision: 'day' }
    },
  },
  {
    // "split from al-Qaeda in 2016", "since 2022", "until 2017" — a bare year after a preposition. The match is the
    // year itself (the mention), the preposition looked back for: a scan for years is several times cheaper than
    // trying every preposition at every word.
    name: 'year',
    pattern: /((?:19|20)\d{2})(?<=\b(?:in|since|by|until|till|from|during|before|after|of|throughout)\s+\d{4})\b(?![-/.]\d)(?!\s+(?:people|fighters|troops|km|kilometres|kilometers|miles|men|soldiers))/gi,
    resolve: (m) => {
      const y = Number(m[1])
      return { value: `${y}-01-01`, valueEnd: `${y}-12-31`, precision: 'year' }
    },
  },
]

/** Finds every vague expression; `start`/`end` cover the whole phrase, so "since late November" keeps "since". */
export function findVagueDates(text: string, anchor: string | null): DateFind[] {
  const out: DateFind[] = []
  for (const rule of VAGUE_RULES) {
    if (rule.cue && !rule.cue.test(text)) continue
    rule.pattern.lastIndex = 0
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const r = rule.resolve(m, anchor)
      out.push({ start: m.index, end: m.index + m[0].length, ...r, rule: `vague:${rule.name}` })
    }
  }
  return out
}
