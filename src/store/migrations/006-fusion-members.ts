// Migration 006: incremental stories and fusion. `story_keys` and `story_features` file the story index's recent
// documents under their lookup keys with their features, so an ingest finds a new document's candidates by key and
// compares them without reading their texts. `fusion_members` keeps, for every event fusion reads, where it stands in
// fusion's order, what fusion compares (type, day, place, story, actors) and the incident it joined, so an ingest
// re-fuses only the incidents its new events can reach (src/pipeline/corpus/stories/refuse.ts). `fused_events` is
// made again keyed by incident (the first member's key) and ordered by that member's place in fusion's order, with
// the columns the "fighting at the same place" check queries. Fusion's saved output is dropped: the story state
// version moved with it (STORY_STATE_VERSION 2), so the first reader or ingest of an upgraded store works it out
// once and says so on stderr.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('fused_events').execute()
  await db.schema.createTable('fused_events')
    // The incident: key of its first member (doc_id + "\n" + ann_id).
    .addColumn('incident', 'text', (c) => c.primaryKey())
    // Fusion's order of that first member (stories list their events in it): class, publication key, document, annotation.
    .addColumn('klass', 'integer', (c) => c.notNull())
    .addColumn('pub_key', 'text', (c) => c.notNull())
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('ann_index', 'integer', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('json', 'text', (c) => c.notNull())
    // For the fighting check between claimed captures and battles: type, day of its date, place.
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('day', 'integer')
    .addColumn('place_id', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('precision', 'text')
    // Status before that check ("claimed", "assessed", "contested"): the check is redone when battles change.
    .addColumn('base_status', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('fused_events_order').on('fused_events').columns(['klass', 'pub_key', 'doc_id', 'ann_index']).execute()
  await db.schema.createIndex('fused_events_type_precision_day_lat').on('fused_events').columns(['type', 'precision', 'day', 'lat']).execute()
  await db.schema.createIndex('fused_events_place').on('fused_events').columns(['place_id']).execute()
  await db.schema.createTable('fusion_members')
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('ann_id', 'text', (c) => c.notNull())
    .addColumn('klass', 'integer', (c) => c.notNull())
    .addColumn('pub_key', 'text', (c) => c.notNull())
    .addColumn('ann_index', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('day', 'integer')
    .addColumn('story', 'text', (c) => c.notNull())
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('place_id', 'text')
    .addColumn('lat', 'double precision')
    .addColumn('lon', 'double precision')
    .addColumn('precision', 'text')
    // The event as fusion reads it (the contract's ContractEvent, JSON) and the actor its attribution names.
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('speaker', 'text')
    // The incident it joined (fused_events.incident), or null: a background mention that found none.
    .addColumn('incident', 'text')
    .addPrimaryKeyConstraint('fusion_members_pk', ['doc_id', 'ann_id'])
    .execute()
  // The searches of fusionMembersNear: by story, by placeId, by precision, day and latitude.
  await db.schema.createIndex('fusion_members_precision_day_lat').on('fusion_members').columns(['precision', 'day', 'lat']).execute()
  await db.schema.createIndex('fusion_members_incident').on('fusion_members').columns(['incident']).execute()
  await db.schema.createIndex('fusion_members_story').on('fusion_members').columns(['story']).execute()
  await db.schema.createIndex('fusion_members_place').on('fusion_members').columns(['place_id']).execute()
  // The story index's lookup keys of its documents inside the window (older rows are pruned: never compared again).
  await db.schema.createTable('story_keys')
    .addColumn('key', 'integer', (c) => c.notNull())
    // story_documents.seq of the document filed under it, and its day in the index.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_keys_pk', ['key', 'seq'])
    .execute()
  await db.schema.createIndex('story_keys_day').on('story_keys').columns(['day']).execute()
  await db.schema.createTable('story_features')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('doc_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('day', 'integer', (c) => c.notNull())
    // DocFeatures as JSON (features-codec.ts).
    .addColumn('features', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('story_features_day').on('story_features').columns(['day']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('story_keys').execute()
  await db.schema.dropTable('story_features').execute()
  await db.schema.dropTable('fusion_members').execute()
  await db.schema.dropTable('fused_events').execute()
  await db.schema.createTable('fused_events')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('json', 'text', (c) => c.notNull())
    .execute()
}
