// Priming: a process that will read many reports first runs the pipeline over a few invented ones, so that every
// rule has run before V8 compiles the stages.
//
// Why: V8 compiles a hot function for the paths it has seen taken. The first report that takes a path never taken
// before (a distance cue, an Arabic word in an English report, a district "of" a city) makes it throw the compiled
// code away and compile it again: 20-40 ms for the place stage's big functions, measured with --trace-opt, or as
// long as reading 20-40 reports. A stream of new reports meets such paths one by one for a long time. Taken once
// here, the compiled code covers them from the start. The reports are invented and name real places; they change no
// result (every memo they fill is a pure function of its key). They are written for the place stage's rules, the
// stage that reads every word; the other stages are primed by what these reports hold.
import type { StageContext } from './context.ts'
import { runPipeline } from './run.ts'

/** Sentences that together take every rule of recognition, resolution, relative cues and roles at least once. */
export const PRIMING_REPORTS: readonly string[] = [
  // Relative cues: distance (km, decimal, miles, parenthesised), a possessive's outskirts, a list after "near", a few
  // km, districts, parts, countryside, near, rural; a village named near a countryside, which lies in its governorate.
  'Shelling hit villages 12 km south-west of Hama and 3,5 kilometres north of the town of Homs on Tuesday, Nov. 26, officials said. ' +
    'A convoy was stopped 25 kilometres (15 miles) east of Aleppo and another 6 miles northwest of Palmyra. ' +
    "Rebels reached Khan Sheikhoun's outskirts, and jets struck positions near Morek and Kafr Zita.",
  'Fighting reached a few kilometres from Aleppo, and the western districts of Aleppo came under fire as the eastern neighbourhoods of Deir ez-Zor emptied.',
  'Troops moved into the southern and eastern parts of Deir ez-Zor, the countryside of Idlib and the northern areas of Latakia.',
  'Clashes were reported near Raqqa, on the outskirts of Manbij, towards Tartus and in rural Damascus. ' +
    'Fighting went on in the eastern Hama countryside near al-Saan.',
  // Suffixes, bearings and possessives: countryside, province, district, county; "Hama's northern countryside"; an area
  // word after a pair (a plural one read as each name's own: "the Shahba area"); a province's capital; a side of the capital.
  "Hama's northern countryside was shelled, while the western Aleppo countryside and Idlib province saw air strikes. " +
    "Daraa governorate and Jefferson County reported calm; Syria's second city and Martha's Vineyard made the news. " +
    'Jets struck the Idlib and Hama countryside, the Tal Rifaat and Shahba areas and the Daraa and Sweida provinces. Rebels crossed Daraa province and entered the provincial capital. Jets struck western Damascus.',
  // A part of the city named next or before, alone or in a list (Hamidiyah is a village far from Aleppo in both indexes; the world
  // index reads Midan as Medan, knows no Sheikh Maqsoud); a city's section called a district (the theater's Muhajireen);
  // streets and squares named after towns; newspapers named after towns; the last of a list after "of" before "said"; a
  // neighbourhood named bare that a city abroad bears as another name (Tayy, which cities500 gives Taizhou in China); a
  // neighbourhood named with no city after a city (Khalidiya, a Jordanian town as well); "the X district of" a city,
  // X a district only abroad.
  'Residents of the Hamidiyah neighbourhood of Aleppo fled, as did families in Aleppo\'s Hamidiyah quarter, the Midan neighbourhood of Damascus and the Hamidiyah and ' +
    'Sheikh Maqsoud neighbourhoods of Aleppo; the Muhajireen district was calm, and crowds filled Umayyad Square and Baghdad Street. ' +
    'The Washington Post reported it, Aleppo Today said, and a commander told Hama 24. Residents of Douma, the Yarmouk camp and Harasta said the army had left. ' +
    'Loyalists clashed with guards in the Tayy neighbourhood. Crowds gathered in Homs; the Khalidiya and Baba Amr neighbourhoods were quiet. Shots rang out in the Khalidiya district of Homs.',
  // Governments named by their capitals; countries acting; places only mentioned (speech, venue, origin, counterpart).
  'Damascus said the strikes were illegal, Moscow has warned Ankara, and Israel struck targets in Quneitra. Qatar, Egypt and Jordan urged restraint. Talks between Israel and Lebanon resumed. ' +
    'The minister told reporters in Geneva that refugees from Lebanon and Jordan were returning after talks in Astana.',
  "Russia's embassy in Damascus advised its citizens to leave, and a ceasefire agreement with Turkey was signed in Doha. US officials and UK troops arrived, a correspondent reporting from Beirut said.",
  // Headquarters spoken from, stormed or struck; reinforcements sent from a place; forces that leave one.
  'The SDF said from its headquarters in Hasakah that gunmen had stormed the police headquarters in Daraa, and the ' +
    "group's headquarters in Idlib was struck. Reinforcements had arrived from Homs after fighters withdrew from Rastan " +
    'and the army evacuated civilians and its remaining fighters from Talbiseh.',
  // Speakers' places: a sentence's opening "In X, the minister said", officials in a list of places who accuse; a
  // capital accused "of" something; a place locating the next ("the Idlib town of Saraqib"); a source's place closing
  // a sentence, after the report's place and alone.
  'In Moscow, the foreign minister said the base would stay. ' +
    'Officials in Qamishli and Hasakah accused Ankara of planning an offensive. Jets bombed the Idlib town of Saraqib. ' +
    'Shells hit a market in Ariha, a security source in Idlib said. Jets struck homes, according to sources in Hama.',
  // Datelines (a wire's, see also below), abbreviations and names in capitals; containers ("Springfield, Illinois"); organisations and people.
  'ALEPPO, Syria (Reuters) - The US, the UK and the EU condemned the attack on Homs, Syria. ' +
    'A spokesman for Aleppo University said Gen. Hassan Homs and Mayor Kelly met Hamas officials; President Assad left. Kelly said more.',
  'The storm hit Springfield, Illinois, and Paris, Texas, on Monday, officials from around Portland said.',
  // Datelines without an agency: a date and a dash, a colon after a town, a town in capitals on its own line.
  'Homs, Dec 4 — Rebels said they were near Hama.\n\nDamascus: The army said it held Homs.\n\nANKARA\n\nTurkey said it watched Kobani.',
  // An area word before "of"; a place of a speaker's own; places as modifiers; possessives inside a name.
  'Fighting spread across the province of Idlib and the governorate of Hama, families reached the governorates of Latakia and Tartus, a customs officer at the Bab al-Hawa crossing said. ' +
    'An official in Baalbek told the news site Suwayda 24 that US-backed and Damascus-based groups met in King\'s Lynn and St. John\'s. ' +
    'Both sides of the House said they were satisfied, and the State said it would appeal.',
  // One letter off or a dropped vowel, beside the places that support it (an ambiguous name too; a two-word name, one with
  // an article between); a common word as a name; demonyms; a military operation's name; a place after a sentence-opening conjunction.
  'Rebels entered Mhardeh near Hama. After Hama fell, rebels of Operation Dawn of Freedom took Mhardah, Suqaylabiyah and Hama, then Rastn and Talbiseh north of Homs. Mobile units from Reading moved on. Syrian, Turkish and Iranian officials met as Kurdish forces held Kobani. ' +
    'Families moved to camps in Dana and Maaret Tamsrin, and troops reached Jubata al-Khashab near Khan Arnabah. In Rastn, fighting went on.',
  // Roads (two towns, a dash and any road word: dashed-road.ts) and crossings; lowercase theater phrases; the coast
  // and the desert; a village named as a town far abroad is
  // by another name (Hatla, Hatta in India), and one written with an article (Al-Mashi, Mashi in Nigeria); a name going on
  // with an article and another name, or an adjective; a list of crossings before a plural crossing word.
  'Traffic on the M5, the Aleppo-Latakia highway and the Damascus–Aleppo international road stopped, the Jaber, Bab al-Salameh and Nasib crossings closed, the Bab al-Hawa crossing closed, and fighting spread along the coast and into the Syrian desert. ' +
    'Families left Hatla and Al-Mashi near Deir ez-Zor. Jets struck Kafr al-Zaitoun and Homs al-Qadima.', 'Jets struck Arsal.',
  // A capital after its country in the sentence, and after a venue where officials speak; a place naming a gathering; a news site named after a province; a capital as the other party to talks; a city's district given as an example; suburbs named with their city; a speaker by phone; people evacuated; a lowercase region describing a town; where a statement was issued.
  "Qatar's foreign minister said in Doha that the Turkish envoy had told reporters in Doha and Amman of the talks. " +
    'Speaking at the Doha Forum, the envoy said fighting in Homs had stopped. According to Suwayda 24, Deir Ezzor 24 reported shelling. The SDF was ready for talks with Damascus. ' +
    'Rebels took Aleppo and most of its neighbourhoods, including al-Hamdaniya, and reached the Damascus suburbs of Jaramana and Darayya. ' +
    'An official, speaking by phone from Raqqa, said Iran evacuated its diplomats from Damascus and that troops regrouped in the desert city of Palmyra. ' +
    'The agency, in a statement issued in Geneva, urged calm.',
  // Arabic script inside an English report, and an Arabic report: proclitics, area words, bearings, demonyms.
  'The town of Saraqib (سراقب) fell, and Maarat al-Numan (معرة النعمان) was emptied.',
  'قصفت الطائرات ريف حلب الغربي ومدينة إدلب، وقال مسؤولون في دمشق إن القوات السورية انسحبت من حماة ومحافظة حمص. ' +
    'وأعلنت أنقرة أن اللاجئين السوريين عادوا عبر معبر باب الهوى إلى طريق حلب - اللاذقية.',
  // An Arabic dateline, and a venue of words.
  'دمشق - قال وزير الخارجية في مؤتمر صحفي في أنقرة إن القوات انسحبت من حماة.',
]

/**
 * Runs the pipeline over PRIMING_REPORTS, for a process that will read many reports: a server that ingests, a
 * benchmark of a long run. Some hundreds of milliseconds once, so not for a run over a few documents.
 */
export function primePipeline(ctx: StageContext): void {
  const records = PRIMING_REPORTS.map((raw) => ({ source: 'priming', raw, format: 'text' as const, hints: { publishedAt: PRIMING_DAY } }))
  // V8 records what a function meets only once it has run a few times: one pass is not remembered everywhere.
  for (let pass = 0; pass < PRIMING_PASSES; pass++) for (const record of records) runPipeline(record, ctx)
}
const PRIMING_DAY = '2024-11-27'
const PRIMING_PASSES = 3
