import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ExtractedDocument } from '../../../core/contract.ts'
import { fuseEvents } from './fuse.ts'
import { DALMIR, makeDoc, MARRAK, QORVATH, TESSIK } from './testing.ts'

/** Each document its own family in one story unless `families` says otherwise. */
function fuse(docs: ExtractedDocument[], families: Record<string, string> = {}, stories: Record<string, string> = {}) {
  return fuseEvents(docs, (id) => ({ family: families[id] ?? id, story: stories[id] ?? 'story' }))
}

test('two sources giving different figures keep both; best is the most conservative, with low and high', () => {
  const [f, ...rest] = fuse([
    makeDoc({ id: 'a', text: 'At least 12 people were killed in Qorvath.', events: [{ type: 'casualties', actors: {}, quantities: { killed: 12 } }] }),
    makeDoc({ id: 'b', text: 'Fifteen people died in Qorvath.', events: [{ type: 'casualties', actors: {}, quantities: { killed: 15 } }] }),
  ])
  assert.equal(rest.length, 0)
  assert.equal(f!.quantities.killed, 12)
  assert.equal(f!.quantities.killed_low, 12)
  assert.equal(f!.quantities.killed_high, 15)
  assert.deepEqual(f!.disagreements, [{ field: 'quantities.killed', values: [{ value: 12, documents: ['a'] }, { value: 15, documents: ['b'] }] }])
})

test("one source's own range and another's figure: low and high span both, whichever comes first", () => {
  const ranged = makeDoc({ id: 'a', text: 'Dozens of fighters were killed in Qorvath.', events: [{ type: 'casualties', actors: {}, quantities: { killed_high: 99, killed_low: 12, killed: 12 } }] })
  const exact = makeDoc({ id: 'b', text: 'Twenty people died in Qorvath.', events: [{ type: 'casualties', actors: {}, quantities: { killed: 20 } }] })
  const lone = makeDoc({ id: 'c', text: 'Fifteen people died in Qorvath.', events: [{ type: 'casualties', actors: {}, quantities: { killed: 15 } }] })
  for (const docs of [[ranged, exact], [exact, ranged]]) {
    const [f] = fuse(docs)
    assert.deepEqual(f!.quantities, { killed: 12, killed_low: 12, killed_high: 99 })
    assert.deepEqual(f!.disagreements.map((d) => d.field), ['quantities.killed'])
  }
  // Two sources whose ranges lie inside one another still give the widest.
  const [g] = fuse([exact, lone])
  assert.deepEqual(g!.quantities, { killed: 15, killed_low: 15, killed_high: 20 })
})

test("a family's later report of a figure replaces its earlier one; other families' figures stay", () => {
  const first = makeDoc({ id: 'a', publishedAt: '2025-03-10', text: 'A doctor said 20 people were killed in Qorvath.', events: [{ type: 'casualties', actors: {}, date: '2025-03-10', quantities: { killed: 20 } }] })
  const corrected = makeDoc({ id: 'b', publishedAt: '2025-03-11', text: 'Correction: the doctor later said 14 people were killed in Qorvath.', events: [{ type: 'casualties', actors: {}, date: '2025-03-10', quantities: { killed: 14 } }] })
  const other = makeDoc({ id: 'c', publishedAt: '2025-03-10', text: 'A monitor said 12 people died in Qorvath.', events: [{ type: 'casualties', actors: {}, date: '2025-03-10', quantities: { killed: 12 } }] })
  const [f] = fuse([first, corrected, other], { a: 'family:1', b: 'family:1', c: 'family:2' })
  assert.deepEqual(f!.quantities, { killed: 12, killed_low: 12, killed_high: 14 })
  assert.deepEqual(f!.disagreements, [{ field: 'quantities.killed', values: [{ value: 12, documents: ['c'] }, { value: 14, documents: ['b'] }] }])
  // (Fusion meets the documents by publication: the correction of the next day last.)
  assert.deepEqual(f!.documents, ['a', 'c', 'b'])
})

