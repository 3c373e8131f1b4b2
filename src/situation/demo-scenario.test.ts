// The demo corpus's story of Hama, Homs and the Rastan bridge (samples/README.md), as text-free events on the
// Syria pack: what the situation must make of the facts once extraction delivers them.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { SituationEvent } from './timeline.ts'
import { controlOn } from './timeline.ts'
import { route, roadStateOn, whatIf } from './roads.ts'
import { situationOf } from './situation.ts'
import { ev } from './test-fixtures.ts'

const HAMA = { placeId: 'geonames:170017', name: 'Ḩamāh', lat: 35.13, lon: 36.76, precision: 'exact' as const }
const HOMS = { placeId: 'geonames:169577', name: 'Homs', lat: 34.73, lon: 36.71, precision: 'exact' as const }
const RASTAN = { placeId: 'geonames:172946', name: 'Ar Rastan', lat: 34.926, lon: 36.733, precision: 'exact' as const }
const BRIDGE = { placeId: 'theater:rastan-bridge', name: 'Rastan bridge', lat: 34.95, lon: 36.74, precision: 'exact' as const }
const day = (d: number) => `2024-12-0${d}`

const events: SituationEvent[] = [
  // Hama, 5 Dec: three outlets report the capture; the army says it redeployed outside the city.
  ...['a', 'b', 'c'].map((o) => ev({ actors: [{ actorId: 'moc', role: 'initiator' }], place: HAMA, date: day(5), reportedOn: day(5), outlets: [o] })),
  ev({ actors: [{ actorId: 'syrian-army', role: 'target' }], place: HAMA, date: day(5), modality: 'claimed', attribution: 'the Syrian army', reportedOn: day(5), outlets: ['a'] }),
  // Rastan, 6 Dec: the insurgents' claim.
  ev({ actors: [], place: RASTAN, date: day(6), modality: 'claimed', attribution: 'Insurgents led by Hayat Tahrir al-Sham', reportedOn: day(6) }),
  // Homs, 6 Dec: a monitor says the army left, the ministry denies; 8 Dec: taken, two outlets.
  ev({ actors: [{ actorId: 'syrian-army', role: 'target' }], place: HOMS, date: day(6), attribution: 'the Syrian Observatory', reportedOn: day(6) }),
  ev({ type: 'denial', actors: [{ actorId: 'syrian-government', role: 'initiator' }], place: HOMS, date: day(6), reportedOn: day(6) }),
  ...['d', 'e'].map((o) => ev({ actors: [{ actorId: 'moc', role: 'initiator' }], place: HOMS, date: day(8), reportedOn: day(8), outlets: [o] })),
  // The Rastan bridge, destroyed overnight 5-6 Dec.
  ev({ type: 'infrastructure_damage', actors: [{ actorId: 'russian-forces', role: 'initiator' }], place: BRIDGE, date: day(6), reportedOn: day(6) }),
]
const s = situationOf(events)
const at = (name: string, date: string) => controlOn(s.timeline, date).places.find((p) => p.name === name)!

test('demo: Hama falls on 5 Dec, assessed', () => {
  assert.equal(at('Hama', day(4)).holder.actorId, 'syrian-government')
  const p = at('Hama', day(5))
  assert.deepEqual([p.holder.actorId, p.status, p.since], ['hts', 'assessed', day(5)])
})

test('demo: Rastan is claimed by the insurgents on 6 Dec', () => {
  assert.deepEqual([at('Rastan', day(6)).holder.actorId, at('Rastan', day(6)).status], ['hts', 'claimed'])
})

test('demo: Homs is contested on 6 Dec and taken, assessed, on 8 Dec', () => {
  assert.deepEqual([at('Homs', day(6)).holder.actorId, at('Homs', day(6)).status], ['syrian-government', 'contested'])
  assert.deepEqual([at('Homs', day(8)).holder.actorId, at('Homs', day(8)).status], ['hts', 'assessed'])
})

test('demo: the M5 between Homs and Hama is cut from 6 Dec', () => {
  const homs = s.network.nodeOfPlace.get(HOMS.placeId)!
  const hama = s.network.nodeOfPlace.get(HAMA.placeId)!
  assert.ok((route(s.network, roadStateOn(s.network, s.timeline, s.cuts, day(5)), homs, hama, null)?.km ?? Infinity) < 60)
  assert.ok((route(s.network, roadStateOn(s.network, s.timeline, s.cuts, day(6)), homs, hama, null)?.km ?? Infinity) > 200)
})

test('demo: on 7 Dec, Homs taken would cut Damascus from Latakia and Tartus', () => {
  const w = whatIf(s.network, s.timeline, s.cuts, { place: 'Homs', by: 'hts', date: day(7) })
  const lost = w.disconnected.filter((d) => d.side === 'syrian-government' && (d.from === 'Damascus' || d.to === 'Damascus') && d.alternative === null)
  const coast = lost.map((d) => (d.from === 'Damascus' ? d.to : d.from))
  assert.ok(coast.includes('Latakia') && coast.includes('Tartus'), coast.join(', '))
})
