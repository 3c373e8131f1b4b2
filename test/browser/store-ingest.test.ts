// The web app in headless Chromium over a store's read model (what `sitrep serve --allow-ingest` serves), before and
// after documents are ingested while it runs: the ingested report's event opens with its evidence, the control list
// takes the capture it reports, and the page stays free of errors.
import assert from 'node:assert/strict'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { FusedEvent } from '../../src/core/contract.ts'
import { openStoreIngest, openStoreReadModel, type StoreReadModel } from '../../src/api/store-read-model.ts'
import type { Ingest } from '../../src/api/routes/documents.ts'
import { openSqliteStore } from '../../src/store/sqlite.ts'
import { browserSkipReason, startHarness, type Harness } from './harness.ts'

const skip = browserSkipReason()
if (skip) console.log(`# browser tests skipped: ${skip}`)

// Reports written for this test.
const record = (source: string, publishedAt: string, text: string) => ({ source, raw: text, format: 'text' as const, hints: { publishedAt } })
const FIRST = [
  record('https://one.example/homs', '2024-12-07', 'Insurgents captured the city of Homs on Saturday after government troops withdrew, a war monitor said.'),
  record('https://two.example/homs', '2024-12-07', 'Opposition fighters took control of Homs on Saturday, witnesses told local reporters.'),
]
const LATER = [
  record('https://one.example/hama', '2024-12-05', 'Rebel fighters seized Hama on Thursday after days of heavy clashes with the army, a monitoring group said.'),
  record('https://three.example/hama', '2024-12-05', 'Opposition forces took full control of Hama on Thursday as the army withdrew, a war monitor said.'),
]

describe('web app over a store, after an ingest', { skip: skip ?? false }, () => {
  let h: Harness
  let model: StoreReadModel
  let ingest: Ingest
  before(async () => {
    const db = join(await mkdtemp(join(tmpdir(), 'sitrep-web-ingest-')), 'store.db')
    await (await openSqliteStore(db)).close()
    model = openStoreReadModel(db, () => {})
    ingest = openStoreIngest(db, model)
    await ingest(FIRST)
    h = await startHarness(model)
  })
  after(async () => {
    await h?.close()
    await model?.close()
  })

  const holderOf = async (date: string, place: string) => {
    const page = await h.open(`/?date=${date}`)
    const holder = await page.getAttribute(`[data-testid="control-list"] li[data-place="${place}"]`, 'data-holder')
    await page.close()
    return holder
  }

  it('shows what an ingest added, with its evidence, while serving', async () => {
    assert.equal(await holderOf('2024-12-06', 'Hama'), 'syrian-government')
    await ingest(LATER)
    assert.notEqual(await holderOf('2024-12-06', 'Hama'), 'syrian-government', 'the capture of Hama moves its holder')
    const events = (await model.events({ limit: 100 })).items
    const capture = events.find((e: FusedEvent) => e.type === 'territory_change' && /Hama/.test(e.evidence.text))
    assert.ok(capture, `the ingested capture is served: ${JSON.stringify(events.map((e) => [e.type, e.date, e.place?.name, e.evidence.text]))}`)
    const page = await h.open(`/?event=${encodeURIComponent(capture.id)}`)
    await page.locator('[data-testid="event-card"]').waitFor({ state: 'visible' })
    const evidence = await page.textContent('[data-testid="evidence"]')
    assert.ok(evidence && /Hama/.test(evidence), `evidence: ${evidence}`)
    await page.close()
  })

  it('made no request off the machine and met no page errors', () => {
    assert.deepEqual(h.external, [])
    assert.deepEqual(h.problems, [])
  })
})
