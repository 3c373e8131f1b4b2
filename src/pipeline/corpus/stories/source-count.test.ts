// How many independent sources a story and its fused events count when one outlet reports an incident twice, and
// when a news brief shortens a wire report without keeping its quotations or figures. Invented texts.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildStories } from './build-stories.ts'
import { makeDoc, QORVATH } from './testing.ts'

const strikeAt = (evidence: string, date = '2025-03-10') => ({ type: 'strike' as const, place: QORVATH, actors: { airforce: 'initiator' as const }, date, evidence })

const monitorFirst = () => makeDoc({
  id: 'monitor-day1', outlet: 'Orchard Rights Monitor', publishedAt: '2025-03-10',
  text: [
    'Jets bombed a crowded street of Qorvath on Monday, killing 9 civilians, the Orchard Rights Monitor said.',
    'Its researchers in the city said the bombs fell near the flour mill and the old bus station, and that rescue crews were digging through the rubble of two houses.',
    'Dozens of wounded were taken to the city hospital, which appealed for blood donors.',
  ].join('\n\n'),
  events: [strikeAt('Jets bombed a crowded street of Qorvath on Monday'), { type: 'casualties', place: QORVATH, actors: {}, quantities: { killed: 9 }, date: '2025-03-10', evidence: 'killing 9 civilians' }],
})

const stateAgency = () => makeDoc({
  id: 'agency', outlet: 'National News Agency', publishedAt: '2025-03-10',
  text: [
    'Air force jets struck hideouts of armed gangs in Qorvath on Monday and destroyed their ammunition stores near the flour mill, a military source told the agency.',
    'The source said the raids on the city hit command posts used to prepare attacks on army positions along the river, and that rescue crews of the gangs were seen removing their dead.',
  ].join('\n\n'),
  events: [strikeAt('The air force struck hideouts of armed gangs in Qorvath on Monday')],
})

const monitorFollowUp = () => makeDoc({
  id: 'monitor-day2', outlet: 'The Orchard Rights Monitor', publishedAt: '2025-03-11',
  text: [
    'Five people hurt in Monday’s bombing of Qorvath died overnight, raising the toll to 14 civilians, according to an update on Tuesday from the rights group.',
    'Two more bodies were pulled from collapsed houses by the flour mill, where search teams kept working at first light.',
    'The group urged the warring sides to spare residential streets.',
  ].join('\n\n'),
  events: [strikeAt('Monday’s bombing of Qorvath'), { type: 'casualties', place: QORVATH, actors: {}, quantities: { killed: 14 }, date: '2025-03-10', evidence: 'raising the toll to 14 civilians' }],
})

test('an outlet’s next-day update of its own report adds no independent source, and its new toll replaces its old one', () => {
  const stories = buildStories([monitorFirst(), stateAgency(), monitorFollowUp()])
  assert.equal(stories.length, 1)
  const [s] = stories
  assert.equal(s!.independentSources, 2)
  const strike = s!.events.find((e) => e.type === 'strike')!
  assert.deepEqual([...strike.documents].sort(), ['agency', 'monitor-day1', 'monitor-day2'])
  assert.equal(strike.independentSources, 2)
  assert.equal(s!.events.find((e) => e.type === 'casualties')!.quantities.killed, 14)
})

test('two outlets’ reports of one incident stay two sources', () => {
  const other = { ...monitorFollowUp(), outlet: 'Riverside Herald' }
  const [s] = buildStories([monitorFirst(), stateAgency(), other])
  assert.equal(s!.independentSources, 3)
})

test('an outlet’s own report stays a source of its own when its earlier text on the incident copied another’s', () => {
  // The Riverside Herald first ran the monitor's report, then its own reporter's account of the same bombing.
  const copy = { ...monitorFirst(), id: 'herald-copy', outlet: 'Riverside Herald', text: `Riverside Herald | Region\n\n${monitorFirst().text}` }
  const own = makeDoc({
    id: 'herald-own', outlet: 'Riverside Herald', publishedAt: '2025-03-10',
    text: [
      'Our reporter in Qorvath saw jets bomb a crowded street of the city on Monday, flattening two houses by the flour mill.',
      'Neighbours dug with their hands until civil defence crews arrived with a digger, and the city hospital asked residents for blood.',
    ].join('\n\n'),
    events: [strikeAt('jets bomb a crowded street of the city on Monday')],
  })
  const [s] = buildStories([monitorFirst(), copy, own])
  assert.equal(s!.documents.find((d) => d.id === 'herald-own')!.role, 'independent')
  assert.equal(s!.independentSources, 2)
})

