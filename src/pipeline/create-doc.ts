// Turns an input record into the empty document the stages start from.
import { digest } from '../core/ids.ts'
import type { Doc, DocId } from '../core/types.ts'
import type { InputRecord } from '../ingest/input-record.ts'

export function createDoc(record: InputRecord): Doc {
  const h = record.hints
  return {
    // Provisional until `clean` keys the document by its cleaned text.
    id: `doc:raw-${digest(record.raw)}` as DocId,
    meta: {
      source: record.source,
      url: h.url ?? null,
      title: h.title ?? null,
      outlet: h.outlet ?? null,
      publishedAt: h.publishedAt ?? null,
      publishedAtBasis: h.publishedAt ? 'metadata' : null,
      format: record.format,
    },
    raw: record.raw,
    text: '',
    toRaw: { pieces: [] },
    removed: [],
    language: 'und',
    annotations: [],
    messages: [],
  }
}
