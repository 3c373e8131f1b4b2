import assert from 'node:assert/strict'
import { test } from 'node:test'
import { actorTable } from './actors.ts'
import { loadSituationPack, type RoadSegment, type SituationPack } from './pack.ts'
import { bridgeCuts, buildRoadNetwork, roadStateOn, route, whatIf } from './roads.ts'
import { HOLDERS, at, ev, place, took } from './test-fixtures.ts'
import { buildTimeline } from './timeline.ts'

// Invented: Qorvath–Belmira–Tessaly on the main road, Qorvath–Ostrel–Tessaly a longer detour, Brask (blue) beyond
// Tessaly, and Kell a dead end reached only through Qorvath.
const TOWNS = [
  place('Qorvath', 34.0, 36.0, 'red'), place('Belmira', 34.2, 36.0, 'red'), place('Tessaly', 34.4, 36.0, 'red'),
  place('Ostrel', 34.2, 36.4, 'red'), place('Brask', 34.6, 36.0, 'blue'), place('Kell', 33.8, 36.0, 'red'),
]
const seg = (route: string, a: number, b: number, km: number): RoadSegment => {
  const [p, q] = [TOWNS[a]!, TOWNS[b]!]
  return { route, ref: route, from: `N${a}`, fromName: p.name, to: `N${b}`, toName: q.name, fromLat: p.lat, fromLon: p.lon, toLat: q.lat, toLon: q.lon, km }
}
const INVENTED: SituationPack = {
  baselineDate: '2030-01-01', baseline: TOWNS, holders: HOLDERS, crossings: [], bridges: [],
  segments: [seg('R1', 0, 1, 22), seg('R1', 1, 2, 22), seg('R2', 0, 3, 40), seg('R2', 3, 2, 40), seg('R1', 2, 4, 22), seg('R3', 0, 5, 10)],
}

function invented() {
  const timeline = buildTimeline(INVENTED.baseline, INVENTED.baselineDate, [], actorTable(INVENTED.holders))
  return { timeline, network: buildRoadNetwork(INVENTED, timeline.places.map((t) => t.place)) }
}

test('a capture on the main road lists the cut edges and the detour with its km', () => {
  const { timeline, network } = invented()
  const w = whatIf(network, timeline, [], { place: 'Belmira', by: 'blue', date: '2030-01-02' })
  assert.equal(w.schema, 'sitrep.whatif/1')
  assert.deepEqual(w.capture, { place: 'Belmira', by: 'blue' })
  const pair = w.disconnected.find((d) => d.from === 'Qorvath' && d.to === 'Tessaly')
  assert.ok(pair)
  assert.equal(pair.side, 'red')
  assert.deepEqual(pair.cutEdges, [{ from: 'Qorvath', to: 'Belmira', road: 'R1' }, { from: 'Belmira', to: 'Tessaly', road: 'R1' }])
  assert.deepEqual(pair.alternative, { via: ['Ostrel'], km: 80 })
})

test('a capture that leaves no own-ground route gives no alternative', () => {
  const { timeline, network } = invented()
  const w = whatIf(network, timeline, [], { place: 'Qorvath', by: 'blue', date: '2030-01-02' })
  const pair = w.disconnected.find((d) => d.from === 'Belmira' && d.to === 'Kell')
  assert.ok(pair)
  assert.equal(pair.alternative, null)
  assert.deepEqual(pair.cutEdges, [{ from: 'Belmira', to: 'Qorvath', road: 'R1' }, { from: 'Qorvath', to: 'Kell', road: 'R3' }])
})

test('a capture off every best route disconnects nothing', () => {
  const { timeline, network } = invented()
  assert.deepEqual(whatIf(network, timeline, [], { place: 'Ostrel', by: 'blue', date: '2030-01-02' }).disconnected, [])
})

test('a route passes only through the side\'s own towns', () => {
  const { timeline, network } = invented()
  const state = roadStateOn(network, timeline, [], '2030-01-02')
  assert.equal(route(network, state, 'N0', 'N4', 'red'), null)
  assert.deepEqual(route(network, state, 'N0', 'N4', null)?.path, ['N0', 'N1', 'N2', 'N4'])
})

// The Syria pack shipped in the repository (no ../shared at test time).
const syria = loadSituationPack()
const syriaActors = actorTable(syria.holders)

