// `sitrep control` and `sitrep whatif` end to end through the binary (baseline alone; a JSONL of documents).
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { openSqliteStore } from '../store/sqlite.ts'
import { fixtureDoc } from '../store/store.contract.ts'

const bin = fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url))
// Run in an empty folder with no SITREP_DB, so no default store is picked up.
const cwd = mkdtempSync(join(tmpdir(), 'sitrep-cwd-'))
const sitrep = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd, env: { ...process.env, SITREP_DB: '' } })

test('control with no reports prints the baseline holders on a later day', () => {
  const r = sitrep('control', '--date', '2024-12-10', '--format', 'json')
  assert.equal(r.status, 0, r.stderr)
  const c = JSON.parse(r.stdout) as { schema: string; date: string; places: { name: string; holder: { actorId: string }; status: string }[] }
  assert.equal(c.schema, 'sitrep.control/1')
  assert.equal(c.date, '2024-12-10')
  assert.equal(c.places.length, 61)
  assert.ok(c.places.every((p) => p.status === 'baseline'))
  assert.equal(c.places.find((p) => p.name === 'Homs')?.holder.actorId, 'syrian-government')
})

test('control reads the events of extracted documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-control-'))
  const file = join(dir, 'docs.jsonl')
  const doc = {
    schema: 'sitrep.document/1', id: 'doc:x', source: 'x.txt', title: null, outlet: null, publishedAt: '2024-12-06', publishedAtBasis: 'option',
    language: 'en', text: '(..)', removed: [], dates: [], places: [], actors: [],
    events: [{ id: 'e', type: 'territory_change', actors: [{ actorId: 'sdf', role: 'initiator' }],
      place: { placeId: 'geonames:174448', name: 'Albu Kamal', lat: 34.45, lon: 40.92, precision: 'exact' },
      date: '2024-12-06', dateEnd: null, datePrecision: 'day', dateText: null, modality: 'asserted', attribution: null, quantities: {},
      evidence: { start: 0, end: 4, text: '(..)' } }],
  }
  writeFileSync(file, JSON.stringify(doc) + '\n')
  const r = sitrep('control', '--events', file, '--date', '2024-12-07')
  assert.equal(r.status, 0, r.stderr)
  const c = JSON.parse(r.stdout) as { places: { name: string; holder: { actorId: string }; since: string | null }[] }
  const p = c.places.find((x) => x.name === 'Al-Bukamal')
  assert.deepEqual([p?.holder.actorId, p?.since], ['sdf', '2024-12-06'])
})

test('whatif lists Damascus losing its government route to the coast when Homs falls', () => {
  const r = sitrep('whatif', '--capture', 'Homs', '--by', 'hts', '--date', '2024-12-07', '--format', 'json')
  assert.equal(r.status, 0, r.stderr)
  const w = JSON.parse(r.stdout) as { schema: string; disconnected: { side: string; from: string; to: string; alternative: unknown }[] }
  assert.equal(w.schema, 'sitrep.whatif/1')
  for (const coast of ['Latakia', 'Tartus']) {
    assert.ok(w.disconnected.some((d) => d.side === 'syrian-government' && d.from === 'Damascus' && d.to === coast && d.alternative === null), coast)
  }
})

test('an unknown place is an input error with exit code 1', () => {
  const r = sitrep('whatif', '--capture', 'Qorvathistan', '--by', 'hts')
  assert.equal(r.status, 1)
  assert.match(r.stderr, /no control place/)
})

test('control reads the fused territory events of a store (--db)', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'sitrep-control-db-')), 'test.db')
  const store = await openSqliteStore(db)
  await store.saveDocuments([fixtureDoc('Fighters entered the city.', [{ date: '2024-12-05', actors: ['hts'], at: { id: 'geonames:170017', lat: 35.13, lon: 36.75 } }], '2024-12-05')])
  await store.close()
  const read = (date: string) => {
    const r = sitrep('control', '--db', db, '--date', date)
    assert.equal(r.status, 0, r.stderr)
    return (JSON.parse(r.stdout) as { places: { name: string; holder: { actorId: string }; evidence: { span: { text: string } }[] }[] }).places.find((p) => p.name === 'Hama')
  }
  assert.equal(read('2024-12-04')?.holder.actorId, 'syrian-government')
  const hama = read('2024-12-05')
  assert.equal(hama?.holder.actorId, 'hts')
  assert.equal(hama?.evidence[0]?.span.text, 'Fighters entered the city.')
})

test('a --db that does not exist is an input error, not an empty picture', () => {
  const r = sitrep('control', '--db', join(tmpdir(), 'no-such-sitrep-store.db'))
  assert.equal(r.status, 1)
  assert.match(r.stderr, /no such store/)
})
