// Serves the built web UI (dist/web) read-only: index.html at "/", hashed assets and basemap data below it.
// Paths are resolved inside the directory only; anything else is a 404, never a file outside it.
import { readFile } from 'node:fs/promises'
import { extname, normalize, resolve, sep } from 'node:path'
import { Hono } from 'hono'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.md': 'text/plain; charset=utf-8', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
}

async function fileIn(root: string, urlPath: string): Promise<Buffer | null> {
  let rel: string
  try { rel = decodeURIComponent(urlPath) } catch { return null }
  const full = resolve(root, normalize('.' + sep + rel))
  if (full !== root && !full.startsWith(root + sep)) return null
  try { return await readFile(full) } catch { return null }
}

/** Routes serving `dir`; "/" (with any query: the view lives in the URL) answers index.html. */
export function webRoutes(dir: string): Hono {
  const root = resolve(dir)
  return new Hono().get('*', async (c) => {
    const path = c.req.path === '/' ? '/index.html' : c.req.path
    const body = await fileIn(root, path)
    if (!body) return c.text('not found', 404)
    const type = TYPES[extname(path)] ?? 'application/octet-stream'
    // Vite's hashed assets never change under their name; index.html and data must be re-read.
    const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
    return c.body(new Uint8Array(body), 200, { 'content-type': type, 'cache-control': cache })
  })
}
