// The Store over any kysely dialect: all SQL lives here as kysely queries, so SQLite and PostgreSQL share it.
// It must not know which database it talks to; opening a connection and migrating is the dialect file's job.
import type { Kysely, Selectable, SelectQueryBuilder } from 'kysely'
import type { ContractEvent, FusedEvent } from '../core/contract.ts'
import { z } from 'zod'
import { AppError } from '../core/errors.ts'
import { annIndex } from '../core/ids.ts'
import type { ActorId, ActorKind, AnnId, Doc, DocId } from '../core/types.ts'
import { docToRows, rowToDoc, rowToEvent } from './rows.ts'
import type { Database, DocumentSourcesTable, FusedEventsTable, FusionMembersTable } from './schema.ts'
import type { Membership } from '../pipeline/corpus/stories/story-index.ts'
import type { ActorMention, DocSummary, DocumentSource, EventKey, EventPage, FusionMemberRecord, IncidentRecord, NearProbe, PlaceMention, ReferenceEvent, RowCounts, SaveResult, Store } from './store.ts'
import type { StoryState } from '../pipeline/corpus/stories/store-stories.ts'
import { ACLED_COLUMNS, type AcledColumn } from '../ontology/acled-columns.ts'
import { EVENT_TYPES } from '../core/types.ts'
import { TABLES } from './store.ts'

/** Ids per bulk document read: far below SQLite's bound-parameter cap, few enough round trips for 100k documents. */
const DOCUMENT_CHUNK = 500

// Rows per INSERT: well under SQLite's 32766 and PostgreSQL's 65535 bound parameters for the widest table.
const CHUNK = 100
const DEFAULT_LIMIT = 100
const MAX_LIMIT = 1000
const RELATION = z.enum(['reprint', 'rewrite', 'related', 'none'])
const JOINS = z.array(z.number().int().nonnegative())
const EVENT_TYPE = z.enum(EVENT_TYPES)
const EXTRA = z.record(z.string(), z.string())
// Fused events are one JSON column each: big rows, so fewer per statement.
const FUSED_CHUNK = 200
// Fused events read per query at load: a few MB of JSON text at a time.
const FUSED_READ = 5000
// 36 columns a row: 25 rows stay under SQLite's old 999 bound parameters.
const REFERENCE_CHUNK = 25
// Three columns a row.
const KEY_CHUNK = 500

/** Runs `work` in a transaction of its own, or inside the one `db` already is (kysely does not nest them). */
function atomically<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work)
}

