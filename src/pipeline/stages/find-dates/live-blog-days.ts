// The day of a live blog's timestamped entry ("23:40 - …", "00:55 - …") when it is not the report's own: an entry past
// midnight, or under a dated heading ("Dec 6, 22:10 - …" then "01:15 - …"). Only the entries' clock times are read;
// words inside an entry are dated by the other rules. An entry on the report's own day gets no date of its own.
import { addDays, isOwnLine } from '../../../core/dates.ts'
import type { DateFind } from './mention.ts'

// A timestamp opening a line, with what may stand before it (a date chrono read) and the dash or colon after it:
// "09:15 - ", "Dec 7, 23:40 - ", "14.30 GMT: ".
const ENTRY = /^[ \t]*(?:[^\n]{0,24}?,?[ \t]+)?(\d{1,2})[:.](\d{2})(?:[ \t]*(?:GMT|UTC|local(?:\s+time)?))?[ \t]*[-–—:|][ \t]/gmu
// A timestamp that is a line of its own, the entry on the lines under it ("21:10" then the text; "Dec 8, 01:20 GMT"):
// the layout of most live blogs. Only a date may stand before it, so a short line of prose ending in a time is none.
const OWN_LINE = /^[ \t]*(?:[^\n]{0,24}?\d[^\n]{0,8}?,?[ \t]+)?(\d{1,2})[:.](\d{2})(?:[ \t]*(?:GMT|UTC|local(?:\s+time)?))?[ \t]*$/gmu

interface Entry {
  readonly start: number; readonly timeStart: number; readonly timeEnd: number; readonly minutes: number; readonly lineEnd: number
  /** The stamp is a line of its own, its entry under it. */
  readonly ownLine: boolean
}

function entriesOf(text: string): Entry[] {
  const out: Entry[] = []
  const tagged = (re: RegExp, ownLine: boolean) => [...text.matchAll(re)].map((m) => ({ m, ownLine }))
  const stamps = [...tagged(ENTRY, false), ...tagged(OWN_LINE, true)].sort((a, b) => (a.m.index ?? 0) - (b.m.index ?? 0))
  for (const { m, ownLine } of stamps) {
    const hours = Number(m[1])
    const mins = Number(m[2])
    if (hours > 23 || mins > 59) continue
    const start = m.index ?? 0
    const timeStart = start + m[0].search(/\d{1,2}[:.]\d{2}/)
    const timeEnd = timeStart + `${m[1]}:${m[2]}`.length
    const lineEnd = text.indexOf('\n', start)
    out.push({ start, timeStart, timeEnd, minutes: hours * 60 + mins, lineEnd: lineEnd < 0 ? text.length : lineEnd, ownLine })
  }
  return out
}

/**
 * `finds` with a day added on the clock time of each entry of a live blog whose day is not `anchor` (the report's
 * day): entries run forward or backward in time (whichever most steps do), and a step against that order crosses
 * midnight. A day-precise date opening an entry, or a line of its own, sets the day for the entries after it.
 */
export function withLiveBlogDays(text: string, finds: readonly DateFind[], anchor: string | null): DateFind[] {
  const entries = entriesOf(text)
  if (anchor === null || entries.length < 3) return [...finds]
  let forward = 0
  for (let i = 1; i < entries.length; i++) forward += Math.sign((entries[i] as Entry).minutes - (entries[i - 1] as Entry).minutes)
  const step = forward >= 0 ? 1 : -1
  const added: DateFind[] = []
  let day = anchor
  // The day the last own-line stamp filed its entries under: the events stage dates an entry's lines by it, so a
  // stamp back on the report's own day must say so too.
  let filed = anchor
  let previous: Entry | null = null
  for (const e of entries) {
    // "Dec 7, 23:40 - …" or a heading "6 December" on the line before: the writer names the day.
    const after = previous === null ? 0 : previous.lineEnd
    const named = finds.filter((f) => f.precision === 'day' && f.value !== null && f.start >= after && f.start <= e.timeEnd
      && (f.start >= e.start || isOwnLine(text, f))).at(-1)
    if (named?.value) day = named.value
    else if (previous && Math.sign(e.minutes - previous.minutes) === -step) day = addDays(day, step)
    const covered = finds.some((f) => f.start < e.timeEnd && e.timeStart < f.end)
    if (!named && !covered && (day !== anchor || (e.ownLine && day !== filed))) {
      added.push({ start: e.timeStart, end: e.timeEnd, value: day, valueEnd: null, precision: 'day', rule: 'live-blog-entry' })
    }
    if (e.ownLine) filed = day
    previous = e
  }
  return [...finds, ...added].sort((a, b) => a.start - b.start)
}
