import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import Sqlite from 'better-sqlite3'
import type { RowCounts } from '../store/store.ts'
import { TABLES } from '../store/store.ts'
import { formatSummary } from './ingest.ts'

const BIN = new URL('../../bin/sitrep.js', import.meta.url).pathname
const PKG = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }

let dir: string
before(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-')) })
after(() => rmSync(dir, { recursive: true, force: true }))

function sitrep(args: string[], env: Record<string, string> = {}, cwd = dir) {
  const { SITREP_DB: _drop, ...base } = process.env
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** A report in invented words; `i` makes each text, and so each document id, distinct. */
function report(i: number): string {
  return `Fighters of the Ember Front seized the town of Qorvath-${i} on Friday, a monitor said.\n\n` +
    `The garrison withdrew toward Melbrin overnight, and ${i % 50} families left the area by Saturday.\n\n` +
    'Aid workers in the valley said the road south had been closed twice since the start of the week.\n'
}

function writeReports(sub: string, from: number, n: number): string[] {
  const d = join(dir, sub)
  mkdirSync(d, { recursive: true })
  const paths: string[] = []
  for (let i = from; i < from + n; i++) {
    const p = join(d, `r${String(i).padStart(5, '0')}.txt`)
    writeFileSync(p, report(i))
    paths.push(p)
  }
  return paths
}

function counts(db: string): RowCounts {
  const s = new Sqlite(db, { readonly: true })
  try {
    const out = {} as RowCounts
    for (const t of TABLES) {
      out[t] = (s.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n
    }
    return out
  } finally {
    s.close()
  }
}

function summaryField(stderr: string, name: string): string | undefined {
  return new RegExp(`^  ${name} +(.+)$`, 'm').exec(stderr)?.[1]
}

describe('sitrep ingest', () => {
  it('saves every document and prints a summary on stderr, nothing on stdout', () => {
    const files = writeReports('first', 0, 5)
    const r = sitrep(['ingest', '--db', 'first.db', ...files])
    assert.equal(r.code, 0, r.stderr)
    assert.equal(r.stdout, '')
    assert.equal(summaryField(r.stderr, 'read'), '5')
    assert.equal(summaryField(r.stderr, 'new'), '5')
    assert.equal(counts(join(dir, 'first.db')).documents, 5)
  })

  it('leaves the row counts unchanged when the same inputs are ingested again', () => {
    const files = writeReports('again', 0, 8)
    assert.equal(sitrep(['ingest', '--db', 'again.db', ...files]).code, 0)
    const before = counts(join(dir, 'again.db'))
    const r = sitrep(['ingest', '--db', 'again.db', ...files])
    assert.equal(r.code, 0, r.stderr)
    assert.equal(summaryField(r.stderr, 'new'), '0')
    assert.equal(summaryField(r.stderr, 'already present'), '8')
    assert.deepEqual(counts(join(dir, 'again.db')), before)
  })

  it('keeps an exact reprint from another address as a source of the stored text, once', () => {
    const text = report(7)
    const records = [
      { url: 'https://first.example/a', outlet: 'First Wire', publishedAt: '2024-12-02', text },
      { url: 'https://second.example/b', outlet: 'Second Daily', publishedAt: '2024-12-03', text },
    ]
    const file = join(dir, 'reprint.jsonl')
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n')
    const r = sitrep(['ingest', '--db', 'reprint.db', file])
    assert.equal(r.code, 0, r.stderr)
    assert.equal(summaryField(r.stderr, 'new'), '1')
    assert.equal(summaryField(r.stderr, 'reprints kept'), '1')
    const again = sitrep(['ingest', '--db', 'reprint.db', file])
    assert.equal(summaryField(again.stderr, 'reprints kept'), '0')
    assert.deepEqual({ documents: counts(join(dir, 'reprint.db')).documents, sources: counts(join(dir, 'reprint.db')).document_sources }, { documents: 1, sources: 2 })
  })

  it('fails the whole batch on a bad input, naming it, and writes nothing', () => {
    const files = writeReports('bad', 100, 3)
    assert.equal(sitrep(['ingest', '--db', 'bad.db', files[0]!]).code, 0)
    const before = counts(join(dir, 'bad.db'))
    const r = sitrep(['ingest', '--db', 'bad.db', files[1]!, 'missing.txt', files[2]!])
    assert.equal(r.code, 1)
    assert.match(r.stderr, /missing\.txt/)
    assert.deepEqual(counts(join(dir, 'bad.db')), before)
  })

  it('with --skip-bad reports the bad input, saves the rest and counts it', () => {
    const files = writeReports('skip', 200, 2)
    const r = sitrep(['ingest', '--db', 'skip.db', '--skip-bad', files[0]!, 'missing.txt', files[1]!])
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stderr, /skipped missing\.txt/)
    assert.equal(summaryField(r.stderr, 'bad inputs'), '1')
    assert.equal(counts(join(dir, 'skip.db')).documents, 2)
  })

  it('stores in SITREP_DB when no --db is given, else in sitrep.db in the working directory', () => {
    const files = writeReports('env', 300, 1)
    assert.equal(sitrep(['ingest', ...files], { SITREP_DB: join(dir, 'env.db') }).code, 0)
    assert.equal(counts(join(dir, 'env.db')).documents, 1)
    const cwd = join(dir, 'cwd')
    mkdirSync(cwd)
    assert.equal(sitrep(['ingest', ...files], {}, cwd).code, 0)
    assert.equal(counts(join(cwd, 'sitrep.db')).documents, 1)
  })

  it('reads a report from stdin given -', () => {
    const { SITREP_DB: _drop, ...env } = process.env
    const r = spawnSync(process.execPath, [BIN, 'ingest', '--db', 'stdin.db', '-'], { cwd: dir, env, input: report(400), encoding: 'utf8' })
    assert.equal(r.status, 0, r.stderr)
    assert.equal(counts(join(dir, 'stdin.db')).documents, 1)
  })

  it('rejects a malformed --published date as a usage error', () => {
    const r = sitrep(['ingest', '--db', 'x.db', '--published', '6 December', 'a.txt'])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /--published/)
  })

  it('describes itself with --help, and the program prints its version', () => {
    const help = sitrep(['ingest', '--help'])
    assert.equal(help.code, 0)
    for (const flag of ['--db', '--published', '--skip-bad']) assert.match(help.stdout, new RegExp(flag))
    assert.equal(sitrep(['--version']).stdout.trim(), PKG.version)
  })

  it('leaves the store unchanged when killed mid-batch', async () => {
    const db = join(dir, 'kill.db')
    assert.equal(sitrep(['ingest', '--db', db, ...writeReports('kill-base', 0, 20)]).code, 0)
    const before = counts(db)
    // Big enough to run on worker threads for a few seconds, so the kill lands while it works.
    const files = writeReports('kill-big', 1000, 6000)
    const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, ...files], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] })
    const seen = await new Promise<string>((resolve) => {
      let err = ''
      child.stderr.on('data', (b: Buffer) => {
        err += String(b)
        // The first progress line: the pipeline is running and nothing has been written.
        const m = /sitrep: (ingest \d+|saving)/.exec(err)
        if (m) { child.kill('SIGKILL'); resolve(m[1]!) }
      })
      child.on('exit', () => resolve(`exit before a progress line: ${err}`))
    })
    await new Promise((r) => child.once('close', r))
    assert.equal(child.signalCode, 'SIGKILL', seen)
    const afterKill = counts(db)
    if (seen === 'saving') {
      // Killed in the write itself: the transaction is all or nothing.
      assert.ok(afterKill.documents === before.documents || afterKill.documents === before.documents + 6000, JSON.stringify(afterKill))
    } else {
      assert.deepEqual(afterKill, before)
    }
    const check = new Sqlite(db, { readonly: true })
    assert.equal((check.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok')
    check.close()
  })
})

describe('ingest summary', () => {
  it('names each count and the rate', () => {
    const s = formatSummary({ db: 'x.db', read: 10, inserted: 7, existing: 3, reprints: 1, skippedFiles: 2, bad: 1, ms: 2000, workers: 2 })
    assert.match(s, /^sitrep: ingested into x\.db$/m)
    assert.match(s, /^ {2}already present +3$/m)
    assert.match(s, /^ {2}reprints kept +1$/m)
    assert.match(s, /^ {2}time +2\.0 s \(5 docs\/s, 2 worker threads\)$/m)
  })
})
