import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { assertDoc } from '../../core/doc.ts'
import type { EventAnnotation } from '../../core/types.ts'
import type { TestPlace } from './extract-events/test-doc.ts'
import { eventsOf, extract } from './extract-events/test-doc.ts'
import { runPipeline } from '../run.ts'
import { defaultContext } from '../context.ts'

const run = (text: string, places: (string | TestPlace)[] = [], publishedAt?: string) => {
  const doc = extract(text, places, publishedAt)
  assertDoc(doc)
  return eventsOf(doc)
}
const brief = (e: EventAnnotation) => `${e.type}/${e.modality}${e.place ? `@${e.place.name}` : ''}`
const precisionOf = (text: string, places: string[]) => run(text, places).map((e) => `${e.type}@${e.place?.name}/${e.place?.precision}`)

describe('extract-events: types by rule', () => {
  const table: [string, (string | TestPlace)[], string[]][] = [
    ['Syrian rebels seized the town of Qorvath on Tuesday.', ['Qorvath'], ['territory_change/asserted@Qorvath']],
    ['Rebels captured Qorvath and Belmira overnight.', ['Qorvath', 'Belmira'], ['territory_change/asserted@Qorvath', 'territory_change/asserted@Belmira']],
    ['The brigade cleared 12 villages around Qorvath.', ['Qorvath'], ['territory_change/asserted@Qorvath']],
    ['The brigade launched a military operation against Belmira on Saturday.', ['Belmira'], ['battle/asserted@Belmira']],
    ['Air strikes were reported in Qorvath city, Belmira and Tessen.', ['Qorvath', 'Belmira', 'Tessen'], ['strike/asserted@Qorvath', 'strike/asserted@Belmira', 'strike/asserted@Tessen']],
    ['If the rebels were to capture Qorvath, Belmira would be cut off from the coast.', ['Qorvath', 'Belmira'], ['territory_change/hypothetical@Qorvath']],
    ['Government troops withdrew from Belmira on Friday.', ['Belmira'], ['territory_change/asserted@Belmira']],
    // a side of a line named as where a force went is a redeployment, not the loss of the line
    ['The SDF said its forces pulled back east of the Qorvath river on Saturday.', ['Qorvath'], ['deployment/claimed@Qorvath']],
    // the damage done by raids told of before (the article is the raids', not a word describing the airport)
    ['The monitor said the raids destroyed the military airport of Qorvath.', ['Qorvath'], ['infrastructure_damage/asserted@Qorvath']],
    // a destination far into the clause still makes a withdrawal a redeployment
    ['Government troops were withdrawing tanks and heavy equipment from bases in the north to the Belmira air base.', ['Belmira'], ['deployment/asserted@Belmira']],
    ['Rebels seized Qorvath and Belmira south-east of Tessen from government forces, together with the Marrak airbase.',
      ['Qorvath', 'Belmira', { name: 'Tessen', precision: 'near' }, 'Marrak'],
      ['territory_change/asserted@Qorvath', 'territory_change/asserted@Belmira', 'territory_change/asserted@Marrak']],
    ['Rebels captured Qorvath, the largest town in the south, and the crossroads town of Belmira, where two highways meet.',
      ['Qorvath', 'Belmira'], ['territory_change/asserted@Qorvath', 'territory_change/asserted@Belmira']],
    ['Kurdish fighters also took Qorvath, the town on the border through which Iran has moved fighters into Syria, as well as Belmira.',
      ['Qorvath', { name: 'Syria', precision: 'country' }, 'Belmira'], ['territory_change/asserted@Qorvath', 'territory_change/asserted@Belmira']],
    ['The Syrian army redeployed from Belmira and took positions outside the town.', ['Belmira'], ['deployment/asserted@Belmira']],
    // a munition that hits, and a force's command post destroyed, are strikes
    ['Mortar rounds landed on a market in Qorvath.', ['Qorvath'], ['strike/asserted@Qorvath']],
    // aircraft that hit a place
    ['Jets hit Qorvath on Monday.', ['Qorvath'], ['strike/asserted@Qorvath']],
    ['Drones hit militia positions near Belmira.', ['Belmira'], ['strike/asserted@Belmira']],
    // the town's own word for it after its name
    ['The militia has lost Qorvath city to rebel fighters.', ['Qorvath'], ['territory_change/asserted@Qorvath']],
    ['Jets destroyed a militia command post near Belmira.', ['Belmira'], ['strike/asserted@Belmira']],
    ['The raids destroyed much of the militia\'s remaining air defences at Qorvath.', ['Qorvath'], ['strike/asserted@Qorvath']],
    ['Hospitals in Belmira received the bodies of at least 40 detainees found at the prison.', ['Belmira'], ['casualties/asserted@Belmira']],
    // a flight told by what forces it; a return by the way back
    ['Thousands of people in Qorvath could be forced from their homes.', ['Qorvath'], ['displacement/projected@Qorvath']],
    ['Some 2,000 refugees returned through the Belmira crossing on Monday.', ['Belmira'], ['displacement/asserted@Belmira']],
    // the villages named after "including" are what changed hands, not the river that locates them, even past a clause
    ['Rebels entered seven villages east of the Qorvath river that the army had held, including Zawra, Belmira and Tessen.',
      [{ name: 'Qorvath river', precision: 'region' }, 'Belmira', 'Tessen'], ['territory_change/asserted@Belmira', 'territory_change/asserted@Tessen']],
    // ("including the city of X": a city named after "including" is what changed hands, not the province around it)
    ['Local factions took control of most of Qorvath province, including the city of Belmira.',
      [{ name: 'Qorvath province', precision: 'region' }, 'Belmira'], ['territory_change/asserted@Belmira']],
    // people named with where they live, then leaving
    ["Residents of Qorvath's eastern districts and of two villages nearby have begun leaving for the coast.", ['Qorvath'], ['displacement/asserted@Qorvath']],
    // where they fled from, not where they go
    ['Residents of Qorvath have begun leaving towards Belmira.', ['Qorvath', 'Belmira'], ['displacement/asserted@Qorvath']],
    // where in a country a force crossed or entered, when the next words say
    ['Iraqi fighters crossed into Syria near Qorvath overnight.', [{ name: 'Syria', precision: 'country' }, { name: 'Qorvath', precision: 'near' }],
      ['deployment/asserted@Qorvath']],
    ['Israeli troops entered Syria near Qorvath.', [{ name: 'Syria', precision: 'country' }, { name: 'Qorvath', precision: 'near' }],
      ['territory_change/asserted@Qorvath']],
    // people named with a long phrase of where they live; the town, not the area that locates it
    ['Local residents in the town of Qorvath, in the southern countryside of Belmira, returned to their homes on Sunday.',
      ['Qorvath', { name: 'Belmira', precision: 'region' }], ['displacement/asserted@Qorvath']],
    // "the area" refers back to the town the sentence named, though an event of the sentence came before
    ['Families in the town of Qorvath returned to their homes on Sunday, after the army withdrew from the area.', ['Qorvath'],
      ['displacement/asserted@Qorvath', 'territory_change/asserted@Qorvath']],
    // a country right before the place, nothing between, is the subject (Arabic verb-subject-object)
    ['وأغلق الأردن معبر قرفاث الحدودي يوم السبت.', [{ name: 'الأردن', precision: 'country' }, 'معبر قرفاث'], ['other/asserted@معبر قرفاث']],
    // (a route, not where in the country they went)
    ['Iraqi fighters crossed back into Syria through Qorvath overnight.', [{ name: 'Syria', precision: 'country' }, 'Qorvath'],
      ['deployment/asserted@Syria']],
    // a district rid of fighters
    ['The brigade has cleared the Qorvath district of militants, sources said.', ['Qorvath'], ['territory_change/asserted@Qorvath']],
    ['The brigade has cleared the Tell Qorvath district of militants.', ['Tell Qorvath'], ['territory_change/asserted@Tell Qorvath']],
    // a verb of striking told by its object
    ['Warplanes continued to target militant positions in Qorvath on Sunday.', ['Qorvath'], ['strike/asserted@Qorvath']],
    // a place that falls, told with no taker; the fall of something that is no place is none
    ['Qorvath fell on Saturday night.', ['Qorvath'], ['territory_change/asserted@Qorvath']],
    ['Qorvath, Tessen and Belmira fell on Saturday night.', ['Qorvath', 'Tessen', 'Belmira'],
      ['territory_change/asserted@Qorvath', 'territory_change/asserted@Tessen', 'territory_change/asserted@Belmira']],
    ['If Qorvath falls, the road to Belmira would be cut.', ['Qorvath', 'Belmira'], ['territory_change/hypothetical@Qorvath']],
    ['Bread prices in Qorvath fell sharply on Monday.', ['Qorvath'], []],
    ['Qorvath fell under rebel control within days.', ['Qorvath'], ['territory_change/asserted@Qorvath']],
    ['Qorvath falls within the zone the talks cover.', ['Qorvath'], []],
    // an advance told by how close it came
    ['Rebels advanced to within 10 kilometres of Qorvath on Tuesday.', ['Qorvath'], ['other/asserted@Qorvath']],
    // a list whose second item has its own preposition
    ['Jets struck positions near Qorvath and in the Belmira countryside overnight.', ['Qorvath', { name: 'Belmira countryside', precision: 'region' }],
      ['strike/asserted@Qorvath', 'strike/asserted@Belmira countryside']],
    // things hit, each located by its town; an apposition saying what a place is lists no other place
    ['Jets struck the airbase in Qorvath, an arms depot in Belmira and ships in the port of Tessen.', ['Qorvath', 'Belmira', 'Tessen'],
      ['strike/asserted@Qorvath', 'strike/asserted@Belmira', 'strike/asserted@Tessen']],
    ['Jets struck an arms depot in Belmira, a base in Tessen, and fighting went on in Marrak.', ['Belmira', 'Tessen', 'Marrak'],
      ['strike/asserted@Belmira', 'strike/asserted@Tessen', 'battle/asserted@Marrak']],
    ['Rebels captured a hill near Belmira, a village in Tessen.', ['Belmira', 'Tessen'], ['territory_change/asserted@Belmira']],
    // a name the index lacks inside a list does not end it
    ['Rebels captured Belmira, Zawra, Tessen and Marrak.', ['Belmira', 'Tessen', 'Marrak'],
      ['territory_change/asserted@Belmira', 'territory_change/asserted@Tessen', 'territory_change/asserted@Marrak']],
    ['Rebel forces advanced towards Qorvath on Wednesday.', ['Qorvath'], ['other/asserted@Qorvath']],
    ['Rebel forces moved beyond the buffer zone near Qorvath on Wednesday.', ['Qorvath'], ['other/asserted@Qorvath']],
    // (units that move out to positions beyond a town withdraw; they do not advance)
    ['The army said its units had moved out to positions beyond the city limits of Qorvath.', ['Qorvath'], ['deployment/claimed@Qorvath']],
    // an advance told by the town it went past; a flight's place is not the one such an advance names after it
    ['Rebel forces advanced south of Qorvath on Wednesday.', ['Qorvath'], ['other/asserted@Qorvath']],
    ['In Belmira, thousands began leaving the city after rebels advanced south of Qorvath.', ['Belmira', 'Qorvath'], ['displacement/asserted@Belmira', 'other/asserted@Qorvath']],
    ['Rebel forces advanced on Qorvath on Wednesday.', ['Qorvath'], ['other/asserted@Qorvath']],
    // an advance on a town the force did not take in the sentence stands beside its capture; into a region it does not
    ['Rebels pushed toward Qorvath after seizing Belmira.', ['Qorvath', 'Belmira'], ['other/asserted@Qorvath', 'territory_change/asserted@Belmira']],
    ['Rebels captured Belmira and advanced on Qorvath.', ['Belmira', 'Qorvath'], ['territory_change/asserted@Belmira', 'other/asserted@Qorvath']],
    ['The rebels built on their swift capture of Belmira by advancing on Qorvath.', ['Belmira', 'Qorvath'], ['territory_change/asserted@Belmira']],
    ['Rebels advanced into Qorvath province, capturing Belmira.', [{ name: 'Qorvath', precision: 'region' }, 'Belmira'], ['territory_change/asserted@Belmira']],
    ['Rebel forces pressed south towards Qorvath on Wednesday.', ['Qorvath'], ['other/asserted@Qorvath']],
    // (a day is no place advanced on; pressing a case is no advance)
    ['Rebel forces advanced on Wednesday.', [], []],
    ['The envoy pressed the case for talks in Qorvath.', ['Qorvath'], []],
    // people moved out are displaced; a force that evacuates a town leaves it
    ['Kurdish officials evacuated about 900 families from Belmira towards Qorvath.', ['Belmira', 'Qorvath'], ['displacement/asserted@Belmira']],
    ['Hundreds of villagers were evacuated from Belmira on Monday.', ['Belmira'], ['displacement/asserted@Belmira']],
    ['Government troops evacuated Belmira on Monday.', ['Belmira'], ['territory_change/asserted@Belmira']],
    // a force that leaves gives the place up; "left behind", "left three dead" leave no ground
    ['Government troops and allied militias left Belmira overnight.', ['Belmira'], ['territory_change/asserted@Belmira']],
    ['"They sold everything the soldiers had left," a resident of Belmira said.', ['Belmira'], []],
    ['The monitor said troops had left the town of Belmira entirely.', ['Belmira'], ['territory_change/asserted@Belmira']],
    ['Fighters captured Belmira after government forces left on Friday, only to lose it days later.', ['Belmira'], ['territory_change/asserted@Belmira']],
    ['The SDF said they had taken over positions in the city of Belmira.', ['Belmira'], ['territory_change/claimed@Belmira']],
    // leaving posts is one act: the loss of a place it names, else a redeployment (never both)
    ['Soldiers left their checkpoints near Belmira on Monday.', ['Belmira'], ['territory_change/asserted@Belmira']],
    ['Soldiers left their checkpoints on Monday.', [], ['deployment/asserted']],
    // a capture given its previous holder from a withdrawal another source confirms leaves no bare statement behind
    ['Rebels said on Tuesday that they had taken Qorvath, while a monitor confirmed Kurdish-led forces had withdrawn.', ['Qorvath'], ['territory_change/claimed@Qorvath', 'territory_change/asserted@Qorvath']],
    ['The bodies of nine men were found in an orchard outside Belmira.', ['Belmira'], ['casualties/asserted@Belmira']],
    // what the object overlooks or links is no place of the event
    ['Troops took Qorvath on Sunday, seizing a ridge that overlooks Belmira.', ['Qorvath', 'Belmira'], ['territory_change/asserted@Qorvath']],
    // another spelling in brackets neither ends a list nor adds to it
    ['The factions took Qorvath (Kurvat) and Belmira on Friday.', ['Qorvath', 'Kurvat', 'Belmira'], ['territory_change/asserted@Qorvath', 'territory_change/asserted@Belmira']],
    ['Heavy clashes broke out between Druze gunmen and Syrian security forces in Belmira.', ['Belmira'], ['battle/asserted@Belmira']],
    // fire exchanged is fighting; celebratory gunfire is not
    ['Residents reported heavy gunfire in Belmira on the edge of the capital.', ['Belmira'], ['battle/asserted@Belmira']],
    ['Government troops and rebels exchanged fire near Qorvath overnight.', ['Qorvath'], ['battle/asserted@Qorvath']],
    ['Crowds in Qorvath fired celebratory gunfire into the air.', ['Qorvath'], []],
    ['Russian warplanes bombed the old bridge at Qorvath.', ['Qorvath'], ['strike/asserted@Qorvath']],
    // the two ends of one road are no two places struck
    ['Drones struck a convoy on the road between Qorvath and Belmira on Thursday.', ['Qorvath', 'Belmira'], ['strike/asserted@Qorvath']],
    ['Jets struck a convoy on the highway linking Qorvath and Belmira, killing three fighters.', ['Qorvath', 'Belmira'], ['strike/asserted@Qorvath', 'casualties/asserted@Qorvath']],
    ['Jets struck Qorvath and Belmira on Thursday.', ['Qorvath', 'Belmira'], ['strike/asserted@Qorvath', 'strike/asserted@Belmira']],
    // people "left wounded" are a toll, not a flight
    ['Some 12 people left wounded after the shelling of Qorvath.', ['Qorvath'], ['casualties/asserted@Qorvath', 'strike/asserted@Qorvath']],
    ['The old bridge at Qorvath was destroyed overnight.', ['Qorvath'], ['infrastructure_damage/asserted@Qorvath']],
    ['Residents of Qorvath said jets had been striking the bridge since dawn, and that the span had been wrecked, leaving the road to Belmira impassable.',
      ['Qorvath', 'Belmira'], ['strike/asserted@Qorvath', 'infrastructure_damage/asserted@Qorvath']],
    ['Iran will send missiles and advisers to Damascus.', [], ['military_aid/planned']],
    ['Hezbollah has deployed hundreds of fighters to Qorvath, according to two security sources.', ['Qorvath'], ['deployment/asserted@Qorvath']],
    ['Turkey stationed hundreds of troops in Qorvath on Monday.', ['Qorvath'], ['deployment/asserted@Qorvath']],
    // ships and aircraft leaving move elsewhere; no ground changes hands
    ['Russian warships left the port of Qorvath earlier this week.', ['Qorvath'], ['deployment/asserted@Qorvath']],
    ['Two transport planes departed from the Belmira air base on Friday.', ['Belmira'], ['deployment/asserted@Belmira']],
    ['Thousands of residents fled Belmira toward the coast.', ['Belmira'], ['displacement/asserted@Belmira']],
    // one official's escape is no displacement; a participle describing a force is no withdrawal
    ['Residents said the governor had fled to Qorvath.', ['Qorvath'], []],
    ['Clashes between local gunmen and retreating troops were reported near Belmira on Friday night.', ['Belmira'], ['battle/asserted@Belmira']],
    // people going back are a movement of population, placed where they return to; an envoy's return is none
    ['Hundreds of people returned to Belmira from Lebanon this week, the UN refugee agency said.', ['Belmira', 'Lebanon'], ['displacement/asserted@Belmira']],
    ['The envoy returned to Qorvath from the talks.', ['Qorvath'], []],
    // people coming back across a border, or back with no place after the verb
    ['Aid workers said about 9,000 people crossed back into Syria on Thursday.', [{ name: 'Syria', precision: 'country' }], ['displacement/asserted@Syria']],
    ['Border guards said nearly 3,000 refugees returned on Wednesday.', [], ['displacement/asserted']],
    ['Around 4,000 people crossed back from Lebanon at Qorvath on Monday, the agency said.', ['Qorvath'], ['displacement/asserted@Qorvath']],
    ['Militia fighters crossed back from Lebanon on Monday.', [], []],
    ['The agency says it is not yet time for large-scale returns.', [], ['statement/asserted']],
    ['At least seven people were killed in Qorvath.', ['Qorvath'], ['casualties/asserted@Qorvath']],
    ['Hundreds of people gathered in the main square of Belmira demanding his removal.', ['Belmira'], ['protest/asserted@Belmira']],
    // prisoners set free; a statement released is none
    ['Thousands of prisoners were freed from Qorvath prison on Sunday after rebels broke open its gates.', ['Qorvath'], ['other/asserted@Qorvath']],
    ['Opposition fighters freed hundreds of detainees from the jail in Belmira.', ['Belmira'], ['other/asserted@Belmira']],
    ['The army released a statement in Belmira on Sunday.', ['Belmira'], []],
    // a force taking people into custody, and the raid it makes to do so, is one happening (ACLED's arrests); people
    // described or accused, or a past detention, are none
    ['Security forces raided a farm near Belmira and detained nine men on Sunday.', ['Belmira'], ['other/asserted@Belmira']],
    ['Police arrested dozens of former officers in Belmira.', ['Belmira'], ['other/asserted@Belmira']],
    ['Some 40 men were detained in a security sweep of Belmira on Monday.', ['Belmira'], ['other/asserted@Belmira']],
    ['The arrested men were taken to Belmira.', ['Belmira'], []],
    ['Thousands had been detained in Belmira prison since 2011.', ['Belmira'], []],
    ['The officer was accused of arresting protesters in Belmira.', ['Belmira'], []],
    ['Camps whose detained fighters are guarded by the SDF lie near Belmira.', ['Belmira'], []],
    ['The commander urged soldiers to lay down their arms.', [], ['call_to_action/asserted']],
    ['The Syrian military denied reports of a withdrawal from Belmira.', ['Belmira'], ['denial/asserted@Belmira']],
    // a second claim joined by "and said" is no part of what is denied; the denier makes it
    ['The ministry denied that its forces had withdrawn from Belmira and said troops were reinforcing their lines there.', ['Belmira'],
      ['denial/asserted@Belmira', 'deployment/claimed@Belmira']],
    ['Hassan Abdul Ghany said the fighters would treat prisoners well.', [], ['statement/asserted']],
    ['The Turkish foreign minister said Ankara had no plans to send troops to Qorvath.', ['Qorvath'], ['statement/asserted@Qorvath']],
    // an attack told by its weapon is a strike, beside its toll
    ['A drone attack on a market in Qorvath killed seven people.', ['Qorvath'], ['strike/asserted@Qorvath', 'casualties/asserted@Qorvath']],
    // a closure told in the passive is one measure, whoever took it
    ['Qorvath airport was closed and all flights cancelled on Saturday.', ['Qorvath'], ['other/asserted@Qorvath']],
    // a force that flees a named town gives it up; fleeing with no place named is a redeployment
    ['Government troops fled Qorvath on Friday as the militia moved in.', ['Qorvath'], ['territory_change/asserted@Qorvath']],
    ['The soldiers fled after night attacks.', [], ['deployment/asserted']],
    ['Government soldiers shed their uniforms and fled on foot.', [], ['deployment/asserted']],
    // checkpoints abandoned are positions left, a redeployment, not the town they stand in
    ['Residents said troops had abandoned checkpoints on the edge of Belmira.', ['Belmira'], ['deployment/asserted@Belmira']],
    // a crowd celebrating in the streets is a gathering (coded protest, as ACLED codes crowds)
    ['Hundreds of people celebrated in the streets of Belmira on Sunday.', ['Belmira'], ['protest/asserted@Belmira']],
    // a convoy on the move is a deployment, no advance besides
    ['A Russian military convoy was seen heading towards Qorvath on Tuesday.', ['Qorvath'], ['deployment/asserted@Qorvath']],
    // an embassy set on fire is where the act was done (find-places reads "embassy in X" as a venue, a mention)
    ['Protesters set fire to the embassy in Belmira on Sunday.', [{ name: 'Belmira', role: 'mention' }], ['protest/asserted@Belmira']],
    // a place that "changed hands" was lost and taken, whoever holds it now
    ['The village of Qorvath changed hands twice on Tuesday.', ['Qorvath'], ['territory_change/asserted@Qorvath']],
    ['Not all of Belmira changed hands.', ['Belmira'], []],
    // a bomb set off is an explosion event (with its toll); one defused, or a bang only heard, is none
    ['A car bomb went off near the market in Belmira on Sunday, killing four people.', ['Belmira'], ['strike/asserted@Belmira', 'casualties/asserted@Belmira']],
    ['Seven people were wounded when an explosive device detonated in Qorvath.', ['Qorvath'], ['casualties/asserted@Qorvath', 'strike/asserted@Qorvath']],
    ['A blast ripped through a bakery in Qorvath on Monday.', ['Qorvath'], ['strike/asserted@Qorvath']],
    ['Police defused a car bomb in Belmira.', ['Belmira'], []],
    ['Explosions were heard in Qorvath overnight.', ['Qorvath'], []],
    // strikes told as reported, without who struck; not a workers' strike
    ['Strikes were reported at an air base near Qorvath, residents said.', ['Qorvath'], ['strike/asserted@Qorvath']],
    ["Workers' strikes were reported in Qorvath.", ['Qorvath'], []],
    // strikes an act was done "in" or "by" are strikes; a general strike is not
    ['Two boats moored at Qorvath were sunk in overnight strikes, the navy said.', ['Qorvath'], ['strike/asserted@Qorvath']],
    ['The depot in Belmira was destroyed in a series of strikes.', ['Belmira'], ['strike/asserted@Belmira']],
    ['Doctors in Belmira joined a general strike on Monday.', ['Belmira'], []],
    ['Teachers in Qorvath took part in nationwide strikes.', ['Qorvath'], []],
    // a clause of contrast after the trigger has places of its own: none of them is the aid's
    ['Qorvath has pledged to send more advisers, but the road through Belmira is cut.', ['Belmira'], ['military_aid/planned']],
    // an armed side's flag raised over a place marks it taken; crowds with flags do not
    ['Fighters of the Qorvath Front raised their flag over the governor\'s office in Belmira.', ['Belmira'], ['territory_change/asserted@Belmira']],
    ['Crowds raised flags over the main square of Belmira.', ['Belmira'], []],
    // a deployment named again ("called the deployment temporary") or a standing patrol described is no new one
    ['The minister called the deployment in Qorvath temporary.', ['Qorvath'], ['deployment/asserted@Qorvath']],
    ['He called the deployment temporary and defensive.', [], []],
    ['The valley, patrolled by peacekeepers, lies east of Belmira.', ['Belmira'], []],
    ['Militiamen patrolled the streets of Belmira on Sunday.', ['Belmira'], ['deployment/asserted@Belmira']],
    // strikes "delivered" on depots are strikes, not arms delivered; arms delivered are aid
    ['Strikes were delivered on ammunition depots near Qorvath, residents said.', ['Qorvath'], ['strike/asserted@Qorvath']],
    ['Jets delivered precision strikes on arms depots in Belmira.', ['Belmira'], ['strike/asserted@Belmira']],
    ['A convoy delivered ammunition to Belmira on Monday.', ['Belmira'], ['military_aid/asserted@Belmira']],
    // a truce made is an agreement, not fighting; the fighting it ends is its backdrop; one that collapsed made nothing
    ['The two factions agreed a truce in Belmira on Monday after days of fighting.', ['Belmira'], ['other/asserted@Belmira']],
    ['A ceasefire mediated by the elders took effect in Qorvath on Wednesday, ending a week of clashes.', ['Qorvath'], ['other/asserted@Qorvath']],
    ['The truce in Qorvath collapsed as clashes resumed on Friday.', ['Qorvath'], ['battle/asserted@Qorvath']],
    // ("a Russian-brokered truce": a compound that names the broker tells no truce made)
    ['The SDF said a Russian-brokered truce in Qorvath had collapsed.', ['Qorvath'], ['statement/asserted@Qorvath']],
  ]
  for (const [text, places, want] of table) {
    it(`"${text}" → ${want.join(', ')}`, () => assert.deepEqual(run(text, places).map(brief), want))
  }
})

