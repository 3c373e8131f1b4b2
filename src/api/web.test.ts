// Serving the built web UI: index at "/", types by extension, nothing outside the directory.
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { createApp } from './app.ts'
import { memoryReadModel } from './memory-read-model.ts'

const root = mkdtempSync(join(tmpdir(), 'sitrep-web-'))
mkdirSync(join(root, 'web', 'assets'), { recursive: true })
writeFileSync(join(root, 'web', 'index.html'), '<!doctype html><title>t</title>')
writeFileSync(join(root, 'web', 'assets', 'app-1.js'), 'console.log(1)')
writeFileSync(join(root, 'secret.txt'), 'do not serve')
const app = createApp({ model: memoryReadModel({ documents: [], stories: [], control: [], whatifs: [] }), webDir: join(root, 'web') })

describe('web routes', () => {
  it('answers / with index.html, whatever the query', async () => {
    const res = await app.request('/?date=2024-12-08&event=x')
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type') ?? '', /text\/html/)
    assert.match(await res.text(), /<title>t<\/title>/)
  })

  it('serves hashed assets with a long cache and a JavaScript type', async () => {
    const res = await app.request('/assets/app-1.js')
    assert.equal(res.status, 200)
    assert.match(res.headers.get('content-type') ?? '', /text\/javascript/)
    assert.match(res.headers.get('cache-control') ?? '', /immutable/)
  })

  it('never serves a file outside its directory', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/%2e%2e%2fsecret.txt']) {
      const res = await app.request(path)
      assert.equal(res.status, 404, path)
    }
  })

  it('answers an empty store with null dates', async () => {
    const res = await app.request('/api/meta')
    assert.equal((await res.json() as { dates: unknown }).dates, null)
  })
})
