// Bench in headless Chromium (SwiftShader, no GPU): first complete render of the map on the fixture corpus,
// then frames per second while dragging the map with N synthetic events loaded ("all to date").
// Targets (issue 7): first render < 2 s; panning with 100k events > 30 fps, counted as frames the map painted (a
// frame in which it issued WebGL draw calls), not animation-frame ticks. Needs /usr/bin/chromium and dist/web.
// Usage: npm run build:web && npx tsx bench/web-render.ts [N=100000] [--pan-only | --first-only] [--viewport=WxH]
// The continuous drag is measured with the map at half resolution while it moves (the page's default in software
// WebGL) and at full resolution (motion=full); the map at rest is full resolution in both.
// SwiftShader rasterises on the CPU, so fps falls with the pixels drawn: --viewport=700x450 shows how much.
// SITREP_WEB_DIR=path/to/other/dist/web measures another build (e.g. main's) against the same server.
// --trace=FILE saves a Chrome trace of the drag with N events (open it in Perfetto or chrome://tracing): SwiftShader's
// work shows in the GPU process as ContextVk::finishImpl inside the readback of each painted frame. Tracing slows
// the traced drag: take fps from a run without it. With --first-only, --trace=FILE traces the third first render instead.
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

const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'toplevel', 'blink', 'cc', 'viz', 'gpu', 'gpu.angle', 'v8']

async function firstRender(trace?: string): Promise<void> {
  const h = await startHarness()
  for (let i = 0; i < 3; i++) {
    const page = await h.newPage()
    // The last run is traced when asked: the first ones warm the server and the browser's caches.
    const traced = trace && i === 2
    if (traced) await h.browser.startTracing(page, { categories: TRACE_CATEGORIES })
    const t0 = Date.now()
    await page.goto(`${h.base}/?date=2024-12-08`)
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 })
    if (traced) { writeFileSync(trace, await h.browser.stopTracing()); console.log(`trace of the first render: ${trace}`) }
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
  // A frame counts as painted only when the map issued a WebGL draw call in it: a requestAnimationFrame tick that
  // redraws nothing (the page skips repeated paints) would otherwise count as a frame the user sees move.
  await page.evaluate(PAINT_COUNTER)
  // A string, not a function: tsx's helpers (__name) do not exist in the page.
  await page.evaluate('window.frames_ = 0; window.painted_ = 0; window.stop_ = false; (function tick() { window.frames_++; if (window.drew_) window.painted_++; window.drew_ = false; if (!window.stop_) requestAnimationFrame(tick) })()')
  // Main-thread time per frame separates the page's own work (JS, style, layout: what a real GPU would not take
  // away) from SwiftShader's rasterising, which runs in the GPU process and scales with the pixels drawn.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]))
  const m0 = await metrics()
  if (trace) await h.browser.startTracing(page, { categories: TRACE_CATEGORIES })
  const start = Date.now()
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2
  await page.mouse.move(cx, cy)
  await page.mouse.down()
  for (let i = 0; i < 60; i++) await page.mouse.move(cx + 200 * Math.sin(i / 10), cy + 120 * Math.cos(i / 10))
  await page.mouse.up()
  const elapsed = (Date.now() - start) / 1000
  const [frames, painted] = (await page.evaluate('window.stop_ = true; [window.frames_, window.painted_]')) as [number, number]
  const m1 = await metrics()
  if (trace) { writeFileSync(trace, await h.browser.stopTracing()); console.log(`trace of the drag with ${n} events: ${trace}`) }
  const perFrame = (k: string) => (((m1[k] ?? 0) - (m0[k] ?? 0)) * 1000 / Math.max(1, frames)).toFixed(1)
  console.log(`${n} events, ${viewport.width}x${viewport.height}, half resolution in motion: awaited drag ${(frames / elapsed).toFixed(1)} fps (${frames} frames in ${elapsed.toFixed(1)} s of dragging, ${painted} of them painted); ` +
    `main thread per frame: ${perFrame('TaskDuration')} ms busy, of which script ${perFrame('ScriptDuration')} ms, style+layout ${(Number(perFrame('RecalcStyleDuration')) + Number(perFrame('LayoutDuration'))).toFixed(1)} ms`)
  await h.close()
}

/** Wraps WebGL's draw calls so the page's rAF counter can tell a painted frame from an idle one. */
const PAINT_COUNTER = `(() => {
  for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) for (const f of ['drawElements', 'drawArrays']) {
    const orig = C.prototype[f]
    C.prototype[f] = function (...a) { window.drew_ = true; return orig.apply(this, a) }
  }
})()`

// Playwright's awaited mouse.move waits for each input to be handled, so the drag above gives the map as many new
// positions as its round trips allow. Here the moves are sent without waiting, faster than any frame rate, as a
// fast hand would: Chromium coalesces them per frame, so every frame has a new camera to paint, and the rate of
// painted frames is how smoothly the map follows the pointer.
// In software WebGL the page draws a moving map at half resolution (web/src/lower-resolution-while-moving.ts);
// fullResolution measures the same drag with motion=full, the map kept at full resolution throughout.
async function continuousPanning(n: number, fullResolution: boolean): Promise<void> {
  const h = await startHarness(memoryReadModel(syntheticData(n)))
  const page = await h.newPage(viewport)
  await page.goto(`${h.base}/?date=2024-12-12&window=all${fullResolution ? '&motion=full' : ''}`)
  await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 })
  const box = (await page.locator('#map').boundingBox())!
  await page.evaluate(PAINT_COUNTER)
  const cdp = await page.context().newCDPSession(page)
  const cx = box.x + box.width / 2, cy = box.y + box.height / 2
  const mouse = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', x: number, y: number) =>
    cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1 })
  await mouse('mouseMoved', cx, cy)
  await mouse('mousePressed', cx, cy)
  await page.evaluate('window.frames_ = 0; window.painted_ = 0; window.stop_ = false; (function tick() { window.frames_++; if (window.drew_) window.painted_++; window.drew_ = false; if (!window.stop_) requestAnimationFrame(tick) })()')
  const seconds = 5, start = Date.now()
  const sent: Promise<unknown>[] = []
  for (let i = 0; Date.now() - start < seconds * 1000; i++) {
    sent.push(mouse('mouseMoved', cx + 200 * Math.sin(i / 40), cy + 120 * Math.cos(i / 40)))
    await new Promise((r) => setTimeout(r, 4))
  }
  await Promise.all(sent)
  const elapsed = (Date.now() - start) / 1000
  const [frames, painted] = (await page.evaluate('window.stop_ = true; [window.frames_, window.painted_]')) as [number, number]
  await mouse('mouseReleased', cx, cy)
  console.log(`${n} events, ${viewport.width}x${viewport.height}, ${fullResolution ? 'full resolution in motion' : 'half resolution in motion'}: continuous drag ${(painted / elapsed).toFixed(1)} painted fps ` +
    `(${painted} painted of ${frames} frames in ${elapsed.toFixed(1)} s, ${sent.length} pointer moves sent)`)
  await h.close()
}

// With --first-only, --trace traces a first render; otherwise the drag with N events.
if (!panOnly) await firstRender(firstOnly ? traceFile : undefined)
if (!firstOnly) {
  // The same drag with no synthetic events separates the cost of the events from SwiftShader's own.
  await panning(0)
  await panning(n, firstOnly ? undefined : traceFile)
  // Both resolutions, alternated, so a loaded machine weighs on each alike.
  for (const full of [true, false]) await continuousPanning(0, full)
  for (const full of [true, false, true, false]) await continuousPanning(n, full)
}
