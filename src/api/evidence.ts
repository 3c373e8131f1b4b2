// Finds where one document states a fused event: the span the card highlights and the story view marks.
// The fused event carries one evidence span (its first document's); other documents are matched by their own events.
import type { ContractEvent, ExtractedDocument, FusedEvent } from '../core/contract.ts'
import type { TextSpan } from '../core/types.ts'

function samePlace(a: ContractEvent, b: ContractEvent): boolean {
  return (a.place?.placeId ?? null) === (b.place?.placeId ?? null)
}

function spanHolds(doc: ExtractedDocument, span: TextSpan): boolean {
  return span.start >= 0 && span.end <= doc.text.length && doc.text.slice(span.start, span.end) === span.text
}

/** The sentence in `doc` that states `event`, or null when the document has no matching event. */
export function evidenceIn(doc: ExtractedDocument, event: FusedEvent): TextSpan | null {
  if (doc.id === event.documents[0] && spanHolds(doc, event.evidence)) return event.evidence
  // Same type at the same place; nearest date breaks ties, as rewrites move "on Saturday" by a day.
  const candidates = doc.events.filter((e) => e.type === event.type && samePlace(e, event))
  const distance = (e: ContractEvent) => (e.date && event.date ? Math.abs(Date.parse(e.date) - Date.parse(event.date)) : 0)
  const best = candidates.sort((a, b) => distance(a) - distance(b))[0]
  return best && spanHolds(doc, best.evidence) ? best.evidence : null
}
