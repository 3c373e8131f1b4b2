import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ActorId } from '../../../core/types.ts'
import type { ActorRef, SentenceView } from './sentence.ts'
import { findSpeakers, speakerFor } from './speakers.ts'

/** A sentence view with actors found by name; `party` for the listed ids. */
function view(text: string, actors: [name: string, id: string, party: boolean][] = []): SentenceView {
  const refs: ActorRef[] = actors.map(([name, id, party]) => {
    const start = text.indexOf(name)
    return { start, end: start + name.length, actorId: id as ActorId, name: id, kind: party ? 'armed_group' : 'organization', party, media: id === 'wire' }
  })
  return { base: 0, text, actors: refs, places: [], dates: [] }
}

describe('speakers', () => {
  it('takes plural outlets as a post-posed speaker ("…, where they landed, Russian state news agencies said")', () => {
    const s = view('The family flew to Belmira, where they were given shelter, Qorvathi state news agencies said, citing an official.')
    assert.deepEqual(findSpeakers(s, null).map((x) => [x.attribution, x.party])[0], ['Qorvathi state news agencies', true])
    const wires = view('Jets struck Belmira overnight, foreign news agencies reported.')
    assert.deepEqual(findSpeakers(wires, null).map((x) => [x.attribution, x.party]), [['foreign news agencies', false]])
  })
  it('takes "according to him" and "the centre\'s deputy head" as the body that spoke last', () => {
    const said = findSpeakers(view('The Qorvath Front said its fighters had seized Belmira.', [['Qorvath Front', 'qf', true]]), null)[0]
    const prev = said ? { ...said, actor: said.actor && { ...said.actor, name: 'Qorvath Front' } } : null
    const him = findSpeakers(view('According to him, troops repelled an attack on Belmira.'), prev)[0]
    assert.deepEqual([him?.actor?.actorId, him?.party], ['qf', true])
    const head = findSpeakers(view('Jets struck Belmira, the front\'s deputy head Oleg Varnek told reporters.'), prev)[0]
    assert.deepEqual([head?.actor?.actorId, head?.party, head?.attribution], ['qf', true, 'the front\'s deputy head Oleg Varnek'])
    // (someone of another body is not the last speaker's)
    const other = findSpeakers(view('Jets struck Belmira, the agency\'s correspondent Oleg Varnek told reporters.'), prev)[0]
    assert.equal(other?.party, false)
  })
  it('takes a post-posed speaker whose verb is followed by a weekday and its date ("said on Friday, December 13")', () => {
    const s = view('More than 700 people returned through the Tessen and Varnok gates in the days after the fall, the Qorvath Front said on Friday, December 13.', [['Qorvath Front', 'qf', true]])
    assert.deepEqual(findSpeakers(s, null).map((x) => [x.attribution, x.actor?.actorId, x.party]), [['qf', 'qf', true]])
  })
  it('leaves where a speaker\'s town lies out of the attribution ("a resident of Belmira, about 20 km down the road, said")', () => {
    const s = view('A resident of Belmira, about 20 km down the road, said many families had left.')
    assert.deepEqual(findSpeakers(s, null).map((x) => x.attribution), ['A resident of Belmira'])
  })
  it('finds a pre-posed speaker and the complement it vouches for', () => {
    const s = view('The Qorvath Front said its fighters had seized Belmira.', [['Qorvath Front', 'qf', true]])
    const [sp] = findSpeakers(s, null)
    assert.equal(sp?.actor?.actorId, 'qf')
    assert.equal(sp?.party, true)
    assert.ok(sp && speakerFor([sp], s.text.indexOf('seized')) === sp)
  })
  it('gives a post-posed pronoun or a bare statement, with no speaker before, to the sentence\'s subject ("…, it said in a statement")', () => {
    for (const text of ['The Qorvath Front cleared three villages near Belmira, it said in a statement.',
      'The Qorvath Front cleared three villages near Belmira, according to a statement.']) {
      const s = view(text, [['Qorvath Front', 'qf', true]])
      const sp = findSpeakers(s, null).find((x) => x.verbStart > s.text.indexOf('Belmira'))
      assert.deepEqual([sp?.actor?.actorId, sp?.party], ['qf', true], text)
      assert.ok(sp && speakerFor([sp], s.text.indexOf('cleared')) === sp, text)
      // The speaker stands where the pronoun is: the subject is still the doer of its clause.
      assert.ok(sp && sp.start > s.text.indexOf('Belmira'), text)
    }
  })
  it('takes no clause of its own joined by "and" into the speaker ("Jets struck Belmira and the Qorvath Front said …")', () => {
    const s = view('Jets pounded Belmira and the Qorvath Front said its fighters had downed one.', [['Qorvath Front', 'qf', true]])
    assert.deepEqual(findSpeakers(s, null).map((x) => x.attribution), ['qf'])
    const drones = view('Two drones hit a depot near Belmira on Monday and local officials said nobody was hurt.')
    assert.deepEqual(findSpeakers(drones, null).map((x) => x.attribution), ['local officials'])
    const said = view('The Qorvath Front said it would leave Belmira and the army said its troops had left Tessen.', [['Qorvath Front', 'qf', true]])
    assert.deepEqual(findSpeakers(said, null).map((x) => x.attribution), ['qf', 'the army'])
    const fled = view('Thousands fled Belmira overnight and the local monitor said troops had left.')
    assert.deepEqual(findSpeakers(fled, null).map((x) => x.attribution), ['the local monitor'])
    // (a verb in a relative clause of the subject is no clause of its own)
    const relative = view('Fighters who took Belmira and their allies said the road was open.')
    assert.deepEqual(findSpeakers(relative, null).map((x) => x.attribution), ['Fighters who took Belmira and their allies'])
    // a list of subjects is one speaker phrase, a participle after a determiner no verb
    const listed = view('The armed factions and the Qorvath Front said the truce held.', [['Qorvath Front', 'qf', true]])
    assert.deepEqual(findSpeakers(listed, null).map((x) => x.attribution), ['The armed factions and the Qorvath Front'])
  })
  it('takes the qualifier of a claims noun for its speaker ("despite rebel claims that …"), not the words before it', () => {
    const s = view('The Qorvath Front said its lines held, despite rebel claims that they had taken Belmira.', [['Qorvath Front', 'qf', true]])
    assert.deepEqual(findSpeakers(s, null).map((x) => [x.attribution, x.party]), [['qf', true], ['rebel', true]])
  })
  it('starts a pre-posed speaker after a fronted adverbial ("In the north, two days after …, local officials said")', () => {
    const s = view('In the north, two days after the Qorvath Front took Belmira, local officials said the roads were open.', [['Qorvath Front', 'qf', true]])
    assert.deepEqual(findSpeakers(s, null).map((x) => x.attribution), ['local officials'])
  })
  it('continues an "according to" source through "which said", and takes no clause before it for a speaker', () => {
    const s = view('Fighters freed detainees in Belmira, according to a local monitor, which said the cells were empty.')
    assert.deepEqual(findSpeakers(s, null).map((x) => x.attribution), ['a local monitor', 'a local monitor'])
    const unknown = view('Fighters freed detainees in Belmira, according to the rescue service, who said its teams were searching.')
    assert.ok(findSpeakers(unknown, null).every((x) => !x.attribution.startsWith('Fighters')))
  })
  it('ends an "according to" source at a colon or a dash ("according to the monitor: 40 from one side …")', () => {
    const s = view('Sixty fighters were killed, according to a local monitor: 40 from the Qorvath Front and 20 from its rivals.', [['Qorvath Front', 'qf', true]])
    assert.deepEqual(findSpeakers(s, null).map((x) => [x.attribution, x.party]), [['a local monitor', false]])
    const dashed = view('Sixty fighters were killed, according to a local monitor - most of them from the Qorvath Front.', [['Qorvath Front', 'qf', true]])
    assert.deepEqual(findSpeakers(dashed, null).map((x) => [x.attribution, x.party]), [['a local monitor', false]])
  })
  it('takes sources named by a side\'s adjective for that party ("according to opposition sources")', () => {
    assert.deepEqual(findSpeakers(view('Fighters seized Belmira overnight, according to opposition sources.'), null).map((x) => x.party), [true])
    assert.deepEqual(findSpeakers(view('Regime sources said the garrison had pulled out of Belmira.'), null).map((x) => x.party), [true])
  })
  it('finds a post-posed speaker for the words before it', () => {
    const s = view('Fighters seized Belmira, a local monitor said.')
    const [sp] = findSpeakers(s, null)
    assert.equal(sp?.attribution, 'a local monitor')
    assert.equal(sp?.party, false)
    assert.ok(sp && speakerFor([sp], s.text.indexOf('seized')) === sp)
  })
  it('reads "according to" as vouching for the clause before it', () => {
    const s = view('Thousands fled Belmira, according to two aid workers.')
    const [sp] = findSpeakers(s, null)
    assert.equal(sp?.attribution, 'two aid workers')
  })
  it('treats the outlet a source spoke to as the channel, not the speaker', () => {
    const s = view('Rebels entered Belmira, a Zelmari army officer told Wire.', [['Wire', 'wire', false]])
    const [sp] = findSpeakers(s, null)
    assert.equal(sp?.attribution, 'a Zelmari army officer')
    assert.equal(sp?.party, true)
  })
  it('hands "he said" to the previous speaker', () => {
    const prev = findSpeakers(view('Fighters seized Belmira, the commander Anna Vrel said.'), null)[0] ?? null
    const [sp] = findSpeakers(view('More towns would follow, he said.'), prev)
    assert.equal(sp?.attribution, prev?.attribution)
  })
  it('gives a quotation that carries on without a verb to the previous speaker', () => {
    const prev = findSpeakers(view('Fighters seized Belmira, the commander Anna Vrel said.'), null)[0] ?? null
    const [sp] = findSpeakers(view('“Qorvath is next.”'), prev)
    assert.equal(sp?.attribution, prev?.attribution)
  })
  it('does not take "if confirmed" for a speech act', () => {
    assert.deepEqual(findSpeakers(view('If confirmed, the loss would leave the army without a foothold.'), null), [])
  })
})

