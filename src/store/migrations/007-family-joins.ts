// Migration 007: a placed document may show that families placed before it share one origin (a wire's own copy
// arriving after two separate rewrites of it); `joins` lists those families (JSON array, null when none), so the
// stories read from the store count them as one source. The story state version moved with it (STORY_STATE_VERSION
// 6): the first reader or ingest of an upgraded store places everything again once, filling the column.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('story_documents').addColumn('joins', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('story_documents').dropColumn('joins').execute()
}
