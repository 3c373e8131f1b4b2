// Reads `sitrep.document/1` JSONL (what `sitrep extract` prints) back into ExtractedDocuments, validated with
// zod at this boundary, so stories can be built from saved extractions or from another extractor's output.
import { z } from 'zod'
import type { ExtractedDocument } from '../../../core/contract.ts'
import { AppError } from '../../../core/errors.ts'
import { EVENT_TYPES, MODALITIES } from '../../../core/types.ts'

const Span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() })
const Precision = z.enum(['day', 'range', 'month', 'year']).nullable()
const Event = z.object({
  id: z.string(), type: z.enum(EVENT_TYPES),
  actors: z.array(z.object({ actorId: z.string(), role: z.enum(['initiator', 'target', 'beneficiary']) })),
  place: z.object({
    placeId: z.string(), name: z.string(), lat: z.number(), lon: z.number(),
    precision: z.enum(['exact', 'near', 'region', 'country']),
  }).nullable(),
  date: z.string().nullable(), dateEnd: z.string().nullable(), datePrecision: Precision, dateText: z.string().nullable(),
  modality: z.enum(MODALITIES), attribution: z.string().nullable(), quantities: z.record(z.string(), z.number()),
  evidence: Span,
})
const Document = z.object({
  schema: z.literal('sitrep.document/1'), id: z.string(), source: z.string(), title: z.string().nullable(),
  outlet: z.string().nullable(), publishedAt: z.string().nullable(),
  publishedAtBasis: z.enum(['metadata', 'option', 'inferred']).nullable(), language: z.string(), text: z.string(),
  removed: z.array(z.object({ text: z.string(), reason: z.string() })),
  dates: z.array(Span.extend({ value: z.string().nullable(), valueEnd: z.string().nullable(), precision: Precision })),
  places: z.array(Span.extend({
    geonameId: z.number().nullable(), placeId: z.string(), name: z.string(), country: z.string().nullable(),
    admin1: z.string().nullable(), lat: z.number(), lon: z.number(),
    kind: z.enum(['city', 'admin', 'country', 'region', 'feature']),
    // Added to the contract by the places stage; extractions without places have no mentions to check.
    precision: z.enum(['exact', 'near', 'region', 'country']), role: z.enum(['event', 'mention']),
  })),
  actors: z.array(Span.extend({
    actorId: z.string(), name: z.string(),
    kind: z.enum(['state', 'state_force', 'armed_group', 'organization', 'person', 'civilians']),
  })),
  events: z.array(Event),
})

/** Parses JSONL text of extracted documents; a bad line is an `input_malformed` error naming the line. */
export function parseDocumentsJsonl(text: string, source: string): ExtractedDocument[] {
  const out: ExtractedDocument[] = []
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return
    let json: unknown
    try {
      json = JSON.parse(line)
    } catch {
      throw new AppError('input_malformed', `line ${i + 1}: not JSON`, source)
    }
    const r = Document.safeParse(json)
    if (!r.success) {
      const issue = r.error.issues[0]
      throw new AppError('input_malformed', `line ${i + 1}: not a sitrep.document/1 (${issue?.path.join('.') || 'document'}: ${issue?.message ?? 'invalid'})`, source)
    }
    out.push(r.data)
  })
  return out
}