test('a spelling variant resolved to the same place is not a disagreement', () => {
  const [f] = fuse([
    makeDoc({ id: 'a', text: 'Rebels took Qorvath.', events: [{ place: QORVATH }] }),
    makeDoc({ id: 'b', text: 'Rebels took Qorvat.', events: [{ place: { ...QORVATH, name: 'Qorvat' } }] }),
  ])
  assert.deepEqual(f!.disagreements, [])
  assert.equal(f!.independentSources, 2)
  assert.equal(f!.status, 'assessed')
})

test('two nearby towns given for one strike are one incident with a place disagreement', () => {
  const fused = fuse([
    makeDoc({ id: 'a', text: 'Jets hit the bridge near Tessik.', events: [{ type: 'strike', place: { ...TESSIK, precision: 'near' }, actors: { ostravia: 'initiator' } }] }),
    makeDoc({ id: 'b', text: 'Jets hit the bridge outside Marrak.', events: [{ type: 'strike', place: { ...MARRAK, precision: 'near' }, actors: { ostravia: 'initiator' } }] }),
  ])
  assert.equal(fused.length, 1)
  assert.deepEqual(fused[0]!.disagreements.map((d) => d.field), ['place'])
})

test('one report naming two nearby towns for one strike is no disagreement between sources', () => {
  const fused = fuse([
    makeDoc({ id: 'a', text: 'Jets hit the bridge near Tessik, on the road to Marrak.', events: [
      { type: 'strike', place: { ...TESSIK, precision: 'near' }, actors: { ostravia: 'initiator' } },
      { type: 'strike', place: { ...MARRAK, precision: 'near' }, actors: { ostravia: 'initiator' } },
    ] }),
  ])
  assert.equal(fused.length, 1)
  assert.deepEqual(fused[0]!.disagreements, [])
})

test('two towns given exactly are two incidents', () => {
  const fused = fuse([
    makeDoc({ id: 'a', text: 'Rebels took Qorvath.', events: [{ place: QORVATH }] }),
    makeDoc({ id: 'b', text: 'Rebels took Dalmir.', events: [{ place: DALMIR }] }),
  ])
  assert.equal(fused.length, 2)
})

test('a claim and a denial are kept together and the incident is contested', () => {
  const [f, ...rest] = fuse([
    makeDoc({ id: 'a', text: 'The NLF said it captured the air base near Tessik.', events: [{ place: TESSIK, modality: 'claimed', attribution: 'The NLF' }] }),
    makeDoc({ id: 'b', text: 'The army denied losing the air base near Tessik.', events: [{ type: 'denial', place: TESSIK, actors: { army: 'initiator' }, attribution: 'the army' }] }),
  ])
  assert.equal(rest.length, 0)
  assert.equal(f!.status, 'contested')
  assert.deepEqual(f!.disagreements, [{ field: 'modality', values: [{ value: 'claimed', documents: ['a'] }, { value: 'denied', documents: ['b'] }] }])
})

test('a denial is counted apart: three sources back the capture, one denies it, and the denier raises no count', () => {
  const [f, ...rest] = fuse([
    makeDoc({ id: 'a', text: 'The NLF said it captured the air base near Tessik.', events: [{ place: TESSIK, modality: 'claimed', attribution: 'The NLF' }] }),
    makeDoc({ id: 'b', text: 'Residents said NLF fighters were inside the air base near Tessik.', events: [{ place: TESSIK }] }),
    makeDoc({ id: 'c', text: 'A monitor reported the NLF in control of the air base near Tessik.', events: [{ place: TESSIK }] }),
    makeDoc({ id: 'd', text: 'The army denied losing the air base near Tessik.', events: [{ type: 'denial', place: TESSIK, actors: { army: 'initiator' }, attribution: 'the army' }] }),
  ])
  assert.equal(rest.length, 0)
  assert.deepEqual(f!.documents, ['a', 'b', 'c', 'd'])
  assert.equal(f!.independentSources, 3)
  assert.equal(f!.denyingSources, 1)
  assert.equal(f!.status, 'contested')
})

