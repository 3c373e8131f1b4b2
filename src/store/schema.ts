// Row types of the store's tables as kysely sees them. Only migrations change the tables; keep this in step.
// JSON columns hold text (SQLite has no JSON type; PostgreSQL could use jsonb later without touching callers).
import type { AcledColumn } from '../ontology/acled-columns.ts'

export interface DocumentsTable {
  id: string
  source: string
  url: string | null
  title: string | null
  outlet: string | null
  published_at: string | null
  /** '' when undated, so ordering is the same on every database (NULLs sort first or last by dialect). */
  published_key: string
  language: string
  raw: string
  text: string
  meta: string
  to_raw: string
  removed: string
  annotations: string
  messages: string
  ingested_at: string
}

export interface EventsTable {
  doc_id: string
  ann_id: string
  type: string
  date: string | null
  date_end: string | null
  /** `date`, or '' when undated: the first part of the keyset that pages events. */
  date_key: string
  /** `date_end ?? date`, or '' when undated: range filters compare against it. */
  date_last: string
  date_precision: string | null
  modality: string
  lat: number | null
  lon: number | null
  place_id: string | null
  place_name: string | null
  attribution: string | null
  span_start: number
  span_end: number
  json: string
}

export interface EventActorsTable {
  doc_id: string
  ann_id: string
  actor_id: string
  role: string
}

export interface PlaceMentionsTable {
  doc_id: string
  ann_id: string
  place_id: string
  name: string
  lat: number
  lon: number
  place_kind: string
  role: string
  span_start: number
  span_end: number
}

export interface ActorMentionsTable {
  doc_id: string
  ann_id: string
  actor_id: string
  name: string
  actor_kind: string
  span_start: number
  span_end: number
}

/** Migration 002: where the story index placed each document (src/pipeline/corpus/stories/story-index.ts). */
export interface StoryDocumentsTable {
  doc_id: string
  seq: number
  story: number
  family: number
  relation: string
  near_duplicate_of: string | null
  wire: string | null
  outlet_is_wire: number
  dateline: number
  credits: string | null
  /** Migration 007: families this document tied to its own (JSON array of numbers), null when none. */
  joins: string | null
}

/** Migration 003: rows of imported ACLED-layout files, every ACLED column as the text read. */
export type ReferenceEventsTable = Record<AcledColumn, string> & {
  layer: string
  seq: number
  date_key: string
  sitrep_type: string
  extra: string
}

/** Migration 004: every copy that delivered a stored text (an exact reprint is the same document, another copy). */
export interface DocumentSourcesTable {
  doc_id: string
  /** `url` when known, else `source`: one row per place a copy came from. */
  locator: string
  seq: number
  source: string
  url: string | null
  outlet: string | null
  published_at: string | null
  ingested_at: string
}

/** Migration 006 (was 005's seq, id, json): one row per fused incident, keyed by its first member. */
export interface FusedEventsTable {
  incident: string
  klass: number
  pub_key: string
  doc_id: string
  ann_index: number
  id: string
  json: string
  type: string
  day: number | null
  place_id: string | null
  lat: number | null
  lon: number | null
  precision: string | null
  base_status: string
}

/** Migration 006: every event fusion reads, where it stands in fusion's order and the incident it joined. */
export interface FusionMembersTable {
  doc_id: string
  ann_id: string
  klass: number
  pub_key: string
  ann_index: number
  type: string
  day: number | null
  story: string
  family: string
  place_id: string | null
  lat: number | null
  lon: number | null
  precision: string | null
  event: string
  speaker: string | null
  incident: string | null
  /** Migration 008: the outlet whose own report the member's document is, or null. */
  outlet: string | null
}

/** Migration 005: one row (id 1) saying what the stored memberships and fused events cover. */
export interface StoryStateTable {
  id: number
  version: number
  documents: number
  sources: number
  updated_at: string
}

/** Migration 006: the story index's lookup keys of its recent documents. */
export interface StoryKeysTable {
  key: number
  seq: number
  day: number
}

/** Migration 006: the story index's features of its recent documents. */
export interface StoryFeaturesTable {
  seq: number
  doc_id: string
  day: number
  features: string
}

export interface Database {
  documents: DocumentsTable
  events: EventsTable
  event_actors: EventActorsTable
  place_mentions: PlaceMentionsTable
  actor_mentions: ActorMentionsTable
  story_documents: StoryDocumentsTable
  reference_events: ReferenceEventsTable
  document_sources: DocumentSourcesTable
  fused_events: FusedEventsTable
  fusion_members: FusionMembersTable
  story_keys: StoryKeysTable
  story_features: StoryFeaturesTable
  story_state: StoryStateTable
}
