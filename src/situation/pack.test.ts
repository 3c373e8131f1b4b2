import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadActorLexicon } from '../theaters/load.ts'
import { actorTable } from './actors.ts'
import { foldName, sameFoldedName } from './geo.ts'
import { loadSituationPack } from './pack.ts'
import { buildRoadNetwork } from './roads.ts'
import { buildTimeline } from './timeline.ts'

const pack = loadSituationPack()

test('the Syria baseline lists 61 places on 2024-11-26, each holder named in the holder table', () => {
  assert.equal(pack.baselineDate, '2024-11-26')
  assert.equal(pack.baseline.length, 61)
  const actors = actorTable(pack.holders)
  for (const p of pack.baseline) assert.notEqual(actors.nameOf(p.holder), p.holder, `${p.name}: ${p.holder} has a name`)
  assert.equal(new Set(pack.baseline.map((p) => p.placeId)).size, 61)
})

test('every actor of the lexicon has a holder row, so a change of control names its side', () => {
  const listed = new Set(pack.holders.map((r) => r.actorId))
  assert.deepEqual([...loadActorLexicon('syria').byId.keys()].filter((id) => !listed.has(id)), [])
})

test('every bridge lies on a road segment of the network', () => {
  const timeline = buildTimeline(pack.baseline, pack.baselineDate, [], actorTable(pack.holders))
  const { graph } = buildRoadNetwork(pack, timeline.places.map((t) => t.place))
  for (const b of pack.bridges) assert.ok(graph.findEdge(b.from, b.to, () => true), b.name)
})

test('the holder table maps lexicon ids and attributions to sides', () => {
  const actors = actorTable(pack.holders)
  assert.equal(actors.holderOf('syrian-army'), 'syrian-government')
  assert.equal(actors.holderOf('military-operations-command'), 'hts')
  assert.equal(actors.holderOf('some-new-group'), 'some-new-group')
  assert.equal(actors.speakerOf('the Syrian Democratic Forces said'), 'sdf')
  assert.equal(actors.speakerOf('a defence ministry statement'), 'syrian-government')
  assert.equal(actors.speakerOf('a local journalist'), null)
  assert.equal(actors.resolve('HTS-led opposition'), 'hts')
})

test('place names fold across transliterations', () => {
  assert.equal(foldName('Ar-Rastan'), foldName('Rastan'))
  assert.equal(foldName('Ḩamāh'), 'hamah')
  assert.ok(sameFoldedName(foldName('Tallbīsah'), foldName('Talbiseh')))
  assert.ok(!sameFoldedName(foldName('Homs'), foldName('Hama')))
})
