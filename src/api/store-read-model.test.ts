import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import type { Control, FusedEvent } from '../core/contract.ts'
import { defaultContext } from '../pipeline/context.ts'
import { runPipeline } from '../pipeline/run.ts'
import { ACLED_REFERENCE_CSV } from '../../test/fixtures/acled-reference.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import { createApp } from './app.ts'
import { openStoreIngest, openStoreReadModel } from './store-read-model.ts'

// Two outlets' own reports of one capture, written for this test.
const REPORTS = [
  { source: 'https://one.example/homs', text: 'Insurgents captured the city of Homs on Saturday after government troops withdrew, a war monitor said.\n\nResidents said the streets were quiet.' },
  { source: 'https://two.example/homs', text: 'Opposition fighters took control of Homs on Saturday, witnesses told local reporters.\n\nShops stayed shut in the old city.' },
]

async function storeWithReports(): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'sitrep-api-')), 'store.db')
  const store = await openSqliteStore(path)
  const ctx = defaultContext()
  await store.saveDocuments(REPORTS.map((r) => runPipeline({ source: r.source, raw: r.text, format: 'text', hints: { publishedAt: '2024-12-07' } }, ctx)))
  await store.close()
  return path
}

describe('the API over a store', () => {
  it('answers events, control and what-if computed from the stored reports', async () => {
    const app = createApp({ model: openStoreReadModel(await storeWithReports()), ingest: null, webDir: null })
    const events = (await (await app.request('/api/events?type=territory_change&limit=50')).json()) as { events: FusedEvent[] }
    const homs = events.events.find((e) => e.place?.name === 'Homs')
    assert.ok(homs, 'a territory change in Homs')
    assert.equal(homs.date, '2024-12-07')
    const control = (await (await app.request('/api/control?date=2024-12-08&format=contract')).json()) as Control
    const place = control.places.find((p) => p.name === 'Homs')
    assert.notEqual(place?.holder.actorId, 'syrian-government')
    assert.ok((place?.evidence.length ?? 0) > 0, 'the holder change carries its evidence')
    const before = (await (await app.request('/api/control?date=2024-12-01&format=contract')).json()) as Control
    assert.equal(before.places.find((p) => p.name === 'Homs')?.holder.actorId, 'syrian-government')
    const hama = before.places.find((p) => p.name === 'Hama')
    assert.ok(hama)
    const whatif = await app.request(`/api/whatif?capture=${encodeURIComponent(hama.placeId)}&by=hts&date=2024-12-01`)
    assert.equal(whatif.status, 200)
    const cut = (await whatif.json()) as { whatif: { disconnected: { side: string }[] } }
    assert.ok(cut.whatif.disconnected.some((d) => d.side === 'syrian-government'), 'taking Hama cuts government routes')
  })

  it('refuses a store that does not exist, naming it', () => {
    assert.throws(() => openStoreReadModel('/nonexistent/sitrep.db'), /no store at \/nonexistent\/sitrep\.db/)
  })

  it('sees documents ingested through the API once told of them', async () => {
    const path = await storeWithReports()
    const model = openStoreReadModel(path)
    assert.equal((await model.documents()).length, 2)
    const ingest = openStoreIngest(path, model)
    await ingest([{ source: 'https://three.example/hama', raw: 'Rebels entered Hama on Thursday, a monitor said.', format: 'text', hints: { publishedAt: '2024-12-05' } }])
    assert.equal((await model.documents()).length, 3)
  })

  it('serves the reference layer `sitrep import` stored, apart from the events', async () => {
    const path = await storeWithReports()
    const csv = join(path, '..', 'acled-test.csv')
    await writeFile(csv, ACLED_REFERENCE_CSV)
    const bin = new URL('../../bin/sitrep.js', import.meta.url).pathname
    const r = spawnSync(process.execPath, [bin, 'import', '--db', path, '--format', 'acled-csv', csv], { encoding: 'utf8' })
    assert.equal(r.status, 0, r.stderr)
    const app = createApp({ model: openStoreReadModel(path), ingest: null, webDir: null })
    const ref = (await (await app.request('/api/reference?from=2024-12-07&to=2024-12-07')).json()) as { features: { properties: { eventId: string; layer: string } }[] }
    assert.deepEqual(ref.features.map((f) => f.properties.eventId), ['SYRT001', 'SYRT002'])
    assert.equal(ref.features[0]?.properties.layer, 'acled-test.csv')
    const events = (await (await app.request('/api/events?limit=1000')).json()) as { events: FusedEvent[] }
    assert.ok(events.events.every((e) => !e.id.includes('SYRT')), 'reference rows never become Sitrep events')
  })
})
