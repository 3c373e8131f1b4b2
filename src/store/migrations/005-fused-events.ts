// Migration 005: fused events and the state they were computed from, so `sitrep serve` (and `stories`, `export`)
// load what ingest already worked out instead of detecting stories and fusing every event again at each start.
// Ingest keeps both current in its own transaction; a store migrated from an older version has no state row yet,
// and the first reader rebuilds it once (src/pipeline/corpus/stories/store-stories.ts).
import type { Kysely } from 'kysely'

/** Creates `fused_events` (one row per fused event, in fusion order) and `story_state` (one row). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('fused_events')
    // Order fusion produced them in: stories list their events in this order.
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull())
    // The FusedEvent of the public contract (sitrep.story/1 events[]), as JSON text.
    .addColumn('json', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createTable('story_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    // Which story and fusion rules wrote the rows (STORY_STATE_VERSION): other rules mean a rebuild.
    .addColumn('version', 'integer', (c) => c.notNull())
    // How many documents and copies (document_sources rows) the memberships and fused events cover.
    .addColumn('documents', 'integer', (c) => c.notNull())
    .addColumn('sources', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
}

/** Drops both tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('story_state').execute()
  await db.schema.dropTable('fused_events').execute()
}
