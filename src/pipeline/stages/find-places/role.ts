// Role: whether a place is where something happened (event) or only named (mention), and whether a capital or
// country stands for its government ("Damascus said …"), in which case it is no location at all.
import type { PlaceRole } from '../../../core/types.ts'
import type { GazEntry } from '../../../gazetteer/types.ts'
import { LISTED_NAME } from './relative.ts'
import { trailingWord } from './trailing-word.ts'

export interface RoleDecision {
  readonly role: PlaceRole
  /** True when the name stands for a government, not a place ("Damascus accused …"): drop the annotation. */
  readonly metonym: boolean
  readonly rule: string | null
}

// "told reporters in Geneva", "said Sarkozy to reporters in Paris", "told WSLS-TV, the NBC affiliate in Roanoke",
// "said on Monday in Hasakah", "insisted in Moscow": between the verb and "in" only names, who was told, the occasion or
// the day, not what was said ("said fighting in Hama continued" is about Hama). "speaking at a concert in Johannesburg":
// what follows "speaking at" is the occasion (up to a speech verb: "speaking at the forum, said fighting in Hama …").
const TOLD_WORDS = ['to', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'of', 'on', 'late', 'early', 'during', 'reporters', 'journalists',
  'press', 'media', 'news', 'conference', 'briefing', 'statement', 'interview', 'meeting', 'rally', 'gathering', 'summit', 'forum',
  'session', 'ceremony', 'event', 'address', 'speech', 'visit', 'affiliate', 'station', 'channel', 'broadcaster', 'newspaper', 'agency']
const TOLD = new RegExp('\\b(?:[Tt]old|[Tt]ells|[Tt]elling|[Ss]aid|[Ss]ays|[Bb]riefed|[Ii]nsisted|[Ss]tressed)' +
  `(?:\\s*,?\\s+(?:[A-Z][\\w.’'-]*|\\d+|${TOLD_WORDS.join('|')}))*\\s*,?\\s+(?:in|at)\\s+$` +
  '|\\b(?:[Ss]peaking|[Ss]poke|[Aa]ddressing|[Aa]ddressed)\\s+(?:at|to|before)\\b(?:(?!\\b(?:said|says|told|added|warned|insisted)\\b)[^.;]){0,40}\\b(?:in|at)\\s+$')
// "Erdogan, speaking in Ankara, said", "a correspondent reporting from Beirut": where the speaker was, not what was told.
// ("speaking by phone from Raqqa", "speaking on condition of anonymity from Ankara": how they spoke may come between)
const SPEAKING_IN = /\b(?:speaking|writing|reporting)\s+(?:(?:by\s+(?:tele)?phone|by\s+video(?:\s+link)?|on\s+(?:the\s+)?(?:tele)?phone|on\s+condition\s+of\s+anonymity)\s+)?(?:in|from)\s+$/i
// "an official in Baalbek told reporters", "partners in Gaziantep report": a speaker's place, when the speaker is one
// who reports from afar (officials, spokespeople, correspondents), not residents or witnesses of what they tell.
const SPEAKERS = 'officials?|spokes(?:man|woman|person|people)|correspondents?|reporters?|journalists?|diplomats?|ministers?|ministry|' +
  'envoys?|partners|analysts?|agencies|agency|officers?'
const SPEAKER_IN = new RegExp(`\\b(?:${SPEAKERS})\\s+(?:(?:based|stationed)\\s+)?(?:in|at)\\s+$`, 'i')
// "…, a source in Idlib said", "…, according to two security sources in Hama": a source named after what it reports,
// closing the sentence, is where the source is, not one more place of the report. (Not a local source: one in the town
// it tells of is its witness, "jets struck the town, a local source in Saraqib said"; nor where the report names no
// other place, which find-places decides.)
const SOURCE_TAIL_IN = /(?:,|\baccording\s+to)\s+(?:(?:a|an|the|one|two|three|several|\d+)\s+)?(?:(?!local\b)[\w-]+\s+){0,2}sources?\s+(?:(?:based|stationed)\s+)?(?:in|at)\s+$/i
/** After a source's place: what it said, or the sentence's end (after "according to"). */
const SOURCE_TAIL_AFTER = /^(?:\s*,?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|say|told|tells|reported|reports|added|confirmed)\b|\s*[.;]?\s*$)/
// What such a speaker does, right after the place or after more places listed with it ("officials in Qamishli and
// Hasakah accused …").
const SPEAKS_AFTER = new RegExp(`^(?:${LISTED_NAME}){0,3}\\s*,?\\s+` +
  '(?:(?:has|have|had|also)\\s+)?(?:said|says|say|told|tells|report|reports|reported|added|insisted|warned|confirmed|announced|estimated|' +
  'estimate|accused|accuse|denied|deny|condemned|condemn|blamed|blame|urged|urge)\\b')
