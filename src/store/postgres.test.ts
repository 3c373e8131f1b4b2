// The store contract and migrations against a real PostgreSQL: a throwaway cluster when initdb and postgres are
// installed, else every test here is skipped and says why.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, describe, it } from 'node:test'
import { isAppError } from '../core/errors.ts'
import { MIGRATIONS } from './migrations/index.ts'
import { openStore, storeLabel } from './open-store.ts'
import { startCluster, postgresSkipReason, type Cluster } from './postgres-cluster.fixture.ts'
import { isPostgresUrl, openPostgresStore, redactUrl } from './postgres.ts'
import { fixtureDoc, storeContract } from './store.contract.ts'
import type { ReferenceEvent } from './store.ts'
import { ACLED_COLUMNS, type AcledColumn } from '../ontology/acled-columns.ts'
import { presentDocument } from '../pipeline/present.ts'
import { StoryIndex } from '../pipeline/corpus/stories/story-index.ts'
import { denseCorpus } from '../pipeline/corpus/stories/dense-corpus.fixture.ts'
import { ingestDocuments, loadStories } from '../pipeline/corpus/stories/store-stories.ts'
import { openSqliteStore } from './sqlite.ts'

describe('postgres store URLs', () => {
  it('picks PostgreSQL by the URL scheme and SQLite for anything else', () => {
    assert.equal(isPostgresUrl('postgres://u@h/db'), true)
    assert.equal(isPostgresUrl('PostgreSQL://u@h/db'), true)
    assert.equal(isPostgresUrl('sitrep.db'), false)
    assert.equal(isPostgresUrl('postgres.db'), false)
  })

  it('never names a store by its password', () => {
    assert.equal(redactUrl('postgres://me:secret@db.example/sitrep'), 'postgres://me:***@db.example/sitrep')
    assert.equal(storeLabel('postgres://me:secret@db.example/sitrep').includes('secret'), false)
    assert.equal(storeLabel('a/sitrep.db'), 'a/sitrep.db')
  })
})

const skip = postgresSkipReason()
if (skip) console.log(`# postgres store tests SKIPPED: ${skip}`)
const cluster: Cluster | null = skip ? null : await startCluster()
after(async () => { await cluster?.stop() })

if (cluster) {
  storeContract('postgres', async () => openPostgresStore(await cluster.newDatabase()))
} else {
  it('store contract: postgres', { skip: skip ?? true }, () => {})
}

describe('postgres store', { skip: skip ?? false }, () => {
  it('keeps documents across close and reopen, and runs only new migrations on reopen', async () => {
    const url = await cluster!.newDatabase()
    const doc = fixtureDoc('Rebels entered Melbrin overnight.', [{}])
    const s1 = await openStore(url)
    await s1.saveDocuments([doc])
    await s1.close()
    let ran = 0
    const extra = { ...MIGRATIONS, '999-test-extra': { up: async () => { ran++ } } }
    // 001 creates tables without IF NOT EXISTS: running it again would fail these opens.
    await (await openPostgresStore(url, { migrations: extra })).close()
    const s2 = await openPostgresStore(url, { migrations: extra })
    assert.deepEqual(await s2.getDocument(doc.id), JSON.parse(JSON.stringify(doc)))
    await s2.close()
    assert.equal(ran, 1)
  })

  it('round-trips story memberships (0/1 flag columns) and reference rows (36 text columns)', async () => {
    const store = await openStore(await cluster!.newDatabase())
    try {
      const a = fixtureDoc('Fighters seized Qorvath on Monday after the army pulled out overnight.', [], '2025-03-10')
      const b = fixtureDoc('Fighters seized Qorvath on Monday after the army pulled out overnight. Subscribe.', [], '2025-03-10')
      await store.saveDocuments([a, b])
      const index = new StoryIndex()
      for (const d of [a, b]) index.add(presentDocument(d))
      await store.saveStoryMemberships(index.memberships())
      assert.deepEqual(await store.getStoryMemberships(), index.memberships())
      const fields = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, `v${i}`])) as Record<AcledColumn, string>
      const rows: ReferenceEvent[] = [
        { layer: 'l', fields, extra: { note: 'x' }, date: '2024-12-06', sitrepType: 'territory_change' },
        { layer: 'l', fields: { ...fields, actor1: '' }, extra: {}, date: null, sitrepType: 'territory_change' },
      ]
      await store.saveReferenceEvents('l', rows)
      assert.deepEqual(await store.getReferenceEvents({ layer: 'l' }), rows)
      assert.deepEqual(await store.getReferenceEvents({ from: '2024-12-01' }), rows.slice(0, 1))
    } finally {
      await store.close()
    }
  })

  it('ingest in batches (incremental stories and fusion) gives what one ingest into SQLite gives', async () => {
    const docs = denseCorpus(6, 40)
    const byDate = [...docs].sort((a, b) => (a.meta.publishedAt ?? '9999').localeCompare(b.meta.publishedAt ?? '9999'))
    const pg = await openStore(await cluster!.newDatabase())
    const lite = await openSqliteStore(':memory:')
    try {
      for (const batch of [byDate.slice(0, 12), byDate.slice(12, 13), byDate.slice(13)]) await ingestDocuments(pg, batch)
      await ingestDocuments(lite, docs)
      assert.deepEqual(await pg.getFusedEvents(), await lite.getFusedEvents())
      assert.deepEqual(await loadStories(pg, { save: false }), await loadStories(lite, { save: false }))
    } finally {
      await pg.close()
      await lite.close()
    }
  })

  it('reports a database it cannot reach as a store error without the password', async () => {
    const url = 'postgres://me:secret@127.0.0.1:1/nowhere'
    await assert.rejects(openPostgresStore(url),
      (e) => isAppError(e) && e.code === 'store_failed' && !JSON.stringify(e).includes('secret') && !e.message.includes('secret'))
  })
})

describe('sitrep CLI on a PostgreSQL store', { skip: skip ?? false }, () => {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const sitrep = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin/sitrep.js'), ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, SITREP_DB: '' } })

  it('ingest then control gives the same answer as on SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-e2e-'))
    try {
      const sqlite = join(dir, 'e2e.db')
      const postgres = await cluster!.newDatabase()
      for (const db of [sqlite, postgres]) {
        const r = sitrep('ingest', '--db', db, 'samples')
        assert.equal(r.status, 0, r.stderr)
      }
      const control = (db: string) => sitrep('control', '--db', db, '--date', '2024-12-08')
      const [a, b] = [control(sqlite), control(postgres)]
      assert.equal(a.status, 0, a.stderr)
      assert.equal(b.status, 0, b.stderr)
      assert.ok(a.stdout.length > 0)
      assert.equal(b.stdout, a.stdout)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
