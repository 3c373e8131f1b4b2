import assert from 'node:assert/strict'
import { test } from 'node:test'
import { StoryIndex } from './story-index.ts'
import { DALMIR, makeDoc, TESSIK } from './testing.ts'

const SENDARA = { placeId: 'theater:sendara', name: 'Sendara', lat: 32.7, lon: 36.56 }
import { bridgeStrike, independent, nextTown, original, paraphrase, protest, reprint } from './fixtures.ts'

function add(...docs: ReturnType<typeof original>[]) {
  const index = new StoryIndex()
  return docs.map((d) => index.add(d))
}

test('an exact reprint under other boilerplate joins the story as a near-duplicate of its family', () => {
  const [a, b] = add(original(), reprint())
  assert.equal(b!.story, a!.story)
  assert.equal(b!.family, a!.family)
  assert.equal(b!.relation, 'reprint')
  assert.equal(b!.nearDuplicateOf, 'wire')
})

test('a paraphrase keeping quotes and figures joins the family as a rewrite', () => {
  const [a, b] = add(original(), paraphrase())
  assert.equal(b!.story, a!.story)
  assert.equal(b!.family, a!.family)
  assert.equal(b!.relation, 'rewrite')
  assert.equal(b!.nearDuplicateOf, null)
})

test('a second agency’s report of the same incident joins the story as a new family', () => {
  const [a, b] = add(original(), independent())
  assert.equal(b!.story, a!.story)
  assert.notEqual(b!.family, a!.family)
  assert.equal(b!.relation, 'related')
})

test('the same incident without any event data stays a separate story (text alone cannot tell)', () => {
  const strip = (d: ReturnType<typeof original>) => ({ ...d, events: [] })
  const [a, b] = add(strip(original()), strip(independent()))
  assert.notEqual(b!.story, a!.story)
})

test('distinct stories of the same day and theater do not merge', () => {
  const ms = add(original(), bridgeStrike(), protest())
  assert.equal(new Set(ms.map((m) => m.story)).size, 3)
})

test('the next day’s advance on another town is another story despite shared names and background', () => {
  const [a, b] = add(original(), nextTown())
  assert.notEqual(b!.story, a!.story)
})

test('documents further apart than the window are never compared', () => {
  const late = { ...reprint(), publishedAt: '2025-03-20' }
  const [a, b] = add(original(), late)
  assert.notEqual(b!.story, a!.story)
})

test('the same document added twice keeps its first membership', () => {
  const index = new StoryIndex()
  const first = index.add(original())
  assert.deepEqual(index.add(original()), first)
  assert.equal(index.size, 1)
})

test('a snapshot survives JSON and a restored index lets new documents join old stories', () => {
  const index = new StoryIndex()
  index.add(original())
  index.add(bridgeStrike())
  const snap = JSON.parse(JSON.stringify(index.snapshot()))
  const restored = StoryIndex.restore(snap, [original(), bridgeStrike()])
  assert.deepEqual(restored.memberships(), index.memberships())
  const m = restored.add(paraphrase())
  assert.equal(m.story, index.memberships()[0]!.story)
})

test('text-only documents (no events) still pair a copy with its source', () => {
  const a = makeDoc({ id: 'a', text: original().text, events: [] })
  const b = makeDoc({ id: 'b', text: `Header\n\n${original().text}\n\nFooter`, events: [] })
  const [ma, mb] = add(a, b)
  assert.equal(mb!.story, ma!.story)
})

test('an independent report in other words that leads with the same incident joins the story', () => {
  const a = makeDoc({ id: 'a', outlet: 'Marrak Voice', text: 'Northern Liberation Front fighters seized the river port of Qorvath on Monday after the garrison withdrew overnight, two commanders said.\n\nThe city of 400,000 is the largest to change hands in six years.',
    events: [{ evidence: 'Northern Liberation Front fighters seized the river port of Qorvath on Monday' }] })
  const b = makeDoc({ id: 'b', outlet: 'Capital Times', text: 'Crowds cheered in Qorvath on Monday as the rebel front took over a city the government had held for a decade, residents reached by phone said.\n\nShops stayed shut and bakeries ran out of bread by the afternoon. Jets struck Tessik twice and families fled Dalmir.',
    events: [{ evidence: 'the rebel front took over a city' }, { type: 'strike', place: TESSIK, evidence: 'Jets struck Tessik twice' }, { type: 'displacement', place: DALMIR, evidence: 'families fled Dalmir' }] })
  const [ma, mb] = add(a, b)
  assert.equal(mb!.story, ma!.story)
  assert.notEqual(mb!.family, ma!.family)
})

