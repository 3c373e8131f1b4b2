// The road network as a graph, who holds its nodes on a day, bridge cuts from reports, and the what-if:
// which pairs of a side's towns lose their road link through its own ground when a place changes hands.
import { UndirectedGraph } from 'graphology'
import * as dijkstra from 'graphology-shortest-path/dijkstra.js'
import type { WhatIf } from '../core/contract.ts'
import { AppError } from '../core/errors.ts'
import { distanceKm, foldName, sameFoldedName } from './geo.ts'
import type { ControlPlace } from './match.ts'
import type { Bridge, SituationPack } from './pack.ts'
import { eventDay, holderOn as placeHolderOn, type Evidence, type PlaceTimeline, type SituationEvent, type Timeline } from './timeline.ts'

export interface NodeAttrs { name: string; lat: number; lon: number; kind: 'place' | 'waypoint' | 'crossing'; placeId: string | null }
/** `km` is the distance shown; `weight` is what routing minimises (km, raised on a damaged bridge). */
export interface EdgeAttrs { road: string; route: string; km: number; weight: number; bridges: string[] }
export type RoadGraph = UndirectedGraph<NodeAttrs, EdgeAttrs>

export interface RoadNetwork { graph: RoadGraph; bridges: Bridge[]; nodeOfPlace: Map<string, string> }

/** A road node is a control place when the two points lie this close (both come from the OCHA gazetteer). */
const NODE_PLACE_KM = 2
/** A strike reported this close to a bridge, in a sentence naming a bridge, hits that bridge. */
const BRIDGE_KM = 10

/** Builds the graph from the pack's segments; nodes that are control places carry their placeId. */
export function buildRoadNetwork(pack: SituationPack, places: readonly ControlPlace[]): RoadNetwork {
  const graph: RoadGraph = new UndirectedGraph<NodeAttrs, EdgeAttrs>()
  const nodeOfPlace = new Map<string, string>()
  const crossingIds = new Set(pack.crossings.map((c) => c.id))
  const addNode = (id: string, name: string, lat: number, lon: number) => {
    if (graph.hasNode(id)) return
    // Nearest place within reach; old Quneitra and the area of separation share a point, and a road node is the
    // town, so on a tie a gazetteer place wins over a pack-defined area.
    const place = places
      .map((p) => ({ p, km: distanceKm(lat, lon, p.lat, p.lon) }))
      .filter((x) => x.km <= NODE_PLACE_KM)
      .sort((a, b) => a.km - b.km || Number(a.p.placeId.startsWith('theater:')) - Number(b.p.placeId.startsWith('theater:')))[0]?.p ?? null
    const kind = place ? 'place' : crossingIds.has(id) ? 'crossing' : 'waypoint'
    graph.addNode(id, { name: place?.name ?? name, lat, lon, kind, placeId: place?.placeId ?? null })
    if (place && !nodeOfPlace.has(place.placeId)) nodeOfPlace.set(place.placeId, id)
  }
  for (const s of pack.segments) {
    addNode(s.from, s.fromName, s.fromLat, s.fromLon)
    addNode(s.to, s.toName, s.toLat, s.toLon)
    const bridges = pack.bridges.filter((b) => (b.from === s.from && b.to === s.to) || (b.from === s.to && b.to === s.from)).map((b) => b.id)
    graph.mergeEdgeWithKey(`${s.route}:${s.from}-${s.to}`, s.from, s.to, { road: (s.ref || s.route).replace(/\s*\(.*\)$/, ''), route: s.route, km: s.km, weight: s.km, bridges })
  }
  return { graph, bridges: pack.bridges, nodeOfPlace }
}

/** A bridge reported destroyed cuts its edge; one reported struck degrades it (routes avoid it where they can). */
export interface EdgeCut { edge: string; bridge: string; effect: 'cut' | 'degraded'; from: string; evidence: Evidence[] }

/** Routing weight of a degraded edge, as a multiple of its km. */
const DEGRADED_FACTOR = 3

function hitsBridge(e: SituationEvent, b: Bridge): boolean {
  if (!e.place) return false
  if (e.place.placeId === b.id) return true
  const key = foldName(e.place.name)
  if ([b.name, ...b.altNames].some((n) => sameFoldedName(foldName(n), key))) return true
  // The place resolver may pin "the Rastan bridge" on the town: accept it when the sentence names a bridge.
  const text = e.evidence.text.toLowerCase()
  return distanceKm(e.place.lat, e.place.lon, b.lat, b.lon) <= BRIDGE_KM && b.keywords.some((k) => text.includes(k.toLowerCase()))
}

