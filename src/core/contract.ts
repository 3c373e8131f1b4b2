// The public JSON contracts (DESIGN.md): what `sitrep extract`, `stories`, `control` and `whatif` print.
// Others script against these shapes: change them only with a new schema version.
import type {
  ActorKind, ActorRole, DatePrecision, EventType, Modality, PlaceKind, PlacePrecision, PlaceRole, PublishedAtBasis, TextSpan,
} from './types.ts'

export const DOCUMENT_SCHEMA = 'sitrep.document/1'
export const STORY_SCHEMA = 'sitrep.story/1'
export const CONTROL_SCHEMA = 'sitrep.control/1'
export const WHATIF_SCHEMA = 'sitrep.whatif/1'

/**
 * DESIGN.md gives a date mention both a span `end` (offset) and a range `end` (ISO date), which cannot share
 * one field: `end` stays the offset, like every span, and the last day of a range is `valueEnd`.
 */
export interface DateMention extends TextSpan {
  value: string | null
  valueEnd: string | null
  precision: DatePrecision | null
}

export interface PlaceMention extends TextSpan {
  geonameId: number | null
  placeId: string
  name: string
  country: string | null
  admin1: string | null
  lat: number
  lon: number
  kind: PlaceKind
  /** How tightly the mention pins the place: "40 km south of Hama" is near, "Idlib province" a region. */
  precision: PlacePrecision
  /** "event" where something happened, "mention" when only named ("told reporters in Geneva"). */
  role: PlaceRole
}

export interface ActorMention extends TextSpan {
  actorId: string
  name: string
  kind: ActorKind
}

export interface ContractEvent {
  id: string
  type: EventType
  actors: { actorId: string; role: ActorRole }[]
  place: { placeId: string; name: string; lat: number; lon: number; precision: PlacePrecision } | null
  date: string | null
  dateEnd: string | null
  datePrecision: DatePrecision | null
  dateText: string | null
  modality: Modality
  attribution: string | null
  quantities: Record<string, number>
  evidence: TextSpan
}

export interface ExtractedDocument {
  schema: typeof DOCUMENT_SCHEMA
  id: string
  source: string
  title: string | null
  outlet: string | null
  publishedAt: string | null
  publishedAtBasis: PublishedAtBasis | null
  language: string
  text: string
  removed: { text: string; reason: string }[]
  dates: DateMention[]
  places: PlaceMention[]
  actors: ActorMention[]
  events: ContractEvent[]
}

export type DocumentRole = 'original' | 'reprint' | 'rewrite' | 'independent'
export type EvidenceStatus = 'assessed' | 'claimed' | 'contested'

export interface FusedEvent extends ContractEvent {
  documents: string[]
  /** Independent sources that report it: rewrites and reprints of one report count once; a denial never counts here. */
  independentSources: number
  /**
   * Independent sources that deny it (their documents are in `documents` too): "3 sources, 1 denial". Absent in
   * events saved before it was counted, and 0 for a denial nobody's report answers (that denial is the event).
   */
  denyingSources?: number
  status: EvidenceStatus
  disagreements: { field: string; values: { value: unknown; documents: string[] }[] }[]
}

export interface Story {
  schema: typeof STORY_SCHEMA
  id: string
  documents: { id: string; source: string; role: DocumentRole }[]
  independentSources: number
  origin: string | null
  events: FusedEvent[]
}

export interface Control {
  schema: typeof CONTROL_SCHEMA
  date: string
  places: {
    placeId: string
    name: string
    lat: number
    lon: number
    holder: { actorId: string; name: string }
    status: 'baseline' | EvidenceStatus
    confidence: number
    since: string | null
    evidence: { document: string; span: TextSpan }[]
    /** Sides holding part of the place (districts, a security square), as the baseline or reports say. */
    partial?: { actorId: string; name: string; note: string }[]
  }[]
}

export interface WhatIf {
  schema: typeof WHATIF_SCHEMA
  date: string
  capture: { place: string; by: string }
  disconnected: {
    side: string
    from: string
    to: string
    cutEdges: { from: string; to: string; road: string }[]
    alternative: { via: string[]; km: number } | null
  }[]
}
