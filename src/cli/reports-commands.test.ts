// End to end through the CLI: ingest invented reports, then export, import and report from the same store.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { check } from '@placemarkio/check-geojson'
import { parse } from 'csv-parse/sync'
import type { FeatureCollection } from 'geojson'

const BIN = new URL('../../bin/sitrep.js', import.meta.url).pathname
let dir: string
let db: string

function sitrep(args: string[]) {
  const { SITREP_DB: _drop, ...env } = process.env
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-reports-'))
  db = join(dir, 'x.db')
  const records = [
    { outlet: 'Example Wire', title: 'Front takes Homs', publishedAt: '2024-12-06', text: 'Fighters of the Ember Front seized Homs on Friday after heavy clashes, a monitor said.' },
    { outlet: 'Placeholder Post', title: 'Shelling in Hama', publishedAt: '2024-12-05', text: 'Artillery shelling killed 5 civilians in Hama on Thursday, medics said.' },
  ]
  writeFileSync(join(dir, 'in.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n')
  assert.equal(sitrep(['ingest', '--db', db, join(dir, 'in.jsonl')]).code, 0)
})
after(() => rmSync(dir, { recursive: true, force: true }))

describe('sitrep export, import, report', () => {
  it('exports GeoJSON that a validator accepts', () => {
    const r = sitrep(['export', '--db', db, '--format', 'geojson'])
    assert.equal(r.code, 0, r.stderr)
    assert.ok(check(r.stdout))
  })
  it('adds control per day to the GeoJSON with --control, still valid', () => {
    const r = sitrep(['export', '--db', db, '--format', 'geojson', '--control', '--from', '2024-12-05', '--to', '2024-12-06'])
    assert.equal(r.code, 0, r.stderr)
    const fc = check(r.stdout) as FeatureCollection
    assert.ok(fc.features.some((f) => f.properties?.layer === 'control' && f.properties.date === '2024-12-06'))
  })
  it('refuses --control with a format other than GeoJSON', () => {
    assert.notEqual(sitrep(['export', '--db', db, '--format', 'kml', '--control']).code, 0)
  })
  it('round-trips the ACLED CSV through import into the reference layer', () => {
    const r = sitrep(['export', '--db', db, '--format', 'acled-csv'])
    assert.equal(r.code, 0, r.stderr)
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[]
    assert.ok(rows.length >= 1)
    writeFileSync(join(dir, 'out.csv'), r.stdout)
    const i = sitrep(['import', '--db', db, '--format', 'acled-csv', join(dir, 'out.csv')])
    assert.equal(i.code, 0, i.stderr)
    assert.match(i.stderr, new RegExp(`imported ${rows.length} rows as reference layer "out.csv"`))
  })
  it('exports an imported layer back to the very same CSV (export → import → export is lossless)', () => {
    const first = sitrep(['export', '--db', db, '--format', 'acled-csv'])
    writeFileSync(join(dir, 'trip.csv'), first.stdout)
    assert.equal(sitrep(['import', '--db', db, '--layer', 'trip', join(dir, 'trip.csv')]).code, 0)
    const again = sitrep(['export', '--db', db, '--format', 'acled-csv', '--layer', 'trip'])
    assert.equal(again.code, 0, again.stderr)
    assert.equal(again.stdout, first.stdout)
  })
  it('names a missing reference layer', () => {
    const r = sitrep(['export', '--db', db, '--format', 'acled-csv', '--layer', 'nowhere'])
    assert.notEqual(r.code, 0)
    assert.match(r.stderr, /nowhere/)
  })
  it('leaves events outside --from/--to out', () => {
    const r = sitrep(['export', '--db', db, '--format', 'jsonl', '--from', '2025-01-01'])
    assert.equal(r.stdout, '')
  })
  it('writes a Markdown report whose statements are footnoted', () => {
    const r = sitrep(['report', '--db', db, '--date', '2024-12-06', '--days', '2'])
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /^# Situation report — 2024-12-05 to 2024-12-06/)
    assert.match(r.stdout, /\[\^1\]: Example Wire|\[\^1\]: Placeholder Post/)
  })
  it('refuses a bad --days', () => {
    const r = sitrep(['report', '--db', db, '--date', '2024-12-06', '--days', 'x'])
    assert.notEqual(r.code, 0)
    assert.match(r.stderr, /--days/)
  })
})