/** A Store backed by `db` (a connection, or a transaction: see `transaction`); `close` destroys a connection. */
export function kyselyStore(db: Kysely<Database>): Store {
  const store: Store = {
    async saveDocuments(docs) {
      // The same text twice in one batch is one document: the first copy wins, as it would across batches; every
      // copy is still recorded as a source.
      const unique = new Map<DocId, Doc>()
      for (const d of docs) if (!unique.has(d.id)) unique.set(d.id, d)
      if (unique.size === 0) return { inserted: [], existing: [], sourcesAdded: 0 }
      try {
        return await atomically(db, async (trx) => {
          const saved = await insertNew(trx, [...unique.values()])
          return { ...saved, sourcesAdded: await insertSources(trx, docs) }
        })
      } catch (e) {
        if (e instanceof AppError) throw e
        throw new AppError('store_failed', `saving ${unique.size} documents failed, nothing was written: ${e instanceof Error ? e.message : String(e)}`)
      }
    },

    async getDocumentSources(filter = {}) {
      const ids = filter.docIds ?? (filter.docId !== undefined ? [filter.docId] : null)
      const read = (part: readonly DocId[] | null) => {
        let q = db.selectFrom('document_sources').select(['seq', 'doc_id', 'source', 'url', 'outlet', 'published_at'])
        if (part) q = q.where('doc_id', 'in', part)
        return q.orderBy('seq').execute()
      }
      const rows = ids === null ? await read(null) : (await Promise.all(chunks(ids, DOCUMENT_CHUNK).map(read))).flat().sort((a, b) => Number(a.seq) - Number(b.seq))
      return rows.map((r): DocumentSource => ({ docId: r.doc_id as DocId, source: r.source, url: r.url, outlet: r.outlet, publishedAt: r.published_at }))
    },

    async getDocument(id) {
      const row = await db.selectFrom('documents')
        .select(['id', 'raw', 'text', 'language', 'meta', 'to_raw', 'removed', 'annotations', 'messages'])
        .where('id', '=', id).executeTakeFirst()
      return row ? rowToDoc(row) : null
    },

    async getDocuments(ids) {
      // SQLite caps bound parameters per statement (32,766 by default); chunks keep each IN list well below it.
      const byId = new Map<string, Doc>()
      for (let i = 0; i < ids.length; i += DOCUMENT_CHUNK) {
        const rows = await db.selectFrom('documents')
          .select(['id', 'raw', 'text', 'language', 'meta', 'to_raw', 'removed', 'annotations', 'messages'])
          .where('id', 'in', ids.slice(i, i + DOCUMENT_CHUNK)).execute()
        for (const row of rows) byId.set(row.id, rowToDoc(row))
      }
      return ids.flatMap((id) => byId.get(id) ?? [])
    },

    async listDocuments(filter = {}) {
      const read = (part: readonly DocId[] | null) => {
        let q = db.selectFrom('documents').select(['id', 'source', 'title', 'outlet', 'published_at', 'published_key', 'language'])
        if (part) q = q.where('id', 'in', part)
        return q.orderBy('published_key').orderBy('id').execute()
      }
      const rows = filter.ids === undefined ? await read(null)
        : (await Promise.all(chunks(filter.ids, DOCUMENT_CHUNK).map(read))).flat().sort((a, b) => compareText(a.published_key, b.published_key) || compareText(a.id, b.id))
      return rows.map((r): DocSummary => ({
        id: r.id as DocId, source: r.source, title: r.title, outlet: r.outlet, publishedAt: r.published_at, language: r.language,
      }))
    },

    async countRows() {
      const counts = {} as RowCounts
      for (const t of TABLES) {
        const r = await db.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()
        counts[t] = Number(r.n)
      }
      return counts
    },

    async getEvent(docId, annId) {
      const row = await db.selectFrom('events').select(['doc_id', 'ann_id', 'json'])
        .where('doc_id', '=', docId).where('ann_id', '=', annId).executeTakeFirst()
      return row ? { docId: row.doc_id as DocId, event: rowToEvent(row) } : null
    },

    async getEvents(filter = {}) {
      const limit = pageSize(filter.limit)
      let q = db.selectFrom('events').select(['doc_id', 'ann_id', 'date_key', 'json'])
      // "since late November" reaches into a window that starts after its first day: compare its last day.
      if (filter.from !== undefined) q = q.where('date_key', '<>', '').where('date_last', '>=', filter.from)
      if (filter.to !== undefined) q = q.where('date_key', '<>', '').where('date_key', '<=', filter.to)
      if (filter.bbox) {
        const b = filter.bbox
        if (b.west > b.east || b.south > b.north) throw new AppError('bad_option', `bbox ${b.west},${b.south},${b.east},${b.north}: west must not exceed east, nor south north`)
        q = q.where('lat', '>=', b.south).where('lat', '<=', b.north).where('lon', '>=', b.west).where('lon', '<=', b.east)
      }
      if (filter.types?.length) q = q.where('type', 'in', [...filter.types])
      if (filter.modalities?.length) q = q.where('modality', 'in', [...filter.modalities])
      if (filter.actor !== undefined) {
        const actor = filter.actor
        q = q.where(({ exists, selectFrom }) => exists(
          selectFrom('event_actors').select('event_actors.actor_id')
            .whereRef('event_actors.doc_id', '=', 'events.doc_id')
            .whereRef('event_actors.ann_id', '=', 'events.ann_id')
            .where('event_actors.actor_id', '=', actor),
        ))
      }
      if (filter.cursor !== undefined) {
        const k = decodeCursor(filter.cursor)
        q = q.where(({ eb, refTuple, tuple }) => eb(refTuple('date_key', 'doc_id', 'ann_id'), '>', tuple(k.dateKey, k.docId, k.annId)))
      }
      const rows = await q.orderBy('date_key').orderBy('doc_id').orderBy('ann_id').limit(limit + 1).execute()
      const page = rows.slice(0, limit)
      const last = page[page.length - 1]
      return {
        events: page.map((r) => ({ docId: r.doc_id as DocId, event: rowToEvent(r) })),
        next: rows.length > limit && last ? encodeCursor({ dateKey: last.date_key, docId: last.doc_id as DocId, annId: last.ann_id as AnnId }) : null,
      } satisfies EventPage
    },

    async listEvents(filter = {}) {
      const read = (part: readonly DocId[] | null) => {
        let q = db.selectFrom('events').select(['doc_id', 'ann_id', 'date_key', 'json'])
        if (filter.types?.length) q = q.where('type', 'in', [...filter.types])
        if (part) q = q.where('doc_id', 'in', part)
        return q.orderBy('date_key').orderBy('doc_id').orderBy('ann_id').execute()
      }
      const rows = filter.docIds === undefined ? await read(null)
        : (await Promise.all(chunks(filter.docIds, DOCUMENT_CHUNK).map(read))).flat()
          .sort((a, b) => compareText(a.date_key, b.date_key) || compareText(a.doc_id, b.doc_id) || compareText(a.ann_id, b.ann_id))
      return rows.map((r) => ({ docId: r.doc_id as DocId, event: rowToEvent(r) }))
    },

    async saveStoryMemberships(all) {
      // A document is stored once by id; a second source of the same text has no row of its own.
      const seen = new Set<string>()
      const memberships = all.filter((m) => !seen.has(m.id) && seen.add(m.id))
      try {
        await atomically(db, async (trx) => {
          await trx.deleteFrom('story_documents').execute()
          await insertMemberships(trx, memberships, 0)
        })
      } catch (e) {
        throw new AppError('store_failed', `saving story memberships failed, nothing was written: ${e instanceof Error ? e.message : String(e)}`)
      }
    },

    async getStoryMemberships() {
      const rows = await db.selectFrom('story_documents').innerJoin('documents', 'documents.id', 'story_documents.doc_id')
        .select(['story_documents.doc_id', 'documents.source', 'documents.outlet', 'documents.published_at', 'story', 'family',
          'relation', 'near_duplicate_of', 'wire', 'outlet_is_wire', 'dateline', 'credits', 'joins'])
        .orderBy('seq').execute()
      return rows.map(rowToMembership)
    },

    async storyCoverage() {
      const count = async (t: 'documents' | 'document_sources' | 'story_documents') =>
        Number((await db.selectFrom(t).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
      return { documents: await count('documents'), sources: await count('document_sources'), placed: await count('story_documents') }
    },

    async unplacedDocuments() {
      const rows = await db.selectFrom('documents').leftJoin('story_documents', 'story_documents.doc_id', 'documents.id')
        .innerJoin('document_sources', 'document_sources.doc_id', 'documents.id')
        .where('story_documents.doc_id', 'is', null)
        .select(['documents.id', 'documents.published_at', (eb) => eb.fn.min('document_sources.seq').as('arrival')])
        .groupBy(['documents.id', 'documents.published_at']).execute()
      return rows.map((r) => ({ id: r.id as DocId, publishedAt: r.published_at, arrival: Number(r.arrival) }))
    },

    async storyIndexSize() {
      const r = await db.selectFrom('story_documents')
        .select((eb) => [eb.fn.max('seq').as('seq'), eb.fn.max('story').as('story'), eb.fn.max('family').as('family')]).executeTakeFirst()
      const f = await db.selectFrom('story_features').select((eb) => eb.fn.max('day').as('day')).executeTakeFirst()
      const next = (x: unknown) => (x === null || x === undefined ? 0 : Number(x) + 1)
      return { size: next(r?.seq), stories: next(r?.story), families: next(r?.family), newestDay: f?.day === null || f?.day === undefined ? null : Number(f.day) }
    },

    async storyKeyHits(keys, fromDay, cap) {
      const out: { key: number; seq: number }[] = []
      // The newest `cap` rows of each key, numbered per key in one query per chunk of keys.
      for (const part of chunks([...new Set(keys)], DOCUMENT_CHUNK)) {
        const rows = await db.selectFrom((eb) => eb.selectFrom('story_keys')
          .select(['key', 'seq', (x) => x.fn.agg<number>('row_number').over((o) => o.partitionBy('key').orderBy('seq', 'desc')).as('rank')])
          .where('key', 'in', part).where('day', '>=', fromDay).as('k'))
          .select(['key', 'seq']).where('rank', '<=', cap).execute()
        for (const r of rows) out.push({ key: Number(r.key), seq: Number(r.seq) })
      }
      return out
    },

    async filedDocuments(seqs) {
      const out: { seq: number; day: number; features: string; membership: Membership }[] = []
      for (const part of chunks([...new Set(seqs)], DOCUMENT_CHUNK)) {
        const rows = await db.selectFrom('story_features')
          .innerJoin('story_documents', 'story_documents.seq', 'story_features.seq')
          .innerJoin('documents', 'documents.id', 'story_documents.doc_id')
          .select(['story_features.seq', 'story_features.day', 'story_features.features', 'story_documents.doc_id', 'documents.source',
            'documents.outlet', 'documents.published_at', 'story', 'family', 'relation', 'near_duplicate_of', 'wire', 'outlet_is_wire', 'dateline', 'credits', 'joins'])
          .where('story_features.seq', 'in', part).execute()
        for (const r of rows) out.push({ seq: Number(r.seq), day: Number(r.day), features: r.features, membership: rowToMembership(r) })
      }
      return out
    },

    async storyMembers(stories) {
      const out: { id: string; seq: number; story: number; family: number; wire: string | null; joins: readonly number[] }[] = []
      for (const part of chunks([...new Set(stories)], DOCUMENT_CHUNK)) {
        const rows = await db.selectFrom('story_documents').select(['doc_id', 'seq', 'story', 'family', 'wire', 'joins']).where('story', 'in', part).execute()
        for (const r of rows) out.push({ id: r.doc_id, seq: Number(r.seq), story: Number(r.story), family: Number(r.family), wire: r.wire, joins: joinsOf(r.joins) })
      }
      return out.sort((a, b) => a.seq - b.seq)
    },

    async fileStoryDocuments(docs, pruneBefore, replace) {
      try {
        await atomically(db, async (trx) => {
          if (replace) {
            await trx.deleteFrom('story_keys').execute()
            await trx.deleteFrom('story_features').execute()
          }
          for (const part of chunks(docs, CHUNK)) {
            await trx.insertInto('story_features').values(part.map((d) => ({ seq: d.seq, doc_id: d.docId, day: d.day, features: d.features }))).execute()
          }
          const keys = docs.flatMap((d) => d.keys.map((key) => ({ key, seq: d.seq, day: d.day })))
          for (const part of chunks(keys, KEY_CHUNK)) await trx.insertInto('story_keys').values(part).execute()
          // Documents this far back are never compared with a new one again.
          await trx.deleteFrom('story_keys').where('day', '<', pruneBefore).execute()
          await trx.deleteFrom('story_features').where('day', '<', pruneBefore).execute()
        })
      } catch (e) {
        throw new AppError('store_failed', `filing story keys failed, nothing was written: ${e instanceof Error ? e.message : String(e)}`)
      }
    },

    async appendStoryMemberships(all) {
      try {
        await atomically(db, async (trx) => {
          const stored = new Set((await trx.selectFrom('story_documents').select('doc_id').execute()).map((r) => r.doc_id))
          const memberships = all.filter((m) => !stored.has(m.id) && stored.add(m.id))
          const last = await trx.selectFrom('story_documents').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst()
          await insertMemberships(trx, memberships, last?.seq === null || last?.seq === undefined ? 0 : Number(last.seq) + 1)
        })
      } catch (e) {
        throw new AppError('store_failed', `saving story memberships failed, nothing was written: ${e instanceof Error ? e.message : String(e)}`)
      }
    },

    async saveFusion(members, incidents, state) {
      try {
        await atomically(db, async (trx) => {
          await trx.deleteFrom('fusion_members').execute()
          await trx.deleteFrom('fused_events').execute()
          await writeFusion(trx, members, incidents, state)
        })
      } catch (e) {
        throw new AppError('store_failed', `saving fused events failed, nothing was written: ${e instanceof Error ? e.message : String(e)}`)
      }
    },

    async updateFusion(change) {
      try {
        await atomically(db, async (trx) => {
          for (const part of chunks(change.members, CHUNK)) {
            await trx.deleteFrom('fusion_members')
              .where((eb) => eb.or(part.map((m) => eb.and([eb('doc_id', '=', m.docId), eb('ann_id', '=', m.annId)])))).execute()
          }
          const gone = [...change.removed, ...change.incidents.map((i) => i.incident)]
          for (const part of chunks(gone, DOCUMENT_CHUNK)) await trx.deleteFrom('fused_events').where('incident', 'in', part).execute()
          await writeFusion(trx, change.members, change.incidents, change.state)
        })
      } catch (e) {
        throw new AppError('store_failed', `saving fused events failed, nothing was written: ${e instanceof Error ? e.message : String(e)}`)
      }
    },

    async fusionMembersNear(probes) {
      const out = new Map<string, FusionMemberRecord>()
      for (const p of probes) {
        for (const q of nearQueries(db.selectFrom('fusion_members').selectAll(), p, true)) {
          for (const r of await q.execute()) if (!out.has(`${r.doc_id}\n${r.ann_id}`)) out.set(`${r.doc_id}\n${r.ann_id}`, rowToMember(r))
        }
      }
      return [...out.values()]
    },

    async fusionMembersOf(incidents) {
      const out: FusionMemberRecord[] = []
      for (const part of chunks(incidents, DOCUMENT_CHUNK)) {
        for (const r of await db.selectFrom('fusion_members').selectAll().where('incident', 'in', part).execute()) out.push(rowToMember(r))
      }
      return out
    },

    async fusionMembersOfDocuments(docIds) {
      const out: FusionMemberRecord[] = []
      for (const part of chunks([...new Set(docIds)], DOCUMENT_CHUNK)) {
        for (const r of await db.selectFrom('fusion_members').selectAll().where('doc_id', 'in', part).execute()) out.push(rowToMember(r))
      }
      return out
    },

    async incidentsNear(type, probes) {
      const out = new Map<string, IncidentRecord>()
      for (const p of probes) {
        for (const q of nearQueries(db.selectFrom('fused_events').selectAll().where('type', '=', type), p, false)) {
          for (const r of await q.execute()) if (!out.has(r.incident)) out.set(r.incident, rowToIncident(r))
        }
      }
      return [...out.values()]
    },

    async incidentsOf(incidents) {
      const out: IncidentRecord[] = []
      for (const part of chunks(incidents, DOCUMENT_CHUNK)) {
        for (const r of await db.selectFrom('fused_events').selectAll().where('incident', 'in', part).execute()) out.push(rowToIncident(r))
      }
      return out
    },

    async getFusedEvents() {
      return (await readIncidents(db)).map((r) => r.event)
    },

    getIncidents: () => readIncidents(db),

    async getStoryState() {
      const r = await db.selectFrom('story_state').select(['version', 'documents', 'sources']).where('id', '=', 1).executeTakeFirst()
      return r ? { version: Number(r.version), documents: Number(r.documents), sources: Number(r.sources) } : null
    },

    async listMentionedPlaces() {
      const first = new Map<string, PlaceMention>()
      for (const r of await placeMentions(db, null)) if (!first.has(r.placeId)) first.set(r.placeId, { placeId: r.placeId, name: r.name, lat: r.lat, lon: r.lon, kind: r.kind })
      return [...first.values()]
    },

    async placeMentionsOf(ids) {
      if (ids === undefined) return placeMentions(db, null)
      return (await Promise.all(chunks(ids, DOCUMENT_CHUNK).map((part) => placeMentions(db, part)))).flat()
    },

    async listActorMentions() {
      const rows = await db.selectFrom('actor_mentions').select(['doc_id', 'ann_id', 'actor_id', 'name', 'actor_kind', 'span_start', 'span_end']).execute()
      return rows
        .map((r): ActorMention => ({
          docId: r.doc_id as DocId, annId: r.ann_id as AnnId, actorId: r.actor_id as ActorId, name: r.name, actorKind: r.actor_kind as ActorKind,
          span: { start: r.span_start, end: r.span_end },
        }))
        .sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : annIndex(a.annId) - annIndex(b.annId)))
    },

    async getTexts(ids) {
      const texts = new Map<DocId, string>()
      for (const part of chunks(ids, DOCUMENT_CHUNK)) {
        for (const r of await db.selectFrom('documents').select(['id', 'text']).where('id', 'in', part).execute()) texts.set(r.id as DocId, r.text)
      }
      return texts
    },

    async transaction(work) {
      return atomically(db, (trx) => work(kyselyStore(trx)))
    },

    async saveReferenceEvents(layer, rows) {
      try {
        await atomically(db, async (trx) => {
          await trx.deleteFrom('reference_events').where('layer', '=', layer).execute()
          for (let i = 0; i < rows.length; i += REFERENCE_CHUNK) {
            await trx.insertInto('reference_events').values(rows.slice(i, i + REFERENCE_CHUNK).map((r, k) => ({
              ...r.fields, layer, seq: i + k, date_key: r.date ?? '', sitrep_type: r.sitrepType, extra: JSON.stringify(r.extra),
            }))).execute()
          }
        })
      } catch (e) {
        throw new AppError('store_failed', `saving reference layer "${layer}" failed, nothing was written: ${e instanceof Error ? e.message : String(e)}`)
      }
    },

    async getReferenceEvents(filter = {}) {
      let q = db.selectFrom('reference_events').selectAll()
      if (filter.layer !== undefined) q = q.where('layer', '=', filter.layer)
      if (filter.from !== undefined) q = q.where('date_key', '<>', '').where('date_key', '>=', filter.from)
      if (filter.to !== undefined) q = q.where('date_key', '<>', '').where('date_key', '<=', filter.to)
      const rows = await q.orderBy('layer').orderBy('seq').execute()
      return rows.map((r): ReferenceEvent => {
        const type = EVENT_TYPE.safeParse(r.sitrep_type)
        if (!type.success) throw new AppError('store_failed', `reference_events: unknown type "${r.sitrep_type}" in layer ${r.layer}`)
        const fields = Object.fromEntries(ACLED_COLUMNS.map((c) => [c, r[c]])) as Record<AcledColumn, string>
        return { layer: r.layer, fields, extra: EXTRA.parse(JSON.parse(r.extra)), date: r.date_key || null, sitrepType: type.data }
      })
    },

    async close() {
      // A store bound to a transaction is closed with the connection it came from.
      if (!db.isTransaction) await db.destroy()
    },
  }
  return store
}