// "In Moscow, the Kremlin said …", "In Ankara, the foreign minister told reporters …": a place opening the sentence
// before a speaker who reports from afar and the speech verb is where it was said. (Not "In Hama, residents said jets
// struck the city": residents are witnesses of their town.)
const FRONTED_BEFORE = /^\s*In\s+$/
const FRONTED_SPEAKER = new RegExp(`^\\s*,\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:[\\w'’-]+\\s+){0,3}(?:${SPEAKERS}|kremlin|government|presidency|president|` +
  'leadership|foreign\\s+office|state\\s+department)\\s+(?:(?:has|have|had|also)\\s+)?(?:said|says|told|tells|announced|warned|insisted|' +
  'stressed|confirmed|denied|declared|urged|added)\\b', 'i')
// "talks in Astana", "Russia's embassy in Damascus", "a summit in Doha", "visit to Moscow" (not "the envoy said fighting in Homs");
// "a statement issued in Geneva" (not "a statement about fighting in Homs")
const VENUE = /\b(?:statement|communiqu[eé]|declaration)\s+(?:was\s+)?(?:issued|released|published|read\s+out|made)\s+(?:in|at|from)\s+(?:the\s+)?$|\b(?:talks|negotiations|meeting|meetings|met|summit|conference|forum|briefing|interview|speech|remarks|visit|visiting|visited|trip|flew|headquartered|based|born|embassy|embassies|consulate|mission|ambassador|envoy|studied|lives|living|exile|exiled|asylum)\s+(?:(?!(?:said|says|say|told|tells|added|warned|reported)\b)\w+\s+){0,2}(?:in|at|to)\s+(?:the\s+)?$/i
// "في مؤتمر صحفي في أنقرة" (at a news conference in Ankara), "في بيان صادر من دمشق", "خلال زيارته إلى موسكو": the
// same venues in Arabic.
const ARABIC_VENUE = /(?<![\p{L}])(?:مؤتمر|بيان|تصريح|تصريحات|حديث|مقابلة|لقاء|اجتماع|قمة|زيارة|زيارته|زيارتها)(?:\s+[^\s،,.]+){0,2}\s+(?:في|من|إلى)\s+$/u

