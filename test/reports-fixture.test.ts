// The report-style fixtures (test/fixtures/reports): whole-pipeline checks of behaviours first found wrong on them.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { assertDoc } from '../src/core/doc.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import type { ContractEvent } from '../src/core/contract.ts'
import { presentDocument } from '../src/pipeline/present.ts'
import { runPipeline } from '../src/pipeline/run.ts'

const DIR = fileURLToPath(new URL('./fixtures/reports/', import.meta.url))
const manifest = JSON.parse(readFileSync(`${DIR}manifest.json`, 'utf8')) as Record<string, { publishedAt: string }>

/** The events of one fixture, each with the start of its evidence for finding it. */
function eventsOf(file: string): ContractEvent[] {
  const entry = manifest[file]
  assert.ok(entry, `${file} is in the manifest`)
  const doc = runPipeline({ source: file, raw: readFileSync(`${DIR}${file}`, 'utf8'), format: 'text', hints: { publishedAt: entry.publishedAt } }, defaultContext({ today: '2025-01-01' }))
  assertDoc(doc)
  return presentDocument(doc).events
}
const from = (events: readonly ContractEvent[], start: string) => events.filter((e) => e.evidence.text.startsWith(start))
const initiator = (e: ContractEvent | undefined) => e?.actors.find((a) => a.role === 'initiator')?.actorId ?? null

describe('live blog (01)', () => {
  const events = eventsOf('01-live-blog-hama.txt')
  it('takes no news from a look back ("Within days it took most of Aleppo")', () => {
    assert.deepEqual(from(events, 'Within days').map((e) => e.type), [])
  })
})

describe('flash update (02)', () => {
  const events = eventsOf('02-flash-update-displacement.txt')
  it('counts people, not the day of a date ("Since 27 November, an estimated 115,000 …")', () => {
    assert.equal(from(events, '- Since 27 November')[0]?.quantities.displaced, 115000)
  })
  it('reads an estimate of a past flight as asserted, with its range', () => {
    const [e] = from(events, 'Partners estimate')
    assert.deepEqual([e?.modality, e?.quantities], ['asserted', { displaced: 40000, displaced_low: 40000, displaced_high: 50000 }])
  })
  it('splits strikes listed after "Idlib city" and dates them by "2 and 3 December"', () => {
    const strikes = from(events, 'Air strikes were reported')
    assert.equal(strikes.length, 3)
    for (const e of strikes) assert.deepEqual([e.date, e.dateEnd], ['2024-12-02', '2024-12-03'])
  })
})

describe('explainer (03)', () => {
  const events = eventsOf('03-explainer-homs.txt')
  it('does not read "capture Homs, the capital would be cut off" as a capture of the capital', () => {
    assert.deepEqual(from(events, 'If they were to capture').map((e) => e.place?.name), ['Homs'])
  })
  it('dates the siege by its own year, not "two years before" the report', () => {
    const [siege] = from(events, 'Protests broke out').filter((e) => e.type === 'battle')
    assert.deepEqual([siege?.modality, siege?.date?.slice(0, 4)], ['background', '2014'])
  })
  it('makes no statement of an analysts\' judgement', () => {
    assert.deepEqual(from(events, 'Analysts say').map((e) => e.type), [])
  })
})

describe('quotes (04)', () => {
  const events = eventsOf('04-qa-quotes-golani.txt')
  it('takes no speaker from "what he said" and gives each quotation to the leader', () => {
    assert.deepEqual(from(events, 'Here are the main points').map((e) => e.type), [])
    assert.equal(initiator(from(events, '"What we are after')[0]), 'abu-mohammed-al-golani')
    assert.equal(initiator(from(events, 'Asked about')[0]), 'abu-mohammed-al-golani')
  })
})

describe('Kurdish outlet on Manbij (05)', () => {
  const events = eventsOf('05-kurdish-angle-manbij.txt')
  it('dates the fighting before the entry by the entry\'s day, not by "after two days"', () => {
    const battle = from(events, 'QAMISHLI').find((e) => e.type === 'battle')
    assert.equal(battle?.date, '2024-12-09')
  })
})

