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