/** Inserts memberships as story_documents rows numbered from `firstSeq`. */
async function insertMemberships(trx: Kysely<Database>, memberships: readonly Membership[], firstSeq: number): Promise<void> {
  for (let i = 0; i < memberships.length; i += CHUNK) {
    await trx.insertInto('story_documents').values(memberships.slice(i, i + CHUNK).map((m, k) => ({
      doc_id: m.id, seq: firstSeq + i + k, story: m.story, family: m.family, relation: m.relation,
      near_duplicate_of: m.nearDuplicateOf, wire: m.wire, outlet_is_wire: m.outletIsWire ? 1 : 0, dateline: m.dateline ? 1 : 0,
      credits: m.credits, joins: m.joins.length > 0 ? JSON.stringify(m.joins) : null,
    }))).execute()
  }
}

/**
 * Records each copy in `docs` not recorded yet (key: document and URL, else source), numbered after the last
 * one stored; returns how many were new. The same URL twice changes nothing.
 */
async function insertSources(trx: Kysely<Database>, docs: readonly Doc[]): Promise<number> {
  const last = await trx.selectFrom('document_sources').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst()
  let seq = last?.seq === null || last?.seq === undefined ? 0 : Number(last.seq) + 1
  const ingestedAt = new Date().toISOString()
  const seen = new Set<string>()
  const rows: DocumentSourcesTable[] = []
  for (const d of docs) {
    const locator = d.meta.url ?? d.meta.source
    if (seen.has(`${d.id}\n${locator}`)) continue
    seen.add(`${d.id}\n${locator}`)
    rows.push({
      doc_id: d.id, locator, seq: seq++, source: d.meta.source, url: d.meta.url, outlet: d.meta.outlet,
      published_at: d.meta.publishedAt, ingested_at: ingestedAt,
    })
  }
  let added = 0
  for (const part of chunks(rows, CHUNK)) {
    added += (await trx.insertInto('document_sources').values(part)
      .onConflict((oc) => oc.columns(['doc_id', 'locator']).doNothing()).returning('doc_id').execute()).length
  }
  return added
}

