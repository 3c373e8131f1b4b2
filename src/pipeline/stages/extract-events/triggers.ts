// Trigger lexicon: the words and phrases that report a happening, by event type. Data, with one comment per rule.
// Patterns run case-insensitively on one sentence; `check` can veto a hit by looking at the words around it.
import type { EventType } from '../../../core/types.ts'
import { TOLL_GREW, TOLL_PUT_OBJECT, TOLL_PUT_VERB } from './quantities.ts'

export interface TriggerRule {
  readonly rule: string
  readonly type: EventType
  readonly pattern: RegExp
  /** Returns false to drop the hit; `after` is the sentence text after the hit, `before` the text before it. */
  readonly check?: (hit: string, before: string, after: string) => boolean
  /** A withdrawal: the subject loses the place (territory_change target), or redeploys when no place is lost. */
  readonly withdrawal?: boolean
  /** A handover: the subject gives the place up (target) to the one named after "to" (initiator). */
  readonly handover?: boolean
  /** A measure only the one who takes it can announce (a closure): its own word on it is the fact, not a claim. */
  readonly measure?: boolean
  /** An appointment: the one named to the office benefits; the subject, or the agent after "by", appoints. */
  readonly appointment?: boolean
  /** The hit stands only right after a place the text names ("Homs fell": not "oil prices fell"). */
  readonly placeBefore?: boolean
}

// "came under fire from critics for …", "came under attack over the detentions": criticism, not fighting.
const CRITICISED_AFTER = /^\s+(?:(?:from|by)\s+(?:the\s+)?(?:\S+\s+){0,3}?)?(?:for|over)\s|^\s+(?:from|by)\s+(?:the\s+)?(?:\S+\s+)?(?:critics|rights\s+groups|activists|lawmakers|politicians|campaigners|commentators|diplomats|the\s+press|media|newspapers|social\s+media|opponents|allies)\b/i

