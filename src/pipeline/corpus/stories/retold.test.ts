// A heavy paraphrase of a wire report that keeps none of its quotations, figures or word runs is still its rewrite:
// it tells the same facts, naming the same people and places in the same order. Another outlet's own report of the
// incident names many of them too, but in its own order, and stays an independent source. Invented texts and places.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildStories } from './build-stories.ts'
import { makeDoc, QORVATH } from './testing.ts'

const capture = (evidence: string) => ({ place: QORVATH, actors: { nlf: 'initiator' as const, army: 'target' as const }, date: '2025-03-10', evidence })

const WIRE = [
  'QORVATH, Vardenia, March 10 (Levant Wire) - Fighters of the Northern Liberation Front captured the river town of Qorvath on Monday after the army abandoned its positions on the Tessik road, front commanders said.',
  'Front spokesman Darin Kessel said in a recorded message that "the town is ours and the road to Marrak is open" and that units were pushing south toward Dalmir.',
  'Families fled east toward Ostrava overnight, residents said, and the Halvard Monitor reported heavy shelling of the Old Bridge district before dawn.',
  'The defence ministry in Belgrin said its troops had pulled back to defensive lines to spare civilians.',
].join('\n\n')

const PARAPHRASE = [
  'Qorvath, a town on the river, fell to the Northern Liberation Front on Monday once government soldiers left their posts along the road from Tessik, according to commanders of the group.',
  'In a voice recording, Darin Kessel, who speaks for the Front, claimed the town and said the way to Marrak now lay open while his men advanced on Dalmir.',
  'During the night households escaped eastward in the direction of Ostrava, locals reported; the Halvard Monitor described intense bombardment of the Old Bridge quarter ahead of sunrise.',
  'Officials at the Belgrin defence ministry stated that their forces withdrew to fortified lines so that civilians would be spared.',
].join('\n\n')

const INDEPENDENT = [
  'Residents of Ostrava said cars packed with mattresses queued at the eastern checkpoint all night as people arrived from Qorvath, where shelling had hit the Old Bridge district.',
  'Our correspondent in Marrak saw trucks of the Northern Liberation Front heading north on Monday. A doctor at the Marrak clinic, Lina Sorel, said she had treated wounded fighters from both sides.',
  'In Belgrin, the defence ministry called the pullback from Qorvath temporary. Darin Kessel, the Front spokesman, told local radio the group would not stop at Tessik, and the Halvard Monitor said clashes continued near Dalmir.',
].join('\n\n')

const wire = () => makeDoc({ id: 'wire', outlet: 'Levant Wire', publishedAt: '2025-03-10', text: WIRE, events: [capture('captured the river town of Qorvath on Monday')] })

test('a paraphrase that keeps no quote or figure but retells the same facts in the same order is a rewrite', () => {
  const paraphrase = makeDoc({ id: 'para', outlet: 'Gulf Courier', publishedAt: '2025-03-10', text: PARAPHRASE, events: [capture('fell to the Northern Liberation Front on Monday')] })
  const [s, ...rest] = buildStories([wire(), paraphrase])
  assert.equal(rest.length, 0)
  assert.equal(s!.documents.find((d) => d.id === 'para')!.role, 'rewrite')
  assert.equal(s!.independentSources, 1)
  assert.equal(s!.events.find((e) => e.type === 'territory_change')!.independentSources, 1)
})

test('another outlet’s own report naming the same people and places in its own order stays independent', () => {
  const own = makeDoc({ id: 'own', outlet: 'Orontes Voice', publishedAt: '2025-03-10', text: INDEPENDENT, events: [capture('people arrived from Qorvath')] })
  const [s, ...rest] = buildStories([wire(), own])
  assert.equal(rest.length, 0)
  assert.equal(s!.documents.find((d) => d.id === 'own')!.role, 'independent')
  assert.equal(s!.independentSources, 2)
})

test('a retelling published days later is not a rewrite of the wire on its names alone', () => {
  const late = makeDoc({ id: 'late', outlet: 'Gulf Courier', publishedAt: '2025-03-12', text: PARAPHRASE, events: [capture('fell to the Northern Liberation Front on Monday')] })
  const [s] = buildStories([wire(), late])
  assert.notEqual(s!.documents.find((d) => d.id === 'late')?.role, 'rewrite')
})