describe('extract-events: modality', () => {
  const table: [string, string][] = [
    ['HTS rebels claimed control of Qorvath.', 'territory_change/claimed'],
    ['The Syrian army says it has withdrawn from Belmira.', 'territory_change/claimed'],
    ['Rebels captured Qorvath, the Syrian Observatory for Human Rights said.', 'territory_change/asserted'],
    ['Capturing Qorvath would cut the road to the coast.', 'territory_change/hypothetical'],
    ['If the rebels were to seize Qorvath, the coast would be cut off.', 'territory_change/hypothetical'],
    ['A senior UN official warned that up to 40,000 people could flee Belmira.', 'displacement/projected'],
    ['Turkey plans to deploy more troops to Belmira.', 'deployment/planned'],
    // what someone fears is at most a forecast: no plan, no condition weighed
    ['Residents of Belmira feared their town would be shelled.', 'strike/projected'],
    ['Villagers worry that the army will withdraw from Belmira.', 'territory_change/projected'],
    ['The army said it had pulled its guns back to prepare a counter-attack.', 'battle/planned'],
    ['The minister said he had ordered the troops to seize Qorvath.', 'territory_change/planned'],
    ['The group split from al-Qaeda in 2016 and never looked back.', 'other/background'],
    ['Aid workers estimate that between 4,000 and 5,000 people fled Belmira last week.', 'displacement/asserted'],
    ['Aid workers estimate that 4,000 more people will be displaced from Belmira.', 'displacement/projected'],
    ['Many more were displaced from Belmira over the following decade.', 'displacement/background'],
    ['The war, which began in 2011, has displaced half the people of Belmira.', 'displacement/background'],
    ['Air strikes on Belmira over the past year have emptied its market.', 'strike/background'],
    ['Air strikes on Belmira over the past two days have emptied its market.', 'strike/asserted'],
    // a party's word on a measure of its own is the fact; on another's, a claim
    ['Turkey said on Monday it had closed its border crossing at Qorvath.', 'other/asserted'],
    ['The Turkish interior ministry announced the closure of the Qorvath crossing.', 'other/asserted'],
    ['Rebels said the army had closed the Qorvath highway.', 'other/claimed'],
    // a live blog's present tense: a party that "announce(s)" its own gains claims them
    ['10:05 The rebels announce on television that they have liberated Qorvath.', 'territory_change/claimed'],
    // the insurgents' own word for a capture, as a noun
    ['The rebels announced the "complete liberation" of Qorvath.', 'territory_change/claimed'],
    // a killing named as a noun with whom it killed
    ['The monitor documented the killing of at least 12 civilians in Belmira on Monday.', 'casualties/asserted'],
    ['The monitor documented the death of 31 people in Belmira on Monday.', 'casualties/asserted'],
    // a force that may be driven out of a town
    ['A new offensive could force the SDF out of Belmira.', 'territory_change/projected'],
    // a force giving itself up; a group taken into custody
    ['Dozens of soldiers surrendered to the rebels in Belmira on Monday.', 'other/asserted'],
    ['Police arrested a group of smugglers in Belmira on Monday.', 'other/asserted'],
    // a side's communiqué telling of its own men in the first person
    ['Our forces repelled an attack on Belmira on Monday.', 'battle/claimed'],
    ['A shell fell on the market in Belmira on Monday, wounding nine people.', 'casualties/asserted'],
    // vehicles of a force on the move; materiel taken away
    ['A military convoy drove toward Qorvath on Monday, a witness said.', 'deployment/asserted'],
    ['The army began pulling heavy equipment out of Belmira on Monday.', 'deployment/asserted'],
    // an event noun said to be likely
    ['Further air strikes on remaining military sites are likely in the coming days.', 'strike/projected'],
    // a day between the verb of intent and its "to"
    ['The president vowed on Sunday to retake Qorvath.', 'territory_change/planned'],
    // an intent on a condition
    ['Ankara said it was ready to deploy troops to Belmira if the militia attacked.', 'deployment/hypothetical'],
    ['The militia said it would hand over Qorvath to the army if the rebels withdrew.', 'territory_change/hypothetical'],
    // ("… and asked if …" is a question, not a condition)
    ['Ankara said it would deploy troops to Belmira and asked if the militia would leave.', 'deployment/planned'],
    // the fall of a town as the subject of "would", after a conjunction and in an analyst's words
    ['Analysts say Qorvath is the next target, and the fall of Belmira would open the road.', 'territory_change/hypothetical'],
    // a government's own outlet speaks for it; so do the opposition's; aid groups are no party
    ['Government forces recaptured Qorvath on Tuesday, state media said.', 'territory_change/claimed'],
    // (an outlet the lexicon knows as media, named as the state's: "Syrian state media" is SANA)
    ['Government forces recaptured Qorvath on Tuesday, Syrian state media reported.', 'territory_change/claimed'],
    ['Opposition media said the factions had seized Qorvath on Wednesday.', 'territory_change/claimed'],
    ['Clashes went on around Qorvath on Tuesday night, state television said.', 'battle/claimed'],
    ['At least 4,000 people have fled Belmira since Monday, aid groups said.', 'displacement/asserted'],
    // a truce agreed to is made; an act agreed to is still a plan
    ['The two militias agreed to a truce in Qorvath on Monday.', 'other/asserted'],
    ['The army agreed to an orderly withdrawal from Qorvath under a deal.', 'territory_change/planned'],
    // … also when the lexicon names it (an outlet tagged state-media), not only when the words say "state"
    ['Clashes went on around Qorvath on Tuesday, SANA said.', 'battle/claimed'],
    ['The army recaptured Qorvath on Tuesday, according to TASS.', 'territory_change/claimed'],
    // an attack beaten back is fighting
    ['The army said it had "foiled" a militant assault on Belmira on Monday.', 'battle/claimed'],
  ]
  for (const [text, want] of table) {
    it(`"${text}" → ${want}`, () => assert.deepEqual(run(text, ['Qorvath', 'Belmira']).map((e) => `${e.type}/${e.modality}`), [want]))
  }
})

describe('extract-events: a clause of its own after "and" takes no intent from the clause before', () => {
  const table: [string, string[]][] = [
    ['The SDF agreed to leave Belmira and Turkish-backed factions shelled Tessen.', ['territory_change/planned@Belmira', 'strike/asserted@Tessen']],
    ['The army vowed to retake Belmira and government jets bombed Tessen.', ['territory_change/planned@Belmira', 'strike/asserted@Tessen']],
    // (no subject of its own: the second verb shares the intent)
    ['The SDF agreed to leave Belmira and hand over Tessen to the SNA.', ['territory_change/planned@Belmira', 'territory_change/planned@Tessen']],
  ]
  for (const [text, want] of table) {
    it(`"${text}" → ${want.join(', ')}`, () => assert.deepEqual(run(text, ['Belmira', 'Tessen']).map(brief), want))
  }
})

describe('extract-events: a post filled is a political change (other)', () => {
  const table: [string, string[]][] = [
    ['The rebels named Mohammed al-Bashir caretaker prime minister.', ['other/asserted']],
    ['The command appointed a former governor as interim defence minister in Belmira.', ['other/asserted@Belmira']],
    ['Mohammed al-Bashir was sworn in as prime minister in Belmira on Tuesday.', ['other/asserted@Belmira']],
    ['The command named a former colonel head of military intelligence in Belmira.', ['other/asserted@Belmira']],
    // a name or a title is no appointment told
    ['A fighter named Omar Haddad said the interim government was in charge.', []],
    ['The newly appointed prime minister toured the market in Belmira.', []],
  ]
  for (const [text, want] of table) {
    it(`"${text}" → ${want.join(', ') || 'none'}`, () => assert.deepEqual(run(text, ['Belmira']).filter((e) => e.type === 'other').map(brief), want))
  }
})

describe('extract-events: what is not an event', () => {
  const table: string[] = [
    'Rebels seize Qorvath in lightning advance',
    'Displaced families are seen crossing the river near Belmira.',
    'Hezbollah sent fighters to stop the rebels from capturing Qorvath.',
    'No battle was fought for Qorvath.',
    '"They took Qorvath in three days and Belmira in a week."',
    'Within days it took most of Qorvath, the biggest town of the north.',
    'The district of Qorvath remained under the control of Kurdish fighters, he said.',
    // a question of who holds a place, left open
    'It was not clear who was in control of Qorvath by nightfall.',
    'Although the army had regained control of most of the province, the front was quiet.',
    'The group now has a chance to counterattack.',
    // "took a toll" takes no ground
    'Months of siege took a heavy toll on Qorvath.',
    'The commander said his group would not stand idle, without saying whether it would seize Qorvath.',
    // what a call demands has not happened
    'The envoy called on the militia to stop shelling and withdraw from Qorvath.',
    'Ankara urged the Kurdish fighters to pull out of Belmira, warning of a new operation.',
    // a crowd that goes in takes no ground
    'Looters entered the governor\'s palace in Qorvath hours after the president fled, footage showed.',
    'Crowds stormed the gates of the prison outside Belmira on Sunday.',
    // what a speaker's words are set against ("despite reports of …") is contradicted, not told
    'The army insisted its units still held Qorvath despite reports of a withdrawal.',
    'Contrary to claims that rebels had captured Belmira, the governor said the town was calm.',
    'The army said its lines held, despite claims by the rebels that they had captured Belmira.',
  ]
  for (const text of table) {
    it(`"${text}" → no territory_change or battle`, () => {
      assert.deepEqual(run(text, ['Qorvath', 'Belmira']).filter((e) => e.type === 'territory_change' || e.type === 'battle').map(brief), [])
    })
  }
})

describe('extract-events: an act whose object is negated did not happen', () => {
  for (const text of ['Baghdad said it would send no troops to Qorvath.', 'The army deployed no reinforcements to Belmira.']) {
    it(`"${text}" → no deployment`, () => assert.deepEqual(run(text, ['Qorvath', 'Belmira']).filter((e) => e.type === 'deployment').map(brief), []))
  }
  it('"It was not immediately clear whether anyone was killed." → no casualties', () => {
    assert.deepEqual(run('Jets struck Qorvath overnight. It was not immediately clear whether anyone was killed.', ['Qorvath']).filter((e) => e.type === 'casualties').map(brief), [])
  })
  it('"The coalition said it carried out no strikes near Qorvath." → no strike', () => {
    assert.deepEqual(run('The coalition said it carried out no strikes near Qorvath.', ['Qorvath']).filter((e) => e.type === 'strike').map(brief), [])
  })
})

describe('extract-events: "the first … since <year>" is news', () => {
  const table: [string, string[]][] = [
    ['It is the first time the militia has entered Belmira since 2016, when troops drove it out.', ['territory_change/asserted 2024-12-06']],
    ['Jets struck Qorvath for the first time since 2015.', ['strike/asserted 2024-12-06']],
    ['Drones pounded Belmira in the heaviest raids since 2019.', ['strike/asserted 2024-12-06']],
    // (nor is the day a superlative counts from, after the act it ranks)
    ['Four policemen were killed in an ambush near Belmira, the deadliest attack on the police since the rebels took power on November 30.', ['casualties/asserted 2024-12-06', 'battle/asserted 2024-12-06']],
    ['Qorvath slipped out of the army\'s hands for the first time since 2012.', ['territory_change/asserted 2024-12-06']],
    // (the act the year's "when" clause tells is that year's history, and dated by it)
    ['Jets struck Qorvath, the first raids on the town since 2016, when troops retook Belmira after a siege.', ['strike/asserted 2024-12-06', 'territory_change/background 2016-01-01']],
  ]
  for (const [text, want] of table) {
    it(`"${text}" → ${want.join(', ')}`, () => assert.deepEqual(run(text, ['Qorvath', 'Belmira']).map((e) => `${e.type}/${e.modality} ${e.date}`), want))
  }
})

describe('extract-events: a verbless ", with …," adjunct does not cut its clause off from a year after it', () => {
  const table: [string, string[]][] = [
    ['Belmira was taken by the army, with heavy air support, during the 2019 offensive.', ['territory_change/background 2019-01-01']],
    ['Militiamen shelled Qorvath, with tanks and mortars, in 2016.', ['strike/background 2016-01-01']],
    // (a participle makes the stretch a clause of its own: its year is not the capture's)
    ['Rebels took Belmira, with fighting reported in 2016 nearby, on Friday.', ['territory_change/asserted 2024-12-06', 'battle/background 2016-01-01']],
  ]
  for (const [text, want] of table) {
    it(`"${text}" → ${want.join(', ')}`, () => assert.deepEqual(run(text, ['Qorvath', 'Belmira']).map((e) => `${e.type}/${e.modality} ${e.date}`), want))
  }
})

describe('extract-events: a toll or a happening said not to exist', () => {
  const table: string[] = [
    'The coalition said there were no civilian casualties in the raid on Qorvath.',
    'The shelling of Belmira caused no casualties, the governor said.',
    'Medics reported no injuries after the blast in Qorvath.',
  ]
  for (const text of table) {
    it(`"${text}" → no casualties`, () => {
      assert.deepEqual(run(text, ['Qorvath', 'Belmira']).filter((e) => e.type === 'casualties').map(brief), [])
    })
  }
})

describe('extract-events: an event noun that refers back, or people described, is no new event', () => {
  const table: [string, string][] = [
    ['Three governments condemned the incursion into Belmira.', 'battle'],
    ['The minister said the deployment in Qorvath was temporary.', 'deployment'],
    ['A UN spokesman said the deployment in the zone violated the 1974 agreement.', 'deployment'],
    ['Many of the displaced are sheltering in Qorvath.', 'displacement'],
    ['The army said its forces were stationed along solid defence lines around Qorvath.', 'deployment'],
    ['Rebels said President Bashar al-Assad had fled Qorvath.', 'displacement'],
    ['The council said the move into Qorvath violated the 1974 agreement.', 'other'],
    // an event named as what is left unsaid or asked for
    ['State television made no mention of the withdrawal from Qorvath.', 'territory_change'],
    ['Several governments want any settlement to require a withdrawal from Qorvath.', 'territory_change'],
  ]
  for (const [text, type] of table) {
    it(`"${text}" → no ${type}`, () => assert.deepEqual(run(text, ['Qorvath', 'Belmira']).filter((e) => e.type === type).map(brief), []))
  }
  it('what a force leaves behind, or a toll it leaves, is no ground given up ("left behind", "left four people dead")', () => {
    for (const text of ['Clashes between gunmen and security forces left at least four people dead in Qorvath.', 'The units left behind three tanks in Qorvath.']) {
      assert.deepEqual(run(text, ['Qorvath']).filter((e) => e.type === 'territory_change').map(brief), [], text)
    }
  })
  it('who the people fleeing are is no flight of its own ("Many of those fleeing were Alawites")', () => {
    assert.deepEqual(run('Thousands fled Qorvath on Friday. Many of those fleeing were Alawites, the monitor said.', ['Qorvath']).map(brief), ['displacement/asserted@Qorvath'])
    assert.deepEqual(run('Most of those who fled Belmira were women and children.', ['Belmira']).map(brief), [])
  })
  it('a part of a flight just told is no flight of its own ("…, including many who fled X")', () => {
    assert.deepEqual(run('Some 9,000 people have fled Belmira this week, including many who had fled Qorvath before.', ['Belmira', 'Qorvath'])
      .filter((e) => e.type === 'displacement').map(brief), ['displacement/asserted@Belmira'])
  })
  it('a call does not reach past its own clause ("urged calm as rebels captured X")', () => {
    assert.deepEqual(run('The envoy urged calm as rebels captured Qorvath.', ['Qorvath']).filter((e) => e.type === 'territory_change').map(brief), ['territory_change/asserted@Qorvath'])
  })
  it('an analyst\'s judgement is no statement', () => {
    assert.deepEqual(run('Analysts say the loss of Qorvath could break the army in the north.', ['Qorvath']).filter((e) => e.type === 'statement').map(brief), [])
  })
  it('a passive still reports: "the bombardment was carried out overnight"', () => {
    assert.deepEqual(run('The bombardment of Belmira was carried out overnight, residents said.', ['Belmira']).filter((e) => e.type === 'strike').map(brief), ['strike/asserted@Belmira'])
  })
})

