// Standard date expressions through chrono-node, corrected for how news reports use them.
// The English build only: the full package loads every locale (~0.5 s per process and worker).
import * as chrono from 'chrono-node/en'
import type { ParsedComponents } from 'chrono-node'
import { addDays, daysBetween, lastDayOfMonth, weekdayOf } from '../../../core/dates.ts'
import type { DateFind } from './mention.ts'
import type { StoryDay } from './story-days.ts'
import { withStoryDays } from './story-days.ts'

const parser = chrono.casual.clone()

// A lowercase "may" or "march" is a verb far more often than a month in war reporting.
const LOWERCASE_MONTH_WORD = /^(?:may|march)$/
// "now called HTS", "within a week" (read by the vague rules, as a past window), "earlier in the week" (the vague
// rules' "this week"; chrono reads a week ahead): not chrono's to date. "for a second night", "for an hour": a span
// shorter than a day (chrono's "a second") says nothing about which day.
const NOT_A_DATE = /^(?:now|within\b.*|in\s+the\s+week|(?:for|in)\s+(?:a|an|one|\d+|a\s+few|several)\s+(?:seconds?|minutes?|hours?))$/i
// Before a weekday, these make it a coming day ("will meet on Monday"); otherwise a report's weekday is past.
const FUTURE_CUE = /\b(?:will|would|shall|to be held|scheduled|due to|expected to|plans? to|planning to|next)\b[^.;]*$/i

// "… will remain in office until March, officials said on Tuesday": the day of a past speech verb is past, whatever
// the words it reports look ahead to.
const SAID_JUST_BEFORE = /\b(?:said|told\s+\S+|announced|stated|reported|added|confirmed|declared|warned)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i

// "two years before rebels agreed to leave", "two days later", "a week after they entered Aleppo": a span counted from
// another event of the story, not from the publication date (chrono counts it from the anchor); no date of its own.
// "after two days of fighting" is how long something lasted before the event, not two days after the report.
// (Spans of days or weeks with nothing after them, "two days later.", are story days, read first: DAYS_FROM_STORY.
// "two years before." with nothing after is counted back from the story's day, which chrono's anchor stands for.)
const FROM_ANOTHER_EVENT = /^(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several|some)\s+)?(?:days?|weeks?|months?|years?|hours?|nights?)\s+(?:before|after|later)|after\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several|some)\s+)?(?:days?|weeks?|months?|years?|hours?|nights?))$/i

// chrono reads "in eight years" and "for four years" as that long after the anchor. In a report they are mostly
// spans reaching back ("the worst fighting in eight years", "as it had for four years") or how long something took
// ("the government collapsed in 11 days"); a point in the future only after a future cue ("elections could be held
// in four years"). After a superlative or "first" the span is the window before the report; otherwise no date.
const DURATION = /^(?:in|for)\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|a\s+few|several|some)\s+)?(?:days?|weeks?|months?|years?|decades?)$/i
const PAST_WINDOW_CUE = /\b(?:first|only|most|least|worst|best|biggest|largest|heaviest|deadliest|fiercest|strongest|highest|lowest|longest|greatest|bloodiest|worst|major|unprecedented|second|third|fourth|fifth|sixth)\b[^.;]*$/i
const FUTURE_DURATION_CUE = /\b(?:will|would|could|may|might|shall|to be held|scheduled|due|expected|plans?|planning|take|takes|within)\b[^.;]*$/i

// "over the past year", "in the last four days": the window up to the report. chrono reads "past year" as the
// calendar year before and "past four days" as the day they began. ("last year", "last week" without "the" are
// the calendar year and week before, as chrono reads them.)
const PAST_SPAN = /^(?:past|last)\s+((?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|few|several)\s+)?(?:days?|weeks?|months?|years?))$/i

// chrono reads "the night of December 6" as tonight; the part of the day says nothing about which day, so it is
// blanked (same length: offsets stay) and the date after it is read.
// chrono joins a time of day to a date across a sentence end ("Good morning. Yesterday rebels …" read as this
// morning, "in the evening. On Sunday …" as Sunday evening), or a line end (a heading "Sunday, December 8" and the
// "23:10 - …" entry below it as one time): a sentence or line end becomes a semicolon (same length), across which
// chrono joins nothing. ("Dec. 9", "Fri. Dec 6": an abbreviation's point stays.)
const SENTENCE_SEAM = /(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun))[.!?](?=\s+[\p{Lu}\d])|\n/gu
const PART_OF_DAY_OF = /\b(?:night|morning|evening|afternoon|dawn|dusk)\s+of\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/gi
// "took Daraa on December 6 and Sweida the next day": the day after the date before it in the sentence, not after
// the report.
const NEXT_DAY = /^(?:next|following)\s+(?:day|morning|night|evening)$/i