describe('Israel and the buffer zone (06)', () => {
  const events = eventsOf('06-israel-buffer-zone.txt')
  it('makes the military that says "it had carried out about 350 air strikes" their initiator', () => {
    assert.equal(initiator(from(events, 'JERUSALEM').find((e) => e.type === 'strike')), 'idf')
  })
  it('places the fall of the president in the country, not the buffer zone', () => {
    assert.equal(from(events, 'Israeli troops moved').find((e) => e.type === 'other')?.place?.name, 'Syria')
  })
  it('takes no new event from references back ("condemned the incursion", "the deployment was temporary", "violated the agreement")', () => {
    // the condemnation itself is the three states' statement, as in Arabic ("ودانت الأردن … التوغل")
    assert.deepEqual(from(events, 'Egypt, Qatar').map((e) => e.type), ['statement'])
    assert.deepEqual(from(events, 'Prime Minister Benjamin Netanyahu').map((e) => e.type), ['statement'])
    assert.deepEqual(from(events, 'The United Nations said').map((e) => e.type), ['statement'])
  })
})

describe('humanitarian figures (07)', () => {
  const events = eventsOf('07-humanitarian-ranges.txt')
  it('takes "the displaced" for people, not a flight', () => {
    assert.deepEqual(from(events, 'Many of the displaced').map((e) => e.type), [])
  })
  it('reads a flight "over the following decade" as history', () => {
    assert.deepEqual(from(events, 'More than six million').map((e) => e.modality), ['background'])
  })
  it('gives "It said" to the agency that made the call before it', () => {
    assert.equal(initiator(from(events, 'It said')[0]), 'unhcr')
  })
})

describe('denials (08)', () => {
  const events = eventsOf('08-denials-damascus.txt')
  it('gives each denial its state: the presidency, "the ministry" after Syria\'s ministry, Hezbollah', () => {
    assert.deepEqual(from(events, 'DAMASCUS').filter((e) => e.type === 'denial').map(initiator), ['syrian-government'])
    assert.deepEqual(from(events, 'The ministry called').map((e) => [e.type, initiator(e)]), [['denial', 'syrian-government']])
    assert.deepEqual(from(events, 'Hezbollah rejected').map((e) => [e.type, e.attribution]), [['denial', 'Hezbollah']])
  })
  it('resolves "a spokesman for the foreign ministry" to the state named before', () => {
    assert.equal(initiator(from(events, 'A spokesman for the foreign ministry')[0]), 'iran')
  })
  it('does not give a capture by "local rebels" to the HTS-led alliance', () => {
    assert.equal(initiator(from(events, 'The Syrian Observatory').find((e) => e.type === 'territory_change')), 'local-armed-groups')
  })
})

// Late-December styles (09–18): a wire story with a dateline, the Israeli side, Tishreen dam, Russia's pullback,
// prisons and graves, caretaker plans, returns at the crossings, US strikes, a weekly roundup, a correction note.
const brief = (e: ContractEvent) => `${e.type}/${e.modality}`
const actorsOf = (e: ContractEvent | undefined) => e?.actors.map((a) => `${a.actorId}:${a.role}`) ?? []

describe('wire story on Deir ez-Zor (09)', () => {
  const events = eventsOf('09-wire-deir-ezzor-handover.txt')
  it('takes the entry for the move into the city, not a deployment as well', () => {
    assert.deepEqual(from(events, 'The SDF had moved').filter((e) => e.place?.name === 'Deir ez-Zor').map(brief), ['territory_change/asserted'])
  })
  it('reads militias crossing back into Iraq as a redeployment to Iraq', () => {
    const [e] = from(events, 'Iraqi militia fighters')
    assert.deepEqual([e?.type, e?.place?.name, initiator(e)], ['deployment', 'Iraq', 'iraqi-militias'])
  })
})

describe('Israeli strikes and Mount Hermon (10)', () => {
  const events = eventsOf('10-israel-hermon-strikes.txt')
  it('takes no capture from weapons that "could fall into the hands of" a group', () => {
    assert.deepEqual(from(events, 'An Israeli military spokesman').map(brief), ['statement/asserted'])
  })
})