describe('extract-events: roles, figures, attribution, dates', () => {
  it('makes the new holder the initiator of a capture and the old holder its target', () => {
    const [e] = run('HTS fighters seized Qorvath from government forces.', ['Qorvath'])
    assert.deepEqual(e?.actors, [{ actorId: 'hts', role: 'initiator' }, { actorId: 'syrian-army', role: 'target' }])
  })
  it('keeps a state outlet as the source of a call its government made ("…, the state news agency TASS said")', () => {
    const [e] = run('Russia urged its citizens to leave Qorvath, the state news agency TASS said.', ['Qorvath'])
    assert.equal(e?.type, 'call_to_action')
    assert.match(e?.attribution ?? '', /TASS/)
  })
  it('gives the fighting that won a place its captor and the loser named before it ("captured X from the SDF after days of fighting")', () => {
    const battle = run('Turkish-backed fighters captured Qorvath from the Kurdish-led SDF on Monday after days of heavy fighting.', ['Qorvath']).find((e) => e.type === 'battle')
    assert.deepEqual(battle?.actors.map((a) => `${a.actorId}:${a.role}`), ['sna:initiator', 'sdf:target'])
  })
  it('reads "forces" before "pulled back from" / "moved out of" as the force that leaves, not a verb forcing others out', () => {
    const sides = (text: string) => run(text, ['Qorvath']).map((e) => `${e.type}:${e.actors.map((a) => `${a.actorId}:${a.role}`).join(',')}`)
    assert.deepEqual(sides('Government forces pulled back from Qorvath on Friday.'), ['territory_change:syrian-army:target'])
    assert.deepEqual(sides('Kurdish-led forces moved out of Qorvath overnight.'), ['territory_change:sdf:target'])
    assert.deepEqual(sides('The offensive could force the SDF out of Qorvath.'), ['territory_change:sdf:target'])
  })
  it('names no holder for a place that "changed hands" between two sides', () => {
    const [e] = run('Qorvath changed hands between the SDF and the Syrian National Army on Monday.', ['Qorvath'])
    assert.equal(e?.type, 'territory_change')
    assert.deepEqual(e?.actors, [])
  })
  it('makes each side to a truce its maker, the announcing party too, but not the one who only reports it', () => {
    const sides = (text: string) => run(text, ['Qorvath']).filter((e) => e.type === 'other').map((e) => e.actors.map((a) => `${a.actorId}:${a.role}`).join(','))
    assert.deepEqual(sides('A ceasefire between the SDF and the Syrian National Army took effect in Qorvath on Monday.'), ['sdf:initiator,sna:initiator'])
    assert.deepEqual(sides('The SDF announced a truce with the Syrian National Army in Qorvath on Monday.'), ['sdf:initiator,sna:initiator'])
    assert.deepEqual(sides('Turkey said a truce between the SDF and the Syrian National Army in Qorvath had been extended.'), ['sdf:initiator,sna:initiator'])
  })
  it('makes a withdrawing force the target and names no taker', () => {
    const [e] = run('Syrian troops withdrew from Belmira.', ['Belmira'])
    assert.deepEqual(e?.actors, [{ actorId: 'syrian-army', role: 'target' }])
  })
  it('does not take an actor inside a relative clause for the subject: "the alliance that toppled X said they took Y"', () => {
    const e = run('Fighters of the rebel alliance that ousted Bashar al-Assad said on Monday they had taken Qorvath.', ['Qorvath'])
      .find((x) => x.type === 'territory_change')
    assert.deepEqual(e?.actors, [{ actorId: 'moc', role: 'initiator' }])
    assert.equal(e?.modality, 'claimed')
    assert.match(e?.attribution ?? '', /^Fighters of the rebel alliance/)
  })
  it('keeps the subject after a complementiser "that": "officials said that HTS seized X"', () => {
    const e = run('Officials said that HTS fighters seized Belmira.', ['Belmira']).find((x) => x.type === 'territory_change')
    assert.deepEqual(e?.actors, [{ actorId: 'hts', role: 'initiator' }])
  })
  it('takes a capture in a relative clause describing a party for a reference back, and keeps its places from the main verb', () => {
    const events = run('The monitor said Tessen was taken by local gunmen rather than by the rebel alliance that captured Qorvath and Belmira.',
      ['Tessen', 'Qorvath', 'Belmira'])
    assert.deepEqual(events.filter((e) => e.type === 'territory_change').map(brief), ['territory_change/asserted@Tessen'])
  })
  it('makes the one that "fighters loyal to X" serve the initiator, but not the one "rebels opposed to X" fight', () => {
    const [loyal] = run('Fighters loyal to Hayat Tahrir al-Sham seized Qorvath.', ['Qorvath'])
    assert.deepEqual(loyal?.actors, [{ actorId: 'hts', role: 'initiator' }])
    const [opposed] = run('Rebels opposed to the Syrian army seized Qorvath.', ['Qorvath'])
    assert.equal(opposed?.actors.find((a) => a.role === 'initiator')?.actorId, 'moc')
  })
  it('places a capture of unnamed villages "in the countryside between A and B" near the towns, not in them', () => {
    const events = run('Fighters led by Hayat Tahrir al-Sham said they had captured dozens of villages in the countryside between Qorvath and Belmira.', ['Qorvath', 'Belmira'])
    const first = events.find((e) => e.type === 'territory_change')
    assert.deepEqual([first?.place?.precision, first?.actors[0]?.actorId], ['near', 'hts'])
  })
  it('takes "redeployed outside <place>" for a withdrawal from it, the army as target and no taker', () => {
    const e = run('The Syrian army said its units had been redeployed outside Belmira to spare civilians.', ['Belmira'])
      .find((x) => x.type === 'territory_change')
    assert.deepEqual([e?.place?.name, e?.modality, e?.actors], ['Belmira', 'claimed', [{ actorId: 'syrian-army', role: 'target' }]])
  })
  it('refers "outside the city" back to the town the same sentence names', () => {
    const doc = extract('Rebels entered Qorvath on Monday.\n\nBelmira followed on Thursday, when the army said it had repositioned outside the city.', ['Qorvath', 'Belmira'])
    const e = eventsOf(doc).find((x) => x.type === 'territory_change' && doc.text.slice(x.span.start, x.span.end).startsWith('Belmira'))
    assert.equal(e?.place?.name, 'Belmira')
  })
  it('refers "the city" of a lead back to its dateline, which is otherwise only a mention', () => {
    const dateline = { name: 'QORVATH', role: 'mention' as const, by: 'find-places:dateline/population' }
    assert.deepEqual(run('QORVATH, Syria (AP) — Rebels entered the city on Sunday.', [dateline]).map(brief), ['territory_change/asserted@QORVATH'])
    // (A place only mentioned otherwise is no antecedent: "refugees from X" are not where the city is.)
    assert.deepEqual(run('Refugees from QORVATH said rebels had entered the city on Sunday.', [{ name: 'QORVATH', role: 'mention' }]).map(brief),
      ['territory_change/asserted'])
  })
  it('places a capture of "the enclave" at the towns "north of X" locates, not at X', () => {
    const events = run('The Kurdish forces said they were evacuating civilians from the Qorvath and Belmira areas north of Tessen, a day after rebels overran the enclave.',
      ['Qorvath', 'Belmira', { name: 'Tessen', precision: 'near' }])
    assert.deepEqual(events.filter((e) => e.type === 'territory_change').map(brief), ['territory_change/claimed@Qorvath', 'territory_change/claimed@Belmira'])
  })
  it('places the toll of a strike at the town struck, not at the town "35 km south of" which it lies', () => {
    const events = run('Drones struck the town of Qorvath, 35 km south of Tessen, killing two civilians.', ['Qorvath', { name: 'Tessen', precision: 'near' }])
    assert.deepEqual(events.map(brief), ['strike/asserted@Qorvath', 'casualties/asserted@Qorvath'])
  })
  it('places fighting "on the city\'s edges" near the town, not inside it', () => {
    const e = run('Rebels took Qorvath on Thursday after troops pulled out, ending four days of fighting on the city\'s edges.', ['Qorvath'])
      .find((x) => x.type === 'battle')
    assert.deepEqual([e?.place?.name, e?.place?.precision], ['Qorvath', 'near'])
  })
  it('places the fall of a ruler in the country, not at the place another clause names', () => {
    const events = run('Troops moved into Qorvath on Sunday, hours after rebels toppled Bashar al-Assad.', ['Qorvath'])
    assert.deepEqual(events.filter((e) => e.type === 'other').map(brief), ['other/asserted@Syria'])
  })
  it('makes a party that says "it had carried out N air strikes" their initiator', () => {
    const [e] = run('The Syrian army said on Tuesday it had carried out about 40 air strikes on Qorvath.', ['Qorvath'])
    assert.deepEqual([e?.type, e?.actors], ['strike', [{ actorId: 'syrian-army', role: 'initiator' }]])
  })
  it('lets "It said" continue the one who made a call in the sentence before, not an older speaker', () => {
    const events = run('Thousands crossed back into Qorvath, according to local officials. The UN refugee agency UNHCR urged countries not to force anyone back. '
      + 'It said up to a million people could return next year.', ['Qorvath'])
    const statement = events.find((e) => e.type === 'statement')
    assert.deepEqual([statement?.actors, statement?.attribution], [[{ actorId: 'unhcr', role: 'initiator' }], 'UNHCR'])
  })
  it('gives a subordinate "fighting spread" no initiator from the main clause, but keeps "took X after fighting with Y"', () => {
    const spread = run('The governor closed the crossing to Qorvath after fighting spread to Belmira.', ['Qorvath', 'Belmira']).find((e) => e.type === 'battle')
    assert.deepEqual(spread?.actors, [])
    // ("as" is such a subordinator too, and the main clause's subject there an actor.)
    const asEvents = run('The SDF closed the road to Qorvath on Friday as fighting reached Belmira.', ['Qorvath', 'Belmira'])
    const as = asEvents.find((e) => e.type === 'battle')
    assert.deepEqual([as?.actors, as?.place?.name], [[], 'Belmira'])
    // (the fighting reached Belmira: no one advanced on it)
    assert.ok(!asEvents.some((e) => e.type === 'other' && e.place?.name === 'Belmira'), asEvents.map(brief).join(', '))
    const own = run('HTS fighters took Qorvath after two days of fighting with government forces.', ['Qorvath']).find((e) => e.type === 'battle')
    assert.equal(own?.actors.find((a) => a.role === 'initiator')?.actorId, 'hts')
  })
  it('reads a quoted "Our forces have begun entering …" as the speaking party\'s own move, its post on Telegram no speech verb', () => {
    const [e] = run('"Our forces have begun entering Qorvath," the rebel operations room said in a statement posted on Telegram.', ['Qorvath'])
    assert.deepEqual([e?.type, e?.actors, e?.attribution], ['territory_change', [{ actorId: 'moc', role: 'initiator' }], 'HTS-led opposition (Military Operations Command)'])
  })
  it('makes the subject of a passive toll its victim, not its initiator', () => {
    const e = run('The Syrian army said dozens of its soldiers had been killed in Qorvath.', ['Qorvath']).find((x) => x.type === 'casualties')
    assert.deepEqual(e?.actors, [{ actorId: 'syrian-army', role: 'target' }])
  })
  it('reads "from the PKK/YPG organisation" as the previous holder', () => {
    const [e] = run('The Syrian National Army took Qorvath from the PKK/YPG organisation on Sunday.', ['Qorvath'])
    assert.deepEqual(e?.actors, [{ actorId: 'sna', role: 'initiator' }, { actorId: 'ypg', role: 'target' }])
  })
  it('gives a denial "the army dismissed as propaganda" to the army, not to the party whose claim it denies', () => {
    const e = run('Rebel commanders claimed to have downed a jet over Qorvath, a claim the Syrian army dismissed as propaganda.', ['Qorvath']).find((x) => x.type === 'denial')
    assert.deepEqual([e?.actors, e?.attribution], [[{ actorId: 'syrian-army', role: 'initiator' }], 'Syrian Arab Army'])
  })
  it('makes a party\'s "its aircraft had carried out strikes" and "it had repelled … and killed" its own acts', () => {
    const strike = run('The Russian government said its aircraft had carried out strikes on Qorvath.', ['Qorvath']).find((x) => x.type === 'strike')
    assert.equal(strike?.actors.find((a) => a.role === 'initiator')?.actorId, 'russia')
    const killed = run('The Syrian army said it had repelled an attack by insurgents near Qorvath and killed dozens of fighters.', ['Qorvath']).find((x) => x.type === 'casualties')
    assert.equal(killed?.actors.find((a) => a.role === 'initiator')?.actorId, 'syrian-army')
  })
  it('gives a bare "the defence ministry" to the government of the country the text is about', () => {
    const events = run('Rebels took Qorvath and Belmira on Monday and reached Tessen.\n\nThe defence ministry denied that troops had left Tessen.', ['Qorvath', 'Belmira', 'Tessen'])
    assert.equal(events.find((e) => e.type === 'denial')?.actors.find((a) => a.role === 'initiator')?.actorId, 'syrian-government')
  })
  it('reads "at least" as the low end of a figure', () => {
    const e = run('At least 12 civilians were killed in Qorvath.', ['Qorvath']).find((x) => x.type === 'casualties')
    assert.deepEqual(e?.quantities, { killed: 12, killed_low: 12 })
  })
  it('codes "dozens" as 12 the way ACLED does', () => {
    const e = run('Dozens were wounded in Belmira.', ['Belmira']).find((x) => x.type === 'casualties')
    assert.equal(e?.quantities.injured, 12)
  })
  it('links attribution to the lexicon name when the speaker is an actor', () => {
    const [e] = run('Kurdish fighters took control of Qorvath, the SOHR said.', ['Qorvath'])
    assert.equal(e?.attribution, 'Syrian Observatory for Human Rights')
  })
  it('keeps a described speaker as written', () => {
    const [e] = run('Rebels entered Belmira, a Syrian army officer told Reuters.', ['Belmira'])
    assert.equal(e?.attribution, 'a Syrian army officer')
    assert.equal(e?.modality, 'claimed')
  })
  it('resolves "the group" to the armed group named just before', () => {
    const events = run('Qorvath was quiet. HTS moved in at dawn. The group then seized Belmira.', ['Belmira'])
    assert.deepEqual(events.find((e) => e.type === 'territory_change')?.actors[0], { actorId: 'hts', role: 'initiator' })
  })
  it('dates an event by the weekday in its sentence, resolved against publication', () => {
    const [e] = run('Rebels captured Qorvath on Wednesday.', ['Qorvath'])
    assert.equal(e?.date, '2024-12-04')
    assert.equal(e?.dateText, 'on Wednesday')
  })
  it('dates an undated event on the publication day', () => {
    const [e] = run('Rebels captured Qorvath.', ['Qorvath'])
    assert.equal(e?.date, '2024-12-06')
    assert.equal(e?.dateText, null)
  })
  it('does not assert the withdrawal a denial denies, and links the denial to an earlier report of it', () => {
    const doc = extract('Government troops withdrew from Belmira, residents said. The army denied reports of a withdrawal from Belmira.', ['Belmira'])
    assertDoc(doc)
    const events = eventsOf(doc)
    assert.deepEqual(events.map((e) => e.type), ['territory_change', 'denial'])
    assert.equal(events[1]?.denies, events[0]?.id)
  })
  it('takes the evidence span from the sentence', () => {
    const doc = extract('Nothing happened here today at all. Rebels captured Qorvath.', ['Qorvath'])
    const [e] = eventsOf(doc)
    assert.equal(e && doc.text.slice(e.span.start, e.span.end), 'Rebels captured Qorvath.')
  })
  it('gives a toll the figures of every clause ("killed three people, and dozens were wounded")', () => {
    const toll = run('Shelling killed three people in Belmira, and dozens more were wounded.', ['Belmira']).find((e) => e.type === 'casualties')
    assert.deepEqual(toll?.quantities, { killed: 3, injured: 12, injured_low: 12, injured_high: 99 })
  })
  it('gives a toll the victims of every clause ("… bodies arrived, and dozens of wounded civilians were treated")', () => {
    const toll = run('Nine bodies arrived at the Belmira clinic, and dozens of wounded civilians were treated there.', ['Belmira']).find((e) => e.type === 'casualties')
    assert.deepEqual([toll?.actors, toll?.quantities.killed], [[{ actorId: 'civilians', role: 'target' }], 9])
  })
})

describe('extract-events: any input', () => {
  it('never throws and keeps the document valid, whatever the text', async () => {
    const fc = await import('fast-check')
    const words = fc.constantFrom('rebels', 'seized', 'Qorvath', 'said', 'the', 'army', 'withdrew', 'from', ',', '.', '"', 'killed', 'at least',
      'dozens', 'if', 'would', 'denied', 'reports', 'of', 'HTS', 'they', 'in 2016', 'on Friday', '—', '(', ')', 'urged', 'fled', '\n')
    fc.assert(fc.property(fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
      const doc = extract(parts.join(' '), ['Qorvath'])
      assertDoc(doc)
      for (const e of eventsOf(doc)) assert.ok(e.span.end <= doc.text.length)
    }), { numRuns: 150 })
  })
})

describe('extract-events: a toll\'s date', () => {
  const dated = (text: string, type: string) => {
    const e = run(text, ['Belmira'], '2024-12-27').find((x) => x.type === type)
    return [e?.date, e?.dateEnd]
  }
  it('takes the span the toll states, not the day of the speech ("…since mid-month, a monitor said on Wednesday")', () => {
    assert.deepEqual(dated('More than 50 fighters have been killed around Belmira since mid-month, a field monitor said on Wednesday.', 'casualties'), ['2024-12-11', '2024-12-27'])
  })
  it('shares the date of acts with no article ("were killed in air strikes on X between 1 and 4 December")', () => {
    assert.deepEqual(dated('At least nine people were killed in drone strikes on Belmira between 3 and 5 December.', 'casualties'), ['2024-12-03', '2024-12-05'])
    assert.deepEqual(dated('Eleven people were killed in shelling and drone strikes on Belmira between 3 and 5 December.', 'casualties'), ['2024-12-03', '2024-12-05'])
  })
  it('ends a window read back from the report on the day the words were said ("said on Monday that … over the past two days")', () => {
    assert.deepEqual(dated('The monitor said on Monday that 40 people had been killed in Belmira over the past two days.', 'casualties'), ['2024-12-21', '2024-12-23'])
  })
  it('ends a span up to the report on the day the words were said ("said on Monday that … since 18 December")', () => {
    assert.deepEqual(dated('The monitor said on Monday that 40 people had been killed in Belmira since 18 December.', 'casualties'), ['2024-12-18', '2024-12-23'])
  })
  it('dates a flight by the date of the fighting it fled ("fled fighting around X since 8 December")', () => {
    assert.deepEqual(dated('Some 40,000 people fled fighting around Belmira since 18 December.', 'displacement'), ['2024-12-18', '2024-12-27'])
  })
  it('gives an act the date of the toll it took as its verb ("A drone strike … killed three fighters last week")', () => {
    assert.deepEqual(dated('A drone strike on a pickup near Belmira killed three fighters last week, the group said.', 'strike'), ['2024-12-16', '2024-12-22'])
  })
  it('gives an act the date after the toll it lists ("Clashes left 14 dead and 30 wounded … on Saturday")', () => {
    assert.deepEqual(dated('Clashes left 14 dead and 30 wounded near Belmira on Saturday.', 'battle'), ['2024-12-21', null])
    assert.deepEqual(dated('A drone strike killed four and wounded nine in Belmira on Sunday.', 'strike'), ['2024-12-22', null])
  })
  it('shares the date of the act the toll happened in ("killed … in an ambush … earlier this month")', () => {
    const text = 'Masked gunmen killed three guards in a night ambush outside Belmira earlier this month, relatives said.'
    assert.deepEqual(dated(text, 'casualties'), ['2024-12-01', '2024-12-27'])
    assert.deepEqual(dated(text, 'battle'), ['2024-12-01', '2024-12-27'])
  })
})

describe('extract-events: the day words were said', () => {
  const dated = (text: string) => run(text, ['Belmira', 'Qorvath'], '2024-12-10').map((e) => `${e.type} ${e.date}`)
  it('dates a condemnation by the day ending its clause ("condemned the incursion on Monday")', () => {
    assert.deepEqual(dated('Turkey condemned the raid on Belmira on Sunday.'), ['statement 2024-12-08'])
  })
  it('dates what a speaker reports with no date of its own by the day of the speech, not of the report', () => {
    const text = 'The defence minister said on Sunday the 1979 disengagement accord had collapsed when militiamen abandoned their positions, and ordered the army to take over the strip near Belmira.'
    assert.deepEqual(dated(text).filter((x) => x.startsWith('territory_change')), ['territory_change 2024-12-08'])
  })
  it('gives the day of the speech way to a recent date of the words ("said on Sunday that … over the past week")', () => {
    const e = run('The ministry said on Sunday that its forces had killed 21 militants near Belmira over the past week.', ['Belmira'], '2024-12-10')
      .find((x) => x.type === 'casualties')
    assert.deepEqual([e?.date, e?.dateEnd], ['2024-12-03', '2024-12-10'])
    // (a year of history in a side remark does not win over it)
    assert.deepEqual(dated('Fighters said on Sunday that they had taken Belmira, the town where the revolt began in March 2011.'), ['territory_change 2024-12-08'])
  })
  it('leaves an act with its own date alone ("said on Sunday that rebels took Belmira on Friday")', () => {
    assert.deepEqual(dated('The governor said on Sunday that rebels took Belmira on Friday.'), ['territory_change 2024-12-06'])
  })
})

describe('extract-events: a roundup filed under dated headings', () => {
  it('dates each section\'s undated events by its heading, and counts "the previous day" from it', () => {
    const text = 'Weekly digest\n\nMonday, December 2\n\nDrones struck Belmira the previous day, the council said.\n\nWednesday, December 4\n\nLocal fighters took Qorvath.\n'
    const doc = extract(text, ['Belmira', 'Qorvath'], '2024-12-06')
    assert.ok(doc.text.includes('Monday, December 2'), 'the dated heading stays in the text')
    assert.deepEqual(eventsOf(doc).map((e) => `${e.type} ${e.date}`), ['strike 2024-12-01', 'territory_change 2024-12-04'])
  })
})

describe('extract-events: a list of places with their own dates', () => {
  const dated = (text: string) => run(text, ['Belmira', 'Qorvath', 'Tell Zembra'], '2024-12-12')
    .filter((e) => e.type === 'territory_change').map((e) => `${e.place?.name} ${e.date}`)
  it('gives each place its date ("took Belmira on November 30, Qorvath on December 5 and Tell Zembra on December 7")', () => {
    assert.deepEqual(dated('Rebels took Belmira on November 30, Qorvath on December 5 and Tell Zembra on December 7.'),
      ['Belmira 2024-11-30', 'Qorvath 2024-12-05', 'Tell Zembra 2024-12-07'])
    assert.deepEqual(dated('Local factions took Belmira on the night of December 6 and Qorvath the next day.'), ['Belmira 2024-12-06', 'Qorvath 2024-12-07'])
  })
  it('dates a place told by its lag after the one before ("Belmira on November 30 and Qorvath a week later")', () => {
    assert.deepEqual(dated('Rebels entered Belmira on November 30 and Qorvath a week later.'), ['Belmira 2024-11-30', 'Qorvath 2024-12-07'])
    assert.deepEqual(dated('Rebels entered Belmira on December 5 and Qorvath two days later.'), ['Belmira 2024-12-05', 'Qorvath 2024-12-07'])
  })
  it('counts "two days later" after a second verb on from the day the first names', () => {
    assert.deepEqual(dated('Rebels attacked Tell Zembra on December 2 and took Belmira two days later.'), ['Belmira 2024-12-04'])
  })
  it('reads a list across the side it was lost to ("lost Belmira to the rebels on December 1 and Qorvath on December 9")', () => {
    assert.deepEqual(dated('The militia lost Belmira to Turkish-backed factions on December 1 and then Qorvath on December 9.'), ['Belmira 2024-12-01', 'Qorvath 2024-12-09'])
  })
  it('does not read a new clause\'s subject as the next place ("took Belmira on Friday and Qorvath residents fled")', () => {
    assert.deepEqual(dated('Rebels took Belmira on Friday and Qorvath residents fled.'), ['Belmira 2024-12-06'])
  })
})

describe('extract-events: a fronted date', () => {
  it('dates every clause of its sentence ("In 1982, troops crushed … in an assault that killed thousands")', () => {
    const events = run('In 1982, troops under the old ruler crushed an uprising in Belmira in an assault that killed thousands of people.', ['Belmira'], '2024-12-04')
    assert.deepEqual(events.map((e) => `${e.type}/${e.modality} ${e.date}`).filter((x) => x.startsWith('casualties')), ['casualties/background 1982-01-01'])
  })
})

describe('extract-events: two verbs of one subject share its time', () => {
  it('dates the second verb by the day of the first ("on Monday, when fighters attacked X and overran Y")', () => {
    const events = run('It began on Monday, when fighters attacked army lines near Qorvath and overran Belmira.', ['Qorvath', 'Belmira'], '2024-12-05')
    assert.deepEqual(events.map((e) => `${e.type}@${e.place?.name} ${e.date}`), ['battle@Qorvath 2024-12-02', 'territory_change@Belmira 2024-12-02'])
  })
})

describe('extract-events: a "where" clause between commas tells of the place', () => {
  it('leaves its year out of the main clause\'s date ("In X, where the uprising began in 2011, fighters took …")', () => {
    const events = run('In Qorvath, where the revolt began in 2011, local fighters had taken control of the town on Friday.', ['Qorvath'], '2024-12-09')
    assert.deepEqual(events.map((e) => `${e.type}/${e.modality} ${e.date}`), ['territory_change/asserted 2024-12-06'])
  })
})

describe('extract-events: the town that fell is the one before the verb', () => {
  it('"Qorvath fell to the rebels on Thursday, the first town lost since 2016 …" → Qorvath', () => {
    const events = run('Qorvath fell to the rebels on Thursday, the first town lost since the army retook Belmira in 2016.', ['Qorvath', 'Belmira'], '2024-12-07')
    assert.deepEqual(events.map((e) => `${e.type}/${e.modality}@${e.place?.name} ${e.date}`), ['territory_change/asserted@Qorvath 2024-12-05'])
  })
})

describe('extract-events: a second source\'s count of a flight already told', () => {
  it('keeps one flight at the first place, with the first count ("though officials put the number of displaced at …")', () => {
    const events = run('Aid agencies said 5,000 people had fled Qorvath and Belmira, though local officials put the number of displaced at 9,000.', ['Qorvath', 'Belmira'])
    assert.deepEqual(events.map((e) => `${e.type}@${e.place?.name} ${JSON.stringify(e.quantities)}`), ['displacement@Qorvath {"displaced":5000}'])
  })
})

describe('extract-events: a toll and the act its "when" clause tells share a date', () => {
  it('dates the toll by the day of the act ("were killed when shells hit X on Tuesday")', () => {
    const events = run('Four people were killed when militia shells hit a school in Qorvath on Tuesday.', ['Qorvath'], '2024-12-05')
    assert.deepEqual(events.map((e) => `${e.type} ${e.date}`), ['casualties 2024-12-03', 'strike 2024-12-03'])
  })
})

describe('extract-events: a toll told as a participle of the act before it', () => {
  it('dates the toll by its act\'s clause, not by a year fronted earlier in the sentence', () => {
    const events = run('In 2011, Qorvath rose up, and in 1982 the army crushed an uprising there, killing thousands.', ['Qorvath'], '2024-12-05')
    assert.deepEqual(events.filter((e) => e.type === 'casualties').map((e) => `${e.modality} ${e.date}`), ['background 1982-01-01'])
  })
})

describe('extract-events: a year of an agreement', () => {
  const brief = (text: string) => run(text, ['Belmira'], '2024-12-10').map((e) => `${e.type}/${e.modality} ${e.date}`)
  it('dates the agreement, not the act beside it ("entered a zone set up under a 1974 ceasefire agreement")', () => {
    assert.deepEqual(brief('Israeli troops entered a demilitarised strip near Belmira set up under a 1979 ceasefire agreement.'),
      ['territory_change/asserted 2024-12-10', 'other/background 1979-01-01'])
  })
  it('dates no act beside the instrument a year names ("in breach of the 2020 ceasefire", "violated the 1974 accord")', () => {
    assert.deepEqual(brief('Militiamen shelled Belmira in breach of the 2019 ceasefire, residents said.'), ['strike/asserted 2024-12-10'])
    assert.deepEqual(brief('The envoy said the raid on Belmira violated the 1979 border accord.'), ['strike/asserted 2024-12-10'])
    assert.deepEqual(brief('The council urged both sides to respect the 2018 de-escalation memorandum and withdraw from Belmira.').filter((x) => !x.startsWith('other')),
      ['call_to_action/asserted 2024-12-10'])
  })
  it('is no event when the sentence tells what became of the agreement ("the 1974 accord had collapsed")', () => {
    assert.deepEqual(brief('The Israeli prime minister said the 1979 Belmira accord had collapsed.'), ['statement/asserted 2024-12-10'])
  })
})

describe('extract-events: an act summed up "since then"', () => {
  const brief = (text: string) => run(text, ['Belmira', 'Qorvath'], '2024-12-10')
    .filter((e) => e.type === 'territory_change').map((e) => `${e.modality}@${e.place?.name ?? '-'} ${e.date}..${e.dateEnd}`)
  it('reaches back to the year the sentence before names ("Ankara intervened in 2017. Since then, its drones have …")', () => {
    assert.deepEqual(brief('Ankara intervened in 2017. Since then, its drones have helped allied factions seize Belmira and Qorvath.'),
      ['background@Belmira 2017-01-01..2024-12-10', 'background@Qorvath 2017-01-01..2024-12-10'])
  })
  it('reaches back to a year of its own sentence beyond a comma ("…in 2016, and has since seized …")', () => {
    assert.deepEqual(brief('Tehran first sent advisers in 2016, and has since taken control of Belmira through its proxies.'), ['background@Belmira 2016-01-01..2024-12-10'])
  })
  it('stays news when the time it reaches back to is recent ("began on 27 November. Since then, rebels have …")', () => {
    assert.deepEqual(brief('The push began on 27 November. Since then, rebels have captured Belmira.'), ['asserted@Belmira 2024-12-10..null'])
  })
  it('sums up history from a fronted "since <year>" clause', () => {
    assert.deepEqual(brief('Since the uprising began in 2011, loyalist units have recaptured Belmira.').filter((x) => x.startsWith('asserted')), [])
  })
})

describe('extract-events: an interval between two acts', () => {
  const dated = (text: string) => run(text, ['Qorvath', 'Belmira'], '2024-12-06').map((e) => `${e.type}@${e.place?.name} ${e.date}`)
  it('counts back from the day outside "N days after …" to the act inside it', () => {
    assert.deepEqual(dated('Troops pulled back from Qorvath on Friday, a day after fighters seized Belmira.'),
      ['territory_change@Qorvath 2024-12-06', 'territory_change@Belmira 2024-12-05'])
    assert.deepEqual(dated('Fighters entered Qorvath on Thursday, three days after launching an assault on Belmira.'),
      ['territory_change@Qorvath 2024-12-05', 'battle@Belmira 2024-12-02'])
  })
  it('dates an event noun by the relative clause that says when it began ("after clashes that began on December 3")', () => {
    assert.deepEqual(dated('Fighters seized Qorvath on December 5 after clashes that began on December 3.'),
      ['territory_change@Qorvath 2024-12-05', 'battle@Qorvath 2024-12-03'])
  })
  it('leaves the date of a relative clause about an offensive to that offensive, not to the acts told around it', () => {
    assert.deepEqual(dated('Fighters entered Qorvath, hours after capturing Belmira in an offensive that began on November 27.'),
      ['territory_change@Qorvath 2024-12-06', 'territory_change@Belmira 2024-12-06'])
  })
  it('counts back from the day named before the interval when a participle toll stands between them', () => {
    assert.deepEqual(dated('Jets hit Qorvath on Friday, killing six people, a day after fighters overran Belmira.').filter((e) => e.startsWith('territory')),
      ['territory_change@Belmira 2024-12-05'])
  })
  it('counts back from the report\'s day when what "comes" now is N days after the act ("The move comes a day after …")', () => {
    assert.deepEqual(dated('The move comes two days after fighters overran Belmira.'), ['territory_change@Belmira 2024-12-04'])
    assert.deepEqual(dated('The announcement comes a day after fighters overran Belmira.'), ['territory_change@Belmira 2024-12-05'])
    // ("came": a time the sentence does not give)
    assert.deepEqual(dated('The move came two days after fighters overran Belmira.'), ['territory_change@Belmira 2024-12-06'])
  })
  it('counts forward from the day inside it to the act outside', () => {
    assert.deepEqual(dated('Fighters overran Qorvath two days after they took Belmira on Monday.'),
      ['territory_change@Qorvath 2024-12-04', 'territory_change@Belmira 2024-12-02'])
  })
})

