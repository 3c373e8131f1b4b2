// The ACLED reference layer in Chromium: a small ACLED-layout CSV goes through `sitrep import` into a store, the
// app reads the stored rows, and the layer is toggled on, drawn apart from Sitrep's events, and clicked.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { memoryReadModel } from '../../src/api/memory-read-model.ts'
import { openSqliteStore } from '../../src/store/sqlite.ts'
import { ACLED_REFERENCE_CSV } from '../fixtures/acled-reference.ts'
import { fixtureData } from '../fixtures/read-model-fixture.ts'
import { ARTIFACTS, browserSkipReason, startHarness, type Harness } from './harness.ts'

const skip = browserSkipReason()
if (skip) console.log(`# browser tests skipped: ${skip}`)

/** Imports the CSV with the real command and reads back what the store holds. */
async function importedRows() {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-ref-'))
  const csv = join(dir, 'acled-test.csv'), db = join(dir, 'store.db')
  await writeFile(csv, ACLED_REFERENCE_CSV)
  const bin = new URL('../../bin/sitrep.js', import.meta.url).pathname
  const r = spawnSync(process.execPath, [bin, 'import', '--db', db, '--format', 'acled-csv', csv], { encoding: 'utf8' })
  assert.equal(r.status, 0, r.stderr)
  const store = await openSqliteStore(db)
  try { return await store.getReferenceEvents() } finally { await store.close() }
}

describe('ACLED reference layer in Chromium', { skip: skip ?? false }, () => {
  let h: Harness
  before(async () => { h = await startHarness(memoryReadModel({ ...fixtureData(), reference: await importedRows() })) })
  after(async () => { await h?.close() })

  const open = (path: string): Promise<Page> => h.open(path)

  it('toggles the imported layer on, keeps it in the URL, and opens a row as text', async () => {
    const page = await open('/?date=2024-12-07')
    const toggle = page.locator('[data-testid="reference-toggle"]')
    assert.ok(await toggle.isVisible(), 'the toggle shows once a layer is imported')
    assert.equal(await page.locator('[data-testid="reference-legend"]').count(), 0, 'off until asked for')
    await toggle.check()
    // SYRT001 (Homs) and SYRT002 (Palmyra) fall on the day; SYRT004 has no coordinates and is not drawn.
    await page.waitForSelector('[data-testid="reference-legend"][data-count="2"]')
    assert.match(page.url(), /ref=1/)
    await page.waitForTimeout(500)
    await page.screenshot({ path: `${ARTIFACTS}reference-layer.png` })

    // Nothing of Sitrep's own is at Palmyra on this day: a click there can only hit the reference diamond.
    const dot = await page.locator('.town-label[data-town="Palmyra"] .town-dot').boundingBox()
    assert.ok(dot)
    await page.mouse.click(dot.x + dot.width / 2, dot.y + dot.height / 2)
    const card = page.locator('[data-testid="reference-card"]')
    await card.waitFor({ state: 'visible' })
    const text = await card.textContent() ?? ''
    for (const s of ['SYRT002', 'Air/drone strike', 'Palmyra', 'Military Forces of Russia', 'Test Monitor']) assert.ok(text.includes(s), s)
    assert.ok(text.includes('<img src=x onerror="window.__refPwned = true">'), 'the note is shown as text')
    assert.equal(await card.locator('img').count(), 0)
    assert.equal(await page.evaluate('typeof window.__refPwned'), 'undefined')
    assert.equal(await page.locator('[data-testid="event-card"]').isVisible(), false, 'a reference row is not a Sitrep event')
    await page.screenshot({ path: `${ARTIFACTS}reference-card.png` })

    await toggle.uncheck()
    await page.waitForFunction(() => !document.querySelector('[data-testid="reference-legend"]'))
    assert.doesNotMatch(page.url(), /ref=1/)
    await page.close()
  })

  it('opens with the layer on from a shared URL and follows the event window', async () => {
    const page = await open('/?date=2024-12-07&ref=1&window=all')
    assert.ok(await page.locator('[data-testid="reference-toggle"]').isChecked())
    await page.waitForSelector('[data-testid="reference-legend"][data-count="3"]')
    await page.close()
  })

  it('made no request leaving the machine and no page errors', () => {
    assert.deepEqual(h.external, [])
    assert.deepEqual(h.problems, [])
  })
})
