// Bench in headless Chromium (SwiftShader, no GPU): first complete render of the map on the fixture corpus,
// then frames per second while dragging the map with N synthetic events loaded ("all to date").
// Targets (issue 7): first render < 2 s; panning with 100k events > 30 fps. Needs /usr/bin/chromium and dist/web.
// Usage: npm run build:web && npx tsx bench/web-render.ts [N=100000] [--pan-only | --first-only] [--viewport=WxH]
// SwiftShader rasterises on the CPU, so fps falls with the pixels drawn: --viewport=700x450 shows how much.
// SITREP_WEB_DIR=path/to/other/dist/web measures another build (e.g. main's) against the same server.
// --trace=FILE saves a Chrome trace of the drag with N events (open it in Perfetto or chrome://tracing): SwiftShader's
// work shows in the GPU process as ContextVk::finishImpl inside the readback of each painted frame. Tracing slows
// the traced drag: take fps from a run without it.
import { writeFileSync } from 'node:fs'
import { memoryReadModel } from '../src/api/memory-read-model.ts'
import { browserSkipReason, startHarness } from '../test/browser/harness.ts'
import { syntheticData } from './synthetic-events.ts'

const args = process.argv.slice(2)
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000)
const panOnly = args.includes('--pan-only')
const firstOnly = args.includes('--first-only')
const traceFile = args.find((a) => a.startsWith('--trace='))?.slice(8)
const [vw, vh] = (args.find((a) => a.startsWith('--viewport='))?.slice(11) ?? '1400x900').split('x').map(Number)
const viewport = { width: vw ?? 1400, height: vh ?? 900 }
const skip = browserSkipReason()
if (skip) { console.log(`skipped: ${skip}`); process.exit(0) }

async function firstRender(): Promise<void> {
  const h = await startHarness()
  for (let i = 0; i < 3; i++) {
    const page = await h.newPage()
    const t0 = Date.now()
    await page.goto(`${h.base}/?date=2024-12-08`)
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 })
    const inPage = await page.getAttribute('body', 'data-ready-ms')
    // The page marks its steps (web/src/main.ts, map.ts): where the time goes, not only how much.
    const marks = await page.evaluate(`performance.getEntriesByType('mark').filter((m) => m.name.startsWith('sitrep:')).map((m) => m.name.slice(7) + ' ' + Math.round(m.startTime)).join(', ')`)
    console.log(`first render (demo corpus, run ${i + 1}): ${Date.now() - t0} ms from goto to map idle (${inPage} ms after navigation start, in the page; ${marks})`)
    await page.close()
  }
  await h.close()
}

async function panning(n: number, trace?: string): Promise<void> {
  const h = await startHarness(memoryReadModel(syntheticData(n)))
  const page = await h.newPage(viewport)
  const t0 = Date.now()
  await page.goto(`${h.base}/?date=2024-12-12&window=all`)
  await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 })
  console.log(`${n} events: loaded and drawn in ${Date.now() - t0} ms`)
  const box = (await page.locator('#map').boundingBox())!
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  await page.evaluate('window.frames_ = 0; window.stop_ = false; (function tick() { window.frames_++; if (!window.stop_) requestAnimationFrame(tick) })()')
  // Main-thread time per frame separates the page's own work (JS, style, layout: what a real GPU would not take
  // away) from SwiftShader's rasterising, which runs in the GPU process and scales with the pixels drawn.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]))
  const m0 = await metrics()
  if (trace) await h.browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel', 'blink', 'cc', 'viz', 'gpu', 'gpu.angle', 'v8'] })
  const start = Date.now()
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2
  await page.mouse.move(cx, cy)
  await page.mouse.down()
  for (let i = 0; i < 60; i++) await page.mouse.move(cx + 200 * Math.sin(i / 10), cy + 120 * Math.cos(i / 10))
  await page.mouse.up()
  const elapsed = (Date.now() - start) / 1000
  const frames = Number(await page.evaluate('window.stop_ = true; window.frames_'))
  const m1 = await metrics()
  if (trace) { writeFileSync(trace, await h.browser.stopTracing()); console.log(`trace of the drag with ${n} events: ${trace}`) }
  const perFrame = (k: string) => (((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000 / Math.max(1, frames)).toFixed(1)
  console.log(`${n} events, ${viewport.width}x${viewport.height}: panning ${(frames / elapsed).toFixed(1)} fps (${frames} frames in ${elapsed.toFixed(1)} s of dragging); ` +
    `main thread per frame: ${perFrame('TaskDuration')} ms busy, of which script ${perFrame('ScriptDuration')} ms, style+layout ${(Number(perFrame('RecalcStyleDuration')) + Number(perFrame('LayoutDuration'))).toFixed(1)} ms`)
  await h.close()
}

if (!panOnly) await firstRender()
if (!firstOnly) {
  // The same drag with no synthetic events separates the cost of the events from SwiftShader's own.
  await panning(0)
  await panning(n, traceFile)
}
