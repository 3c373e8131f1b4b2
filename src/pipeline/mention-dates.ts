// The day a mention in a document is made for, shared by the stages that resolve names whose owner changed during the
// period (find-actors: dated aliases; extract-events: "the ministry" of the state that governed on that day).
import { annotationsOf } from '../core/doc.ts'
import type { Doc } from '../core/types.ts'

/**
 * The day an actor named at an offset is named for: the date its sentence gives, the one nearest the name ("The Syrian
 * government bombed Idlib on November 30", in a report of 10 December, is Assad's government, not the caretaker one
 * that took over on 8 December), else the publication date. Dated aliases ("the general command", "the government")
 * changed owner in the middle of the period, and reports look back at the days before.
 */
export function mentionDates(doc: Doc): (at: number) => string | null {
  const published = doc.meta.publishedAt
  const dates = annotationsOf(doc, 'date').filter((d) => d.value !== null)
  if (dates.length === 0) return () => published
  const sentences = annotationsOf(doc, 'sentence')
  return (at) => {
    const s = sentences.find((x) => x.span.start <= at && at < x.span.end)
    if (!s) return published
    let best: string | null = null
    let distance = Infinity
    for (const d of dates) {
      if (d.span.start < s.span.start || d.span.end > s.span.end) continue
      const away = d.span.start >= at ? d.span.start - at : at - d.span.end
      if (away < distance) { distance = away; best = d.value }
    }
    return best ?? published
  }
}