// "said from its headquarters in Qamishli": where someone speaks from. A headquarters struck, stormed or seized is where
// that happened ("stormed the police headquarters in Suwayda", "its headquarters in Idlib was hit").
const HEADQUARTERS_IN = /\bheadquarters\s+(?:(?!(?:said|says|say|told|tells|added|warned|reported)\b)\w+\s+){0,2}(?:in|at)\s+(?:the\s+)?$/i
const ACTED_ON_BEFORE = /\b(?:struck|strikes?|striking|stormed|storming|seized|seizing|captured|capturing|took|taken|taking|raided|raiding|attacked|attacking|hit|targeted|targeting|shelled|shelling|bombed|bombing|overran|looted|looting|burned|torched|set\s+fire\s+to)\b[^.;:]*$/i
const ACTED_ON_AFTER = /^\s*(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:struck|hit|stormed|seized|captured|raided|attacked|targeted|shelled|bombed|overrun|looted|burned|torched)\b/i
// "refugees from Lebanon and Europe", "fighters from Iraq" (not "fighters took control of Hama", "fighters withdrew from Hama")
const ORIGIN = /\b(?:refugees|migrants|returnees|nationals|citizens|expatriates|students|workers|diaspora|delegation|delegations|envoys?|officials?|ministers?|diplomats?|fighters|militants|volunteers|mercenaries|journalists|visitors|tourists|pilgrims)\s+(?:(?!(?:took|take|takes|taken|taking|control|seized|captured|entered|withdr\w*|fled|flee|fleeing|retreat\w*|drove|driven|left|leaving|\w+ed)\b)\w+\s+){0,2}(?:from|of)\s+$/i
// "reinforcements had arrived from Homs": where they were sent from, not where the fighting is.
const REINFORCEMENTS_FROM = /\breinforcements\s+(?:(?:had|have|has|were|was|been|also|reportedly|being|were\s+being)\s+)*(?:(?:arriv\w+|sent|brought|dispatched|rushed|came|coming|moved|transferred|bused|flown)\s+)?(?:in\s+)?from\s+$/i
// "agreed to withdraw its fighters from Manbij", "pulled their troops out of Qorvath": forces moved out of a place
// are no origin; the place is what they leave.
// (The object may be a list: "evacuated thousands of civilians and their remaining fighters from Tal Rifaat"; people
// taken out are no origin either: "Iran evacuated its diplomats from Damascus".)
const MOVED_OUT_OF = /\b(?:withdr(?:ew|aw|awn|awing|aws)|pull(?:ed|ing|s)?(?:\s+out)?|evacuat(?:ed|ing|es|e)|remov(?:ed|ing|es|e)|redeploy(?:ed|ing|s)?)\s+(?:[\w'’-]+\s+){0,6}(?:fighters|militants|volunteers|mercenaries|diplomats|staff|personnel|citizens|nationals|advisers|advisors|employees|officials)\s+(?:\w+\s+)?(?:from|of)\s+$/i
// "Russia's embassy", "Damascus's allies", "Iran's support", "Lebanon's caretaker prime minister"
const POSSESSIVE_ACTOR = /^['’]s?\s+(?:own\s+|(?:caretaker|interim|acting|transitional|outgoing|new|former|top|chief|senior|deputy)\s+)?(?:embassy|embassies|consulate|foreign|government|president|presidency|prime|minister|ministry|ambassador|envoy|ally|allies|backers?|leaders?|leadership|officials?|regime|intelligence|defen[cs]e|support|backing|role|involvement|stance|position|decision|interests?|parliament|state|media|news|spokes\w+|delegation|representative|diplomats?|relations|policy|demands?|offer|proposal|request|warning|allegations?|claims?|statement|response|reaction|army|military|air\s+force|navy|troops|forces|soldiers|fighters|proxies|militias?|partners?)\b/i
// "Damascus said", "Moscow denied", "Tehran has warned"
const ACTS = /^\s+(?:has\s+|have\s+|had\s+|also\s+|is\s+|was\s+|will\s+|would\s+)?(?:said|says|say|announced|announces|denied|denies|accused|accuses|warned|warns|urged|urges|called|calls|condemned|condemns|claimed|claims|vowed|vows|pledged|pledges|insisted|confirmed|rejected|rejects|stated|told|demanded|demands|supported|supports|backed|backs|sent|sends|responded|agreed|agrees|refused|blamed|threatened|dismissed|welcomed|hailed|praised|criticised|criticized|signed|recognised|recognized|intervened|intends|plans|wants|sees|believes|hopes|fears|expects|considers|must|should|may|might|could|can)\b/i

// "Qatar, Saudi Arabia and Jordan urged", "Moscow and Tehran warned": a country or capital listed before the verb acts too.
// The list ends on "and" and a name, with "the" or not ("Egypt and the Arab League said"; "In Ankara, Erdogan said" is no list).
const LIST_ITEM = "(?:the\\s+)?(?:al-)?[A-Z][\\w'’-]*(?:\\s+(?:of\\s+)?[A-Z][\\w'’-]*){0,3}"
const LISTED_THEN_ACTS = new RegExp(`^(?:\\s*,\\s*${LIST_ITEM}){0,3}\\s*,?\\s+and\\s+${LIST_ITEM}${ACTS.source.slice(1)}`)

// "relations between Turkey and Syria", "talks between Israel and Lebanon": the parties to a relation, not a location
// (the second through the list; "the border between" names where something is, and stays).
const BETWEEN_PARTIES = /\b(?:relations|ties|talks|negotiations|agreements?|deals?|accords?|treaty|truce|ceasefire|war|conflict|tensions?|dispute|rapprochement|normali[sz]ation|trade|cooperation|coordination|contacts?|rift|feud|mediation)\s+between\s+(?:the\s+)?$/i

// "accused Ankara of planning an offensive", "urged Moscow to restrain", "blamed Tehran for": a capital or country
// accused, urged or blamed is its government, not a location.
// ("forcing Jordan to close its border", "prompted Lebanon to …": the one made to act acts)
const PRESSED = /\b(?:accused|accuses|accusing|accuse|urged|urges|urging|urge|blamed|blames|blaming|blame|pressed|presses|pressing|press|called\s+on|calls\s+on|calling\s+on|forcing|prompting|prompted|compelling|compelled)\s+$/i
const PRESSED_AFTER = /^\s+(?:of|to|for|over)\b/

// "a ceasefire agreement with Syria", "talks with Turkey", "peace with Israel": the other party to a relation, not a location.
// ("in a phone call with the UAE president", "a meeting with Qatar": whom one spoke with, not where)
const COUNTERPART = /\b(?:agreements?|accords?|deals?|treaty|treaties|truce|ceasefire|armistice|talks|negotiations|relations|ties|peace|war|conflict|cooperation|coordination|normali[sz]ation|dialogue|contacts?|understanding|reconciliation|rapprochement|alliance|partnership|calls?|phone\s+calls?|conversations?|meetings?)\s+(?:\w+\s+){0,2}with\s+(?:the\s+)?$/i

const STRIKES = /^\s+(?:has\s+|have\s+|had\s+|also\s+|will\s+|would\s+)?(?:struck|strikes|strike|hit|hits|bombed|bombs|shelled|shells|attacked|attacks|launched|launches|deployed|deploys|seized|seizes|captured|captures|sent|sends|took|takes|moved|moves|began|begins|carried|carries|fired|fires|shot|shoots|intercepted|evacuated|withdrew|withdraws|pulled|pulls)\b/i

// "backed by US air strikes", "UK officials", "a US convoy": a country used as an adjective of its own forces or people names who
// acts, not where. ("US-backed" is read by the actor rules as a modifier.) So does one before its leaders ("the UAE
// president", "his Qatari counterpart") or before its part in an arrangement ("under US supervision", "UN auspices").
const OWN_NOUN = /^\s+(?:president|prime\s+minister|foreign\s+minister|ministers?|counterparts?|leaders?|king|emir|crown\s+prince|supervision|mediation|auspices|oversight|sponsorship|guarantees?|air\s?strikes|strikes|air\s+power|jets|bombers|warplanes|aircraft|planes|drones|missiles|troops|forces|soldiers|special\s+forces|military|army|navy|officials|diplomats|envoys?|intelligence|convoys?|patrols?|warships|ships|helicopters|tanks|armou?red\s+vehicles|personnel|advisers|advisors|contractors)\b/i

// "Iran will be dispatching …", "Russia has …": a country as the subject of a clause.
const MODAL = /^\s+(?:has|have|had|will|would|is|was|could|can|may|might|must|should|also|has\s+been|is\s+now)\s+(?!located|situated|home|bordered)/i

// "the Doha Forum", "the Astana talks", "the Geneva process", "the Sochi agreement": a place naming a gathering or what it
// agreed is no place of the sentence's event.
const GATHERING_NAMED = /^\s+(?:forum|summit|conference|talks|process|format|dialogue|declaration|communiqu[eé]|agreement|accords?|memorandum|platform)\b/i

// "the Varnok Times reported", "the Washington Post": a newspaper named after its town says nothing happened there.
const NEWSPAPER = /^\s+(?:Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Telegraph|Observer|Examiner|Courier|Inquirer|Dispatch)\b/

// "Syria TV reported", "Aleppo Today said", "Deir ez-Zor 24 reported", "Suwayda 24 -", "(Levant Wire)", "told Syria
// Direct": a place that opens a broadcaster's or news site's name says nothing happened there. The words that name only
// an outlet (TV, Radio, News Agency) stand alone; the others ("Today", "Direct", a number: "24" is round the clock) need
// what follows an outlet's name after them (its reporting verb, a closing bracket, a dateline's dash, its possessive, a
// word for a site), or "told" or "according to" before.
const OUTLET_ALWAYS = /^\s+(?:TV|Television|Radio|(?:News|Press)\s+Agency|News\s+Network|Broadcasting)\b/
const OUTLET_MAYBE = /^\s+(?:Today|Direct|Wire|Eye|Now|Voice|Daily|News|Online|Media|Monitor|Observer|\d{1,2})(?:\s*\)|\s*[-–—:]\s|['’]s\s|\s*,?\s+(?:has\s+|had\s+)?(?:reported|reports|said|says|quoted|cited|showed|published|broadcast|aired|added|wrote|posted|carried|network|website|site)\b)/
const CITES_OUTLET = /\b(?:told|according\s+to|quoted\s+by|cited\s+by|reported\s+by|speaking\s+to|interview\s+with)\s+(?:the\s+)?$/i

/** Whether the place is the first word of a news outlet's name (read only before a capital letter or a digit). */
function opensOutletName(tail: string, after: string): boolean {
  const c = after.charCodeAt(1)
  if (after.charCodeAt(0) !== 32 || !((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false
  return OUTLET_ALWAYS.test(after) || OUTLET_MAYBE.test(after) || (CITES_OUTLET.test(tail) && /^\s+(?:Today|Direct|Wire|Eye|Now|Voice|Daily|News|Online|Media|\d{1,2})\b/.test(after))
}

// "US-backed forces", "a Damascus-based analyst", "a Turkish-brokered truce": a place as the first part of an
// adjective names who backs or where someone is based, not where the sentence's event happened.
const ADJECTIVE_OF = /^[-‐‑–](?:backed|led|brokered|supported|sponsored|funded|financed|aligned|allied|made|built|supplied|trained|armed|based|born|run)\b/i

// "the Idlib town of Saraqib", "the Damascus suburb of Jamraya", "the Homs countryside village of Zelkoub": a place
// before a settlement word and "of" says where the place named next lies; that one is where things happened. (Not
// "neighbourhood", "district": "the Jobar neighbourhood of Damascus" runs the other way.)
const CONTAINER_OF_NEXT = /^\s+(?:(?:province|governorate|countryside|desert|border|coastal|rural)\s+)?(?:towns?|villages?|suburbs?|hamlets?)\s+of\s+[A-Z]/

// "the local news site Suwayda 24", "the opposition outlet Orient", "the state channel Ikhbariya": a place right after a
// word for a news outlet is the outlet's name.
const MEDIA_WORDS: ReadonlySet<string> = new Set(['site', 'website', 'outlet', 'network', 'channel', 'page', 'station', 'agency', 'newspaper',
  'radio', 'tv', 'television', 'broadcaster', 'daily'])

// The decisions, shared (read-only): one object each, not one per place.
const ACTOR: RoleDecision = { role: 'mention', metonym: false, rule: 'actor' }
const GOVERNMENT: RoleDecision = { role: 'mention', metonym: true, rule: 'government' }
const COUNTERPART_ROLE: RoleDecision = { role: 'mention', metonym: false, rule: 'counterpart' }
const SPEECH_VENUE: RoleDecision = { role: 'mention', metonym: false, rule: 'speech-venue' }
/** Where a source closing the sentence is (SOURCE_TAIL_IN): find-places keeps it an event place when its sentence names no other. */
export const SOURCE_VENUE: RoleDecision = { role: 'mention', metonym: false, rule: 'source-venue' }
const VENUE_ROLE: RoleDecision = { role: 'mention', metonym: false, rule: 'venue' }
const ORIGIN_ROLE: RoleDecision = { role: 'mention', metonym: false, rule: 'origin' }
const LISTED_WITH_MENTION: RoleDecision = { role: 'mention', metonym: false, rule: 'listed-with-mention' }
const NEWSPAPER_ROLE: RoleDecision = { role: 'mention', metonym: false, rule: 'newspaper' }
const ADJECTIVE_ROLE: RoleDecision = { role: 'mention', metonym: false, rule: 'adjective' }
const GATHERING_ROLE: RoleDecision = { role: 'mention', metonym: false, rule: 'gathering' }
const CONTAINER_ROLE: RoleDecision = { role: 'mention', metonym: false, rule: 'container-of-next' }
/** An event place, decided by no rule (find-places also restores it where a rule's condition it cannot see fails). */
export const EVENT_ROLE: RoleDecision = { role: 'event', metonym: false, rule: null }

// A wire dateline after the town that opens a report: "BEIRUT (Reuters) -", "Beirut, Dec 5 (AP)", "AMMAN, Jordan, Dec. 6
// (AFP) —", "DAMASCUS, Syria —", "Damascus: ": where the reporter files from, not where what follows happened.
// (The day in either order: "Dec 5", "5 December 2024".)
const DATELINE_DAY = String.raw`(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:\s*,?\s+\d{4})?`
const DATELINE_TOWN_COUNTRY = String.raw`(?:\s*,\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})?`
const DATELINE_AGENCY = new RegExp(String.raw`^${DATELINE_TOWN_COUNTRY}(?:\s*,?\s*${DATELINE_DAY})?\s*\(\s*\p{Lu}[\p{L}.&' ]{0,30}\)`, 'u')
// (Without an agency: a date then a dash or a colon, or a dash or colon right after a town written in capitals — not
// "Aleppo — the second city — fell", an apposition.)
const DATELINE_DATED = new RegExp(String.raw`^${DATELINE_TOWN_COUNTRY}\s*,?\s*${DATELINE_DAY}\s*[-–—:]\s`, 'u')
const DATELINE_BARE = /^(?:\s*,\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})?\s*(?:[-–—]\s|:\s+\p{Lu})/u
const DATELINE_ROLE: RoleDecision = { role: 'mention', metonym: false, rule: 'dateline' }

/** Whether the place `name`, opening its sentence (`before` is blank), is a report's dateline. */
function isDateline(before: string, after: string, name: string): boolean {
  if (before.trim() !== '') return false
  if (DATELINE_AGENCY.test(after) || DATELINE_DATED.test(after)) return true
  // ("ANKARA" on a line of its own above the report: a town in capitals that is its sentence whole)
  if (after.trim() === '' && name === name.toUpperCase() && /\p{Lu}{3}/u.test(name)) return true
  // ("Damascus: Israeli forces …", "HOMS — Rebels …": a colon after any town, a dash only after one in capitals)
  // ("دمشق - قال مصدر …": Arabic has no capitals; a dash right after a name that opens the report is its dateline)
  return DATELINE_BARE.test(after) && (/^\s*:/.test(after) || (name === name.toUpperCase() && /\p{Lu}{3}/u.test(name))
    || (/^[\u0600-\u06ff]/.test(name) && /^\s+[-–—]\s/.test(after)))
}

/**
 * Role of a resolved place from the sentence text before and after it; `previous` is the role of a place it is listed
 * with; `name` the words that name it.
 */
export function placeRole(before: string, after: string, entry: GazEntry, previous: { role: PlaceRole; joined: boolean } | null, name = ''): RoleDecision {
  if (before.length < 8 && isDateline(before, after, name)) return DATELINE_ROLE
  const tail = before.slice(-80)
  const actorLike = entry.kind === 'country' || entry.fcode === 'PPLC'
  // "Israel struck targets in …": a country followed by its verb is acting, the event is elsewhere.
  const countryActs = entry.kind === 'country' && (STRIKES.test(after) || MODAL.test(after) || /^\s+(?:\w+ly\s+)?\w+ed\b/.test(after))
  // "the Damascus government", "Tehran regime": the capital names who governs from it.
  const governs = entry.fcode === 'PPLC' && /^\s+(?:government|regime|authorities|leadership)\b/i.test(after)
  if (actorLike && (POSSESSIVE_ACTOR.test(after) || ACTS.test(after) || countryActs || governs || (entry.kind === 'country' && OWN_NOUN.test(after)) ||
    pressed(tail, after) || listedThenActs(after))) {
    // A capital standing for its government is no location; a country is still a country, named as an actor.
    return entry.kind === 'country' ? ACTOR : GOVERNMENT
  }
  if (NEWSPAPER.test(after) || opensOutletName(tail, after)) return NEWSPAPER_ROLE
  if (gatheringNamed(after)) return GATHERING_ROLE
  if (adjectiveOf(after)) return ADJECTIVE_ROLE
  // Each expression below is tried only when the text ends on a word it can end on (see trailing-word.ts).
  const last = trailingWord(tail)
  if (last === 'the' && CONTAINER_OF_NEXT.test(after)) return CONTAINER_ROLE
  if (MEDIA_WORDS.has(last)) return NEWSPAPER_ROLE
  if (entry.kind === 'country' && (last === 'with' || last === 'the') && COUNTERPART.test(tail)) return COUNTERPART_ROLE
  // ("ready for talks with Damascus", "ties with Moscow": a capital as the other party is its government, named, not
  // where anything happened; kept as a mention, as a country there is)
  if (entry.fcode === 'PPLC' && last === 'with' && COUNTERPART.test(tail)) return COUNTERPART_ROLE
  if (entry.kind === 'country' && (last === 'between' || last === 'the') && BETWEEN_PARTIES.test(tail)) return COUNTERPART_ROLE
  if ((last === 'in' || last === 'at') && (TOLD.test(tail) || (SPEAKER_IN.test(tail) && SPEAKS_AFTER.test(after)) ||
    (FRONTED_BEFORE.test(tail) && FRONTED_SPEAKER.test(after)))) return SPEECH_VENUE
  if ((last === 'in' || last === 'at') && SOURCE_TAIL_IN.test(tail) && SOURCE_TAIL_AFTER.test(after)) return SOURCE_VENUE
  if ((last === 'in' || last === 'from') && SPEAKING_IN.test(tail)) return SPEECH_VENUE
  if (last === '' && arabicVenue(tail)) return VENUE_ROLE
  if ((last === 'in' || last === 'at' || last === 'to' || last === 'the') && VENUE.test(tail)) return VENUE_ROLE
  if ((last === 'in' || last === 'at' || last === 'the') && HEADQUARTERS_IN.test(tail) && !ACTED_ON_BEFORE.test(tail) && !ACTED_ON_AFTER.test(after)) return VENUE_ROLE
  if ((last === 'from' || last === 'of') && ORIGIN.test(tail) && !MOVED_OUT_OF.test(tail)) return ORIGIN_ROLE
  if (last === 'from' && REINFORCEMENTS_FROM.test(tail)) return ORIGIN_ROLE
  // "refugees from Lebanon and Europe": a place listed right after another takes its role.
  if (previous && previous.joined) return previous.role === 'mention' ? LISTED_WITH_MENTION : { role: previous.role, metonym: false, rule: null }
  return EVENT_ROLE
}

/** Whether the place heads a list of names that the verb after it has as its subject: read only after "," or " and". */
function listedThenActs(after: string): boolean {
  const c = after.charCodeAt(0)
  return (c === 44 || (c === 32 && after.startsWith(' and '))) && LISTED_THEN_ACTS.test(after)
}

/** Whether the place is accused, urged or blamed "of", "to" or "for" something (read only after such a verb). */
function pressed(tail: string, after: string): boolean {
  const c = after.charCodeAt(0)
  return (c === 32 || c === 10) && PRESSED_AFTER.test(after) && PRESSED.test(tail)
}

/** Whether a hyphen and a participle follow the place ("US-backed"): read only after a hyphen or dash. */
function adjectiveOf(after: string): boolean {
  const c = after.charCodeAt(0)
  return (c === 45 || (c >= 0x2010 && c <= 0x2013)) && ADJECTIVE_OF.test(after)
}

/** Whether a gathering's word follows the place ("the Doha Forum"): read only after a space. */
function gatheringNamed(after: string): boolean {
  return after.charCodeAt(0) === 32 && GATHERING_NAMED.test(after)
}

/** Whether the text before a place ends on an Arabic venue phrase (read only when it ends on في, من or إلى). */
function arabicVenue(tail: string): boolean {
  const t = tail.trimEnd()
  return (t.endsWith('في') || t.endsWith('من') || t.endsWith('إلى')) && ARABIC_VENUE.test(tail)
}