describe('extract-events: a participle toll', () => {
  it('is of its act\'s time ("In 1984 troops stormed X, killing hundreds" is history)', () => {
    const events = run('In 1984 the old ruler\'s troops stormed Belmira, killing hundreds.', ['Belmira'], '2024-12-06')
    assert.deepEqual(events.map((e) => `${e.type}/${e.modality} ${e.date}`), ['territory_change/background 1984-01-01', 'casualties/background 1984-01-01'])
  })
})

describe('extract-events: a date inside an apposition', () => {
  it('does not date the sentence\'s act (", the three states that have backed the talks since 2017, called for …")', () => {
    const [e] = run('In Belmira, the envoys of three states, the powers that have backed the Belmira talks since 2017, called for an end to hostilities.', ['Belmira'], '2024-12-07')
      .filter((x) => x.type === 'call_to_action')
    assert.deepEqual([e?.date, e?.dateEnd, e?.modality], ['2024-12-07', null, 'asserted'])
  })
  it('takes no speaker\'s clause for one (", the commander of the brigade reported that …")', () => {
    const events = run('In a setback for the council, the commander of the Belmira brigade reported that the militia, which had held the hills until its defeat by the army in 2019, has regained control of Qorvath.', ['Belmira', 'Qorvath'], '2024-12-07')
    assert.deepEqual(events.filter((x) => x.type === 'territory_change').map((x) => `${x.modality}@${x.place?.name}`), ['claimed@Qorvath'])
  })
})

describe('extract-events: a denial is placed where what it denies happened, never at the venue of its words', () => {
  const table: [string, string[], string | null][] = [
    ['Speaking in Tessen, the minister denied that troops had withdrawn from Belmira.', ['Tessen', 'Belmira'], 'Belmira'],
    ['Speaking in Tessen, the minister denied that his government had backed the offensive.', ['Tessen'], null],
    ['The army denied the reports in a statement issued in Tessen.', ['Tessen'], null],
    ['At a news conference in Tessen, the group denied sending fighters across the border.', ['Tessen'], null],
    ['The ministry on Monday denied in Tessen that jets had struck Belmira.', ['Tessen', 'Belmira'], 'Belmira'],
    ['The SDF denied from its headquarters in Tessen that it had lost Belmira.', ['Tessen', 'Belmira'], 'Belmira'],
  ]
  for (const [text, places, want] of table) {
    it(`"${text}" → ${want ?? 'no place'}`, () => {
      const denial = run(text, places).find((e) => e.type === 'denial')
      assert.equal(denial?.place?.name ?? null, want)
    })
  }
})

describe('extract-events: a list closed by a serial comma', () => {
  it('joins no new clause: "missiles, drones, and advisers to Syria" still goes to whoever governs Syria', () => {
    const aid = run('Iran will be sending missiles, drones, and advisers to Syria.', [{ name: 'Syria', precision: 'country' }]).find((e) => e.type === 'military_aid')
    assert.deepEqual(aid?.actors, [{ actorId: 'iran', role: 'initiator' }, { actorId: 'syrian-government', role: 'beneficiary' }])
  })
  it('leaves a clause with a verb of its own a clause ("the army withdrew, and …")', () => {
    const events = run('On Friday, the army withdrew, and thousands fled towards Belmira.', ['Belmira'])
    assert.deepEqual(events.map((e) => e.type), ['deployment', 'displacement'])
  })
})

describe('extract-events: who did it to whom', () => {
  const roles = (e: EventAnnotation | undefined) => e?.actors.map((a) => `${a.actorId}:${a.role}`) ?? []
  // [text, places, type of the event checked, its actors]
  const table: [string, string[], string, string[]][] = [
    ['Belmira fell to the rebels on Friday.', ['Belmira'], 'territory_change', ['moc:initiator']],
    // the side whose positions or men were hit is the target; the men the act killed are that side's
    ['Turkish drones targeted a position of the SDF near Belmira.', ['Belmira'], 'strike', ['turkish-forces:initiator', 'sdf:target']],
    ['Artillery shelled gatherings of militants of the SDF near Belmira, killing nine fighters.', ['Belmira'], 'casualties', ['sdf:target']],
    // a party that opens the speaker's phrase speaks, not the one its apposition names; the fighters killed are the hit side's
    ['Turkey, the SNA\'s main backer, said its drones had struck SDF positions near Belmira, killing dozens of fighters.', ['Belmira'], 'casualties', ['turkey:initiator', 'sdf:target']],
    ['Army units, in cooperation with Russian jets, struck gatherings near Belmira.', ['Belmira'], 'strike', ['syrian-army:initiator', 'russian-forces:initiator']],
    ['The source said units of the army, in cooperation with Russian jets, struck gatherings near Belmira.', ['Belmira'], 'strike', ['syrian-army:initiator', 'russian-forces:initiator']],
    // whose rule was ended is its target, not its agent, nor the doer of the next act
    ['Rebels entered Belmira, ending decades of rule by the Assad family, after an offensive that swept through Tessen.', ['Belmira', 'Tessen'], 'other', ['moc:initiator', 'bashar-al-assad:target']],
    // a toll whose subject is an attack: its doer is named before the head noun or after "by"; the side hit after "on"
    ['An Israeli strike on Syrian army depots killed four soldiers near Belmira.', ['Belmira'], 'casualties', ['idf:initiator', 'syrian-army:target']],
    ['A Turkish drone strike on an SDF vehicle killed three fighters near Belmira.', ['Belmira'], 'casualties', ['turkish-forces:initiator', 'sdf:target']],
    ['An attack on an army checkpoint killed four soldiers near Belmira.', ['Belmira'], 'casualties', ['syrian-army:target']],
    // words of a speaker joined by "and" take no subject from the clause before it
    ['Hezbollah sent fighters to Belmira and Lebanese officials said the border crossing was closed.', ['Belmira'], 'other', []],
    // a toll told by a source after "and … said" counts no one of the clause before
    ['Russian jets struck Belmira on Tuesday and rescuers said at least nine people were killed.', ['Belmira'], 'casualties', []],
    // a post filled: whoever names benefits no one but the one named
    ['The rebels named Mohammed al-Bashir caretaker prime minister on Tuesday.', [], 'other', ['moc:initiator', 'mohammed-al-bashir:beneficiary']],
    ['Mohammed al-Bashir was appointed to head a transitional government.', [], 'other', ['mohammed-al-bashir:beneficiary']],
    // a name after a preposition closes the clause before; it is no part of the next verb's subject
    ['The army agreed to hand over Belmira to the SDF and rebels shelled Qorvath.', ['Belmira', 'Qorvath'], 'strike', ['moc:initiator']],
    // a partner named beside the doer acts with it
    ['Turkish drones, together with Russian jets, struck SDF positions near Belmira.', ['Belmira'], 'strike', ['turkish-forces:initiator', 'russian-forces:initiator', 'sdf:target']],
    // whom a place is lost to takes it
    ['The army lost Belmira to the rebels on Friday.', ['Belmira'], 'territory_change', ['moc:initiator', 'syrian-army:target']],
    // the sides of a battle after the noun's own verb; a place handed on "to" someone was not taken from them
    ['Clashes erupted between the SNA and the SDF near Qorvath.', ['Qorvath'], 'battle', ['sna:initiator', 'sdf:target']],
    // the positions, checkpoints and advance of a side named by its adjective are that side's
    ['Russian warplanes bombed rebel positions in Qorvath overnight.', ['Qorvath'], 'strike', ['russian-forces:initiator', 'moc:target']],
    ['Rebels attacked government positions near Qorvath.', ['Qorvath'], 'battle', ['moc:initiator', 'syrian-army:target']],
    ['A rebel advance reached Qorvath on Thursday.', ['Qorvath'], 'other', ['moc:initiator']],
    // (positions taken are where a side was hit, not the subject of the next verb)
    ['HTS fighters overran government positions near Qorvath, then launched an offensive against Belmira.', ['Qorvath', 'Belmira'], 'battle', ['hts:initiator']],
    // the agent after "by" acted against the subject of its clause
    ['The SDF and the US-led coalition repelled an attack by Islamic State fighters near Qorvath.', ['Qorvath'], 'battle', ['isis:initiator', 'sdf:target', 'us-coalition:target']],
    ['Rebel positions near Qorvath were shelled by government forces.', ['Qorvath'], 'strike', ['syrian-army:initiator', 'moc:target']],
    ['Residents said Qorvath was shelled by Russian jets.', ['Qorvath'], 'strike', ['russian-forces:initiator']],
    // civilians named as the subject of a passive toll are its victims
    ['Five civilians were killed by Russian airstrikes on Qorvath.', ['Qorvath'], 'casualties', ['russian-forces:initiator', 'civilians:target']],
    // whom a force is sent to stop is its target
    ['Hezbollah has deployed fighters to Qorvath overnight, aiming to stop the rebels from capturing the city.', ['Qorvath'], 'deployment', ['hezbollah:initiator', 'moc:target']],
    // a withdrawal told by another source gives the capture of its place its previous holder
    ['Rebels said on Tuesday that they had taken Qorvath, while a monitor confirmed Kurdish-led forces had withdrawn.', ['Qorvath'], 'territory_change', ['moc:initiator', 'sdf:target']],
    ['The SNA entered Qorvath when the army left, only to hand the eastern bank of the river to Kurdish-led forces this week.', ['Qorvath'], 'territory_change', ['sna:initiator', 'syrian-army:target']],
    ['Belmira slipped out of the Syrian government’s control on Saturday.', ['Belmira'], 'territory_change', ['syrian-government:target']],
    ['The SOHR said the Belmira road is under the control of armed opposition groups.', ['Belmira'], 'territory_change', ['moc:initiator']],
    ['HTS claimed control of Qorvath on Friday.', ['Qorvath'], 'territory_change', ['hts:initiator']],
    ['HTS rebels reported capturing Qorvath.', ['Qorvath'], 'territory_change', ['hts:initiator']],
    ['The SDF said it had taken Qorvath.', ['Qorvath'], 'territory_change', ['sdf:initiator']],
    ['Rebels opposed to Bashar al-Assad said they had reached the heart of Qorvath.', ['Qorvath'], 'territory_change', ['moc:initiator']],
    ['Syrian troops and Iraqi militias withdrew from Belmira.', ['Belmira'], 'territory_change', ['syrian-army:target', 'iraqi-militias:target']],
    ['The army says it has withdrawn from Belmira after insurgents broke through its defences.', ['Belmira'], 'territory_change', ['moc:initiator', 'syrian-army:target']],
    ['The Syrian military said it continued to confront the insurgents near Qorvath.', ['Qorvath'], 'battle', ['syrian-army:initiator', 'moc:target']],
    ['The SDF took Qorvath, shaking Bashar al-Assad’s hold on the east and sparking uprisings against his regime.', ['Qorvath'], 'other', ['bashar-al-assad:target']],
    ['Iran will send missiles and advisers to Syria.', ['Syria'], 'military_aid', ['iran:initiator', 'syrian-government:beneficiary']],
    ['The Syrian army said units stationed in Belmira had redeployed outside the town.', ['Belmira'], 'deployment', ['syrian-army:initiator']],
    ['"Troops fled Belmira after night attacks," Hassan Abdul Ghany said.', ['Belmira'], 'deployment', []],
    // The speaker's own forces act, past an adverb or a verb in quotation marks.
    ['The Israeli army said its jets had successfully struck arms depots near Belmira.', ['Belmira'], 'strike', ['idf:initiator']],
    ['The Turkish defence ministry said it had "struck" 12 positions in Belmira.', ['Belmira'], 'strike', ['turkey:initiator']],
    ['The town of Belmira was abandoned by government troops on Friday.', ['Belmira'], 'territory_change', ['syrian-army:target']],
    // Two triggers of one battle: the sides the second names
    ['Fighting moved to Belmira, where SNA factions attacked SDF positions on Monday.', ['Belmira'], 'battle', ['sna:initiator', 'sdf:target']],
    // A pronoun opening a speaker's words is the speaker, not an actor of the clause before it.
    ['Rebels stormed Qorvath, while the Syrian army said it had pulled its guns back to prepare a counter-attack.', ['Qorvath'], 'battle', ['syrian-army:initiator']],
    // the fighting that won a place was against the force that lost it
    ['The SNA captured Belmira from the SDF on Monday after days of clashes.', ['Belmira'], 'battle', ['sna:initiator', 'sdf:target']],
    // those driven out of a place held it
    ['The SDF took control of Belmira in 2016 after driving out the Islamic State group.', ['Belmira'], 'territory_change', ['sdf:initiator', 'isis:target']],
    // fighters killed by a strike are of the side it hit
    ['Turkish drones struck an SDF vehicle near Belmira on Saturday, killing two fighters.', ['Belmira'], 'casualties', ['turkish-forces:initiator', 'sdf:target']],
    // the sides after a short locative
    ['Fighting near the dam between SNA factions and the SDF continued on Monday in Belmira.', ['Belmira'], 'battle', ['sna:initiator', 'sdf:target']],
    // the party whose vehicle was hit; a state's boats
    ['Turkish drones struck an SDF vehicle near Belmira on Saturday.', ['Belmira'], 'strike', ['turkish-forces:initiator', 'sdf:target']],
    ['Israeli missile boats struck the port of Belmira overnight.', ['Belmira'], 'strike', ['idf:initiator']],
    // "his forces" are the person's side, not the group named last
    ['The blow to President Bashar al-Assad came days after rebels advanced and his forces lost Belmira.', ['Belmira'], 'territory_change', ['bashar-al-assad:target']],
    // whom arms are sent to stop is the aid's target, as for a deployment
    ['Moscow pledged new weapons deliveries to the Syrian army to help push back the insurgents.', [], 'military_aid', ['russia:initiator', 'syrian-army:beneficiary', 'moc:target']],
    // a crowd that is the subject of its own gathering is the protest's doer, not the party named earlier in the sentence
    ['Rebels took the town hall in Qorvath after hundreds of people gathered in a square.', ['Qorvath'], 'protest', ['civilians:initiator']],
    // (and civilians named after the capture never held the place)
    ['Rebels took the town hall in Qorvath after thousands of residents gathered in a square.', ['Qorvath'], 'territory_change', ['moc:initiator']],
    ['Protesters rallied in Qorvath against the government.', ['Qorvath'], 'protest', ['civilians:initiator', 'syrian-government:target']],
    // whom a protest demands be gone is its target
    ['Hundreds of people gathered in Qorvath demanding the ouster of President Bashar al-Assad.', ['Qorvath'], 'protest', ['civilians:initiator', 'bashar-al-assad:target']],
    ['Thousands protested in Qorvath, calling for the fall of the regime.', ['Qorvath'], 'protest', ['civilians:initiator', 'syrian-government:target']],
    // whose rule ended, or who was toppled, is the target
    ['The minister spoke after a rebel advance ended President Bashar al-Assad’s rule.', [], 'other', ['moc:initiator', 'bashar-al-assad:target']],
    ['Rebels toppled President Bashar al-Assad on Sunday.', [], 'other', ['moc:initiator', 'bashar-al-assad:target']],
    ['Bashar al-Assad has been overthrown, the rebel command said.', [], 'other', ['bashar-al-assad:target']],
    ['President Bashar al-Assad was ousted by the rebels on Sunday.', [], 'other', ['moc:initiator', 'bashar-al-assad:target']],
    // who held a place, told in its own description, lost it (or was attacked there)
    ['The SDF has seized Qorvath, which serves as the regime’s main bastion on the river, sources said.', ['Qorvath'], 'territory_change', ['sdf:initiator', 'syrian-government:target']],
    ['The SNA captured Qorvath, a town long held by the SDF, on Monday.', ['Qorvath'], 'territory_change', ['sna:initiator', 'sdf:target']],
    ['Rebels captured government-held Qorvath on Monday.', ['Qorvath'], 'territory_change', ['moc:initiator', 'syrian-government:target']],
    ['Government forces shelled rebel-held Qorvath overnight.', ['Qorvath'], 'strike', ['syrian-army:initiator', 'moc:target']],
    ['Turkish drones struck Qorvath, an SDF stronghold, on Sunday.', ['Qorvath'], 'strike', ['turkish-forces:initiator', 'sdf:target']],
    ['Rebels launched an attack on villages near Qorvath, which is held by government forces.', ['Qorvath'], 'battle', ['moc:initiator', 'syrian-army:target']],
    // (a holder named in another act of the sentence held that other place)
    ['Rebels captured Qorvath after Russian jets struck the SDF-held town of Belmira.', ['Qorvath', 'Belmira'], 'territory_change', ['moc:initiator']],
    // a bare word for troops opening a state force's words is its own men, not the side its denial named
    ['The Syrian army denied that rebels had entered Qorvath, saying units were fighting on the outskirts of the town.', ['Qorvath'], 'battle', ['syrian-army:initiator']],
    // "their" areas a side advances on are another side's: the one named first, not the doer's partner
    ['Syrian troops pulled out of Belmira and Kurdish forces are advancing towards their areas.', ['Belmira'], 'other', ['sdf:initiator', 'syrian-army:target']],
    ['The army withdrew, and rebels and Turkish-backed factions advanced on their lines near Qorvath.', ['Qorvath'], 'other', ['moc:initiator', 'sna:initiator', 'syrian-army:target']],
    ['Kurdish forces are advancing towards their positions near Qorvath.', ['Qorvath'], 'other', ['sdf:initiator']],
    // what a participle after the struck place hit was the target's (not a party of the next clause)
    ['Israel struck Qorvath, hitting a Hezbollah depot.', ['Qorvath'], 'strike', ['israel:initiator', 'hezbollah:target']],
    ['Israel struck Qorvath, hitting the town’s market, while Hezbollah fired rockets.', ['Qorvath'], 'strike', ['israel:initiator']],
    // a passive capture or expulsion: the agent after "by" took the place, the subject lost it ("forces" there is no verb)
    ['Government troops were driven out of Qorvath by the rebels.', ['Qorvath'], 'territory_change', ['moc:initiator', 'syrian-army:target']],
    ['Syrian government forces were pushed out of Qorvath by the rebels.', ['Qorvath'], 'territory_change', ['moc:initiator', 'syrian-army:target']],
    ['Government forces were driven out of Qorvath on Friday.', ['Qorvath'], 'territory_change', ['syrian-army:target']],
    ['Army positions in Qorvath were overrun by HTS fighters on Friday.', ['Qorvath'], 'territory_change', ['hts:initiator', 'syrian-army:target']],
    // a force that pulled back to no named place left the place another side took in the same sentence
    ['Rebels said they had taken Qorvath, while a monitor said government troops had pulled back to nearby villages.', ['Qorvath'], 'territory_change', ['moc:initiator', 'syrian-army:target']],
    // (and in an armed group's words, soldiers are the other side's: no one named)
    ['The rebels said they had reached Qorvath, saying soldiers were fleeing the airport.', ['Qorvath'], 'deployment', []],
  ]
  for (const [text, places, type, want] of table) {
    it(`"${text}" → ${type} ${want.join(' ')}`, () => {
      const all = run(text, places.map((p) => (p === 'Syria' ? { name: p, precision: 'country' as const } : p)))
      assert.deepEqual(roles(all.find((e) => e.type === type)), want)
    })
  }
  it('gives a generic word for the rebels to the group that holds the province ("local opposition fighters" in Daraa)', () => {
    const sides = (text: string, publishedAt: string) => run(text, [{ name: 'Qorvath', admin1: 'Daraa' }, { name: 'Belmira', admin1: 'Hama' }], publishedAt)
      .filter((e) => e.type === 'territory_change').map((e) => `${e.place?.name} ${roles(e).join(' ')}`)
    assert.deepEqual(sides('Local opposition fighters seized Qorvath on Saturday, while rebels entered Belmira.', '2024-12-07'),
      ['Qorvath southern-operations-room:initiator', 'Belmira moc:initiator'])
    // (a name is no generic word; before the group's day the alliance keeps it)
    assert.deepEqual(sides('HTS fighters seized Qorvath on Saturday.', '2024-12-07'), ['Qorvath hts:initiator'])
    assert.deepEqual(sides('Rebels seized Qorvath on Monday.', '2024-12-02'), ['Qorvath moc:initiator'])
  })
  it('takes a withdrawing subject from its speaker\'s clause, not the clause before ("…took X, and the SDF said it would withdraw")', () => {
    const events = run('Turkish-backed factions of the SNA stormed Belmira on Monday, and the SDF said on Wednesday that it had agreed to withdraw its fighters from the town.', ['Belmira'])
    const withdrawal = events.find((e) => e.type === 'territory_change' && e.by.endsWith(':withdraw'))
    assert.deepEqual(roles(withdrawal), ['sdf:target'])
  })
  it('counts a capture just reported when a sentence says "the third city to fall"', () => {
    const events = run('The SDF seized Qorvath on Friday. This marks the third major city to fall from Assad’s control within a week, following Belmira.', ['Qorvath', 'Belmira'])
    const counted = events.filter((e) => e.type === 'territory_change' && e.span.start > 30)
    assert.deepEqual(counted.map((e) => `${e.place?.name} ${roles(e).join(' ')}`), ['Qorvath sdf:initiator bashar-al-assad:target', 'Belmira bashar-al-assad:target'])
  })
})

describe('extract-events: claims and open questions', () => {
  const table: [string, string[]][] = [
    ['Rebels captured Qorvath, according to the rebels.', ['territory_change/claimed@Qorvath']],
    ['The insurgents said on Telegram that they had seized Qorvath.', ['territory_change/claimed@Qorvath']],
    ['Qorvath is now in rebel hands, the opposition said.', ['territory_change/claimed@Qorvath']],
    ['"Qorvath is ours again," a rebel fighter told reporters.', ['territory_change/claimed@Qorvath']],
    ['The Syrian army did not say whether it had withdrawn from Qorvath.', []],
    ['Rebels said they had seized Qorvath, the Syrian Observatory for Human Rights said.', ['territory_change/claimed@Qorvath']],
  ]
  for (const [text, want] of table) {
    it(`"${text}" → ${want.join(', ') || 'no event'}`, () => {
      assert.deepEqual(run(text, ['Qorvath']).filter((e) => e.type !== 'statement').map(brief), want)
    })
  }
  it('makes a party\'s account of an armed opponent\'s activity a claimed statement against it', () => {
    const [e] = run('“There has been a rise in the movement of Islamic State militants around Qorvath,” Mazloum Abdi told reporters.', ['Qorvath'])
    assert.equal(`${e?.type}/${e?.modality}`, 'statement/claimed')
    assert.deepEqual(e?.actors, [{ actorId: 'mazloum-abdi', role: 'initiator' }, { actorId: 'isis', role: 'target' }])
  })
  it('keeps a party\'s statement of intent planned and a view asserted', () => {
    assert.equal(run('Hassan Abdul Ghany said the group aims to rebuild the country.', [])[0]?.modality, 'planned')
    assert.equal(run('Hassan Abdul Ghany said the fighters would treat prisoners well.', [])[0]?.modality, 'asserted')
  })
})