test('a lone claim and its denial are one backing source and one denial, not two corroborating sources', () => {
  const [f] = fuse([
    makeDoc({ id: 'a', text: 'The NLF said it captured the air base near Tessik.', events: [{ place: TESSIK, modality: 'claimed', attribution: 'The NLF' }] }),
    makeDoc({ id: 'b', text: 'The army denied losing the air base near Tessik.', events: [{ type: 'denial', place: TESSIK, actors: { army: 'initiator' }, attribution: 'the army' }] }),
  ])
  assert.equal(f!.independentSources, 1)
  assert.equal(f!.denyingSources, 1)
})

test('a denial that answers no report is the item itself: its source backs it and nothing denies it', () => {
  const [f] = fuse([
    makeDoc({ id: 'a', text: 'The army denied losing the air base near Tessik.', events: [{ type: 'denial', place: TESSIK, actors: { army: 'initiator' }, attribution: 'the army' }] }),
  ])
  assert.equal(f!.type, 'denial')
  assert.equal(f!.independentSources, 1)
  assert.equal(f!.denyingSources, 0)
})

test("a side's denial does not contest that side's own claim: the army saying its troops hold Tessik is no withdrawal it denies", () => {
  const held = 'The army said its troops remained deployed in Tessik.'
  const fused = fuse([
    makeDoc({ id: 'a', text: held, actors: { army: 'army' }, events: [{ type: 'deployment', place: TESSIK, actors: { army: 'initiator' }, modality: 'claimed', attribution: 'the army' }] }),
    makeDoc({ id: 'b', text: 'The army denied withdrawing from Tessik.', events: [{ type: 'denial', place: TESSIK, actors: { army: 'initiator' }, attribution: 'the army' }] }),
  ])
  const deployment = fused.find((f) => f.type === 'deployment')!
  assert.deepEqual(deployment.documents, ['a'])
  assert.equal(deployment.status, 'claimed')
  assert.equal(fused.find((f) => f.type === 'denial')?.documents.join(), 'b')
})

test('a claim is named by the party its attribution gives by its lexicon name, as extraction writes it', () => {
  const claim = makeDoc({ id: 'a', text: 'The ministry said its troops remained deployed in Tessik.', actors: { ministry: 'army' }, events: [{ type: 'deployment', place: TESSIK, actors: { army: 'initiator' }, modality: 'claimed', attribution: 'Vardenian Army' }] })
  claim.actors[0] = { ...claim.actors[0]!, name: 'Vardenian Army' }
  const fused = fuse([
    claim,
    makeDoc({ id: 'b', text: 'The army denied withdrawing from Tessik.', events: [{ type: 'denial', place: TESSIK, actors: { army: 'initiator' }, attribution: 'the army' }] }),
  ])
  assert.notEqual(fused.find((f) => f.type === 'deployment')!.status, 'contested')
})

test("a government's denial answers the capture its army is a party to: one organisation at two levels", () => {
  const [f, ...rest] = fuse([
    makeDoc({ id: 'a', text: 'Rebels said they had taken Tessik after the army left.', events: [{ place: TESSIK, modality: 'claimed', attribution: 'Rebels', actors: { hts: 'initiator', 'syrian-army': 'target' } }] }),
    makeDoc({ id: 'b', text: 'The ministry denied that the army had withdrawn from Tessik.', events: [{ type: 'denial', place: TESSIK, actors: { 'syrian-government': 'initiator' }, attribution: 'the ministry' }] }),
  ])
  assert.equal(rest.length, 0)
  assert.equal(f!.status, 'contested')
  assert.equal(f!.independentSources, 1)
  assert.equal(f!.denyingSources, 1)
})

