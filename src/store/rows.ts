// Converts documents to table rows and rows back to documents. Rows read back are checked with zod:
// a database is a boundary, and a hand-edited or half-migrated file must fail loudly, not corrupt a run.
import { z } from 'zod'
import { AppError } from '../core/errors.ts'
import type { Annotation, Doc, DocId, DocMeta, EventAnnotation, Message, OffsetMap, Removal } from '../core/types.ts'
import { EVENT_TYPES, MODALITIES } from '../core/types.ts'
import type {
  ActorMentionsTable, DocumentsTable, EventActorsTable, EventsTable, PlaceMentionsTable,
} from './schema.ts'

/** Every row one document contributes, table by table. */
export interface DocRows {
  readonly document: DocumentsTable
  readonly events: EventsTable[]
  readonly eventActors: EventActorsTable[]
  readonly placeMentions: PlaceMentionsTable[]
  readonly actorMentions: ActorMentionsTable[]
}

/** Splits a document into its rows; `ingestedAt` is stamped once, when the document is first stored. */
export function docToRows(doc: Doc, ingestedAt: string): DocRows {
  const events: EventsTable[] = []
  const eventActors: EventActorsTable[] = []
  const placeMentions: PlaceMentionsTable[] = []
  const actorMentions: ActorMentionsTable[] = []
  for (const a of doc.annotations) {
    if (a.kind === 'event') {
      events.push({
        doc_id: doc.id, ann_id: a.id, type: a.type, date: a.date, date_end: a.dateEnd,
        date_key: a.date ?? '', date_last: a.dateEnd ?? a.date ?? '', date_precision: a.datePrecision,
        modality: a.modality, lat: a.place?.lat ?? null, lon: a.place?.lon ?? null,
        place_id: a.place?.placeId ?? null, place_name: a.place?.name ?? null, attribution: a.attribution,
        span_start: a.span.start, span_end: a.span.end, json: JSON.stringify(a),
      })
      // One row per (actor, role): an actor may be initiator and beneficiary of the same event.
      const seen = new Set<string>()
      for (const x of a.actors) {
        const k = `${x.actorId}\u0000${x.role}`
        if (seen.has(k)) continue
        seen.add(k)
        eventActors.push({ doc_id: doc.id, ann_id: a.id, actor_id: x.actorId, role: x.role })
      }
    } else if (a.kind === 'place') {
      placeMentions.push({
        doc_id: doc.id, ann_id: a.id, place_id: a.placeId, name: a.name, lat: a.lat, lon: a.lon,
        place_kind: a.placeKind, role: a.role, span_start: a.span.start, span_end: a.span.end,
      })
    } else if (a.kind === 'actor') {
      actorMentions.push({
        doc_id: doc.id, ann_id: a.id, actor_id: a.actorId, name: a.name, actor_kind: a.actorKind,
        span_start: a.span.start, span_end: a.span.end,
      })
    }
  }
  const m = doc.meta
  return {
    document: {
      id: doc.id, source: m.source, url: m.url, title: m.title, outlet: m.outlet, published_at: m.publishedAt,
      published_key: m.publishedAt ?? '', language: doc.language, raw: doc.raw, text: doc.text,
      meta: JSON.stringify(m), to_raw: JSON.stringify(doc.toRaw), removed: JSON.stringify(doc.removed),
      annotations: JSON.stringify(doc.annotations), messages: JSON.stringify(doc.messages), ingested_at: ingestedAt,
    },
    events, eventActors, placeMentions, actorMentions,
  }
}

const span = z.object({ start: z.number().int(), end: z.number().int() })
const metaSchema = z.looseObject({
  source: z.string(), url: z.string().nullable(), title: z.string().nullable(), outlet: z.string().nullable(),
  publishedAt: z.string().nullable(), publishedAtBasis: z.enum(['metadata', 'option', 'inferred']).nullable(),
  format: z.enum(['text', 'html']),
})
const offsetMapSchema = z.object({
  pieces: z.array(z.object({ textStart: z.number(), rawStart: z.number(), length: z.number() })),
})
const removalSchema = z.looseObject({ text: z.string(), reason: z.string(), rawStart: z.number(), rawEnd: z.number() })
// Annotations are checked for their common shape only: their kinds grow as stages are added.
const annotationSchema = z.looseObject({
  id: z.string(), kind: z.enum(['sentence', 'date', 'place', 'actor', 'event']), span, by: z.string(),
})
const messageSchema = z.looseObject({
  stage: z.string(), rule: z.string(), severity: z.enum(['info', 'warning', 'error']), message: z.string(),
})
const eventSchema = z.looseObject({
  id: z.string(), kind: z.literal('event'), span, by: z.string(), type: z.enum(EVENT_TYPES),
  sentence: z.string(), actors: z.array(z.object({ actorId: z.string(), role: z.string() })),
  date: z.string().nullable(), dateEnd: z.string().nullable(), modality: z.enum(MODALITIES),
})

function parseJson<T>(schema: z.ZodType<T>, text: string, what: string): T {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new AppError('store_failed', `stored ${what} is not JSON`)
  }
  const r = schema.safeParse(value)
  if (!r.success) throw new AppError('store_failed', `stored ${what} has an unexpected shape: ${r.error.issues[0]?.message ?? ''}`)
  return r.data
}

/** Rebuilds the document exactly as it was saved. */
export function rowToDoc(row: Pick<DocumentsTable, 'id' | 'raw' | 'text' | 'language' | 'meta' | 'to_raw' | 'removed' | 'annotations' | 'messages'>): Doc {
  const where = `document ${row.id}`
  return {
    id: row.id as DocId,
    meta: parseJson(metaSchema, row.meta, `${where} meta`) as DocMeta,
    raw: row.raw,
    text: row.text,
    toRaw: parseJson(offsetMapSchema, row.to_raw, `${where} offset map`) as OffsetMap,
    removed: parseJson(z.array(removalSchema), row.removed, `${where} removals`) as Removal[],
    language: row.language,
    annotations: parseJson(z.array(annotationSchema), row.annotations, `${where} annotations`) as unknown as Annotation[],
    messages: parseJson(z.array(messageSchema), row.messages, `${where} messages`) as Message[],
  }
}

/** The event annotation stored in an events row. */
export function rowToEvent(row: Pick<EventsTable, 'doc_id' | 'ann_id' | 'json'>): EventAnnotation {
  return parseJson(eventSchema, row.json, `event ${row.doc_id}/${row.ann_id}`) as unknown as EventAnnotation
}