const WIRE = [
  'QORVATH, March 12 (Reuters) - Fighters of the Northern Liberation Front pushed into the grain town of Marrak on Wednesday and raised their banner over the district council building, residents and a commander said.',
  'Army units that had held the town since the front froze pulled back toward the southern hills during the night, leaving armoured vehicles and artillery behind, according to the residents.',
  'Shopkeepers in the covered market closed their shutters and families sheltered in basements as gunfire echoed through the eastern quarter until dawn.',
  '"We have freed Marrak and opened the road to the coast," commander Idris Malouf said in a video posted online.',
  'The government in the capital made no comment. The front has now advanced along the river valley for a week without meeting serious resistance.',
].join('\n\n')

const BRIEF = [
  'Insurgents raise banner over Marrak council',
  'Wednesday: residents sheltered from echoing gunfire in Marrak basements, shopkeepers shut market shutters, and Northern Liberation Front fighters, pushing into this grain town, raised a banner above its district council building.',
  'Army units holding Marrak since the front froze had pulled back overnight toward southern hills, leaving behind vehicles, armoured and artillery, said residents and one commander. Along the river valley, the front has advanced all week.',
  'World Brief | Read our daily digest',
].join('\n\n')

test('a news brief that keeps almost all of a wire report’s words and names, but no quotation or figure, is its rewrite', () => {
  const MARRAK = { placeId: 'theater:marrak', name: 'Marrak', lat: 35.655, lon: 36.94 }
  const capture = (evidence: string) => ({ place: MARRAK, actors: { nlf: 'initiator' as const, army: 'target' as const }, date: '2025-03-12', evidence })
  const wire = makeDoc({ id: 'wire', outlet: 'Reuters', publishedAt: '2025-03-12', text: WIRE, events: [capture('pushed into the grain town of Marrak on Wednesday')] })
  const brief = makeDoc({ id: 'brief', outlet: 'World Brief', publishedAt: '2025-03-12', text: BRIEF, events: [capture('Northern Liberation Front fighters pushed in')] })
  const [s, ...rest] = buildStories([wire, brief])
  assert.equal(rest.length, 0)
  assert.equal(s!.documents.find((d) => d.id === 'brief')!.role, 'rewrite')
  assert.equal(s!.independentSources, 1)
})

// An outlet's own follow-up that is a story of its own: it leads with the next day's news and repeats the capture.
const HOMS_ROAD = { placeId: 'geonames:170017', name: 'Hama', lat: 35.1318, lon: 36.7578 }
const RASTAN = { placeId: 'geonames:170794', name: 'Rastan', lat: 34.9262, lon: 36.7324 }
const hamaTaken = (evidence: string) => ({ place: HOMS_ROAD, actors: { moc: 'initiator' as const, 'syrian-army': 'target' as const }, date: '2024-12-05', evidence })

const courierDay1 = () => makeDoc({
  id: 'courier-1', outlet: 'Orontes Courier', publishedAt: '2024-12-05',
  text: [
    'Opposition factions took control of most of Hama on Thursday, our correspondent in the city said, as convoys of pickup trucks rolled in from the Aleppo road.',
    'Crowds gathered at the main square and fighters pulled down a portrait of the president from the governorate building.',
  ].join('\n\n'),
  events: [hamaTaken('Opposition factions took control of most of Hama on Thursday')],
})

const ledgerDay1 = () => makeDoc({
  id: 'ledger-1', outlet: 'Levant Ledger', publishedAt: '2024-12-05',
  text: [
    'Rebels swept into Hama on Thursday after the army’s northern defences collapsed, two residents and a monitor told the Levant Ledger.',
    'Prison doors were thrown open in the west of the city, and soldiers were seen leaving their barracks in civilian clothes.',
  ].join('\n\n'),
  events: [hamaTaken('Rebels swept into Hama on Thursday')],
})