/** Inserts the documents not yet stored, and the rows of exactly those; returns which were new. */
async function insertNew(trx: Kysely<Database>, docs: readonly Doc[]): Promise<Omit<SaveResult, 'sourcesAdded'>> {
  const ingestedAt = new Date().toISOString()
  const inserted = new Set<string>()
  // Chunk by chunk, so only one chunk's rows (JSON of every annotation) are in memory at a time.
  for (const part of chunks(docs, CHUNK)) {
    const rows = part.map((d) => docToRows(d, ingestedAt))
    // ON CONFLICT DO NOTHING ... RETURNING names only the rows written now, even if another writer raced us.
    const done = new Set((await trx.insertInto('documents').values(rows.map((r) => r.document))
      .onConflict((oc) => oc.column('id').doNothing()).returning('id').execute()).map((r) => r.id))
    const fresh = rows.filter((r) => done.has(r.document.id))
    await insertAll(trx, 'events', fresh.flatMap((r) => r.events))
    await insertAll(trx, 'event_actors', fresh.flatMap((r) => r.eventActors))
    await insertAll(trx, 'place_mentions', fresh.flatMap((r) => r.placeMentions))
    await insertAll(trx, 'actor_mentions', fresh.flatMap((r) => r.actorMentions))
    for (const id of done) inserted.add(id)
  }
  return {
    inserted: docs.filter((d) => inserted.has(d.id)).map((d) => d.id),
    existing: docs.filter((d) => !inserted.has(d.id)).map((d) => d.id),
  }
}