describe('Tishreen dam (11)', () => {
  const events = eventsOf('11-tishreen-dam-fighting.txt')
  it('places the fighting at the dam and gives a toll caused by the clashes no initiator', () => {
    const first = from(events, 'Clashes between')
    assert.equal(first.find((e) => e.type === 'battle')?.place?.name, 'Tishreen Dam')
    assert.deepEqual(actorsOf(first.find((e) => e.type === 'casualties')), [])
  })
  it('counts both sides of a coordinated toll as victims', () => {
    assert.deepEqual(actorsOf(from(events, 'According to').find((e) => e.type === 'casualties')), ['sna:target', 'sdf:target'])
  })
  it('gives "…, the SDF said, killing two civilians" to the drones, as the SDF\'s claim, over both days', () => {
    const toll = from(events, 'Turkish drones').find((e) => e.type === 'casualties')
    assert.deepEqual(actorsOf(toll), ['turkish-forces:initiator', 'civilians:target'])
    assert.deepEqual([toll?.modality, toll?.date, toll?.dateEnd], ['claimed', '2024-12-21', '2024-12-22'])
  })
  it('takes neither "destroyed two armoured vehicles" for infrastructure nor "killed or captured" for a capture', () => {
    assert.deepEqual(from(events, 'The SDF said its fighters').map((e) => e.type), ['battle'])
    assert.deepEqual(from(events, 'The Turkish defence ministry').filter((e) => e.type === 'territory_change'), [])
  })
})

describe('Russia\'s pullback (12)', () => {
  const events = eventsOf('12-russia-pullback-hmeimim.txt')
  it('takes no capture from "images taken" or "no decision had been taken"', () => {
    assert.deepEqual(from(events, 'Satellite images').map(brief), [])
    assert.deepEqual(from(events, 'The Kremlin').map(brief), ['statement/asserted'])
  })
  it('gives the participle denial to the official who told reporters', () => {
    const denial = from(events, 'Russian troops also withdrew').find((e) => e.type === 'denial')
    assert.deepEqual([denial?.attribution, actorsOf(denial)], ['a Kurdish official', []])
  })
  it('reads years of bombing as history, "the first week of December" as its days, and "would deprive" as hypothetical', () => {
    assert.deepEqual(from(events, 'Russia entered the war').map(brief), ['strike/background'])
    assert.deepEqual(from(events, 'Russian jets').map((e) => [e.date, e.dateEnd]), [['2024-12-01', '2024-12-07']])
    assert.deepEqual(from(events, 'A full withdrawal').map(brief), ['deployment/hypothetical'])
  })
})

describe('Sednaya and the graves (13)', () => {
  const events = eventsOf('13-sednaya-mass-graves.txt')
  it('takes no protest or withdrawal from relatives searching "abandoned registers"', () => {
    assert.deepEqual(from(events, 'Crowds of relatives').map(brief), [])
  })
  it('gives a claim to the speaker after it, not to the whole sentence, and "they said" to the residents', () => {
    assert.equal(from(events, 'A mass grave')[0]?.attribution, 'the head of a US-based advocacy group')
    assert.ok(from(events, 'Residents of the town').every((e) => e.attribution !== 'the head of a US-based advocacy group'))
  })
})

describe('caretaker decisions (14)', () => {
  const events = eventsOf('14-caretaker-decisions.txt')
  it('takes no event from "could take up to three years" or "those involved in killing"', () => {
    assert.deepEqual(from(events, 'Sharaa said on Sunday').map(brief), ['statement/asserted'])
    assert.deepEqual(from(events, 'The general command').map(brief), ['statement/asserted'])
  })
  it('names the speaker without the apposition that follows the name', () => {
    assert.equal(from(events, 'Mohammed al-Bashir')[0]?.attribution, 'Mohammed al-Bashir')
  })
  it('gives "the military command" and "the general command" after 8 December to the new authorities', () => {
    assert.equal(initiator(from(events, 'The military command')[0]), 'syrian-caretaker')
    assert.equal(initiator(from(events, 'The general command')[0]), 'syrian-caretaker')
  })
})

describe('returns at the crossings (15)', () => {
  const events = eventsOf('15-returns-crossings.txt')
  it('reads people entering Lebanon as displacement, with their number', () => {
    const [e] = from(events, 'Lebanese authorities')
    assert.deepEqual([e?.type, e?.place?.name, e?.quantities.displaced], ['displacement', 'Lebanon', 80000])
  })
  it('gives the fall of a city no subject from elsewhere in the sentence', () => {
    assert.deepEqual(actorsOf(from(events, 'Between 1,500').find((e) => e.type === 'territory_change')), [])
  })
  it('reads a flight "during the war" as history', () => {
    assert.deepEqual(from(events, 'More than five million').map(brief), ['displacement/background'])
  })
})

