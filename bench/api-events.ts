// Bench: latency of GET /api/events over 100k events, through app.request (no socket) and the in-memory model.
// Prints p50/p95 per query shape. Target (issue 7): p95 < 50 ms. The store adapter needs its own run.
// Usage: npx tsx bench/api-events.ts [N=100000]
import { createApp } from '../src/api/app.ts'
import { memoryReadModel } from '../src/api/memory-read-model.ts'
import { syntheticData } from './synthetic-events.ts'
import { timeRoutes } from './time-routes.ts'

const n = Number(process.argv[2] ?? 100_000)
const t0 = performance.now()
const app = createApp({ model: memoryReadModel(syntheticData(n)) })
console.log(`built ${n} events in ${(performance.now() - t0).toFixed(0)} ms`)

const shapes: Record<string, (i: number) => string> = {
  'one day': (i) => `/api/events?from=2024-12-${String(1 + (i % 8)).padStart(2, '0')}&to=2024-12-${String(1 + (i % 8)).padStart(2, '0')}`,
  'day+type+minSources': (i) => `/api/events?from=2024-12-0${1 + (i % 8)}&to=2024-12-08&type=battle,strike&minSources=2`,
  'bbox week': () => '/api/events?from=2024-12-01&to=2024-12-07&bbox=36,33,37.5,35',
  'all, limit 1000': () => '/api/events?limit=1000',
  'day counts': () => '/api/events/days',
}
await timeRoutes(app, shapes)
