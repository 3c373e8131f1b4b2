import assert from 'node:assert/strict'
import { test } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { extract } from './test-doc.ts'

test('a sentence-opening "they" continues the previous subject, not the last actor named', () => {
  const doc = extract('Rebels stormed Qorvath amid fierce clashes with government forces. On Friday they captured Belmira.', ['Qorvath', 'Belmira'])
  const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change' && e.place?.name === 'Belmira')
  const initiator = capture?.actors.find((a) => a.role === 'initiator')?.actorId
  assert.notEqual(initiator, undefined)
  assert.doesNotMatch(String(initiator), /syrian-(army|government)/)
})

test('"they" does not point to an actor named only in a modifier ("the offensive led by HTS")', () => {
  const doc = extract('The Kurdish fighters began their own push, separate from the offensive led by Hayat Tahrir al-Sham. '
    + 'According to the Observatory, they also seized Belmira.', ['Belmira'])
  const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change' && e.place?.name === 'Belmira')
  assert.notEqual(capture?.actors.find((a) => a.role === 'initiator')?.actorId, 'hts')
})

test('"the ministry" is the ministry of the state named before it', () => {
  const doc = extract('Iran denied that it had pulled its advisers out of Qorvath. A spokesman for the foreign ministry said they were still there.', ['Qorvath'])
  const statement = annotationsOf(doc, 'event').find((e) => e.type === 'statement')
  assert.deepEqual(statement?.actors, [{ actorId: 'iran', role: 'initiator' }])
})

test('a subhead or a sentence that only refers back does not end the reach of the actor named before', () => {
  const doc = extract('The SDF commander Mazloum Abdi spoke on television on Friday.\n\nHere is the gist of what he said.\n\nOn the war:\n\n'
    + '"We will stand with our allies until the end," he said.')
  const statement = annotationsOf(doc, 'event').find((e) => e.type === 'statement' && doc.text.slice(e.span.start).startsWith('"We'))
  assert.equal(statement?.actors[0]?.actorId, 'mazloum-abdi')
})

test('a possessive right after a speaker the lexicon does not know is not an earlier sentence\'s actor', () => {
  const doc = extract('The army said it had repelled the assault. Field commanders claimed their fighters had stormed Qorvath on Friday.', ['Qorvath'])
  const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change' && e.place?.name === 'Qorvath')
  assert.notEqual(capture, undefined)
  assert.deepEqual(capture?.actors.filter((a) => a.role === 'initiator'), [])
})

test('a live blog\'s timestamp is no part of the speaker a possessive right after it belongs to', () => {
  const doc = extract('13:40 GMT - Russian troops left Qorvath.\n\n12:55 GMT - The local council of elders said their fighters had stormed Belmira.', ['Qorvath', 'Belmira'])
  const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change' && e.place?.name === 'Belmira')
  assert.notEqual(capture, undefined)
  assert.deepEqual(capture?.actors.filter((a) => a.role === 'initiator'), [])
})

test('a possessive after a speaker referred back to is that speaker\'s ("The group said its fighters …")', () => {
  const doc = extract('The SDF held the dam. The group said its fighters had repelled an assault on Belmira.', ['Belmira'])
  const battle = annotationsOf(doc, 'event').find((e) => e.type === 'battle')
  assert.equal(battle?.actors.find((a) => a.role === 'initiator')?.actorId, 'sdf')
})

test('"they" right after a speaker the lexicon does not know is not an earlier clause\'s actor', () => {
  const doc = extract('The SDF said it would stay out of the fight, while tribal elders said they had seized Belmira.', ['Belmira'])
  const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change')
  assert.notEqual(capture, undefined)
  assert.deepEqual(capture?.actors.filter((a) => a.role === 'initiator'), [])
})

