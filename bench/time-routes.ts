// Times API routes in process (Hono's app.request, no sockets) and prints p50/p95 per query shape.
// Shared by bench:api (in-memory model) and bench:api-store (the store's read model).

interface RequestingApp {
  request(url: string): Response | Promise<Response>
}

/** Runs each shape 60 times (the first 10 warm the JIT and are not counted) and prints its p50 and p95. */
export async function timeRoutes(app: RequestingApp, shapes: Record<string, (i: number) => string>): Promise<void> {
  for (const [name, url] of Object.entries(shapes)) {
    const times: number[] = []
    for (let i = 0; i < 60; i++) {
      const s = performance.now()
      const res = await app.request(url(i))
      await res.arrayBuffer()
      if (i >= 10) times.push(performance.now() - s)
    }
    times.sort((a, b) => a - b)
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1)
    console.log(`${name.padEnd(22)} p50 ${q(0.5).padStart(6)} ms   p95 ${q(0.95).padStart(6)} ms`)
  }
}