test('a retelling of a country-wide campaign that leads with no incident is a rewrite when they share an event', () => {
  const VARDENIA = { placeId: 'theater:vardenia', name: 'Vardenia', lat: 35.5, lon: 37.5, precision: 'country' as const }
  const HEIGHTS = { placeId: 'theater:halvard-heights', name: 'Halvard Heights', lat: 35.2, lon: 36.1, precision: 'region' as const }
  const events = (strike: string, troops: string) => [
    { type: 'strike' as const, place: VARDENIA, actors: { ostland: 'initiator' as const }, date: '2025-03-11', evidence: strike },
    { type: 'deployment' as const, place: HEIGHTS, actors: { ostland: 'initiator' as const }, date: '2025-03-11', evidence: troops },
  ]
  const campaign = makeDoc({
    id: 'campaign', outlet: 'Jordan Herald', publishedAt: '2025-03-11',
    text: 'The Ostland military said on Tuesday it had struck air defence batteries, arms depots and warships of the Vardenian navy in the port of Selvik over two days.\n\n' +
      'Ostland said the raids were meant to keep heavy weapons from the Northern Liberation Front after the fall of Belgrin. Its soldiers also stayed inside the Halvard Heights buffer zone they entered on Sunday.',
    events: events('struck air defence batteries', 'Its soldiers also stayed inside the Halvard Heights buffer zone'),
  })
  const retelling = makeDoc({
    id: 'retelling', outlet: 'Gulf Courier', publishedAt: '2025-03-11',
    text: 'The armed forces of Ostland announced on Tuesday that in two days they had bombed missile sites, weapons stores and Vardenian naval vessels docked at Selvik.\n\n' +
      'According to Ostland, the aim was to stop advanced arms reaching the Northern Liberation Front now that Belgrin had fallen. Troops were still deployed in the buffer zone of the Halvard Heights, which they had moved into on Sunday.',
    events: events('bombed missile sites', 'Troops were still deployed in the buffer zone of the Halvard Heights'),
  })
  const [s, ...rest] = buildStories([campaign, retelling])
  assert.equal(rest.length, 0)
  assert.equal(s!.documents.find((d) => d.id === 'retelling')!.role, 'rewrite')
  assert.equal(s!.independentSources, 1)
})

test('a short report naming the usual cast in the usual order, but citing its own correspondent, stays independent', () => {
  const first = makeDoc({
    id: 'first', outlet: 'Jordan Herald', publishedAt: '2025-03-10', events: [capture('entered Qorvath on Monday')],
    text: 'Fighters of the Northern Liberation Front entered Qorvath on Monday after days of fighting on the northern edge of the town.\n\n' +
      'The army said its units had redeployed outside the town to protect civilians. The Halvard Monitor for Civil Rights said dozens had been killed since Saturday.\n\n' +
      'Front leader Darin Kessel promised there would be no revenge. President Omar Valdis has now lost Tessik and Qorvath in little more than a week.',
  })
  const own = makeDoc({
    id: 'own', outlet: 'Orontes Voice', publishedAt: '2025-03-10', events: [capture('took control of Qorvath on Monday')],
    text: 'Units of the Northern Liberation Front took control of Qorvath on Monday, commanders told our correspondent in Marrak, as the group pushed on toward Dalmir.\n\n' +
      'Residents described fighters driving through the market district. Soldiers had left their barracks before dawn. Figures from the Halvard Monitor for Civil Rights put the toll above seventy.\n\n' +
      'In a video, Darin Kessel, who commands the Front, declared the town free. Omar Valdis has not commented.',
  })
  const [s, ...rest] = buildStories([first, own])
  assert.equal(rest.length, 0)
  assert.equal(s!.documents.find((d) => d.id === 'own')!.role, 'independent')
  assert.equal(s!.independentSources, 2)
})

test('names of several words count once when telling whether two reports name their cast in one order', () => {
  // Every word of "Northern Liberation Front" and "Halvard Monitor for Civil Rights" is in order with itself in any two
  // reports; counted word by word they would outvote the town named out of place.
  const first = makeDoc({
    id: 'first', outlet: 'Jordan Herald', publishedAt: '2025-03-10', events: [capture('entered Qorvath on Monday')],
    text: 'Fighters of the Northern Liberation Front entered Qorvath on Monday after days of fighting on the northern edge of the town.\n\n' +
      'The army said its units had redeployed outside the town to protect civilians. The Halvard Monitor for Civil Rights said dozens had been killed since Saturday.\n\n' +
      'Front leader Darin Kessel promised there would be no revenge. President Omar Valdis has now lost two provincial capitals in little more than a week.',
  })
  const other = makeDoc({
    id: 'other', outlet: 'Cedar Daily', publishedAt: '2025-03-10', events: [capture('were in control of the town on Monday')],
    text: 'Northern Liberation Front units were in control of the town on Monday, according to the Halvard Monitor for Civil Rights, after soldiers quit their posts around Qorvath overnight.\n\n' +
      'Shops stayed shut and a curfew was announced by loudspeaker from the main mosque. Hospital staff counted more than seventy bodies from three days of clashes.\n\n' +
      'In a video, Darin Kessel, who commands the Front, declared the town free. Omar Valdis has not commented.',
  })
  const [s, ...rest] = buildStories([first, other])
  assert.equal(rest.length, 0)
  assert.equal(s!.documents.find((d) => d.id === 'other')!.role, 'independent')
})

test('two texts that trace to two wires are two sources, however alike their order', () => {
  const afp = makeDoc({ id: 'afp', outlet: 'Jordan Herald', publishedAt: '2025-03-10', events: [capture('captured the river town of Qorvath on Monday')],
    text: WIRE.replace('(Levant Wire)', '(AFP)') })
  const reuters = makeDoc({ id: 'reuters', outlet: 'Gulf Courier', publishedAt: '2025-03-10', events: [capture('fell to the Northern Liberation Front on Monday')],
    text: `${PARAPHRASE}\n\nThe Front's advance was confirmed by two residents who spoke to Reuters.` })
  const [s] = buildStories([afp, reuters])
  assert.equal(s!.documents.find((d) => d.id === 'reuters')!.role, 'independent')
})
