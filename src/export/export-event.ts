// One fused event ready for export: the fused event plus what its documents say about it (actor names and
// kinds, governorate, country, outlets). Built once from the stories; every format writer reads only this.
import type { ExtractedDocument, FusedEvent, Story } from '../core/contract.ts'
import type { ActorKind } from '../ontology/event-types.ts'
import { acledActor, type AcledActor, type ActorLookup } from '../ontology/acled-actors.ts'
import { ACLED_COUNTRIES } from '../ontology/acled-countries.ts'

export interface NamedActor {
  readonly actorId: string
  readonly name: string
  readonly kind: ActorKind | null
  readonly role: 'initiator' | 'target' | 'beneficiary'
  /** ACLED name and inter code, when the actor lexicon was given (src/ontology/acled-actors.ts). */
  readonly acled?: AcledActor
}

export interface ExportEvent {
  readonly event: FusedEvent
  readonly actors: readonly NamedActor[]
  /** Governorate (admin level 1) of the place, when a document's gazetteer match gave one. */
  readonly admin1: string | null
  /** ISO 3166 alpha-2 of the place. */
  readonly country: string | null
  /** Outlets of the reporting documents, first reporter first, each once. */
  readonly outlets: readonly string[]
  /** The document whose sentence is the event's evidence. */
  readonly evidenceDocument: { readonly id: string; readonly source: string; readonly outlet: string | null } | null
}

/**
 * Each fused event once (a fused event spans stories), by date then id, with its documents' details; with the
 * actor lexicon (`lookup`), each actor also gets its ACLED name and inter code in the event's country.
 */
export function exportEvents(stories: readonly Story[], docs: readonly ExtractedDocument[], lookup?: ActorLookup): ExportEvent[] {
  const byId = new Map(docs.map((d) => [d.id, d]))
  const fused = new Map<string, FusedEvent>()
  for (const s of stories) for (const e of s.events) if (!fused.has(e.id)) fused.set(e.id, e)
  const actorInfo = new Map<string, { name: string; kind: ActorKind }>()
  const placeInfo = new Map<string, { admin1: string | null; country: string | null }>()
  for (const d of docs) {
    for (const a of d.actors) if (!actorInfo.has(a.actorId)) actorInfo.set(a.actorId, { name: a.name, kind: a.kind })
    for (const p of d.places) if (!placeInfo.has(p.placeId)) placeInfo.set(p.placeId, { admin1: p.admin1, country: p.country })
  }
  const out = [...fused.values()].map((e): ExportEvent => {
    const place = e.place ? placeInfo.get(e.place.placeId) : undefined
    const reporting = e.documents.map((id) => byId.get(id)).filter((d): d is ExtractedDocument => d !== undefined)
    const evidence = reporting.find((d) => d.text.slice(e.evidence.start, e.evidence.end) === e.evidence.text) ?? reporting[0]
    const country = place?.country ?? null
    const countryName = country ? ACLED_COUNTRIES[country]?.name ?? null : null
    return {
      event: e,
      actors: e.actors.map((a) => {
        const acled = lookup ? acledActor(a.actorId, lookup, countryName) : null
        // An actor no reporting document names (a side inferred from the story) goes by its lexicon name, not its id.
        const known = actorInfo.get(a.actorId) ?? lookup?.(a.actorId)
        return { ...a, name: known?.name ?? a.actorId, kind: known?.kind ?? null, ...(acled ? { acled } : {}) }
      }),
      admin1: place?.admin1 ?? null,
      country,
      outlets: [...new Set(reporting.map((d) => d.outlet ?? d.source))],
      evidenceDocument: evidence ? { id: evidence.id, source: evidence.source, outlet: evidence.outlet } : null,
    }
  })
  return out.sort((a, b) => (a.event.date ?? '').localeCompare(b.event.date ?? '') || a.event.id.localeCompare(b.event.id))
}

/** Whether the event's [date, dateEnd] reaches into [from, to]; undated events match only when no bound is set. */
export function inWindow(e: FusedEvent, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true
  if (e.date === null) return false
  if (to !== undefined && e.date > to) return false
  if (from !== undefined && (e.dateEnd ?? e.date) < from) return false
  return true
}
