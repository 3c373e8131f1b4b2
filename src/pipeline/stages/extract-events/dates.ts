// When an event happened: the date expression nearest its trigger in the same clause, else one in the sentence
// close to the publication date, else the publication date itself (news reports the recent past).
import type { DatePrecision } from '../../../core/types.ts'
import type { DateRef, SentenceView } from './sentence.ts'

export interface EventDate {
  readonly date: string | null
  readonly dateEnd: string | null
  readonly datePrecision: DatePrecision | null
  readonly dateText: string | null
  /** True when the date came from the text rather than the publication date. */
  readonly stated: boolean
}

const daysBetween = (a: string, b: string) => Math.abs(Date.parse(b) - Date.parse(a)) / 864e5

const fromRef = (s: SentenceView, d: DateRef): EventDate => ({
  date: d.ann.value, dateEnd: d.ann.end, datePrecision: d.ann.precision, dateText: s.text.slice(d.start, d.end), stated: true,
})

/** "in 2016" with no date annotation: the year, as a range, so history still gets a date. */
function yearIn(text: string, published: string | null): EventDate | null {
  const m = text.match(/\b(?:in|since|of)\s+((?:19|20)\d\d)\b/) ?? text.match(/\b((?:19|20)\d\d)\b/)
  if (!m?.[1] || (published && m[1] >= published.slice(0, 4))) return null
  return { date: `${m[1]}-01-01`, dateEnd: `${m[1]}-12-31`, datePrecision: 'year', dateText: m[0], stated: true }
}

export function dateFor(s: SentenceView, triggerStart: number, clause: { start: number; end: number }, segmentText: string, published: string | null): EventDate {
  const resolved = s.dates.filter((d) => d.ann.value !== null)
  const byDistance = (a: DateRef, b: DateRef) => Math.abs(a.start - triggerStart) - Math.abs(b.start - triggerStart)
  const inClause = resolved.filter((d) => d.start >= clause.start && d.end <= clause.end).sort(byDistance)
  if (inClause[0]) return fromRef(s, inClause[0])
  const year = yearIn(segmentText, published)
  if (year) return year
  const recent = resolved.filter((d) => !published || daysBetween(d.ann.value as string, published) <= 45).sort(byDistance)
  if (recent[0]) return fromRef(s, recent[0])
  return { date: published, dateEnd: null, datePrecision: published ? 'day' : null, dateText: null, stated: false }
}
