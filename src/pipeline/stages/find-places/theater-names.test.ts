// The theater's own names through the real index: other spellings of towns GeoNames or OCHA have (places.json
// `aliases`, by GeoNames id or OCHA pcode) and places neither has (Damascus districts, bases named bare). The
// sentences are invented; the names are real because the rule under test is the index's coverage of the theater.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { annotationsOf, assertDoc } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

const ctx = defaultContext()
function places(text: string): { surface: string; name: string; country: string | null; featureCode: string | undefined }[] {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-08' } }, ctx)
  assertDoc(doc)
  return annotationsOf(doc, 'place').map((p) => ({ surface: doc.text.slice(p.span.start, p.span.end), name: p.name, country: p.country, featureCode: p.featureCode }))
}

// [sentence, surface, the entry's name]: each sentence names one place and nothing else of the theater, so no
// neighbour in the text helps a spelling one letter off.
const NAMES: readonly [string, string, string][] = [
  // A spelling by GeoNames id: "Qamishlo" had been Kamyshlov in Russia.
  ['Kurdish police patrolled Qamishlo after the curfew.', 'Qamishlo', 'Al Qāmishlī'],
  ['Shells fell on Tellrifaat before dawn.', 'Tellrifaat', 'Tall Rif‘at'],
  ['Jets struck Kafrzita twice overnight.', 'Kafrzita', 'Kafr Zaytā'],
  ['Families returned to Serêkaniyê on foot.', 'Serêkaniyê', 'Ra’s al ‘Ayn'],
  ['A convoy left Girê Spî at noon.', 'Girê Spî', 'Tall Abyaḑ'],
  // Kurdish names as Kurdish outlets write them in English.
  ['Clashes reached the edge of Til Temir.', 'Til Temir', 'Tall Tamr'],
  ['Fighters held the line in Minbic.', 'Minbic', 'Manbij'],
  ['Families walked out of Til Rifat at dawn.', 'Til Rifat', 'Tall Rif‘at'],
  ['Local factions entered Bosra al-Sham at dawn.', 'Bosra al-Sham', 'Buşrá ash Shām'],
  ['A Turkish drone hit a car near Zirgan in Hasakah province.', 'Zirgan', 'Abu Rasin'],
  // A spelling by OCHA pcode, of a place GeoNames lacks or spells otherwise.
  ['Artillery hit Latamneh on Tuesday.', 'Latamneh', 'Latmana'],
  ['Shops closed in Girkê Legê.', 'Girkê Legê', 'Maabada'],
  ['Artillery hit Al-Lataminah on Tuesday.', 'Al-Lataminah', 'Latmana'],
  ['Pilgrims left Sayyida Zeinab by bus.', 'Sayyida Zeinab', 'Sayyeda Zeinab'],
  ['Police returned to Moadamiyeh on Sunday.', 'Moadamiyeh', 'Madamiyet Elsham'],
  // OCHA translates some names ("Kafr Aleppo", "Big Orm"); GeoNames gives "Beit Jinn" only to a village in Israel.
  ['Patrols entered Beit Jinn at dawn.', 'Beit Jinn', 'Bait Jan'],
  ['Rebels held Urum al-Kubra by noon.', 'Urum al-Kubra', 'Big Orm'],
  ['Shells fell on Kafr Halab overnight.', 'Kafr Halab', 'Kafr Aleppo'],
  // Names in OCHA's style, found by the spellings built from its Arabic column (ocha-names.ts): a fused article,
  // OCHA's Kherbet, a translated adjective or castle, and "th" for another letter.
  ['Residents fled Ain al-Shaara after the raid.', 'Ain al-Shaara', 'Ein Elshaara'],
  ['Tribesmen held Khirbet al-Beida at dawn.', 'Khirbet al-Beida', 'Kherbet Elbeida'],
  ['Troops reached Safira Fawqani at dawn.', 'Safira Fawqani', 'Upper Safira'],
  ['Raids hit Zamleh al-Sharqiya twice.', 'Zamleh al-Sharqiya', 'Eastern Zamleh'],
  ['Fighters left Qalaat al-Mahableh on Monday.', 'Qalaat al-Mahableh', 'Mahableh Castle'],
  ['Drones struck Mazloum on Friday.', 'Mazloum', 'Mathlum'],
  ['Shells fell on Kafr Nabudah overnight.', 'Kafr Nabudah', 'Kafr Nabutha'],
  // Its vowels are not in the Arabic name: an alias, as for Urum al-Kubra.
  ['Rebels held Urum al-Sughra by noon.', 'Urum al-Sughra', 'Little Orm'],
  // Bases, airports and a prison the period's reports name, which neither index has: the town beside each stays the town.
  ['Israeli jets struck the Khalkhalah air base overnight.', 'Khalkhalah air base', 'Khalkhalah Air Base'],
  ['Missile boats hit ships at Minet al-Beida.', 'Minet al-Beida', 'Minet al-Beida naval base'],
  ['Crowds searched Sednaya prison for relatives.', 'Sednaya prison', 'Sednaya prison'],
  ['Flights resumed at Qamishli airport.', 'Qamishli airport', 'Qamishli Airport'],
  ['Kurdish police patrolled Qamishli after the curfew.', 'Qamishli', 'Al Qāmishlī'],
  // Damascus districts from OCHA's neighbourhood polygons.
  ['Strikes hit a research centre in Barzeh.', 'Barzeh', 'Barzeh'],
  ['Residents of Dummar heard gunfire all night.', 'Dummar', 'Dummar'],
  ['A blast shook Mezzeh after midnight.', 'Mezzeh', 'Mezzeh'],
  // Damascus's main square: a report that names only the square is in Damascus, not somewhere in Syria.
  ['Thousands rallied in Umayyad Square on Monday.', 'Umayyad Square', 'Umayyad Square'],
  ['A car bomb went off in Kafr Sousa.', 'Kafr Sousa', 'Kafr Sousa'],
  ['Checkpoints went up across Qaboun overnight.', 'Qaboun', 'Qaboun'],
  // Medan in Indonesia outranks it by population alone; a text about Syria decides.
  ['Gunfire rang out in Midan, a district of Damascus.', 'Midan', 'Midan'],
  // Jober, a village near Homs, has Jobar's spelling key: bare, the Damascus district is meant.
  ['Shelling hit Jobar before dawn.', 'Jobar', 'Jobar'],
  ['Looters were seen in Muhajireen on Sunday.', 'Muhajireen', 'Muhajireen'],
  ['Aid trucks entered the Yarmouk camp at noon.', 'Yarmouk camp', 'Yarmouk'],
  ['Students gathered in Baramkeh after the fall.', 'Baramkeh', 'Baramkeh'],
  ['Shots were fired in Qadam overnight.', 'Qadam', 'Qadam'],
  // Al-Malikiyah in Hasakah gives "Malki" as another name.
  ['Embassies in Malki closed their gates.', 'Malki', 'Malki'],
  // Bases named bare or by another name of their airfield.
  ['Rebels overran the Nayrab military airport.', 'Nayrab military airport', 'Aleppo International Airport'],
  ['Coalition troops stayed at al-Tanf through the winter.', 'al-Tanf', 'Al-Tanf garrison'],
  ['Drones circled over T4 for an hour.', 'T4', 'Tiyas Air Base (T4)'],
  ['Missiles struck Shayrat at dawn.', 'Shayrat', 'Shayrat Air Base'],
  ['Rebels overran the Sayqal airbase at noon.', 'Sayqal airbase', 'Sayqal Air Base'],
  ['Jets left the Dumayr military airport at dawn.', 'Dumayr military airport', 'Dumayr Military Airport'],
  ['Families returned to Dumayr on Sunday.', 'Dumayr', 'Aḑ Ḑumayr'],
  // A port of the crossings table in English, either way round; the bare town stays the town.
  ['Cranes at the port of Latakia stood idle.', 'port of Latakia', 'Port of Latakia'],
  ['Two freighters left Tartus port empty.', 'Tartus port', 'Port of Tartus'],
  ['Two freighters left Tartus empty.', 'Tartus', 'Ţarţūs'],
  // Regions news of the period names, which neither GeoNames nor OCHA lists; a bearing before "Ghouta" that makes
  // another region, and a region named after a town that stays the town bare.
  ['Fighting spread across the Hauran plain overnight.', 'Hauran plain', 'Hauran'],
  ['Militias left the Lajat area on Friday.', 'Lajat area', 'Lajat'],
  ['Volunteers from Jabal al-Arab joined the march.', 'Jabal al-Arab', 'Jabal al-Arab'],
  ['Rebels pushed into Jabal al-Akrad at dawn.', 'Jabal al-Akrad', 'Jabal al-Akrad'],
  ['Shelling hit Turkmen Mountain overnight.', 'Turkmen Mountain', 'Jabal al-Turkman'],
  ['Troops left towns in western Ghouta on Saturday.', 'western Ghouta', 'Western Ghouta'],
  ['Families fled the Shahba region on Sunday.', 'Shahba region', 'Shahba region'],
  ['Troops left Wadi al-Nasara on Saturday.', 'Wadi al-Nasara', 'Wadi al-Nasara'],
  ['Druze fighters entered Shahba on Saturday.', 'Shahba', 'Shahbā'],
  // District seats GeoNames gives no population (0), named by their own name beside a foreign army's demonym: the seat
  // counts as big as its peers, not as a hamlet beside Kamyshlov (Russia) or a namesake abroad.
  ['Russian troops left their outposts near Qamishli on Friday.', 'Qamishli', 'Al Qāmishlī'],
  ['Turkish drones struck Maarat al-Numan overnight.', 'Maarat al-Numan', 'Ma‘arrat an Nu‘mān'],
]
for (const [text, surface, name] of NAMES) {
  test(`"${surface}" is ${name}`, () => {
    const p = places(text).find((x) => x.surface === surface)
    assert.equal(p?.name, name, text)
    assert.equal(p?.country, 'SY', text)
  })
}

