// Where the situation's events come from: nothing (the baseline alone), a JSONL file of extracted documents
// (`sitrep extract`) or of stories (`sitrep stories`), and later the store. Validates what it reads with zod.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { AppError } from '../core/errors.ts'
import { EVENT_TYPES, MODALITIES } from '../core/types.ts'
import type { SituationEvent } from './timeline.ts'

/** A supplier of territory, denial, battle and damage events for the timeline and the road network. */
export interface EventSource {
  /** Shown in messages: "baseline only", a path. */
  readonly label: string
  load(): Promise<SituationEvent[]>
}

/** Event types the situation reads; the rest of a document's events are skipped. */
export const SITUATION_TYPES: ReadonlySet<string> = new Set(['territory_change', 'denial', 'battle', 'deployment', 'strike', 'infrastructure_damage'])

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() })
const event = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  actors: z.array(z.object({ actorId: z.string(), role: z.enum(['initiator', 'target', 'beneficiary']) })),
  place: z.object({ placeId: z.string(), name: z.string(), lat: z.number(), lon: z.number(), precision: z.enum(['exact', 'near', 'region', 'country']) }).nullable(),
  date: z.string().nullable(),
  dateEnd: z.string().nullable(),
  datePrecision: z.enum(['day', 'range', 'month', 'year']).nullable(),
  // Older files may lack it: then the date counts as written.
  dateText: z.string().nullable().optional(),
  modality: z.enum(MODALITIES),
  attribution: z.string().nullable(),
  evidence: span,
})
const documentLine = z.object({
  schema: z.literal('sitrep.document/1'),
  id: z.string(),
  source: z.string(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  events: z.array(event),
})
const storyLine = z.object({
  schema: z.literal('sitrep.story/1'),
  id: z.string(),
  events: z.array(event.extend({
    documents: z.array(z.string()),
    independentSources: z.number().int().nonnegative(),
    status: z.enum(['assessed', 'claimed', 'contested']),
  })),
})
const line = z.discriminatedUnion('schema', [documentLine, storyLine])

// Two documents of one outlet are one source: the outlet, or the host of the URL when the outlet is unknown.
function outletOf(outlet: string | null, source: string): string {
  if (outlet) return outlet.toLowerCase()
  try { return new URL(source).hostname.replace(/^www\./, '') } catch { return source }
}

/** The situation events of one JSONL line (a document's own events, or a story's fused events). */
export function eventsOfLine(value: unknown, where: string): SituationEvent[] {
  const r = line.safeParse(value)
  if (!r.success) throw new AppError('input_malformed', `not a sitrep.document/1 or sitrep.story/1 line: ${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}`, where)
  const v = r.data
  if (v.schema === 'sitrep.story/1') return v.events.filter((e) => SITUATION_TYPES.has(e.type))
  const outlet = outletOf(v.outlet, v.source)
  return v.events.filter((e) => SITUATION_TYPES.has(e.type)).map((e) => ({
    ...e, documents: [v.id], independentSources: 1, status: 'claimed' as const, reportedOn: v.publishedAt, outlets: [outlet],
  }))
}

/** No reports: control equals the baseline on every day. */
export const baselineOnly: EventSource = { label: 'baseline only', load: async () => [] }

/** Events from a JSONL file written by `sitrep extract` or `sitrep stories`. */
export function jsonlFile(path: string): EventSource {
  return {
    label: path,
    async load() {
      let text: string
      try { text = readFileSync(path, 'utf8') } catch { throw new AppError('input_missing', 'cannot read file', path) }
      const out: SituationEvent[] = []
      text.split('\n').forEach((l, i) => {
        if (!l.trim()) return
        let value: unknown
        try { value = JSON.parse(l) } catch { throw new AppError('input_malformed', `line ${i + 1} is not JSON`, path) }
        out.push(...eventsOfLine(value, `${path}:${i + 1}`))
      })
      return out
    },
  }
}