test('"a spokesman" opening a sentence speaks for the party of the sentence before; "a spokesman for X" is X\'s', () => {
  const doc = extract('The SDF said it had agreed to leave Qorvath. A spokesman denied that its forces had been driven out.', ['Qorvath'])
  const denial = annotationsOf(doc, 'event').find((e) => e.type === 'denial')
  assert.deepEqual(denial?.actors, [{ actorId: 'sdf', role: 'initiator' }])
  const other = extract('Rebels entered Qorvath on Friday. A spokesman for the United Nations said aid was ready.', ['Qorvath'])
  assert.deepEqual(annotationsOf(other, 'event').find((e) => e.type === 'statement')?.actors, [{ actorId: 'un', role: 'initiator' }])
})

test('"Fighters also seized …" opening a sentence stands for the party told of before', () => {
  const doc = extract('Local factions said they had taken full control of Qorvath. Fighters also seized the security branch in Belmira.', ['Qorvath', 'Belmira'])
  const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change' && e.place?.name === 'Belmira')
  assert.deepEqual(capture?.actors.filter((a) => a.role === 'initiator'), [{ actorId: 'local-armed-groups', role: 'initiator' }])
})

test('a title said again is the person last named with it, and "he" after it continues that person', () => {
  const doc = extract('Special Envoy Geir Pedersen arrived in Qorvath on Sunday and met Mazloum Abdi. '
    + 'The Special Envoy called for a credible transition. He also called for the lifting of sanctions.', ['Qorvath'])
  const calls = annotationsOf(doc, 'event').filter((e) => e.type === 'call_to_action')
  assert.deepEqual(calls.map((e) => e.actors.map((a) => `${a.actorId}:${a.role}`).join(' ')), ['geir-pedersen:initiator', 'geir-pedersen:initiator'])
})

test('a title with other words, or one that says whose it is, is not the person named with a title before', () => {
  const doc = extract('Caretaker prime minister Mohammed al-Bashir met aid agencies in Qorvath. The foreign minister called for calm. '
    + 'The leader of the council called for unity.', ['Qorvath'])
  const calls = annotationsOf(doc, 'event').filter((e) => e.type === 'call_to_action')
  assert.ok(calls.length === 2 && calls.every((e) => !e.actors.some((a) => a.actorId === 'mohammed-al-bashir')))
})

test('"the group said" after a source cited with "according to" is that source, not the party it told of', () => {
  const doc = extract('Rebels entered Qorvath on Friday, according to the White Helmets. The group said three civilians were killed in the fighting.', ['Qorvath'])
  const toll = annotationsOf(doc, 'event').find((e) => e.type === 'casualties')
  assert.equal(toll?.attribution, 'White Helmets (Syria Civil Defence)')
})

test('a spokesman after the words he vouches for speaks for their subject, not the last body named', () => {
  const doc = extract('The SDF handed Qorvath over to the Syrian National Army on Friday, a spokesman said.', ['Qorvath'])
  const handover = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change')
  assert.equal(handover?.attribution, 'Syrian Democratic Forces')
})

test('"from them" is a side told of before, not the subject of its own clause', () => {
  const doc = extract('Government troops retreated from Belmira. Rebels then seized Qorvath from them.', ['Qorvath', 'Belmira'])
  const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change' && e.place?.name === 'Qorvath')
  assert.deepEqual(capture?.actors, [{ actorId: 'moc', role: 'initiator' }, { actorId: 'syrian-army', role: 'target' }])
  // ("many of them fled": a partitive "them" is the people counted, no party)
  const flight = extract('Rebels seized Qorvath. Residents said many of them fled.', ['Qorvath'])
  assert.deepEqual(annotationsOf(flight, 'event').find((e) => e.type === 'displacement')?.actors, [{ actorId: 'civilians', role: 'target' }])
})

