// The report's SituationView over the situation engine (src/situation), built from the store's events as known at
// the information cutoff: events reported after the report date do not move control on earlier days.
import { loadSituationPack, type RoadSegment } from '../situation/pack.ts'
import { whatIf } from '../situation/roads.ts'
import { situationOf } from '../situation/situation.ts'
import { storeSource, type EventStore } from '../situation/store-source.ts'
import { actorTable } from '../situation/actors.ts'
import { controlOn, denierOf, deniesChange } from '../situation/timeline.ts'
import type { SituationView } from './situation-view.ts'

/** A view of control and what-if from the events in `store` reported on or before `cutoff`. */
export async function situationViewAt(store: EventStore, cutoff: string, texts?: ReadonlyMap<string, string>): Promise<SituationView> {
  const all = await storeSource(store, 'store', texts).load()
  const reportedBy = (day: string) => all.filter((e) => e.reportedOn != null && e.reportedOn.slice(0, 10) <= day)
  const pack = loadSituationPack()
  const { timeline, network, cuts } = situationOf(reportedBy(cutoff), pack)
  const actors = actorTable(pack.holders)
  return {
    knownOn: (date) => controlOn(situationOf(reportedBy(date), pack).timeline, date),
    roadName: (road) => roadName(road, pack.segments),
    answers: (denial, change) => deniesChange({ denier: denierOf(denial, actors) }, change.to, change.from, actors),
    control: (date) => controlOn(timeline, date),
    whatIf: (placeId, by, date) => whatIf(network, timeline, cuts, { place: placeId, by, date }),
  }
}

/**
 * A numbered highway keeps its number ("M5"); a road known only by an id is named by its ends as the pack lists its
 * segments ("Homs–Palmyra road").
 */
export function roadName(road: string, segments: readonly RoadSegment[]): string {
  if (/^[A-Z]\d+$/.test(road)) return road
  const parts = segments.filter((s) => s.route === road)
  if (parts.length === 0) return road
  return `${parts[0]!.fromName}–${parts.at(-1)!.toName} road`
}