test('the next day’s battle for the same city leads with another incident: another story', () => {
  const a = makeDoc({ id: 'a', text: 'Rebel fighters reached the northern edge of Qorvath on Monday and fought government troops around the grain silos, residents said.',
    events: [{ type: 'battle', evidence: 'fought government troops around the grain silos' }] })
  const b = makeDoc({ id: 'b', publishedAt: '2025-03-11', text: 'Rebel fighters took full control of Qorvath on Tuesday after government troops left the city, residents said.',
    events: [{ evidence: 'Rebel fighters took full control of Qorvath on Tuesday' }] })
  const [ma, mb] = add(a, b)
  assert.notEqual(mb!.story, ma!.story)
})

test('a round-up that names an incident after a scene-setter does not join its story', () => {
  const a = makeDoc({ id: 'a', text: 'Northern Liberation Front fighters seized Qorvath on Monday after the army withdrew overnight, commanders said.',
    events: [{ evidence: 'Northern Liberation Front fighters seized Qorvath on Monday' }] })
  const b = makeDoc({ id: 'b', text: 'It was a week of upheaval across the country. In the north, the insurgent front overran Qorvath as the week began and the army withdrew. In the capital, bread queues grew.',
    events: [{ evidence: 'the insurgent front overran Qorvath as the week began' }, { type: 'protest', place: TESSIK, evidence: 'bread queues grew' }] })
  const [ma, mb] = add(a, b)
  assert.notEqual(mb!.story, ma!.story)
})

test('a heavy paraphrase that credits its source by name and keeps its names joins that family', () => {
  const a = makeDoc({ id: 'a', outlet: 'Levant Ledger', events: [], text: 'The Vardenian army announced on Thursday that its brigades had left Qorvath and regrouped south of the Halun river, after Northern Liberation Front units entered the city. Commander Idris Malouf posted that his men held the Ostravian consulate and the grain exchange. Velmar urged restraint.' })
  const b = makeDoc({ id: 'b', outlet: 'Gulf Observer', events: [], text: 'Thursday ended with Qorvath lost. By dusk the generals of the Vardenian army conceded defeat: their soldiers were gone, dug in beyond the Halun, while Northern Liberation Front columns rolled through the streets. Idris Malouf boasted of seizing the Ostravian mission, and Velmar pleaded for calm. The account was first reported by Levant Ledger.' })
  const [ma, mb] = add(a, b)
  assert.equal(mb!.story, ma!.story)
  assert.equal(mb!.family, ma!.family)
})

test('a follow-up that repeats yesterday’s paragraph but leads with today’s incident is another story', () => {
  const yesterday = 'Three people were killed on Monday in clashes between the Ember Guard and security forces near the governor’s office in Sendara, two witnesses said.'
  const a = makeDoc({ id: 'a', outlet: 'Southern Monitor', text: `${yesterday}\n\nShops in the old quarter stayed shut and gunfire went on into the evening. The militia has kept the city out of the war for years, but anger over fuel shortages has grown since January, an activist said.`,
    events: [{ type: 'battle', place: SENDARA, evidence: 'Three people were killed on Monday in clashes' }] })
  const b = makeDoc({ id: 'b', outlet: 'Southern Monitor', publishedAt: '2025-03-11',
    text: `The Ember Guard took over the security headquarters in Sendara on Tuesday after the police left overnight, residents said.\n\n${yesterday}`,
    events: [{ place: SENDARA, date: '2025-03-11', evidence: 'The Ember Guard took over the security headquarters in Sendara on Tuesday' }] })
  const [ma, mb] = add(a, b)
  assert.notEqual(mb!.story, ma!.story)
})

test('a rewrite that leads with another of the same day’s incidents stays in its original’s family', () => {
  const body = 'Velmar will send drones and advisers to the government, an official said on Monday, as rebels pushed toward Tessik and the Eastern Democratic Forces took the desert town of Burhan. ' +
    'Analysts said the government had never looked weaker. Aid groups warned that 300,000 people had fled their homes in the north.'
  const a = makeDoc({ id: 'a', text: body, events: [
    { type: 'battle', place: TESSIK, evidence: 'rebels pushed toward Tessik' },
    { place: { placeId: 'theater:burhan', name: 'Burhan', lat: 35.33, lon: 40.14 }, evidence: 'took the desert town of Burhan' },
  ] })
  const b = makeDoc({ id: 'b', text: 'The Eastern Democratic Forces took the desert town of Burhan on Monday, while rebels pushed toward Tessik and Velmar said it would send drones and advisers to the government. ' +
    'In the view of analysts the government has never been this weak, and aid agencies say 300,000 people have now left their homes across the north.', events: [
    { place: { placeId: 'theater:burhan', name: 'Burhan', lat: 35.33, lon: 40.14 }, evidence: 'The Eastern Democratic Forces took the desert town of Burhan on Monday' },
    { type: 'battle', place: TESSIK, evidence: 'rebels pushed toward Tessik' },
  ] })
  const [ma, mb] = add(a, b)
  assert.equal(mb!.story, ma!.story)
  assert.equal(mb!.family, ma!.family)
})
