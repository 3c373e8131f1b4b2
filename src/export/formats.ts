// The export formats as row encoders: each turns one event into its text (or nothing) plus a fixed head and tail,
// so the writer can stream any of them row by row. ACLED CSV goes through csv-stringify (quoting rules).
import type { Feature, Point } from 'geojson'
import type { Control } from '../core/contract.ts'
import { stringify } from 'csv-stringify/sync'
import { ACLED_COLUMNS, toAcledRow } from './acled.ts'
import type { ExportEvent } from './export-event.ts'
import { ACLED_SUB_EVENTS, acledSubEventFor, ploverForSubEvent } from '../ontology/event-types.ts'

export const EXPORT_FORMATS = ['acled-csv', 'geojson', 'kml', 'jsonl'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface Encoder {
  readonly head: string
  /** The event's text, or null when the format cannot hold it (ACLED codes no speech acts; KML needs a point). */
  row(x: ExportEvent, first: boolean): string | null
  readonly tail: string
}

export interface EncoderOptions {
  /** Control per date (GeoJSON only): written after the events as points with `layer: "control"`. */
  readonly control?: readonly Control[]
}

/** The encoder for a format; `timestamp` is the export time in Unix seconds (ACLED's timestamp column). */
export function encoderFor(format: ExportFormat, timestamp: number, options: EncoderOptions = {}): Encoder {
  switch (format) {
    case 'acled-csv': return {
      head: stringify([[...ACLED_COLUMNS]]),
      row: (x) => {
        const r = toAcledRow(x, timestamp)
        return r && stringify([ACLED_COLUMNS.map((c) => r[c])])
      },
      tail: '',
    }
    case 'geojson': {
      let any = false
      const control = (options.control ?? []).flatMap(controlFeatures).map((f) => JSON.stringify(f))
      return {
        head: '{"type":"FeatureCollection","features":[\n',
        row: (x, first) => {
          any = true
          return (first ? '' : ',\n') + JSON.stringify(toFeature(x))
        },
        // A getter: whether a comma is needed before the control features depends on the rows written.
        get tail() {
          return (control.length ? (any ? ',\n' : '') + control.join(',\n') : '') + '\n]}\n'
        },
      }
    }
    case 'kml': return {
      head: '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Sitrep events</name>\n',
      row: toPlacemark,
      tail: '</Document></kml>\n',
    }
    case 'jsonl': return { head: '', row: (x) => JSON.stringify(x.event) + '\n', tail: '' }
  }
}

/** RFC 7946 feature: a point at [lon, lat] (no geometry when the event has no place), the event as properties. */
export function toFeature(x: ExportEvent): Feature<Point | null> {
  const { place, evidence, ...rest } = x.event
  return {
    type: 'Feature',
    id: x.event.id,
    geometry: place ? { type: 'Point', coordinates: [place.lon, place.lat] } : null,
    properties: {
      layer: 'event',
      ...rest,
      place: place?.name ?? null,
      placeId: place?.placeId ?? null,
      placePrecision: place?.precision ?? null,
      admin1: x.admin1,
      actors: x.actors,
      sources: x.outlets,
      evidence: evidence.text,
      ...ontologyOf(x),
    },
  }
}

/** The event's ACLED event and sub-event type (null where ACLED codes none) and PLOVER event, from src/ontology. */
function ontologyOf(x: ExportEvent): { acledEventType: string | null; acledSubEventType: string | null; plover: string | null } {
  const initiator = x.actors.find((a) => a.role === 'initiator')
  const isState = initiator?.acled ? initiator.acled.inter === 1 : initiator?.kind === 'state' || initiator?.kind === 'state_force'
  const sub = acledSubEventFor(x.event.type, x.event.evidence.text, isState)
  return { acledEventType: sub ? ACLED_SUB_EVENTS[sub]?.eventType ?? null : null, acledSubEventType: sub, plover: ploverForSubEvent(x.event.type, sub) }
}

/** One point per place of a day's control: who holds it, how sure, since when, on what evidence. */
export function controlFeatures(c: Control): Feature<Point>[] {
  return c.places.map((p) => ({
    type: 'Feature',
    id: `control:${c.date}:${p.placeId}`,
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: {
      layer: 'control', date: c.date, placeId: p.placeId, place: p.name, holder: p.holder.actorId, holderName: p.holder.name,
      status: p.status, confidence: p.confidence, since: p.since, evidence: p.evidence.map((e) => ({ document: e.document, text: e.span.text })),
    },
  }))
}

/** A KML placemark with a TimeSpan (Google Earth's time slider) and the evidence as its description. */
function toPlacemark(x: ExportEvent): string | null {
  const e = x.event
  if (!e.place) return null
  const time = e.date ? `<TimeSpan><begin>${e.date}</begin><end>${e.dateEnd ?? e.date}</end></TimeSpan>` : ''
  const actors = x.actors.map((a) => `${a.name} (${a.role})`).join(', ')
  const description = `${e.evidence.text}\n\nSources: ${x.outlets.join('; ')}\nActors: ${actors}\nStatus: ${e.status}`
  return `<Placemark id="${xml(e.id)}"><name>${xml(`${e.type.replace(/_/g, ' ')}: ${e.place.name}`)}</name>${time}` +
    `<description>${xml(description)}</description><Point><coordinates>${e.place.lon},${e.place.lat}</coordinates></Point></Placemark>\n`
}

// Five entity replacements are all XML text needs; a serializer library would add a dependency for this line.
function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