const followUp = (id: string, outlet: string, dateline = '') => makeDoc({
  id, outlet, publishedAt: '2024-12-06',
  text: dateline + [
    'Opposition fighters captured the town of Rastan on Friday as they pressed south toward Homs, destroying a bridge behind the retreating troops.',
    'The advance came a day after opposition factions took control of most of Hama, when the army’s lines north of that city gave way.',
    'Families in Talbiseh were loading cars to leave for the coast, a resident said.',
  ].join('\n\n'),
  events: [
    { place: RASTAN, actors: { moc: 'initiator', 'syrian-army': 'target' }, date: '2024-12-06', evidence: 'Opposition fighters captured the town of Rastan on Friday' },
    hamaTaken('opposition factions took control of most of Hama'),
  ],
})

const hamaCapture = (stories: ReturnType<typeof buildStories>) =>
  stories.flatMap((s) => s.events).find((e) => e.type === 'territory_change' && e.place?.name === 'Hama')!

test('an outlet’s next-day report that is a story of its own adds no source to the incident it repeats', () => {
  const stories = buildStories([courierDay1(), ledgerDay1(), followUp('courier-2', 'The Orontes Courier')])
  assert.ok(stories.length >= 2, 'the follow-up leads with the next day’s news: a story of its own')
  const hama = hamaCapture(stories)
  assert.deepEqual([...hama.documents].sort(), ['courier-1', 'courier-2', 'ledger-1'])
  assert.equal(hama.independentSources, 2)
})

test('another outlet’s next-day report that repeats the incident is another source', () => {
  const hama = hamaCapture(buildStories([courierDay1(), ledgerDay1(), followUp('herald-2', 'Cedar Herald')]))
  assert.equal(hama.independentSources, 3)
})

test('an outlet’s copy of another’s report does not tie it to that outlet’s own follow-up', () => {
  // The Levant Ledger's first text is the Courier's report run under its own masthead; its follow-up is its own.
  const copy = { ...courierDay1(), id: 'ledger-copy', outlet: 'Levant Ledger', text: `Levant Ledger | Syria\n\n${courierDay1().text}` }
  const hama = hamaCapture(buildStories([courierDay1(), copy, followUp('ledger-2', 'Levant Ledger')]))
  assert.equal(hama.independentSources, 2)
})

test('an aggregator’s copies of two agencies’ reports stay two sources', () => {
  // The feed runs an AFP report one day and a Reuters report the next; neither is the feed's own reporting.
  const afp = { ...courierDay1(), id: 'feed-afp', outlet: 'World News Feed', text: `HAMA, Syria, Dec 5 (AFP) - ${courierDay1().text}` }
  const reuters = followUp('feed-reuters', 'World News Feed', 'HOMS, Syria, Dec 6 (Reuters) - ')
  const hama = hamaCapture(buildStories([afp, reuters]))
  assert.equal(hama.independentSources, 2)
})

test('a wire’s own next-day follow-up under its dateline is no reprint of its first report', () => {
  const first = makeDoc({
    id: 'wire-day1', outlet: 'Lantern Wire', publishedAt: '2025-03-10',
    text: 'QORVATH, March 10 (Lantern Wire) - Jets bombed the grain depot of Qorvath on Monday, killing 6 workers, a civil defence officer said. ' +
      'Fire crews fought the blaze into the evening, and the depot\'s owners said most of the winter stock was lost.',
    events: [strikeAt('Jets bombed the grain depot of Qorvath on Monday'), { type: 'casualties', place: QORVATH, actors: {}, quantities: { killed: 6 }, date: '2025-03-10', evidence: 'killing 6 workers' }],
  })
  const update = makeDoc({
    id: 'wire-day2', outlet: 'Lantern Wire', publishedAt: '2025-03-11',
    text: 'QORVATH, March 11 (Lantern Wire) - The number of workers killed in Monday\'s bombing of the Qorvath grain depot has risen to 9, the civil defence officer said on Tuesday.',
    events: [strikeAt('Monday\'s bombing of the Qorvath grain depot'), { type: 'casualties', place: QORVATH, actors: {}, quantities: { killed: 9 }, date: '2025-03-10', evidence: 'has risen to 9' }],
  })
  const stories = buildStories([first, update])
  const roles = Object.fromEntries(stories.flatMap((s) => s.documents.map((d) => [d.id, d.role])))
  assert.notEqual(roles['wire-day2'], 'reprint')
  assert.equal(stories.flatMap((s) => s.events).find((e) => e.type === 'casualties')!.quantities.killed, 9)
})