describe('extract-events: Arabic (the minimal path)', () => {
  // Invented sentences; places are invented names (قرفاث = Qorvath, بلميرا = Belmira).
  const ar = (text: string) => {
    const doc = extract(text, ['قرفاث', 'بلميرا'], '2024-12-06')
    return eventsOf(doc).map((e) => `${brief(e)} [${e.actors.map((a) => `${a.actorId}:${a.role}`).join(' ')}]${e.dateText ? ` ${e.date}` : ''}`)
  }
  const table: [string, string[]][] = [
    // "The opposition factions took control of Qorvath on Thursday evening."
    ['سيطرت فصائل المعارضة على قرفاث مساء الخميس.', ['territory_change/asserted@قرفاث [moc:initiator] 2024-12-05']],
    // "Government forces withdrew from Belmira."
    ['انسحبت القوات الحكومية من بلميرا.', ['territory_change/asserted@بلميرا [syrian-army:target]']],
    // "The Syrian army announced that its units redeployed outside Qorvath."
    // redeployed outside a named town: a withdrawal from it (the eval's annotation rules), the army as target
    ['أعلن الجيش السوري أن وحداته أعادت انتشارها خارج قرفاث.', ['territory_change/claimed@قرفاث [syrian-army:target]']],
    // "Violent clashes broke out between the Syrian army and the factions in Belmira"
    ['اندلعت اشتباكات عنيفة بين الجيش السوري والفصائل في بلميرا.', ['battle/asserted@بلميرا [syrian-army:initiator moc:target]']],
    // "The Syrian army repelled a wide attack launched by Hayat Tahrir al-Sham on Qorvath": the side that launched the
    // attack made it, the one that repelled it was its target
    ['صد الجيش السوري هجوما واسعا شنته هيئة تحرير الشام على قرفاث.', ['battle/asserted@قرفاث [hts:initiator syrian-army:target]']],
    // "Qorvath carries the memory of the year 1982, when forces stormed the city": history
    ['تحمل قرفاث ذاكرة عام 1982 حين اقتحمت القوات المدينة.', ['territory_change/background@قرفاث [] 1982-01-01']],
    // "The factions did not enter Belmira."
    ['لم تدخل الفصائل بلميرا.', []],
    // "Thousands of civilians crossed into Belmira on Thursday": "عبر" before its subject is a verb, not "via"; those who
    // flee are the displacement's target, as in English
    ['عبر آلاف المدنيين إلى بلميرا يوم الخميس.', ['displacement/asserted@بلميرا [civilians:target] 2024-12-05']],
    // "Dozens of civilians in Belmira expressed their anger": "عبر … عن" is to express
    ['عبر عشرات المدنيين في بلميرا عن غضبهم.', []],
    // "Hundreds demonstrated in Qorvath on Thursday evening": the verb, not only the noun "مظاهرات"
    ['تظاهر المئات في قرفاث مساء الخميس.', ['protest/asserted@قرفاث [] 2024-12-05']],
    // "A soldier in Belmira pretended to be dead": "تظاهر بـ" is to pretend
    ['جندي في بلميرا تظاهر بالموت ساعات.', []],
    // Rules first found wrong on an audit of new Arabic reports (own wording, late 2024 styles):
    // "Israeli forces occupied Qorvath in 1967"; "the regime's forces retook Belmira in 2016": history
    ['احتلت القوات الإسرائيلية قرفاث عام 1967.', ['territory_change/background@قرفاث [idf:initiator] 1967-01-01']],
    ['استعادت قوات النظام بلميرا عام 2016.', ['territory_change/background@بلميرا [syrian-army:initiator] 2016-01-01']],
    // "Russian aircraft struck Qorvath for the first time since 2016": a year after "since" is no history
    ['قصفت طائرات روسية قرفاث للمرة الأولى منذ عام 2016.', ['strike/asserted@قرفاث [russian-forces:initiator]']],
    // … but a toll "since 2011" sums up years: history
    ['قتل أكثر من ألف شخص في قرفاث منذ عام 2011.', ['casualties/background@قرفاث [] 2011-01-01']],
    // "Belmira carries the memory of 1982, when forces stormed the city": "، حين" ties the clause to the year
    ['تحمل بلميرا ذاكرة عام 1982، حين اقتحمت القوات المدينة.', ['territory_change/background@بلميرا [] 1982-01-01']],
    // "The factions entered Qorvath amid the withdrawal of the regime's forces toward Belmira": where they went is not
    // the place that changed hands
    ['دخلت الفصائل قرفاث وسط انسحاب قوات النظام باتجاه بلميرا.', ['territory_change/asserted@قرفاث [moc:initiator syrian-army:target]']],
    // "Families fled Qorvath toward Belmira after the factions took the town": the town is not where they headed
    ['فرت العائلات من قرفاث باتجاه بلميرا بعد سيطرة الفصائل على البلدة.', ['displacement/asserted@قرفاث []', 'territory_change/asserted@قرفاث [moc:initiator]']],
    // "The factions advance toward Qorvath"; "intend to head toward Belmira": an advance
    ['تتقدم الفصائل نحو قرفاث.', ['other/asserted@قرفاث [moc:initiator]']],
    ['تعتزم الفصائل التوجه نحو بلميرا.', ['other/planned@بلميرا [moc:initiator]']],
    // "The factions announced their entry into Qorvath": a verbal noun with its pronoun
    ['أعلنت الفصائل دخولها قرفاث.', ['territory_change/claimed@قرفاث [moc:initiator]']],
    // "… announced its control of Belmira": the party backed by Turkey took it, not Turkey
    ['أعلنت فصائل الجيش الوطني السوري المدعومة من تركيا سيطرتها على بلميرا.', ['territory_change/claimed@بلميرا [sna:initiator]']],
    // "Families fled Qorvath after the SNA's takeover of Belmira": "سيطرة" without the article
    ['فرت العائلات من قرفاث بعد سيطرة الجيش الوطني السوري على بلميرا.', ['displacement/asserted@قرفاث []', 'territory_change/asserted@بلميرا [sna:initiator]']],
    // "The Jordanian authorities announced the closure of the Qorvath crossing": an authority's own measure is asserted
    ['أعلنت السلطات الأردنية إغلاق معبر قرفاث.', ['other/asserted@قرفاث [jordan:initiator]']],
    ['أعلنت السلطات اللبنانية فتح معبر بلميرا أمام العائدين.', ['other/asserted@بلميرا [lebanon:initiator]']],
    // "Forces opened fire on the Qorvath airport" is no opening of an airport
    ['فتحت القوات النار على مطار قرفاث.', []],
    // "Thousands gathered in a square of Qorvath"; "the disengagement agreement" is no fighting
    ['احتشد الآلاف في ساحة في قرفاث.', ['protest/asserted@قرفاث []']],
    ['تجمع المئات أمام مبنى البلدية في بلميرا.', ['protest/asserted@بلميرا []']],
    // "Turkish forces massed on the border near Qorvath": troops massing is no protest
    ['احتشدت القوات التركية على الحدود قرب قرفاث.', []],
    ['خرقت القوات اتفاق فض الاشتباك قرب بلميرا.', []],
    // "A correspondent reported the killing of 7 soldiers in Qorvath": a verbal noun with "ب" after a reporting verb …
    ['أفاد مراسل محلي بمقتل 7 جنود في قرفاث.', ['casualties/asserted@قرفاث []']],
    // … and nowhere else: "the authorities allowed aid to enter Belmira" is no capture
    ['سمحت السلطات بدخول المساعدات إلى بلميرا.', []],
    // "Families fled Qorvath for fear the circle of fighting would widen": the feared fighting is two words on
    ['نزحت عائلات من قرفاث خشية اتساع رقعة المعارك.', ['displacement/asserted@قرفاث []']],
    // "Strikes on sites in Qorvath, its countryside and Belmira": the countryside does not break the list
    ['شنت طائرات حربية روسية غارات على مواقع في قرفاث وريفها وبلميرا.', ['strike/asserted@قرفاث [russian-forces:initiator]', 'strike/asserted@بلميرا [russian-forces:initiator]']],
    // "an air attack on Qorvath" is a strike; "destroyed two armoured vehicles" (a dual) is no damage to infrastructure
    ['شنت القوات هجوماً جوياً على قرفاث.', ['strike/asserted@قرفاث []']],
    ['دمر المقاتلون عربتين مدرعتين قرب بلميرا.', []],
    // "rescuers recovered the bodies of five civilians in Qorvath"
    ['انتشلت فرق الإنقاذ جثث خمسة مدنيين في قرفاث.', ['casualties/asserted@قرفاث []']],
    // "the residents of Qorvath demanded the forces leave"; "a university student in Belmira" is no demand
    ['طالب أهالي قرفاث بخروج القوات.', ['call_to_action/asserted@قرفاث []']],
    ['يدرس طالب جامعي في بلميرا.', []],
    // "residents called for a stop to the shelling of Qorvath": what is to be stopped has not been reported
    ['دعا الأهالي إلى وقف قصف قرفاث.', ['call_to_action/asserted@قرفاث [civilians:initiator]']],
    // "The ministry announced its aircraft eliminated more than 40 gunmen near Belmira"
    ['أعلنت وزارة الدفاع الروسية أن طائراتها قضت على أكثر من 40 مسلحاً قرب بلميرا.', ['casualties/claimed@بلميرا [russian-forces:initiator]']],
    // "Media reported the arrival of military cargo planes at a base near Qorvath"
    ['أفادت وسائل إعلام بوصول طائرات شحن عسكرية إلى قاعدة قرب قرفاث.', ['deployment/asserted@قرفاث []']],
    // "Hundreds came out in a mass demonstration in Belmira"
    ['خرج المئات بمظاهرة حاشدة في بلميرا.', ['protest/asserted@بلميرا []']],
    // "The source did not confirm the reports that spoke of the gunmen entering Qorvath": unconfirmed, no event
    ['ولم يؤكد المصدر الأنباء التي تحدثت عن دخول المسلحين إلى قرفاث.', []],
    // "The factions took Qorvath after the regime's forces withdrew from it, while clashes went on near Belmira": the
    // withdrawal "from it" is from Qorvath, and what follows "while" is another clause
    ['سيطرت الفصائل على قرفاث بعد انسحاب قوات النظام منها، في حين استمرت الاشتباكات قرب بلميرا.',
      ['territory_change/asserted@قرفاث [moc:initiator syrian-army:target]', 'battle/asserted@بلميرا []']],
    // "… took Qorvath east of Belmira after the regime's forces withdrew from it": the town the direction locates
    ['سيطرت الفصائل على قرفاث شرقي بلميرا بعد انسحاب قوات النظام منها.', ['territory_change/asserted@قرفاث [moc:initiator syrian-army:target]']],
    // "Unknown drones struck positions of the SDF in Qorvath, killing three": the owner of the positions is no attacker
    ['قصفت طائرات مسيرة مجهولة مواقع لقسد في قرفاث، ما أدى إلى مقتل ثلاثة عناصر.', ['strike/asserted@قرفاث []', 'casualties/asserted@قرفاث []']],
    // … but the army's reinforcements are its own
    ['وصلت تعزيزات للجيش السوري إلى بلميرا.', ['deployment/asserted@بلميرا [syrian-army:initiator]']],
    // "Thousands of families are expected to flee Qorvath if fighting breaks out there": the present tense of "flee"
    ['ومن المتوقع أن تفر آلاف العائلات من قرفاث إذا اندلعت المعارك فيها.', ['displacement/projected@قرفاث []', 'battle/hypothetical@قرفاث []']],
    // "Russian convoys arrived at a base near Qorvath"; "… put the hospital of Belmira out of service"
    ['وصلت قوافل عسكرية إلى قاعدة قرب قرفاث.', ['deployment/asserted@قرفاث []']],
    ['أدت الغارة إلى خروج مستشفى بلميرا عن الخدمة.', ['infrastructure_damage/asserted@بلميرا []']],
  ]
  for (const [text, want] of table) {
    it(`${text} → ${want.join(', ') || 'no event'}`, () => assert.deepEqual(ar(text), want))
  }
  it('takes the object of "سيطر على" as what changed hands, not the area its subject is from', () => {
    // Real names: the rule needs the index's reading of "ريف درعا" (an area) and of a crossing's Arabic name.
    const real = (text: string) => {
      const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-07' } }, defaultContext())
      return eventsOf(doc).map((e) => `${e.type}@${e.place?.name}`)
    }
    // "Local factions in the Daraa countryside took control of the town of Tafas on Friday evening."
    assert.deepEqual(real('سيطرت فصائل محلية في ريف درعا مساء الجمعة على بلدة طفس.'), ['territory_change@Ţafas'])
    // "The factions took control of the western Daraa countryside": an area that is itself the object stays the place.
    assert.deepEqual(real('سيطرت الفصائل على ريف درعا الغربي.'), ['territory_change@Dar‘ā'])
    // "… took the Nasib border crossing with Jordan after government forces withdrew from it": one change, at the crossing.
    assert.deepEqual(real('سيطرت فصائل محلية على معبر نصيب الحدودي مع الأردن بعد انسحاب قوات النظام منه.'), ['territory_change@Nasib border crossing'])
    // "… took the town of Tafas in the western Daraa countryside after violent clashes": the clashes were at the town
    // the area locates, not across the area
    assert.deepEqual(real('سيطرت الفصائل على بلدة طفس بريف درعا الغربي بعد اشتباكات عنيفة.'), ['territory_change@Ţafas', 'battle@Ţafas'])
  })
  it('reads figures and the source: "according to" after the event, linked to the lexicon', () => {
    // "At least 9 civilians were killed in shelling on Qorvath, according to the Syrian Observatory."
    const doc = extract('قتل 9 مدنيين على الأقل في قصف على قرفاث، بحسب المرصد السوري لحقوق الإنسان.', ['قرفاث'], '2024-12-06')
    const e = eventsOf(doc).find((x) => x.type === 'casualties')
    assert.deepEqual(e?.quantities, { killed: 9, killed_low: 9 })
    assert.equal(e?.attribution, 'Syrian Observatory for Human Rights')
    assert.equal(e?.modality, 'asserted')
  })
  it('keeps a source outside the lexicon as written, and a party\'s word as a claim', () => {
    // "The factions took control of Belmira, according to local sources."
    assert.deepEqual(eventsOf(extract('سيطرت الفصائل على بلميرا، وفق مصادر محلية.', ['بلميرا'], '2024-12-06')).map((e) => [e.type, e.attribution]),
      [['territory_change', 'مصادر محلية']])
    // "Qorvath fell to the factions, as the Military Operations Command announced."
    const claimed = eventsOf(extract('سيطرت الفصائل على قرفاث، وفق ما أعلنت إدارة العمليات العسكرية.', ['قرفاث'], '2024-12-06'))
    assert.deepEqual(claimed.map((e) => `${e.type}/${e.modality}`), ['territory_change/claimed'])
  })
  it('ends a source phrase at the measure it announces', () => {
    // "The General Directorate of Customs announced the closure of the Qorvath crossing"
    const doc = extract('أعلنت المديرية العامة للجمارك إغلاق معبر قرفاث.', ['قرفاث'], '2024-12-06')
    assert.deepEqual(eventsOf(doc).map((e) => e.attribution), ['المديرية العامة للجمارك'])
  })
  it('does not place a statement in the countries that make it, nor make a state\'s forces protest', () => {
    const country = (name: string) => ({ name, precision: 'country' as const })
    const placed = (text: string) => eventsOf(extract(text, [country('السعودية'), country('قطر'), country('مصر'), 'قرفاث'], '2024-12-06'))
      .map((e) => `${e.type}@${e.place?.name ?? '-'} [${e.actors.map((a) => a.actorId).join(' ')}]`)
    // "Saudi Arabia and Qatar condemned the incursion into Qorvath"; "Egypt said the situation in Qorvath is grave"
    assert.deepEqual(placed('أدانت السعودية وقطر التوغل في قرفاث.'), ['statement@قرفاث []'])
    assert.deepEqual(placed('قالت مصر إن الوضع في قرفاث خطير جدا.'), ['statement@قرفاث []'])
    // … also when the first speaker is a word the index does not hold as a country ("Zelmaria and Egypt condemned")
    assert.deepEqual(placed('أدانت زلماريا ومصر التوغل.'), ['statement@- []'])
    // "After the Syrian army withdrew, demonstrations went out in Qorvath": the army is no protester
    assert.deepEqual(placed('بعد انسحاب الجيش السوري خرجت مظاهرات في قرفاث.'), ['territory_change@قرفاث [syrian-army]', 'protest@قرفاث []'])
  })
  it('takes the places named after "بينها" (among them) over the area that locates them; "المدينة" refers back to a town', () => {
    const doc = extract('سيطرت قسد على قرى على ضفاف النهر، بينها قرفاث وبلميرا.', [{ name: 'النهر', precision: 'region' }, 'قرفاث', 'بلميرا'], '2024-12-06')
    assert.deepEqual(eventsOf(doc).map((e) => e.place?.name), ['قرفاث', 'بلميرا'])
    // "The factions entered Qorvath. Then strikes hit the river area. The army withdrew from the city." → Qorvath
    const back = extract('دخلت الفصائل قرفاث مساء الخميس. وقصفت طائرات روسية ضفاف النهر. وانسحب الجيش السوري من المدينة.', ['قرفاث', { name: 'النهر', precision: 'region' }], '2024-12-06')
    assert.deepEqual(eventsOf(back).map((e) => `${e.type}@${e.place?.name}`), ['territory_change@قرفاث', 'strike@النهر', 'territory_change@قرفاث'])
  })
  it('does not lend a source to what follows "في حين" (whereas); "المنطقة العازلة" names a zone, not the town before', () => {
    // "Local sources said the army withdrew from Qorvath, whereas the Syrian ministry of defence denied it": the denier
    // is its own denial's source, not the local sources
    const doc = extract('قالت مصادر محلية إن الجيش السوري انسحب من قرفاث، في حين نفت وزارة الدفاع السورية ذلك.', ['قرفاث'], '2024-12-06')
    assert.deepEqual(eventsOf(doc).map((e) => `${e.type} ${e.attribution}`), ['territory_change مصادر محلية', 'denial Syrian Arab Army'])
    const zone = extract('دخلت الفصائل قرفاث. ودعت الأمم المتحدة إلى احترام المنطقة العازلة.', ['قرفاث'], '2024-12-06')
    assert.deepEqual(eventsOf(zone).map((e) => `${e.type}@${e.place?.name ?? '-'}`), ['territory_change@قرفاث', 'call_to_action@-'])
  })
  it('names a denier by the first words of an actor named before ("القيادة العامة"); a threat is a statement', () => {
    // "The General Command of the Syrian army announced Qorvath is safe. The General Command denied what pages
    // circulated about the army's withdrawal from Belmira."
    const doc = extract('أعلنت القيادة العامة للجيش السوري أن قرفاث آمنة. ونفت القيادة العامة ما تناقلته صفحات عن انسحاب الجيش من بلميرا.', ['قرفاث', 'بلميرا'], '2024-12-06')
    assert.deepEqual(eventsOf(doc).filter((e) => e.type === 'denial').map((e) => e.actors), [[{ actorId: 'syrian-army', role: 'initiator' }]])
    // "Turkey threatened to launch an operation against the SDF in Qorvath"
    assert.deepEqual(ar('هددت تركيا بشن عملية عسكرية ضد قسد في قرفاث.'), ['statement/asserted@قرفاث [turkey:initiator sdf:target]'])
  })
  it('links a source named short to the full name used before ("المرصد" after "المرصد السوري …")', () => {
    const doc = extract('قال المرصد السوري لحقوق الإنسان إن الفصائل دخلت قرفاث. وبحسب المرصد، قتل 4 أشخاص في قرفاث.', ['قرفاث'], '2024-12-06')
    assert.equal(eventsOf(doc).find((x) => x.type === 'casualties')?.attribution, 'Syrian Observatory for Human Rights')
  })
  it('makes a speaker whose words report no event a statement; a monitor\'s words are not one', () => {
    // "The Turkish foreign minister Hakan Fidan said his country is not party to the fighting."
    assert.deepEqual(eventsOf(extract('قال وزير الخارجية التركي هاكان فيدان إن بلاده ليست طرفاً في القتال.', [], '2024-12-06'))
      .map((e) => [e.type, e.actors.map((a) => a.actorId).join(), e.attribution]), [['statement', 'hakan-fidan', 'Hakan Fidan']])
    assert.deepEqual(eventsOf(extract('قال المرصد السوري لحقوق الإنسان إن الوضع هادئ في المدينة.', [], '2024-12-06')), [])
  })
  it('reads a definite noun after a preposition as the fighting already reported, not a new battle', () => {
    // "4 people were killed in the fighting in Qorvath": casualties only
    assert.deepEqual(eventsOf(extract('قتل 4 أشخاص في المعارك في قرفاث.', ['قرفاث'], '2024-12-06')).map((e) => e.type), ['casualties'])
  })
  it('makes one capture per place of an Arabic list ("قرفاث وبلميرا")', () => {
    assert.deepEqual(ar('سيطرت الفصائل على قرفاث وبلميرا.'), ['territory_change/asserted@قرفاث [moc:initiator]', 'territory_change/asserted@بلميرا [moc:initiator]'])
  })
  it('does not take a backer named after "المدعومة من" (backed by) for the place of the event', () => {
    // "Factions backed by Belmira attacked positions in Qorvath"
    assert.deepEqual(ar('هاجمت فصائل مسلحة المدعومة من بلميرا مواقع في قرفاث.'), ['battle/asserted@قرفاث []'])
  })
  const more: [string, string[]][] = [
    // "Israeli forces pushed into villages near Qorvath": an incursion changes hands
    ['توغلت القوات الإسرائيلية في قرى قرب قرفاث.', ['territory_change/asserted@قرفاث [idf:initiator]']],
    // "Bulldozers razed farmland near Belmira"
    ['جرفت جرافات الجيش الإسرائيلي أراضي زراعية قرب بلميرا.', ['infrastructure_damage/asserted@بلميرا [idf:initiator]']],
    // "Turkish drones targeted villages around Qorvath"
    ['استهدفت المسيرات التركية قرى في محيط قرفاث.', ['strike/asserted@قرفاث [turkish-forces:initiator]']],
    // "The authorities closed the Qorvath crossing"
    ['أغلقت السلطات العراقية معبر قرفاث الحدودي.', ['other/asserted@قرفاث [iraq:initiator]']],
    // "Dozens of families fled Belmira toward Qorvath" (feminine verb; where they fled from is the place)
    ['نزحت عشرات العائلات من بلميرا باتجاه قرفاث.', ['displacement/asserted@بلميرا []']],
    // "A vigil against the incursion in Qorvath" (an adjective of protest)
    ['نظم الأهالي وقفة احتجاجية في قرفاث.', ['protest/asserted@قرفاث [civilians:initiator]']],
    // "The army repelled at dawn an attack on Belmira" ("ل" after "repelled")
    ['تصدى الجيش السوري فجر اليوم لهجوم على بلميرا.', ['battle/asserted@بلميرا [syrian-army:initiator]']],
    // "… for fear the fighting would reach Qorvath": feared, not reported
    ['غادرت العائلات خشية وصول المعارك إلى قرفاث.', []],
    // "The clashes left 5 dead": the fighting already reported
    ['وأسفرت الاشتباكات عن مقتل 5 عناصر.', ['casualties/asserted []']],
    // "Destroying three tanks" is part of a battle, not damage to infrastructure: what the army announced is a statement
    ['أعلن الجيش السوري تدمير ثلاث دبابات قرب قرفاث.', ['statement/asserted@قرفاث [syrian-army:initiator]']],
    // "The Military Operations Command announced the start of the second phase of its battle": the speaker is the name
    // the phrase opens with, what follows is what it said
    ['أعلنت إدارة العمليات العسكرية بدء المرحلة الثانية من معركتها.', ['statement/asserted [moc:initiator]']],
    // "The battle named «…»": an operation's name
    ['تواصل الفصائل معركة «فجر قرفاث» منذ أيام.', []],
    // "the flight of Bashar al-Assad": one person leaving is no displacement; announcing it is a statement
    ['أعلنت الفصائل فرار بشار الأسد.', ['statement/asserted [moc:initiator]']],
    // Harakat on a trigger: "قُتل" is "قتل"
    ['قُتل 3 مدنيين في قرفاث.', ['casualties/asserted@قرفاث []']],
    // "Hundreds of Syrians arrived in Qorvath" and "families crossed to Belmira": people on the move
    ['وصل مئات السوريين إلى قرفاث.', ['displacement/asserted@قرفاث []']],
    ['قالت مصادر محلية إن عشرات العائلات عبروا إلى بلميرا.', ['displacement/asserted@بلميرا []']],
    // "The agency quoted Turkish military sources that drones targeted positions in Qorvath": the one quoted is the
    // source, and a side's military sources make it a claim; security sources stay neutral
    ['نقلت وكالة الأنباء عن مصادر عسكرية أن طائرات مسيرة استهدفت مواقع في قرفاث.', ['strike/claimed@قرفاث []']],
    ['وقالت مصادر أمنية إن طائرات مسيرة استهدفت مواقع في قرفاث.', ['strike/asserted@قرفاث []']],
    // "25 thousand refugees returned to Qorvath": refugees coming back (the singular after a thousand)
    ['قالت مصادر محلية إن 25 ألف لاجئ عادوا إلى قرفاث.', ['displacement/asserted@قرفاث []']],
    // "The clashes led to the killing of 12 of the army's soldiers": the side counted after the noun is the dead
    ['وأسفرت الاشتباكات في قرفاث عن مقتل 12 من جنود الجيش السوري.', ['casualties/asserted@قرفاث [syrian-army:target]']],
    // "The ministry denied that its forces targeted civilians in Qorvath": the denial is the event, the strike it
    // denies is none (as in English)
    ['نفت وزارة الدفاع التركية أن تكون قواتها قد استهدفت مدنيين في قرفاث.', ['denial/asserted@قرفاث [turkish-forces:initiator]']],
    // The object of a denial ("denied its withdrawal from Belmira"; "denied what pages circulated about the entry of
    // the factions into Qorvath") is no event either
    ['نفت قوات سوريا الديمقراطية انسحابها من بلميرا.', ['denial/asserted@بلميرا [sdf:initiator]']],
    ['نفى الجيش السوري ما تناقلته صفحات موالية عن دخول الفصائل إلى قرفاث.', ['denial/asserted@قرفاث [syrian-army:initiator]']],
    // "the city of Qorvath and the town of Belmira": one strike per place of an Arabic list with place words
    ['شنت طائرات حربية روسية غارات على مدينة قرفاث وبلدة بلميرا.', ['strike/asserted@قرفاث [russian-forces:initiator]', 'strike/asserted@بلميرا [russian-forces:initiator]']],
  ]
  for (const [text, want] of more) {
    it(`${text} → ${want.join(', ') || 'no event'}`, () => assert.deepEqual(ar(text).map((e) => e.replace(/ 2024-\d\d-\d\d$/, '')), want))
  }
  // Dates come from the date stage (../find-dates/arabic.ts); the report is dated Friday 2024-12-06.
  const dated = (text: string) => eventsOf(extract(text, ['قرفاث', 'بلميرا'], '2024-12-06')).map((e) => `${e.type} ${e.date}${e.dateEnd ? `…${e.dateEnd}` : ''} «${e.dateText ?? ''}»`)
  const datedTable: [string, string[]][] = [
    // "The factions took control of Qorvath on 3 December" (Levantine month, Arabic-Indic digits)
    ['سيطرت الفصائل على قرفاث في ٣ كانون الأول.', ['territory_change 2024-12-03 «٣ كانون الأول»']],
    // "Russian aircraft struck Belmira on Sunday 1 December/December"
    ['قصفت طائرات روسية بلميرا يوم الأحد 1 كانون الأول/ديسمبر.', ['strike 2024-12-01 «الأحد 1 كانون الأول/ديسمبر»']],
    // "Thousands fled Belmira between 27 November and 2 December"
    ['نزح الآلاف من بلميرا بين 27 نوفمبر و2 ديسمبر.', ['displacement 2024-11-27…2024-12-02 «27 نوفمبر و2 ديسمبر»']],
    // "Clashes broke out in Qorvath yesterday evening"
    ['اندلعت اشتباكات في قرفاث مساء أمس.', ['battle 2024-12-05 «مساء أمس»']],
    // "Government forces withdrew from Belmira on Wednesday": the weekday reader moved to the date stage unchanged
    ['انسحبت القوات الحكومية من بلميرا الأربعاء.', ['territory_change 2024-12-04 «الأربعاء»']],
    // "8 thousand people fled Qorvath": a number before a thousand is a figure, the event keeps the report's day
    ['نزح 8 آلاف شخص من قرفاث.', ['displacement 2024-12-06 «»']],
  ]
  it('a year that writes out a recent date is no history; a year in either digit system dates history', () => {
    // "The factions entered Qorvath on 8 December 2024", in a January report
    const entered = eventsOf(extract('دخلت الفصائل قرفاث في 8 كانون الأول 2024 دون مقاومة.', ['قرفاث'], '2025-01-04'))
    assert.deepEqual(entered.map((e) => `${e.modality} ${e.date}`), ['asserted 2024-12-08'])
    // "Qorvath, where forces stormed the city in ١٩٨٢"
    const stormed = eventsOf(extract('اقتحمت القوات قرفاث عام ١٩٨٢.', ['قرفاث'], '2024-12-06'))
    assert.deepEqual(stormed.map((e) => `${e.modality} ${e.date}`), ['background 1982-01-01'])
  })
  for (const [text, want] of datedTable) {
    it(`dates ${text} → ${want.join(', ')}`, () => assert.deepEqual(dated(text), want))
  }
  it('places an event without a place of its own by a fronted "في X،" or an Arabic reference back', () => {
    // "In Qorvath, thousands demonstrated against the attacks on eastern areas"
    assert.deepEqual(ar('وفي قرفاث، خرج الآلاف في مظاهرات ضد الهجمات على مناطق الشرق.').filter((e) => e.startsWith('protest')), ['protest/asserted@قرفاث []'])
    // "The factions entered Belmira. … 3 people were killed in the fighting" → Belmira
    const doc = extract('دخلت الفصائل بلميرا مساء الخميس. وقال ناشطون إن 3 أشخاص قتلوا في المعارك.', ['بلميرا'], '2024-12-06')
    assert.equal(eventsOf(doc).find((e) => e.type === 'casualties')?.place?.name, 'بلميرا')
  })
  it('links "وأضاف المركز" to the source named in full before it, and a party\'s word stays a claim', () => {
    const doc = extract('سيطرت قسد على قرفاث، وفق ما أفاد به المركز الإعلامي لقسد. وأضاف المركز أن المسيرات التركية قصفت بلميرا.', ['قرفاث', 'بلميرا'], '2024-12-06')
    assert.deepEqual(eventsOf(doc).filter((e) => e.type === 'strike').map((e) => `${e.modality} ${e.attribution}`), ['claimed Syrian Democratic Forces'])
  })
  it('does not read "liberation" inside a group\'s name as a capture', () => {
    // (What the fighter says is a statement; no capture.)
    assert.deepEqual(ar('قال مقاتل من هيئة تحرير الشام إن الوضع هادئ.').filter((e) => !e.startsWith('statement/')), [])
  })
})