/**
 * Bridges that reports say were destroyed (infrastructure_damage: cut) or struck (strike: degraded), from the
 * event's day. A cut outranks a degradation; each keeps its earliest day.
 */
export function bridgeCuts(network: RoadNetwork, events: readonly SituationEvent[]): EdgeCut[] {
  const cuts = new Map<string, EdgeCut>()
  for (const e of events) {
    if (e.type !== 'infrastructure_damage' && e.type !== 'strike') continue
    if (e.modality !== 'asserted' && e.modality !== 'claimed') continue
    const day = eventDay(e)
    if (!day) continue
    for (const b of network.bridges) {
      if (!hitsBridge(e, b)) continue
      const edge = network.graph.findEdge(b.from, b.to, () => true)
      if (!edge) continue
      const key = `${edge}|${e.type === 'infrastructure_damage' ? 'cut' : 'degraded'}`
      const prev = cuts.get(key)
      const evidence = e.documents[0] ? [{ document: e.documents[0], span: e.evidence }] : []
      if (!prev) cuts.set(key, { edge, bridge: b.id, effect: e.type === 'infrastructure_damage' ? 'cut' : 'degraded', from: day, evidence })
      else cuts.set(key, { ...prev, from: day < prev.from ? day : prev.from, evidence: [...prev.evidence, ...evidence].slice(0, 8) })
    }
  }
  return [...cuts.values()]
}

/** The network on one day: who holds each node, which edges are cut and which degraded. */
export interface RoadState { holders: Map<string, string>; cut: Set<string>; degraded: Set<string> }

function damageOn(cuts: readonly EdgeCut[], date: string): Pick<RoadState, 'cut' | 'degraded'> {
  const active = cuts.filter((c) => c.from <= date)
  return {
    cut: new Set(active.filter((c) => c.effect === 'cut').map((c) => c.edge)),
    degraded: new Set(active.filter((c) => c.effect === 'degraded').map((c) => c.edge)),
  }
}

function usable(state: RoadState, edge: string, a: EdgeAttrs): EdgeAttrs | null {
  if (state.cut.has(edge)) return null
  return state.degraded.has(edge) ? { ...a, weight: a.km * DEGRADED_FACTOR } : a
}

const byPlaceCache = new WeakMap<Timeline, Map<string, PlaceTimeline>>()
function timelineByPlace(timeline: Timeline): Map<string, PlaceTimeline> {
  let m = byPlaceCache.get(timeline)
  if (!m) { m = new Map(timeline.places.map((t) => [t.place.placeId, t])); byPlaceCache.set(timeline, m) }
  return m
}

/**
 * Holders of the road nodes. A node that is a control place has that place's holder; any other node (a waypoint,
 * a border crossing) goes with the nearest held place by road km — a route between two of a side's towns may use
 * the road between them, and a waypoint between two sides belongs to the nearer front.
 */
export function nodeHolders(network: RoadNetwork, placeHolder: (placeId: string) => string | null): Map<string, string> {
  const { graph } = network
  const holders = new Map<string, string>()
  const seeded = graph.copy()
  const SOURCE = '\u0000source'
  seeded.addNode(SOURCE, { name: '', lat: 0, lon: 0, kind: 'waypoint', placeId: null })
  graph.forEachNode((id, a) => {
    const h = a.placeId ? placeHolder(a.placeId) : null
    if (h) { holders.set(id, h); seeded.addEdge(SOURCE, id, { road: '', route: '', km: 0, weight: 0, bridges: [] }) }
  })
  const paths = dijkstra.singleSource(seeded, SOURCE, 'weight')
  graph.forEachNode((id) => {
    if (holders.has(id)) return
    const seed = paths[id]?.[1]
    const h = seed ? holders.get(seed) : undefined
    if (h) holders.set(id, h)
  })
  return holders
}

/** Who holds each node and which bridges are down on a day. */
export function roadStateOn(network: RoadNetwork, timeline: Timeline, cuts: readonly EdgeCut[], date: string): RoadState {
  const byPlace = timelineByPlace(timeline)
  const holders = nodeHolders(network, (id) => { const t = byPlace.get(id); return t ? placeHolderOn(t, date) : null })
  return { holders, ...damageOn(cuts, date) }
}

/** The part of the network a side can drive on: its own nodes, uncut edges. */
export function sideGraph(network: RoadNetwork, state: RoadState, side: string): RoadGraph {
  const g: RoadGraph = new UndirectedGraph<NodeAttrs, EdgeAttrs>()
  network.graph.forEachNode((id, a) => { if (state.holders.get(id) === side) g.addNode(id, a) })
  network.graph.forEachEdge((edge, a, s, t) => {
    const attrs = usable(state, edge, a)
    if (attrs && g.hasNode(s) && g.hasNode(t)) g.addEdgeWithKey(edge, s, t, attrs)
  })
  return g
}

