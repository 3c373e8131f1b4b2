// The document model every stage reads and writes. Pure types: imports nothing.
// Everything here survives JSON.parse(JSON.stringify(x)): plain objects, string-literal unions.

declare const brand: unique symbol
/** A string that carries its kind in the type system, so a PlaceId is never passed as an ActorId. */
export type Brand<T, B extends string> = T & { readonly [brand]: B }

/** "doc:3f9a…" — stable hash of the cleaned text. */
export type DocId = Brand<string, 'doc'>
/** "ann:sentence:3" — unique within one document. */
export type AnnId = Brand<string, 'ann'>
/** "geonames:163779" or "theater:golan-heights". */
export type PlaceId = Brand<string, 'place'>
/** Theater lexicon id: "hts", "syrian-government". */
export type ActorId = Brand<string, 'actor'>

/** Half-open [start, end) in UTF-16 code units of `Doc.text`. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A span with the characters it covers, as the extraction contract prints it. */
export interface TextSpan extends Span {
  readonly text: string
}

export type DatePrecision = 'day' | 'range' | 'month' | 'year'

export type PlaceKind = 'city' | 'admin' | 'country' | 'region' | 'feature'

/** How tightly a place pins where something happened (DESIGN.md; ACLED geo_precision 1/2/3 ~ exact/near/region). */
export type PlacePrecision = 'exact' | 'near' | 'region' | 'country'

/** Whether a place mention is where something happened or only named in passing ("told reporters in Geneva"). */
export type PlaceRole = 'event' | 'mention'

export type ActorKind = 'state' | 'state_force' | 'armed_group' | 'organization' | 'person' | 'civilians'

export type ActorRole = 'initiator' | 'target' | 'beneficiary'

export const EVENT_TYPES = [
  'territory_change', 'battle', 'strike', 'deployment', 'military_aid', 'displacement', 'casualties',
  'statement', 'denial', 'call_to_action', 'protest', 'infrastructure_damage', 'other',
] as const
export type EventType = (typeof EVENT_TYPES)[number]

export const MODALITIES = ['asserted', 'claimed', 'denied', 'planned', 'projected', 'hypothetical', 'background'] as const
export type Modality = (typeof MODALITIES)[number]

export type PublishedAtBasis = 'metadata' | 'option' | 'inferred'

interface AnnotationBase {
  readonly id: AnnId
  readonly span: Span
  /** "stage:rule" that made it, e.g. "find-dates:chrono" — the first thing to read when a result is wrong. */
  readonly by: string
}

export interface SentenceAnnotation extends AnnotationBase {
  readonly kind: 'sentence'
  /** Word tokens inside the sentence, as half-open offsets into Doc.text. */
  readonly tokens: readonly (readonly [number, number])[]
}

export interface DateAnnotation extends AnnotationBase {
  readonly kind: 'date'
  /** ISO date, or null when the expression cannot be resolved. */
  readonly value: string | null
  /** Last day for ranges ("since late November"), else null. */
  readonly end: string | null
  readonly precision: DatePrecision | null
  /**
   * For a span read from "since X" up to the report, the end and precision of X itself ("since 2016": the year 2016,
   * "since last week": that week), for an act told inside the "since" clause; absent otherwise.
   */
  readonly named?: { readonly end: string | null; readonly precision: DatePrecision | null }
}

export interface PlaceAnnotation extends AnnotationBase {
  readonly kind: 'place'
  readonly placeId: PlaceId
  readonly geonameId: number | null
  readonly name: string
  readonly country: string | null
  readonly admin1: string | null
  readonly lat: number
  readonly lon: number
  readonly placeKind: PlaceKind
  readonly precision: PlacePrecision
  readonly role: PlaceRole
  /** GeoNames feature code or theater code of the entry (PPLA, ADM1, PCLI, BASE, ROAD …), when known. */
  readonly featureCode?: string
  /** OCHA pcode of the place ("C1007"), when it is in the theater's OCHA gazetteer. */
  readonly pcode?: string
}

export interface ActorAnnotation extends AnnotationBase {
  readonly kind: 'actor'
  readonly actorId: ActorId
  readonly name: string
  readonly actorKind: ActorKind
}

export interface EventPlace {
  readonly placeId: PlaceId
  readonly name: string
  readonly lat: number
  readonly lon: number
  readonly precision: PlacePrecision
}

export interface EventAnnotation extends AnnotationBase {
  readonly kind: 'event'
  readonly type: EventType
  /** The sentence annotation this event was read from; `span` is that sentence's span. */
  readonly sentence: AnnId
  readonly actors: readonly { readonly actorId: ActorId; readonly role: ActorRole }[]
  readonly place: EventPlace | null
  readonly date: string | null
  readonly dateEnd: string | null
  readonly datePrecision: DatePrecision | null
  readonly dateText: string | null
  readonly modality: Modality
  readonly attribution: string | null
  readonly quantities: Readonly<Record<string, number>>
  /** For a denial: the id of the event it denies, when that event is in the same document. */
  readonly denies?: AnnId
}

export type Annotation = SentenceAnnotation | DateAnnotation | PlaceAnnotation | ActorAnnotation | EventAnnotation
export type AnnotationKind = Annotation['kind']
export type AnnotationOf<K extends AnnotationKind> = Extract<Annotation, { kind: K }>

/** A problem found in the content: data on the document, never an exception. */
export interface Message {
  readonly stage: string
  readonly rule: string
  readonly severity: 'info' | 'warning' | 'error'
  readonly message: string
  readonly span?: Span
}

/** A piece of the raw input that cleaning dropped, and why ("boilerplate:subscribe", "caption"). */
export interface Removal {
  readonly text: string
  readonly reason: string
  /** Half-open offsets into Doc.raw. */
  readonly rawStart: number
  readonly rawEnd: number
}

/**
 * Maps cleaned-text offsets back to raw offsets: a sorted list of pieces, each a run of
 * `Doc.text` copied verbatim from `Doc.raw`. Offsets between pieces belong to the separator cleaning inserted.
 */
export interface OffsetMap {
  readonly pieces: readonly { readonly textStart: number; readonly rawStart: number; readonly length: number }[]
}

export interface DocMeta {
  /** Path or URL as given. */
  readonly source: string
  readonly url: string | null
  readonly title: string | null
  readonly outlet: string | null
  readonly publishedAt: string | null
  readonly publishedAtBasis: PublishedAtBasis | null
  /** "text" | "html" — what the raw input was. */
  readonly format: 'text' | 'html'
}

export interface Doc {
  readonly id: DocId
  readonly meta: DocMeta
  /** Exactly as read (decoded); never modified. */
  readonly raw: string
  /** Written by `clean` only; every Span indexes it. */
  readonly text: string
  readonly toRaw: OffsetMap
  readonly removed: readonly Removal[]
  /** ISO 639-1, or "und" when undetermined. */
  readonly language: string
  readonly annotations: readonly Annotation[]
  readonly messages: readonly Message[]
}