// Rules first found wrong on the late-December report fixtures (test/fixtures/reports/09–18), written here with
// invented places and wording.
describe('extract-events: people and things taken, participles, speakers elsewhere in the sentence', () => {
  const country = (name: string) => ({ name, precision: 'country' as const })
  const noChange: string[] = [
    'Satellite images taken on Friday showed two transport planes at Qorvath.',
    'The council said no decision had been taken on the bases near Qorvath.',
    'The mayor said rebuilding Qorvath could take up to three years.',
    'The brigade captured three soldiers near Qorvath.',
    'Rebels seized large amounts of weapons in Belmira.',
    'Two pilots were captured near Belmira.',
    'The army said it had neutralised 21 militants near Qorvath, a word it uses for fighters killed or captured.',
    'Officials said the missiles could fall into the hands of militants in Qorvath.',
    'Thousands have returned to Qorvath since the fall of Bashar al-Assad.',
  ]
  for (const text of noChange) {
    it(`"${text}" → no territory_change`, () => {
      assert.deepEqual(run(text, ['Qorvath', 'Belmira']).filter((e) => e.type === 'territory_change').map(brief), [])
    })
  }
  const none: [string, string][] = [
    ['Relatives gathered outside the prison in Qorvath waiting for news.', 'protest'],
    ['Families searched for names in abandoned registers in Qorvath.', 'deployment'],
    ['Families searched for names in abandoned registers in Qorvath.', 'territory_change'],
    ['The brigade said it had repelled an attack on the Belmira dam and destroyed two armoured vehicles.', 'infrastructure_damage'],
    ['Those involved in torturing or killing detainees in Qorvath would be pursued, the council said.', 'casualties'],
    ['Correction: An earlier version of this story said twelve people were killed in Qorvath.', 'casualties'],
    ['Crowds poured into the main square of Qorvath, chanting.', 'displacement'],
  ]
  for (const [text, type] of none) {
    it(`"${text}" → no ${type}`, () => assert.deepEqual(run(text, ['Qorvath', 'Belmira']).filter((e) => e.type === type).map(brief), []))
  }
  const types: [string, (string | TestPlace)[], string[]][] = [
    ['Some 20,000 Syrians, many of them families, had entered Lebanon since the weekend.', [country('Lebanon')], ['displacement/asserted@Lebanon']],
    ['Militia fighters crossed back into Iraq overnight through the Qorvath crossing.', [country('Iraq'), 'Qorvath'], ['deployment/asserted@Iraq']],
    // The countries a border place lies between or with are not where the flight is: the border place is.
    ['Traffic at the Qorvath crossing between Lebanon and Syria was heavy as families fled toward the border.', ['Qorvath', country('Lebanon'), country('Syria')],
      ['displacement/asserted@Qorvath']],
    ['Queues grew at the Qorvath crossing with Jordan as families fled south.', ['Qorvath', country('Jordan')], ['displacement/asserted@Qorvath']],
    ['More than 75 targets were hit near Qorvath.', ['Qorvath'], ['strike/asserted@Qorvath']],
    ['Many more fled Belmira during the war.', ['Belmira'], ['displacement/background@Belmira']],
    ['Russian jets bombed Qorvath for years.', ['Qorvath'], ['strike/background@Qorvath']],
    ['The worst clashes for years broke out in Qorvath.', ['Qorvath'], ['battle/asserted@Qorvath']],
    ['A full withdrawal from Belmira would leave the coast exposed.', ['Belmira'], ['territory_change/hypothetical@Belmira']],
  ]
  for (const [text, places, want] of types) {
    it(`"${text}" → ${want.join(', ')}`, () => assert.deepEqual(run(text, places).filter((e) => e.type !== 'statement').map(brief), want))
  }
  it('keeps a capture whose subject is a party or whose object goes on to a place', () => {
    assert.deepEqual(run('Residents said HTS entered Qorvath on Monday.', ['Qorvath']).filter((e) => e.type !== 'statement').map(brief), ['territory_change/asserted@Qorvath'])
    assert.deepEqual(run('Rebels captured dozens of soldiers and the town of Qorvath.', ['Qorvath']).map(brief), ['territory_change/asserted@Qorvath'])
  })
  it('reads neither a duration as a toll nor the victors as the dead ("after two days of fighting, in which 20 soldiers were killed")', () => {
    const toll = run('Rebels took Qorvath after two days of fighting, in which at least 20 soldiers were killed, the Observatory said.', ['Qorvath']).find((e) => e.type === 'casualties')
    assert.deepEqual([toll?.quantities, toll?.actors], [{ killed: 20, killed_low: 20 }, []])
  })
  it('gives "…, a claim Ankara denied" to Ankara and takes no protest from an accusation', () => {
    const denial = run('The SDF said Turkish drones had killed 11 civilians in Qorvath, a claim Ankara denied.', ['Qorvath']).find((e) => e.type === 'denial')
    assert.deepEqual(denial?.actors, [{ actorId: 'turkey', role: 'initiator' }])
    // (the arrest the officials tell of is an event of its own: ACLED's arrests)
    assert.deepEqual(run('Officials said they had arrested an officer accused of killing protesters in Qorvath in 2011.', ['Qorvath']).map((e) => e.type), ['other'])
  })
  it('reads a handover: the one handed to is the new holder, the one who hands over the old one', () => {
    const roles = (t: string) => run(t, ['Qorvath']).filter((e) => e.type === 'territory_change').map((e) => `${e.place?.name} ${e.actors.map((a) => `${a.actorId}:${a.role}`).join(' ')}`)
    assert.deepEqual(roles('Kurdish-led forces handed over the town of Qorvath to the Military Operations Command on Wednesday.'), ['Qorvath moc:initiator sdf:target'])
    assert.deepEqual(roles('The SDF handed Qorvath over to the rebels.'), ['Qorvath moc:initiator sdf:target'])
    assert.deepEqual(roles('Officials handed over aid to families in Qorvath.'), [])
    // told by control or by ceding; the receivers named as men of a party are that party
    assert.deepEqual(roles('The army handed control of Qorvath to the Military Operations Command.'), ['Qorvath moc:initiator syrian-army:target'])
    assert.deepEqual(roles('The SDF ceded Qorvath to the SNA on Sunday.'), ['Qorvath sna:initiator sdf:target'])
    assert.deepEqual(roles('Government troops handed over their positions in Qorvath to fighters of the Military Operations Command.'), ['Qorvath moc:initiator syrian-army:target'])
  })
  it('gives a capture the holder that withdrew in the same sentence, and no place to a "US-brokered" deal', () => {
    const events = run('Turkish-backed factions took control of Qorvath after the SDF withdrew under a US-brokered deal.', ['Qorvath', { name: 'US', precision: 'country' }])
    assert.deepEqual(events.map((e) => `${brief(e)} ${e.actors.map((a) => `${a.actorId}:${a.role}`).join(' ')}`), ['territory_change/asserted@Qorvath sna:initiator sdf:target'])
    const older = run('Rebels entered Qorvath on Wednesday, taking districts held by others since the army withdrew last week.', ['Qorvath'], '2024-12-11')
    assert.deepEqual(older.find((e) => e.type === 'territory_change')?.actors, [{ actorId: 'moc', role: 'initiator' }])
  })
  it('gives no place to a name joined to any participle ("US-supervised arrangements"), but the city denied after it', () => {
    const events = run('Fighting went on around Qorvath. The SDF chief said he would hand security to US-supervised arrangements, but denied that the SDF had agreed to withdraw from the city.',
      ['Qorvath', { name: 'US', precision: 'country' }])
    assert.deepEqual(events.filter((e) => e.type === 'denial').map((e) => e.place?.name), ['Qorvath'])
  })
  it('counts people crossing a border as displaced', () => {
    const [e] = run('Some 20,000 Syrians had entered Lebanon since the weekend.', [country('Lebanon')])
    assert.equal(e?.quantities.displaced, 20000)
  })
  const roles = (e: EventAnnotation | undefined) => e?.actors.map((a) => `${a.actorId}:${a.role}`) ?? []
  const who: [string, string, string[]][] = [
    ['Turkish drones struck Qorvath on Sunday, the SDF said, killing two civilians.', 'casualties', ['turkish-forces:initiator', 'civilians:target']],
    ['At least 30 SNA fighters and 12 SDF members were killed near Qorvath.', 'casualties', ['sna:target', 'sdf:target']],
    ['Dozens of reinforcements arrived in Qorvath on Thursday, residents said.', 'deployment', []],
    ['Thousands have crossed back from Turkey since the fall of Qorvath, Turkish officials said.', 'territory_change', []],
    ['Troops withdrew from Qorvath, a Kurdish official told reporters, denying reports that the SDF had forced them out.', 'denial', []],
  ]
  for (const [text, type, want] of who) {
    it(`"${text}" → ${type} ${want.join(' ') || 'with no actor'}`, () => assert.deepEqual(roles(run(text, ['Qorvath']).find((e) => e.type === type)), want))
  }
  const sources: [string, string, string][] = [
    ['Troops withdrew from Qorvath, a Kurdish official told reporters, denying reports that the SDF had forced them out.', 'denial', 'a Kurdish official'],
    ['A mass grave was found near Qorvath, the head of an advocacy group said on Monday after visiting the site.', 'statement', 'the head of an advocacy group'],
    ['Mohammed al-Bashir, appointed on Tuesday to lead the cabinet, said the government would pay salaries.', 'statement', 'Mohammed al-Bashir'],
    ['Turkish drones struck Qorvath on Sunday, the SDF said, killing two civilians.', 'casualties', 'Syrian Democratic Forces'],
  ]
  for (const [text, type, want] of sources) {
    it(`"${text}" → ${type} attributed to ${want}`, () => assert.equal(run(text, ['Qorvath']).find((e) => e.type === type)?.attribution, want))
  }
  it('dates the undated events of a timeline paragraph by its heading', () => {
    const events = run('Wednesday, 4 December: Gunmen killed three people in Qorvath. Ten others were wounded.\n\nThursday: Protesters marched in Belmira.', ['Qorvath', 'Belmira'])
    assert.deepEqual(events.map((e) => `${e.type} ${e.date}`), ['casualties 2024-12-04', 'casualties 2024-12-04', 'protest 2024-12-05'])
  })
})

// A military's words for fighters it killed ("neutralised", "eliminated", "took out"), written for these rules.
describe('extract-events: euphemisms for fighters killed', () => {
  const tolls: [string, Record<string, number>][] = [
    ['The ministry said its units had neutralised 17 militants near Qorvath.', { killed: 17 }],
    ['Drones neutralized four gunmen on the road outside Belmira, the brigade said.', { killed: 4 }],
    ['The army said it eliminated dozens of fighters in Qorvath overnight.', { killed: 12, killed_low: 12, killed_high: 99 }],
    ['Artillery took out six snipers in Belmira, a commander said.', { killed: 6 }],
    ['Nine insurgents were neutralised near Qorvath, the ministry said.', { killed: 9 }],
    ['The air force said it had eliminated a senior commander in Belmira.', {}],
    ['The ministry said its forces had "neutralised" 23 militants near Qorvath.', { killed: 23 }],
  ]
  for (const [text, want] of tolls) {
    it(`"${text}" → casualties ${JSON.stringify(want)}`, () => {
      const events = run(text, ['Qorvath', 'Belmira'])
      assert.deepEqual(events.filter((e) => e.type === 'casualties').map((e) => e.quantities), [want])
      assert.deepEqual(events.filter((e) => e.type === 'territory_change').map(brief), [])
    })
  }
  const not: string[] = [
    'Police neutralised a car bomb in Qorvath before it exploded.',
    'The council said the deal eliminated the threat to Belmira.',
    'Rescuers took out of the rubble two children in Qorvath.',
    'The town took out loans to rebuild Belmira.',
  ]
  for (const text of not) {
    it(`"${text}" → no casualties, no territory_change`, () => {
      assert.deepEqual(run(text, ['Qorvath', 'Belmira']).filter((e) => e.type === 'casualties' || e.type === 'territory_change').map(brief), [])
    })
  }
})

// An audit of new reports (extract-fixes): who takes and who loses ground, figures of two sides, lexicon gaps.
describe('extract-events: holders, speakers and sides from an audit of new text', () => {
  const roles = (e: EventAnnotation | undefined) => e?.actors.map((a) => `${a.actorId}:${a.role}`) ?? []
  // [text, type of the event checked, its brief, its actors]
  const table: [string, string, string, string[]][] = [
    // the speaker of a clause is not its agent: "the fighters" in the army's own words are someone else
    ['The army acknowledged that the fighters had entered large parts of Qorvath.', 'territory_change', 'territory_change/claimed@Qorvath', []],
    ['Rebels pushed on overnight. The army acknowledged that the fighters had entered large parts of Qorvath.', 'territory_change', 'territory_change/claimed@Qorvath', ['moc:initiator']],
    // a party's officer telling a news agency that troops left: its own forces left the city named before
    ['Rebels reached Qorvath on Thursday. A Syrian army officer told Reuters that troops had left the city.', 'territory_change', 'territory_change/claimed@Qorvath', ['syrian-army:target']],
    // handing "the city" over: the receiver is the new holder, the one who hands over the previous one
    ['Fighting raged around Qorvath. An SDF official said the group had handed the city over to local fighters.', 'territory_change', 'territory_change/claimed@Qorvath', ['local-armed-groups:initiator', 'sdf:target']],
    // a withdrawal noun names the force that left after "of"
    ['Following the withdrawal of government forces from Qorvath city, local armed groups took control.', 'territory_change', 'territory_change/asserted@Qorvath', ['local-armed-groups:initiator', 'syrian-army:target']],
    ['Government troops drove the rebels out of Qorvath on Monday.', 'territory_change', 'territory_change/asserted@Qorvath', ['syrian-army:initiator', 'moc:target']],
    // a force expelled, ousted or kicked out of a place lost it to those who put it out
    ['Rebels expelled government forces from Qorvath on Monday.', 'territory_change', 'territory_change/asserted@Qorvath', ['moc:initiator', 'syrian-army:target']],
    ['The factions ousted the army from Qorvath.', 'territory_change', 'territory_change/asserted@Qorvath', ['moc:initiator', 'syrian-army:target']],
    // lexicon: regime troops and aircraft (the army and air force until 8 December), "the factions" (the opposition)
    ['Regime aircraft struck Qorvath on Tuesday.', 'strike', 'strike/asserted@Qorvath', ['syrian-air-force:initiator']],
    ['The factions captured Qorvath after regime troops withdrew.', 'territory_change', 'territory_change/asserted@Qorvath', ['moc:initiator', 'syrian-army:target']],
    // "The government forces" are the army: the longer name beats "the government" at the same place
    ['The government forces had left the city of Qorvath on Friday, residents said.', 'territory_change', 'territory_change/asserted@Qorvath', ['syrian-army:target']],
    // the pluperfect an "after" clause asks for is news, not a remark on history: the force that left lost the city
    ['Fighters celebrated in the streets of Qorvath after government forces had left the city.', 'territory_change', 'territory_change/asserted@Qorvath', ['syrian-army:target']],
    // guards: a force that leaves is the previous holder; a party's word on its own gains is a claim
    ['Rebels moved into Qorvath on Thursday, hours after government forces had left the city.', 'territory_change', 'territory_change/asserted@Qorvath', ['moc:initiator', 'syrian-army:target']],
    ['Fighters said they had entered the outskirts of Qorvath.', 'territory_change', 'territory_change/claimed@Qorvath', []],
    // a spokesman announcing a capture speaks for the force that made it
    ['Colonel Hassan Abdul Ghany, a spokesman for the fighters, announced the "complete liberation" of Qorvath.', 'territory_change', 'territory_change/claimed@Qorvath', ['moc:initiator']],
  ]
  for (const [text, type, want, actors] of table) {
    it(`"${text}" → ${want} ${actors.join(' ')}`, () => {
      const e = run(text, ['Qorvath'], '2024-12-06').find((x) => x.type === type)
      assert.equal(e && brief(e), want)
      assert.deepEqual(roles(e), actors)
    })
  }
  it('reads no change of hands where someone other than a force is expelled or evicted', () => {
    assert.ok(!run('Ankara expelled the ambassador from Qorvath on Monday.', ['Qorvath'], '2024-12-06').some((e) => e.type === 'territory_change'))
    assert.ok(!run('The family was evicted from their home in Qorvath.', ['Qorvath'], '2024-12-06').some((e) => e.type === 'territory_change'))
    // "ousted" with a place after it is no regime's end
    assert.ok(!run('The factions ousted the army from Qorvath.', ['Qorvath'], '2024-12-06').some((e) => e.type === 'other'))
  })
  it('reads "handed the city over" with no town named before as a statement, not a change of the whole country', () => {
    const events = run('An SDF official said the group had handed the city over to local fighters.', [])
    assert.deepEqual(events.map((e) => `${e.type}/${e.modality} ${e.attribution}`), ['statement/asserted An SDF official'])
  })
  it('keeps two sides\' claims about one place apart (each with its own source)', () => {
    const claims = run('The army said troops had pushed insurgents back from Qorvath, while the factions said they had taken Qorvath.', ['Qorvath'])
      .filter((e) => e.type === 'territory_change')
    assert.deepEqual(claims.map((e) => `${e.attribution} ${roles(e).join(' ')}`),
      ['Syrian Arab Army syrian-army:initiator moc:target', 'HTS-led opposition (Military Operations Command) moc:initiator'])
  })
  it('makes a pronoun that ends a speaker phrase the speaker ("published video they said was filmed")', () => {
    const [statement] = run('The factions said they were advancing toward Qorvath, and later published video they said was filmed at the entrance of the town.', ['Qorvath'])
      .filter((e) => e.type === 'statement')
    assert.equal(statement?.attribution, 'HTS-led opposition (Military Operations Command)')
  })
  it('gives "the group" after a rescue body to that body ("…, the White Helmets said. The group said …")', () => {
    const events = run('A mass grave was uncovered in Qorvath last week, the White Helmets said. The group said it had recovered 21 bodies there.', ['Qorvath'], '2024-12-19')
    // (the bodies it recovered are a toll, told on the group's word)
    assert.deepEqual(events.filter((e) => e.span.start > 60).map((e) => `${e.type} ${e.attribution}`), ['casualties White Helmets (Syria Civil Defence)'])
  })
  it('counts people crossing back and people returning ("10,000 people crossed back into X", "2,000 Syrians returned")', () => {
    assert.equal(run('About 10,000 people crossed back into Syria on Thursday.', [{ name: 'Syria', precision: 'country' }])[0]?.quantities.displaced, 10000)
    assert.equal(run('Officials said nearly 2,000 Syrians returned on Wednesday.', [])[0]?.quantities.displaced, 2000)
  })
  it('dates a denial by the day it was made ("…, the ministry denied on Thursday")', () => {
    const denial = run('Rebels have not taken Qorvath, the ministry denied on Thursday.', ['Qorvath'], '2024-12-06').find((e) => e.type === 'denial')
    assert.equal(denial?.date, '2024-12-05')
  })
  it('gives "the ministry" to the state that governed on the day the sentence names, not on the publication day', () => {
    const denial = run('Rebels attacked Qorvath and Belmira last week. Rebels have not taken Qorvath, the ministry denied on Thursday.',
      ['Qorvath', 'Belmira'], '2024-12-09').find((e) => e.type === 'denial')
    assert.deepEqual(denial?.actors, [{ actorId: 'syrian-government', role: 'initiator' }])
  })
})

