// Migration 008: an outlet's own reports of one incident count as one source in a fused event even when they are
// stories of their own (a next-day report that leads with new news and repeats the incident). `fusion_members.outlet`
// names the outlet a member's document is the own report of (null for copies and rewrites of another's report, and
// for documents that name no outlet), so an ingest that re-presents an incident counts its sources as a full fusion
// does. The story state version moved with it (STORY_STATE_VERSION 9): the first reader or ingest of an upgraded
// store fuses everything again once, filling the column.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('fusion_members').addColumn('outlet', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('fusion_members').dropColumn('outlet').execute()
}
