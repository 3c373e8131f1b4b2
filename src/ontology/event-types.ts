// The one table that maps Sitrep event types onto ACLED (event type / sub-event type, for the ACLED-layout
// export) and PLOVER (event, the open successor of CAMEO). Mapping is judgement; see the notes per row.
import type { EventType } from '../core/types.ts'

export type AcledEventType =
  | 'Battles' | 'Explosions/Remote violence' | 'Violence against civilians' | 'Protests' | 'Riots' | 'Strategic developments'

export type PloverEvent =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST' | 'ACCUSE' | 'REJECT'
  | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT'

export interface OntologyMapping {
  /** null where ACLED codes no event (statements, calls, denials: ACLED codes violence and demonstrations only). */
  readonly acled: { readonly eventType: AcledEventType; readonly subEventType: string } | null
  readonly plover: PloverEvent | null
  readonly note: string
}

export const EVENT_ONTOLOGY: Readonly<Record<EventType, OntologyMapping>> = {
  territory_change: {
    acled: { eventType: 'Battles', subEventType: 'Non-state actor overtakes territory' },
    plover: 'ASSAULT',
    note: 'A government recapture is ACLED "Government regains territory", a handover without fighting "Non-violent transfer of territory" (PLOVER RETREAT by the side that leaves); see acledSubEventFor.',
  },
  battle: { acled: { eventType: 'Battles', subEventType: 'Armed clash' }, plover: 'ASSAULT', note: 'Two-sided armed clash.' },
  strike: {
    acled: { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' },
    plover: 'ASSAULT',
    note: 'Shelling and missile fire are ACLED "Shelling/artillery/missile attack"; the evidence words decide (acledSubEventFor).',
  },
  deployment: {
    acled: { eventType: 'Strategic developments', subEventType: 'Headquarters or base established' },
    plover: 'MOBILIZE',
    note: 'ACLED has no troop-movement sub-event; the nearest is a base established. A pull-back is PLOVER RETREAT.',
  },
  military_aid: { acled: null, plover: 'AID', note: 'ACLED does not code material support; PLOVER AID with mode military.' },
  displacement: { acled: null, plover: null, note: 'Neither codes flight as an event; kept for humanitarian users.' },
  casualties: {
    acled: { eventType: 'Violence against civilians', subEventType: 'Attack' },
    plover: 'ASSAULT',
    note: 'ACLED folds fatalities into the violent event; a stand-alone toll is coded as the attack that caused it.',
  },
  statement: { acled: null, plover: 'CONSULT', note: 'PLOVER verbal events; the content may make it ACCUSE, THREATEN or AGREE.' },
  denial: { acled: null, plover: 'REJECT', note: 'Rejecting a claim or report.' },
  call_to_action: { acled: null, plover: 'REQUEST', note: 'Appeals, calls to defect or to rise up.' },
  protest: { acled: { eventType: 'Protests', subEventType: 'Peaceful protest' }, plover: 'PROTEST', note: 'Riots when the text reports violence by the crowd.' },
  infrastructure_damage: {
    acled: { eventType: 'Strategic developments', subEventType: 'Looting/property destruction' },
    plover: 'ASSAULT',
    note: 'Destruction not attributed to a strike in the same sentence.',
  },
  other: { acled: { eventType: 'Strategic developments', subEventType: 'Other' }, plover: null, note: 'Advances, closures, regime change.' },
}

/** ACLED sub-event type for one event, refining the table row by who acted and the evidence words. */
export function acledSubEventFor(type: EventType, evidence: string, initiatorIsState: boolean): string | null {
  const row = EVENT_ONTOLOGY[type].acled
  if (!row) return null
  if (type === 'territory_change') {
    if (/\b(?:withdr\w+|pull(?:ed)?\s+out|handed\s+over|deal)\b/i.test(evidence) && !/\bclash|fight|battle/i.test(evidence)) return 'Non-violent transfer of territory'
    return initiatorIsState ? 'Government regains territory' : 'Non-state actor overtakes territory'
  }
  if (type === 'strike' && /\b(?:shell\w*|artillery|missile|rocket|mortar)\b/i.test(evidence) && !/\bair|drone|warplane|jet/i.test(evidence)) {
    return 'Shelling/artillery/missile attack'
  }
  return row.subEventType
}
