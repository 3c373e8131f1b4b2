// The web app in headless Chromium on the fixture corpus: slider and control, event card with evidence,
// story view, what-if, URL state, hostile article text, and no request leaving the machine.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { ARTIFACTS, browserSkipReason, startHarness, type Harness } from './harness.ts'

const skip = browserSkipReason()
if (skip) console.log(`# browser tests skipped: ${skip}`)

describe('web app in Chromium', { skip: skip ?? false }, () => {
  let h: Harness
  before(async () => { h = await startHarness() })
  after(async () => { await h?.close() })

  const open = (path: string): Promise<Page> => h.open(path)

  async function holders(page: Page): Promise<Record<string, string>> {
    return page.$$eval('[data-testid="control-list"] li', (lis) =>
      Object.fromEntries(lis.map((li) => [li.getAttribute('data-place'), `${li.getAttribute('data-holder')}/${li.getAttribute('data-status')}`])))
  }

  it('moves the slider from 2024-11-26 to 2024-12-08 and shows the new holders of the four cities', async () => {
    const page = await open('/?date=2024-11-26')
    assert.equal(await page.textContent('[data-testid="date-label"]'), '2024-11-26')
    const start = await holders(page)
    for (const city of ['Aleppo', 'Hama', 'Homs', 'Damascus']) assert.equal(start[city], 'syrian-government/baseline', city)
    await page.screenshot({ path: `${ARTIFACTS}slider-2024-11-26.png` })
    await page.focus('[data-testid="date-slider"]')
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight')
    await page.waitForSelector('body[data-loaded-date="2024-12-08"]')
    const end = await holders(page)
    assert.equal(end['Aleppo'], 'hts/assessed')
    assert.equal(end['Hama'], 'hts/assessed')
    assert.equal(end['Homs'], 'hts/assessed')
    assert.equal(end['Damascus'], 'hts/assessed')
    assert.match(page.url(), /date=2024-12-08/)
    await page.waitForTimeout(500)
    await page.screenshot({ path: `${ARTIFACTS}slider-2024-12-08.png` })
    await page.close()
  })

  it('marks a contested town on the day it is contested', async () => {
    const page = await open('/?date=2024-12-06')
    assert.equal((await holders(page))['Homs'], 'syrian-government/contested')
    assert.equal(await page.locator('.contested-badge').count(), 1)
    await page.close()
  })

  it('opens an event from the list and highlights its evidence inside the source text', async () => {
    const page = await open('/?date=2024-11-30')
    await page.click('[data-event="ev-aleppo-taken"]')
    const card = page.locator('[data-testid="event-card"]')
    await card.waitFor({ state: 'visible' })
    const evidence = await page.textContent('[data-testid="evidence"]')
    assert.equal(evidence, 'Opposition fighters led by Hayat Tahrir al-Sham took control of most of Aleppo on Saturday, a war monitor said.')
    // The highlight sits inside the full text, not alone.
    const text = await page.textContent('[data-testid="event-card"] .source-text')
    assert.ok(text && text.length > (evidence?.length ?? 0) && text.includes(evidence ?? '\u0000'))
    assert.equal(await page.locator('[data-testid="other-source"]').count(), 2)
    const cardText = await card.textContent()
    for (const s of ['territory change', 'Hayat Tahrir al-Sham (initiator)', 'Syrian government (target)', 'asserted', 'war monitor', '2 independent']) assert.ok(cardText?.includes(s), s)
    assert.match(page.url(), /event=ev-aleppo-taken/)
    await page.screenshot({ path: `${ARTIFACTS}event-card.png` })
    await page.close()
  })

  it('opens the event card from /?event=ID on the event\'s day', async () => {
    const page = await open('/?event=ev-aleppo-dead')
    await page.locator('[data-testid="event-card"]').waitFor({ state: 'visible' })
    assert.equal(await page.textContent('[data-testid="date-label"]'), '2024-11-30')
    assert.match(await page.textContent('[data-testid="event-card"]') ?? '', /killed: 20/)
    assert.match(await page.textContent('[data-testid="event-card"]') ?? '', /Disagree onkilled: 20 vs 25/)
    await page.close()
  })

  it('opens a story with its documents side by side and the disagreement marked', async () => {
    const page = await open('/?event=ev-aleppo-dead')
    await page.click('[data-testid="open-story"]')
    const story = page.locator('[data-testid="story-view"]')
    await story.waitFor({ state: 'visible' })
    assert.equal(await story.locator('.story-doc').count(), 3)
    assert.ok(await story.locator('.story-doc mark.mark-agreed').count() >= 3)
    const disagreed = story.locator('.story-doc mark.mark-disagreed')
    assert.equal(await disagreed.count(), 2)
    assert.match(await disagreed.first().getAttribute('title') ?? '', / killed: 20 here; 25 elsewhere/)
    assert.match(await story.locator('[data-testid="disagreements"]').textContent() ?? '', /casualties — killed: 20 \(1 doc\) vs 25 \(1 doc\)/)
    assert.match(page.url(), /story=story-aleppo/)
    await page.screenshot({ path: `${ARTIFACTS}story-view.png` })
    await page.close()
  })

  it('runs a what-if and lists the cut routes', async () => {
    const page = await open('/?date=2024-12-06')
    await page.click('.tabs button[data-tab="whatif"]')
    const panel = page.locator('[data-testid="whatif-panel"]')
    await panel.waitFor({ state: 'visible' })
    await page.selectOption('[data-testid="whatif-town"]', 'geonames:169577')
    await page.selectOption('[data-testid="whatif-by"]', 'hts')
    await page.click('[data-testid="whatif-run"]')
    await page.waitForFunction(() => /loses/.test(document.querySelector('[data-testid="whatif-result"]')?.textContent ?? ''))
    const result = await page.textContent('[data-testid="whatif-result"]')
    assert.match(result ?? '', /Syrian government loses Damascus – Latakia/)
    assert.match(result ?? '', /M5 Hama–Homs/)
    assert.match(page.url(), /whatif=geonames%3A169577%7Chts/)
    await page.waitForTimeout(500)
    await page.screenshot({ path: `${ARTIFACTS}whatif.png` })
    await page.close()
  })

  it('opens the event card when its dot on the map is clicked', async () => {
    const page = await open('/?date=2024-12-05')
    const dot = await page.locator('.town-label[data-town="Hama"] .town-dot').boundingBox()
    assert.ok(dot)
    await page.mouse.click(dot.x + dot.width / 2, dot.y + dot.height / 2)
    await page.locator('[data-testid="event-card"]').waitFor({ state: 'visible' })
    assert.match(await page.textContent('[data-testid="evidence"]') ?? '', /redeployed outside Hama/)
    assert.match(page.url(), /event=ev-hama-taken/)
    await page.close()
  })

  // Software WebGL (as here) draws a moving map at half resolution and the map at rest at full resolution.
  it('drags the map at half resolution and redraws it at full resolution when it stops; motion=full keeps full resolution', async () => {
    for (const [path, halfWhileMoving] of [['/?date=2024-12-05', true], ['/?date=2024-12-05&motion=full', false]] as const) {
      const page = await open(path)
      const canvasWidth = () => page.$eval('.maplibregl-canvas', (c) => (c as HTMLCanvasElement).width)
      const labelX = async () => (await page.locator('.town-label[data-town="Hama"]').boundingBox())!.x
      const full = await canvasWidth()
      const x0 = await labelX()
      const box = (await page.locator('#map').boundingBox())!
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      await page.mouse.down()
      for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width / 2 + 10 * i, box.y + box.height / 2)
      await page.evaluate(() => new Promise(requestAnimationFrame))
      assert.equal(await canvasWidth(), halfWhileMoving ? Math.round(full / 2) : full, `${path}: canvas width while moving`)
      await page.mouse.up()
      await page.waitForFunction((w) => (document.querySelector('.maplibregl-canvas') as HTMLCanvasElement).width === w, full)
      // The resize must not have ended the drag: the map followed the pointer.
      assert.ok(await labelX() - x0 > 60, `${path}: the map moved with the drag`)
      if (!halfWhileMoving) assert.match(page.url(), /motion=full/)
      await page.close()
    }
  })

  it('picks a day from the strip', async () => {
    const page = await open('/?date=2024-11-26')
    await page.click('[data-testid="strip"] [data-date="2024-12-07"]')
    await page.waitForSelector('body[data-loaded-date="2024-12-07"]')
    assert.equal((await holders(page))['Homs'], 'hts/claimed')
    assert.equal(await page.locator('[data-testid="event-list"] .event-item').count(), 4)
    await page.close()
  })

  it('filters events by type and keeps the filter in the URL', async () => {
    const page = await open('/?date=2024-12-07')
    assert.equal(await page.locator('[data-testid="event-list"] .event-item').count(), 4)
    await page.selectOption('[data-testid="type-filter"]', 'displacement')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="event-list"] .event-item').length === 1)
    assert.match(page.url(), /type=displacement/)
    await page.close()
    const again = await open('/?date=2024-12-07&type=displacement')
    assert.equal(await again.locator('[data-testid="event-list"] .event-item').count(), 1)
    await again.close()
  })

  it('plays the timeline forward a day at a time', async () => {
    const page = await open('/?date=2024-12-01')
    await page.click('#play')
    // One step is 900 ms; the generous wait is for a loaded CI machine, not a speed check.
    await page.waitForSelector('body[data-loaded-date="2024-12-02"]', { timeout: 20_000 })
    await page.click('#play')
    await page.close()
  })

  it('renders article text carrying <script> and onerror= payloads as text', async () => {
    const page = await open('/?event=ev-hama-shelling')
    await page.locator('[data-testid="event-card"]').waitFor({ state: 'visible' })
    const text = await page.textContent('[data-testid="event-card"] .source-text')
    assert.ok(text?.includes('<script>window.__pwned = true</script>'))
    assert.ok(text?.includes('<img src=x onerror="window.__pwned = true">'))
    assert.ok(await page.textContent('[data-testid="evidence"]').then((t) => t?.includes('onerror=')))
    await page.click('[data-testid="open-story"]')
    await page.locator('[data-testid="story-view"]').waitFor({ state: 'visible' })
    assert.match(await page.textContent('[data-testid="story-view"] h2') ?? '', /Comment <img src=x onerror=alert\(1\)>/)
    assert.equal(await page.locator('main img, main script').count(), 0)
    assert.equal(await page.evaluate('typeof window.__pwned'), 'undefined')
    await page.screenshot({ path: `${ARTIFACTS}hostile-text.png` })
    await page.close()
  })

  it('serves the page with a Content-Security-Policy', async () => {
    const page = await h.newPage()
    const res = await page.goto(`${h.base}/`)
    assert.match(res?.headers()['content-security-policy'] ?? '', /default-src 'self'/)
    await page.close()
  })

  it('works with every non-local request blocked, and made none, with no errors or CSP violations', () => {
    assert.deepEqual(h.external, [])
    assert.deepEqual(h.problems, [])
  })
})
