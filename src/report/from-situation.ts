// The report's SituationView over the situation engine (src/situation), built from the store's events as known at
// the information cutoff: events reported after the report date do not move control on earlier days.
import { loadSituationPack } from '../situation/pack.ts'
import { whatIf } from '../situation/roads.ts'
import { situationOf } from '../situation/situation.ts'
import { storeSource, type EventStore } from '../situation/store-source.ts'
import { controlOn } from '../situation/timeline.ts'
import type { SituationView } from './situation-view.ts'

/** A view of control and what-if from the events in `store` reported on or before `cutoff`. */
export async function situationViewAt(store: EventStore, cutoff: string): Promise<SituationView> {
  const events = (await storeSource(store, 'store').load()).filter((e) => e.reportedOn != null && e.reportedOn.slice(0, 10) <= cutoff)
  const { timeline, network, cuts } = situationOf(events, loadSituationPack())
  return {
    control: (date) => controlOn(timeline, date),
    whatIf: (placeId, by, date) => whatIf(network, timeline, cuts, { place: placeId, by, date }),
  }
}