async function insertAll<T extends 'events' | 'event_actors' | 'place_mentions' | 'actor_mentions'>(
  trx: Kysely<Database>, table: T, rows: readonly Database[T][],
): Promise<void> {
  for (const part of chunks(rows, CHUNK)) {
    // kysely cannot relate a generic table name to its row type; the caller's T ties them together.
    await trx.insertInto(table).values(part as never).execute()
  }
}

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size))
  return out
}

function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new AppError('bad_option', `limit ${limit}: expected an integer from 1 to ${MAX_LIMIT}`)
  return limit
}

const cursorSchema = z.tuple([z.string(), z.string(), z.string()])

/** Opaque to callers: base64url of the last key of a page. */
export function encodeCursor(k: EventKey): string {
  return Buffer.from(JSON.stringify([k.dateKey, k.docId, k.annId])).toString('base64url')
}

/** The key a cursor stands for; a cursor this store did not hand out is a usage error. */
export function decodeCursor(cursor: string): EventKey {
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    value = null
  }
  const r = cursorSchema.safeParse(value)
  if (!r.success) throw new AppError('bad_option', `cursor "${cursor}" is not one this store handed out`)
  const [dateKey, docId, annId] = r.data
  return { dateKey, docId: docId as DocId, annId: annId as AnnId }
}

