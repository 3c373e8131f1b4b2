// Assembles the situation from a pack and an event source: timeline, road network, bridge cuts.
// The one entry point the CLI (and later the API) calls; holds no rules of its own.
import { actorTable } from './actors.ts'
import { loadSituationPack, SYRIA_PACK_DIR, type SituationPack } from './pack.ts'
import { bridgeCuts, buildRoadNetwork, type EdgeCut, type RoadNetwork } from './roads.ts'
import type { EventSource } from './sources.ts'
import { buildTimeline, type SituationEvent, type Timeline } from './timeline.ts'

export interface Situation { pack: SituationPack; timeline: Timeline; network: RoadNetwork; cuts: EdgeCut[] }

/** Builds the situation from already-loaded events. */
export function situationOf(events: readonly SituationEvent[], pack: SituationPack = loadSituationPack()): Situation {
  const timeline = buildTimeline(pack.baseline, pack.baselineDate, events, actorTable(pack.holders))
  const network = buildRoadNetwork(pack, timeline.places.map((t) => t.place))
  return { pack, timeline, network, cuts: bridgeCuts(network, events) }
}

/** Loads the events of a source and builds the situation over the theater pack in `packDir`. */
export async function loadSituation(source: EventSource, packDir: string = SYRIA_PACK_DIR): Promise<Situation> {
  return situationOf(await source.load(), loadSituationPack(packDir))
}
