// Golden reports for extract-events: invented short articles (*.input.json) and the events expected from them
// (*.expected.json). `npx tsx scripts/update-event-golden.ts` rewrites the expectations; review their diff like code.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { eventsOf, extract } from './test-doc.ts'

export const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url))

const inputSchema = z.object({
  publishedAt: z.string(),
  places: z.array(z.union([z.string(), z.object({ name: z.string(), precision: z.enum(['exact', 'near', 'region', 'country']).optional() })])),
  text: z.string(),
})

/** Names of the golden cases (files NAME.input.json). */
export function goldenCases(): string[] {
  return readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.input.json')).map((f) => f.replace(/\.input\.json$/, '')).sort()
}

/** The events of one golden case, in the shape its expected file stores. */
export function goldenEvents(name: string): unknown[] {
  const input = inputSchema.parse(JSON.parse(readFileSync(`${GOLDEN_DIR}${name}.input.json`, 'utf8')))
  const doc = extract(input.text, input.places, input.publishedAt)
  return eventsOf(doc).map((e) => ({
    type: e.type, modality: e.modality, place: e.place?.name ?? null, date: e.date, dateEnd: e.dateEnd, dateText: e.dateText,
    actors: e.actors.map((a) => `${a.actorId}:${a.role}`), attribution: e.attribution, quantities: e.quantities,
    rule: e.by, evidence: doc.text.slice(e.span.start, e.span.end),
  }))
}
