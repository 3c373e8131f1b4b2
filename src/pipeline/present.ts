// Presents a processed Doc in the public extraction contract (DESIGN.md, "sitrep.document/1").
import type { ContractEvent, ExtractedDocument } from '../core/contract.ts'
import { DOCUMENT_SCHEMA } from '../core/contract.ts'
import { annotationsOf, textSpan } from '../core/doc.ts'
import type { AnnotationOf, Doc, EventAnnotation } from '../core/types.ts'

export function presentDocument(doc: Doc): ExtractedDocument {
  const t = doc.text
  return {
    schema: DOCUMENT_SCHEMA,
    id: doc.id,
    source: doc.meta.source,
    title: doc.meta.title,
    outlet: doc.meta.outlet,
    publishedAt: doc.meta.publishedAt,
    publishedAtBasis: doc.meta.publishedAtBasis,
    language: doc.language,
    text: t,
    removed: doc.removed.map((r) => ({ text: r.text, reason: r.reason })),
    dates: annotationsOf(doc, 'date').map((a) => ({
      ...textSpan(t, a.span), value: a.value, valueEnd: a.end, precision: a.precision,
    })),
    places: annotationsOf(doc, 'place').map((a) => ({
      ...textSpan(t, a.span), geonameId: a.geonameId, placeId: a.placeId, name: a.name, country: a.country,
      admin1: a.admin1, lat: a.lat, lon: a.lon, kind: a.placeKind, precision: a.precision, role: a.role,
    })),
    actors: annotationsOf(doc, 'actor').map((a) => presentActorMention(t, a)),
    events: annotationsOf(doc, 'event').map((e) => presentEvent(doc.id, t, e)),
  }
}

/** An actor annotation in the contract shape, its text cut from the document's `text`. */
export function presentActorMention(text: string, a: Pick<AnnotationOf<'actor'>, 'span' | 'actorId' | 'name' | 'actorKind'>): ExtractedDocument['actors'][number] {
  return { ...textSpan(text, a.span), actorId: a.actorId, name: a.name, kind: a.actorKind }
}

/** An event annotation of document `docId` in the contract shape, its evidence cut from the document's `text`. */
export function presentEvent(docId: string, text: string, e: EventAnnotation): ContractEvent {
  return {
    id: `${docId}/${e.id}`,
    type: e.type,
    actors: e.actors.map((x) => ({ actorId: x.actorId, role: x.role })),
    place: e.place && { placeId: e.place.placeId, name: e.place.name, lat: e.place.lat, lon: e.place.lon, precision: e.place.precision },
    date: e.date,
    dateEnd: e.dateEnd,
    datePrecision: e.datePrecision,
    dateText: e.dateText,
    modality: e.modality,
    attribution: e.attribution,
    quantities: { ...e.quantities },
    evidence: textSpan(text, e.span),
  }
}
