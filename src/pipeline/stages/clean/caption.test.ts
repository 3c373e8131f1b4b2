import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isCaption, sentenceCount } from './caption.ts'

// Invented captions: stand-alone present-tense depictions with no attribution.
const CAPTIONS = [
  'An aerial photo shows the flooded market district of Velmar with a banner of the provincial governor, as militia units tried to hold the bridge over the Ostra river',
  'A drone view shows smoke over the Qorvath refinery',
  'A convoy carries bread and blankets along the coastal road to Qorvath.',
  'Refugees are seen crossing the Ostra bridge on foot.',
  'A girl is pictured in front of her damaged school in Velmar.',
  'Villagers set fire to a portrait of the council leader outside the town hall.',
  'Fighters of the Northern Council wave flags on top of an armoured vehicle in Velmar.',
  'A member of the rescue team carries a child out of the rubble in Qorvath.',
  'Smoke rises over the Velmar refinery after an airstrike.',
  'Mourners gather around the coffin of a militia commander in Qorvath, March 3, 2024.',
  'A boy holds a flag of the Northern Council during a rally in Velmar.',
  'Women queue for bread at a bakery in the old quarter of Qorvath.',
  'A man walks past a burnt-out bus in Velmar. REUTERS/Jane Roe',
  'Displaced families rest in a school turned shelter on the edge of Qorvath.',
  'A general view of the old quarter of Velmar, March 3, 2024.',
  'Council fighters fire into the air in the main square of Velmar (AFP)',
  'A man inspects the wreckage of a car after a strike on Qorvath on March 3 [Jane Roe/Ledger Pictures]',
  'FILE PHOTO: Council fighters ride on a truck near Qorvath, March 3, 2024.',
  'Members of the Velmar Civil Rescue Corps look for survivors in the rubble of a bakery.',
  'Council leaders pose for a photo before talks in Velmar on March 3, 2024. (Photo by Jane Roe/Ledger)',
  // A gallery's counter before the caption, a link's screen-reader label after the credit, an outlet before "Photo".
  '[2/5]Council fighters ride on a truck near Qorvath, March 3, 2024. LEDGER/Jane Roe',
  'Council fighters ride on a truck near Qorvath, March 3, 2024. LEDGER/Jane Roe Buy Print Rights, opens new tab',
  'A council fighter stands guard at a checkpoint in Velmar, Friday, March 3, 2024. (Velmar Ledger Photo/Jane Roe)',
  'Protesters in Qorvath had called on the council to leave the town for several days. / Photo: Velmar Agency',
]

// Invented story sentences, several in the present tense, that must stay.
const STORY = [
  // a one-line report whose verb is past without -ed; a plural noun is no present-tense verb ("sites" is no "sit")
  'Zelmari jets struck military sites near Qorvath.',
  'Council fighters took the airport of Velmar.',
  // where a place lies, told as a fact of geography: a photo does not measure distances
  'Qorvath lies about 40 km north of Belmira and is the province\'s second town.',
  'Belmira lies between the river and the coast road.',
  // a wire paragraph closed by a bare agency credit is still news
  "The fall of Qorvath, the region's third city, is a heavy blow for the council days after rebels captured Belmira. (AP)",
  'The army says it holds the line along the Ostra river.',
  'Rebels hold the towns of Qorvath and Velmar.',
  'Militia fighters advanced on Velmar on Tuesday, residents said.',
  'This marks the second town to fall to the council within a week.',
  'If the bridge falls, the council would cut the road between Velmar and the coast.',
  'The fighting has forced about 12,000 people to leave their homes since last week.',
  'Fighters have thus far captured two towns and are now advancing on Qorvath.',
  'Villagers set fire to the depot in Qorvath on Tuesday, witnesses said.',
  'The video shows officers racing up a staircase and banging on a door.',
  'Satellite images show that the airfield at Qorvath was struck twice.',
  'At least four people were killed in shelling on the market in Velmar.',
  'The council, which controls the north, denies shelling civilians.',
  'A spokesman for the council told reporters the convoy would arrive within days.',
  'The latest wave of displaced families have reached the coast by boat.',
  'Watch Series 5',
  'Over 30% larger display',
  'The council leader speaks of a “new chapter” for the province.',
  'Government forces patrol the streets of Velmar every night since the curfew began.',
  'Rebels march on Qorvath. The council calls for talks.',
  "It's all about finding a starting point and holding the bridge.",
  'The council named a new governor for the Northern Province (NP).',
  'Checkpoints are seen as the main obstacle to aid reaching Velmar.',
  'VELMAR (Ledger) — A fragile calm hangs over the town after a night of shelling.',
  '[1/3] Council fighters entered Qorvath on Tuesday after the army withdrew, residents said.',
  'Council fighters entered Qorvath on Tuesday after the army withdrew. Read the full report, opens new tab',
]

for (const line of CAPTIONS) {
  test(`caption: ${line.slice(0, 60)}`, () => assert.equal(isCaption(line), true))
}

for (const line of STORY) {
  test(`not a caption: ${line.slice(0, 60)}`, () => assert.equal(isCaption(line), false))
}

test('sentenceCount ignores the periods of abbreviations', () => {
  assert.equal(sentenceCount('Mr. Roe met Gen. Doe in the U.S. capital.'), 1)
  assert.equal(sentenceCount('Rebels advanced. The army withdrew.'), 2)
})
