// Invented reports for the story tests: one wire report, a reprint, a paraphrase, a summary, an independent
// report of the same incident, and distinct stories of the same day. Test data only.
import type { ExtractedDocument } from '../../../core/contract.ts'
import { DALMIR, makeDoc, MARRAK, QORVATH, TESSIK } from './testing.ts'

const WIRE_TEXT = [
  'QORVATH, March 10 (Reuters) - Fighters of the Northern Liberation Front seized the city of Qorvath on Monday after army units pulled out overnight, two commanders told Reuters.',
  'The loss of Qorvath, a river port of about 400,000 people, is the worst setback for the government since the front froze six years ago.',
  'At least 12 people were killed in the last hours of fighting, a hospital director said.',
  '“We walked into the centre without a shot in the last streets,” commander Idris Malouf said.',
  'Some 20,000 residents fled south toward Marrak, a United Nations official said.',
].join('\n\n')

/** The wire's own copy. */
export const original = (): ExtractedDocument => makeDoc({
  id: 'wire', outlet: 'Reuters', text: WIRE_TEXT,
  events: [{ evidence: 'seized the city of Qorvath on Monday' }, { type: 'casualties', actors: {}, quantities: { killed: 12 }, evidence: 'At least 12 people were killed' }],
})

/** The same copy under another outlet's header and footer. */
export const reprint = (): ExtractedDocument => makeDoc({
  id: 'reprint', outlet: 'Daily Meridian',
  text: `Daily Meridian | World news\n\n${WIRE_TEXT}\n\nShare this article. Subscribe to the morning briefing.`,
  events: [{ evidence: 'seized the city of Qorvath on Monday' }],
})

/** A paraphrase that keeps the quotation and the figures. */
export const paraphrase = (): ExtractedDocument => makeDoc({
  id: 'paraphrase', outlet: 'Frontline Digest',
  text: [
    'Northern Liberation Front insurgents have taken Qorvath after the army withdrew from the river port during the night, according to commanders who spoke with Reuters.',
    'Home to roughly 400,000 people, the city is the heaviest loss suffered by the government since front lines stopped moving six years ago.',
    'A hospital director put the toll from the final hours of combat at no fewer than 12 dead.',
    'Commander Idris Malouf described the advance: “We walked into the centre without a shot in the last streets.”',
    'Around 20,000 inhabitants left for Marrak, according to a United Nations official.',
  ].join('\n\n'),
  events: [{ evidence: 'have taken Qorvath' }, { type: 'casualties', actors: {}, quantities: { killed: 12 }, evidence: 'no fewer than 12 dead' }],
})

/** A second agency's own report of the same incident: other words, other quotes, another figure. */
export const independent = (): ExtractedDocument => makeDoc({
  id: 'independent', outlet: 'AFP',
  text: [
    'Qorvat (AFP) - Northern Liberation Front fighters overran the city of Qorvat on Monday, an AFP correspondent on the outskirts reported, in a heavy blow to the army.',
    'Pickup trucks flying the group’s banners crossed the market square by noon, the correspondent saw.',
    'A war monitor said 15 people were killed in the fighting in the city on Monday, among them six soldiers.',
    '“The road south is open,” a spokesman for the fighters told AFP by telephone.',
  ].join('\n\n'),
  events: [{ evidence: 'overran the city of Qorvat on Monday' }, { type: 'casualties', actors: {}, quantities: { killed: 15 }, evidence: 'said 15 people were killed' }],
})

/** Same day, same theater, another story: a strike on a bridge near Tessik. */
export const bridgeStrike = (): ExtractedDocument => makeDoc({
  id: 'bridge', outlet: 'Marrak Voice',
  text: [
    'Foreign jets bombed the Halun bridge near Tessik before dawn on Monday, dropping the span into the river, a reporter in the town saw.',
    'Witnesses said the aircraft made at least four passes over the bridge. Two guards were wounded, the civil defence said.',
    'Farmers who cross the bridge to reach the grain market now face a long detour through the hills.',
  ].join('\n\n'),
  events: [{ type: 'strike', place: { ...TESSIK, precision: 'near' }, actors: { ostravia: 'initiator' }, evidence: 'bombed the Halun bridge near Tessik' }],
})

/** Same day, same theater: a protest in another city, sharing no words of substance with the others. */
export const protest = (): ExtractedDocument => makeDoc({
  id: 'protest', outlet: 'Capital Times',
  text: 'Several hundred people marched through central Aldemar on Monday against a sharp rise in bread prices, chanting against the trade ministry. Police watched but did not intervene.',
  events: [{ type: 'protest', place: { placeId: 'theater:aldemar', name: 'Aldemar', lat: 33.5, lon: 36.3 }, actors: { civilians: 'initiator' } }],
})

/** The next day: the same group takes the next town, with background on the first story. */
export const nextTown = (): ExtractedDocument => makeDoc({
  id: 'next-town', outlet: 'Reuters', publishedAt: '2025-03-11',
  text: [
    'DALMIR, March 11 (Reuters) - The Northern Liberation Front took the town of Dalmir on Tuesday, rebel sources told Reuters, bringing the insurgents within 25 km of Tessik.',
    'The army said its units had “repositioned” outside Dalmir to spare civilians.',
    'Dalmir, a town of 60,000 on the main highway, guards the road to the air base.',
  ].join('\n\n'),
  events: [
    { place: DALMIR, modality: 'claimed', evidence: 'took the town of Dalmir on Tuesday' },
    { place: QORVATH, modality: 'background', date: '2025-03-10', evidence: 'The Northern Liberation Front' },
  ],
})

export { MARRAK }