test('a denial that only points back answers the report just before it, not the first its document gives', () => {
  const text = 'Warplanes struck the bridge at Tessik at dawn. Later a monitor said troops had left Marrak. The ministry called that report false.'
  const fused = fuse([
    makeDoc({ id: 'a', text, events: [
      { type: 'strike', place: TESSIK, actors: { army: 'initiator' }, evidence: 'Warplanes struck the bridge at Tessik at dawn.' },
      { place: MARRAK, actors: { nlf: 'initiator', army: 'target' }, evidence: 'Later a monitor said troops had left Marrak.' },
      { type: 'denial', place: null, actors: { army: 'initiator' }, evidence: 'The ministry called that report false.' },
    ] }),
  ])
  assert.equal(fused.find((f) => f.type === 'territory_change')!.status, 'contested')
  assert.equal(fused.find((f) => f.type === 'strike')!.status, 'claimed')
})

test('a denial answers the capture another story reports, not the call its own document goes on to make', () => {
  const text = 'The ministry denied that the army had withdrawn from Tessik. It called on residents to ignore rumours.'
  const fused = fuse([
    makeDoc({ id: 'a', text: 'Rebels took Tessik on Monday.', events: [{ place: TESSIK }] }),
    makeDoc({ id: 'b', text, events: [
      { type: 'denial', place: TESSIK, actors: {}, evidence: 'The ministry denied that the army had withdrawn from Tessik.' },
      { type: 'call_to_action', place: null, actors: {}, evidence: 'It called on residents to ignore rumours.' },
    ] }),
  ], {}, { a: 'story-a', b: 'story-b' })
  assert.equal(fused.find((f) => f.type === 'territory_change')!.status, 'contested')
  assert.equal(fused.find((f) => f.type === 'call_to_action')!.status, 'claimed')
})

test('a denial answers the kind of incident its sentence denies before what its own document reports beside it', () => {
  const denial = 'The army denied that its units had withdrawn from Tessik, saying they held their positions.'
  const fused = fuse([
    makeDoc({ id: 'a', text: 'Rebels took Tessik on Monday.', events: [{ place: TESSIK }] }),
    makeDoc({ id: 'b', text: `${denial} A military source said reinforcements reached the town overnight.`, events: [
      { type: 'denial', place: TESSIK, actors: { army: 'initiator' }, evidence: denial },
      { type: 'deployment', place: TESSIK, actors: { army: 'initiator' }, modality: 'claimed', evidence: 'A military source said reinforcements reached the town overnight.' },
    ] }),
  ], {}, { a: 'story-a', b: 'story-b' })
  assert.equal(fused.find((f) => f.type === 'territory_change')!.status, 'contested')
  assert.equal(fused.find((f) => f.type === 'deployment')!.status, 'claimed')
})

test('a denial whose sentence names what it denies still answers that incident in its own document first', () => {
  const text = 'A rocket strike on the market of Tessik killed five people, the monitor said. The NLF denied targeting civilians.'
  const fused = fuse([
    makeDoc({ id: 'a', text: 'Jets struck Tessik on Monday.', events: [{ type: 'strike', place: TESSIK, actors: { airforce: 'initiator' } }] }),
    makeDoc({ id: 'b', text, events: [
      { type: 'strike', place: TESSIK, actors: { nlf: 'initiator' }, evidence: 'A rocket strike on the market of Tessik killed five people, the monitor said.' },
      { type: 'denial', place: TESSIK, actors: { nlf: 'initiator' }, evidence: 'The NLF denied targeting civilians.' },
    ] }),
  ], {}, { a: 'story-a', b: 'story-b' })
  const strikes = fused.filter((f) => f.type === 'strike')
  assert.deepEqual(strikes.map((f) => [f.documents.join(','), f.status]), [['a', 'claimed'], ['b', 'contested']])
})

