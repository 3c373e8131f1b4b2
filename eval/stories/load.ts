// Loads the labelled stories corpus (corpus.json) as ExtractedDocuments plus the labels to score against.
// Stands in for the extractor: finds place and actor aliases in the text and turns evidence strings into spans.
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import type { ContractEvent, ExtractedDocument } from '../../src/core/contract.ts'
import { DOCUMENT_SCHEMA } from '../../src/core/contract.ts'
import { EVENT_TYPES, MODALITIES } from '../../src/core/types.ts'

const Place = z.object({
  placeId: z.string(), name: z.string(), lat: z.number(), lon: z.number(),
  kind: z.enum(['city', 'admin', 'country', 'region', 'feature']), aliases: z.array(z.string()),
})
const Actor = z.object({
  name: z.string(), kind: z.enum(['state', 'state_force', 'armed_group', 'organization', 'person', 'civilians']),
  aliases: z.array(z.string()),
})
const LabelledEvent = z.object({
  incident: z.string(), type: z.enum(EVENT_TYPES), place: z.string().nullable(),
  precision: z.enum(['exact', 'near', 'region', 'country']).nullable(),
  actors: z.record(z.string(), z.enum(['initiator', 'target', 'beneficiary'])),
  date: z.string().nullable(), modality: z.enum(MODALITIES), attribution: z.string().nullable(),
  quantities: z.record(z.string(), z.number()), evidence: z.string(),
})
const LabelledDoc = z.object({
  id: z.string(), story: z.string(), family: z.string(),
  role: z.enum(['original', 'reprint', 'rewrite', 'independent']),
  outlet: z.string().nullable(), publishedAt: z.string().nullable(), title: z.string().nullable(),
  text: z.array(z.string()), events: z.array(LabelledEvent),
})
const Corpus = z.object({
  places: z.record(z.string(), Place), actors: z.record(z.string(), Actor),
  stories: z.record(z.string(), z.object({ about: z.string(), origin: z.string().nullable(), independentSources: z.number() })),
  documents: z.array(LabelledDoc),
})
export type Corpus = z.infer<typeof Corpus>

export interface Labelled {
  corpus: Corpus
  documents: ExtractedDocument[]
  /** Document id → its labels. */
  labels: Map<string, z.infer<typeof LabelledDoc>>
  /** Contract event id → incident key. */
  incidents: Map<string, string>
}

function findAll(text: string, alias: string): number[] {
  const out: number[] = []
  const re = new RegExp(`\\b${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g')
  for (const m of text.matchAll(re)) out.push(m.index ?? 0)
  return out
}

/** Reads and validates the corpus, and builds one ExtractedDocument per labelled document. */
export function loadCorpus(path: string): Labelled {
  const corpus = Corpus.parse(JSON.parse(readFileSync(path, 'utf8')))
  const labels = new Map<string, z.infer<typeof LabelledDoc>>()
  const incidents = new Map<string, string>()
  const documents = corpus.documents.map((d): ExtractedDocument => {
    labels.set(d.id, d)
    const text = d.text.join('\n\n')
    const places = Object.values(corpus.places).flatMap((p) => p.aliases.flatMap((a) => findAll(text, a).map((start) => ({
      start, end: start + a.length, text: a, geonameId: null, placeId: p.placeId, name: p.name, country: null,
      admin1: null, lat: p.lat, lon: p.lon, kind: p.kind, precision: p.kind === 'country' ? 'country' as const : 'exact' as const,
      role: 'event' as const,
    }))))
    const actors = Object.entries(corpus.actors).flatMap(([actorId, a]) => a.aliases.flatMap((al) => findAll(text, al).map((start) => ({
      start, end: start + al.length, text: al, actorId, name: a.name, kind: a.kind,
    }))))
    const events = d.events.map((e, i): ContractEvent => {
      const start = text.indexOf(e.evidence)
      if (start < 0) throw new Error(`corpus: evidence of ${d.id} event ${i} not in text: "${e.evidence}"`)
      const place = e.place ? corpus.places[e.place] : null
      if (e.place && !place) throw new Error(`corpus: unknown place ${e.place} in ${d.id}`)
      const id = `${d.id}/ann:event:${i}`
      incidents.set(id, e.incident)
      return {
        id, type: e.type,
        actors: Object.entries(e.actors).map(([actorId, role]) => ({ actorId, role })),
        place: place ? { placeId: place.placeId, name: place.name, lat: place.lat, lon: place.lon, precision: e.precision ?? 'exact' } : null,
        date: e.date, dateEnd: null, datePrecision: e.date ? 'day' : null, dateText: null,
        modality: e.modality, attribution: e.attribution, quantities: e.quantities,
        evidence: { start, end: start + e.evidence.length, text: e.evidence },
      }
    })
    return {
      schema: DOCUMENT_SCHEMA, id: d.id, source: `corpus.json#${d.id}`, title: d.title, outlet: d.outlet,
      publishedAt: d.publishedAt, publishedAtBasis: d.publishedAt ? 'metadata' : null, language: 'en', text,
      removed: [], dates: [], places, actors, events,
    }
  })
  return { corpus, documents, labels, incidents }
}