describe('US strikes on the Islamic State (16)', () => {
  const events = eventsOf('16-us-strikes-isis.txt')
  it('reads "targets were hit" as a strike and a fronted raid as the main subject\'s', () => {
    assert.deepEqual(from(events, 'US Central Command').filter((e) => e.type === 'strike').map((e) => e.place?.name), ['Syrian Desert'])
    assert.equal(initiator(from(events, 'In a separate raid').find((e) => e.type === 'strike')), 'us-forces')
  })
  it('dates "earlier this month" from the month\'s start to the report', () => {
    const battle = from(events, 'Islamic State militants').find((e) => e.type === 'battle')
    assert.deepEqual([battle?.date, battle?.dateEnd], ['2024-12-01', '2024-12-20'])
  })
  it('dates the ambush\'s toll by the ambush, and gives "US officials" the state, not the place', () => {
    const toll = from(events, 'Islamic State militants').find((e) => e.type === 'casualties')
    assert.deepEqual([toll?.date, toll?.dateEnd], ['2024-12-01', '2024-12-20'])
    const [said] = from(events, 'US officials')
    assert.equal(initiator(said), 'united-states')
    assert.notEqual(said?.place?.name, 'United States')
  })
})

describe('weekly roundup (17)', () => {
  const events = eventsOf('17-coast-unrest-roundup.txt')
  it('makes no statement of the roundup\'s own line and dates each entry by its heading', () => {
    assert.deepEqual(from(events, 'This week').map(brief), [])
    assert.deepEqual(from(events, 'Ten others').map((e) => e.date), ['2024-12-25'])
    assert.deepEqual(from(events, 'One protester').map((e) => e.date), ['2024-12-25'])
    assert.deepEqual(from(events, 'HTS officials').map((e) => e.date), ['2024-12-23'])
  })
  it('gives the ambush on the coast to the former government\'s loyalists', () => {
    assert.deepEqual(from(events, 'Wednesday, 25 December').map(initiator), ['assad-loyalists', 'assad-loyalists'])
  })
})

describe('correction note (18)', () => {
  const events = eventsOf('18-correction-toll-ranges.txt')
  it('takes no toll from what an earlier version of the story said', () => {
    assert.deepEqual(from(events, 'Correction').map(brief), [])
  })
  it('reads a range in words and keeps the residents who told it out of the roles', () => {
    assert.deepEqual(from(events, 'Between three and six')[0]?.quantities, { killed: 3, killed_low: 3, killed_high: 6 })
    assert.deepEqual(actorsOf(from(events, 'Dozens of reinforcements')[0]), [])
  })
})

describe('wire story, Manbij and the Tishreen dam (19)', () => {
  const events = eventsOf('19-wire-manbij-tishreen.txt')
  it('makes the force that agreed to withdraw the one that loses the town, not the clause before\'s subject', () => {
    const withdrawal = from(events, 'The SNA captured').find((e) => e.type === 'territory_change' && e.modality === 'planned')
    assert.deepEqual(actorsOf(withdrawal), ['sdf:target'])
  })
  it('dates a drone strike by the toll it took ("killed three SDF fighters last week") and names its force', () => {
    const strike = from(events, 'A Turkish drone strike').find((e) => e.type === 'strike')
    assert.deepEqual([strike?.date, initiator(strike)], ['2024-12-02', 'turkish-forces'])
  })
  it('reads a quoted "neutralised" as a toll', () => {
    assert.deepEqual(from(events, 'The Turkish defence ministry').map((e) => [e.type, e.quantities.killed]), [['casualties', 21]])
  })
})

describe('wire story with intervals, Hama and Homs (20)', () => {
  const events = eventsOf('20-wire-hama-homs-intervals.txt')
  it('puts the fall of Hama "a day after" the Friday pull-back', () => {
    const hama = from(events, 'HOMS, Syria').find((e) => e.place?.name === 'Ḩamāh')
    assert.equal(hama?.date, '2024-12-05')
  })
  it('makes the toll of the 1982 crackdown history, not news', () => {
    assert.deepEqual(from(events, 'In 1982').map((e) => `${brief(e)} ${e.date?.slice(0, 4)}`), ['other/background 1982', 'casualties/background 1982'])
  })
})