test('a claimed capture where fighting is reported at the same place is contested', () => {
  const fused = fuse([
    makeDoc({ id: 'a', text: 'Rebels said they took the base near Tessik.', events: [{ place: TESSIK, modality: 'claimed' }] }),
    makeDoc({ id: 'b', text: 'Heavy fighting raged near Tessik.', events: [{ type: 'battle', place: TESSIK }] }),
  ])
  assert.equal(fused.find((f) => f.type === 'territory_change')!.status, 'contested')
})

test('the fighting a claimed capture names as how it was won does not contest it; fighting told apart does', () => {
  const won = 'Fighters of the NLF said they had taken Tessik after four days of street battles.'
  const alone = fuse([makeDoc({ id: 'a', text: won, events: [
    { place: TESSIK, modality: 'claimed', attribution: 'Fighters of the NLF', evidence: won },
    { type: 'battle', place: TESSIK, modality: 'claimed', attribution: 'Fighters of the NLF', evidence: won },
  ] })])
  assert.equal(alone.find((f) => f.type === 'territory_change')!.status, 'claimed')
  const still = 'Shooting went on in the old market of Tessik overnight, a resident said.'
  const withMore = fuse([makeDoc({ id: 'a', text: `${won} ${still}`, events: [
    { place: TESSIK, modality: 'claimed', attribution: 'Fighters of the NLF', evidence: won },
    { type: 'battle', place: TESSIK, evidence: still },
  ] })])
  assert.equal(withMore.find((f) => f.type === 'territory_change')!.status, 'contested')
  const elsewhere = fuse([
    makeDoc({ id: 'a', text: won, events: [{ place: TESSIK, modality: 'claimed', evidence: won }, { type: 'battle', place: TESSIK, evidence: won }] }),
    makeDoc({ id: 'b', text: won, events: [{ type: 'battle', place: TESSIK, evidence: won }] }),
  ])
  assert.equal(elsewhere.find((f) => f.type === 'territory_change')!.status, 'contested', 'a battle another report gives is fighting on its own account')
})

test('a leader, his group and its coalition are one initiator; a backer is not its client', () => {
  // Actor ids of the Syria lexicon: abu-mohammed-al-golani leads hts, a member of moc; sna is only backed by turkey.
  const [f, ...rest] = fuse([
    makeDoc({ id: 'a', text: 'The rebel coalition captured Tessik on Monday.', events: [{ place: TESSIK, actors: { moc: 'initiator' } }] }),
    makeDoc({ id: 'b', text: 'Golani said his fighters had entered Tessik.', events: [{ place: TESSIK, modality: 'claimed', actors: { 'abu-mohammed-al-golani': 'initiator' } }] }),
    makeDoc({ id: 'c', text: 'HTS fighters took Tessik.', events: [{ place: TESSIK, actors: { hts: 'initiator' } }] }),
  ])
  assert.equal(rest.length, 0)
  assert.deepEqual(f!.documents, ['a', 'b', 'c'])
  assert.equal(f!.independentSources, 3)
  const apart = fuse([
    makeDoc({ id: 'a', text: 'Turkish-backed factions took Tessik.', events: [{ place: TESSIK, actors: { sna: 'initiator' } }] }),
    makeDoc({ id: 'b', text: 'Turkish troops took Tessik.', events: [{ place: TESSIK, actors: { 'turkish-forces': 'initiator' } }] }),
  ])
  assert.equal(apart.length, 2)
})

