// /api/documents: list and one document with its annotations; POST ingests, only when the server allows it.
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import { AppError } from '../../core/errors.ts'
import type { InputRecord } from '../../ingest/input-record.ts'
import { presentDocumentSummary } from '../presenters.ts'
import { isoDate } from '../query.ts'
import type { ReadModel } from '../read-model.ts'

/** Hands records to the pipeline and store; answers with the ids of the documents stored. */
export type Ingest = (records: InputRecord[]) => Promise<{ ids: string[] }>

export interface IngestOptions {
  token: string
  ingest: Ingest
}

// The JSONL input record of DESIGN.md, one per array item.
const inputRecord = z.object({
  url: z.string().max(2000).optional(),
  title: z.string().max(1000).optional(),
  outlet: z.string().max(200).optional(),
  publishedAt: isoDate.optional(),
  text: z.string().max(2_000_000).optional(),
  html: z.string().max(5_000_000).optional(),
}).refine((r) => r.text !== undefined || r.html !== undefined, 'each record needs text or html')

export const ingestBody = z.object({ records: z.array(inputRecord).min(1).max(500) })

function toInputRecord(r: z.output<typeof inputRecord>, i: number): InputRecord {
  const hints = { url: r.url, title: r.title, outlet: r.outlet, publishedAt: r.publishedAt }
  return r.html !== undefined
    ? { source: r.url ?? `api:${i}`, raw: r.html, format: 'html', hints }
    : { source: r.url ?? `api:${i}`, raw: r.text ?? '', format: 'text', hints }
}

/** Compares without leaking the token's length or prefix through timing. */
function sameToken(a: string, b: string): boolean {
  let diff = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0)
  return diff === 0
}

export function documentsRoutes(model: ReadModel, ingest: IngestOptions | null): Hono {
  return new Hono()
    .get('/', async (c) => c.json({ documents: (await model.documents()).map(presentDocumentSummary) }))
    .get('/:id', async (c) => {
      const id = c.req.param('id')
      const doc = await model.document(id)
      if (!doc) throw new AppError('not_found', `no document ${id}`)
      return c.json(doc)
    })
    .post('/', bodyLimit({ maxSize: 20 * 1024 * 1024, onError: () => { throw new AppError('input_malformed', 'body larger than 20 MiB') } }), async (c) => {
      if (!ingest) throw new AppError('read_only', 'this server is read-only; start it with --allow-ingest and a token to accept documents')
      const auth = c.req.header('authorization') ?? ''
      const given = auth.startsWith('Bearer ') ? auth.slice(7) : ''
      if (!given || !sameToken(given, ingest.token)) throw new AppError('unauthorized', 'missing or wrong bearer token')
      let body: unknown
      try { body = await c.req.json() } catch { throw new AppError('input_malformed', 'body is not JSON') }
      const r = ingestBody.safeParse(body)
      if (!r.success) {
        const issue = r.error.issues[0]
        throw new AppError('input_malformed', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid body'}`)
      }
      const result = await ingest.ingest(r.data.records.map(toInputRecord))
      return c.json(result, 201)
    })
}
