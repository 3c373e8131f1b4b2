// Test helper: runs the stages before extract-events on invented text and adds place annotations by name,
// so event rules can be tested without a gazetteer. Used by tests only.
import type { NewAnnotation } from '../../../core/doc.ts'
import { addAnnotations, annotationsOf } from '../../../core/doc.ts'
import type { Doc, EventAnnotation, PlacePrecision } from '../../../core/types.ts'
import { defaultContext } from '../../context.ts'
import { createDoc } from '../../create-doc.ts'
import { clean } from '../clean.ts'
import { detectLanguage } from '../detect-language.ts'
import { extractEvents } from '../extract-events.ts'
import { findActors } from '../find-actors.ts'
import { findDates } from '../find-dates.ts'
import { splitSentences } from '../split-sentences.ts'

export interface TestPlace {
  readonly name: string; readonly precision?: PlacePrecision; readonly role?: 'event' | 'mention'; readonly featureCode?: string; readonly admin1?: string
  /** The place stage's rules, as find-places writes them ("find-places:dateline/population"). */
  readonly by?: string
  /** ISO country code; Syria unless given. */
  readonly country?: string
}

/** The document after extract-events; every occurrence of each named place is annotated. */
export function extract(text: string, places: readonly (string | TestPlace)[] = [], publishedAt = '2024-12-06'): Doc {
  const ctx = defaultContext({ theater: 'syria' })
  let doc = createDoc({ source: 'test', raw: text, format: 'text', hints: { publishedAt } })
  for (const stage of [clean, detectLanguage, splitSentences, findDates]) doc = stage(doc, ctx)
  const added: NewAnnotation[] = []
  places.forEach((p, i) => {
    const { name, precision = 'exact', role = 'event', featureCode = undefined, admin1 = null, by = 'test:place', country = 'SY' } = typeof p === 'string' ? { name: p } : p
    // An Arabic name may carry a joined proclitic ("وبلميرا", and Belmira): the place is the name after it.
    for (const m of doc.text.matchAll(new RegExp(`(?<=(?:^|[^\\p{L}\\p{N}])[وفبل]?)${name}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = m.index ?? 0
      added.push({
        kind: 'place', span: { start, end: start + name.length }, by,
        placeId: `theater:${name.toLowerCase().replace(/\s+/g, '-')}` as never, geonameId: null, name, country, admin1,
        lat: 34 + i / 10, lon: 36 + i / 10, placeKind: precision === 'country' ? 'country' : 'city', precision, role, ...(featureCode ? { featureCode } : {}),
      })
    }
  })
  doc = addAnnotations(doc, added)
  for (const stage of [findActors, extractEvents]) doc = stage(doc, ctx)
  return doc
}

/** The events of a document. */
export const eventsOf = (doc: Doc): EventAnnotation[] => annotationsOf(doc, 'event')