test('ground taken at the edge of a town is not the town taken: they stay two incidents', () => {
  const fused = fuse([
    makeDoc({ id: 'a', publishedAt: '2025-03-09', text: 'NLF fighters said they had reached the outskirts of Tessik.', events: [{ place: { ...TESSIK, precision: 'near' }, modality: 'claimed' }] }),
    makeDoc({ id: 'b', publishedAt: '2025-03-10', text: 'The NLF took full control of Tessik overnight.', events: [{ place: TESSIK }] }),
    makeDoc({ id: 'c', publishedAt: '2025-03-10', text: 'Tessik fell to the NLF before dawn.', events: [{ place: TESSIK }] }),
  ])
  assert.deepEqual(fused.map((f) => [f.place!.precision, f.documents]), [['near', ['a']], ['exact', ['b', 'c']]])
  const withdrawal = fuse([
    makeDoc({ id: 'b', publishedAt: '2025-03-10', text: 'The NLF took full control of Tessik overnight.', events: [{ place: TESSIK }] }),
    makeDoc({ id: 'd', publishedAt: '2025-03-10', text: 'The army said its units had redeployed outside Tessik.', events: [{ place: { ...TESSIK, precision: 'near' }, actors: { army: 'target' }, modality: 'claimed' }] }),
  ])
  assert.equal(withdrawal.length, 1, 'the loser\'s withdrawal from outside the town is its account of the fall')
})

test('one party’s word from one source is claimed', () => {
  const [f] = fuse([makeDoc({ id: 'a', text: 'Rebels said they took Dalmir.', events: [{ place: DALMIR, modality: 'claimed', attribution: 'Rebels' }] })])
  assert.equal(f!.status, 'claimed')
})

test('a claim confirmed by the other side is assessed with one source', () => {
  const [f, ...rest] = fuse([makeDoc({
    id: 'a', text: 'The NLF said it took Dalmir. The army said its units had repositioned outside Dalmir.',
    actors: { NLF: 'nlf', army: 'army' },
    events: [
      { place: DALMIR, modality: 'claimed', attribution: 'The NLF', evidence: 'The NLF said it took Dalmir.' },
      { place: DALMIR, modality: 'claimed', attribution: 'The army', evidence: 'The army said its units had repositioned outside Dalmir.' },
    ],
  })])
  assert.equal(rest.length, 0)
  assert.equal(f!.independentSources, 1)
  assert.equal(f!.status, 'assessed')
})

test('a side that says it lost ground is assessed with one source; a victim naming its attacker is not', () => {
  const conceded = 'The army said the NLF had entered Dalmir after its units pulled out.'
  const [f] = fuse([makeDoc({ id: 'a', text: conceded, actors: { army: 'army', NLF: 'nlf' },
    events: [{ place: DALMIR, modality: 'claimed', attribution: 'The army', actors: { nlf: 'initiator', army: 'target' } }] })])
  assert.equal(f!.status, 'assessed')
  const accused = 'The army said NLF drones struck its base at Dalmir.'
  const [g] = fuse([makeDoc({ id: 'b', text: accused, actors: { army: 'army', NLF: 'nlf' },
    events: [{ type: 'strike', place: DALMIR, modality: 'claimed', attribution: 'The army', actors: { nlf: 'initiator', army: 'target' } }] })])
  assert.equal(g!.status, 'claimed')
})

test('rewrites of one report count as one source', () => {
  const docs = ['a', 'b', 'c'].map((id) => makeDoc({ id, text: 'Rebels took Qorvath.', events: [{}] }))
  const [f] = fuse(docs, { a: 'fam', b: 'fam', c: 'fam' })
  assert.equal(f!.independentSources, 1)
  assert.deepEqual(f!.documents, ['a', 'b', 'c'])
  assert.equal(f!.status, 'claimed')
})

test('a background mention supports an incident but never starts one', () => {
  const bg = makeDoc({ id: 'bg', publishedAt: '2025-03-11', text: 'A day after taking Qorvath, rebels moved on.', events: [{ modality: 'background', date: '2025-03-10' }] })
  assert.equal(fuse([bg]).length, 0)
  const [f] = fuse([makeDoc({ id: 'a', text: 'Rebels took Qorvath.', events: [{}] }), bg])
  assert.deepEqual(f!.documents, ['a', 'bg'])
  assert.equal(f!.independentSources, 1)
})