test('"It" opening a sentence before a speech verb is the body that spoke before; an "it" of a remark is no one', () => {
  const doc = extract('The army said rebels had entered Qorvath. It denied that its men had withdrawn.', ['Qorvath'])
  const denial = annotationsOf(doc, 'event').find((e) => e.type === 'denial')
  assert.deepEqual(denial?.actors, [{ actorId: 'syrian-army', role: 'initiator' }])
  const remark = extract('Rebels entered Qorvath. It was not clear who held the centre.', ['Qorvath'])
  assert.deepEqual(annotationsOf(remark, 'event').map((e) => e.type), ['territory_change'])
})

test('bare "security forces" are the forces of the state that governs the country the text is about, unless a word names their owner', () => {
  const text = (line: string) => `Rebels entered Qorvath and Belmira this week. ${line}`
  const battle = (line: string) => annotationsOf(extract(text(line), ['Qorvath', 'Belmira', 'Karmun'], '2024-12-06'), 'event').find((e) => e.type === 'battle')?.actors ?? []
  assert.ok(battle('Two men died in clashes between Druze gunmen and security forces in Karmun on Thursday.').some((a) => a.actorId === 'syrian-government' && a.role === 'target'))
  assert.ok(!battle('Two men died in clashes between Druze gunmen and Lebanese security forces in Karmun on Thursday.').some((a) => a.actorId === 'syrian-government'))
  assert.ok(!battle('Two men died in clashes between Druze gunmen and their security forces in Karmun on Thursday.').some((a) => a.actorId === 'syrian-government'))
})

test('a possessive in a second speaker\'s own clause is that speaker\'s, not the first speaker\'s ("…, as the army said it was regrouping its forces")', () => {
  const initiatorOf = (text: string) => annotationsOf(extract(text, ['Qorvath']), 'event').find((e) => e.type === 'battle')?.actors
    .find((a) => a.role === 'initiator')?.actorId
  assert.equal(initiatorOf('Iran said its drones had killed 40 fighters, as the SDF said it was regrouping its forces near Qorvath to prepare a counter-attack.'), 'sdf')
  assert.equal(initiatorOf('Iran said its drones had killed 40 fighters, while the SDF said it was regrouping its forces near Qorvath to prepare a counter-attack.'), 'sdf')
})

test('"his men" and "his fighters" of a group\'s leader are the group\'s, as "his forces" are', () => {
  for (const words of ['his men', 'his fighters']) {
    const doc = extract(`Golani said ${words} had entered Qorvath on Friday.`, ['Qorvath'])
    const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change')
    assert.equal(capture?.actors.find((a) => a.role === 'initiator')?.actorId, 'hts', words)
  }
})

test('a bare "troops" with no owner is the force of the state that governs the country the text is about', () => {
  const doc = extract('Rebels pressed on towards Belmira and Tessen on Tuesday. Troops pulled out of Qorvath overnight, the monitor said.', ['Belmira', 'Tessen', 'Qorvath'], '2024-12-04')
  const loss = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change' && e.place?.name === 'Qorvath')
  assert.deepEqual(loss?.actors, [{ actorId: 'syrian-army', role: 'target' }])
})

test('a bare "troops" after another state\'s force was named is that force', () => {
  const doc = extract('Israeli tanks crossed into Belmira and Tessen on Sunday. Troops also took up positions in Qorvath, residents said.', ['Belmira', 'Tessen', 'Qorvath'], '2024-12-09')
  const held = annotationsOf(doc, 'event').find((e) => e.type === 'deployment' && e.place?.name === 'Qorvath')
  assert.deepEqual(held?.actors, [{ actorId: 'idf', role: 'initiator' }])
})

test('a bare "troops" is not the home army just after another state\'s leader or force was named', () => {
  const doc = extract('Netanyahu said he had ordered the army to take positions near Belmira and Tessen. The military said forces had deployed there. '
    + 'Troops also took Qorvath, Israeli media reported.', ['Belmira', 'Tessen', 'Qorvath'], '2024-12-08')
  const taken = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change' && e.place?.name === 'Qorvath')
  assert.ok(!taken?.actors.some((a) => a.actorId === 'syrian-army'), JSON.stringify(taken?.actors))
})
