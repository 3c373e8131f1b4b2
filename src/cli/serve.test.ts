// `sitrep serve` flag checks: usage errors exit 2 with one line naming the flag, before anything is opened.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'

const bin = new URL('../../bin/sitrep.js', import.meta.url).pathname
function run(...args: string[]) {
  const env = { ...process.env }
  delete env['SITREP_INGEST_TOKEN']
  return spawnSync(process.execPath, [bin, 'serve', ...args], { encoding: 'utf8', env, timeout: 30_000 })
}

describe('sitrep serve', () => {
  it('refuses --allow-ingest without a token', () => {
    const r = run('--allow-ingest', '--port', '0')
    assert.equal(r.status, 2)
    assert.match(r.stderr, /--allow-ingest needs --token/)
  })

  it('refuses a short ingest token', () => {
    const r = run('--allow-ingest', '--token', 'short', '--port', '0')
    assert.equal(r.status, 2)
    assert.match(r.stderr, /--token: an ingest token needs at least 16 characters/)
  })

  it('refuses a port that is not a number', () => {
    const r = run('--port', 'eighty')
    assert.equal(r.status, 2)
    assert.match(r.stderr, /--port/)
  })

  it('opens the store SITREP_DB names when --db is not given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'))
    const db = join(dir, 'from-env.db')
    try {
      const r = spawnSync(process.execPath, [bin, 'serve', '--port', '0'], { cwd: dir, encoding: 'utf8', env: { ...process.env, SITREP_DB: db }, timeout: 30_000 })
      assert.equal(r.status, 1)
      assert.ok(r.stderr.includes(`no store at ${db}`), r.stderr)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