function pathKm(g: RoadGraph, path: readonly string[]): number {
  let km = 0
  for (let i = 1; i < path.length; i++) {
    const e = g.edge(path[i - 1]!, path[i]!)
    if (e) km += g.getEdgeAttribute(e, 'km')
  }
  return Math.round(km * 10) / 10
}

// Every node, uncut edges: the network whoever holds it.
function openGraph(network: RoadNetwork, state: RoadState): RoadGraph {
  const g: RoadGraph = new UndirectedGraph<NodeAttrs, EdgeAttrs>()
  network.graph.forEachNode((id, a) => g.addNode(id, a))
  network.graph.forEachEdge((e, a, s, t) => { const attrs = usable(state, e, a); if (attrs) g.addEdgeWithKey(e, s, t, attrs) })
  return g
}

/** Shortest road route between two nodes over a side's ground (or all ground when side is null). */
export function route(network: RoadNetwork, state: RoadState, from: string, to: string, side: string | null): { path: string[]; km: number } | null {
  const graph = side ? sideGraph(network, state, side) : openGraph(network, state)
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null
  const path = dijkstra.bidirectional(graph, from, to, 'weight')
  return path ? { path, km: pathKm(graph, path) } : null
}

/** Resolves a --capture value (name, alternative name or placeId) to a control place. */
export function findPlace(timeline: Timeline, query: string): ControlPlace {
  const key = foldName(query)
  const places = timeline.places.map((t) => t.place)
  const names = (p: ControlPlace) => [p.name, ...(p.baseline?.altNames ?? [])].map(foldName)
  const hit = places.find((p) => p.placeId === query)
    ?? places.find((p) => names(p).includes(key))
    ?? places.find((p) => names(p).some((n) => sameFoldedName(n, key)))
  if (!hit) throw new AppError('not_found', `no control place called "${query}" (see \`sitrep control\` for the list)`)
  return hit
}

export interface WhatIfQuery { place: string; by: string; date?: string }

/** What a change of control would cut: per side, pairs of its towns whose best own-ground route is lost. */
export function whatIf(network: RoadNetwork, timeline: Timeline, cuts: readonly EdgeCut[], query: WhatIfQuery): WhatIf {
  const date = query.date ?? timeline.lastDay
  const place = findPlace(timeline, query.place)
  const by = timeline.actors.resolve(query.by)
  const byPlace = timelineByPlace(timeline)
  const holderOn = (id: string) => { const t = byPlace.get(id); return t ? placeHolderOn(t, date) : null }
  const damage = damageOn(cuts, date)
  const before: RoadState = { holders: nodeHolders(network, holderOn), ...damage }
  const after: RoadState = { holders: nodeHolders(network, (id) => (id === place.placeId ? by : holderOn(id))), ...damage }
  const g = network.graph
  const name = (id: string) => g.getNodeAttribute(id, 'name')
  const disconnected: WhatIf['disconnected'] = []
  const sides = [...new Set(g.filterNodes((_, a) => a.kind === 'place').map((id) => before.holders.get(id)).filter((s): s is string => !!s))].sort()
  for (const side of sides) {
    const gb = sideGraph(network, before, side)
    const ga = sideGraph(network, after, side)
    const towns = gb.filterNodes((id, a) => a.kind === 'place' && ga.hasNode(id)).sort((a, b) => name(a).localeCompare(name(b)))
    for (let i = 0; i < towns.length; i++) {
      const a = towns[i]!
      const pathsBefore = dijkstra.singleSource(gb, a, 'weight')
      const pathsAfter = dijkstra.singleSource(ga, a, 'weight')
      for (let j = i + 1; j < towns.length; j++) {
        const b = towns[j]!
        const was = pathsBefore[b]
        if (!was || was.every((n) => ga.hasNode(n))) continue
        const cutEdges: WhatIf['disconnected'][number]['cutEdges'] = []
        for (let k = 1; k < was.length; k++) {
          const [u, v] = [was[k - 1]!, was[k]!]
          if (ga.hasNode(u) && ga.hasNode(v)) continue
          cutEdges.push({ from: name(u), to: name(v), road: gb.getEdgeAttribute(gb.edge(u, v)!, 'road') })
        }
        const now = pathsAfter[b]
        disconnected.push({
          side, from: name(a), to: name(b), cutEdges,
          alternative: now ? { via: now.slice(1, -1).map(name), km: pathKm(ga, now) } : null,
        })
      }
    }
  }
  return { schema: 'sitrep.whatif/1', date, capture: { place: place.name, by }, disconnected }
}
