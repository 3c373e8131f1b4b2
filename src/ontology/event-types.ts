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
  other: { acled: { eventType: 'Strategic developments', subEventType: 'Other' }, plover: null, note: 'Advances, closures, regime change, prisoners freed; arrests are ACLED "Arrests" (acledSubEventFor).' },
}

/** ACLED sub-event type for one event, refining the table row by who acted and the evidence words. */
export function acledSubEventFor(type: EventType, evidence: string, initiatorIsState: boolean): string | null {
  const row = EVENT_ONTOLOGY[type].acled
  if (!row) return null
  if (type === 'territory_change') {
    if (/\b(?:withdr\w+|pull(?:ed)?\s+out|handed\s+over|deal)\b/i.test(evidence) && !/\bclash|fight|battle/i.test(evidence)) return 'Non-violent transfer of territory'
    return initiatorIsState ? 'Government regains territory' : 'Non-state actor overtakes territory'
  }
  // "raided a village and detained 12 men": a force taking people into custody is ACLED's "Arrests"
  if (type === 'other' && /\b(?:arrest(?:ed|ing|s)?|detain(?:ed|ing)|detentions?|round(?:ed|ing)\s+up)\b/i.test(evidence)) return 'Arrests'
  if (type === 'strike' && /\b(?:shell\w*|artillery|missile|rocket|mortar)\b/i.test(evidence) && !/\bair|drone|warplane|jet/i.test(evidence)) {
    return 'Shelling/artillery/missile attack'
  }
  return row.subEventType
}

/**
 * ACLED's sub-event types with their event type and disorder type (ACLED Codebook 2023): the sub-event decides the
 * other two, e.g. "Non-violent transfer of territory" is a strategic development, not a battle. `plover` is the
 * PLOVER event of the ACLED–PLOVER crosswalk (../shared/data/ontology/acled_plover_crosswalk.csv; null where it has
 * no analogue): a handover without fighting is RETREAT by the side that leaves, not ASSAULT.
 */
export const ACLED_SUB_EVENTS: Readonly<Record<string, { readonly eventType: AcledEventType; readonly disorderType: string; readonly plover: PloverEvent | null }>> = {
  'Armed clash': { eventType: 'Battles', disorderType: 'Political violence', plover: 'ASSAULT' },
  'Government regains territory': { eventType: 'Battles', disorderType: 'Political violence', plover: 'ASSAULT' },
  'Non-state actor overtakes territory': { eventType: 'Battles', disorderType: 'Political violence', plover: 'ASSAULT' },
  'Air/drone strike': { eventType: 'Explosions/Remote violence', disorderType: 'Political violence', plover: 'ASSAULT' },
  'Chemical weapon': { eventType: 'Explosions/Remote violence', disorderType: 'Political violence', plover: 'ASSAULT' },
  'Grenade': { eventType: 'Explosions/Remote violence', disorderType: 'Political violence', plover: 'ASSAULT' },
  'Remote explosive/landmine/IED': { eventType: 'Explosions/Remote violence', disorderType: 'Political violence', plover: 'ASSAULT' },
  'Shelling/artillery/missile attack': { eventType: 'Explosions/Remote violence', disorderType: 'Political violence', plover: 'ASSAULT' },
  'Suicide bomb': { eventType: 'Explosions/Remote violence', disorderType: 'Political violence', plover: 'ASSAULT' },
  'Abduction/forced disappearance': { eventType: 'Violence against civilians', disorderType: 'Political violence', plover: 'ASSAULT' },
  'Attack': { eventType: 'Violence against civilians', disorderType: 'Political violence', plover: 'ASSAULT' },
  'Sexual violence': { eventType: 'Violence against civilians', disorderType: 'Political violence', plover: 'ASSAULT' },
  'Peaceful protest': { eventType: 'Protests', disorderType: 'Demonstrations', plover: 'PROTEST' },
  'Protest with intervention': { eventType: 'Protests', disorderType: 'Demonstrations', plover: 'PROTEST' },
  'Excessive force against protesters': { eventType: 'Protests', disorderType: 'Political violence; Demonstrations', plover: 'ASSAULT' },
  'Violent demonstration': { eventType: 'Riots', disorderType: 'Demonstrations', plover: 'PROTEST' },
  'Mob violence': { eventType: 'Riots', disorderType: 'Political violence', plover: 'ASSAULT' },
  'Agreement': { eventType: 'Strategic developments', disorderType: 'Strategic developments', plover: 'AGREE' },
  'Arrests': { eventType: 'Strategic developments', disorderType: 'Strategic developments', plover: 'COERCE' },
  'Change to group/activity': { eventType: 'Strategic developments', disorderType: 'Strategic developments', plover: null },
  'Disrupted weapons use': { eventType: 'Strategic developments', disorderType: 'Strategic developments', plover: null },
  'Headquarters or base established': { eventType: 'Strategic developments', disorderType: 'Strategic developments', plover: 'MOBILIZE' },
  'Looting/property destruction': { eventType: 'Strategic developments', disorderType: 'Strategic developments', plover: 'ASSAULT' },
  'Non-violent transfer of territory': { eventType: 'Strategic developments', disorderType: 'Strategic developments', plover: 'RETREAT' },
  'Other': { eventType: 'Strategic developments', disorderType: 'Strategic developments', plover: null },
}

