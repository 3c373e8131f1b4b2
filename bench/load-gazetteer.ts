// Prints how long loading one theater's gazetteer index takes and the process's resident memory after it, as JSON.
// Run in its own process by bench/geo.ts, so the numbers are those of a fresh start.
import { loadGazetteer } from '../src/gazetteer/load.ts'

const theater = process.argv[2] ?? ''
const t0 = performance.now()
const c0 = process.cpuUsage()
const gaz = loadGazetteer(theater)
const ms = performance.now() - t0
const cpu = process.cpuUsage(c0)
console.log(JSON.stringify({ theater, entries: gaz.size, keys: gaz.keyCount, ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), rssMb: Math.round(process.memoryUsage().rss / 1e6) }))
