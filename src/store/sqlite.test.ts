import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import Sqlite from 'better-sqlite3'
import type { Kysely } from 'kysely'
import { isAppError } from '../core/errors.ts'
import { MIGRATIONS } from './migrations/index.ts'
import { openSqliteStore, resolveDbPath } from './sqlite.ts'
import { fixtureDoc, storeContract } from './store.contract.ts'

storeContract('sqlite :memory:', () => openSqliteStore(':memory:'))

function tempDb(): { path: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'))
  return { path: join(dir, 'test.db'), done: () => rmSync(dir, { recursive: true, force: true }) }
}

function migrationNames(path: string): string[] {
  const db = new Sqlite(path, { readonly: true })
  try {
    return (db.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as { name: string }[]).map((r) => r.name)
  } finally {
    db.close()
  }
}

describe('sqlite store', () => {
  it('keeps documents across close and reopen of a file', async () => {
    const t = tempDb()
    try {
      const doc = fixtureDoc('Rebels entered Melbrin overnight.', [{}])
      const s1 = await openSqliteStore(t.path)
      await s1.saveDocuments([doc])
      await s1.close()
      const s2 = await openSqliteStore(t.path)
      assert.deepEqual(await s2.getDocument(doc.id), JSON.parse(JSON.stringify(doc)))
      await s2.close()
    } finally {
      t.done()
    }
  })

  it('records each migration and runs only new ones on reopen', async () => {
    const t = tempDb()
    try {
      await (await openSqliteStore(t.path)).close()
      assert.deepEqual(migrationNames(t.path), Object.keys(MIGRATIONS))
      let ran = 0
      const extra = {
        ...MIGRATIONS,
        '999-test-extra': { up: async (db: Kysely<unknown>) => { ran++; await db.schema.createTable('extra').addColumn('x', 'integer').execute() } },
      }
      // 001 creates tables without IF NOT EXISTS: running it twice would fail this open.
      await (await openSqliteStore(t.path, { migrations: extra })).close()
      await (await openSqliteStore(t.path, { migrations: extra })).close()
      assert.equal(ran, 1)
      assert.deepEqual(migrationNames(t.path), [...Object.keys(MIGRATIONS), '999-test-extra'])
    } finally {
      t.done()
    }
  })

  it('reports a failed migration as a store error naming it', async () => {
    const bad = { ...MIGRATIONS, '002-broken': { up: async () => { throw new Error('boom') } } }
    await assert.rejects(openSqliteStore(':memory:', { migrations: bad }),
      (e) => isAppError(e) && e.code === 'store_failed' && e.message.includes('002-broken'))
  })

  it('reports a store it cannot open as a store error naming the path', async () => {
    await assert.rejects(openSqliteStore('/nonexistent-dir/x/sitrep.db'),
      (e) => isAppError(e) && e.code === 'store_failed' && e.message.includes('/nonexistent-dir/x/sitrep.db'))
  })

  it('takes the path from --db, else SITREP_DB, else sitrep.db', () => {
    assert.equal(resolveDbPath('a.db', { SITREP_DB: 'b.db' }), 'a.db')
    assert.equal(resolveDbPath(undefined, { SITREP_DB: 'b.db' }), 'b.db')
    assert.equal(resolveDbPath(undefined, {}), 'sitrep.db')
  })
})