/** "unclear who was", "not known who": a question of who holds a place, which the sentence leaves open. */
const UNANSWERED_WHO = /\b(?:unclear|clear|uncertain|unknown|know|knew|known|asked|asking|question|determine|confirm|verify)\s+(?:\S+\s+){0,3}?who(?:ever)?\s+(?:\S+\s+){0,2}$/i
const FORCES = /\b(?:forces|troops|soldiers|fighters|units|reinforcements|contingent|personnel|battalions?|brigades?|militias?|fighter jets|warships|tanks)\b/i
const MATERIEL = /\b(?:missiles|drones|weapons|arms|ammunition|advisers|advisors|equipment|hardware|intelligence|satellite support|air support|military aid|military support|military assistance|extra military aid|air defen[cs]e)\b/i
const INFRASTRUCTURE = /\b(?:bridges?|span|overpass|road|highway|airport|power|electricity|station|hospital|dam|plant|pipeline|water|school|mosque|market|bakery|crossing)\b/i
// People, not a force, as the subject a few words before an entry: "80,000 Syrians, many of them Alawites, had entered"
// (Not "residents said HTS entered", "crowds cheered as fighters entered": someone else is the subject.)
const PEOPLE_SUBJECT = /\b(?:people|refugees|syrians|lebanese|iraqis|civilians|families|residents|returnees|thousand|thousands|hundreds)\b(?![^.;]*\b(?:rebels|fighters|troops|forces|army|militants|soldiers|insurgents|gunmen|militias?|factions?|groups?|brigades?|units|jihadists|police|convoys?|tanks|said|says|say|told|reported|saw|watched|cheered|as|when|after|before|while|where|that|who)\b)(?:[\s,]+[\w'’-]+){0,14}?[\s,]+(?:had\s+|have\s+|has\s+)?$/i
// People in flight as the subject just before a verb: "hundreds of displaced people from Qorvath", "the refugees".
const DISPLACED_SUBJECT = /\b(?:displaced|refugees|evacuees|those\s+fleeing)\b[^.;:]{0,60}?\s+(?:(?:had|have|has|finally|also|reportedly)\s+)?$/i
const PEOPLE_CROSSING = { test: (before: string) => { const m = PEOPLE_SUBJECT.exec(before); return m !== null && !/\b[A-Z]{2,}\b/.test(m[0]) } }
// People, not a force, on the move as the subject (rule people-move): not a count of them ("the number of people
// killed reached 500") and not people whose flight its own verb already tells ("families who fled X reached Y").
const PEOPLE_MOVING = { test: (before: string) => PEOPLE_CROSSING.test(before) && !/\b(?:number|toll|count|total|tally|figure)\s+of\b/i.test(before) && !/\bfle(?:d|e|eing)\b/i.test(before) }
// Where a crowd goes that is no flight: "went to the squares", "headed to the polls", "reached the hospital".
const OUTING_AFTER = /^\s+(?:(?:north|south|east|west)\S*\s+)?(?:to|toward|towards|into|for|in|at)?\s*(?:the\s+)?(?:\S+\s+){0,2}?(?:squares?|streets?|plaza|mosques?|churches|polls|rall(?:y|ies)|celebrations?|protests?|hospitals?|shops|markets?|bakeries|work|schools?|prisons?|border\s+crossings?)\b/i
// A crowd that takes no ground when it goes in: "looters entered the presidential palace", "crowds stormed the prison
// gates", "journalists entered the base" (not "looters and fighters entered", where a force goes in with them).
const CROWD_BEFORE = /\b(?:looters|crowds?|mobs?|protesters|demonstrators|journalists|reporters|onlookers|worshippers|visitors|relatives)\s+(?:(?:had|have|has|also|then|later|reportedly|briefly)\s+){0,2}$/i
// One official as the subject: "the governor had fled to Damascus", "the president fled the country" (a person's
// escape, not people displaced)
const OFFICIAL_BEFORE = /\b(?:the|its|his|their|a)\s+(?:\S+\s+)?(?:governor|president|minister|mayor|leader|commander|chief|head|ruler|premier)\s+(?:(?:had|has|have|reportedly|also)\s+){0,2}$/i
// Ships and aircraft as the subject right before a verb: "Russian warships", "two transport planes", "the frigates have"
/** The vehicles of a force as the subject: "a Russian military convoy", "a column of tanks". */
const CONVOY_BEFORE = /\b(?:convoys?|columns?(?:\s+of\s+(?:\S+\s+){0,2}?(?:vehicles|tanks|trucks))?|tanks|armou?red\s+vehicles|military\s+vehicles|military\s+trucks)\s+(?:(?:had|have|has|also|then|reportedly|was|were|been|seen|later)\s+){0,2}$/i
const CRAFT_BEFORE = /\b(?:warships|ships|vessels|frigates|corvettes|submarines|aircraft|planes|jets|helicopters|cargo\s+flights)\s+(?:(?:had|have|has|also|then|reportedly)\s+){0,2}$/i
// ("a Russian cargo plane left Hmeimim for Libya": one craft too, when a force's word or a demonym says whose; not "the
// plane left Damascus")
const CRAFT_ONE_BEFORE = /(?:\b(?:[Mm]ilitary|[Cc]argo|[Tt]ransport|[Nn]aval)|\b(?!(?:The|A|An|This|That|One|Another)\b)[A-Z][a-z]+)\s+(?:(?:cargo|transport|military|naval)\s+)?(?:warship|ship|vessel|frigate|corvette|submarine|plane|jet|helicopter|flight)\s+(?:(?:had|has|also|then|reportedly)\s+){0,2}$/
// A force's men or vehicles as the subject of a sighting's passive: "Israeli tanks were", "a column of armoured vehicles has been".
const SEEN_FORCE_BEFORE = /\b(?:troops|soldiers|forces|tanks|convoys?|columns?(?:\s+of\s+(?:\S+\s+){0,2}?(?:vehicles|tanks|trucks))?|(?:armou?red|military)\s+vehicles|bulldozers|patrols?|units|reinforcements|fighters|militiamen|gunmen|warships|helicopters)\s+(?:(?:also|later|reportedly)\s+)?(?:were|was|have\s+been|has\s+been|had\s+been|being)\s+(?:(?:also|later|reportedly|again)\s+)?$/i
// A force's vehicles as the subject of a leaving: "Russian convoys were seen leaving", "army tanks left" (not aid or
// civilian convoys, which are no force).
const FORCE_VEHICLES_LEAVING = /(?<!\b(?:aid|humanitarian|relief|UN|food|fuel|commercial|civilian|evacuation|refugee)\s+)\b(?:convoys?|columns?(?:\s+of\s+(?:\S+\s+){0,2}?(?:vehicles|tanks|trucks))?|tanks|(?:armou?red|military)\s+(?:vehicles|trucks)|patrols?)\s+(?:(?:had|have|has|also|then|later|reportedly|was|were|been|being|seen|spotted|sighted|observed|filmed)\s+){0,3}$/i
const TROOPS_BEFORE = /\b(?:troops|soldiers|forces|fighters|army|militias?|units|officers|commanders|gunmen)\s+(?:\S+\s+){0,2}$/i
// The subject of a leaving and what stands between it and the verb: "it would", "the SDF agreed to", "they will soon".
const LEAVING_SUBJECT_GAP = String.raw`(?:(?:had|has|have|will|would|shall|must|to|also|then|later|finally|eventually|soon|fully|completely|agreed|plans?|planned|promised|pledged|vowed|decided|began|begun|started|is|are|was|were|expected|ready|set|due|about|going)\s+){1,4}`
const PARTY_LEAVING = new RegExp(String.raw`(?:\b(?:it|they|we)|\p{Lu}[\w-]*)\s+(?:${LEAVING_SUBJECT_GAP})?$`, 'u')
/**
 * What may stand between the subject of a leaving and its verb, whole: "agreed to", or the subject's word on itself
 * ("said it would", "announced that they will").
 */
export const LEAVER_GAP = new RegExp(String.raw`^\s+(?:(?:said|says|announced|stated|confirmed|added|declared)\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+\s+)?(?:that\s+)?(?:it|they|we)\s+)?(?:${LEAVING_SUBJECT_GAP})?$`, 'u')
// What makes an attack a plan, a fear or a threat rather than one made: "planning attacks on", "fears of an assault on".
const ATTACK_NOT_MADE = /\b(?:plan(?:s|ned|ning)?|plott?(?:ed|ing|s)?|prepar(?:e|ed|es|ing)|intend(?:ed|s|ing)?|threat(?:s|en(?:ed|s|ing)?)?|fears?|feared|warn(?:ed|s|ing)?\s+of|risk\s+of|possible|potential|future|any|no|deter(?:red|ring|s)?|prevent(?:ed|ing|s)?|avert(?:ed|ing|s)?|to\s+(?:carry\s+out|launch|stage|mount|conduct)|against)\s+(?:(?:a|an|the|new|further|more|fresh|imminent|major|large-scale)\s+){0,2}$/i
// A named place or a settlement word right after the verb: "leave Manbij", "vacate the town" (not "left the talks").
// ("leave the Sheikh Maqsoud district": a name between the article and its settlement word)
const LEFT_NAMED_GROUND = /^\s+(?:the\s+(?:(?:\p{Lu}[\p{L}'’-]*|al-\p{Lu}[\p{L}'’-]*)\s+){0,3}(?:city|town|village|area|region|base|airbase|airport|district|neighbou?rhood|province|enclave|pocket|countryside)\b|(?!The\b|A\b|An\b|It\b)\p{Lu})/u
// A force that flees: right before the verb, or the subject of an act joined to it by "and" ("soldiers shed their
// uniforms and fled")
const TROOPS_FLEEING = { test: (before: string) => TROOPS_BEFORE.test(before) || /\b(?:troops|soldiers|forces|fighters|army|militias?|units|officers|commanders|gunmen)\s+(?:[^\s,.;]+\s+){1,5}and\s+(?:then\s+)?$/i.test(before) }
// What a capture verb takes when it is no ground: "captured three soldiers", "seized large amounts of weapons"
/** Who a force puts out of a place: forces, their units and officers, or a group of fighters. */
const EXPELLED_FORCE = '(?:forces|troops|army|soldiers|fighters|militants|rebels|insurgents|militias?|jihadists|gunmen|loyalists|officers|units|' +
  'personnel|cells|remnants|garrison|branches|police|regime|them|\\p{Lu}{2,}(?:\\s+\\S+)?)'
const TAKEN_THINGS = /^\s+(?:(?:the|a|an|its|their|his|several|dozens|hundreds|scores|large|huge|amounts?|quantities|stocks?|of|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|some|more|other|army|regime|government|syrian|russian|iranian|enemy|rebel|opposition|heavy|military|armou?red|foreign|senior|kurdish|turkish|israeli)\s+){0,3}?(?:fighters|soldiers|militants|troops|members|officers|prisoners|conscripts|commanders?|pilots?|gunmen|operatives|suspects|jihadists|weapons|arms|tanks|vehicles|equipment|ammunition|munitions|documents|drugs|pills|captagon|cash|footage|images|attention|imagination|power|momentum|headlines)\b(?![\s-]+(?:stations?|plants?|grid|depots?|stores?|factory|factories|warehouses?|storage|facilit(?:y|ies)|base|bases|academy|college|school))/i
// Fighters, as a military counts those it killed.
const COMBATANTS = String.raw`(?:fighters|militants|terrorists|insurgents|gunmen|jihadists|soldiers|troops|rebels|members|operatives|commanders?|militiamen|combatants|snipers|attackers)`
// Fighters a verb takes, with up to three words of count and kind before them ("21 militants", "dozens of PKK
// terrorists", "a senior Hezbollah commander"), or the subject of its passive ("twelve militants were neutralised").
// ("41 PKK/YPG terrorists": two names of one group joined by a slash)
const COMBATANTS_TAKEN = new RegExp(String.raw`^\s+(?:[\w,.'’/-]+\s+){0,3}?${COMBATANTS}\b`, 'i')
const COMBATANTS_PASSIVE = new RegExp(String.raw`\b${COMBATANTS}\s+(?:(?:who\s+)?(?:were|was|had\s+been|have\s+been|has\s+been|being|been)\s+)$`, 'i')
// People named right before a participle: "two pilots were captured", "fighters captured by the army"
const PEOPLE_BEFORE = /\b(?:fighters|soldiers|militants|troops|members|officers|pilots?|conscripts|gunmen|operatives|commanders?|men|civilians|people|prisoners|jihadists)\s+(?:(?:who\s+)?(?:were|was|had\s+been|have\s+been|has\s+been|being|been)\s+)?$/i
// Things, not places, that are "taken": "a decision had been taken", "satellite images taken on Friday"
const TAKEN_NOT_PLACE = /\b(?:decisions?|steps?|measures?|actions?|images?|photos?|photographs?|pictures?|videos?|footage|snapshots?|samples?|precautions?|notes?)\s+(?:(?:had|has|have)\s+been\s+|(?:was|were|is|are|be|being)\s+)?$/i
// An accusation names a kind of act, not a reported one: "involved in torturing or killing detainees", "accused of killing protesters"
/** After "the death toll": its growth to a figure ("from the clashes in Belmira rose to 45", "has climbed to 12"). */
// ("… has risen to nine": a figure in words)
const TOLL_GROWTH_AFTER = new RegExp(`^\\s+(?:[^.;\\d]{0,80}?\\s)?${TOLL_GREW}\\s+(?:\\S+\\s+){0,2}?(?:\\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\\s+hundred|dozens|hundreds|thousands)\\b)`, 'i')

// "put the death toll at 514", "placed the toll at about 40": a count stated by whoever keeps it.
const TOLL_PUT_BEFORE = new RegExp(String.raw`\b${TOLL_PUT_VERB}${TOLL_PUT_OBJECT}$`, 'i')
const TOLL_AT_AFTER = /^\s+at\s+(?:\S+\s+){0,2}?\d/i

const ACCUSED = /\b(?:involved\s+in|responsible\s+for|accused\s+of|charged\s+with|suspected\s+of|guilty\s+of|implicated\s+in|complicit\s+in)\s+(?:\w+ing\s+(?:or|and)\s+)?(?:\w+ing\s+)?$/i
// People an evacuation moves out, with up to three words of count or kind before them ("evacuated some 3,000 Kurdish
// civilians"), or as the subject of its passive ("1,200 villagers were evacuated").
const EVACUEE = String.raw`(?:civilians|residents|families|people|inhabitants|villagers|children)`
const EVACUEES_AFTER = new RegExp(String.raw`^\s+(?:[\w,.'’-]+\s+){0,3}?(?:the\s+)?${EVACUEE}\b`, 'i')
const EVACUEES_BEFORE = new RegExp(String.raw`\b${EVACUEE}\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been|being|been)\s+)$`, 'i')
const evacuatesPeople = (before: string, after: string) => EVACUEES_AFTER.test(after) || EVACUEES_BEFORE.test(before)
// Prisoners a release takes ("freed thousands of detainees", "released 300 political prisoners"), or the subject of
// its passive ("prisoners were freed").
const PRISONER = String.raw`(?:prisoners|detainees|inmates|captives|hostages)`
const PRISONERS_TAKEN = new RegExp(String.raw`^\s+(?:[\w,.'’-]+\s+){0,3}?${PRISONER}\b`, 'i')
// The freed as the subject a few words before its verb: "hundreds of prisoners", "detainees held for years".
const PRISONERS_SUBJECT = new RegExp(String.raw`\b${PRISONER}\s+(?:[^\s,.;]+\s+){0,4}$`, 'i')
const PRISONERS_PASSIVE = new RegExp(String.raw`\b${PRISONER}\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been|being|been)\s+)$`, 'i')
// People a force takes into custody, with up to three words of count and kind before them ("detained 12 men",
// "arrested dozens of former officers", "rounded up suspects"), or the subject of its passive ("30 men were detained").
const DETAINEE = String.raw`(?:(?:a|an|one|two|three)\s+(?:\S+\s+)?(?:group|cell|gang|network)|terrorists?|insurgents?|smugglers?|looters?|people|m[ae]n|wom[ae]n|persons?|individuals?|suspects?|members?|officers?|soldiers?|fighters?|officials?|civilians?|residents?|youths?|activists?|journalists?|protesters?|gunm[ae]n|militants?|loyalists?|conscripts?|commanders?|others|\d[\d,]*|dozens|scores|hundreds)`
const DETAINEES_TAKEN = new RegExp(String.raw`^\s+(?:[\w,.'’-]+\s+){0,3}?${DETAINEE}\b`, 'i')
const DETAINEES_PASSIVE = new RegExp(String.raw`\b${DETAINEE}\s+(?:(?:who\s+)?(?:were|was|had\s+been|have\s+been|has\s+been)\s+)$`, 'i')
// A truce's making, told before it ("agreed a ceasefire", "brokered a US-backed truce") or after it ("a ceasefire
// between the two sides took effect", "a truce in Belmira was announced"). (A verb, not the end of a compound: "a
// US-brokered ceasefire had collapsed" tells no truce made.)
const CEASEFIRE_MADE_BEFORE = /(?<![\w-])(?:agreed(?:\s+(?:to|on|upon))?|reached|brokered|announced|declared|signed|struck|mediated|secured|extended|sealed|negotiated|implemented)\s+(?:(?:a|an|the|their|its|new|temporary|permanent|full|partial|local|comprehensive|nationwide|humanitarian|\d+-\w+|\w+-(?:hour|day|week)|[\w-]+-(?:brokered|backed|mediated|sponsored))\s+){0,3}$/i
const CEASEFIRE_MADE_AFTER = /^(?:\s+(?:agreement|deal|accord))?[^,.;]{0,90}?\b(?:t(?:ook|akes)\s+effect|c(?:ame|omes)\s+into\s+(?:force|effect)|went\s+into\s+effect|(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:agreed|reached|brokered|announced|declared|signed|mediated|extended|struck|sealed))\b/i
const words = (s: string, n: number) => s.split(/\s+/).slice(0, n + 1).join(' ')
const objectHas = (re: RegExp, n = 8) => (_h: string, _b: string, after: string) => re.test(words(after, n))

// Not after a word that makes "strike" a stoppage of work: "a general strike", "hunger strikes", "workers' strikes".
const NOT_LABOUR = String.raw`(?<!(?:hunger|general|workers['’]?|labou?r|teachers['’]?|doctors['’]?|rail|transport|student|nationwide)\s+)`

export const TRIGGERS: readonly TriggerRule[] = [
  // "fighters of the command raised their flag over the governor's building": an armed side's flag hoisted over a place
  // marks it taken (crowds waving flags in a square do not)
  { rule: 'flag-raised', type: 'territory_change', pattern: /\b(?:rais(?:ed|ing)|hoist(?:ed|ing)|plant(?:ed|ing))\s+(?:(?:their|its|the|a)\s+)?(?:[\w-]+\s+){0,2}?flags?\s+(?:over|above|atop|on\s+top\s+of)\b/gi,
    check: (_h, before) => /\b(?:troops|soldiers|forces|fighters|rebels|insurgents|militias?|militiamen|factions|gunmen|units)\b(?:\s+\S+){0,6}\s+$|(?:\b\p{Lu}{2,}|\p{Lu}\p{Ll}+\s+\p{Lu}[\w-]*)\s+$/u.test(before) },
  // "rebels seized Qorvath", "the capture of Belmira", "liberated the countryside", announced the "complete liberation" of Belmira
  // (not "captured two soldiers", "seized weapons", "seized power", "captured on video", "fighters killed or captured",
  // "two pilots were captured": people and things taken are no ground changing hands)
  { rule: 'capture', type: 'territory_change', pattern: /\b(?:(?:re)?captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|overr(?:an|un|unning)|liberat(?:e|ed|es|ing)|wrest(?:ed|ing)?|retook|retak(?:e|en|ing))\b|\bliberation["”’']?\s+of\b/gi,
    // ("captured dozens of soldiers and the town of Belmira" still takes the town)
    check: (_h, before, after) => !(TAKEN_THINGS.test(after) && !/^[^,.;]*?\band\s+(?:the\s+)?(?:(?:town|city|village|district|airport|base|area)\b|\p{Lu})/u.test(after))
      && !/^\s+on\s+(?:camera|video|film|tape)\b/i.test(after)
      && !/\b(?:killed|wounded|injured|arrested|detained|dead)\s+(?:or|and)\s+$/i.test(before)
      && !(PEOPLE_BEFORE.test(before) && (/\b(?:was|were|been|being)\s+$/i.test(before) || /^\s*(?:by\b|[.,;])/i.test(after))) },
  // "cleared 12 villages around the town", "cleared the area of militants"
  // "had cleared Belmira of terrorists", "cleared the Belmira district of militants": a town rid of fighters (not "cleared
  // the road of mines": demining takes no ground)
  { rule: 'clear', type: 'territory_change', pattern: /\bclear(?:ed|ing)\s+(?:(?:the|a|an|\d+|several|dozens\s+of|\w+)\s+){0,2}(?:villages?|towns?|areas?|neighbou?rhoods?|districts?|hills?|countryside)\b|\bclear(?:ed|ing)(?=\s+(?:the\s+(?:town|city|village|district)\s+of\s+|the\s+)?\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*)?(?:\s+(?:district|area|region|countryside|town|city|pocket|enclave))?\s+of\s+(?:\S+\s+){0,2}?(?:terrorists|militants|fighters|insurgents|rebels|jihadists|gunmen|forces|troops|militias?|remnants)\b)/giu },
  // "troops had pushed insurgents back from several villages", "drove the militants out of Belmira", "could force
  // the SDF out of Kobani"
  // "having been forced out of the city" is the passive: the subject lost the place (rule forced-out)
  // "a siege forced them out", "drove the rebels out in 2016": the place is the one named before (not "forced out of
  // office", which names what was left)
  // (not "government forces pulled back from Belmira", "forces moved out of Qorvath": "forces" there is the noun, the
  // withdrawing force; "force"/"forces" is the verb only before whom it forces)
  { rule: 'push-back', type: 'territory_change', pattern: /\b(?:push(?:ed|ing|es)?|drove|driv(?:e|es|en)|forc(?:ed|ing))\s+(?:\S+\s+){0,3}?(?:back\s+from|out\s+of)\b|\bforc(?:e|es)\s+(?:(?:them|him|it)\s+|(?:the|its|their|all|remaining)\s+(?:\S+\s+){1,3}?)(?:back\s+from|out\s+of)\b|\b(?:push(?:ed|ing)|drove|driv(?:en|ing)|forc(?:ed|ing)|chas(?:ed|ing))\s+(?:them|the\s+(?:\S+\s+)?(?:rebels|insurgents|fighters|militants|troops|forces|army|jihadists|militias?|group|opposition))\s+out\b(?!\s+of\b)/gi,
    check: (_h, before) => !/\b(?:been|being|be|was|were|is|are|get|got)\s+$/i.test(before.slice(-8)) },
  // "expelled government forces from Jasim", "ousted the army from Tafas", "kicked regime officers out of Salkhad": a
  // force put out of a place loses it to those who put it out. Who is put out is a force ("expelled the ambassador
  // from Ankara" is diplomacy, "evicted from their home" no fighting), and a place follows; "was expelled from" is
  // the passive, whose subject lost it (rule forced-out).
  { rule: 'expel', type: 'territory_change', pattern: new RegExp(`\\b(?:expel(?:led|s|ling)?|oust(?:ed|s|ing)?|evict(?:ed|s|ing)?|kick(?:ed|s|ing)?|threw|throw(?:n|s|ing)?)\\s+(?:\\S+\\s+){0,3}?${EXPELLED_FORCE}\\s+(?:\\S+\\s+){0,2}?(?:from|out\\s+of)\\b`, 'gi'),
    check: (_h, before, after) => !/\b(?:been|being|be|was|were|is|are|get|got)\s+$/i.test(before.slice(-8)) &&
      /^\s+(?:the\s+)?(?:(?:town|city|village|provincial\s+capital|desert|countryside|area|region|district|neighbou?rhood)\b|\p{Lu}|\S+\s+\p{Lu})/u.test(after) },
  // "had taken the city of Belmira", but not "taken all necessary measures", "took part"
  {
    rule: 'take', type: 'territory_change', pattern: /\b(?:take|takes|took|taken|taking)\b/gi,
    // ("took out six fighters", "taken out two tanks", "took out of the rubble": destroyed, killed or removed, no ground taken)
    // ("had taken over positions in the city": a takeover of ground, unlike "took up positions")
    check: (_h, before, after) => !TAKEN_NOT_PLACE.test(before) && !/^\s+out\b/i.test(after) && !/^\s+(?!over\s+(?:\S+\s+){0,2}?positions\b)(?:(?:\S+\s+){0,3})(?:measures|steps|action|part|place|positions?|refuge|hostage|prisoners?|office|advantage|note|responsibility|shelter|precautions|power|effect|hold|shape|root|aim|time|care|charge|lives?|questions?|seats?|off|toll|tolls|turns?)\b/i.test(after)
      && !/^\s+(?:to|into account|aback)\b/i.test(after)
      // ("agreed to take in the ousted president and his family", "took in thousands of refugees": shelter given)
      && !/^\s+in\s+(?:(?:the|his|her|their|its|some|about|more\s+than|over|up\s+to|tens\s+of|hundreds\s+of|thousands\s+of|[\d,]+|ousted|deposed|former|toppled)\s+)*(?:president|leader|ruler|refugees?|people|families|civilians|migrants|displaced|evacuees|children|wounded|him|her|them|thousands|hundreds)\b/i.test(after)
      // "journeys that normally take an hour were taking five"
      // "drafting a constitution could take up to three years"
      && !/^\s+(?:(?:up\s+to|about|around|at\s+least|more\s+than|less\s+than|nearly|almost|only|just|many|a\s+few|several)\s+)?(?:an?\s+|\d+\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?(?:hours?|minutes?|days?|weeks?|months?|years?|decades?|long|longer)\b/i.test(after)
      && !/^\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:[.,;]|$)/i.test(after) && !/^\s+control\b/i.test(after)
      && !/^\s+(?:\S+\s+){0,2}by\s+surprise\b/i.test(after) && !/^\s+over\s+(?:from|as)\b/i.test(after),
  },
  // "claimed control over Qorvath", "took control of", "under the control of", "regained control", "restored control"
  // '"Belmira is ours again," a fighter said': a first-person claim of control
  { rule: 'ours', type: 'territory_change', pattern: /\b(?:is|are)\s+(?:now\s+)?(?:ours|in\s+our\s+hands)\b/gi },
  // "the town is now in rebel hands", "fell into opposition hands"
  { rule: 'hands', type: 'territory_change', pattern: /\b(?:now|fell|passed|came)\s+(?:\S+\s+)?in(?:to)?\s+(?:the\s+)?[\w-]+\s+hands\b/gi },
  // (not "remained under the control of X", "is still held by": no change of hands; nor "it was unclear who was in
  // control of the towns": a question, which no one answers)
  { rule: 'control', type: 'territory_change', check: (_h, before) => !/\b(?:remain(?:s|ed|ing)?|still|stay(?:s|ed)?|continu(?:e|es|ed)\s+to\s+be)\s+(?:\S+\s+){0,1}$/i.test(before.slice(-30))
    && !UNANSWERED_WHO.test(before.slice(-60)), pattern: /\bnow\s+control(?:led|s)?\b|\b(?:(?:claim|declar|announc|gain|regain|seiz|assum|establish|re-?establish|restor|reassert|reimpos|wrest)(?:ed|es|ing|s)?|t(?:ook|aken?|aking)|in)\s+(?:full\s+|complete\s+|total\s+|effective\s+)?control\b|\bunder\s+(?:the\s+)?(?:full\s+|complete\s+)?control\s+of\b|\b(?:was|were|is|are|now|came)\s+(?:now\s+)?under\s+(?:[\w-]+\s+){1,2}control\b/gi },
  // "fighters entered Belmira", "stormed the town"; "entered … amid clashes" is a battle (see battle:entered)
  // "troops moved beyond the buffer zone into the village of Belmira": a force that goes into a named town enters it
  { rule: 'enter', type: 'territory_change', pattern: /\bmov(?:ed|ing)\s+(?:[^\s,.;]+\s+){1,5}?into\s+(?=(?:the\s+)?(?:village|town|city|district|neighbou?rhood)\s+of\b)/gi,
    check: (_h, before) => !PEOPLE_CROSSING.test(before) && !CROWD_BEFORE.test(before) },
  {
    rule: 'enter', type: 'territory_change', pattern: /\b(?:entered|entering|stormed|storming|broke\s+into|swept\s+into|rolled\s+into|mov(?:ed|ing)\s+in(?!to\s+(?:Syria|Lebanon|Iraq|Jordan|Turkey)\b)(?:to)?)\b/gi,
    // ("the branches were stormed by residents": a crowd as the agent of the passive takes no ground either)
    check: (_h, before, after) => !/\bamid\s+(?:\S+\s+)?(?:clashes|fighting|battles)\b/i.test(before + after) && !PEOPLE_CROSSING.test(before) && !CROWD_BEFORE.test(before)
      && !/^\s+by\s+(?:the\s+|angry\s+|local\s+)*(?:residents|crowds?|looters|protesters|demonstrators|mobs?|civilians|people|locals|youths?|families)\b/i.test(after)
      && !/^\s+(?:the\s+)?(?:war|conflict|talks|negotiations|office|into|a\s+(?:new|deal|phase|period))\b/i.test(after)
      // ("gunmen stormed the Iranian embassy", "broke into the home of a judge": a foreign mission or a dwelling is
      // raided, not ground that changes hands; so is a prison stormed to free its inmates)
      && !/^\s+(?:the|an?|its|his|their)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:embassy|embassies|consulates?|diplomatic\s+mission|homes?|houses?|residences?|prisons?|jails?)\b/iu.test(after)
      // ("stormed Sednaya military prison": a prison named by its town)
      && !/^\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:(?:military|central|civil)\s+)?(?:prison|jail)\b/u.test(after)
      // ("its embassy in Damascus had been stormed": the same told in the passive)
      && !/\b(?:embassy|embassies|consulates?|diplomatic\s+mission|homes?|houses?|residences?)(?:\s+(?:in|at)\s+(?:the\s+)?\S+(?:\s+\S+){0,2}?)?\s+(?:had\s+been|has\s+been|have\s+been|was|were|being)\s+$/i.test(before),
  },
  // "reached the heart of the city", "made inroads into Belmira", "a sweep through government-held towns", "insurgents spread through its districts"
  { rule: 'reach-centre', type: 'territory_change', pattern: /\breach(?:ed|ing)?\s+(?:the\s+)?(?:heart|centre|center|central\s+square|city\s+cent(?:re|er))\b|\bmade\s+(?:\S+\s+)?inroads\s+into\b|\b(?:sweep|swept)\s+through\b|\b(?:rebels|insurgents|fighters|forces|troops)\s+(?:\S+\s+)?spread\s+(?:out\s+)?(?:through|across|into)\b/gi },
  // "Homs fell on Saturday night", "if Hama falls", "the capital fell", "fell under rebel control": a place that falls
  // (placeBefore; not "Idlib falls within the zone", where a place lies), with nothing after
  // the verb to say to whom (the rule below) or what else it means ("fell silent", "fell by 5%")
  { rule: 'fell', type: 'territory_change', placeBefore: true, pattern: /\b(?:fell|falls(?!\s+(?:within|in|inside|outside|along|between|among|near|on\s+the|squarely|largely|mostly|partly)\b)|(?:has|had|have)\s+fallen)\b(?!\s+(?:to|into|from|out|by|short|silent|quiet|asleep|ill|apart|behind|back|victim|prey|under(?!\s+(?:\S+\s+){0,2}?control)|below|above|sharply|steadily|flat|foul|through|on\s+(?:hard|deaf))\b)/gi },
  // "the third city to fall from Assad's control", "slipped out of the government's control", "Belmira fell to the rebels", "the fall of Qorvath"
  // "fell to the insurgents", "to fall from Assad's control" — not a statue that falls from its plinth
  { rule: 'fall', type: 'territory_change', pattern: /\b(?:fell|fall(?:en|s|ing)?)\s+(?:to\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:rebels|insurgents|opposition|forces|fighters|militants|factions|troops|army|jihadists|alliance)\b|from\s+(?:\S+\s+){0,3}?(?:control|hands|grip)\b|into\s+the\s+hands)|\bthe\s+fall\s+of\b|\b(?:slipped|slips|passed|fell)\s+out\s+of\s+(?:\S+\s+){0,3}?(?:control|hands)\b/gi,
    // (not "weapons that could fall into the hands of extremists": materiel, not ground)
    // ("the fall of Bashar al-Assad", "the fall of the Assad regime": a ruler falls, not a place)
    // ("the fall of President Bashar al-Assad", "the fall of the former president": a title before the name)
    check: (h, before, after) => !/^\s+(?:the\s+)?(?:(?:President|Bashar|Bashar\s+al-|the)\s*)?(?:al-)?(?:regime|government|Assad)\b/i.test(after)
      && !/^\s+(?:the\s+)?(?:(?:former|ousted|deposed|longtime|long-time|Syrian)\s+)*(?:president|prime\s+minister|king|emir|dictator|ruler|leader|strongman|premier|cabinet|dynasty)\b/i.test(after)
      && !(/into\s+the\s+hands$/i.test(h) && /\b(?:weapons|arms|missiles|stockpiles?|materials?|equipment|technology|munitions|documents|archives|secrets|agents)\b(?:\s+\S+){0,4}\s*$/i.test(before)) },
  // "Qorvath fell to Hayat Tahrir al-Sham", "Belmira has fallen to the SDF": a place falls to a side named by its proper
  // name (capitalised, so case-sensitive; "prices fell to 5%" names no place before the verb and no name after it).
  { rule: 'fall-to-name', type: 'territory_change', placeBefore: true, pattern: /\b(?:fell|falls|(?:has|had|have)\s+fallen)\s+to\s+(?:the\s+)?(?:al-)?[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*){0,4}/g,
    // (not a ruler or a regime: "fell to President X" is no taking of ground)
    check: (h) => !/\bto\s+(?:the\s+)?(?:President|King|Emir|Assad|Bashar|Regime|Government)\b/.test(h) },
  // "the town changed hands twice on Tuesday", "Belmira has changed hands several times": a place lost and taken with
  // no holder the words name (the place is the subject, before the verb)
  // (not "not all of Belmira changed hands", "the town never changed hands": what did not happen, or only a part)
  { rule: 'changed-hands', type: 'territory_change', pattern: /\b(?:chang(?:ed|es|ing)|change|trad(?:ed|ing)|swapp(?:ed|ing))\s+hands\b/gi,
    check: (_h, before) => !/\b(?:not|never|n['’]t)\b[^,;:.]*$/i.test(before) },
  // "Kurdish-led forces handed over the city to the rebels", "handed Belmira over to", "was handed over to the army"
  // (not "handed over aid to families", "handed over the detainees", "handed over power": no ground changes hands)
  // ("handed control of Belmira to the command", "ceded Qorvath to the SNA": the same, told by control or by ceding)
  { rule: 'hand-over', type: 'territory_change', handover: true, pattern: /\bhand(?:ed|s|ing)?\s+(?:over\s+)?control\s+(?:of|over)\b|\bhand(?:ed|s|ing)?\s+over\b|\bhand(?:ed|s|ing)?\b(?=\s+(?:[^\s,.;]+\s+){1,4}?over\s+to\b)|\bced(?:e|ed|es|ing)\b(?=\s+(?:[^\s,.;]+\s+){1,5}?to\b)/gi,
    check: (_h, _b, after) => !/^\s+(?:over\s+)?(?:\S+\s+){0,3}?(?:aid|supplies|documents|weapons|arms|ammunition|bodies|remains|prisoners|detainees|suspects|captives|hostages|evidence|files|letters?|lists?|money|cash|funds|power|authority|responsibilit(?:y|ies)|ministr(?:y|ies)|institutions|offices|departments|portfolios|reins)\b/i.test(after) },
  // "troops withdrew from Belmira" — the place changes hands even when no taker is named
  // "nearly a decade after having been forced out of the city"
  // "the rebels were forced out in 2016": the passive without "of" loses the place named before
  { rule: 'forced-out', type: 'territory_change', withdrawal: true, pattern: /\b(?:forced|driven|pushed|expelled)\s+out\s+of\b|\bexpelled\s+from\b|\b(?:were|was|been|being)\s+(?:forced|driven|pushed)\s+out\b(?!\s+of\b)(?=\s*[,.;]|\s*$|\s+(?:in|on|by|after|within|when|during)\b)/gi },
  // "units had been 'redeployed and repositioned outside the city'", "redeployed outside Belmira", "redeployed its units
  // outside the city": the place is left
  { rule: 'withdraw', type: 'territory_change', withdrawal: true, pattern: /\b(?:redeploy(?:ed|ing|s)?|reposition(?:ed|ing|s)?)(?:\s+and\s+(?:redeploy|reposition)(?:ed|ing|s)?)?(?=["”’']?\s+(?:(?:its|their|the|some|all|most)\s+(?:\S+\s+)?(?:units|forces|troops|soldiers|men)\s+)?(?:to\s+(?:new\s+)?positions\s+)?outside\b)/gi },
  // (not "names in abandoned registers", "the abandoned base": the participle as an adjective)
  // ("pulled its remaining advisers out of Homs": the force between the verb and its particle)
  { rule: 'withdraw', type: 'territory_change', withdrawal: true, pattern: /\b(?:withdr(?:ew|awn|aw|awing|aws|awal)|pull(?:ed|s|ing)?\s+(?:out|back)|pull(?:ed|s|ing)?\s+(?:(?:its|their|the|all|most|some|remaining|last|military|own)\s+){1,3}(?:forces|troops|fighters|advisers|advisors|personnel|units|soldiers|men|contingent)\s+(?:out|back)|mov(?:ed|ing)\s+out|f[ae]ll(?:ing)?\s+back|retreat(?:ed|s|ing)?|evacuat(?:ed|es|ing)|abandon(?:ed|s|ing)?)\b/gi,
    // ("a conscript who abandoned his post": one man's desertion gives up no place)
    check: (h, before, after) => !(/^abandoned$/i.test(h) && /\b(?:in|at|on|of|from|the|an?|its|their|through|with|into|near|among)\s+$/i.test(before.slice(-10)))
      && !(/^abandon/i.test(h) && /^\s+(?:his|her)\b/i.test(after))
      // "evacuated civilians from Belmira": people moved out (rule evacuate-people), not a force leaving
      && !(/^evacuat/i.test(h) && evacuatesPeople(before, after))
      // "clashes with retreating troops": the participle describes the force; what it leaves is not told
      && !(/ing$/i.test(h) && /^\s+(?:(?:government|army|regime|syrian|enemy|\p{Lu}\p{Ll}+)\s+)?(?:troops|forces|soldiers|units|fighters|columns?|convoys?|militias?|militiamen)\b/u.test(after)) },

  // "the army lost Idlib and Jisr al-Shughur within weeks", "lost control of the airport": the subject gives the place up
  // (not "lost Russian support", "lost 20 soldiers": a name must be followed by what ends it as a place)
  // ("has lost Deir ez-Zor city to rebel fighters": the town's own word for it may follow its name)
  { rule: 'lost', type: 'territory_change', withdrawal: true, pattern: /\blo(?:st|se|ses|sing)\s+(?:(?:full|complete|all|effective)\s+)?control\s+(?:of|over)\b|\blost(?=\s+(?:the\s+(?:town|city|village|province|district|airport|base)\s+of\s+)?\p{Lu}[\w-]*(?:\s+(?:al-|el-|ez-|az-|as-|ar-)?\p{Lu}[\w-]*)?(?:\s+(?:city|town|village))?(?:\s*[,.;]|\s+(?:and|in|on|within|to|after|last|by|during|at|early|late)\b))/gu },
  // "government troops and allied militias left overnight", "soldiers vacated their posts in Belmira": a force
  // leaving (not "left behind", "left 20 dead": what a force leaves is no place)
  // ("SDF fighters will leave the city under the deal": a force's leaving to come, with the place it leaves)
  // ("Russian convoys were seen leaving Belmira", "army tanks left the town": a force's vehicles leaving take it along)
  { rule: 'withdraw', type: 'territory_change', withdrawal: true, pattern: /\b(?:left|leav(?:e|es|ing)|vacat(?:e|ed|es|ing))\b/gi,
    check: (h, before, after) => (TROOPS_BEFORE.test(before) || FORCE_VEHICLES_LEAVING.test(before)) && !(/^(?:left|leav)/i.test(h) && /^\s+(?:behind|at\s+least|more\s+than|about|some|dozens|scores|hundreds|thousands|\d|(?:\S+\s+){0,4}(?:dead|killed|wounded|injured|stranded|homeless|without))\b/i.test(after))
      && !(/^leav/i.test(h) && !/^\s+(?:the\s+(?:city|town|village|area|region|base|airport|district|province|enclave|pocket)|\p{Lu})/u.test(after))
      // ("destroyed everything the army had left": what the force left behind, the object of a relative clause)
      && !(/\b(?:everything|all|what|whatever|anything|nothing|something|much|little)\s+(?:that\s+|which\s+)?(?:the\s+)?(?:\S+\s+){1,2}$/i.test(before) && /^\s*(?:[,.;:"”’']|$|behind\b)/.test(after)) },

  // "The SDF said it would leave Manbij", "Kurdish forces agreed to vacate Tal Rifaat", "the group left the city on
  // Friday": a leaving whose subject is a name or a pronoun, not a word for troops (rule withdraw above), of a place
  // named after it. extract-events keeps it only when that subject is an armed party or a state ("Assad left
  // Damascus", "the envoy will leave Geneva" are no loss of ground).
  { rule: 'party-leaves', type: 'territory_change', withdrawal: true, pattern: /\b(?:left|leav(?:e|es|ing)|vacat(?:e|ed|es|ing))\b/gi,
    check: (_h, before, after) => !TROOPS_BEFORE.test(before) && PARTY_LEAVING.test(before) && LEFT_NAMED_GROUND.test(after) },
  // "Russian warships left the port of Tartus", "transport planes left the base for Libya": ships and aircraft leaving
  // move elsewhere; the ground stays as it was (a redeployment, not a withdrawal)
  { rule: 'craft-left', type: 'deployment', pattern: /\b(?:left|departed(?:\s+from)?|sailed\s+(?:out\s+of|from)|flew\s+out\s+of)\b/gi,
    check: (_h, before) => CRAFT_BEFORE.test(before) || CRAFT_ONE_BEFORE.test(before) },
  // "a Russian military convoy drove toward the Hmeimim base", "a column of tanks headed north": vehicles of a force
  // on the move (the vehicles are the subject; "moved troops" is rule send-forces)
  { rule: 'convoy-moved', type: 'deployment', pattern: /\b(?:drove|driv(?:es|ing)|head(?:ed|ing|s)|mov(?:ed|ing|es)|roll(?:ed|ing|s)|travell?(?:ed|ing)|made\s+(?:its|their)\s+way)\s+(?:(?:north|south|east|west)(?:ward)?s?\s+)?(?:toward|towards|to|into|through|along|across|from|out\s+of|north|south|east|west)\b/gi,
    // (towards a place it names: "drove into the western districts" tells of the fighters' entry told before)
    check: (_h, before, after) => CONVOY_BEFORE.test(before) && /^\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?\p{Lu}/u.test(after) },
  // "Moscow has begun pulling equipment from its bases", "removed air-defence systems from Hmeimim": materiel taken
  // away is a force's move, not ground given up
  // ("has begun moving some equipment from its Hmeimim air base")
  { rule: 'materiel-removed', type: 'deployment', pattern: /\b(?:pull(?:ed|ing|s)?|remov(?:ed|ing|es)|ship(?:ped|ping|s)|fl(?:ew|ying|ies)|mov(?:ed|ing|es))\s+(?:(?:its|their|the|some|most|all|heavy|military|of)\s+){0,3}(?:equipment|hardware|weapons|materiel|air[\s-]defen[cs]es?|(?:air[\s-]defen[cs]e|missile|radar)\s+systems|helicopters|aircraft)\s+(?:\S+\s+){0,2}?(?:out\s+of|from|away\s+from)\b/gi },

  // "clashes between Druze gunmen and security forces", "heavy fighting", "broke through its defences"
  { rule: 'clash', type: 'battle', pattern: /\b(?:clash(?:es|ed|ing)?|fighting(?!\s+(?:alongside|for|on\s+behalf|on\s+the\s+side))|fought(?!\s+(?:alongside|for))|battl(?:e|es|ed|ing)|firefights?|gunfights?|skirmish(?:es|ed)?|confront(?:ed|ing|s)?|counter-?attack(?:s|ed|ing)?|counter-?offensive|incursion|broke\s+through|repel(?:led|ling|s)?|ambush(?:ed)?|besieg(?:ed|ing)|encircl(?:ed|ing))\b/gi,
    // "the fighting in the north could …": a reference back, unless it is said to have done something
    check: (h, before, after) => !(/^fighting$/i.test(h) && /\bif\s+$/i.test(before.slice(-4)))
      && !(/^(?:fighting|clashes|battle)$/i.test(h) && /\bthe\s+$/i.test(before.slice(-4))
        && !/^\s+(?:\S+\s+){0,3}?(?:killed|left|erupted|broke|raged|intensified|continued|spread|flared)\b/i.test(after)) },
  // "residents reported heavy gunfire in Belmira", "the two sides exchanged fire near Qorvath" (not "celebratory gunfire":
  // only fire that is fighting)
  { rule: 'gunfire', type: 'battle', pattern: /\b(?:(?:heavy|intense|fierce|sustained|sporadic)\s+(?:gunfire|exchanges\s+of\s+fire|machine-?gun\s+fire)|exchang(?:ed|ing)\s+(?:heavy\s+)?fire|exchanges?\s+of\s+fire)\b/gi },
  // "fighters entered Belmira amid fierce clashes"
  { rule: 'entered-amid-clashes', type: 'battle', pattern: /\bentered\b(?=[^.]*\bamid\s+(?:\S+\s+)?(?:clashes|fighting|battles)\b)/gi },
  // "the army said it had thwarted an attack on Belmira", 'had "foiled" a rebel assault', "fended off repeated attempts to
  // storm the town": an attack beaten back is fighting (not "thwart fighters from taking Homs": a purpose, modality.ts)
  { rule: 'repelled', type: 'battle', pattern: /\b(?:thwart(?:ed|ing|s)?|foil(?:ed|ing|s)?|repuls(?:ed|ing|es)?|fend(?:ed|ing|s)?\s+off|fought\s+off|beat(?:en|ing)?\s+back)\b(?=["”’']?\s+(?:(?:a|an|the|several|multiple|repeated|renewed|two|three|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|assaults?|offensives?|advances?|infiltrations?|incursions?|attempts?\s+to\s+(?:advance|storm|infiltrate|enter|take|capture|seize))\b)/gi },
  // "the army came under attack from HTS", "positions came under heavy fire from the rebels", "the town came under
  // shelling by government forces": the subject is hit; whom it came from is named after "from" or "by" (roles.ts).
  { rule: 'came-under', type: 'battle', pattern: /\b(?:came|come|comes|coming)\s+under\s+(?:(?:heavy|intense|renewed|sustained|repeated|fierce|a\s+new|an?)\s+)?(?:(?!(?:rocket|mortar|artillery|drone|missile|air)\b)[\w-]+\s+)?(?:attacks?|fire|assaults?|gunfire)\b/gi, check: (_h, _before, after) => !CRITICISED_AFTER.test(after) },
  { rule: 'came-under-shelling', type: 'strike', pattern: /\b(?:came|come|comes|coming)\s+under\s+(?:(?:heavy|intense|renewed|sustained|repeated|fierce)\s+)?(?:[\w-]+\s+)?(?:shelling|bombardment|artillery\s+fire|rocket\s+fire|mortar\s+fire|(?:air|drone|missile)\s+(?:attacks?|strikes?|raids?)|air\s?strikes?)\b/gi, check: (_h, _before, after) => !CRITICISED_AFTER.test(after) },
  // "his group began reclaiming territory from Assad's forces", "launched an offensive against"
  // "launched a surprise offensive" starts a battle; "launched an offensive towards Belmira" is an advance (rule advance)
  // "launched an operation named Dawn of Freedom against …" (a military operation in this theater)
  { rule: 'launch', type: 'battle', pattern: /\blaunch(?:ed|es|ing)?\s+(?:a|an|their|its)\s+(?:\S+\s+){0,2}?(?:offensive|incursion|assault|attack|(?:military\s+)?operation)\b(?!(?:\s+\S+){0,3}?\s+(?:toward|towards|southward|northward|eastward|westward))/gi },
  { rule: 'offensive', type: 'battle', pattern: /\b(?:reclaim(?:ing|ed)?\s+territory|(?:commenc|start|begin|began|launch)\w*\s+territorial\s+gains|offensive\s+(?:against|on)|attack(?:ed|ing)\s+(?!by)|launched\s+(?:an?\s+)?(?:\S+\s+)?(?:attack|assault))\b/gi },

  // "killed three soldiers in an attack on a checkpoint near X", "an assault on army positions", "a raid on a
  // military post": an attack on a force where it stands is fighting (ACLED's armed clash), even when only its toll is
  // the sentence's verb (not "a drone attack on a checkpoint": an attack told by its weapon is a strike, rule strike;
  // "condemned the attack on …": a reference back, see reference-back.ts)
  // ("gunmen opened fire on a patrol near X": fire opened on a force is the same)
  { rule: 'attack-on-post', type: 'battle', pattern: /(?<!\b(?:drone|missile|rocket|mortar|artillery|air|suicide|bomb|car[\s-]bomb|chemical|cyber)\s)\b(?:attacks?|assaults?|open(?:ed|ing)?\s+fire)(?=\s+(?:on|against|targeting)\s+(?:(?:a|an|the|two|three|several|its|their|an?\s+army|army|military|government|regime|security|police|rebel|opposition|SDF|Kurdish|Turkish|\S+-(?:held|run|controlled|manned))\s+){0,3}(?:checkpoints?|check\s+points?|positions?|posts?|outposts?|bases?|barracks|garrisons?|convoys?|patrols?|headquarters|airbase|air\s+base|military\s+airport|troops|soldiers|forces|units)\b)/gi,
    // ("had been planning attacks on Turkish bases", "fears of an assault on the garrison": none has happened)
    check: (_h, before) => !ATTACK_NOT_MADE.test(before.slice(-60)) },
  // "began with an assault from Idlib on the Aleppo countryside", "a ground attack on the western districts": an attack
  // on an area or a town (with where it came from between) is fighting there
  { rule: 'assault-on-area', type: 'battle', pattern: /(?<!\b(?:drone|missile|rocket|mortar|artillery|air|suicide|bomb|car[\s-]bomb|chemical|cyber)\s)\b(?:attacks?|assaults?)(?=\s+(?:from\s+(?:the\s+)?\S+(?:\s+\S+)?\s+)?(?:on|against)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|[a-z]+ern)\s+){1,2}(?:countryside|districts?|neighbou?rhoods?|suburbs|outskirts|front(?:\s?lines?)?|villages|towns)\b)/giu,
    check: (_h, before) => !ATTACK_NOT_MADE.test(before.slice(-60)) },
  // "Russian airstrikes destroyed the bridge", "shelled the town", "a drone strike on"
  // ("a drone attack on a market", "rocket attacks on the city": an attack told by its weapon is a strike)
  { rule: 'strike', type: 'strike', pattern: new RegExp(String.raw`\b(?:air\s?-?strikes?|air\s+raids?|drone\s+strikes?|missile\s+strikes?|(?:drone|missile|rocket|mortar|artillery)\s+attacks?|raids?\s+on|carried\s+out\s+(?:\S+\s+){0,3}(?:raids|strikes|sorties)|${NOT_LABOUR}strikes?\s+(?:on|against|targeting|hit)|${NOT_LABOUR}strikes?(?=\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?(?:reported|recorded|carried\s+out|launched|conducted|delivered|inflicted)\b)|deliver(?:ed|ing|s)?\s+(?:\S+\s+){0,2}?strikes\b|(?<=\b(?:in|by|during)\s+(?:(?:a|an|the)\s+)?(?:series\s+of\s+)?(?:[\w-]+\s+){0,2})${NOT_LABOUR}strikes?(?!\s+(?:action|committee|ballot|pay))|struck(?!\s+(?:a|an)\s+(?:deal|chord|agreement|note|balance|blow))|shell(?:ed|ing)|bomb(?:ed|ing|s)|bombard(?:ed|ment|ing|s)?|artillery\s+fire|rocket\s+fire|pound(?:ed|ing)|targeted|striking\s+(?=(?:the|an?|its|their|government|rebel|insurgent|military|army)\b))\b`, 'gi') },

  // "a car bomb exploded in Belmira", "killed when a VBIED detonated", "a roadside bomb hit a patrol": an explosive set
  // off where it lies is an explosion event (ACLED's remote violence), whoever placed it (not "defused a car bomb",
  // "fears of car bombs": none went off)
  // "an explosion at an arms depot killed two", "a blast ripped through the market": a bang told by what it did (not
  // "explosions were heard": a sound, no act)
  { rule: 'explosion', type: 'strike', pattern: /\b(?:car|truck|motorcycle|motorbike|vehicle)[\s-]bomb(?:s|ings?)?\b|\bVBIEDs?\b|\bIEDs?\b|\b(?:booby-?trapped|explosive-?laden|bomb-?laden)\s+(?:car|vehicle|truck|motorcycle|motorbike)s?\b|\b(?:roadside|suicide)\s+(?:bomb(?:s|ings?|ers?)?|blasts?)\b|\bexplosive\s+devices?\b|\b(?:explosions?|blasts?)\b/gi,
    check: (h, before, after) => !/\b(?:defus\w*|dismantl\w*|disarm\w*|found|seized|discovered|foiled|thwarted|intercepted|prevent\w*|(?:fears?|risk|threat|danger)\s+of|against)\s+(?:\S+\s+){0,3}$/i.test(before.slice(-50))
      && (!/^(?:explosions?|blasts?)$/i.test(h) || (/^\s+(?:\S+\s+){0,8}?(?:killed|killing|wounded|wounding|injured|injuring|hit|struck|rocked|ripped|tore|targeted|destroyed|damaged|went\s+off)\b/i.test(after)
        && !/^\s+(?:were|was|could\s+be)\s+heard\b/i.test(after)) || /\b(?:killed|wounded|injured|died)\s+(?:\S+\s+){0,3}?(?:in|by)\s+(?:a|an|the|two|twin)\s+(?:\S+\s+)?$/i.test(before.slice(-60))) },
  // "continued to target the terrorists' positions", "targeting rebel gatherings": a verb of striking told by its object
  { rule: 'strike', type: 'strike', pattern: /\btarget(?:s|ing)?\b(?=\s+(?:\S+\s+){0,3}?(?:positions|sites|depots|bases|convoys?|headquarters|hideouts|camps|gatherings|fortifications|vehicles|strongholds|launchers)\b)/gi },
  // "its navy destroyed the Syrian fleet in the port", "sank two warships", "wiped out the air defences": a force's
  // hardware destroyed is a strike on it (not the damage rule's infrastructure)
  // ("destroyed much of the army's remaining air defences": a share of the hardware; a command post or an arms depot is
  // struck, while "destroyed two armoured vehicles" in ground fighting is part of the battle)
  { rule: 'hardware-destroyed', type: 'strike', pattern: /\b(?:destroy(?:ed|ing|s)?|sank|sunk|sinking|wip(?:ed|ing)\s+out)\s+(?:(?:much|most|many|some|part|all|half|dozens|scores|hundreds)\s+of\s+)?(?:[^\s,.;]+\s+){0,3}?(?:fleet|navy|warships|ships|vessels|air[\s-]defen[cs]es?|air[\s-]defen[cs]e\s+systems|aircraft|warplanes|fighter\s+jets|helicopters|radars?|(?:missile|anti-aircraft|air-defen[cs]e)\s+batteries|arsenal|(?:weapons|missile)\s+(?:stockpiles?|depots?|stores)|command\s+(?:posts?|cent(?:re|er)s?)|(?:arms|ammunition)\s+(?:depots?|stores|dumps))\b/gi,
    // ("as Israel moved to destroy the arsenal": a purpose, not a report)
    check: (_h, before) => !/\bto\s+(?:\w+ly\s+)?$/i.test(before.slice(-16)) },
  // "the SDF said it shot down a Turkish drone over Belmira", "downed a helicopter": fire at the other side's aircraft
  { rule: 'shoot-down', type: 'battle', pattern: /\b(?:sh(?:ot|oots|ooting)\s+down|down(?:ed|ing))\s+(?:(?:a|an|the|two|three|several|\d+|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:drones?|planes?|warplanes?|jets?|helicopters?|aircraft|UAVs?)\b/gi },
  // "more than 75 targets were hit in the desert": "hit" reports a strike only with a military object as its subject
  // "a camp near Belmira was also hit", "two hospitals in the city were hit": a site named as the subject, with where it
  // is between ("the ministry was hit hard by sanctions" names no site)
  // "rebel shells hit the university housing", "a missile slammed into a building", "a shell hit a dormitory": a munition that hits is a strike;
  // so are aircraft that hit ("Russian jets hit Idlib", "Turkish drones hit SDF positions")
  // ("B-52 bombers, F-15s and A-10s hit …": bombers and aircraft named by type too)
  // ("Israeli missile boats hit the port", "warships struck …": vessels that fire are strikers too)
  { rule: 'munition-hit', type: 'strike', pattern: /\b(?:shells?|missiles?|rockets?|mortars?|mortar\s+rounds?|projectiles?|(?:barrel\s+)?bombs?|jets|warplanes|planes|drones?|aircraft|helicopters|gunships|artillery|bombers|fighter-bombers|missile\s+boats|warships|gunboats|frigates|corvettes|(?:[ABFS]|Su|MiG)-\d{1,3}[A-Z]?s?)\s+(?:(?:also|reportedly|later)\s+)?(?:hit|slammed\s+into|crashed\s+into|landed\s+(?:on|in))\b/gi },
  // "hit more than 75 targets", "hit weapons depots and air defence sites": a hit whose object is a military target
  // (not what sanctions, prices or news "hit")
  { rule: 'hit-targets', type: 'strike', pattern: /\bhit\b(?=\s+(?:more\s+than\s+|at\s+least\s+|some\s+|about\s+|nearly\s+|dozens\s+of\s+|hundreds\s+of\s+|[\d,]+\s+)?(?:[\w-]+\s+){0,2}?(?:targets|military\s+sites|depots|air\s+defen[cs]es?|launchers|strongholds|hideouts|arms\s+caches)\b)/gi,
    check: (_h, before) => !/\b(?:sanctions?|measures|tariffs|prices|inflation|news|crisis|cuts|restrictions|embargo(?:es)?)\s+(?:\w+\s+)?$/i.test(before) },
  { rule: 'targets-hit', type: 'strike', pattern: /\b(?:targets?|positions?|sites?|depots?|bases?|convoys?|headquarters|facilit(?:y|ies)|hideouts?|camps?|hospitals?|clinics?|schools?|markets?|mosques?|churches|church|baker(?:y|ies)|shelters?|buildings?|neighbou?rhoods?|homes|houses?)\s+(?:[^\s,.;]+\s+){0,4}?(?:were|was|have\s+been|had\s+been|has\s+been|being)\s+(?:(?:also|reportedly|repeatedly|again|directly)\s+)?hit\b(?!\s+(?:hard|by\s+(?:sanctions|prices|shortages|inflation|the\s+crisis)))/gi },
  // "Hezbollah deployed forces", "bolstering aerial and ground forces", "sent reinforcements"
  // "Israeli tanks were seen inside the buffer zone", "army convoys were spotted moving towards the coast", "troops have
  // been filmed near Belmira": a force seen somewhere has gone there (not "tanks were seen advancing on X": rule advance;
  // "residents were seen leaving": no force)
  { rule: 'forces-seen', type: 'deployment', pattern: /\b(?:seen|spotted|sighted|observed|filmed|photographed|pictured)(?=\s+(?:(?:moving|driving|heading|rolling|operating|patrolling|stationed|deployed|positioned|entering|crossing|gathering|massing)\b|(?:inside|in|within|near|on|at|along|around|across|beyond|outside)\s))/gi,
    check: (_h, before) => SEEN_FORCE_BEFORE.test(before) },
  // ("He called the deployment temporary", "defended the redeployment as necessary": the deployment told before, named
  // again by a definite noun with nothing of its own after it, is no new one)
  { rule: 'deploy', type: 'deployment', pattern: /\b(?:deploy(?:ed|ing|s|ment)?|redeploy(?:ed|ing|s|ment)?|reposition(?:ed|ing|s)?|reinforc(?:ed|ing|ements))\b/gi,
    check: (h, before, after) => !(/ment$/i.test(h) && /\b(?:the|this|that|its|their)\s+$/i.test(before) && !/^\s+(?:of|to|in|into|at|near|on|along|around|across|by)\b/i.test(after)) },
  { rule: 'send-forces', type: 'deployment', pattern: /\b(?:dispatch(?:ed|ing|es)?|sen(?:t|d|ds|ding)|mov(?:e|es|ed|ing)|bolster(?:ed|ing|s)?|mobiliz(?:e|ed|ing)|mobilis(?:e|ed|ing)|mass(?:ed|ing)|amass(?:ed|ing)|increas(?:e|ed|ing)\s+(?:the\s+)?presence)\b/gi,
    // ("The move comes two days after fighters …": "move" after a determiner is a noun, a decision, not troops moved)
    check: (h, before, after) => !(/^moves?$/i.test(h) && /\b(?:the|this|that|a|its|their|his|her)\s+(?:[\w-]+\s+)?$/i.test(before)) && objectHas(FORCES)(h, before, after) },
  // "militia groups patrolled the area", "took positions outside the city", "abandoned their positions", "abandoned
  // checkpoints on the outskirts", "soldiers had left their checkpoints"
  // ("convoys were seen leaving positions in Belmira and heading to the coast", "soldiers were leaving their posts": the
  // progressive too; posts left are no town handed over)
  // ("its forces were stationed along solid defence lines": where forces are, a state, not a move)
  // ("The buffer zone, patrolled by UN peacekeepers since 1974, …": a participle after a comma describes a standing state)
  { rule: 'position', type: 'deployment', check: (h, before, after) => !(/^stationed$/i.test(h) && /\b(?:is|are|was|were|remain(?:s|ed)?|been|still)\s+$/i.test(before.slice(-12)))
      && !(/^patroll?ed$/i.test(h) && /,\s*$/.test(before) && /^\s+by\b/i.test(after)),
    pattern: /\b(?:patroll?(?:ed|ing|s)|took\s+(?:up\s+)?positions|stationed|vacated|abandon(?:ed|ing)?\s+(?:(?:their|its|the|several|some|all|most|many)\s+)?(?:[\w-]+\s+)?(?:positions|checkpoints|posts|outposts)|(?:left|leaving|deserted|deserting|fled|fleeing)\s+(?:(?:their|its)\s+(?:checkpoints|posts|positions|barracks|bases)|(?:checkpoints|posts|positions|barracks|bases)(?=\s+(?:in|at|near|around|along|across)\b|\s*[,.;]))|personnel\s+leaving)\b/gi },

  // "will send missiles, drones and advisers", "offering intelligence and satellite support", "promised extra military aid"
  { rule: 'aid', type: 'military_aid', pattern: /\b(?:suppl(?:y|ied|ying|ies)|sen(?:d|t|ds|ding)|dispatch(?:ed|ing|es)?|provid(?:e|ed|es|ing)|offer(?:ed|ing|s)?|deliver(?:ed|ing|s)?|promis(?:ed|es|ing)|pledg(?:ed|es|ing)|arriv(?:e|ed|ing)|airlift(?:ed|ing)?)\b/gi,
    // ("Strikes were delivered on ammunition depots", "delivered missile strikes on arms depots": a strike, not aid)
    check: (_h, before, after) => MATERIEL.test(words(after, 8)) && !/humanitarian/i.test(words(after, 4))
      && !/\b(?:strikes?|blows?|attacks?|raids?)\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been|being)\s+)?$/i.test(before) && !/^\s+(?:\S+\s+){0,2}?(?:strikes?|blows?|raids?)\b/i.test(after) },
  // "new hardware would start arriving"
  { rule: 'materiel-arrives', type: 'military_aid', pattern: /\b(?:hardware|weapons|missiles|ammunition)\s+(?:would|will)\s+(?:start\s+)?arriv(?:e|ing)\b/gi },

  // "thousands began fleeing Belmira", "forced 20,000 people to flee", "displaced"
  // ("1.5 million people could be forced from their homes": the flight told by what forces it)
  { rule: 'flee', type: 'displacement', pattern: /\b(?:fle(?:e|eing|d|es)|displac(?:ed|ement|ing)|exodus|uprooted|forced\s+(?:out\s+)?(?:from|of)\s+(?:their|his|her)\s+homes)\b/gi,
    // "a displaced family said": a description of people, not a flight; fleeing troops redeploy (rule troops-fled)
    // "many of the displaced are in Idlib": the displaced as people, not a flight
    // ("a displacement camp was hit", "displacement sites": where the displaced live, not a flight)
    check: (h, before, after) => !(/^displaced$/i.test(h) && /^\s+(?:family|families|people|persons|syrians|civilians|residents|children|man|woman|men|women|camps?)\b/i.test(after))
      && !(/^displacement$/i.test(h) && /^\s+(?:camps?|sites?|shelters?|cent(?:re|er)s?|settlements?|tents?)\b/i.test(after))
      && !(/^displaced$/i.test(h) && /\bthe\s+(?:newly\s+|internally\s+)?$/i.test(before.slice(-20)) && !/^\s+(?:by|from)\b/i.test(after))
      && !TROOPS_FLEEING.test(before) && !OFFICIAL_BEFORE.test(before)
      // "Many of those fleeing were Alawites", "those who fled include …": who the people are, not another flight
      && !(/\bthose\s+(?:who\s+(?:had\s+|have\s+)?)?$/i.test(before.slice(-24)) && /^\s+(?:[^\s,.;]+\s+){0,3}?(?:were|are|was|is|includ(?:e|es|ed|ing))\b/i.test(after)) },
  // "displaced people from Qorvath reached Belmira", "refugees arrived in Belmira": the flight told by its arrival (not
  // "families who fled Qorvath arrived in …": the flight's own verb tells it)
  { rule: 'displaced-arrive', type: 'displacement', pattern: /\b(?:reach(?:ed|ing)|arriv(?:ed|ing)\s+(?:in|at))\b/gi,
    check: (_h, before) => DISPLACED_SUBJECT.test(before) && !/\bfle(?:d|e|eing)\b/i.test(before) },
  // "100,000 people have moved towards Belmira", "some 30,000 people reached the camps", "thousands of families headed
  // north to Qorvath": people, not a force, on the move to a place in a war are a flight told by where it goes (placed
  // there, or where it set out from when the text says: "moved from Qorvath towards the coast"); a crowd going to a
  // square, the polls or a hospital is no flight
  { rule: 'people-move', type: 'displacement', pattern: /\b(?:mov(?:ed|ing)|head(?:ed|ing)|made\s+their\s+way|trekk(?:ed|ing)|walk(?:ed|ing)|travell?(?:ed|ing)|went|flock(?:ed|ing))(?=\s+(?:from\s+[^,.;]{1,60}?\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+)?(?:toward|towards|to|into|for)\b)|\breach(?:ed|ing)\b(?=\s+(?:the\s+)?\S)|\barriv(?:ed|ing)\s+(?:in|at)\b/gi,
    // ("residents reached by phone said": the people reached, no move; "many families were heading for villages in the
    // mountains": a move that names no place where it goes tells of a flight already told, not a new one)
    check: (_h, before, after) => PEOPLE_MOVING.test(before) && !OUTING_AFTER.test(after) && /^[^,.;:]{0,60}?\p{Lu}/u.test(after)
      && !/^\s+(?:by|via|through|out|for\s+comment)\b|^\s+(?:an?\s+|the\s+)?(?:\S+\s+)?(?:agreement|deal|understanding|consensus|ceasefire|truce|decision|conclusion|settlement|compromise|record|peak|level)\b/i.test(after) },
  // "troops had fled after night attacks"
  // ("government troops fled Belmira as rebels moved in": a force that flees a named place gives it up, a withdrawal)
  { rule: 'troops-fled', type: 'deployment', withdrawal: true, pattern: /\bfle(?:d|e|eing|es)\b/gi, check: (_h, before) => TROOPS_FLEEING.test(before) },

  // "some 80,000 Syrians had entered Lebanon since the fall", "refugees poured into Turkey": people crossing a border
  // ("10,000 people crossed back into Syria": returning across the border is a movement of population too)
  // ("120,000 people have crossed from Syria into Lebanon": the country left may stand between)
  { rule: 'people-cross', type: 'displacement', pattern: /\b(?:entered|poured\s+into|streamed\s+into|crossed\s+(?:back\s+)?(?:over\s+)?(?:from\s+\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*)?\s+)?into|fled\s+(?:across|over)\s+the\s+border\s+into)\b/giu,
    check: (_h, before, after) => PEOPLE_CROSSING.test(before) && /^\s+(?:neighbou?ring\s+)?\p{Lu}/u.test(after) },
  // "25,000 people had crossed back from Lebanon at the Masnaa crossing", "crossed back through the Bab al-Hawa gate":
  // crossing back is a return, whatever the words after it
  { rule: 'people-cross-back', type: 'displacement', pattern: /\bcross(?:ed|ing)\s+back\b(?!\s+(?:over\s+)?into\b)/gi, check: (_h, before) => PEOPLE_CROSSING.test(before) },
  // "hundreds of people returned to Belmira from Lebanon", "refugees returning home to Qorvath": people moving back, a
  // movement of population like a flight (placed where they return to)
  // ("nearly 2,000 Syrians returned on Wednesday": the verb alone, then a time or the end of the clause)
  // ("7,600 refugees had returned through its border crossings": the way back named)
  { rule: 'people-return', type: 'displacement', pattern: /\breturn(?:ed|ing|s)?(?:\s+(?:home\s+)?(?:to|from|through|via|across)\b|\s+home\b|(?=\s+(?:on|this|last|over|since|yesterday|today|overnight)\b|\s*[.,;]))/gi,
    check: (_h, before) => PEOPLE_CROSSING.test(before) },
  // "militia fighters crossed back into Iraq": a force leaving across a border redeploys
  { rule: 'cross-back', type: 'deployment', pattern: /\bcross(?:ed|ing)\s+(?:back\s+)?(?:over\s+)?into\b/gi, check: (_h, before) => TROOPS_BEFORE.test(before) },
  // "the SDF evacuated civilians from Belmira towards Qorvath", "evacuated some 3,000 residents"
  { rule: 'evacuate-people', type: 'displacement', pattern: /\bevacuat(?:ed|es|ing)\b/gi, check: (_h, before, after) => evacuatesPeople(before, after) },
  // "thousands of people left Belmira after dark", "residents of Belmira's eastern districts have begun leaving"
  // (not "residents said soldiers had left": the ones leaving are not the people named first)
  // ("residents of Belmira, most of whom are Kurds, have left towards Qorvath": a partitive aside between them)
  { rule: 'leave', type: 'displacement', pattern: /\b(?:people|residents|civilians|families|thousands|hundreds|inhabitants)\s+(?:of\s+(?:\S+\s+){1,8}?|(?:\S+\s+){0,3}?)(?:(?<=,\s+)(?:most|many|some|all|half|several|the\s+majority)\s+of\s+(?:them|whom)\b[^,;.]{0,90},\s+)?(?:(?:have|had|has)\s+)?(?:(?:begun|began|started|start)\s+(?:to\s+)?)?(?:left|leaving|leave|abandoned|deserted)\b/gi,
    // ("12 people left wounded": a toll, not a flight)
    check: (h, _b, after) => !/\b(?:said|says|told|reported|saw|soldiers|troops|fighters|forces|officials)\b/i.test(h)
      && !/^\s+(?:\S+\s+)?(?:dead|wounded|injured|behind)\b/i.test(after) },

  // "between 12 and 15 bodies arrived at the hospital", "the bodies of six men were found": the dead counted
  // ("the bodies of at least 40 detainees found at the prison": the count and whose bodies may stand between;
  // "rescuers pulled 20 bodies from the prison": the count between the finding and the bodies)
  // ("rescuers found the bodies of about 40 people in a morgue": the finding told before the bodies)
  { rule: 'bodies', type: 'casualties', pattern: /\b(?:bodies|corpses)\b(?=\s+(?:\S+\s+){0,6}?(?:were\s+|had\s+been\s+|have\s+been\s+|was\s+)?(?:found|recovered|retrieved|pulled|arrived|brought|discovered|dumped|lay|lying|littered)\b)|\b(?:found|recovered|retrieved|discovered|exhumed|unearthed)\s+(?:the\s+)?(?:bodies|corpses|remains)\s+of\b|\b(?:pulled|recovered|retrieved|exhumed|found)\s+(?:(?:at\s+least|more\s+than|some|about|nearly|over)\s+)?(?:\d[\d,]*|dozens|scores|hundreds|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\s+(?:more\s+)?(?:bodies|corpses)\b/gi },
  // "at least three people were killed", "wounded", "the death toll"
  // ("the monitor put the toll at 514 on Monday": a toll put at a figure, "death" or not)
  // ("shelled the town, wounding 13 people"; "documented the death of 47 people": the death of a counted number)
  { rule: 'killed', type: 'casualties', pattern: /\b(?:kill(?:ed|ing)|dead|deaths|died|wound(?:ed|ing)|injur(?:ed|ies|ing)|casualties|death\s+toll|lost\s+their\s+lives|death(?=\s+of\s+(?:(?:at\s+least|more\s+than|some|about|nearly|over)\s+)?\d))\b|\btoll\b/gi,
    // "ferried the wounded to hospital": people described, not a new toll
    // "stretched by casualties from the front": a cause, not a report of a toll
    // "those involved in torturing or killing detainees": an accusation of a kind of act, not a report of one
    // ("documented the killing of at least 27 civilians": the noun with whom it killed is a toll)
    // ("the death toll rose to 45": a toll that grew to a figure is a new count of the dead)
    // ("the toll had risen to 30": a bare toll grown to a figure, as a death toll is)
    check: (h, before, after) => (!/^toll$/i.test(h) || TOLL_PUT_BEFORE.test(before) || TOLL_GROWTH_AFTER.test(after)) && (!/\bthe\s+$/i.test(before.slice(-4)) || (/^(?:killing|death)$/i.test(h) && /^\s+of\s/i.test(after))
      || (/toll$/i.test(h) && (TOLL_GROWTH_AFTER.test(after) || (TOLL_PUT_BEFORE.test(before) && TOLL_AT_AFTER.test(after)))))
      && !/\b(?:by|with)\s+$/i.test(before.slice(-5)) && !ACCUSED.test(before) },

  // "the army said it had neutralised 21 militants", "drones took out six fighters", "eliminated a senior commander":
  // a military's euphemisms for fighters killed, when fighters are what the verb takes (not "eliminated the threat",
  // "took out a loan", "neutralised a car bomb")
  { rule: 'neutralised', type: 'casualties', pattern: /\b(?:neutrali[sz](?:e|ed|es|ing)|eliminat(?:e|ed|es|ing)|t(?:ook|aken?|aking)\s+out)\b(?!\s+of\b)/gi,
    // ('had "neutralised" 21 militants': the military's word in quotation marks)
    check: (_h, before, after) => COMBATANTS_TAKEN.test(after.replace(/^["”’']/, '')) || COMBATANTS_PASSIVE.test(before) },

  // "hundreds gathered in a central square demanding", "protesters"
  // A gathering is a protest when a crowd gathers or a demand is made ("thousands gathered in the square", "families
  // gathered demanding news"), not when people wait or search ("relatives gathered at the site looking for names").
  { rule: 'protest', type: 'protest', pattern: /\b(?:protest(?:s|ed|ers|ing)?|demonstrat(?:ion|ions|ors|ed|ing)|rall(?:y|ies|ied)|gathered\s+(?:in|at|outside)|took\s+to\s+the\s+streets|sit-ins?)\b/gi,
    // ("accused of killing protesters in 2011": people in an accusation, no protest reported)
    check: (h, before, after) => !ACCUSED.test(before) && (!/^gathered/i.test(h) || (!/^[^.;]{0,60}?\b(?:looking\s+for|searching|in\s+search\s+of|waiting|hoping\s+for\s+news|queu\w+)\b/i.test(after)
      && (/\b(?:crowds?|thousands|hundreds|dozens|masses|people|protesters|demonstrators|residents|supporters)\b(?:\s+\S+){0,4}\s*$/i.test(before)
        || /\b(?:demand\w*|chant\w*|call(?:ing|ed)\s+for|protest\w*|denounc\w*|condemn\w*|slogans?|banners?|placards?|wav(?:ing|ed)|against|in\s+support\s+of|solidarity|celebrat\w*)\b/i.test(before + after)))) },

  // "thousands poured into the central square", "crowds thronged the streets of Belmira": a crowd filling a square or
  // the streets is a gathering (a rally or a celebration), coded as a protest the way ACLED codes crowds
  // (not "refugees poured into Lebanon": a country or a town is no public space)
  // ("hundreds celebrated in the streets of Belmira", "crowds danced in the main square": the same)
  { rule: 'crowd-filled', type: 'protest', pattern: /\b(?:poured|flocked|streamed|thronged|flooded|packed|filled|(?:celebrat|danc|chant|rall|march)(?:ed|ing|ied|ying)\s+(?:in|on|through|across))\s+(?:into\s+|onto\s+|to\s+)?(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+|main\s+|central\s+){0,3}?(?:squares?|streets|plaza)\b/giu,
    check: (_h, before) => /\b(?:crowds?|thousands|hundreds|dozens|masses|people|residents|supporters|Syrians|families)\b(?:\s+\S+){0,4}\s*$/i.test(before) },

  // "the bridge was destroyed", "damaged the power station" (a strike in the same sentence absorbs it)
  // "the span had been wrecked", "the bridge's central section had been badly damaged"
  { rule: 'damage', type: 'infrastructure_damage', pattern: /\b(?:destroy(?:ed|ing|s)?|damag(?:ed|ing|es)|wreck(?:ed|ing|s)?|blew\s+up|blown\s+up|collapsed)\b/gi,
    // "a damaged house" describes; "damaged the bridge" reports
    // ("destroyed two armoured vehicles" after "an attack on the dam": hardware, not the infrastructure named before)
    // ("the raids destroyed the airport": a plural noun after the article is the subject, not a word describing the damage)
    check: (_h, before, after) => !/\b(?:a|an|the)\s+(?:(?!\w*[^s\W]s\s)\w+\s+)?$/i.test(before.slice(-16))
      && !/^\s+(?:\S+\s+){0,2}?(?:vehicles?|tanks?|armou?red|aircraft|helicopters?|jets?|drones?|weapons|launchers?|artillery|guns?|convoys?|boats?|warships?|ships?|vessels?)\b/i.test(after)
      && (INFRASTRUCTURE.test(words(after, 6)) || INFRASTRUCTURE.test(before.trimEnd().split(/\s+/).slice(-8).join(' '))) },

  // "called on residents to rise up", "urged officers to defect", "advised its citizens to leave"
  { rule: 'call', type: 'call_to_action', pattern: /\b(?:call(?:ed|s|ing)?\s+(?:on|upon)|urg(?:ed|es|ing)|appeal(?:ed|s|ing)?\s+to|advis(?:ed|es|ing)\s+(?:\S+\s+){0,2}(?:citizens|nationals)\s+to|call(?:ed|s)?\s+for|your\s+time\s+has\s+come)\b/gi,
    // "open calls for Assad to go": the noun, not someone calling
    check: (_h, before) => !/\b(?:open|the|a|an|growing|repeated|renewed|international|widespread|new)\s+$/i.test(before.slice(-16)) },

  // "said reports that its troops had withdrawn from X were false", "called claims of a retreat baseless": the
  // reports named, then judged untrue (the trigger is the noun, so what they tell lies in the denied stretch)
  // ('called claims that rebels had entered X "baseless"': the judging verb before the noun)
  { rule: 'reports-false', type: 'denial', pattern: /\b(?:reports?|claims?|rumou?rs?|news|allegations?)\b(?=\s+(?:that|of|about)\s+[^.;:]{3,140}?\b(?:is|are|was|were|as)\s+(?:completely\s+|totally\s+|entirely\s+|utterly\s+)?["“]?(?:false|untrue|baseless|fabricated|lies|incorrect|fake|unfounded|groundless|propaganda)\b)|(?<=\b(?:called|calls|calling|dismissed|described|branded|labell?ed|termed)\s+(?:the\s+|these\s+|such\s+)?)(?:reports?|claims?|rumou?rs?|news|allegations?)\b(?=\s+(?:that|of|about)\s+[^.;:]{3,140}?\s+["“]?(?:completely\s+|totally\s+|entirely\s+|utterly\s+)?(?:false|untrue|baseless|fabricated|lies|incorrect|fake|unfounded|groundless|propaganda)\b)/gi },
  // "denied reports of a withdrawal", "refuted claims"
  // "there is no truth to the news of a withdrawal", "called the report false", 'called the reports "false"',
  // "a claim the army dismissed as propaganda"
  { rule: 'deny', type: 'denial', pattern: /\b(?:den(?:y|ied|ies|ying)|refut(?:e|ed|es|ing)|(?:reject|dismiss)(?:ed|es|s)?\s+(?:the\s+)?(?:claims|reports|allegations)|(?:there\s+(?:is|was)\s+)?no\s+truth["”’']?\s+(?:to|in)|call(?:ed|s)?\s+(?:\S+\s+){1,3}["“'‘]?(?:false|baseless|fabricated|untrue|lies)|dismiss(?:ed|es)?\s+(?:it\s+|them\s+|this\s+)?as\s+["“'‘]?(?:propaganda|false|lies|baseless|fabricat\w+|untrue|fake|rumou?rs?|nonsense))\b/gi },

  // "rebel forces launched an offensive towards Belmira", "made strides towards", "advancing on Qorvath",
  // "advanced to within 10 kilometres of Belmira"
  // ("advanced south of Hama": how far past a town the advance went)
  { rule: 'advance', type: 'other', pattern: /\b(?:advanc(?:e|ed|es|ing)|push(?:ed|ing)|march(?:ed|ing)|press(?:ed|ing)\s+(?:on(?:wards?)?|ahead|deeper|further|forward|(?:north|south|east|west)(?:-?(?:east|west))?)|strides|offensive|head(?:ed|ing)|mov(?:ed|ing))\b(?=(?:\s+\S+){0,5}?\s+(?:toward|towards|southward|northward|eastward|westward|on\s+the\s+(?:city|town)|closer|into|within\s+(?:\S+\s+){0,2}(?:km|kilomet(?:re|er)s?|miles?)\s+(?:of|from)))|\badvanc(?:ed|ing)(?=\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+\p{Lu})/giu,
    // ("convoys were seen moving towards the coast": a sighted force on the move, rule forces-seen)
    check: (h, before) => !(/^(?:mov|head)/i.test(h) && /\b(?:seen|spotted|sighted|observed|filmed|photographed|pictured)\s+$/i.test(before))
      // ("thousands of people moved towards Belmira": people on the move, rule people-move)
      && !(/^(?:mov|head)/i.test(h) && PEOPLE_CROSSING.test(before)) },
  // "plans to move toward Kobani", "will push on Belmira": the base form before a named place (other forms above)
  { rule: 'advance', type: 'other', pattern: /\b(?:move|push|march)\s+(?:(?:further|deeper|north|south|east|west)\s+)?(?:toward|towards|on)\s+(?=(?:the\s+(?:city|town|village)\s+of\s+)?\p{Lu})(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)/gu },
  // "tanks advanced beyond the buffer zone", "troops pushed further beyond the line": forces that go past a line
  // (not "units moved out to positions beyond the city limits": a withdrawal)
  { rule: 'advance', type: 'other', pattern: /\b(?:advanc(?:e|ed|es|ing)|push(?:ed|ing)|mov(?:ed|ing)|march(?:ed|ing))\s+(?:(?:further|deeper|well|far)\s+)?beyond\b/gi },
  // "insurgents were closing in on Belmira"; "rebels advanced on Belmira" (a place's name, not a day's)
  { rule: 'advance', type: 'other', pattern: /\bclos(?:ed|ing|es)\s+in\s+on\b|\badvanc(?:e|ed|es|ing)\s+on\s+(?=\p{Lu})(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)/giu },
  // "reached Belmira", "reached the Belmira bridge" without taking it (not "fighting reached Belmira": the fighting is
  // the event, and there)
  { rule: 'reach', type: 'other', pattern: /(?<!\b(?:fighting|clashes|battles?|shelling|bombardments?|violence|hostilities)\s+(?:had\s+|has\s+|have\s+)?)(?:\breach(?:ed|ing)\s+(?:the\s+)?(?=[A-Z])|\breach(?:ed|ing|es)?\s+(?:the\s+)?(?:\w+\s+)?(?:outskirts|edges?|gates|districts|suburbs|approaches|doorstep)\b)/g,
    // ("reinforcements had reached the Hama countryside", "aid convoys reached Belmira": sent, not advancing — a deployment)
    check: (_h, before) => !/\b(?:reinforcements|aid|supplies|convoys?|shipments?|deliveries|trucks|news|word)\s+(?:(?:had|has|have|finally|also|reportedly)\s+){0,2}$/i.test(before)
      // ("displaced families from Qorvath reached Belmira": people in flight arrive, they do not advance)
      // ("thousands of people fled X and reached Y": people, not a force)
      && !DISPLACED_SUBJECT.test(before) && !PEOPLE_CROSSING.test(before) },
  // "closed the airport and cancelled all flights", "announced the closure of the Belmira crossing", "closed its side
  // of the border"; the passive: "the airport was closed and all flights cancelled"
  // ("forcing Jordan to close its side of the frontier": the base form after "to", and a frontier is a border)
  { rule: 'closure', type: 'other', measure: true, pattern: /\b(?:clos(?:ed|ing|es)|(?<=\bto\s)close)\s+(?:[^\s,.;]+\s+){0,4}?(?:airport|border|frontier|crossing|airspace|road|highway)\b|\bclosure\s+of\s+(?:\S+\s+){0,3}?(?:airport|border|crossing|airspace|road|highway)s?\b|\bcancel(?:l?ed|ling)\s+(?:all\s+)?flights\b|\b(?:airport|border|crossing|airspace|road|highway)s?\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+|also\s+)?closed\b|\b(?:all\s+)?flights\s+(?:were\s+|had\s+been\s+|have\s+been\s+)?(?:cancell?ed|suspended)\b/gi },
  // "rebels freed thousands of detainees from Belmira prison", "inmates were released from the jail": prisoners set
  // free (not "released a statement", "freed up funds": the object says whom)
  { rule: 'prisoners-freed', type: 'other', pattern: /\b(?:freed|releas(?:ed|ing)|free(?:ing)?)\b/gi,
    check: (_h, before, after) => PRISONERS_TAKEN.test(after) || PRISONERS_PASSIVE.test(before) },
  // "hundreds of detainees walked free from the prison", "inmates were set free": the freed as the subject
  { rule: 'prisoners-freed', type: 'other', pattern: /\b(?:walked|walking|went|were\s+set|was\s+set|been\s+set)\s+free\b/gi,
    check: (_h, before) => PRISONERS_SUBJECT.test(before) },
  // "the embassy was ransacked", "gunmen looted shops in Belmira": property taken or wrecked by a crowd or a force
  // (not "looted weapons", "to prevent looting", "warned against looting": described, prevented or feared)
  { rule: 'loot', type: 'other', pattern: /\b(?:loot(?:ed|ing)|ransack(?:ed|ing)|plunder(?:ed|ing)|pillag(?:ed|ing))\b/gi,
    // ("stormed the embassy and ransacked its offices": after "and", a verb that takes its own object)
    check: (h, before, after) => !(/ed$/i.test(h) && ((/\b(?:the|a|an|of|with|and)\s+$/i.test(before.slice(-6)) && !(/\band\s+$/i.test(before) && /^\s+(?:its|their|his|her|the)\s/i.test(after)))
        || /^\s+(?:goods|items|property|weapons|arms|ammunition|antiquities|artefacts|artifacts|cars|vehicles|equipment|money|cash)\b/i.test(after)))
      && !/\b(?:against|prevent|stop|avoid|curb|deter|halt|no|reports\s+of|fears?\s+of|risk\s+of)\s+(?:\S+\s+)?$/i.test(before.slice(-30)) },
  // "General Security raided a village and detained 12 men", "arrested dozens of former officers", "rounded up
  // suspects", "30 men were detained in a security sweep": a force taking people into custody (ACLED's "Arrests"); a
  // raid on a village or homes to do it is the same act (not "the arrested men", "detained in Saydnaya since 2012",
  // "accused of arresting protesters": people described or accused, no arrest told)
  { rule: 'arrests', type: 'other', pattern: /\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|round(?:ed|ing)\s+up|raid(?:ed|ing)(?=\s+(?:\S+\s+){0,3}?(?:villages?|towns?|houses?|homes?|neighbou?rhoods?|districts?|farms?|camps?|hideouts?|apartments?|buildings?)\b))/gi,
    check: (h, before, after) => !ACCUSED.test(before) && (/^raid/i.test(h) || (!/\b(?:the|a|an|those|these|whose|its|their|his|her|our|of|for|with|and|or|were|was|been|being|be|is|are|newly|recently|former)\s+$/i.test(before.slice(-12)) && DETAINEES_TAKEN.test(after))
      || (DETAINEES_PASSIVE.test(before) && /^\s+(?:(?:on|last|this|overnight|early|late|yesterday|today)\s+\S+\s+)?(?:by\s|(?:in|during)\s+(?:a|an|the)\s+(?:\S+\s+)?(?:raids?|sweeps?|operations?|campaigns?|crackdown))/i.test(after))) },
  // "dozens of soldiers surrendered to the SDF", "the garrison surrendered": a force giving itself up (not "refused
  // to surrender", "called on them to surrender": no surrender told)
  { rule: 'surrender', type: 'other', pattern: /\bsurrender(?:ed|s)\b/gi,
    check: (_h, before) => (TROOPS_BEFORE.test(before) || /\b(?:garrison|officers?|conscripts?|commanders?|defenders)\s+(?:(?:had|have|has|also|reportedly|then)\s+){0,2}$/i.test(before))
 },
  // "a rebel advance ended Assad's rule", "rebels who ousted the president", "local uprisings"
  { rule: 'regime-end', type: 'other', pattern: /\bend(?:ed|ing)\s+(?:\S+\s+){0,5}?rule\b|\bousted?\b|\btoppl(?:ed|ing|e)\b|\boverthr(?:ew|own)\b|\buprisings?\b/gi,
    // "in the early years of the uprising": the 2011 uprising referred to, not a new one
    // ("ousted the army from Tafas" put a force out of a place: rule expel)
    check: (h, before, after) => !(/^uprising/i.test(h) && /\bthe\s+(?:\S+\s+)?$/i.test(before.slice(-14)))
      && !(/^oust/i.test(h) && /^\s+(?:\S+\s+){1,5}?(?:from|out\s+of)\s/i.test(after))
      // ("the ousted president", "Syria's toppled leader": the participle names a person by a fall already told)
      && !(/^(?:toppled|ousted|overthrown)$/i.test(h) && /(?:\b(?:a|an|the|his|its|their)|['’]s?)\s+$/i.test(before.slice(-6))) },
  // "the two sides agreed a ceasefire in Belmira", "a truce brokered by Ankara took effect on Wednesday", "announced a
  // ceasefire with the SDF": a truce made is an agreement (coded other), not fighting; its making must be told (not
  // "calls for a ceasefire", "the truce collapsed", "violated the ceasefire": demanded, broken or only named)
  { rule: 'ceasefire', type: 'other', measure: true, pattern: /\b(?:ceasefire|cease-fire|truce|armistice)\b/gi,
    check: (_h, before, after) => CEASEFIRE_MADE_BEFORE.test(before.slice(-80)) || CEASEFIRE_MADE_AFTER.test(after) },
  // "a buffer zone established by a 1974 ceasefire agreement"
  // (not "Israel's move violated the 1974 agreement", "withdrew from the 2015 deal": the agreement is only named)
  { rule: 'agreement', type: 'other', pattern: /\b(?:19|20)\d\d\s+(?:\S+\s+)?(?:agreement|accord|ceasefire|truce|deal)\b/gi,
    // ("the 1974 agreement had collapsed", "the 2020 truce is void": what became of it, not its making; "a breach of
    // the 1974 accord", "a violation of the 1974 agreement": the same as a noun)
    check: (_h, before, after) => !/^\s+(?:(?:had|has|have|was|is)\s+)?(?:(?:now|effectively|in\s+effect)\s+)?(?:collapsed|ended|expired|lapsed|broken\s+down|broke\s+down|ceased|void|null|dead|over|no\s+longer)\b/i.test(after)
      && !/\b(?:violat\w*|breach\w*|br(?:oke|eaks?|eaking)|respect\w*|uph[oe]ld\w*|abid\w*\s+by|compl\w*\s+with|collapse\s+of|end\s+of|withdr\w*\s+from|pulled\s+out\s+of|tore\s+up|scrapp\w*|revok\w*|suspend\w*|invok\w*|cit\w*|in\s+breach\s+of)(?:\s+of)?\s+(?:the|a|an|its)\s+$/i.test(before.slice(-40)) },
  // "named Mohammed al-Bashir caretaker prime minister", "appointed X as interim defence minister", "tasked X with
  // forming a transitional government", "X was sworn in as prime minister": a post filled is a political change (other)
  // (not "a man named X", "the newly appointed envoy": a name or a title, no appointment told)
  { rule: 'appointment', type: 'other', measure: true, appointment: true, pattern: /\b(?:appoint(?:ed|s|ing)?|nam(?:ed|es|ing)|designat(?:ed|es|ing)|install(?:ed|s|ing)|tapp(?:ed|ing)|chose|chosen|choos(?:es|ing)|tasked|sworn\s+in)\b(?=(?:\s+(?!(?:on|in|at|by|after|before)\b)[\p{L}'’.-]+){0,5}?\s+(?:as\s+)?(?:(?:the|a|an|its|their|his|Syria['’]s)\s+)?(?:(?:new|interim|caretaker|transitional|acting|temporary|provisional)\s+){0,2}(?:prime\s+minister|premier|president|(?:defen[cs]e|foreign|interior|finance|economy|justice)\s+minister|governor|chief\s+of\s+staff|(?:head|chief|director|commander)\s+of\s+(?:the\s+)?(?:(?:general|military|state|national)\s+)?(?:intelligence|security|police|army|armed\s+forces|operations|staff)|head\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:government|cabinet)|(?:to\s+|with\s+)?(?:head|lead|form|forming|run|leading|heading)\s+(?:the\s+|a\s+)?(?:(?:new|interim|caretaker|transitional)\s+)?(?:government|cabinet|administration))\b)/giu,
    check: (h, before) => !/\b(?:a|an|one|the|its|his|their|newly|recently|just)\s+$/i.test(before.slice(-10))
      && !(/^nam/i.test(h) && /\b(?:man|woman|person|officer|commander|fighter|soldier|boy|girl|resident|source)\s+$/i.test(before.slice(-14))) },
  // "the group split from al-Qaeda in 2016"
  { rule: 'split', type: 'other', pattern: /\b(?:split|separated|broke\s+away|distanced\s+itself|cut\s+ties)\s+(?:from|with)\b/gi },
]

/** A trigger found in a sentence; offsets relative to the sentence text. */
export interface TriggerHit {
  readonly rule: TriggerRule
  readonly start: number
  readonly end: number
}

/** Every trigger hit in `text` (one sentence), vetoes applied, in text order. */
export function findTriggers(text: string): TriggerHit[] {
  const hits: TriggerHit[] = []
  for (const rule of TRIGGERS) {
    // exec on the rule's own expression, not matchAll: matchAll builds a copy of the expression for every call, and this
    // runs every rule on every sentence (the copies were a fifth of the event stage).
    const pattern = rule.pattern
    pattern.lastIndex = 0
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index
      const end = start + m[0].length
      // (An empty match would stop the scan where it is: step past it, as matchAll does.)
      if (end === start) pattern.lastIndex = start + 1
      if (rule.check && !rule.check(m[0], text.slice(0, start), text.slice(end))) continue
      hits.push({ rule, start, end })
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end)
}