/** Inserts fusion members and incidents and replaces the story state row. */
/**
 * Bytewise order of two texts, as SQLite's BINARY collation (and PostgreSQL's "C") orders them: what merges rows
 * read in chunks back into the order one query would give.
 */
function compareText(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b))
}

/** Every stored incident in fusion's order (of each one's first member), read in keyset pages of FUSED_READ. */
async function readIncidents(db: Kysely<Database>): Promise<IncidentRecord[]> {
  // Written from fusion's own output, and a full zod check of 100k events would cost more than the rest of a
  // server's start, so only each id is checked against its column.
  const out: IncidentRecord[] = []
  let after: { klass: number; pub_key: string; doc_id: string; ann_index: number } | null = null
  for (;;) {
    let q = db.selectFrom('fused_events').selectAll()
    // Keyset pages in fusion's order, so only one page's JSON text is held at a time next to the parsed events.
    const a = after
    if (a) {
      q = q.where((eb) => eb.or([
        eb('klass', '>', a.klass),
        eb.and([eb('klass', '=', a.klass), eb.or([
          eb('pub_key', '>', a.pub_key),
          eb.and([eb('pub_key', '=', a.pub_key), eb.or([
            eb('doc_id', '>', a.doc_id),
            eb.and([eb('doc_id', '=', a.doc_id), eb('ann_index', '>', a.ann_index)]),
          ])]),
        ])]),
      ]))
    }
    const rows = await q.orderBy('klass').orderBy('pub_key').orderBy('doc_id').orderBy('ann_index').limit(FUSED_READ).execute()
    if (rows.length === 0) return out
    for (const r of rows) {
      const i = rowToIncident(r)
      if (i.event.id !== r.id) throw new AppError('store_failed', `fused_events row ${r.incident}: id ${r.id} does not match its event (${String(i.event.id)})`)
      out.push(i)
    }
    after = rows[rows.length - 1]!
  }
}