describe('wire story, Deir ez-Zor (21)', () => {
  const events = eventsOf('21-wire-deir-ezzor-left.txt')
  it('reads "had taken over positions in the city" as a claimed takeover, the forces that left as its previous holders', () => {
    const [takeover] = from(events, 'QAMISHLI').filter((e) => e.type === 'territory_change')
    assert.deepEqual([takeover?.modality, actorsOf(takeover)], ['claimed', ['sdf:initiator', 'syrian-army:target', 'iran-backed-militias:target']])
  })
  it('takes no event from a withdrawal the state agency did not mention, and dates a toll "in March" as history', () => {
    assert.deepEqual(from(events, "Syria's state news agency").map(brief), [])
    assert.deepEqual(from(events, 'IS cells').map((e) => `${brief(e)} ${e.date}`), ['casualties/background 2024-03-01'])
  })
})

describe('wire story, Daraa factions (22)', () => {
  const events = eventsOf('22-wire-daraa-factions.txt')
  it('reads an undated pluperfect lead as the report\'s news, and a pluperfect tied to nothing later as history', () => {
    assert.deepEqual(from(events, 'Government forces had withdrawn').map((e) => `${brief(e)} ${actorsOf(e).join(' ')}`), ['territory_change/asserted syrian-army:target'])
    assert.deepEqual(from(events, 'The army had recaptured').map(brief), [])
    assert.deepEqual(from(events, 'Although the government').map(brief), [])
  })
  it('makes "armed factions" the opposition, and the fighters who speak the party told of before', () => {
    // (in Daraa province on 6 December the opposition's factions are the southern operations room's: regional.ts)
    assert.equal(initiator(from(events, 'Armed factions seized')[0]), 'southern-operations-room')
    const road = from(events, 'Fighters said')[0]
    assert.deepEqual([road && brief(road), road?.attribution, initiator(road)], ['territory_change/claimed', 'HTS-led opposition (Military Operations Command)', 'moc'])
  })
  it('makes a condemnation, as a noun or a verb, a statement of the country that condemns', () => {
    assert.deepEqual(from(events, "Jordan's condemnation").map((e) => `${brief(e)} ${e.attribution}`), ['statement/asserted Jordan'])
    assert.deepEqual(from(events, 'Egypt denounced').map((e) => `${brief(e)} ${e.attribution}`), ['statement/asserted Egypt'])
  })
})

// Five more (23–27), written for an audit of extraction on new text: the southern front, a live blog past midnight,
// the Homs exodus, a roundup of the north, the night Damascus fell.
describe('wire story, Daraa and Nasib (23)', () => {
  const events = eventsOf('23-wire-daraa-nasib.txt')
  it('gives "Rebels also seized" the local factions of the lead, not the main offensive', () => {
    assert.equal(initiator(from(events, 'AMMAN')[0]), 'local-armed-groups')
    const [nasib] = from(events, 'Rebels also seized')
    assert.deepEqual([nasib?.place?.name, initiator(nasib), nasib?.date], ['Nasib border crossing', 'local-armed-groups', '2024-12-06'])
  })
  it('reads the 2018 retaking as history', () => {
    assert.deepEqual(from(events, 'Daraa was retaken').map((e) => `${brief(e)} ${e.date?.slice(0, 4)}`), ['territory_change/background 2018'])
  })
})

describe('live blog past midnight (24)', () => {
  const events = eventsOf('24-live-blog-southern-front.txt')
  it('dates an entry after "23:40" on the next day, and gives "Rebel factions" after the time stamp to the opposition', () => {
    const [reach] = from(events, '00:55')
    assert.deepEqual([reach?.date, initiator(reach), reach?.modality], ['2024-12-08', 'moc', 'claimed'])
    assert.equal(from(events, 'Dec 7, 09:15')[0]?.date, '2024-12-07')
  })
  it('gives "Jordan\'s army" to Jordan\'s armed forces, not to the Syrian army', () => {
    const [deployment] = from(events, "Dec 7, 11:02 - Jordan's army").filter((e) => e.type === 'deployment')
    assert.equal(initiator(deployment), 'jordanian-army')
    assert.ok(!events.some((e) => e.actors.some((a) => a.actorId === 'syrian-army')))
  })
  it('asserts the denial, not the withdrawal it denies', () => {
    assert.deepEqual(from(events, 'Dec 7, 14:30').map(brief), ['denial/asserted'])
  })
})

