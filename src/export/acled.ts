// Fused events as ACLED-layout rows: ACLED's 31 columns in ACLED's order and vocabulary. Which Sitrep type is which
// ACLED type lives in src/ontology/event-types.ts; this file only fills the columns.
import { digest } from '../core/ids.ts'
import {
  ACLED_SUB_EVENTS, acledGeoPrecision, acledInteraction, acledInterCode, acledEventDate, acledSubEventFor, acledTimePrecision, EVENT_ONTOLOGY,
} from '../ontology/event-types.ts'
import type { ExportEvent, NamedActor } from './export-event.ts'
import { ACLED_COLUMNS, type AcledColumn } from '../ontology/acled-columns.ts'
import { ACLED_COUNTRIES } from '../ontology/acled-countries.ts'

export { ACLED_COLUMNS }

export type AcledRow = Record<AcledColumn, string | number>


/**
 * The ACLED row of one fused event (`timestamp`: Unix seconds of the export), or null when ACLED would not code it:
 * speech acts, events without date or place, and events not asserted or claimed.
 */
export function toAcledRow(x: ExportEvent, timestamp: number): AcledRow | null {
  const e = x.event
  const mapping = EVENT_ONTOLOGY[e.type].acled
  if (!mapping || e.date === null || e.place === null) return null
  // ACLED codes what happened: not plans, projections, denied acts or history recalled in the article.
  if (e.modality !== 'asserted' && e.modality !== 'claimed') return null
  // A monitor or agency named as the initiator of violence is the report's source, not a party: ACLED names it in
  // `source`, never as actor1 (organisations stay as targets: a strike can hit an aid convoy).
  const violent = mapping.eventType !== 'Strategic developments' && mapping.eventType !== 'Protests'
  const initiators = x.actors.filter((a) => a.role === 'initiator' && !(violent && a.kind === 'organization'))
  const others = x.actors.filter((a) => a.role !== 'initiator')
  const [a1, ...assoc1] = pickMain(initiators)
  const [a2, ...assoc2] = pickMain(others)
  // Lexicon-coded actors carry their ACLED name and inter code (foreign state forces are 8); others fall back on kind.
  const inter1 = a1?.acled?.inter ?? acledInterCode(a1?.kind ?? null)
  const inter2 = a2?.acled?.inter ?? acledInterCode(a2?.kind ?? null)
  const country = x.country ? ACLED_COUNTRIES[x.country] : undefined
  const sub = acledSubEventFor(e.type, e.evidence.text, inter1 === 1) ?? mapping.subEventType
  const coded = ACLED_SUB_EVENTS[sub] ?? { eventType: mapping.eventType, disorderType: 'Political violence' }
  // ACLED's conservative rule: "where reports conflict, the lowest reported number" — fusion keeps it as killed_low.
  const fatalities = e.quantities.killed_low ?? e.quantities.killed ?? 0
  const eventDate = acledEventDate(e.datePrecision, e.date, e.dateEnd)
  return {
    event_id_cnty: `${x.country ?? 'XX'}${digest(e.id).slice(0, 10).toUpperCase()}`,
    event_date: eventDate,
    year: Number(eventDate.slice(0, 4)),
    time_precision: acledTimePrecision(e.datePrecision, e.date, e.dateEnd),
    disorder_type: coded.disorderType,
    event_type: coded.eventType,
    sub_event_type: sub,
    actor1: a1 ? acledName(a1) : '',
    assoc_actor_1: assoc1.map(acledName).join('; '),
    inter1,
    actor2: a2 ? acledName(a2) : '',
    assoc_actor_2: assoc2.map(acledName).join('; '),
    inter2,
    interaction: acledInteraction(inter1, inter2),
    civilian_targeting: a2?.kind === 'civilians' || e.type === 'casualties' ? 'Civilians targeted' : '',
    iso: country?.iso ?? '',
    region: country?.region ?? '',
    country: country?.name ?? x.country ?? '',
    admin1: x.admin1 ?? '',
    admin2: '',
    admin3: '',
    location: e.place.name,
    latitude: e.place.lat,
    longitude: e.place.lon,
    geo_precision: acledGeoPrecision(e.place.precision),
    source: x.outlets.join('; '),
    source_scale: x.outlets.length > 1 ? 'Multiple' : 'Other',
    notes: e.evidence.text,
    fatalities,
    tags: e.status === 'assessed' ? '' : `sitrep status: ${e.status}`,
    timestamp,
  }
}

/** Groups first, persons last: ACLED's actor columns name organised actors. */
function pickMain(actors: readonly NamedActor[]): NamedActor[] {
  return [...actors].sort((a, b) => Number(a.kind === 'person') - Number(b.kind === 'person'))
}

const acledName = (a: NamedActor): string => a.acled?.name ?? a.name
