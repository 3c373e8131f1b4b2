// Migration 003: reference events — rows of ACLED-layout files (`sitrep import`), kept apart from Sitrep's own
// events so analysts can compare the two layers. Every ACLED column is kept as the text read, so nothing is lost.
import type { Kysely } from 'kysely'

// The ACLED column names as of this migration (a later layout change needs a new migration, not an edit here).
const COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
]

/** Creates `reference_events`, one row per imported line, keyed by layer and line order (ACLED ids may repeat across a file's revisions). */
export async function up(db: Kysely<unknown>): Promise<void> {
  let t = db.schema.createTable('reference_events')
    .addColumn('layer', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    // ISO date of event_date ('' when unreadable): ACLED files write "06 December 2024" as often as "2024-12-06".
    .addColumn('date_key', 'text', (c) => c.notNull())
    .addColumn('sitrep_type', 'text', (c) => c.notNull())
    .addColumn('extra', 'text', (c) => c.notNull())
  for (const col of COLUMNS) t = t.addColumn(col, 'text', (c) => c.notNull())
  await t.addPrimaryKeyConstraint('reference_events_pk', ['layer', 'seq']).execute()
  await db.schema.createIndex('reference_events_date').on('reference_events').columns(['date_key']).execute()
}

/** Drops the table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reference_events').execute()
}
