// Migration 002: story membership — which story and derivation family each stored document joined, and how,
// so `sitrep stories --db` resumes the incremental index instead of regrouping the whole store.
import type { Kysely } from 'kysely'

/** Creates `story_documents`, one row per document the story index has placed. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('story_documents')
    .addColumn('doc_id', 'text', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
    // Order the index saw the documents in: restoring in this order gives the same stories and roles.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('story', 'integer', (c) => c.notNull())
    .addColumn('family', 'integer', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('near_duplicate_of', 'text')
    .addColumn('wire', 'text')
    .addColumn('outlet_is_wire', 'integer', (c) => c.notNull())
    .addColumn('dateline', 'integer', (c) => c.notNull())
    .addColumn('credits', 'text')
    .execute()
  await db.schema.createIndex('story_documents_story').on('story_documents').columns(['story', 'seq']).execute()
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('story_documents').execute()
}