test('with Homs taken, Damascus loses its government-held route to Latakia and Tartus', () => {
  const timeline = buildTimeline(syria.baseline, syria.baselineDate, [], syriaActors)
  const network = buildRoadNetwork(syria, timeline.places.map((t) => t.place))
  const w = whatIf(network, timeline, [], { place: 'Homs', by: 'hts', date: '2024-12-06' })
  for (const coast of ['Latakia', 'Tartus']) {
    const pair = w.disconnected.find((d) => d.side === 'syrian-government' && [d.from, d.to].sort().join('|') === ['Damascus', coast].sort().join('|'))
    assert.ok(pair, `Damascus–${coast} is listed`)
    assert.equal(pair.alternative, null)
    assert.ok(pair.cutEdges.some((e) => e.from === 'Homs' || e.to === 'Homs'))
  }
})

test('with Homs still held, Damascus keeps its government route to the coast', () => {
  const timeline = buildTimeline(syria.baseline, syria.baselineDate, [], syriaActors)
  const network = buildRoadNetwork(syria, timeline.places.map((t) => t.place))
  const state = roadStateOn(network, timeline, [], '2024-12-06')
  const damascus = network.nodeOfPlace.get('geonames:170654')!
  const tartus = network.nodeOfPlace.get('geonames:163345')!
  assert.ok(route(network, state, damascus, tartus, 'syrian-government'))
})

test('the Rastan bridge reported destroyed cuts the M5 between Homs and Hama from its day', () => {
  const rastan = syria.baseline.find((p) => p.name === 'Rastan')!
  const strike = ev({
    type: 'infrastructure_damage', actors: took('russia'), place: at(rastan, { placeId: 'geonames:172946', name: 'Ar Rastan' }), date: '2024-12-06',
    evidence: { start: 0, end: 30, text: 'warplanes struck the town bridge' },
  })
  const timeline = buildTimeline(syria.baseline, syria.baselineDate, [strike], syriaActors)
  const network = buildRoadNetwork(syria, timeline.places.map((t) => t.place))
  const cuts = bridgeCuts(network, [strike])
  assert.deepEqual(cuts.map((c) => [c.bridge, c.effect, c.from]), [['theater:rastan-bridge', 'cut', '2024-12-06']])
  const homs = network.nodeOfPlace.get('geonames:169577')!
  const hama = network.nodeOfPlace.get('geonames:170017')!
  const before = route(network, roadStateOn(network, timeline, cuts, '2024-12-05'), homs, hama, null)
  const after = route(network, roadStateOn(network, timeline, cuts, '2024-12-06'), homs, hama, null)
  assert.ok(before && before.km < 60)
  assert.ok(!after || after.km > 200)
})

test('a strike on a town without a bridge in its sentence cuts nothing', () => {
  const rastan = syria.baseline.find((p) => p.name === 'Rastan')!
  const strike = ev({ type: 'strike', place: at(rastan), date: '2024-12-06', evidence: { start: 0, end: 20, text: 'shelling hit the town' } })
  const timeline = buildTimeline(syria.baseline, syria.baselineDate, [], syriaActors)
  const network = buildRoadNetwork(syria, timeline.places.map((t) => t.place))
  assert.deepEqual(bridgeCuts(network, [strike]), [])
})

test('a bridge reported struck is degraded: routes avoid it where they can, its km unchanged', () => {
  const strike = ev({ type: 'strike', place: { placeId: 'theater:rastan-bridge', name: 'Rastan bridge', lat: 34.95, lon: 36.74, precision: 'exact' }, date: '2024-12-06' })
  const timeline = buildTimeline(syria.baseline, syria.baselineDate, [strike], syriaActors)
  const network = buildRoadNetwork(syria, timeline.places.map((t) => t.place))
  const cuts = bridgeCuts(network, [strike])
  assert.deepEqual(cuts.map((c) => c.effect), ['degraded'])
  const homs = network.nodeOfPlace.get('geonames:169577')!
  const hama = network.nodeOfPlace.get('geonames:170017')!
  const after = route(network, roadStateOn(network, timeline, cuts, '2024-12-06'), homs, hama, null)
  assert.ok(after && after.km < 60)
})
