// Starts the app on loopback over the fixture read model and drives Debian's Chromium through playwright-core.
// Every request that is not to this server is aborted and recorded, so a test can assert none was made.
import { existsSync, mkdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { serve, type ServerType } from '@hono/node-server'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createApp } from '../../src/api/app.ts'
import { memoryReadModel } from '../../src/api/memory-read-model.ts'
import type { ReadModel } from '../../src/api/read-model.ts'
import { ACTORS, fixtureData } from '../fixtures/read-model-fixture.ts'

export const CHROMIUM = process.env['SITREP_CHROMIUM'] ?? '/usr/bin/chromium'
// SITREP_WEB_DIR points the harness at another build (the bench compares builds with it).
export const WEB_DIR = process.env['SITREP_WEB_DIR'] ?? new URL('../../dist/web/', import.meta.url).pathname
export const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname

/** Why browser tests cannot run here, or null when they can. */
export function browserSkipReason(): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} not found (apt-get install -y chromium)`
  if (!existsSync(`${WEB_DIR}index.html`)) return 'dist/web not built (npm run build:web)'
  return null
}

export interface Harness {
  base: string
  browser: Browser
  /** Requests that tried to leave the machine. */
  external: string[]
  /** Page errors, console errors and CSP violations. */
  problems: string[]
  /** A page at 1400×900 unless told another size. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>
  /** A new page at `path` (e.g. "/?date=2024-12-08"), once the app has drawn its first full render. */
  open(path: string): Promise<Page>
  close(): Promise<void>
}

/** Starts server and browser, over the fixture corpus unless given another read model. */
export async function startHarness(model: ReadModel = memoryReadModel(fixtureData())): Promise<Harness> {
  // As `sitrep serve` does with the theater lexicon: a side no document names goes by its name.
  const app = createApp({ model, webDir: WEB_DIR, actorName: (id) => Object.values(ACTORS).find((a) => a.actorId === id)?.name })
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s))
  })
  const port = (server.address() as AddressInfo).port
  const base = `http://127.0.0.1:${port}`
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })
  mkdirSync(ARTIFACTS, { recursive: true })
  const external: string[] = []
  const problems: string[] = []
  const harness: Harness = {
    base, browser, external, problems,
    async newPage(viewport = { width: 1400, height: 900 }) {
      const page = await browser.newPage({ viewport })
      await page.route('**/*', (route) => {
        const url = route.request().url()
        if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
        external.push(url)
        return route.abort('blockedbyclient')
      })
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`) })
      return page
    },
    async open(path) {
      const page = await harness.newPage()
      await page.goto(`${base}${path}`)
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 })
      return page
    },
    async close() {
      await browser.close()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  return harness
}
