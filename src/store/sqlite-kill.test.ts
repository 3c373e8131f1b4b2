import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { it } from 'node:test'
import Sqlite from 'better-sqlite3'
import { openSqliteStore } from './sqlite.ts'
import { fixtureDoc } from './store.contract.ts'

const HELPER = new URL('./save-batch.fixture.ts', import.meta.url).pathname

function counts(path: string): string {
  const db = new Sqlite(path)
  try {
    const tables = ['documents', 'events', 'event_actors', 'place_mentions', 'actor_mentions']
    const n = tables.map((t) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n)
    assert.equal((db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok')
    return n.join(',')
  } finally {
    db.close()
  }
}

it('a process killed inside the save transaction leaves the store as it was', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill-'))
  try {
    const path = join(dir, 'kill.db')
    const store = await openSqliteStore(path)
    await store.saveDocuments([fixtureDoc('Already there before the kill.', [{}, {}])])
    await store.close()
    const before = counts(path)
    // 1,000 documents x 40 events is ~160,000 rows: seconds of inserts, so a kill 150 ms in lands inside them.
    const child = spawn(process.execPath, ['--import', 'tsx', HELPER, path, '1000', '40'], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (b: Buffer) => {
        out += String(b)
        if (out.includes('saving')) setTimeout(() => { child.kill('SIGKILL'); resolve() }, 150)
      })
      child.on('exit', () => resolve())
    })
    await new Promise((r) => child.once('close', r))
    assert.equal(child.signalCode, 'SIGKILL', `the helper finished before the kill: ${out}`)
    assert.ok(!out.includes('saved'), 'the batch committed before the kill; make it bigger')
    assert.equal(counts(path), before)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