// An undated pluperfect is told before the time the text was telling: news when that time is news (or nothing was
// dated before: a lead), history when it is history; a concessive clause grants history as a side remark.
describe('extract-events: an undated pluperfect takes the time the text was telling', () => {
  const table: [string, string[]][] = [
    // a lead with nothing dated before it is the report's news
    ['Government forces had withdrawn from Qorvath, leaving their heavy weapons behind.', ['territory_change/asserted@Qorvath']],
    ['Rebels entered Belmira on Sunday. Just the night before, they had taken Qorvath.', ['territory_change/asserted@Belmira', 'territory_change/asserted@Qorvath']],
    // "since 2018" reaches the report: the time told last is still the news
    ['Rebels entered Belmira on Sunday, for the first time since 2018. Only hours earlier, government forces had pulled out of Qorvath.', ['territory_change/asserted@Belmira', 'territory_change/asserted@Qorvath']],
    // the time told last is history: so is the pluperfect counted back from it
    ['The war broke out 13 years ago. The night before, government forces had recaptured Qorvath.', []],
    // "years ago" with no number is history too; in a relative clause it dates that clause's act, not the sentence's
    ['Families fled Qorvath years ago.', ['displacement/background@Qorvath']],
    ['Families returned to Qorvath, a town they had fled years ago.', ['displacement/asserted@Qorvath', 'displacement/background@Qorvath']],
    // an event's noun after "since" measures time from it: an anchor, not the report's news, unless dated
    ['Some 3,000 families have returned to Belmira in the five days since the fall of Qorvath.', ['displacement/asserted@Belmira']],
    // a sentence opening "Earlier," counts back from the time told last too
    ['Rebels entered Belmira on Sunday. Earlier, government forces had pulled out of Qorvath.', ['territory_change/asserted@Belmira', 'territory_change/asserted@Qorvath']],
    ['The war broke out 13 years ago. Earlier, government forces had recaptured Qorvath.', []],
    // with nothing to tie it to the report's day, a pluperfect after the lead is a remark on history
    ['Rebels entered Belmira on Sunday. Government forces had recaptured Qorvath with Russian help.', ['territory_change/asserted@Belmira']],
    ['Rebels entered Belmira on Sunday. Although the army had withdrawn from Qorvath, the front stayed quiet.', ['territory_change/asserted@Belmira']],
  ]
  for (const [text, want] of table) {
    it(`"${text}" → ${want.join(', ') || 'nothing'}`, () => assert.deepEqual(run(text, ['Qorvath', 'Belmira'], '2024-12-09').map(brief), want))
  }
  it('takes a pronoun speaker across an adverb ("It nonetheless admitted …") for the party named before', () => {
    const [toll] = run('The army described a repositioning of its units in Qorvath. It nonetheless admitted that dozens of its men had died.', ['Qorvath'])
      .filter((e) => e.type === 'casualties')
    assert.equal(toll && `${brief(toll)} ${toll.attribution} ${toll.actors.map((a) => `${a.actorId}:${a.role}`).join(' ')}`, 'casualties/claimed Syrian Arab Army syrian-army:target')
  })
  it('gives "its men" of a party the lexicon cannot name to no other actor of its words', () => {
    const [toll] = run('The military\'s northern command described a repositioning of its units. It nonetheless admitted that the insurgents were inside much of Qorvath and that dozens of its men had died.', ['Qorvath'])
      .filter((e) => e.type === 'casualties')
    assert.equal(toll && `${brief(toll)} ${toll.attribution} [${toll.actors.map((a) => `${a.actorId}:${a.role}`).join(' ')}]`, 'casualties/claimed@Qorvath The military\'s northern command []')
  })
})

// "Fighters said they …" after a sentence that names a party: the fighters are that party, its source and its actor.
describe('extract-events: fighters who speak are the party told of before', () => {
  const said = (e: EventAnnotation | undefined) => e && `${brief(e)} «${e.attribution}» ${e.actors.map((a) => `${a.actorId}:${a.role}`).join(' ')}`
  const table: [string, string, string][] = [
    ['The Syrian National Army launched an assault on Qorvath on Sunday. Fighters said they had taken two villages north of the town.', 'territory_change',
      'territory_change/claimed@Qorvath «Syrian National Army» sna:initiator'],
    ['Hayat Tahrir al-Sham pushed towards Belmira on Tuesday. Militants said they had captured Qorvath.', 'territory_change',
      'territory_change/claimed@Qorvath «Hayat Tahrir al-Sham» hts:initiator'],
    // a commander's fighters are his group's
    // (the inmates they say they freed are their claim, no mere statement)
    ['Rebel commander Hassan Abdul Ghany said his men were inside Qorvath. The fighters said they had freed hundreds of inmates from its prison.', 'other',
      'other/claimed@Qorvath «HTS-led opposition (Military Operations Command)» moc:initiator'],
    // fighters a participle names as someone else's are not the party told of before
    ['The SDF held Belmira. Fighters allied with the army said they had retaken Qorvath.', 'territory_change',
      'territory_change/claimed@Qorvath «Fighters allied with the army» '],
    // militants are no state's forces: with none told of before, they stay as written
    ['Government forces retreated from Belmira. The militants said they would push on to Qorvath.', 'statement', 'statement/asserted@Qorvath «The militants» '],
    // "وقال المقاتلون إنهم سيطروا على البلدة" (the fighters said they took the town) after HTS's attack
    ['شنت هيئة تحرير الشام هجوما على بلدة قرفاث يوم الأربعاء. وقال المقاتلون إنهم سيطروا على البلدة.', 'territory_change',
      'territory_change/claimed@قرفاث «Hayat Tahrir al-Sham» hts:initiator'],
  ]
  for (const [text, type, want] of table) {
    it(`"${text}" → ${want}`, () => {
      const events = run(text, ['Qorvath', 'Belmira', 'قرفاث'], '2024-12-06').filter((e) => e.type === type)
      assert.equal(said(events[events.length - 1]), want)
    })
  }
})

// A condemnation is a statement of the one who condemns (as the Arabic gold codes "ودانت الأردن … التوغل"); what it
// condemns was reported already and is no new event.
describe('extract-events: condemnations are statements', () => {
  const said = (e: EventAnnotation) => `${brief(e)} «${e.attribution}» ${e.actors.map((a) => `${a.actorId}:${a.role}`).join(' ')}`
  const table: [string, string[]][] = [
    ['Turkey condemned the strike on Qorvath.', ['statement/asserted@Qorvath «Turkey» turkey:initiator']],
    ['Iran denounced the Israeli incursion.', ['statement/asserted «Iran» iran:initiator']],
    // a condemnation named as a noun: its possessor, the one who issued it, or the subject after a fronted phrase
    ['Turkey\'s condemnation of the strike on Qorvath came hours later.', ['statement/asserted@Qorvath «Turkey» turkey:initiator']],
    ['Turkey\'s foreign ministry issued a condemnation of the strike on Qorvath.', ['statement/asserted@Qorvath «Turkey\'s foreign ministry» turkey:initiator']],
    ['In a condemnation issued by its foreign ministry, Iran called the attack a crime.', ['statement/asserted «Iran» iran:initiator']],
    // who condemns an act is no party to it
    ['Russian jets struck Qorvath on Monday, drawing condemnation from Turkey.', ['strike/asserted@Qorvath «null» russian-forces:initiator']],
    // the agreement a move breaches is only named
    ['Iran condemned the move as a breach of the 1974 accord.', ['statement/asserted «Iran» iran:initiator']],
    // "وأدانت تركيا الغارة" (Turkey condemned the raid): the statement, not a raid by Turkey
    ['وأدانت تركيا الغارة على قرفاث ووصفتها بأنها جريمة.', ['statement/asserted@قرفاث «Turkey» turkey:initiator']],
  ]
  for (const [text, want] of table) {
    it(`"${text}" → ${want.join(', ')}`, () => assert.deepEqual(run(text, ['Qorvath', 'قرفاث'], '2024-12-06').map(said), want))
  }
})

// "the factions" is the opposition alliance in this theater's reports; so is "factions" without the article, unless a
// qualifier or a phrase after it says whose they are; and "the factions" after "Turkish-backed factions" are those.
describe('extract-events: factions without the article', () => {
  const roles = (e: EventAnnotation) => `${brief(e)} ${e.actors.map((a) => `${a.actorId}:${a.role}`).join(' ')}`.trim()
  const table: [string, string][] = [
    ['Armed factions seized the town of Qorvath on Friday.', 'territory_change/asserted@Qorvath moc:initiator'],
    ['On Friday, factions took control of Qorvath.', 'territory_change/asserted@Qorvath moc:initiator'],
    // a live blog's dash opens the clause
    ['00:55 - Rebel factions say their fighters have entered Qorvath.', 'territory_change/claimed@Qorvath moc:initiator'],
    ['The army clashed with armed factions near Qorvath.', 'battle/asserted@Qorvath syrian-army:initiator moc:target'],
    // someone else's factions
    ['SNA factions entered Qorvath on Friday.', 'territory_change/asserted@Qorvath sna:initiator'],
    ['Kurdish factions said they had taken Qorvath.', 'territory_change/claimed@Qorvath'],
    ['Rival factions clashed in Qorvath.', 'battle/asserted@Qorvath'],
    ['Factions loyal to the government shelled Qorvath.', 'strike/asserted@Qorvath'],
    // "the factions" a sentence after Turkish-backed ones
    ['Turkish-backed factions shelled Belmira on Monday. The factions said they had taken Qorvath.', 'territory_change/claimed@Qorvath sna:initiator'],
    // Arabic qualifies after the noun: "armed factions took Qorvath", "armed Iraqi factions entered Qorvath"
    ['سيطرت فصائل مسلحة على بلدة قرفاث يوم الجمعة.', 'territory_change/asserted@قرفاث moc:initiator'],
    ['دخلت فصائل مسلحة عراقية بلدة قرفاث.', 'territory_change/asserted@قرفاث'],
  ]
  for (const [text, want] of table) {
    it(`"${text}" → ${want}`, () => {
      const events = run(text, ['Qorvath', 'Belmira', 'قرفاث'], '2024-12-06').filter((e) => e.type !== 'statement')
      assert.equal(events.length ? roles(events[events.length - 1] as EventAnnotation) : 'none', want)
    })
  }
})

describe('extract-events: "Rebels also …" after another group\'s capture', () => {
  const initiators = (text: string) => run(text, ['Qorvath', 'Belmira']).filter((e) => e.type === 'territory_change')
    .map((e) => `${e.place?.name}:${e.actors.find((a) => a.role === 'initiator')?.actorId ?? '-'}`)
  it('gives the second capture to the group that took the first ("Local armed factions took X. Rebels also seized Y")', () => {
    assert.deepEqual(initiators('Local armed factions took control of Belmira on Saturday. Rebels also seized the Qorvath crossing late on Friday.'),
      ['Belmira:local-armed-groups', 'Qorvath:local-armed-groups'])
  })
  it('keeps the generic rebels without "also", or after a state force\'s move', () => {
    assert.deepEqual(initiators('Local armed factions took control of Belmira on Saturday. Rebels seized the Qorvath crossing late on Friday.'),
      ['Belmira:local-armed-groups', 'Qorvath:moc'])
    assert.deepEqual(initiators('Government forces retook Belmira on Saturday. Rebels also seized the Qorvath crossing on Friday.'),
      ['Belmira:syrian-army', 'Qorvath:moc'])
  })
})

describe('extract-events: a road between two towns', () => {
  it('places the event near the first town, not in it ("on the road between Qorvath and Belmira")', () => {
    assert.deepEqual(precisionOf('Drones struck a convoy on the road between Qorvath and Belmira on Thursday.', ['Qorvath', 'Belmira']), ['strike@Qorvath/near'])
  })
})

describe('extract-events: the end of a term', () => {
  it('does not date an act or a statement by "until <date>" ("appointed on Tuesday … until 1 March, the council said")', () => {
    const [statement] = run('Karim Vell was appointed on Tuesday to lead the council until 1 March, the council said in a statement.', [], '2024-12-12')
    assert.equal(statement?.date, '2024-12-12')
    const [strike] = run('The brigade shelled Qorvath on Tuesday and will hold the area until 1 March.', ['Qorvath'], '2024-12-12')
    assert.deepEqual([strike?.type, strike?.date], ['strike', '2024-12-10'])
  })
})

describe('extract-events: a "when" clause after a date', () => {
  it('dates its act by that date, not by the day the words were said ("since Saturday, when factions attacked …, officials said on Monday")', () => {
    const battle = run('Thousands have fled Qorvath since Saturday, when gunmen backed by drones attacked the town, officials said on Monday.', ['Qorvath'], '2024-12-03')
      .find((e) => e.type === 'battle')
    assert.deepEqual([battle?.date, battle?.dateEnd], ['2024-11-30', null])
    const strike = run('The siege began on Wednesday, when jets bombed Qorvath, residents said on Friday.', ['Qorvath'], '2024-12-07').find((e) => e.type === 'strike')
    assert.equal(strike?.date, '2024-12-04')
  })
})

describe('extract-events: a partitive aside ("most of them …")', () => {
  it('tells of the people: its date and place are not the main act\'s', () => {
    const flight = run('More than 9,000 people, most of them families displaced from Qorvath in 2018, have fled towards Belmira, officials said.',
      ['Qorvath', 'Belmira'], '2024-12-02').find((e) => e.type === 'displacement' && e.modality !== 'background')
    assert.deepEqual([flight?.date, flight?.place?.name, flight?.quantities.displaced], ['2024-12-02', 'Belmira', 9000])
    const moved = run('About 500 families, many of whom came from Qorvath, have fled towards Belmira.', ['Qorvath', 'Belmira'], '2024-12-02')
    assert.deepEqual(moved.map((e) => `${e.type}@${e.place?.name}`), ['displacement@Belmira'])
  })
})

describe('extract-events: a hit by aircraft named by type, or on military targets', () => {
  it('is a strike ("B-52 bombers and F-15s hit …", "hit more than 75 targets"); what sanctions hit is none', () => {
    const types = (text: string) => run(text, ['Qorvath']).map((e) => e.type)
    assert.deepEqual(types('B-52 bombers and F-15s hit camps near Qorvath on Sunday.'), ['strike'])
    assert.deepEqual(types('The coalition hit more than 75 targets near Qorvath on Sunday.'), ['strike'])
    assert.deepEqual(types('Jets hit weapons depots near Qorvath overnight.'), ['strike'])
    assert.deepEqual(types('New sanctions hit targets in Qorvath on Sunday.'), [])
  })
})

describe('extract-events: materiel moved away', () => {
  it('is a force\'s move ("has begun moving some equipment from its base"), not ground given up; household goods are none', () => {
    assert.deepEqual(run('Zelmar has begun moving some equipment from its Qorvath air base, satellite images showed.', ['Qorvath']).map(brief), ['deployment/asserted@Qorvath'])
    assert.deepEqual(run('Residents were moving furniture from their homes in Qorvath.', ['Qorvath']).map(brief), [])
  })
})

describe('extract-events: a toll whose subject is a dated act', () => {
  it('shares the act\'s date ("Overnight air raids on X and Y, some 30 km north of Z, killed nine")', () => {
    const events = run('Overnight air raids by jets on Qorvath and Belmira, some 30 km north of the city, killed at least nine civilians, residents said.',
      ['Qorvath', 'Belmira'], '2024-12-05')
    assert.deepEqual(events.map((e) => `${e.type} ${e.date}`), ['strike 2024-12-04', 'strike 2024-12-04', 'casualties 2024-12-04'])
    // a toll with a subject of its own is not the act's
    const other = run('Overnight shelling hit Qorvath and rebels killed 12 soldiers in Belmira.', ['Qorvath', 'Belmira'], '2024-12-05')
    assert.deepEqual(other.map((e) => `${e.type} ${e.date}`), ['strike 2024-12-04', 'casualties 2024-12-05'])
  })
})

describe('extract-events: the reporter\'s measure after a speaker\'s words', () => {
  it('is outside what the speaker vouches for (", the biggest blow yet … since rebels swept into X a week ago")', () => {
    const events = run('The army said on Thursday it had pulled out of Qorvath, the biggest blow yet to the government since rebels swept into Belmira a week ago.',
      ['Qorvath', 'Belmira'], '2024-12-05')
    assert.deepEqual(events.map((e) => `${e.place?.name}:${e.modality}`), ['Qorvath:claimed', 'Belmira:asserted'])
  })
})

describe('extract-events: a fronted date before a speaker', () => {
  it('is no part of who speaks ("On 8 December, armed opposition groups announced …")', () => {
    const [capture] = run('On 8 December, armed opposition groups announced that they had taken control of Qorvath.', ['Qorvath'], '2024-12-10')
    assert.doesNotMatch(capture?.attribution ?? '', /December/)
    const [later] = run('Hours earlier, the insurgents said they had captured Qorvath.', ['Qorvath'], '2024-12-10')
    assert.doesNotMatch(later?.attribution ?? '', /earlier/)
  })
})

describe('extract-events: an act inside a "since" clause', () => {
  it('is dated by that clause\'s day or week, not the span from it to the report ("since rebels overran X last week")', () => {
    const [capture] = run('It is the heaviest setback for the army since rebels overran Qorvath last week.', ['Qorvath'], '2024-12-05')
    assert.deepEqual([capture?.date, capture?.dateEnd], ['2024-11-25', '2024-12-01'])
    // a toll counted since a day still runs to the report
    const [toll] = run('Some 300 people have been killed in Qorvath since Saturday, the monitor said.', ['Qorvath'], '2024-12-05')
    assert.deepEqual([toll?.date, toll?.dateEnd], ['2024-11-30', '2024-12-05'])
  })
})

describe('extract-events: a toll grown to a figure', () => {
  it('reads "the toll had risen to 30" as a count of the dead, as "the death toll" is; not a toll taken or paid', () => {
    const killed = (text: string) => run(text, ['Qorvath']).filter((e) => e.type === 'casualties').map((e) => e.quantities.killed)
    assert.deepEqual(killed('Medics said the toll had risen to 30.'), [30])
    assert.deepEqual(killed('The toll from the shelling of Qorvath climbed to 12 on Monday.'), [12])
    assert.deepEqual(killed('The siege has taken a heavy toll on Qorvath.'), [])
    assert.deepEqual(killed('The toll road to Qorvath reopened on Monday.'), [])
  })
})

describe('extract-events: the time a call asks for', () => {
  it('dates a call by when it was made, not by the day it asks something to be done ("urged staff to return on Tuesday")', () => {
    const dateOfCall = (text: string) => run(text, [], '2024-12-09').find((e) => e.type === 'call_to_action')?.date
    assert.equal(dateOfCall('The new council urged civil servants to return to their offices on Tuesday.'), '2024-12-09')
    assert.equal(dateOfCall('The commanders called on conscripts to hand in their rifles by Wednesday.'), '2024-12-09')
    // the call's own day, before the infinitive or fronted, still dates it
    assert.equal(dateOfCall('The commanders urged fighters on Sunday to protect public buildings.'), '2024-12-08')
    assert.equal(dateOfCall('On Sunday, the commanders urged fighters to protect public buildings.'), '2024-12-08')
  })
})

describe('extract-events: prisoners freed', () => {
  it('makes those who free them the initiator and no party named after a passive its target', () => {
    const actorsOf = (text: string) => run(text, ['Qorvath']).map((e) => e.actors.map((a) => `${a.actorId}:${a.role}`).join(' '))
    assert.deepEqual(actorsOf('Opposition fighters freed hundreds of detainees from the jail in Qorvath.'), ['moc:initiator'])
    assert.deepEqual(actorsOf('Thousands of prisoners were freed from Qorvath prison after rebels broke open its gates.'), [''])
    // a party's spokesman telling of "fighters" who freed them speaks of his own group's men
    assert.deepEqual(actorsOf('Hassan Abdul Ghany said fighters had broken into the prison of Qorvath and released about 3,500 detainees.'), ['moc:initiator'])
  })
})

describe('extract-events: strikes told again', () => {
  it('gives "The strikes hit …" the initiator and time of the strikes just told', () => {
    const events = run('Since 8 December, Israel has carried out more than 350 air strikes across Syria. The strikes hit air bases and depots in Qorvath.', ['Qorvath'], '2024-12-11')
    const again = events.find((e) => e.place?.name === 'Qorvath')
    assert.deepEqual([again?.type, again?.actors, again?.date], ['strike', [{ actorId: 'israel', role: 'initiator' }], '2024-12-08'])
  })
  it('gives the damage "the raids" did, told by a source, the initiator and time of the strikes just told', () => {
    const events = run('Israel carried out dozens of air strikes across Syria on 9 December. The monitor said the raids destroyed the airport of Qorvath.', ['Qorvath'], '2024-12-11')
    const damage = events.find((e) => e.type === 'infrastructure_damage')
    assert.deepEqual([damage?.place?.name, damage?.actors, damage?.date], ['Qorvath', [{ actorId: 'israel', role: 'initiator' }], '2024-12-09'])
  })
  it('gives strikes that are not told again no one\'s initiator', () => {
    const events = run('Israel has carried out more than 350 air strikes across Syria. Unidentified jets struck air bases in Qorvath.', ['Qorvath'], '2024-12-11')
    assert.deepEqual(events.find((e) => e.place?.name === 'Qorvath')?.actors, [])
  })
})

describe('extract-events: held-out audit, session 10 (event detection and type)', () => {
  const table: [string, (string | TestPlace)[], string[]][] = [
    // a ruler's fall, a title before his name, is no place changing hands: the announcement is a statement
    ['Syrian state television broadcast a statement from the rebels announcing the fall of President Karim Haddad.', [], ['statement/asserted']],
    ['Rebels in Qorvath cheered the fall of the longtime ruler.', ['Qorvath'], []],
    // a redeployment of "its units" outside a town leaves the town
    ['The army said it had redeployed its forces outside the city of Belmira.', ['Belmira'], ['territory_change/claimed@Belmira']],
    // a siege that "forced them out" and a passive "were forced out" without "of": the place named before is lost
    ['Rebels last held parts of Belmira in 2016, before a siege forced them out.', ['Belmira'], ['territory_change/background@Belmira']],
    ['In Qorvath, the rebels were forced out in 2016.', ['Qorvath'], ['territory_change/background@Qorvath']],
    // property looted or ransacked is an event of its own; looted goods and feared looting are not
    ['The consulate in Qorvath was ransacked on Sunday.', ['Qorvath'], ['other/asserted@Qorvath']],
    ['Gunmen looted shops in Belmira overnight.', ['Belmira'], ['other/asserted@Belmira']],
    ['Police recovered looted goods in Qorvath.', ['Qorvath'], []],
    ['The council deployed guards to prevent looting in Belmira.', ['Belmira'], ['deployment/asserted@Belmira']],
    // a site said to be hit, with where it is between, is a strike; a displacement camp is where the displaced live
    ['A displacement camp near Qorvath was also hit, injuring five people.', ['Qorvath'], ['strike/asserted@Qorvath', 'casualties/asserted@Qorvath']],
    ['Two hospitals in Belmira were hit on Tuesday.', ['Belmira'], ['strike/asserted@Belmira']],
    ['Jets struck a school and a displacement camp in Belmira.', ['Belmira'], ['strike/asserted@Belmira']],
    ['The market in Qorvath was hit hard by sanctions.', ['Qorvath'], []],
    // what happened "without" a deployment, a fight or clashes did not happen
    ['Fighters entered Qorvath without any sign of army deployment.', ['Qorvath'], ['territory_change/asserted@Qorvath']],
    ['The rebels took Belmira without major clashes.', ['Belmira'], ['territory_change/asserted@Belmira']],
    // an advance that reaches two towns is one event at each
    ['The factions reached the outskirts of Qorvath and Belmira on Friday.', ['Qorvath', 'Belmira'], ['other/asserted@Qorvath', 'other/asserted@Belmira']],
    // a closure with more words before the border; people crossing "from X into Y"
    ['The authorities closed their side of the border near Belmira on Friday.', ['Belmira'], ['other/asserted@Belmira']],
    ['About 120,000 people have crossed from Syria into Lebanon since Sunday.', [{ name: 'Syria', precision: 'country' }, { name: 'Lebanon', precision: 'country' }], ['displacement/asserted@Lebanon']],
    // a force that will leave a named town gives it up (planned); a soldier "on leave" leaves nothing
    ['Under the deal, SDF fighters will leave the town of Qorvath.', ['Qorvath'], ['territory_change/planned@Qorvath']],
    ['Soldiers on leave visited Belmira.', ['Belmira'], []],
    // a force moving into a named village enters it
    ['Israeli troops moved beyond the buffer zone into the village of Qorvath.', ['Qorvath'], ['territory_change/asserted@Qorvath']],
    // a force's hardware destroyed is a strike; a purpose to destroy it is not
    ['Its navy destroyed the fleet in the port of Belmira overnight.', ['Belmira'], ['strike/asserted@Belmira']],
    ['Jets struck Qorvath as the army moved to destroy the arsenal.', ['Qorvath'], ['strike/asserted@Qorvath']],
    // the flight of people a news clause counts is news, though told in the pluperfect
    ['Shops reopened in Tessen on Monday. About 20,000 people who had fled Qorvath arrived in Belmira.', ['Qorvath', 'Belmira', 'Tessen'], ['displacement/asserted@Qorvath']],
    // troops pulled back from front lines redeploy: the lines are no place handed over
    ['Russia is pulling back its troops from front lines near Qorvath, sources said.', ['Qorvath'], ['deployment/asserted@Qorvath']],
    // two acts at one place, each dated days apart, are two events
    ['Government forces retook Belmira on Friday, four days after rebels had captured Belmira on Monday.', ['Belmira'], ['territory_change/asserted@Belmira', 'territory_change/asserted@Belmira']],
    // a military's count of fighters it "neutralised", the group written with two names joined by a slash
    ['The ministry said Turkish forces had "neutralised" 41 PKK/YPG terrorists near Qorvath.', ['Qorvath'], ['casualties/claimed@Qorvath']],
    // a town "cleared of terrorists" changes hands; one cleared of mines does not
    ['The ministry said the SNA had cleared Qorvath of terrorists on Monday.', ['Qorvath'], ['territory_change/claimed@Qorvath']],
    ['Engineers cleared Belmira of mines on Monday.', ['Belmira'], []],
    // "no reports of fighting" reports none
    ['There were no reports of fighting in Qorvath.', ['Qorvath'], []],
    // a crowd as the agent of a passive storming takes no ground
    ['The security branches in Belmira were stormed by residents.', ['Belmira'], []],
    // a "when" clause after "until <year>" is an act of that year, not a time anchor
    ['Qorvath was besieged from 2012 until 2014, when rebels withdrew from Qorvath under a UN deal.', ['Qorvath'], ['battle/background@Qorvath', 'territory_change/background@Qorvath']],
    // a force between the verb and its particle; a ruler's army that "lost" towns; one man's desertion
    ['Hezbollah pulled its remaining advisers out of Qorvath on Thursday.', ['Qorvath'], ['territory_change/asserted@Qorvath']],
    ['The collapse echoed 2015, when the army lost Qorvath and Belmira within weeks.', ['Qorvath', 'Belmira'], ['territory_change/background@Qorvath', 'territory_change/background@Belmira']],
    ['The army lost control of Qorvath on Thursday.', ['Qorvath'], ['territory_change/asserted@Qorvath']],
    ['The government lost Russian support in Qorvath.', ['Qorvath'], []],
    ['A conscript abandoned his post near Belmira.', ['Belmira'], []],
    // personnel evacuated are moved, not ground given up
    ['Iran evacuated its military personnel via the airbase of Qorvath.', ['Qorvath'], ['deployment/asserted@Qorvath']],
    // a force that will leave "the city" told of before gives it up, not redeploys
    // (the truce agreed is an event of its own, an agreement coded other, whose place "the city" then refers back to)
    ['The SDF agreed to a truce in Qorvath. Under the deal, SDF fighters will leave the city as soon as possible.', ['Qorvath'], ['other/asserted@Qorvath', 'territory_change/planned@Qorvath']],
    // an advance that reaches a named site after "the"; reinforcements that reach a place were sent there
    ['Rebels reached the Belmira bridge on Monday.', ['Belmira'], ['other/asserted@Belmira']],
    ['The ministry said reinforcements had reached Qorvath.', ['Qorvath'], ['deployment/claimed@Qorvath']],
    // a party that shoots down the other side's aircraft fights it
    ['The SDF said it shot down a Turkish drone over Qorvath.', ['Qorvath'], ['battle/claimed@Qorvath']],
    // an advance that "could reach" the outskirts is projected; bodies found, told verb first, are a toll
    ['Opposition forces could reach the outskirts of Qorvath within 48 hours.', ['Qorvath'], ['other/projected@Qorvath']],
    ['Rescuers said they had found the bodies of about 40 people in a morgue in Belmira.', ['Belmira'], ['casualties/asserted@Belmira']],
    // the ruler's fall as a party's epithet is no event; told with its own day it is
    ['The rebel coalition that ousted the president moved to restore order in Qorvath.', ['Qorvath'], []],
    ['The rebel coalition that ousted the president on Sunday entered Qorvath.', ['Qorvath'], ['other/asserted@Syria', 'territory_change/asserted@Qorvath']],
  ]
  for (const [text, places, expected] of table) {
    it(`"${text}" → ${expected.join(', ') || 'nothing'}`, () => assert.deepEqual(run(text, places).map(brief), expected))
  }
  it('makes those a siege "forced out" the losers, not the takers', () => {
    assert.deepEqual(run('Rebels last held parts of Belmira in 2016, before a siege forced them out.', ['Belmira']).map((e) => e.actors), [[{ actorId: 'moc', role: 'target' }]])
  })
  it('lets the subject of a first verb with a quotation speak through "and said"', () => {
    const events = run('The president vowed to "crush the terrorists" and said the state would stand firm.', [])
    assert.deepEqual(events.map(brief), ['statement/asserted'])
  })
})

