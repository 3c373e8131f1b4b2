import { chromium } from 'playwright-core'
const base = 'http://127.0.0.1:8093'
const out = '/tmp/webprof/shots/'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu'] })
const external: string[] = [], problems: string[] = []
async function open(path: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  await page.route('**/*', (r) => { const u = r.request().url(); if (u.startsWith(base) || u.startsWith('data:') || u.startsWith('blob:')) return r.continue(); external.push(u); return r.abort() })
  page.on('pageerror', (e) => problems.push(e.message)); page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`) })
  const t0 = Date.now()
  await page.goto(base + path)
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 })
  console.log(path, 'ready in', Date.now() - t0, 'ms', await page.getAttribute('body', 'data-ready-ms'))
  return page
}
let p = await open('/')
console.log('url', p.url())
await p.waitForTimeout(400); await p.screenshot({ path: out + '1-default.png' })
console.log('list', (await p.locator('[data-testid="event-list"] .event-item').count()))
await p.close()
p = await open('/?date=2024-12-08&window=all')
await p.waitForTimeout(400); await p.screenshot({ path: out + '2-all.png' })
const first = p.locator('[data-testid="event-list"] .event-item').nth(3)
await first.click()
await p.locator('[data-testid="event-card"]').waitFor({ state: 'visible' })
await p.waitForTimeout(300); await p.screenshot({ path: out + '3-card.png' })
console.log('event url', p.url())
const storyBtn = p.locator('[data-testid="open-story"]')
if (await storyBtn.count()) { await storyBtn.first().click(); await p.locator('[data-testid="story-view"]').waitFor({ state: 'visible' }); await p.waitForTimeout(300); await p.screenshot({ path: out + '4-story.png' }); console.log('story url', p.url()) }
await p.close()
p = await open('/?date=2024-12-06')
await p.click('.tabs button[data-tab="stories"]')
await p.waitForTimeout(300); await p.screenshot({ path: out + '5-stories.png' })
const stories = await p.locator('.story-item').count(); console.log('stories', stories)
await p.click('.tabs button[data-tab="whatif"]')
const opts = await p.$$eval('[data-testid="whatif-town"] option', (os) => os.map((o) => [o.getAttribute('value'), o.textContent]))
console.log('whatif towns', opts.slice(0, 40).map((o) => o[1]).join(' | '))
const homs = opts.find((o) => /^Homs/.test(o[1] ?? ''))
if (homs) { await p.selectOption('[data-testid="whatif-town"]', homs[0]!); }
const bys = await p.$$eval('[data-testid="whatif-by"] option', (os) => os.map((o) => [o.getAttribute('value'), o.textContent]))
console.log('by', bys.map((o) => o.join('=')).join(' | '))
await p.click('[data-testid="whatif-run"]')
await p.waitForTimeout(1500); await p.screenshot({ path: out + '6-whatif.png' })
console.log('whatif result', await p.textContent('[data-testid="whatif-result"]'), p.url())
await p.close()
console.log('external', external, 'problems', problems)
await browser.close()