test('events more than a day apart are separate incidents', () => {
  const fused = fuse([
    makeDoc({ id: 'a', text: 'Shells hit Marrak.', events: [{ type: 'strike', place: MARRAK, actors: { army: 'initiator' } }] }),
    makeDoc({ id: 'b', publishedAt: '2025-03-13', text: 'Shells hit Marrak again.', events: [{ type: 'strike', place: MARRAK, actors: { army: 'initiator' } }] }),
  ])
  assert.equal(fused.length, 2)
})

test('different initiators make different incidents', () => {
  const fused = fuse([
    makeDoc({ id: 'a', text: 'The NLF took Qorvath.', events: [{ actors: { nlf: 'initiator' } }] }),
    makeDoc({ id: 'b', text: 'The EDF took Qorvath.', events: [{ actors: { edf: 'initiator' } }] }),
  ])
  assert.equal(fused.length, 2)
})

test('a plan does not fuse with the thing done', () => {
  const fused = fuse([
    makeDoc({ id: 'a', text: 'Velmar will send drones.', events: [{ type: 'military_aid', modality: 'planned', actors: { velmar: 'initiator' } }] }),
    makeDoc({ id: 'b', text: 'Velmar sent drones.', events: [{ type: 'military_aid', actors: { velmar: 'initiator' } }] }),
  ])
  assert.equal(fused.length, 2)
})

test('a country-wide figure and a town’s figure in different stories stay apart', () => {
  const country = { placeId: 'theater:vardenia', name: 'Vardenia', lat: 34.8, lon: 38.9, precision: 'country' as const }
  const fused = fuse([
    makeDoc({ id: 'a', text: '20,000 fled Qorvath.', events: [{ type: 'displacement', actors: {}, quantities: { displaced: 20000 } }] }),
    makeDoc({ id: 'b', text: '300,000 have fled the north.', events: [{ type: 'displacement', place: country, actors: {}, quantities: { displaced: 300000 } }] }),
  ], {}, { a: 's1', b: 's2' })
  assert.equal(fused.length, 2)
})

test('two stories’ calls at one place and day are one only when both name who made them, and the same one', () => {
  const crowd = makeDoc({ id: 'rally', text: 'Marchers in Qorvath called for the release of detainees.', events: [{ type: 'call_to_action', actors: {}, evidence: 'called for the release of detainees' }] })
  const monitor = makeDoc({ id: 'appeal', text: 'The Orchard Rights Monitor urged the world to protect civilians in Qorvath.', events: [{ type: 'call_to_action', actors: { orchard: 'initiator' }, evidence: 'urged the world to protect civilians' }] })
  const again = makeDoc({ id: 'appeal2', text: 'The Orchard Rights Monitor repeated its appeal for Qorvath.', events: [{ type: 'call_to_action', actors: { orchard: 'initiator' }, evidence: 'repeated its appeal' }] })
  assert.equal(fuse([crowd, monitor], {}, { rally: 's1', appeal: 's2' }).length, 2)
  assert.equal(fuse([monitor, again], {}, { appeal: 's2', appeal2: 's3' }).length, 1)
  // Inside one story the text around them already says it is one call.
  assert.equal(fuse([crowd, monitor]).length, 1)
})

test('an undated report given first joins one incident and ties no two days together', () => {
  // A text with no date anywhere ("rebels have already taken Qorvath") fits an incident of any day: met first, it
  // opened an incident that reports of days a week apart both joined through it.
  const undated = makeDoc({ id: 'u', publishedAt: null, text: 'Rebels have already taken Qorvath.', events: [{ date: null }] })
  const early = makeDoc({ id: 'a', publishedAt: '2025-03-02', text: 'Rebels seized the Qorvath granary on Sunday.', events: [{ date: '2025-03-02' }] })
  const late = makeDoc({ id: 'b', publishedAt: '2025-03-09', text: 'Rebels took all of Qorvath on Sunday.', events: [{ date: '2025-03-09' }] })
  for (const docs of [[undated, early, late], [early, late, undated]]) {
    const fused = fuse(docs)
    assert.equal(fused.length, 2, docs.map((d) => d.id).join(','))
    assert.deepEqual(fused.map((f) => f.date), ['2025-03-02', '2025-03-09'])
    assert.deepEqual(fused.map((f) => f.documents.length).sort(), [1, 2])
  }
})