// "Rebels entered Hama on December 5. Two days earlier, jets had struck the city": a span of days counted from the
// date the story named last (story-days.ts). "before" and "after" only when nothing follows them: "two days before
// rebels entered it" counts from an event named after, which has no date here.
const COUNT_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }
const DAYS_FROM_STORY = new RegExp(`^(${Object.keys(COUNT_WORDS).join('|')}|\\d+)\\s+(days?|nights?|weeks?)\\s+(earlier|before|later|after)$`, 'i')
// "the same day", "that day", "the previous day", "the day before." (chrono reads the last as the day before the report);
// a part of the day as the day: "the previous night", "that evening", "the night before.".
// "the day before." and "the day before that …" (the day before that day, or "said the day before that troops had …")
// both count from the day the story named; "the day before rebels entered it" counts from an event named after.
const AFTER_BACK_REFERENCE = /^\s*(?:[.,;]|that\b|$)/
const FOLLOWING_DAY = /\bthe\s+(?:next|following)\s+(?:day|morning|night|evening|afternoon)\b/gi
const STORY_DAY = /\b(?:the\s+(same|previous|preceding)\s+(?:day|night|evening|morning)|that\s+(?:same\s+)?(day|night|evening|morning)|the\s+(?:day|night|evening|morning)\s+(before)(?=\s*(?:[.,;]|that\b|$)))\b/gi

