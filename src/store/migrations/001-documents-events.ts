// Migration 001: documents keyed by the hash of their cleaned text, and the per-annotation tables queries need:
// events (date, bbox, type, modality, actor), place and actor mentions. Schema builder only, so it runs on any dialect.
import type { Kysely } from 'kysely'

/** Creates the tables and their indexes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('outlet', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_key', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('meta', 'text', (c) => c.notNull())
    .addColumn('to_raw', 'text', (c) => c.notNull())
    .addColumn('removed', 'text', (c) => c.notNull())
    .addColumn('annotations', 'text', (c) => c.notNull())
    .addColumn('messages', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('documents_published').on('documents').columns(['published_key', 'id']).execute()

  await db.schema.createTable('events')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('ann_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('date_end', 'text')
    .addColumn('date_key', 'text', (c) => c.notNull())
    .addColumn('date_last', 'text', (c) => c.notNull())
    .addColumn('date_precision', 'text')
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('place_id', 'text')
    .addColumn('place_name', 'text')
    .addColumn('attribution', 'text')
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('events_pk', ['doc_id', 'ann_id'])
    .execute()
  // Pages walk (date_key, doc_id, ann_id); date_last rides along so a `from` bound is checked in the index.
  // The control timeline reads territory_change by date.
  await db.schema.createIndex('events_page').on('events').columns(['date_key', 'doc_id', 'ann_id', 'date_last']).execute()
  await db.schema.createIndex('events_type_date').on('events').columns(['type', 'date_key']).execute()
  await db.schema.createIndex('events_place').on('events').columns(['place_id', 'date_key']).execute()
  await db.schema.createIndex('events_lat_lon').on('events').columns(['lat', 'lon']).execute()

  await db.schema.createTable('event_actors')
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('ann_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_actors_pk', ['doc_id', 'ann_id', 'actor_id', 'role'])
    .addForeignKeyConstraint('event_actors_event', ['doc_id', 'ann_id'], 'events', ['doc_id', 'ann_id'], (c) => c.onDelete('cascade'))
    .execute()
  await db.schema.createIndex('event_actors_actor').on('event_actors').columns(['actor_id', 'doc_id', 'ann_id']).execute()

  await db.schema.createTable('place_mentions')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('ann_id', 'text', (c) => c.notNull())
    .addColumn('place_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .addColumn('place_kind', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('place_mentions_pk', ['doc_id', 'ann_id'])
    .execute()
  await db.schema.createIndex('place_mentions_place').on('place_mentions').columns(['place_id', 'doc_id']).execute()

  await db.schema.createTable('actor_mentions')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('ann_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('actor_mentions_pk', ['doc_id', 'ann_id'])
    .execute()
  await db.schema.createIndex('actor_mentions_actor').on('actor_mentions').columns(['actor_id', 'doc_id']).execute()
}

/** Drops them, children first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['actor_mentions', 'place_mentions', 'event_actors', 'events', 'documents']) {
    await db.schema.dropTable(t).execute()
  }
}