test('reports each a day after the last do not chain into one incident spanning more than three days', () => {
  const region = { ...QORVATH, placeId: 'theater:qorvath-plain', name: 'the Qorvath plain', precision: 'region' as const }
  const fused = fuse([
    makeDoc({ id: 'a', publishedAt: '2025-03-02', text: 'Rebels stormed army posts on the Qorvath plain.', events: [{ place: region, date: '2025-03-02' }] }),
    makeDoc({ id: 'b', publishedAt: '2025-03-03', text: 'Rebels took villages near Qorvath.', events: [{ place: { ...QORVATH, precision: 'near' }, date: '2025-03-03' }] }),
    makeDoc({ id: 'c', publishedAt: '2025-03-04', text: 'Rebels entered Qorvath.', events: [{ date: '2025-03-04' }] }),
    makeDoc({ id: 'd', publishedAt: '2025-03-05', text: 'Rebels took all of Qorvath.', events: [{ date: '2025-03-05' }] }),
  ])
  // Greedy in order: the first three days make one incident, the fourth day's report another.
  assert.deepEqual(fused.map((f) => f.documents), [['a', 'b', 'c'], ['d']])
})

test('a denial made the day before every report of an incident does not contest it', () => {
  const fused = fuse([
    makeDoc({ id: 'a', publishedAt: '2025-03-09', text: 'Rebels took the air base near Tessik on Sunday.', events: [{ place: TESSIK, date: '2025-03-09' }] }),
    makeDoc({ id: 'b', publishedAt: '2025-03-08', text: 'The army denied on Saturday losing the air base near Tessik.', events: [{ type: 'denial', place: TESSIK, date: '2025-03-08', actors: { army: 'initiator' }, attribution: 'the army' }] }),
  ])
  const capture = fused.find((f) => f.type === 'territory_change')!
  assert.equal(capture.status, 'claimed')
  assert.equal(capture.denyingSources, 0)
  // The same denial on the day of the capture, or after it, answers it.
  const [same] = fuse([
    makeDoc({ id: 'a', publishedAt: '2025-03-09', text: 'Rebels took the air base near Tessik on Sunday.', events: [{ place: TESSIK, date: '2025-03-09' }] }),
    makeDoc({ id: 'b', publishedAt: '2025-03-09', text: 'The army denied on Sunday losing the air base near Tessik.', events: [{ type: 'denial', place: TESSIK, date: '2025-03-09', actors: { army: 'initiator' }, attribution: 'the army' }] }),
  ])
  assert.equal(same!.status, 'contested')
})

test('a denial answers only an incident of the kind it denies; one that names no kind and points back to nothing stands alone', () => {
  const strike = 'Rockets fired by the NLF hit the market of Tessik on Monday, a monitor said.'
  for (const denial of ['The NLF denied that its fighters had left Tessik.', 'The NLF denied any role in the talks on Tessik.']) {
    const fused = fuse([
      makeDoc({ id: 'a', text: strike, events: [{ type: 'strike', place: TESSIK, actors: { nlf: 'initiator' }, evidence: strike }] }),
      makeDoc({ id: 'b', text: denial, events: [{ type: 'denial', place: TESSIK, actors: { nlf: 'initiator' }, evidence: denial }] }),
    ])
    assert.deepEqual(fused.map((f) => [f.type, f.documents.join(), f.status === 'contested']), [['strike', 'a', false], ['denial', 'b', false]], denial)
  }
})