test('a spelling alias is matched as a name, capitalised: lowercase "qamishlo" is no place', () => {
  assert.deepEqual(places('the word qamishlo was written on a wall in Hama.').map((p) => p.surface), ['Hama'])
})

test('a crossing word after a bare base name still makes the crossing: "the al-Tanf crossing"', () => {
  assert.equal(places('Lorries queued at the al-Tanf crossing.').find((p) => p.surface === 'al-Tanf crossing')?.featureCode, 'XING')
})

// Ancient names cities500 gives big cities, which news uses for other towns (the pack's notNames): Adraa (Daraa) and a
// name of Aleppo that folds to al-Bara's key. Beside a place that tells the theater, the town named is found.
test('a name cities500 gives a big city as an ancient name is the town news means by it', () => {
  assert.equal(places('Rebels freed prisoners from Adra, north-east of Damascus, overnight.')[0]?.name, 'Adra')
  assert.equal(places('Jets struck al-Bara in Jabal al-Zawiya at dawn.')[0]?.name, 'Bara')
})

// A town abroad the pack adds because news of the theater names it: no population, yet no hamlet to drop unsupported.
test('a town the pack adds abroad stands alone in a sentence: "Arsal" is the Lebanese border town', () => {
  const p = places('Israeli jets struck Arsal overnight.').find((x) => x.surface === 'Arsal')
  assert.equal(p?.name, 'Arsal')
  assert.equal(p?.country, 'LB')
})

// Capitals are an acronym unless they name a major place by its own name: OCHA, the UN office, is one of Aachen's
// other names.
test('"OCHA" is no place: a major city only by one of its other names', () => {
  assert.deepEqual(places('More than a million people have been displaced, according to OCHA.'), [])
  assert.equal(places('BEIRUT (AP) — Jets struck targets overnight.')[0]?.name, 'Beirut')
})

test('"the buffer zone" in a text about Syria is the Golan one; in a text about Lebanon it is no Syrian place', () => {
  const syrian = places('Syrian troops abandoned their posts near Quneitra. Israeli armour then rolled into the buffer zone before dawn.')
  assert.deepEqual(syrian.find((p) => p.surface === 'the buffer zone')?.name, 'Golan buffer zone')
  const other = places('Lebanese officials in Beirut said Israeli units stayed in the buffer zone near Naqoura in southern Lebanon.')
  assert.equal(other.find((p) => p.surface.includes('buffer zone')), undefined)
})
