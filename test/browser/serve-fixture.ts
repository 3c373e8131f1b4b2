// Test tooling, not a product feature: serves the built web app over the fixture read model, to look at the UI
// before the store is wired. Usage: npm run build:web && npx tsx test/browser/serve-fixture.ts [port]
import { serve } from '@hono/node-server'
import { createApp } from '../../src/api/app.ts'
import { memoryReadModel } from '../../src/api/memory-read-model.ts'
import { fixtureData } from '../fixtures/read-model-fixture.ts'
import { WEB_DIR } from './harness.ts'

const app = createApp({ model: memoryReadModel(fixtureData()), webDir: WEB_DIR })
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: Number(process.argv[2] ?? 8081) }, (info) => {
  console.log(`fixture UI at http://127.0.0.1:${info.port}/?date=2024-11-30 (Ctrl-C to stop)`)
})
