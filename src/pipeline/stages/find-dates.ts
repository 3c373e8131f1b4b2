// Temporal expressions, resolved against the publication date (metadata, else --published, else inferred).
// Writes date annotations and the document's publishedAt/basis; leaves relative dates unresolved without an anchor.
import { addAnnotations, addMessages, overlaps } from '../../core/doc.ts'
import { normalizeIsoDate } from '../../core/dates.ts'
import { loadActorLexicon } from '../../theaters/load.ts'
import type { Doc, Message } from '../../core/types.ts'
import type { StageContext } from '../context.ts'
import type { Stage } from '../stage.ts'
import { findArabicDates } from './find-dates/arabic.ts'
import { findChronoDates } from './find-dates/chrono.ts'
import { inferPublished } from './find-dates/infer-published.ts'
import { datelineDay } from './find-dates/dateline.ts'
import type { DateFind } from './find-dates/mention.ts'
import { findVagueDates } from './find-dates/vague.ts'
import { withLiveBlogDays } from './find-dates/live-blog-days.ts'
import { withChronicleWeeks } from './find-dates/weekday-chronicle.ts'

// "since it began in late November" (or "منذ 27 تشرين الثاني") reaches from that date up to the report.
// ("…killed since mid-month, a monitor said on Sunday": a comma ends the reach; the speech's day is no start.)
const SINCE_BEFORE = /(?:\bsince\b|(?<![\p{L}])منذ)[^.;:!?,،؛]{0,30}$/iu
// The word SINCE_BEFORE needs, searched for first: few dates have it before them, and the search is far cheaper.
const SINCE_WORD = /since|منذ/iu

function sinceBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start)
  return SINCE_WORD.test(before) && SINCE_BEFORE.test(before)
}

export const findDates: Stage = (doc, ctx) => {
  const { anchor, basis, messages } = chooseAnchor(doc, ctx)
  const finds = withChronicleWeeks(doc.text, withLiveBlogDays(doc.text, mergeFinds([...findArabicDates(doc.text, anchor), ...findVagueDates(doc.text, anchor)], findChronoDates(doc.text, anchor)), anchor))
  const annotated = addAnnotations(
    { ...doc, meta: { ...doc.meta, publishedAt: anchor, publishedAtBasis: anchor ? basis : null } },
    finds.map((f) => {
      // "since the war erupted 13 years ago" dates the eruption; only a date, not an "ago", opens a range
      const since = anchor && f.value && f.value < anchor && !/\bago$/i.test(doc.text.slice(f.start, f.end)) && sinceBefore(doc.text, f.start)
      return {
        kind: 'date' as const,
        span: { start: f.start, end: f.end },
        by: `find-dates:${f.rule}${since ? '+since' : ''}`,
        value: f.value,
        end: since ? anchor : f.valueEnd,
        precision: since ? 'range' as const : f.precision,
        ...(since ? { named: { end: f.valueEnd, precision: f.precision } } : {}),
      }
    }),
  )
  return addMessages(annotated, messages)
}

function chooseAnchor(doc: Doc, ctx: StageContext): { anchor: string | null; basis: 'metadata' | 'option' | 'inferred'; messages: Message[] } {
  const messages: Message[] = []
  const fromMeta = doc.meta.publishedAt ? normalizeIsoDate(doc.meta.publishedAt) : null
  if (doc.meta.publishedAt && !fromMeta) {
    messages.push({ stage: 'find-dates', rule: 'bad-published', severity: 'warning', message: `publication date "${doc.meta.publishedAt}" is not an ISO date; ignored` })
  }
  if (fromMeta && fromMeta <= ctx.today && fromMeta >= '1990-01-01') return { anchor: fromMeta, basis: 'metadata', messages }
  if (fromMeta) messages.push({ stage: 'find-dates', rule: 'implausible-published', severity: 'warning', message: `publication date ${fromMeta} is in the future or before 1990; ignored` })
  if (ctx.publishedOverride) return { anchor: ctx.publishedOverride, basis: 'option', messages }
  // Only expressions that write their year out count: "30 November 2024", not "November 30" or "a day after".
  const selfContained = [
    ...findChronoDates(doc.text, null).filter((f) => /\b(?:19|20)\d{2}\b/.test(doc.text.slice(f.start, f.end))),
    ...findArabicDates(doc.text, null).filter((f) => f.value !== null),
  ]
  // "DAMASCUS, Dec 8 (Reuters) -": a wire's dateline is the day it filed, once the text or the theater tells its year.
  const fullDays = selfContained.filter((f) => f.precision === 'day' && f.value !== null).map((f) => f.value as string)
  const dateline = datelineDay(doc.text, fullDays, theaterPeriod(ctx.theater))
  if (dateline && dateline.date <= ctx.today) {
    messages.push({ stage: 'find-dates', rule: 'dateline-published', severity: 'info', message: `publication date inferred as ${dateline.date}: ${dateline.reason}` })
    return { anchor: dateline.date, basis: 'inferred', messages }
  }
  const inferred = inferPublished(selfContained, doc.text, ctx.today)
  if (inferred) {
    messages.push({ stage: 'find-dates', rule: 'inferred-published', severity: 'info', message: `publication date inferred as ${inferred.date}: ${inferred.reason}` })
    return { anchor: inferred.date, basis: 'inferred', messages }
  }
  messages.push({ stage: 'find-dates', rule: 'no-published', severity: 'info', message: 'no publication date in metadata, options or text; relative dates left unresolved' })
  return { anchor: null, basis: 'inferred', messages }
}

/** The stretch of time the theater pack covers, or null when it has none to read. */
function theaterPeriod(theater: string): { readonly from: string; readonly to: string } | null {
  try {
    return loadActorLexicon(theater).period
  } catch {
    return null
  }
}

/** Vague-rule finds win over chrono finds they overlap ("since late November" over chrono's "November"). */
function mergeFinds(vague: DateFind[], chrono: DateFind[]): DateFind[] {
  const kept = vague.filter((v, i) => !vague.some((w, j) => j !== i && overlaps(v, w) && w.end - w.start > v.end - v.start))
  const rest = chrono.filter((c) => !kept.some((v) => overlaps(v, c)))
  return [...kept, ...rest].sort((a, b) => a.start - b.start)
}