/** DAYS_FROM_STORY's story day, or null when the phrase is none. */
function daysFromStory(text: string, bare: string, at: number): { shift: number; back: boolean } | null {
  const m = DAYS_FROM_STORY.exec(bare)
  if (!m) return null
  const word = (m[3] as string).toLowerCase()
  if ((word === 'before' || word === 'after') && !AFTER_BACK_REFERENCE.test(text.slice(at + bare.length))) return null
  const days = (COUNT_WORDS[(m[1] as string).toLowerCase()] ?? Number(m[1])) * (/^weeks?$/i.test(m[2] as string) ? 7 : 1)
  const back = word === 'earlier' || word === 'before'
  return { shift: back ? -days : days, back }
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const pad = (n: number) => String(n).padStart(2, '0')

/** Reads chrono's expressions in `text`. With no anchor only self-contained dates (with a year) resolve. */
export function findChronoDates(text: string, anchor: string | null): DateFind[] {
  const instant = anchor ? new Date(`${anchor}T12:00:00Z`) : NO_ANCHOR_INSTANT
  const results = parser.parse(text.replace(PART_OF_DAY_OF, (m) => ' '.repeat(m.length)).replace(SENTENCE_SEAM, ';'), { instant, timezone: 'UTC' }, { forwardDate: false })
  const out: DateFind[] = []
  const storyDays: StoryDay[] = []
  let consumed = -1
  for (const [i, r] of results.entries()) {
    if (r.index < consumed) continue
    const known = (c: 'year' | 'month' | 'day' | 'weekday') => r.start.isCertain(c)
    const hasDatePart = known('year') || known('month') || known('day') || known('weekday')
    // "at 7:58", "hours" alone: a time of day says nothing about which day
    if (!hasDatePart && !isRelative(r.text)) continue
    if (LOWERCASE_MONTH_WORD.test(r.text) || NOT_A_DATE.test(r.text)) continue
    const bare = r.text.replace(/[\s,.;:]+$/, '')
    const fromStory = daysFromStory(text, bare, r.index)
    if (fromStory) {
      // With no day before it in the story, a span back ("a day earlier") is counted from the report's day, as chrono
      // reads it; a span forward has no date.
      const otherwise = fromStory.back && anchor ? isoOf(r.start) : null
      storyDays.push({ start: r.index, end: r.index + bare.length, shift: fromStory.shift, rule: 'chrono:from-story-day', otherwise })
      continue
    }
    if (FROM_ANOTHER_EVENT.test(bare) && !(/\bbefore$/i.test(bare) && /^\s*(?:[.;]|$)/.test(text.slice(r.index + bare.length)))) {
      out.push({ start: r.index, end: r.index + bare.length, value: null, valueEnd: null, precision: null, rule: 'chrono:from-another-event' })
      continue
    }
    const afterThe = /\bthe\s+$/i.test(text.slice(Math.max(0, r.index - 4), r.index))
    if (NEXT_DAY.test(bare) && afterThe) {
      storyDays.push({ start: r.index, end: r.index + bare.length, shift: 1, rule: 'chrono:next-day' })
      continue
    }
    const pastSpan = anchor && afterThe ? PAST_SPAN.exec(bare) : null
    if (pastSpan?.[1] && anchor) {
      // "the past days": a few of them; "the past year": one.
      const unitOnly = /^(?:days|weeks|months|years)$/i.test(pastSpan[1]) ? 'a few' : /^(?:day|week|month|year)$/i.test(pastSpan[1]) ? 'a' : ''
      const count = unitOnly ? `${unitOnly} ${pastSpan[1]}` : pastSpan[1].replace(/^few\b/i, 'a few')
      const from = parser.parse(`${count} ago`, { instant, timezone: 'UTC' })[0]?.start
      const value = from ? isoOf(from) : null
      if (value) {
        out.push({ start: r.index, end: r.index + bare.length, value, valueEnd: anchor, precision: 'range', rule: 'chrono:past-span' })
        continue
      }
    }
    if (DURATION.test(bare) && anchor) {
      const before = text.slice(Math.max(0, r.index - 120), r.index)
      const future = r.start.get('year') !== null ? isoOf(r.start) : null
      if (!future || !FUTURE_DURATION_CUE.test(before)) {
        const window = /^in\s/i.test(bare) && PAST_WINDOW_CUE.test(before) && future
        out.push(window
          ? { start: r.index, end: r.index + bare.length, value: mirroredBefore(anchor, future), valueEnd: anchor, precision: 'range', rule: 'chrono:past-window' }
          : { start: r.index, end: r.index + bare.length, value: null, valueEnd: null, precision: null, rule: 'chrono:duration' })
        continue
      }
    }
    // chrono sometimes glues two expressions ("last week, this week"); the comma marks the seam
    if (/,\s*(?:this|last|next)\s/i.test(r.text)) continue
    const start = r.index
    // chrono keeps a trailing comma or period ("on Friday,"); the mention is the words
    const end = r.index + r.text.replace(/[\s,.;:]+$/, '').length
    const rule = 'chrono'
    const y0 = r.start.get('year')
    const mo = r.start.get('month')
    const d = r.start.get('day')
    // chrono fills "three days ago" from the reference instant; without an anchor that would be a made-up date
    if (!anchor && (!known('year') || isRelative(r.text) || readsFromReference(r.text, isoOf(r.start)))) {
      out.push({ start, end, value: null, valueEnd: null, precision: known('day') || known('weekday') ? 'day' : null, rule })
      continue
    }
    if (y0 === null || mo === null || d === null) continue
    // "killed 54 people in March", reported in December: a month named without a year is the last one before the
    // report (chrono takes the nearest, which may lie ahead), unless the words before it look ahead.
    const ahead = anchor !== null && !known('year') && !isRelative(r.text) && known('month')
      && (known('day') ? daysBetween(anchor, `${y0}-${pad(mo)}-${pad(d)}`) > 31 : `${y0}-${pad(mo)}-01` > anchor)
      && !FUTURE_CUE.test(text.slice(Math.max(0, start - 120), start))
    const y = ahead ? y0 - 1 : y0
    if (known('weekday') && !known('day') && anchor) {
      // "every Friday", "on Fridays": a habit, no day.
      if (habitualWeekday(text, start, end)) continue
      // ("would withdraw from the city, which it had entered last Friday": "last" says the week, whatever came before.)
      const future = FUTURE_CUE.test(text.slice(Math.max(0, start - 120), start)) && !SAID_JUST_BEFORE.test(text.slice(Math.max(0, start - 30), start))
        && !/^(?:last|past|previous)\b/i.test(text.slice(start, end))
      // ("since Saturday" and "last Monday" in a report of a Monday: the week before, not the report's own day.)
      const weekBack = SINCE_JUST_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || /^last\s/i.test(text.slice(start, end))
      const first = weekdayDate(r.start.get('weekday') ?? 0, anchor, future, weekBack)
      // "struck on Saturday and Sunday": two days named together are one range.
      // ("fighting raged from Friday to Sunday": chrono reads the range itself, its end a weekday of its own.)
      const pair = text.slice(end, end + 16).match(/^\s+(?:and|to|through)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/)
      const endWeekday = r.end?.isCertain('weekday') ? r.end.get('weekday') : null
      const secondDay = pair?.[1] ? WEEKDAYS.indexOf(pair[1]) : endWeekday
      if (secondDay !== null && secondDay !== undefined && first.value) {
        const [lo, hi] = weekdayRange(r.start.get('weekday') ?? 0, secondDay, anchor, future)
        consumed = pair ? end + pair[0].length : end
        if (lo !== hi) { out.push({ start, end: consumed, value: lo, valueEnd: hi, precision: 'range', rule: 'chrono:weekday-pair' }); continue }
      }
      out.push({ start, end, ...first, rule: 'chrono:weekday' })
      continue
    }
    if (/\byears?\s+ago\b/i.test(r.text)) {
      out.push({ start, end, value: `${y}-01-01`, valueEnd: `${y}-12-31`, precision: 'year', rule: 'chrono:years-ago' })
    } else if (/\bmonths?\s+ago\b/i.test(r.text)) {
      out.push({ start, end, value: `${y}-${pad(mo)}-01`, valueEnd: lastDayOfMonth(y, mo), precision: 'month', rule: 'chrono:months-ago' })
    } else if (known('day') && known('month') && betweenDates(text, start, end, `${y}-${pad(mo)}-${pad(d)}`, results[i + 1])) {
      // "between 27 November and 1 December": two full dates joined by "and" after "between" are one range (chrono
      // reads them apart; "from 27 November to 1 December" it reads as one).
      const next = results[i + 1] as (typeof results)[number]
      const hi = isoOf(next.start) as string
      const value = `${y}-${pad(mo)}-${pad(d)}`
      consumed = next.index + next.text.replace(/[\s,.;:]+$/, '').length
      out.push({ start, end: consumed, value, valueEnd: hi, precision: 'range', rule: 'chrono:between-dates' })
    } else if (known('day') && known('month') && pairedDay(text, start, end, d)) {
      // "on 2 and 3 December", "December 2 and 3", "between 2 and 5 December": two days of one month, a range.
      const p = pairedDay(text, start, end, d) as { day: number; start: number; end: number }
      const [lo, hi] = p.day < d ? [p.day, d] : [d, p.day]
      out.push({ start: p.start, end: p.end, value: `${y}-${pad(mo)}-${pad(lo)}`, valueEnd: `${y}-${pad(mo)}-${pad(hi)}`, precision: 'range', rule: 'chrono:day-pair' })
    } else if (known('day') || isRelative(r.text)) {
      const value = `${y}-${pad(mo)}-${pad(d)}`
      const endDate = r.end ? isoOf(r.end) : null
      out.push({ start, end, value, valueEnd: endDate && endDate !== value ? endDate : null, precision: endDate && endDate !== value ? 'range' : 'day', rule })
    } else if (known('month')) {
      out.push({ start, end, value: `${y}-${pad(mo)}-01`, valueEnd: lastDayOfMonth(y, mo), precision: 'month', rule })
    } else if (known('year')) {
      out.push({ start, end, value: `${y}-01-01`, valueEnd: `${y}-12-31`, precision: 'year', rule })
    }
  }
  for (const m of text.matchAll(STORY_DAY)) {
    const word = ((m[1] ?? m[2] ?? m[3]) as string).toLowerCase()
    storyDays.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, shift: word === 'previous' || word === 'preceding' || word === 'before' ? -1 : 0, rule: 'chrono:story-day' })
  }
  // "the following morning", "the next evening": chrono reads none of them (only "the next day"), all the day after.
  for (const m of text.matchAll(FOLLOWING_DAY)) {
    const start = m.index ?? 0
    const end = start + m[0].length
    if (!storyDays.some((d) => d.start < end && start < d.end)) storyDays.push({ start, end, shift: 1, rule: 'chrono:next-day' })
  }
  return withStoryDays(text, out, storyDays)
}

