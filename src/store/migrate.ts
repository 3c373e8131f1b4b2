// Brings a store's schema up to date on any kysely dialect: the migrations are schema-builder code (plus one
// portable INSERT … SELECT), so SQLite and PostgreSQL run the same list.
import type { Kysely, Migration } from 'kysely'
import { Migrator } from 'kysely'
import { AppError } from '../core/errors.ts'
import type { Database } from './schema.ts'

/** Runs the migrations this database has not recorded yet, in name order (they are recorded in kysely_migration). */
export async function migrate(db: Kysely<Database>, migrations: Readonly<Record<string, Migration>>, where: string): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve({ ...migrations }) } })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName
    await db.destroy()
    const why = error instanceof Error ? error.message : String(error)
    throw new AppError('store_failed', `migration ${failed ?? '(before any ran)'} failed: ${why}`, where)
  }
}
