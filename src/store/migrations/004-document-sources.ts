// Migration 004: document sources — every copy that delivered a stored text: its source, URL, outlet and date.
// A document is keyed by the hash of its cleaned text, so another outlet's exact reprint is the same document;
// this table keeps each copy, so stories list it as a reprint and the outlets that carried a text stay countable.
import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/** Creates `document_sources` and records the one known copy of every document stored before it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('document_sources')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    // Where the copy came from: its URL when it has one, else the path or name it was read from. The same
    // locator twice is the same copy, so ingesting it again adds nothing.
    .addColumn('locator', 'text', (c) => c.notNull())
    // Order the copies arrived in, across the store: the story index takes them in this order.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('outlet', 'text')
    .addColumn('published_at', 'text')
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_sources_pk', ['doc_id', 'locator'])
    .execute()
  await db.schema.createIndex('document_sources_seq').on('document_sources').columns(['seq']).execute()
  await sql`
    INSERT INTO document_sources (doc_id, locator, seq, source, url, outlet, published_at, ingested_at)
    SELECT id, COALESCE(url, source), ROW_NUMBER() OVER (ORDER BY ingested_at, id) - 1, source, url, outlet, published_at, ingested_at
    FROM documents`.execute(db)
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('document_sources').execute()
}