/** The day as far before `anchor` as `after` is after it, in calendar months when the day of the month agrees. */
function mirroredBefore(anchor: string, after: string): string {
  const [ay, am, ad] = anchor.split('-').map(Number) as [number, number, number]
  const [fy, fm, fd] = after.split('-').map(Number) as [number, number, number]
  if (fd !== ad) return addDays(anchor, -daysBetween(anchor, after))
  const months = ay * 12 + (am - 1) - ((fy - ay) * 12 + (fm - am))
  const y = Math.floor(months / 12)
  const m = (months % 12) + 1
  const last = Number(lastDayOfMonth(y, m).slice(8))
  return `${y}-${pad(m)}-${pad(Math.min(ad, last))}`
}

/**
 * Whether "between <date> and <date>" joins the date at text[start, end) to `next`, chrono's next find: both days of a
 * month, the second after the first and no more than two months on (not "on 2 December and 5 December": two days).
 */
function betweenDates(text: string, start: number, end: number, first: string, next: chrono.ParsedResult | undefined): boolean {
  if (!next || !/\bbetween\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 14), start))) return false
  if (!/^\s+and\s+$/i.test(text.slice(end, next.index)) || !next.start.isCertain('day') || !next.start.isCertain('month')) return false
  const second = isoOf(next.start)
  return second !== null && second > first && daysBetween(first, second) <= 62
}