/** Place mentions of these documents (all when null), documents in listDocuments order, each one's in its order. */
async function placeMentions(db: Kysely<Database>, ids: readonly string[] | null): Promise<(PlaceMention & { docId: DocId })[]> {
  let q = db.selectFrom('place_mentions').innerJoin('documents', 'documents.id', 'place_mentions.doc_id')
    .select(['place_mentions.doc_id', 'documents.published_key', 'place_mentions.ann_id', 'place_id', 'name', 'lat', 'lon', 'place_kind'])
  if (ids) q = q.where('place_mentions.doc_id', 'in', ids)
  const rows = await q.orderBy('documents.published_key').orderBy('documents.id').execute()
  // Annotation ids are "ann:place:<n>" in the order the document gained them; text order would put "10" before "2".
  const out: (PlaceMention & { docId: DocId })[] = []
  for (let i = 0; i < rows.length;) {
    let j = i
    while (j < rows.length && rows[j]!.doc_id === rows[i]!.doc_id) j++
    const ofDoc = j - i > 1 ? rows.slice(i, j).sort((a, b) => annIndex(a.ann_id) - annIndex(b.ann_id)) : [rows[i]!]
    for (const r of ofDoc) out.push({ docId: r.doc_id as DocId, placeId: r.place_id, name: r.name, lat: r.lat, lon: r.lon, kind: r.place_kind })
    i = j
  }
  return out
}

async function writeFusion(trx: Kysely<Database>, members: readonly FusionMemberRecord[], incidents: readonly IncidentRecord[], state: StoryState): Promise<void> {
  for (const part of chunks(members, FUSED_CHUNK)) {
    await trx.insertInto('fusion_members').values(part.map((m) => ({
      doc_id: m.docId, ann_id: m.annId, klass: m.klass, pub_key: m.pubKey, ann_index: m.annIndex, type: m.event.type, day: m.day,
      story: m.story, family: m.family, place_id: m.event.place?.placeId ?? null, lat: m.event.place?.lat ?? null, lon: m.event.place?.lon ?? null,
      precision: m.event.place?.precision ?? null, event: JSON.stringify(m.event), speaker: m.speaker, incident: m.incident, outlet: m.outlet,
    }))).execute()
  }
  for (const part of chunks(incidents, FUSED_CHUNK)) {
    await trx.insertInto('fused_events').values(part.map((i) => ({
      incident: i.incident, klass: i.klass, pub_key: i.pubKey, doc_id: i.docId, ann_index: i.annIndex, id: i.event.id, json: JSON.stringify(i.event),
      type: i.event.type, day: dayOf(i.event.date), place_id: i.event.place?.placeId ?? null, lat: i.event.place?.lat ?? null,
      lon: i.event.place?.lon ?? null, precision: i.event.place?.precision ?? null, base_status: i.baseStatus,
    }))).execute()
  }
  await trx.deleteFrom('story_state').execute()
  await trx.insertInto('story_state').values({
    id: 1, version: state.version, documents: state.documents, sources: state.sources, updated_at: new Date().toISOString(),
  }).execute()
}

/** Days since 1970 of an ISO date (fusion's dayNumber), or null. */
function dayOf(iso: string | null): number | null {
  if (!iso) return null
  const t = Date.parse(iso.slice(0, 10))
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000)
}

/** Place tolerances fusion allows (fingerprints.ts placeToleranceKm), with a margin: rows further away never fit. */
const TOLERANCE_KM: Readonly<Record<string, number>> = { exact: 2, near: 15, region: 75 }
const MARGIN_KM = 1