describe('wire story, the Homs exodus (25)', () => {
  const events = eventsOf('25-wire-homs-exodus.txt')
  it('counts who left, and makes no second flight of who those fleeing were', () => {
    assert.deepEqual(from(events, 'Many of those fleeing').map(brief), [])
    assert.equal(from(events, 'It estimated')[0]?.quantities.displaced, 30000)
  })
  it('reads the 2011–2014 siege as history', () => {
    assert.deepEqual(from(events, 'Homs was besieged').map(brief), ['battle/background'])
  })
})

describe('weekly roundup, roads and returns (26)', () => {
  const events = eventsOf('26-roundup-roads-returns.txt')
  it('reads a strike on the road between two towns as one strike and one toll, near the first town', () => {
    const road = from(events, 'Turkish drones struck')
    assert.deepEqual(road.map((e) => `${e.type}@${e.place?.name}/${e.place?.precision}`), ['strike@Manbij/near', 'casualties@Manbij/near'])
    assert.equal(road[1]?.quantities.killed, 3)
  })
  it('reads people returning from Lebanon as a movement of population to Aleppo, not a statement', () => {
    assert.deepEqual(from(events, 'Hundreds of people returned').map((e) => `${brief(e)}@${e.place?.name}`), ['displacement/asserted@Aleppo'])
  })
})

describe('live blog, the night Damascus fell (27)', () => {
  const events = eventsOf('27-live-blog-fall-night.txt')
  it('takes no change of hands from looters entering the palace', () => {
    assert.deepEqual(from(events, '05:45').map(brief), [])
  })
  it('places the convoy struck on the Homs road near Homs, as one strike', () => {
    assert.deepEqual(from(events, '06:20').filter((e) => e.type === 'strike').map((e) => `${e.place?.name}/${e.place?.precision}`), ['Homs/near'])
  })
})

// Three more (28–30), from a second audit of extraction on new text: a UN envoy's press release, a weekly brief, a
// TV transcript.
describe('press release, the UN envoy (28)', () => {
  const events = eventsOf('28-press-release-envoy.txt')
  it('gives "The Special Envoy" and the "He" after it to the envoy named with that title', () => {
    assert.deepEqual([...from(events, 'The Special Envoy'), ...from(events, 'He also')].map(initiator), ['geir-pedersen', 'geir-pedersen'])
  })
  it('places fighting "in the northeast between" two sides in that region, with both sides', () => {
    const [battle] = from(events, 'Pedersen warned')
    assert.deepEqual([battle?.place?.name, battle?.actors.map((a) => `${a.actorId}:${a.role}`)], ['Northeastern Syria', ['sna:initiator', 'sdf:target']])
  })
})

describe('weekly brief, Israel and the navy (29)', () => {
  const events = eventsOf('29-weekly-brief-navy.txt')
  it('gives the missile boats\' strike to the Israeli military, and "the raids" damage to it too', () => {
    assert.equal(initiator(from(events, 'On the night of 9 December')[0]), 'idf')
    assert.deepEqual(from(events, 'The Syrian Observatory').map((e) => `${brief(e)} ${initiator(e)}`), ['infrastructure_damage/asserted idf'])
  })
  it('reads strikes that "are likely" as projected', () => {
    assert.deepEqual(from(events, 'Outlook').map(brief), ['strike/projected'])
  })
})

describe('TV transcript, returns at the crossings (30)', () => {
  const events = eventsOf('30-tv-transcript-returns.txt')
  it('counts people who crossed back, and keeps a reporter\'s quoted line that ends its sentence', () => {
    const returns = events.filter((e) => e.type === 'displacement')
    assert.deepEqual(returns.map((e) => `${e.date} ${e.quantities.displaced}`), ['2024-12-12 10000', '2024-12-11 2000'])
  })
})