describe('extract-events: event places from an audit of new text, session 11', () => {
  const table: [string, (string | TestPlace)[], string[]][] = [
    // forces sent to two towns are one deployment at each, as a capture of two towns is two captures
    ['The army said it had reinforced Qorvath and Belmira overnight.', ['Qorvath', 'Belmira'], ['deployment/claimed@Qorvath', 'deployment/claimed@Belmira']],
    // a province after a town by "in" locates the town, which is where the toll was
    ['Jets struck the town of Qorvath, and a raid on the city of Belmira in Tessen province wounded five.',
      ['Qorvath', 'Belmira', { name: 'Tessen province', precision: 'region' }], ['strike/asserted@Qorvath', 'strike/asserted@Belmira', 'casualties/asserted@Belmira']],
    // a district "of" a town, resolved to a namesake far from it, is in that town
    ['Shelling hit the Marrak district of Belmira on Thursday.', [{ name: 'Marrak', precision: 'region' }, 'Zawra', 'Belmira'], ['strike/asserted@Belmira']],
    // (an administrative district named with its province's town is that district, though its seat lies far away)
    ['Shelling hit the Marrak district of Belmira on Thursday.', [{ name: 'Marrak', precision: 'region', featureCode: 'PPLA2' }, 'Zawra', 'Belmira'], ['strike/asserted@Marrak']],
    // people in flight that reach a town fled from where they came, and do not advance
    ['Displaced families from Qorvath reached Belmira on Tuesday.', ['Qorvath', 'Belmira'], ['displacement/asserted@Qorvath']],
    ['Thousands fled to Belmira from Qorvath on Tuesday.', ['Qorvath', 'Belmira'], ['displacement/asserted@Qorvath']],
    ['Thousands fled to Belmira on Tuesday.', ['Belmira'], ['displacement/asserted@Belmira']],
    ['About 3,000 refugees returned to Belmira from Tessen on Friday.', ['Belmira', 'Tessen'], ['displacement/asserted@Belmira']],
    // a place listed with a destination is a destination too
    ['Residents of Qorvath have left for Belmira and Tessen.', ['Qorvath', 'Belmira', 'Tessen'], ['displacement/asserted@Qorvath']],
    // forces sent "to A and to the town of B" went to both; "the city" a denial names is the city, not the town
    ['The ministry said the army had sent reinforcements to Qorvath and to the town of Belmira, and denied that rebels had entered the city.',
      ['Qorvath', 'Belmira'], ['deployment/claimed@Qorvath', 'deployment/claimed@Belmira', 'denial/asserted@Qorvath']],
    // a hill "that overlooks the city" is near the city named before, not the town taken since
    ['Rebels fought troops on the edge of Qorvath city on Monday, after taking the town of Belmira. On Tuesday they stormed a hill that overlooks the city.',
      ['Qorvath', 'Belmira'], ['battle/asserted@Qorvath', 'territory_change/asserted@Belmira', 'territory_change/asserted@Qorvath']],
    // an embassy that is what the act was done to is where it was done; one that speaks is not where anything happened
    ['Looters ransacked the Iranian embassy in Qorvath on Sunday.', [{ name: 'Qorvath', role: 'mention' }], ['other/asserted@Qorvath']],
    // "the city" on whose outskirts fighting goes on is the town named before, not the villages taken since
    ['Rebels entered the city of Qorvath on Monday. The rebels said they had captured the villages of Zawra and Belmira. Clashes continued on the outskirts of the city on Tuesday.',
      ['Qorvath', 'Zawra', 'Belmira'], ['territory_change/asserted@Qorvath', 'territory_change/claimed@Zawra', 'territory_change/claimed@Belmira', 'battle/asserted@Qorvath']],
  ]
  for (const [text, places, expected] of table) {
    it(`"${text}" → ${expected.join(', ') || 'nothing'}`, () => assert.deepEqual(run(text, places).map(brief), expected))
  }
  it('keeps an embassy that speaks out of the place of what it tells', () => {
    const events = run('Rebels seized Belmira, the embassy in Qorvath said on Sunday.', ['Belmira', { name: 'Qorvath', role: 'mention' }])
    assert.deepEqual(events.map((e) => e.place?.name), ['Belmira'])
  })
  it('places the battle "on the outskirts of the city" near the town', () => {
    const events = run('Rebels entered the city of Qorvath on Monday. The rebels said they had captured the villages of Zawra and Belmira. Clashes continued on the outskirts of the city on Tuesday.', ['Qorvath', 'Zawra', 'Belmira'])
    assert.equal(events.at(-1)?.place?.precision, 'near')
  })
})


describe('extract-events: tolls that grew, tolls left unknown, one toll over several places', () => {
  // "the death toll rose to 45": a count of the dead reported as the toll's growth
  const grew: [string, string[]][] = [
    ['The death toll rose to 38, the monitor said.', ['casualties/asserted killed=38']],
    ['The death toll from the shelling of Qorvath has climbed to 17.', ['casualties/asserted@Qorvath killed=17']],
    ['The monitor counted more deaths this week, and the death toll now stands at 260.', ['casualties/asserted killed=260']],
    // a toll put at a figure, "death" or not
    ['The monitor had put the toll at 514 on Monday.', ['casualties/asserted killed=514']],
    ['Medics in Qorvath put the death toll at about 40.', ['casualties/asserted@Qorvath killed=40']],
    // a toll grown to a figure in words; bodies counted as they are pulled out
    ['The death toll from a car bomb in Qorvath on Monday has risen to nine.', ['casualties/asserted@Qorvath killed=9']],
    ['Rescuers have pulled 20 bodies from the prison in Qorvath since Sunday.', ['casualties/asserted@Qorvath killed=20']],
  ]
  for (const [text, want] of grew) {
    it(`"${text}" → ${want.join(', ')}`, () => assert.deepEqual(run(text, ['Qorvath']).filter((e) => e.type === 'casualties')
      .map((e) => `${brief(e)} ${Object.entries(e.quantities).map(([k, v]) => `${k}=${v}`).join(',')}`), want))
  }
  // "shelled two villages, without any information on casualties": the toll is not known, so none is reported
  const unknown = [
    'Government forces shelled Qorvath and Belmira, without any information on casualties.',
    'Drones struck a depot near Belmira, with no word on casualties so far.',
  ]
  for (const text of unknown) {
    it(`"${text}" → strikes, no casualties`, () => {
      const events = run(text, ['Qorvath', 'Belmira'])
      assert.deepEqual(events.filter((e) => e.type === 'casualties').map(brief), [])
      assert.ok(events.some((e) => e.type === 'strike'))
    })
  }
  // one count over two places is one event at the first, not the same dead counted at each place
  const over: [string, string[]][] = [
    ['Jets struck Qorvath and its outskirts on Monday, killing eleven people in Qorvath and Tessen.', ['casualties/asserted@Qorvath killed=11']],
    ['Thousands of families displaced from Belmira and Tessen reached Qorvath over the weekend.', ['displacement/asserted@Belmira displaced=1000,displaced_low=1000,displaced_high=9999']],
  ]
  for (const [text, want] of over) {
    it(`"${text}" → ${want.join(', ')}`, () => assert.deepEqual(run(text, ['Qorvath', 'Belmira', 'Tessen']).filter((e) => e.type === 'casualties' || e.type === 'displacement')
      .map((e) => `${brief(e)} ${Object.entries(e.quantities).map(([k, v]) => `${k}=${v}`).join(',')}`), want))
  }
})

describe('extract-events: a crowd filling a square, a force to be moved', () => {
  const table: [string, string[]][] = [
    // a crowd that fills a square or the streets gathers: a protest (a rally or a celebration)
    ['Thousands poured into Freedom Square in central Qorvath on Sunday, waving flags.', ['protest/asserted@Qorvath']],
    ['Crowds flocked to the main square of Belmira to celebrate.', ['protest/asserted@Belmira']],
    // (people arriving in a town or a country are no crowd in a public space)
    ['Thousands of refugees poured into Belmira after the fall of Qorvath.', []],
    // a force "expected to move" its fighters is a forecast of a deployment; "will move" one that is planned
    ['The Qorvath Front is expected to move its remaining fighters to Belmira in the coming days.', ['deployment/projected@Belmira']],
    ['The Qorvath Front will move its fighters to Belmira next week.', ['deployment/planned@Belmira']],
  ]
  for (const [text, want] of table) {
    it(`"${text}" → ${want.join(', ') || 'no protest or deployment'}`, () => assert.deepEqual(run(text, ['Qorvath', 'Belmira'])
      .filter((e) => e.type === 'protest' || e.type === 'deployment').map(brief), want))
  }
})

describe('extract-events: a mission or a home broken into is raided, not taken', () => {
  const table: [string, string[]][] = [
    ['Gunmen stormed the Zelmari embassy in Qorvath on Sunday and ransacked its offices.', ['other/asserted@Qorvath']],
    ['Armed men broke into the home of a judge in Belmira.', []],
    // (nor is a prison stormed to free its inmates)
    ['Fighters stormed the central prison of Belmira on Sunday.', []],
    ['Fighters stormed Belmira military prison on Sunday.', []],
    // (a town stormed still changes hands)
    ['Rebels stormed the town of Belmira on Sunday.', ['territory_change/asserted@Belmira']],
  ]
  for (const [text, want] of table) {
    it(`"${text}" → ${want.join(', ') || 'nothing'}`, () => assert.deepEqual(run(text, [{ name: 'Qorvath', role: 'mention' }, 'Belmira']).map(brief), want))
  }
})

describe('extract-events: a surrender told, not one refused or asked for', () => {
  for (const text of ['The soldiers in Belmira refused to surrender.', 'The rebels called on the garrison in Belmira to surrender.']) {
    it(`"${text}" → no surrender`, () => assert.deepEqual(run(text, ['Belmira']).filter((e) => e.type === 'other').map(brief), []))
  }
})

describe('extract-events: a report filed the day after its lead', () => {
  const dates = (text: string) => run(text, ['Qorvath', 'Belmira', 'Tessen'], '2024-12-03').filter((e) => e.type === 'strike').map((e) => `${e.place?.name} ${e.date}`)
  it('dates the undated acts after a lead of one recent day by that day ("… on Monday. Jets struck Belmira …")', () => {
    assert.deepEqual(dates('The monitor counted 30 dead in air strikes on Qorvath on Monday.\n\nJets also struck Belmira, killing four.'),
      ['Qorvath 2024-12-02', 'Belmira 2024-12-02'])
  })
  it('stops at the first other day the text names', () => {
    assert.deepEqual(dates('The monitor counted 30 dead in air strikes on Qorvath on Monday.\n\nOn Tuesday jets struck Belmira.\n\nJets also struck Tessen.'),
      ['Qorvath 2024-12-02', 'Belmira 2024-12-03', 'Tessen 2024-12-03'])
  })
})

describe('extract-events: a civilian named with an apposition makes no statement', () => {
  it('"…," said Abu Ahmad, a resident of X → nothing', () => {
    assert.deepEqual(run('"We heard explosions all night," said Abu Ahmad, a resident of Belmira.', ['Belmira']).map(brief), [])
  })
})

describe('extract-events: the second claim of a denier', () => {
  it('is attributed to the denier, after a live blog\'s timestamp too', () => {
    const events = run('17:40 GMT - The ministry denied that its forces had withdrawn from Belmira and said troops were reinforcing their lines there.', ['Belmira'])
    assert.deepEqual(events.filter((e) => e.type === 'deployment').map((e) => e.attribution), ['The ministry'])
  })
})

describe('extract-events: an advance by a force that took a place days before', () => {
  it('is news of its own ("The rebels, who took Belmira on Monday, said on Thursday they were advancing toward Qorvath")', () => {
    const events = run('The rebels, who took Belmira on Monday, said on Thursday they were advancing toward Qorvath.', ['Belmira', 'Qorvath'], '2024-12-06')
    assert.ok(events.some((e) => e.type === 'other' && e.place?.name === 'Qorvath'), events.map(brief).join(', '))
  })
})

describe('extract-events: "near" before a list of towns', () => {
  it('holds for each town of the list, not for one with its own preposition', () => {
    const near = (text: string) => run(text, ['Qorvath', 'Belmira', 'Tessen']).map((e) => `${e.place?.name} ${e.place?.precision}`)
    assert.deepEqual(near('Jets struck positions near Qorvath, Belmira and Tessen.'), ['Qorvath near', 'Belmira near', 'Tessen near'])
    assert.deepEqual(near('Jets struck positions near Qorvath and in Belmira.'), ['Qorvath near', 'Belmira exact'])
  })
})

describe('extract-events: an attack on a force where it stands', () => {
  const brief2 = (text: string) => run(text, ['Belmira'], '2024-12-05').map((e) => `${e.type}@${e.place?.name} ${e.date}`)
  it('is a battle even when the toll is the verb ("killed three soldiers in an attack on a checkpoint near X")', () => {
    assert.deepEqual(brief2('Gunmen killed four policemen in an attack on a checkpoint near Belmira on Tuesday.'),
      ['casualties@Belmira 2024-12-03', 'battle@Belmira 2024-12-03'])
    assert.deepEqual(brief2('Masked men staged an assault on army positions outside Belmira overnight.').map((x) => x.split(' ')[0]), ['battle@Belmira'])
  })
  it('has no doer in the subject of another act it came before ("units pulled back after attacks on checkpoints")', () => {
    const events = run('The army said its units near Belmira had pulled back after attacks on their checkpoints by gunmen.', ['Belmira'], '2024-12-05')
    assert.deepEqual(events.filter((e) => e.type === 'battle').map((e) => e.actors.filter((a) => a.role === 'initiator').map((a) => a.actorId)), [[]])
  })
  it('is a strike when told by its weapon, and no new event when condemned', () => {
    assert.deepEqual(brief2('A drone attack on a militia checkpoint near Belmira wounded two.').map((x) => x.split(' ')[0]), ['strike@Belmira', 'casualties@Belmira'])
    assert.deepEqual(run('The governor condemned the attack on the checkpoint in Belmira.', ['Belmira']).filter((e) => e.type === 'battle'), [])
  })
})

describe('extract-events: a date in a fronted concession or time clause', () => {
  const dated = (text: string) => run(text, ['Belmira', 'Qorvath'], '2024-12-07').map((e) => `${e.type}/${e.modality} ${e.date}`)
  it('belongs to that clause\'s event, not the main clause\'s ("Despite a truce agreed on Monday, fighting went on … on Wednesday")', () => {
    assert.deepEqual(dated('Despite a truce agreed on Monday, fighting went on around Belmira on Wednesday.'), ['battle/asserted 2024-12-04'])
    assert.deepEqual(dated('After a quiet Sunday, militia shells hit Qorvath again on Thursday.'), ['strike/asserted 2024-12-05'])
  })
  it('dates the main clause when it names no day of its own (a time clause), and a speaker in a concession vouches only for it', () => {
    assert.deepEqual(dated('Hours after rebels entered Belmira on Monday, they moved on toward Qorvath.').slice(0, 1), ['territory_change/asserted 2024-12-02'])
    const events = run('Although the army said on Monday it still held Belmira, rebels entered the town on Wednesday.', ['Belmira'], '2024-12-07')
    assert.deepEqual(events.filter((e) => e.type === 'territory_change').map((e) => `${e.modality} ${e.attribution} ${e.date}`), ['asserted null 2024-12-04'])
  })
})

describe('extract-events: a party that will leave a place', () => {
  const left = (text: string) => run(text, ['Belmira', 'Geneva'], '2024-12-07').map((e) => `${e.type}/${e.modality}@${e.place?.name} ${e.actors.map((a) => `${a.actorId}:${a.role}`).join(',')}`)
  it('hands the place over, as planned ("The SDF said it would leave X", "agreed to vacate X")', () => {
    assert.deepEqual(left('The SDF said it would leave Belmira.'), ['territory_change/planned@Belmira sdf:target'])
    assert.deepEqual(left('The SDF agreed to vacate Belmira under a deal brokered by Washington.').map((x) => x.split(' ')[0]), ['territory_change/planned@Belmira'])
    assert.deepEqual(left('The SDF left Belmira on Friday.'), ['territory_change/asserted@Belmira sdf:target'])
    // (the party that leaves gives the place up, not another named before it)
    assert.deepEqual(left('The SDF said a truce had been reached with US help and that the Manbij Military Council would leave Belmira.').filter((x) => x.startsWith('territory_change')),
      ['territory_change/planned@Belmira manbij-military-council:target'])
  })
  it('is no loss of ground when a person or an agency leaves', () => {
    assert.deepEqual(left('The UN said it would leave Geneva.').filter((x) => x.startsWith('territory_change')), [])
    assert.deepEqual(left('Bashar al-Assad left Belmira on Friday.').filter((x) => x.startsWith('territory_change')), [])
  })
})

describe('extract-events: held-out audit, session 15', () => {
  const brief3 = (text: string, places: string[] = ['Belmira', 'Qorvath']) => run(text, places, '2024-12-07').map((e) => `${e.type}/${e.modality}@${e.place?.name ?? '-'}`)
  it('a single shell or bomb that hits is a strike ("killed when a shell hit …")', () => {
    assert.deepEqual(brief3('Nine people were killed when a militia shell hit a bakery in Belmira.'), ['casualties/asserted@Belmira', 'strike/asserted@Belmira'])
  })
  it('control restored is a change of hands ("the army had restored full control over villages near X")', () => {
    assert.deepEqual(brief3('The army said it had restored full control over three villages near Belmira.').filter((x) => x.startsWith('territory_change')), ['territory_change/claimed@Belmira'])
  })
  it('an attack planned or feared is no battle ("had been planning attacks on army bases")', () => {
    assert.deepEqual(brief3('The ministry said the gunmen had been planning attacks on army bases near Belmira.').filter((x) => x.startsWith('battle')), [])
  })
  it('a force that will leave "the city" before a purpose ("to protect civilians") gives the city up', () => {
    assert.deepEqual(run('The SDF entered Belmira on Monday. Its commander said his fighters would leave the city soon to spare civilians.', ['Belmira'], '2024-12-07')
      .filter((e) => e.modality === 'planned').map((e) => `${e.type}/${e.modality}`), ['territory_change/planned'])
  })
  it('a person or people taken in are sheltered, no ground taken ("agreed to take in the ousted president")', () => {
    assert.deepEqual(brief3('Moscow agreed to take in the ousted president and his family.'), [])
    assert.deepEqual(brief3('Belmira took in thousands of families from Qorvath.').filter((x) => x.startsWith('territory_change')), [])
  })
  it('prisoners who walk free are freed ("hundreds of detainees walked free from the prison")', () => {
    assert.deepEqual(brief3('Hundreds of detainees walked free from the central prison in Belmira on Sunday.'), ['other/asserted@Belmira'])
  })
  it('a vow that names no known act is a planned statement of the one who vows', () => {
    const events = run('The army vowed on Sunday to crush the gangs once and for all.', [], '2024-12-03')
    assert.deepEqual(events.map((e) => `${e.type}/${e.modality} ${e.actors.map((a) => a.actorId).join(',')} ${e.date}`), ['statement/planned syrian-army 2024-12-01'])
    assert.deepEqual(run('Residents vowed to rebuild their homes.').map(brief), [])
  })
  it('a statue toppled is brought down where it stood, not a ruler\'s fall in the country', () => {
    assert.deepEqual(brief3('In Belmira, crowds toppled a statue of the late ruler.'), ['other/asserted@Belmira'])
  })
  it('reports said to be false are denied ("says reports that its troops have withdrawn from X are false")', () => {
    assert.deepEqual(brief3('The ministry says reports that its troops have withdrawn from Belmira are false.'), ['denial/asserted@Belmira'])
    assert.deepEqual(brief3('The army called claims that rebels had entered Qorvath "baseless".').filter((x) => x.startsWith('territory_change')), [])
  })
  it('a fall that "could" open a road is hypothetical, in the words after "warn that" too', () => {
    assert.deepEqual(brief3('Analysts warn that the fall of Belmira could open the road to Qorvath.'), ['territory_change/hypothetical@Belmira'])
  })
  it('"The next day," before a speaker is no part of the speaker', () => {
    const events = run('Troops left Belmira on Friday. The next day, the SDF said it held the town.', ['Belmira'], '2024-12-09')
    assert.deepEqual(events.map((e) => e.attribution).filter((a) => a !== null), ['Syrian Democratic Forces'])
  })
  it('a refusal in reported speech ("said it would not allow …") is a planned statement, as a vow', () => {
    assert.deepEqual(run('Ankara said it would not allow a hostile enclave on its border.').map((e) => `${e.type}/${e.modality}`), ['statement/planned'])
  })
  it('a plan to "move toward" a named town is a planned advance', () => {
    assert.deepEqual(brief3('The SNA plans to move toward Belmira in the coming days.'), ['other/planned@Belmira'])
  })
  it('fire opened on a patrol is a battle; on protesters it is not', () => {
    assert.deepEqual(brief3('Gunmen opened fire on an army patrol near Belmira, killing one.'), ['battle/asserted@Belmira', 'casualties/asserted@Belmira'])
    assert.deepEqual(brief3('Guards opened fire on protesters in Belmira.').filter((x) => x.startsWith('battle')), [])
  })
  it('a leaving left open "on Wednesday whether" is no withdrawal', () => {
    assert.deepEqual(brief3('It was not clear on Wednesday whether the SDF had left Belmira.').filter((x) => x.startsWith('territory_change')), [])
  })
  it('a party that will leave "the Sheikh X district" gives that district up', () => {
    assert.deepEqual(run('The SDF will leave the Ashrafiyat Qorvath district under a deal.', [{ name: 'Ashrafiyat Qorvath', precision: 'exact' }], '2024-12-05').map(brief), ['territory_change/planned@Ashrafiyat Qorvath'])
  })
  it('a source who "told state television" after the words is their speaker (reported "would" is intent)', () => {
    assert.deepEqual(brief3('Troops would try to retake Belmira within days, a military source told state television.'), ['territory_change/planned@Belmira'])
  })
  it('rescuers who tell of a raid are its source', () => {
    assert.deepEqual(run('Jets pounded Belmira overnight, rescuers said.', ['Belmira']).map((e) => `${e.type} ${e.attribution}`), ['strike rescuers'])
  })
})