/**
 * The two days of a weekday range ("from Friday to Sunday", "between Wednesday and Friday"): the end the last such day
 * before the report (or the first after it, when the words look ahead) and the start the last such day before the end,
 * so a report on a Wednesday reads "Wednesday and Friday" as the week before, not as the report's day and the Friday
 * before it.
 */
function weekdayRange(first: number, second: number, anchor: string, future: boolean): [string, string] {
  const span = (second - first + 7) % 7
  if (future) {
    const lo = weekdayDate(first, anchor, true).value as string
    return [lo, addDays(lo, span)]
  }
  const hi = weekdayDate(second, anchor, false).value as string
  return [addDays(hi, -span), hi]
}

/** The other day of "2 and 3 December" (before the match) or "December 2 and 3" (after it), with the widened span. */
function pairedDay(text: string, start: number, end: number, day: number): { day: number; start: number; end: number } | null {
  const before = text.slice(Math.max(0, start - 12), start).match(/\b(\d{1,2})\s+(?:and|to|-|–)\s+$/)
  if (before?.[1] && /^\d/.test(text.slice(start, end))) {
    const other = Number(before[1])
    if (other >= 1 && other <= 31 && other !== day) return { day: other, start: start - before[0].length, end }
  }
  // (not "On December 2 and 3 people died": the second number must end the phrase)
  const after = text.slice(end, end + 16).match(/^\s+(?:and|to|-|–)\s+(\d{1,2})(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|when|while|as|after|before)\b)/)
  if (after?.[1] && !/^\d/.test(text.slice(start, end))) {
    const other = Number(after[1])
    if (other >= 1 && other <= 31 && other !== day) return { day: other, start, end: end + after[0].length }
  }
  return null
}

function isoOf(c: ParsedComponents): string | null {
  const y = c.get('year'), mo = c.get('month'), d = c.get('day')
  return y === null || mo === null || d === null ? null : `${y}-${pad(mo)}-${pad(d)}`
}

/** The instant chrono reads against with no anchor, and a second one to tell what depends on it. */
const NO_ANCHOR_INSTANT = new Date('2000-01-01T12:00:00Z')
const OTHER_INSTANT = new Date('2010-06-15T12:00:00Z')

/** Whether chrono read `words` (as the day `read`, against NO_ANCHOR_INSTANT) from its reference instant ("in a week",
 * "next month"): against another instant they give another day. (Asked only with no anchor, where such a reading
 * would be a made-up date.) */
function readsFromReference(words: string, read: string | null): boolean {
  const other = parser.parse(words, { instant: OTHER_INSTANT, timezone: 'UTC' }, { forwardDate: false })[0]
  return !other || isoOf(other.start) !== read
}

// "yesterday", "three days ago", "13 years ago": chrono resolves them against the anchor.
function isRelative(text: string): boolean {
  return /\b(?:ago|yesterday|tomorrow|now)\b/i.test(text)
}

// "since Saturday" in a Saturday report: a week's start, not the report's own day.
const SINCE_JUST_BEFORE = /\bsince\s+(?:last\s+)?$/i
// "every Friday", "each Friday", "on Fridays".
const HABIT_BEFORE = /\b(?:every|each)\s+$/i

/** Whether the weekday at text[start, end) is a habit: "every Friday", or a plural "Fridays". */
function habitualWeekday(text: string, start: number, end: number): boolean {
  return HABIT_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || /^s\b/.test(text.slice(end, end + 2))
}

/** "on Friday" in a report dated Friday 6 Dec is 6 Dec; "on Thursday" is 5 Dec; "will … on Monday" is 9 Dec; "since Friday" is 29 Nov. */
function weekdayDate(weekday: number, anchor: string, future: boolean, since = false): Pick<DateFind, 'value' | 'valueEnd' | 'precision'> {
  const diff = (weekdayOf(anchor) - weekday + 7) % 7
  const value = future ? addDays(anchor, diff === 0 ? 0 : 7 - diff) : addDays(anchor, since && diff === 0 ? -7 : -diff)
  return { value, valueEnd: null, precision: 'day' }
}