/** Sitrep actor kinds, as the theater lexicon and the document contract name them. */
export type ActorKind = 'state' | 'state_force' | 'armed_group' | 'organization' | 'person' | 'civilians'

/** PLOVER event for one event: the ACLED sub-event's crosswalk row where there is one, else the table row. */
export function ploverEventFor(type: EventType, evidence: string, initiatorIsState: boolean): PloverEvent | null {
  return ploverForSubEvent(type, acledSubEventFor(type, evidence, initiatorIsState))
}

/** PLOVER event of a Sitrep type whose ACLED sub-event is already known (null: ACLED codes none). */
export function ploverForSubEvent(type: EventType, subEvent: string | null): PloverEvent | null {
  const viaAcled = subEvent ? ACLED_SUB_EVENTS[subEvent]?.plover : undefined
  return viaAcled ?? EVENT_ONTOLOGY[type].plover
}

/**
 * ACLED inter code from an actor's kind alone (1 state forces, 2 rebel groups, 7 civilians, 8 external/other), the
 * fallback for actors outside the lexicon. With the lexicon, acled-actors.ts codes foreign state forces 8 and
 * pro-government or proxy militias 3.
 */
export function acledInterCode(kind: ActorKind | null): number {
  if (kind === null) return 0
  switch (kind) {
    case 'state': case 'state_force': return 1
    case 'armed_group': return 2
    case 'civilians': return 7
    case 'organization': case 'person': return 8
  }
}

/** ACLED "interaction": the two inter codes, lower first ("12"); one actor alone is its code followed by 0. */
export function acledInteraction(inter1: number, inter2: number): number {
  if (inter1 === 0) return inter2 * 10
  if (inter2 === 0) return inter1 * 10
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2)
}

/** ACLED geo_precision: 1 the town itself, 2 near it or part of a region, 3 a larger region or only the country. */
export function acledGeoPrecision(precision: 'exact' | 'near' | 'region' | 'country'): 1 | 2 | 3 {
  return precision === 'exact' ? 1 : precision === 'near' ? 2 : 3
}

/** ACLED time_precision: 1 the day, 2 within a week, 3 within a month or vaguer. */
export function acledTimePrecision(precision: 'day' | 'range' | 'month' | 'year' | null, date: string, dateEnd: string | null): 1 | 2 | 3 {
  if (precision === 'day') return 1
  if (precision === 'range' && dateEnd !== null && (Date.parse(dateEnd) - Date.parse(date)) <= 6 * 86_400_000) return 2
  return 3
}

/**
 * ACLED event_date for an event: the day itself; for a period (time precision 2 or 3), its middle day, as the
 * codebook prescribes ("the middle of the period is used as the reference date"; a month's midpoint).
 */
export function acledEventDate(precision: 'day' | 'range' | 'month' | 'year' | null, date: string, dateEnd: string | null): string {
  if (precision === 'day') return date
  const end = dateEnd ?? (precision === 'month' ? lastOfMonth(date) : null)
  if (end === null || end <= date) return date
  const mid = Date.parse(date) + Math.floor((Date.parse(end) - Date.parse(date)) / 86_400_000 / 2) * 86_400_000
  return new Date(mid).toISOString().slice(0, 10)
}

function lastOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)
}

/** Sitrep event type for an ACLED row (the import direction): the sub-event decides where the table is many-to-one. */
export function sitrepTypeForAcled(eventType: string, subEventType: string): EventType {
  for (const [type, m] of Object.entries(EVENT_ONTOLOGY) as [EventType, OntologyMapping][]) {
    if (m.acled && m.acled.eventType === eventType && m.acled.subEventType === subEventType) return type
  }
  if (/territor/i.test(subEventType)) return 'territory_change'
  if (eventType === 'Battles') return 'battle'
  if (eventType === 'Explosions/Remote violence') return 'strike'
  if (eventType === 'Violence against civilians') return 'casualties'
  if (eventType === 'Protests' || eventType === 'Riots') return 'protest'
  return 'other'
}
