// Presents a processed Doc in the public extraction contract (DESIGN.md, "sitrep.document/1").
import type { ExtractedDocument } from '../core/contract.ts'
import { DOCUMENT_SCHEMA } from '../core/contract.ts'
import { annotationsOf, textSpan } from '../core/doc.ts'
import type { Doc } from '../core/types.ts'

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
    actors: annotationsOf(doc, 'actor').map((a) => ({
      ...textSpan(t, a.span), actorId: a.actorId, name: a.name, kind: a.actorKind,
    })),
    events: annotationsOf(doc, 'event').map((e) => ({
      id: `${doc.id}/${e.id}`,
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
      evidence: textSpan(t, e.span),
    })),
  }
}