/**
 * The queries that together find every row of fusion_members (with `story`) or fused_events within a day of the
 * probe and at a place it may share: of its story, at its placeId, or within the larger of the two tolerances —
 * rows of each precision within the larger of its tolerance and the probe's. Each is one index range (story,
 * place_id, or precision, day and latitude), where one query with ORs would scan the table.
 */
function nearQueries<Q extends SelectQueryBuilder<Database, 'fusion_members' | 'fused_events', object>>(q: Q, p: NearProbe, byStory: boolean): Q[] {
  const d = p.day
  const anyDay = (x: Q) => (d === null ? x : x.where((eb) => eb.or([eb('day', 'is', null), eb.between('day', d - 1, d + 1)])) as Q)
  const out: Q[] = []
  const place = p.place
  // Its story or its placeId: one query, each side an index (SQLite and PostgreSQL both union them).
  const story = byStory ? p.story : null
  if (story !== null || place) {
    out.push(anyDay(q.where((eb) => eb.or([
      ...(story !== null ? [eb('story' as 'day', '=', story as never)] : []),
      ...(place ? [eb('place_id', '=', place.placeId)] : []),
    ])) as Q))
  }
  if (!place) return out
  const own = TOLERANCE_KM[place.precision]
  // A country-wide place fits another story's place only by its placeId.
  if (own === undefined) return out
  const box = (x: Q, km: number) => {
    const latSpan = (km + MARGIN_KM) / 110
    const cos = Math.cos((Math.min(89.9, Math.abs(place.lat) + latSpan) * Math.PI) / 180)
    const lonSpan = cos > 0.01 ? latSpan / cos : 360
    return x.where('lat', '>=', place.lat - latSpan).where('lat', '<=', place.lat + latSpan)
      .where('lon', '>=', place.lon - lonSpan).where('lon', '<=', place.lon + lonSpan) as Q
  }
  const precisions = Object.keys(TOLERANCE_KM)
  if (d === null) {
    for (const precision of precisions) out.push(box(q.where('precision', '=', precision) as Q, Math.max(own, TOLERANCE_KM[precision]!)))
    return out
  }
  // Dated rows of each precision within the larger of the two tolerances: one (precision, day, latitude) range each;
  // undated rows (few) in one range of the widest box.
  for (const precision of precisions) {
    out.push(box(q.where('precision', '=', precision).where('day', 'in', [d - 1, d, d + 1]) as Q, Math.max(own, TOLERANCE_KM[precision]!)))
  }
  out.push(box(q.where('precision', 'in', precisions).where('day', 'is', null) as Q, Math.max(own, ...Object.values(TOLERANCE_KM))))
  return out
}

function rowToMember(r: Selectable<FusionMembersTable>): FusionMemberRecord {
  return {
    docId: r.doc_id, annId: r.ann_id, klass: r.klass as 0 | 1 | 2, pubKey: r.pub_key, annIndex: r.ann_index, story: r.story, family: r.family,
    day: r.day === null ? null : Number(r.day), event: JSON.parse(r.event) as ContractEvent, speaker: r.speaker, incident: r.incident, outlet: r.outlet,
  }
}

function rowToIncident(r: Selectable<FusedEventsTable>): IncidentRecord {
  return {
    incident: r.incident, klass: r.klass as 0 | 1 | 2, pubKey: r.pub_key, docId: r.doc_id, annIndex: r.ann_index,
    event: JSON.parse(r.json) as FusedEvent, baseStatus: r.base_status as FusedEvent['status'],
  }
}

function rowToMembership(r: {
  doc_id: string; source: string; outlet: string | null; published_at: string | null; story: number; family: number; relation: string
  near_duplicate_of: string | null; wire: string | null; outlet_is_wire: number; dateline: number; credits: string | null; joins: string | null
}): Membership {
  const relation = RELATION.safeParse(r.relation)
  if (!relation.success) throw new AppError('store_failed', `story_documents: unknown relation "${r.relation}" for ${r.doc_id}`)
  return {
    id: r.doc_id, source: r.source, outlet: r.outlet, publishedAt: r.published_at, story: Number(r.story), family: Number(r.family),
    relation: relation.data, nearDuplicateOf: r.near_duplicate_of, wire: r.wire, outletIsWire: Number(r.outlet_is_wire) === 1,
    dateline: Number(r.dateline) === 1, credits: r.credits, joins: joinsOf(r.joins),
  }
}

/** story_documents.joins: a JSON array of family numbers, or null for none. */
function joinsOf(text: string | null): readonly number[] {
  if (text === null) return []
  const parsed = JOINS.safeParse(JSON.parse(text))
  if (!parsed.success) throw new AppError('store_failed', `story_documents: joins "${text}" is not a list of families`)
  return parsed.data
}
