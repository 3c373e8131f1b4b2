// Invented export events for the export tests (places and outlets are made up).
import type { FusedEvent } from '../core/contract.ts'
import type { ExportEvent } from './export-event.ts'

const SENTENCE = 'Rebels seized Qorvath on Tuesday after clashes with army units, killing "at least 4" soldiers.'

/** A fused rebel capture of the invented town Qorvath, with overrides. */
export function fusedEvent(over: Partial<FusedEvent> = {}): FusedEvent {
  return {
    id: 'fused:0001', type: 'territory_change',
    actors: [{ actorId: 'rebels', role: 'initiator' }, { actorId: 'army', role: 'target' }],
    place: { placeId: 'geonames:1', name: 'Qorvath', lat: 35.25, lon: 36.5, precision: 'exact' },
    date: '2024-12-03', dateEnd: null, datePrecision: 'day', dateText: 'on Tuesday',
    modality: 'asserted', attribution: null, quantities: { killed: 4, killed_low: 4, killed_high: 9 },
    evidence: { start: 0, end: SENTENCE.length, text: SENTENCE },
    documents: ['doc:a', 'doc:b'], independentSources: 2, status: 'assessed', disagreements: [],
    ...over,
  }
}

/** The export view of `fusedEvent(over)`. */
export function exportEvent(over: Partial<FusedEvent> = {}): ExportEvent {
  return {
    event: fusedEvent(over),
    actors: [
      { actorId: 'rebels', name: 'Qorvath Liberation Front', kind: 'armed_group', role: 'initiator' },
      { actorId: 'army', name: 'Belmiran Army', kind: 'state_force', role: 'target' },
    ],
    admin1: 'Qorvath Governorate', country: 'SY',
    outlets: ['Example Wire', 'The Daily Placeholder'],
    evidenceDocument: { id: 'doc:a', source: 'https://example.org/a', outlet: 'Example Wire' },
  }
}