describe('speakers: the phrase that names the speaker', () => {
  const table: [string, [string, string, boolean][], string][] = [
    ['Rather than speak of defeat, the Qorvath command said its units had moved.', [], 'the Qorvath command'],
    ['In Belmira, a senior Zelmari official said aid would follow.', [], 'a senior Zelmari official'],
    ['By the afternoon the Qorvath Front itself said it had left the town.', [['Qorvath Front', 'qf', true]], 'qf'],
    ['- The Zelmari army said it had redeployed.', [['Zelmari army', 'za', true]], 'za'],
    ['The head of the Qorvath faction, during his first interview since the offensive began, told Wire that the group would govern.', [['Wire', 'wire', false]], 'The head of the Qorvath faction'],
    ['The Qorvath Front, the umbrella of factions backed by Zelmar, said its fighters had entered Belmira.', [['Qorvath Front', 'qf', true], ['Zelmar', 'zl', true]], 'qf'],
    ['Anna Vrel, the Qorvath Front leader, ordered her fighters to stay out of Belmira and said the town was safe.', [['Anna Vrel', 'av', true], ['Qorvath Front', 'qf', true]], 'Anna Vrel, the Qorvath Front leader'],
    ['The town fell on Saturday for the first time in the war, the head of the Belmira Observatory for Human Rights said, after fighters spread through it.', [], 'the head of the Belmira Observatory for Human Rights'],
    ['According to an officer quoted by the agency, commanders had told their men to leave.', [], 'commanders'],
    ['Fighters took Belmira, according to two security sources who spoke to Wire.', [['Wire', 'wire', false]], 'two security sources'],
    ['In another blow for the army, the leader of the Qorvath Front said the town had fallen.', [], 'the leader of the Qorvath Front'],
    ['The embassy told citizens to leave, according to a report from the Wire news agency on Friday.', [['Wire news agency', 'wire', false]], 'wire'],
    ['Anna Vrel shared a video on X which said the town was free.', [['Anna Vrel', 'av', true]], 'av'],
    // whoever puts a toll at a figure vouches for it; a health body is a source
    ['The Belmira health directorate put the death toll at 15.', [], 'The Belmira health directorate'],
    ['Rescuers put the toll at 22 on Sunday.', [], 'Rescuers'],
    ["Qorvath's health directorate said 15 people were killed.", [], "Qorvath's health directorate"],
  ]
  for (const [text, actors, want] of table) {
    it(`"${text}" → ${want}`, () => {
      const speakers = findSpeakers(view(text, actors), null)
      const last = speakers[speakers.length - 1]
      assert.equal(last?.actor && want === last.actor.actorId ? last.actor.actorId : last?.attribution, want)
    })
  }
  it('does not make the actor of a modifier the speaker ("rebels opposed to X")', () => {
    const [sp] = findSpeakers(view('Rebels opposed to the Zelmari government said they had reached Belmira.', [['Rebels', 'reb', true], ['Zelmari government', 'zg', true]]), null)
    assert.equal(sp?.actor?.actorId, 'reb')
  })
  it('does not take "without saying" for a new speaker', () => {
    const speakers = findSpeakers(view('An official told reporters that the police were in control, without saying how many had died.'), null)
    assert.deepEqual(speakers.map((x) => x.attribution), ['An official'])
  })
  it('takes no speaker from speech talked about: "the main points of what he said"', () => {
    assert.deepEqual(findSpeakers(view('Here are the main points of what he said.'), null), [])
  })
  it('reads "rejected reports that …" as a noun, not a speech verb', () => {
    const speakers = findSpeakers(view('The Qorvath Front rejected reports that its fighters had left Belmira.', [['Qorvath Front', 'qf', true]]), null)
    assert.deepEqual(speakers.map((sp) => sp.attribution), [])
  })
  it('leaves a fronted participle clause or time adverbial out of the speaker', () => {
    const [asked] = findSpeakers(view('Asked about the Qorvath Front, the commander said the front had fallen.', [['Qorvath Front', 'qf', true]]), null)
    assert.deepEqual([asked?.attribution, asked?.actor], ['the commander', null])
    const [earlier] = findSpeakers(view('Earlier on Saturday, the Qorvath Front said it had reached Belmira.', [['Qorvath Front', 'qf', true]]), null)
    assert.equal(earlier?.attribution, 'qf', 'the phrase is just the actor, so the lexicon name stands')
  })
  it('leaves a live blog\'s timestamp out of the speaker', () => {
    const [sp] = findSpeakers(view('08:15 GMT The commander says fighters have entered Belmira.'), null)
    assert.equal(sp?.attribution, 'The commander')
  })
})
