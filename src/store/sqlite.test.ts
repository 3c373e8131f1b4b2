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

describe('sqlite migration 004 (document sources)', () => {
  it('records the one known copy of every document stored before it', async () => {
    const t = tempDb()
    try {
      const upTo003 = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '004'))
      const doc = fixtureDoc('Rebels entered Melbrin overnight.', [{}], '2024-12-04')
      await (await openSqliteStore(t.path, { migrations: upTo003 })).close()
      // A document as a store of before 004 holds it (its row is all the migration reads).
      const legacy = new Sqlite(t.path)
      legacy.prepare(`INSERT INTO documents (id, source, url, title, outlet, published_at, published_key, language, raw, text, meta, to_raw, removed, annotations, messages, ingested_at)
        VALUES (?, 'old/path.txt', NULL, NULL, 'Old Outlet', '2024-12-04', '2024-12-04', 'en', 'x', 'x', '{}', '{}', '[]', '[]', '[]', '2024-12-05T00:00:00Z')`).run(doc.id)
      legacy.close()
      const store = await openSqliteStore(t.path)
      assert.deepEqual(await store.getDocumentSources(), [{ docId: doc.id, source: 'old/path.txt', url: null, outlet: 'Old Outlet', publishedAt: '2024-12-04' }])
      await store.close()
    } finally {
      t.done()
    }
  })
})
