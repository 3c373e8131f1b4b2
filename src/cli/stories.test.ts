import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'

const BIN = new URL('../../bin/sitrep.js', import.meta.url).pathname

let dir: string
before(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-stories-')) })
after(() => rmSync(dir, { recursive: true, force: true }))

function sitrep(args: string[]) {
  const { SITREP_DB: _drop, ...env } = process.env
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

// Invented reports: a wire story, the same text carried by another outlet, and a rewrite of it.
const WIRE = 'QORVATH, March 10 (Reuters) - Fighters of the Ember Front seized the river town of Qorvath on Sunday after the garrison withdrew overnight, two commanders told Reuters.\n\n' +
  'At least 12 people were killed in the last hours of fighting, a hospital director said, and some 20,000 residents fled south toward Melbrin.'
const REWRITE = 'Ember Front fighters took the river town of Qorvath on Sunday once the garrison had withdrawn overnight, two commanders told Reuters.\n\n' +
  'A hospital director said at least 12 people were killed in the last hours of fighting; about 20,000 residents fled south toward Melbrin.'

interface StoryLine { documents: { id: string; source: string; role: string }[]; independentSources: number; origin: string | null }

function stories(stdout: string): StoryLine[] {
  return stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as StoryLine)
}

describe('sitrep stories --db', () => {
  it('lists another outlet’s exact reprint as a reprint of one source, and a second run changes nothing', () => {
    const feed = join(dir, 'feed.jsonl')
    writeFileSync(feed, [
      { url: 'https://wire.example/qorvath', outlet: 'Reuters', publishedAt: '2025-03-10', text: WIRE },
      { url: 'https://daily.example/qorvath', outlet: 'Daily Meridian', publishedAt: '2025-03-10', text: WIRE },
      { url: 'https://gulf.example/qorvath', outlet: 'Gulf Observer', publishedAt: '2025-03-11', text: REWRITE },
    ].map((r) => JSON.stringify(r)).join('\n') + '\n')
    assert.equal(sitrep(['ingest', '--db', 'a.db', feed]).code, 0)
    // The same feed again: same addresses, nothing new.
    assert.equal(sitrep(['ingest', '--db', 'a.db', feed]).code, 0)
    const r = sitrep(['stories', '--db', 'a.db'])
    assert.equal(r.code, 0, r.stderr)
    const [s, ...rest] = stories(r.stdout)
    assert.equal(rest.length, 0)
    assert.deepEqual(s!.documents.map((d) => [d.source, d.role]), [
      ['https://wire.example/qorvath', 'original'], ['https://gulf.example/qorvath', 'rewrite'], ['https://daily.example/qorvath', 'reprint'],
    ])
    assert.equal(s!.independentSources, 1)
    assert.equal(s!.origin, 'Reuters')
    assert.equal(sitrep(['stories', '--db', 'a.db']).stdout, r.stdout)
  })

  it('refuses inputs and --db together, naming the problem', () => {
    const r = sitrep(['stories', '--db', 'a.db', 'x.txt'])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /--db/)
  })
})
