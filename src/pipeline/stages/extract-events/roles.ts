// Who did it to whom: initiator, target and beneficiary of one event from the actor mentions around its trigger.
// territory_change: the new holder is the initiator, the previous holder the target; a withdrawing force is the target.
import type { ActorId, ActorRole, EventType } from '../../../core/types.ts'
import { asides } from './clauses.ts'
import { listedWith } from './listed.ts'
import { isModifier, isPossessor } from './modifiers.ts'
import type { ActorRef, SentenceView } from './sentence.ts'
import type { Speaker } from './speakers.ts'

export interface RoleInput {
  readonly s: SentenceView
  readonly type: EventType
  readonly triggerStart: number
  readonly triggerEnd: number
  /** End of the stretch this trigger owns (the next trigger or the clause end). */
  readonly scopeEnd: number
  readonly clauseStart: number
  readonly withdrawal: boolean
  /** "handed the city over to X": X is the new holder, the subject the old one. */
  readonly handover?: boolean
  /** "named X caretaker prime minister": X benefits, the subject (or the agent after "by") appoints. */
  readonly appointment?: boolean
  readonly speaker: Speaker | null
  /** Every speaker of the sentence: "…, the SDF said, killing two civilians", "…arrived on Thursday, residents said" —
   * a source named as such is no party to the event (a party's own acts come through `speaker`, see selfReport). */
  readonly speakers?: readonly Speaker[]
  /** Lexicon id for civilians, when the theater has one. */
  readonly civilians: ActorId | null
}

export type EventActor = { readonly actorId: ActorId; readonly role: ActorRole }

// "after fighting spread", "before rebels entered", "as troops withdrew": a subordinator shortly before the trigger.
// "fighting spread", "clashes erupted": an event noun that is the subject of its own verb.
const NOUN_WITH_VERB = /^\s+(?:\S+\s+)?(?:spread|erupted|broke\s+out|intensified|escalated|raged|flared|reached|continued|resumed|began|edged|moved)\b/i
const SUBORDINATE_BEFORE = /\b(?:after|before|when|while|since|because|until|once|as)\s+(?:[\w'’-]+\s+){0,3}$/i
// A count before the side it counts: "at least 12", "dozens of", "several"; "PKK/YPG": a slash joins two names of one side.
const COUNT_WORDS = String.raw`(?:at\s+least|more\s+than|over|some|about|nearly|around|up\s+to|(?:dozens|scores|hundreds|thousands)\s+of|[\d,]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|several|many|multiple|numerous)`
// (a verb in quotes: 'had "neutralised" 12 militants')
const VICTIM_AFTER = new RegExp(String.raw`\b(?:from|with|against|on|at|targeting|toward|towards)\s+(?:the\s+)?(?:\S+\s+){0,2}$|^["”’']?\s*(?:${COUNT_WORDS}\s+)*(?:the\s+)?(?:[^\s/]+\/)?$`, 'i')
// What a strike or a fight hit, named right after its verb: "the SDF", "most of the navy", "two SDF vehicles", "several
// HTS positions", "more than 75 Islamic State targets", "a group of HTS fighters".
const HIT_AFTER = new RegExp(String.raw`\b(?:from|with|against|on|at|targeting|toward|towards)\s+(?:the\s+)?(?:\S+\s+){0,2}$|^\s*(?:(?:most|much|all|part|parts|some|many|dozens|several|half)\s+of\s+)?(?:(?:the|an?)\s+)?$|^\s*(?:(?:the|an?)\s+)?(?:(?:group|number|unit|cell|column|convoy)\s+of\s+(?:${COUNT_WORDS}\s+)*|(?:${COUNT_WORDS}\s+)+)(?:[^\s/]+\/)?$`, 'i')
// The subject of a clause that is an event noun: "Clashes between …", "Heavy fighting around …", "The shelling …"
// A crowd right before its verb: "hundreds of people gathered", "thousands of residents took to the streets", "protesters
// later rallied".
const CROWD_SUBJECT = /\b(?:crowds?|people|protesters|demonstrators|residents|locals|(?:hundreds|thousands|dozens|scores)(?:\s+of\s+(?:\w+\s+)?(?:people|residents|protesters|demonstrators|locals|women|men|students))?)\s+(?:(?:had|have|has|also|then|later|again|reportedly|first|once\s+again)\s+){0,2}$/i
// The ruler right after "toppled", "ousted": "President X", "the longtime leader X", "Syrian President X".
const RULER_AFTER = /^\s*(?:(?:the|an?)\s+)?(?:(?:\p{Lu}\p{Ll}+|longtime|long-time|former|embattled)\s+)?(?:(?:[Pp]resident|[Ll]eader|[Rr]uler|[Dd]ictator|[Ss]trongman)\s+)?$/u
// A bare word for troops opening reported words, then its verb: "saying units were fighting", "that troops had redeployed".
const bareOwn = (nouns: string) => new RegExp(String.raw`^\s*(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?(?:${nouns})(?:\s+(?:stationed|deployed|based|positioned)\s+(?:in|at|near|around)\s+[^,;]{1,40}?)?\s+(?:(?:had|have|has|were|was|are|is|would|will|also|been|now|still|successfully)\s+){0,3}$`, 'i')
const BARE_OWN_STATE = bareOwn('units|troops|soldiers|forces')
const BARE_OWN_GROUP = bareOwn('units')
// A participle after a strike's place that names what was hit: ", hitting a", ", targeting army depots", ", destroying two".
const HIT_AFTER_PLACE = /^[^.;,]{0,60},\s*(?:hitting|targeting|striking|destroying|damaging)\s+(?:(?:the|an?|two|three|four|several|dozens\s+of|\d+)\s+)?$/i
// Another side's ground told by a possessive: "towards their areas", "on their positions", "against their lines".
const THEIR_PLACES = /^\s*(?:(?:\S+\s+){0,3}?(?:towards?|on|against|into)\s+)?their\s+(?:remaining\s+|last\s+|former\s+)?(?:areas|positions|lines|territory|territories|strongholds|bases|posts|defen[cs]es)\b/i
// A protest's demand that someone go: "demanding the ouster of", "calling for the fall of the", "to demand the removal of".
const DEMANDED_FALL = /^[^.;]{0,80}?\b(?:demand(?:ing|ed|s)?|call(?:ing|ed|s)?\s+for|chant(?:ing|ed)|urg(?:ing|ed))\s+(?:the\s+)?(?:ouster|fall|removal|resignation|departure|overthrow|downfall|end)\s+of\s+(?:the\s+)?(?:(?:[Pp]resident|[Ss]yrian\s+[Pp]resident|[Ll]eader)\s+)?$/
// Whom a force or its arms are sent to stop: "aiming to thwart the rebels", "to help push back the SDF".
const AIMED_AGAINST = /\b(?:to|aiming\s+to|in\s+order\s+to|meant\s+to|intended\s+to|seeking\s+to|trying\s+to)\s+(?:help\s+)?(?:thwart|stop|prevent|repel|counter|fight|confront|halt|block|deter|defend\s+(?:\S+\s+)?against|hold\s+off|push\s+back|stem)\s+(?:the\s+)?(?:\S+\s+)?$/i
// An attack as the subject of its clause: "An attack launched by …", "The assault by … on …", "a rebel offensive by …".
const ATTACK_SUBJECT = /(?:^|[,;]\s*)(?:an?|the)\s+(?:\S+\s+){0,2}?(?:attack|assault|offensive|incursion|raid|push)s?\b(?=[^.;]*\bby\b)/i
// A verb two sides do to each other, right after its subject: "clashed", "fought", "exchanged fire", "traded blows".
const MUTUAL_VERB = /^\s+(?:(?:have|has|had|also|again|reportedly|then|later|heavily|fiercely)\s+){0,2}(?:clash(?:ed|es)?|fought|fight|battled|exchanged\s+(?:\S+\s+)?fire|traded\s+(?:\S+\s+)?(?:fire|blows))\b/i
// A toll told before the act that caused it (group 1: the toll's verb): "were killed in", "died during", "was wounded by".
const TOLL_IN = /\b((?:(?:were|was|been|being)\s+(?:killed|wounded|injured)|died|perished))\b[^.;]*?\b(?:in|during|amid|by)\s+(?:\S+\s+){0,4}$/i
// What stands between a side named inside an act's noun phrase and the noun: "an HTS ambush", "a Turkish drone strike".
const ATTRIBUTIVE_GAP = /^\s*(?:(?:air|drone|missile|rocket|artillery|mortar|suicide|car[\s-]bomb)\s+)?$/i
// The side's name and the act it did, as one noun phrase: "HTS ambush", "Turkish drone strike", "Israeli air raids".
const ACT_NOUN_AFTER = /^[^,;.]{0,40}?\b(?:ambush(?:es)?|attacks?|(?:air|drone|missile)?\s*strikes?|airstrikes?|raids?|shelling|bombardments?|bombings?|assaults?|offensive|counter-?offensive)\b/i
// An object and the participle of another verb before "by": "positions abandoned by", "the villages held by" (not a
// second verb of the trigger's own: "were killed and wounded by"; nor a leader standing for the men he leads: "in the
// hands of the alliance led by HTS").
const REDUCED_RELATIVE = /^\s*(?:\S+\s+){1,3}?(?<!\b(?:and|or)\s+)(?!(?:led|headed|commanded|spearheaded)\s)(?:\w+ed|held|left|run|built|taken|given|seized)\s+by\s+(?:the\s+)?$/i
// A verb of beating an attack back, and what may stand before the attacker's name after it: "repelled an", "thwarted a
// renewed"; the attack's noun right after the name ("an Islamic State attack", "a rebel offensive").
const REPELLED = /^(?:repel|thwart|foil|repuls|fend|fought\s+off|beat(?:en|ing)?\s+back)/i
const ATTACK_ARTICLE = /^\s*["”’']?\s*(?:(?:a|an|the|several|multiple|repeated|renewed|fresh|new|major|large-scale|two|three|\d+)\s+){0,2}$/i
const ATTACK_NOUN_NEXT = /^\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|offensives?|advances?|infiltrations?|incursions?|attempts?|counter-?attacks?|push)\b/i
// The verb right after a strike noun as its subject: "strike killed", "raids on Sunday wounded", "strikes also hit".
const STRIKE_HIT_VERB = /^(?:\s+(?!(?:and|or|but|which|that|who|after|before|as|while)\b)[^\s.;,]+){0,4}?\s+(?:(?:also|reportedly|have|has|had)\s+)?(?:killed|wounded|injured|hit|destroyed)\b/i
// One man of a side named by his rank: "a senior", "the top", "a prominent" (Islamic State commander).
const RANKED_ONE = /^\s*(?:the|an?)\s+(?:senior|top|prominent|leading|local|key|former|high-ranking|veteran)\s+$/i
// A toll whose subject is an attack told by its weapon: "An Israeli strike on army depots killed four soldiers", "a
// Russian air raid on the market killed 20", "Government shelling of the town killed …" (head noun in group 1).
const ATTACK_TOLL_SUBJECT = /^\s*(?:(?:a|an|the|one|another|two|three|several|\d+)\s+)?(?:[\w'’.-]+\s+){0,3}?((?:air\s?|drone\s+|missile\s+|rocket\s+|artillery\s+)?(?:strikes?|raids?|attacks?|barrages?|bombardments?|shelling|bombings?|ambush(?:es)?|shells?|missiles?|rockets?))\b(?:\s+(?:by|from|of|on|against|targeting|in|near|at)\s+[^,;]*?)?\s+(?:(?:have|has|had|reportedly|also)\s+)*$/i
const EVENT_SUBJECT = /^\s*(?:the\s+)?(?:\w+\s+)?(?:clashes|fighting|battles?|strikes|air\s?strikes|shelling|bombardments?|explosions?|blasts?|violence|hostilities)\b/i

/** The actor that opens the main clause after a fronted adjunct ("In a raid on Thursday, US forces …"), or null. */
function mainSubject(s: SentenceView, from: number, fits: (a: ActorRef) => boolean): ActorRef | null {
  const comma = s.text.indexOf(',', from)
  if (comma < 0) return null
  return s.actors.find((a) => a.start > comma && fits(a) && /^[\s,]*(?:the\s+)?$/i.test(s.text.slice(comma, a.start))) ?? null
}
const acting = (a: ActorRef) => !a.media && a.kind !== 'civilians'
// Fighting, taking ground, striking, deploying and arming are done by parties: a monitor or an agency named near the
// trigger ("According to the Observatory, they seized …") is never their initiator or target.
const ARMED: ReadonlySet<EventType> = new Set(['territory_change', 'battle', 'strike', 'deployment', 'military_aid', 'casualties', 'infrastructure_damage'])
const speaking = (sp: Speaker | null) => (sp?.actor && !sp.actor.media ? sp.actor : null)

// An actor named right after a preposition is not the clause's subject: "from the SDF", "factions of the SNA", "by HTS".
const OBJECT_OF_PREPOSITION = /\b(?:to|from|with|against|of|by)\s+(?:the\s+)?$/i
// Of those, the prepositions whose object never stands for who acts ("factions of the SNA" are the SNA's, "captured by
// HTS" is HTS's doing).
const OTHER_PARTY_BEFORE = /\b(?:to|from|with|against)\s+(?:the\s+)?$/i

/** The actor a phrase like "by X", "from X", "with X", "against X", "to X" names right after the trigger. */
// A partner named beside the doer: ", together with", ", in cooperation with the", "alongside".
const PARTNER_BEFORE = /(?:,\s*(?:together|along|jointly)\s+with|,\s*in\s+(?:cooperation|coordination|conjunction)\s+with|\balongside)\s+(?:the\s+)?$/i

// What was hit, told as a side's: "a position of the", "gatherings of terrorists of", "vehicles belonging to".
const HIT_OF = /^\s*(?:(?:the|an?|its|their|several|two|three|\d+)\s+)?(?:[\w-]+\s+)?(?:positions?|posts?|gatherings?|concentrations?|headquarters|hideouts?|bases?|depots?|vehicles?|convoys?|fortifications?|sites?|outposts?|checkpoints?|targets?|members|fighters|elements|militants|terrorists)\s+(?:belonging\s+to|of)\s+(?:the\s+)?(?:(?:terrorists?|militants|fighters|members|elements)\s+(?:of|from)\s+(?:the\s+)?)?$/i

function after(s: SentenceView, from: number, to: number, lead: RegExp, armed = false): ActorRef | null {
  for (const a of s.actors) {
    if (a.start < from || a.start >= to || a.media || (armed && !a.party && a.kind !== 'civilians')) continue
    if (lead.test(s.text.slice(from, a.start))) return a
  }
  return null
}

// A capture told as a noun: "the capture", "the seizure", "the takeover", "the liberation of".
const CAPTURE_NOUN = /^(?:capture|seizure|takeover|liberation)\b/i
const heldBy = (a: ActorRef | null): ActorRef | null => (a && a.kind !== 'civilians' ? a : null)
// Between a noun and the verb of the relative clause it heads: "which", "that had", "who also".
const RELATIVE_GAP = /^\s+(?:which|that|who)\s+(?:(?:had|have|has|also|then|later|reportedly)\s+){0,2}$/i
// "left 15 members of X and six Y fighters": what a toll leaves, counted, up to its "dead" (no clause between).
const LEFT_TOLL = /\bleft\s+(?:(?:at\s+least|more\s+than|some|about|nearly|over|around)\s+)?(?:\d[\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b[^;:]*$/i
// A subordinate clause's subject right before its verb, in lower case or quoted: "after unknown gunmen", 'after
// "terrorist organisations"', "when a group of fighters" (not a pronoun, nor a name, which the lexicon reads).
const UNNAMED_SUBORDINATE_SUBJECT = /\b(?:after|when|as|before|while|once|until|because)\s+(?!(?:it|they|he|she|we|its|their|his|her|this|that|these|those)\b)((?:the|a|an|some|several|unknown|unidentified)\s+)?(?:["“][^"”]{1,40}["”]|(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*(?:s|men))\s+(?:(?:had|have|has|also|reportedly|then)\s+){0,2}$/
/** A party named as the subject right before the trigger ("Druze leaders protested"): the crowd rule leaves it be. */
const subjectIsNear = (s: SentenceView, r: RoleInput) => s.actors.some((a) => a.end <= r.triggerStart && a.start >= r.clauseStart && a.kind !== 'civilians'
  && /^\s+(?:(?:had|have|has|also|then|later|again|reportedly)\s+){0,2}$/i.test(s.text.slice(a.end, r.triggerStart)))

// Who held the place an act went into, told in the place's own description: "the regime-held town of X", "X, which is
// controlled by the government", "X, the government's last stronghold in the east", "X, an SDF stronghold".
const HELD_AFTER = /^(?:['’]s?)?\s+(?:\S+\s+){0,2}?(?:strongholds?|bastions?|heartland|bulwarks?)\b/i
const HELD_BY_BEFORE = /\b(?:held|controlled|run|abandoned|vacated|evacuated|deserted)\s+by\s+(?:the\s+)?(?:\S+\s+)?$/i
const STRONGHOLD_BEFORE = /,\s*(?:(?:which|that)\s+(?:is|was|serves\s+as|served\s+as|had\s+been|has\s+been|remains|remained)\s+)?(?:(?:the|a|an|one\s+of\s+the)\s+)?(?:\S+\s+){0,2}$/i
// (A subordinate clause or another party between them: "took X after jets struck the SDF-held town of Y" is another act.)
// ("which serves as the government's stronghold": "as" after a verb of being is no subordinator.)
const OTHER_ACT = /\b(?:after|before|when|while|since|until|because|(?<!\b(?:serves?|served|serving|known|such|well|same)\s+)as|following|amid|but|then)\b/i
/** The holder named in the description of the place after the trigger, or null. */
function holderOfPlace(s: SentenceView, from: number, not: ActorRef | null): ActorRef | null {
  const next = s.actors.find((a) => a.start >= from && a.party)
  return [next].find((a): a is ActorRef => a !== undefined && a.actorId !== not?.actorId && !/[;.]/.test(s.text.slice(from, a.start)) && !OTHER_ACT.test(s.text.slice(from, a.start)) && a.start - from <= 200
    && (/^[-‐–](?:held|controlled)\b/i.test(s.text.slice(a.end, a.end + 12)) || HELD_BY_BEFORE.test(s.text.slice(Math.max(from, a.start - 40), a.start))
      || (HELD_AFTER.test(s.text.slice(a.end, a.end + 40)) && STRONGHOLD_BEFORE.test(s.text.slice(from, a.start))))) ?? null
}

/** Roles of the event, initiator first; never the same actor twice. */
export function rolesOf(r: RoleInput): EventActor[] {
  const s0 = r.s
  const speechAct = r.type === 'statement' || r.type === 'denial' || r.type === 'call_to_action'
  // ("The group, which split from al-Qaeda, said …": a trigger inside the speaker phrase has its actors there.)
  // ("HTS split from al-Qaeda, asserting …": the subject of a main clause that a participle's speech continues acts.)
  const nextToVerb = (sp: Speaker) => sp.verbEnd <= sp.start || (sp.verbStart >= sp.end && !/[,;]/.test(s0.text.slice(sp.end, sp.verbStart)) && sp.verbStart - sp.end <= 25)
  const otherSpeakers = [...(r.speakers ?? []), ...(r.speaker ? [r.speaker] : [])].filter((sp) => sp.end > sp.start && nextToVerb(sp) && !(r.triggerStart >= sp.start && r.triggerStart < sp.end))
  const named = (a: ActorRef) => otherSpeakers.some((sp) => a.start >= sp.start && a.end <= sp.end)
  const s: SentenceView = speechAct || otherSpeakers.length === 0 ? r.s : { ...r.s, actors: r.s.actors.filter((a) => !named(a)) }
  const out: EventActor[] = []
  const add = (a: { actorId: ActorId } | null | undefined, role: ActorRole) => {
    if (a && !out.some((x) => x.actorId === a.actorId)) out.push({ actorId: a.actorId, role })
  }
  const objectOfPreposition = (a: ActorRef) => OBJECT_OF_PREPOSITION.test(s.text.slice(Math.max(0, a.start - 12), a.start))
  const otherParty = (a: ActorRef) => OTHER_PARTY_BEFORE.test(s.text.slice(Math.max(0, a.start - 12), a.start))
  const inSpeaker = (a: ActorRef) => r.speaker !== null && a.start >= r.speaker.start && a.end <= r.speaker.end && r.speaker.end > r.speaker.start
  // "Russian airstrikes destroyed …": an actor whose name holds the trigger word still precedes it.
  const aside = asides(s.text)
  const fits = (a: ActorRef) => acting(a) && (!ARMED.has(r.type) || a.party || a.kind === 'civilians')
  // "Jordan closed its border after fighting spread south": an event noun with a verb of its own in a subordinate
  // clause has its subject there, or none; the main clause's subject did not do it.
  // ("took control after heavy fighting with X" is the taker's own fighting: no verb of its own follows the noun.)
  const sub = NOUN_WITH_VERB.test(s.text.slice(r.triggerEnd, r.triggerEnd + 30))
    ? SUBORDINATE_BEFORE.exec(s.text.slice(Math.max(r.clauseStart, r.triggerStart - 40), r.triggerStart)) : null
  const subStart = sub ? Math.max(r.clauseStart, r.triggerStart - 40) + sub.index : 0
  // "stormed government positions …, opening an offensive": a side named by its positions or checkpoints is where it was
  // hit, never who acts, unless it is the subject of a passive ("rebel positions were shelled by …").
  const passiveTrigger = /\b(?:was|were|been|being|be|are|is)\s+(?:\S+\s+)?$/i.test(s.text.slice(Math.max(0, r.triggerStart - 20), r.triggerStart))
  const onlyHeld = (a: ActorRef) => !passiveTrigger && /\b(?:positions|checkpoints)$/i.test(s.text.slice(a.start, a.end))
  const before = s.actors.filter((a) => a.start < r.triggerStart && a.start >= subStart && fits(a) && !isModifier(s.text, a) && !isPossessor(s.text, a) && !onlyHeld(a)
    && !aside.some(([x, y]) => a.start >= x && a.end <= y && !(r.triggerStart >= x && r.triggerStart < y)))
  // Prefer the subject of the trigger's own clause; fall back to the sentence's last actor before it.
  // '"Our forces have entered Karmun," the SDF said': the first person in a quotation is its speaker;
  // "the army said it had redeployed": so is a pronoun subject in reported speech.
  // (Not after "according to X" or a monitor's "said": "they" there are the fighters, not the source.)
  const selfReport = r.speaker !== null && (r.speaker.party || r.speaker.actor?.kind === 'person')
    && !/\b(?:according|reported\s+by|citing)\b/i.test(s.text.slice(r.speaker.verbStart, r.speaker.verbEnd))
  // "its aircraft had carried out strikes"; "it had repelled an attack … and killed dozens": a pronoun subject's second verb.
  // ('its jets had successfully struck', 'it had "neutralised"': an adverb or a quoted verb keeps the speaker's own forces.)
  // (A party that speaks of "its men" without the lexicon knowing its name — "the military's general command" — is
  // still the subject: no other actor of the sentence stands in for it.)
  const ownWords = selfReport && /\b(?:we|it|they|our\s+\w+|(?:its|their)\s+(?:forces|fighters|troops|units|men|aircraft|warplanes|jets|planes|drones|navy|air\s+force|artillery))\s+(?:(?:had|has|have|was|were|would|will|also|been|now|later|then|already|began|begun|started|continued|(?:continu|began|begun|start|tri|tries|managed|sought|attempt)\w*\s+to|\w{3,}ly)\s+){0,3}["“‘]?$|^\s*(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?\w+ed\b[^,;]{0,80}\band\s+$/i.test(s.text.slice(Math.max(r.clauseStart, r.speaker && r.speaker.verbEnd <= r.triggerStart ? r.speaker.verbEnd : 0), r.triggerStart))
  const firstPerson = ownWords ? speaking(r.speaker) : null
  // "The army denied that rebels had entered Hama, saying units were fighting on its outskirts": a bare word for troops
  // that opens a party's own words is the party's men, not a side named in a clause before (a state's troops, soldiers
  // and forces; an armed group's units only: "the rebels said soldiers fled" are the other side).
  const sp0 = r.speaker
  const bareOwn = selfReport && sp0 !== null && sp0.verbEnd <= r.triggerStart && r.triggerStart < sp0.scopeEnd && speaking(sp0) !== null
    && !s.actors.some((a) => !a.media && a.start >= sp0.verbEnd && a.end <= r.triggerStart)
    && (speaking(sp0)?.kind === 'state' || speaking(sp0)?.kind === 'state_force' ? BARE_OWN_STATE : BARE_OWN_GROUP).test(s.text.slice(sp0.verbEnd, r.triggerStart))
    ? speaking(sp0) : null
  // ("The rebels said they had reached Hama, saying soldiers were fleeing": the other side's men, whom no name tells.)
  const bareOther = !bareOwn && selfReport && sp0 !== null && sp0.verbEnd <= r.triggerStart && r.triggerStart < sp0.scopeEnd
    && BARE_OWN_STATE.test(s.text.slice(sp0.verbEnd, r.triggerStart))
  // "…captured Qorvath, and the SDF said it had agreed to withdraw": words reported by a speaker of the trigger's own
  // clause do not take their subject from a clause before that speaker.
  const spokenFrom = r.speaker && r.speaker.end > r.speaker.start && r.speaker.start >= r.clauseStart && r.speaker.verbEnd <= r.triggerStart ? r.speaker.start : 0
  // ("Hezbollah sent fighters to Qusayr and Lebanese officials said the crossing was closed": a speaker joined by "and"
  // opens a clause of its own, whose words take no subject from before it.)
  const joinedFrom = spokenFrom > 0 && /\b(?:and|but)\s+$/i.test(s.text.slice(Math.max(0, spokenFrom - 6), spokenFrom)) ? spokenFrom : r.clauseStart
  // ("supported by Turkish drones which targeted SDF positions": the noun a relative pronoun opens on does the act, even
  // after "by".)
  // (a modifier's noun too: "forces backed by Turkish jets which bombed …")
  const relativeHead = s.actors.find((a) => a.end <= r.triggerStart && fits(a) && RELATIVE_GAP.test(s.text.slice(a.end, r.triggerStart)))
  // ("The army said it had redeployed after \"terrorist organisations\" attacked positions", "Rebels entered after unknown
  // gunmen attacked a checkpoint": a subordinate clause whose own subject no actor names has no doer from outside it.)
  const unnamed = UNNAMED_SUBORDINATE_SUBJECT.exec(s.text.slice(Math.max(0, r.triggerStart - 90), r.triggerStart))
  const unnamedAt = unnamed ? Math.max(0, r.triggerStart - 90) + unnamed.index : -1
  const unnamedSubject = unnamed !== null && !s.actors.some((a) => a.start >= unnamedAt && a.end <= r.triggerStart)
  const subject = unnamedSubject ? relativeHead : ownWords ? firstPerson ?? undefined : relativeHead ?? bareOwn ?? (bareOther ? undefined : [...before].reverse().find((a) => a.start >= joinedFrom && (!inSpeaker(a) || r.type === 'statement' || r.type === 'denial' || r.type === 'call_to_action') && !objectOfPreposition(a))
    // ("Factions of the SNA seized Manbij from the SDF, a monitor said, and pushed south": a verb whose clause names no
    // subject goes on with the sentence's, which no preposition governs.)
    ?? [...before].reverse().find((a) => a.start >= spokenFrom && (!inSpeaker(a) || r.type === 'statement' || r.type === 'denial' || r.type === 'call_to_action') && !otherParty(a))
    ?? [...before].reverse().find((a) => a.start >= spokenFrom && (!inSpeaker(a) || r.type === 'statement' || r.type === 'denial' || r.type === 'call_to_action'))
    // "The army said units stationed in Hama had redeployed": a party telling of its own moves, no one else named.
    // (A speaker named before the words only: in '"Troops fled," the rebel spokesman said' the troops are others.)
    // ("the army said it had pulled troops back to prepare a counter-attack": so is a pronoun opening its words.)
    ?? (selfReport && r.speaker && (r.type === 'deployment' || r.withdrawal || /^\s*(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they|we)\b/i.test(s.text.slice(r.speaker.verbEnd, r.triggerStart)))
      && r.speaker.verbEnd <= r.triggerStart && r.triggerStart < r.speaker.scopeEnd
      // ("told Reuters that troops had left": the channel told is no actor of the words.)
      && !s.actors.some((a) => !a.media && a.start >= (r.speaker?.verbEnd ?? 0) && a.end <= r.triggerStart) ? speaking(r.speaker) ?? undefined : undefined))
  // "Syrian forces and their Iran-backed allies withdrew": every actor of a coordinated subject shares its role.
  const coordinated = (a: ActorRef | undefined): ActorRef[] => {
    if (!a) return []
    const out = [a]
    for (let i = before.indexOf(a) - 1; i >= 0; i--) {
      const prev = before[i] as ActorRef
      if (!/^\s*(?:,|and|,\s*and)\s*(?:(?:its|their|his|the)\s+)?(?:\S+\s+)?$/i.test(s.text.slice(prev.end, (out[0] as ActorRef).start)) || prev.actorId === a.actorId) break
      // ("hand over X to the SDF and rebels captured Y": a name after a preposition ends the clause before; it is no
      // part of the next verb's subject.)
      // (Only where the last name stands right before the verb, as its subject: "brokered by Russia and Turkey in March
      // ended …" keeps both names in one list.)
      if (/\b(?:to|from|with|against|of|by|into|towards?|on)\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, prev.start - 12), prev.start)) && out[0] === a
        && /^\s+(?:(?:had|have|has|also|then|later|reportedly|quickly)\s+)*$/i.test(s.text.slice(a.end, r.triggerStart))) break
      out.unshift(prev)
    }
    return out
  }
  // "at least 30 SNA fighters and 12 SDF members were killed": every side counted in a coordinated toll is a victim.
  const victims = (a: ActorRef): ActorRef[] => {
    const out = [a]
    for (let i = before.indexOf(a) - 1; i >= 0; i--) {
      const prev = before[i] as ActorRef
      if (prev.start < r.clauseStart || !/^\s*(?:[\w-]+\s+){0,2}?(?:and|,|,\s*and)\s+(?:(?:at\s+least|more\s+than|some|about|nearly|[\d,]+|[a-z]+)\s+){0,2}$/i.test(s.text.slice(prev.end, (out[0] as ActorRef).start))) break
      out.unshift(prev)
    }
    return out
  }
  // "Russia, Iran and Turkey called for …", "Egypt and Jordan said …": a speaker listed with others speaks with them all
  // (only names inside the speaker's own phrase when it has one: "Rebels and the army clashed, Turkey said" is Turkey's).
  const jointly = (a: ActorRef | null | undefined): ActorRef[] => {
    const at = a ? before.findIndex((b) => b.start === a.start && b.end === a.end) : -1
    if (!a || at < 0) return a ? [a] : []
    const sp = r.speaker && r.speaker.end > r.speaker.start && a.start >= r.speaker.start && a.end <= r.speaker.end ? r.speaker : null
    return listedWith(s.text, before, at).filter((x) => !sp || (x.start >= sp.start && x.end <= sp.end))
  }
  const armed = ARMED.has(r.type)
  // ("ending five decades of rule by the Assad family": whose rule it was, not an agent)
  const ruler = /\brule$/i.test(s.text.slice(r.triggerStart, r.triggerEnd)) ? s.actors.find((a) => a.start >= r.triggerEnd && /^\s*(?:by|of)\s+(?:the\s+)?$/i.test(s.text.slice(r.triggerEnd, a.start))) : undefined
  // ("took over positions abandoned by the army": a participle after the object opens its own clause, whose agent is no
  // agent of the trigger.)
  // ("the capture of Manbij city in the eastern countryside of Aleppo by the SNA": a capture noun's agent may come after
  // a long object, in the same clause.)
  const byAgent = ruler ? null : after(s, r.triggerEnd, r.scopeEnd, /^\s*(?:\S+\s+){0,4}?by\s+(?:the\s+)?$/i, armed)
    ?? (CAPTURE_NOUN.test(s.text.slice(r.triggerStart, r.triggerEnd)) ? after(s, r.triggerEnd, r.scopeEnd, /^\s+of\s+[^,;.]{1,90}?\sby\s+(?:the\s+)?(?:[\w-]+\s+)?$/i, armed) : null)
  const passive = byAgent && REDUCED_RELATIVE.test(s.text.slice(r.triggerEnd, byAgent.start)) ? null : byAgent
  // Inside the trigger itself: "fell to the rebels", "under the control of X" name the new holder, "fell from
  // Assad's control" the old one.
  const inTrigger = s.actors.filter((a) => a.start >= r.triggerStart && a.end <= r.triggerEnd && fits(a))
  const triggerText = s.text.slice(r.triggerStart, r.triggerEnd)
  // ("fighting in the northeast between A and B": a short locative may stand before the sides; so may the noun's own
  // verb: "clashes erupted between A and B")
  const between = /^\s*(?:(?:erupted|broke\s+out|raged|flared(?:\s+up)?|continued|resumed|intensified|escalated|took\s+place|were\s+reported|(?:have|had|has)\s+been\s+reported)\s+(?:(?:on|overnight|late|early|again)\s+(?:\w+\s+)?)?)?(?:(?:in|near|around|across)\s+the\s+[\w-]+\s+)?between\s+/i.test(s.text.slice(r.triggerEnd, r.triggerEnd + 60))
  switch (r.type) {
    case 'territory_change': {
      // ("The town was abandoned by government troops": the agent of the passive left it.)
      // "Following the withdrawal of government forces from Belmira, …": a withdrawal noun names its force after "of";
      // that force, not the subject of the clause it sits in, left.
      const ofNoun = /^withdrawal$/i.test(triggerText) ? after(s, r.triggerEnd, r.scopeEnd, /^\s+of\s+(?:the\s+)?(?:\S+\s+)?$/i, armed) : null
      if (r.withdrawal) {
        // "the army lost Qorvath to the rebels": whom a place is lost to takes it.
        if (/^lo(?:st|se|ses|sing)\b/i.test(triggerText)) add(after(s, r.triggerEnd, r.scopeEnd, /^\s+(?:(?:the\s+)?(?:town|city|village|province|district|airport|base)\s+of\s+)?\p{Lu}[^\s,.;]*(?:\s+[^\s,.;]+){0,3}?\s+to\s+(?:the\s+)?$/iu, true), 'initiator')
        // ("Government troops were driven out of X by the rebels": the agent that drove them out took the place.)
        const driver = passive && subject && subject.start >= r.clauseStart && subject.actorId !== passive.actorId
          && /^(?:(?:were|was|been|being)\s+)?(?:forced|driven|pushed|expelled)\b/i.test(triggerText) ? passive : null
        add(driver, 'initiator')
        for (const a of ofNoun ? [ofNoun] : passive && !subject ? [passive] : coordinated(subject)) add(a, 'target')
        break
      }
      // "Rebels held the city until a siege forced them out": "them" are the ones named in a clause before, who lost
      // the place ("Government forces drove them out": a subject of the trigger's own clause drove them).
      if (/^(?:push|drov|driv|forc|chas)\w*\s+them\s+out$/i.test(triggerText) && subject && subject.start < r.clauseStart) {
        for (const a of coordinated(subject)) add(a, 'target')
        break
      }
      if (r.handover) {
        // ("to fighters of the command", "to forces loyal to the SNA": the party the receiving men belong to)
        add(after(s, r.triggerEnd, r.scopeEnd, /\bto\s+(?:the\s+)?(?:\S+\s+){0,2}$|\bto\s+(?:the\s+)?(?:\S+\s+)?(?:fighters|forces|troops|units|members|men|factions|brigades?)\s+(?:of|from|loyal\s+to|allied\s+(?:to|with)|affiliated\s+with)\s+(?:the\s+)?$/i, armed), 'initiator')
        if (!/\b(?:was|were|been|being|be)\s+$/i.test(s.text.slice(Math.max(0, r.triggerStart - 8), r.triggerStart))) for (const a of coordinated(subject)) add(a, 'target')
        break
      }
      const holderAfter = /\bunder\b.*\bcontrol(?:\s+of)?$|\bin(?:to)?\s+the\s+hands(?:\s+of)?$/i.test(triggerText)
        ? after(s, r.triggerEnd, r.scopeEnd, /^\s*(?:of\s+)?(?:the\s+)?(?:\S+\s+)?$/i, armed) : null
      const to = inTrigger.find((a) => /\bto\s+(?:the\s+)?(?:\S+\s+){0,2}$/i.test(s.text.slice(r.triggerStart, a.start)))
      const from = inTrigger.find((a) => /\b(?:from|out\s+of)\s+(?:the\s+)?(?:\S+\s+){0,2}$/i.test(s.text.slice(r.triggerStart, a.start)))
      // "from the PKK/YPG terrorist organization": a slash joins two names of one actor.
      // "pushed insurgents back from X", "drove the militants out of X": the ones driven out held it.
      const expelled = /^(?:push|drov|driv|forc|expel|oust|evict|kick|threw|throw)/i.test(triggerText) ? inTrigger.find((a) => a !== from) : undefined
      // ("took control of Manbij in 2016 after driving out the Islamic State group": those driven out held it.)
      // ("handed the western bank of the river to X": an actor after "to" is a recipient, not the one the place was taken from.)
      // (A place is never taken from civilians: "after thousands of residents fled" names no holder.)
      // ("by the factions of the SNA": whose men the agent's are names no one the place was taken from.)
      const ofWhom = after(s, r.triggerEnd, r.scopeEnd, /\b(?:from|of)\s+(?:the\s+)?(?:(?!(?:to|into)\s)\S+\s+|[^\s/]+\/){0,2}$/i, armed)
      const lost = from ?? expelled ?? heldBy(ofWhom && !(passive && passive.actorId === ofWhom.actorId) ? ofWhom : null)
        ?? after(s, r.triggerEnd, s.text.length, /^[^.;]*\b(?:after|by)\s+(?:driving|pushing|forcing|chasing|expelling|ousting)\s+(?:out\s+)?(?:the\s+)?$/i, armed)
      // "have crossed back from Turkey since the fall of Damascus": a nominal fall names its new holder only in itself
      // ("the fall of X to the rebels") or after "by"; the sentence's subject did not take the place.
      const nominal = /^the\s+fall\s+of$/i.test(triggerText)
      const taker = holderAfter ?? to ?? passive ?? (subject && !nominal && subject.actorId !== lost?.actorId ? subject : undefined)
      for (const a of taker === subject ? coordinated(subject) : [taker]) add(a, 'initiator')
      // "HTS claimed control of X", "the rebels reported capturing X", "announced the capture of X": a party that
      // speaks of a capture with no other subject claims it for itself.
      const sp = speaking(r.speaker)
      if (!taker && sp && r.speaker?.party && sp.actorId !== lost?.actorId && r.speaker.verbEnd <= r.triggerEnd
        && (r.speaker.verbEnd >= r.triggerStart || /^\s*(?:(?:that\s+)?(?:it|they|we)\s+(?:\S+\s+){0,2}|the\s+|(?:\S+\s+){0,2})$/i.test(s.text.slice(r.speaker.verbEnd, r.triggerStart)))
        && !s.actors.some((a) => a.start >= (r.speaker?.verbEnd ?? 0) && a.end <= r.triggerStart)) add(sp, 'initiator')
      // "Government forces were pushed out of X by the rebels": the subject of a passive capture lost it to the agent.
      const loser = !lost && passiveTrigger && passive && taker === passive && subject && subject.start >= r.clauseStart && subject.actorId !== passive.actorId ? subject : null
      if (!holderAfter) for (const a of lost ? [lost] : loser ? coordinated(loser) : [holderOfPlace(s, r.triggerEnd, taker ?? null)]) add(a, 'target')
      break
    }
    case 'military_aid': {
      add(subject, 'initiator')
      add(after(s, r.triggerEnd, r.scopeEnd, /^\s*$|\bto\s+(?:the\s+)?$/i, armed), 'beneficiary')
      // "promised Damascus more arms to thwart the rebels": whom the aid is meant to stop is its target, as for a deployment.
      add(after(s, r.triggerEnd, s.text.length, AIMED_AGAINST, armed), 'target')
      break
    }
    case 'displacement':
      // ("The SDF said its forces had evacuated civilians from X": who moves the people out does the evacuation.)
      if (/^evacuat/i.test(triggerText) && subject && subject.kind !== 'civilians' && subject.party) add(subject, 'initiator')
      if (r.civilians) add({ actorId: r.civilians }, 'target')
      break
    case 'denial': {
      // "…, a claim Ankara denied": the one named between the claim and the denial denies it, not the claim's source.
      // ("…, which Ankara denied": a relative clause on what was said before, the same)
      const claim = /(?:\b(?:a|the)\s+(?:claim|claims|report|reports|account|allegation|allegations|charge|accusation)\s+(?:that\s+|which\s+)?|,\s*(?:which|something|a\s+move)\s+)(?:\S+\s+){0,3}$/i.exec(s.text.slice(Math.max(0, r.triggerStart - 60), r.triggerStart))
      const from = r.triggerStart - (claim ? claim[0].length : 0)
      const rebutter = claim ? [...s0.actors].reverse().find((a) => a.start >= from && a.end <= r.triggerStart && !a.media) : undefined
      if (rebutter) { add(rebutter, 'initiator'); break }
    }
    // falls through
    case 'statement':
      // "…, a Kurdish official told reporters, denying …": a speaker outside the lexicon is still who denies.
      for (const a of jointly(speaking(r.speaker) ?? (r.speaker && r.speaker.end > r.speaker.start && r.speaker.verbEnd <= r.triggerStart
        && /^[\s\w]*,\s*$/.test(s.text.slice(r.speaker.verbEnd, r.triggerStart)) ? null : subject))) add(a, 'initiator')
      break
    case 'call_to_action':
      for (const a of jointly(speaking(r.speaker) ?? subject)) add(a, 'initiator')
      add(after(s, r.triggerEnd, r.scopeEnd, /^\s*(?:on\s+|to\s+)?(?:the\s+)?(?:\S+\s+){0,2}$/i), 'target')
      break
    default: {
      // "The army came under attack from HTS fighters": the subject was hit; the side after "from" or "by" hit it.
      // ("Government positions came under fire": a side named by its positions is where it was hit, so it counts here.)
      if (/^(?:came|come|comes|coming)\s+under\b/i.test(triggerText)) {
        // ("came under Turkish drone attack": the side named in the attack itself)
        add(after(s, r.triggerEnd, r.scopeEnd, /^\s*(?:\S+\s+){0,4}?(?:from|by)\s+(?:the\s+)?(?:\S+\s+)?$/i, armed) ?? inTrigger[0], 'initiator')
        const hit = [...s.actors].reverse().find((a) => a.end <= r.triggerStart && a.start >= r.clauseStart && fits(a) && !isModifier(s.text, a) && !isPossessor(s.text, a))
        if (hit) for (const a of before.includes(hit) ? coordinated(hit) : [hit]) add(a, 'target')
        break
      }
      if (r.appointment) {
        // "HTS named Mohammed al-Bashir caretaker prime minister": the one named right after the verb takes the post;
        // "al-Bashir was appointed by the command": the subject of the passive does, the agent after "by" appoints.
        const named = s.actors.find((a) => a.start >= r.triggerEnd && a.start < r.scopeEnd && /^\s*(?:as\s+)?$/i.test(s.text.slice(r.triggerEnd, a.start)))
        const appointee = named ?? (passiveTrigger ? subject : undefined)
        const appointer = passiveTrigger ? passive : subject !== appointee ? subject : undefined
        add(appointer, 'initiator')
        add(appointee, 'beneficiary')
        break
      }
      if (between) {
        const pair = s.actors.filter((a) => a.start > r.triggerEnd && a.start < r.scopeEnd && fits(a))
        add(pair[0], 'initiator'); add(pair[1], 'target')
        break
      }
      // "The clashes left 15 members of the factions and six SDF fighters dead": the sides named in what a toll "left dead"
      // are its victims (whatever left them so is named before "left", and is no doer of the killing).
      const leftAt = r.type === 'casualties' && /^(?:dead|wounded|injured)$/i.test(triggerText) ? LEFT_TOLL.exec(s.text.slice(r.clauseStart, r.triggerStart)) : null
      if (leftAt) {
        const from = r.clauseStart + leftAt.index
        for (const a of s.actors.filter((x) => x.start > from && x.end <= r.triggerStart && (fits(x) || (x.kind === 'civilians' && !x.media)))) add(a, 'target')
        break
      }
      // "dozens of its soldiers had been killed", "three fighters died": the subject of a passive toll is its victim.
      // ("Fighting between A and B left three dead": the cause, not the victim.)
      if (r.type === 'casualties' && (/\b(?:was|were|been|being|be|are|is)\s+(?:\S+\s+)?$/i.test(s.text.slice(Math.max(0, r.triggerStart - 20), r.triggerStart))
        || /^(?:died|lost\s+their\s+lives)$/i.test(triggerText))) {
        // ("were killed in an HTS ambush", "died in a Turkish drone strike": the side named in the act that killed them)
        add(passive ?? s.actors.find((a) => a.start > r.triggerEnd && a.start < r.scopeEnd && fits(a) && a.kind !== 'civilians'
          && /^\s+(?:in|during|amid)\s+(?:(?:an?|the)\s+)?(?:\S+\s+)?$/i.test(s.text.slice(r.triggerEnd, a.start))
          && ACT_NOUN_AFTER.test(s.text.slice(a.start, a.end + 40))), 'initiator')
        // (only a subject right before the passive: "Rebels took the town after fighting in which 20 soldiers were
        // killed" — the rebels are not the dead)
        // ("Five civilians were killed by Russian airstrikes": civilians named as the subject of the passive are the dead.)
        const dead = s.actors.find((a) => a.kind === 'civilians' && a.start >= r.clauseStart && a.end <= r.triggerStart
          && /^\s+(?:(?!(?:said|says|told|reported|saw)\b)\S+\s+){0,3}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:\S+\s+)?$/i.test(s.text.slice(a.end, r.triggerStart)))
        add(dead, 'target')
        if (subject && subject.start >= r.clauseStart && subject.kind !== 'civilians' && s.text.slice(subject.end, r.triggerStart).length <= 120 && !/[;]|\b(?:after|before|when|while|which|where|since|because|until|following|said|says|say|told|reported|added|according)\b/i.test(s.text.slice(subject.end, r.triggerStart))) for (const a of victims(subject)) add(a, 'target')
        break
      }
      // "…, sparking local uprisings": the subject of the verb that caused the happening did not do it.
      const caused = /\b(?:spark|trigger|prompt|caus|fuel|ignit|spurr?|provok)\w*\s+(?:\S+\s+){0,2}$/i.test(s.text.slice(Math.max(0, r.triggerStart - 40), r.triggerStart))
      // "Clashes between A and B around the dam have killed scores": a toll whose subject is the fighting has no
      // initiator; "12 fighters were killed in 48 hours of fighting": the victims did not start the fight.
      const byEvent = r.type === 'casualties' && EVENT_SUBJECT.test(s.text.slice(r.clauseStart, r.triggerStart))
      const ofToll = r.type === 'battle' && /\b(?:were|was|been|being)\s+(?:killed|wounded|injured)\b[^.;]*\b(?:in|during|amid)\s+(?:\S+\s+){0,4}$/i.test(s.text.slice(r.clauseStart, r.triggerStart))
      // "In a separate raid on Thursday, US forces killed …": a fronted adjunct's act is done by the main clause's subject.
      const fronted = !passive && !subject && (r.type === 'strike' || r.type === 'battle') && /^\s*(?:in|during)\s+(?:a|an|the|one|another)\s+(?:\S+\s+){0,2}$/i.test(s.text.slice(r.clauseStart, r.triggerStart))
        ? mainSubject(s, r.triggerEnd, fits) : null
      // "…seized the prison after hundreds of people gathered in the square": a crowd that is the protest's own subject
      // gathered, not a party named earlier in the sentence.
      const crowd = r.type === 'protest' && r.civilians !== null && !subjectIsNear(s, r)
        && (CROWD_SUBJECT.test(s.text.slice(r.clauseStart, r.triggerStart)) || /^(?:protesters|demonstrators)$/i.test(triggerText))
      if (crowd && r.civilians) out.push({ actorId: r.civilians, role: 'initiator' })
      // "An attack by HTS fighters on army positions was repelled": an attack named as the subject of a passive names its
      // attacker after "by" and whom it hit after "on" or "against"; the attacker acts, as in "the army repelled an
      // attack by HTS" (not the side whose positions are named last before the verb).
      const attack = !passive && passiveTrigger && (r.type === 'battle' || r.type === 'strike') ? ATTACK_SUBJECT.exec(s.text.slice(r.clauseStart, r.triggerStart)) : null
      const attackAt = attack ? r.clauseStart + attack.index : 0
      const attacker = attack ? s.actors.find((a) => a.start > attackAt && a.end <= r.triggerStart && fits(a) && /\bby\s+(?:the\s+)?$/i.test(s.text.slice(attackAt, a.start))) : undefined
      const attacked = attacker ? s.actors.find((a) => a.start > attacker.end && a.end <= r.triggerStart && fits(a) && /\b(?:on|against|targeting)\s+(?:the\s+)?$/i.test(s.text.slice(attacker.end, a.start))) : undefined
      // "Three SDF fighters died in a Turkish drone strike", "soldiers were killed in an HTS ambush": the dead named before
      // a toll are the ones the act hit, never its doer; the doer is the side named in the act's own noun phrase, if any.
      const tollIn = r.type === 'battle' || r.type === 'strike' ? TOLL_IN.exec(s.text.slice(r.clauseStart, r.triggerStart)) : null
      const tollAt = tollIn ? r.clauseStart + tollIn.index : 0
      const tollEnd = tollIn ? tollAt + (tollIn[1] as string).length : 0
      const doerInNoun = tollIn ? s.actors.find((a) => a.start >= tollEnd && a.start < r.triggerStart && fits(a) && (a.end >= r.triggerStart || ATTRIBUTIVE_GAP.test(s.text.slice(a.end, r.triggerStart)))
        && /\b(?:in|during|amid|by)\s+(?:(?:an?|the)\s+)?(?:\S+\s+)?$/i.test(s.text.slice(tollEnd, a.start))) : undefined
      const dead = tollIn ? [...before].reverse().find((a) => a.end <= tollAt && a.start >= r.clauseStart && a.party) : undefined
      // "SDF fighters repelled an Islamic State attack", "troops beat back a rebel offensive": the side named in the attack
      // beaten back attacked, as in "repelled an attack by X"; the subject is the side it attacked.
      const repelledFrom = r.type === 'battle' && !passive && REPELLED.test(triggerText) ? after(s, r.triggerEnd, r.scopeEnd, ATTACK_ARTICLE, armed) : null
      // (a mention that holds the noun itself: "a rebel offensive")
      const repelledBy = repelledFrom && (ATTACK_NOUN_NEXT.test(s.text.slice(repelledFrom.end, repelledFrom.end + 40))
        || /\b(?:attacks?|assaults?|offensives?|advances?|push)$/i.test(s.text.slice(repelledFrom.start, repelledFrom.end))) ? repelledFrom : null
      // "An Israeli strike on army depots killed four soldiers": the attack's doer is named before its head noun or after
      // "by"; the side named after "on" or "against" was hit, and never made the toll.
      const tollAttack = r.type === 'casualties' && !passive ? ATTACK_TOLL_SUBJECT.exec(s.text.slice(r.clauseStart, r.triggerStart)) : null
      const headEnd = tollAttack ? r.clauseStart + (tollAttack.index ?? 0) + tollAttack[0].indexOf(tollAttack[1] as string) + (tollAttack[1] as string).length : 0
      const tollBy = tollAttack ? s.actors.find((a) => a.start >= r.clauseStart && a.end <= r.triggerStart && fits(a)
        && (a.end <= headEnd || /\bby\s+(?:the\s+)?$/i.test(s.text.slice(headEnd, a.start)))) : undefined
      const tollOn = tollAttack ? s.actors.find((a) => a.start > headEnd && a.end <= r.triggerStart && fits(a) && a !== tollBy
        && /\b(?:on|against|targeting|of)\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+)?$/i.test(s.text.slice(headEnd, a.start))) : undefined
      // "Assad has been overthrown", "the ruler was ousted by the army": the subject of a passive fall is the one who fell.
      const fallen = r.type === 'other' && passiveTrigger && /^(?:oust|toppl|overthr)/i.test(triggerText) ? subject : undefined
      const initiator = fallen ? passive ?? null : tollIn ? passive ?? doerInNoun ?? null : tollAttack ? tollBy ?? null : byEvent || ofToll || crowd ? null : passive ?? repelledBy ?? attacker ?? fronted ?? (caused ? null : subject)
      // "Russian and Syrian warplanes struck …": a coordinated subject acts together (not in a battle: "A and B
      // clashed" sets one against the other).
      // ("HTS and government forces clashed", "the SNA and the SDF fought": a coordinated subject of a verb that two sides
      // do to each other is both sides, the first named the initiator, as in "clashes between A and B".)
      // (not "the SDF and US forces fought Islamic State cells": a side named after the verb is their foe; nor states:
      // "Turkey and Russia fought over the terms")
      const mutual = r.type === 'battle' && initiator === subject && subject ? coordinated(subject) : []
      const objectNamed = s.actors.some((a) => a.start >= r.triggerEnd && a.start < r.scopeEnd && a.party)
      if (mutual.length > 1 && !objectNamed && mutual.every((a) => a.kind === 'armed_group' || a.kind === 'state_force') && MUTUAL_VERB.test(s.text.slice(subject?.end ?? 0, r.triggerEnd + 40))) {
        add(mutual[0], 'initiator')
        for (const a of mutual.slice(1)) add(a, 'target')
      }
      // ("The SDF and US forces fought Islamic State cells": sides fighting a foe named after the verb act together.)
      for (const a of initiator === subject && (r.type !== 'battle' || objectNamed) ? coordinated(subject) : [initiator]) add(a, 'initiator')
      if (tollIn && dead && initiator) for (const a of victims(dead)) if (a.actorId !== initiator.actorId) add(a, 'target')
      add(attacked, 'target')
      add(tollOn, 'target')
      add(ruler, 'target')
      add(fallen, 'target')
      // "ended President X's rule", "toppled President X", "ousted the Assad government": whose rule ended is the target.
      if (r.type === 'other' && /^(?:end|oust|toppl|overthr)/i.test(triggerText)) {
        add(inTrigger.find((a) => a.actorId !== initiator?.actorId && a.start > r.triggerStart) ?? after(s, r.triggerEnd, r.scopeEnd, RULER_AFTER), 'target')
      }
      // "its aircraft, together with Russian jets, had targeted …": a partner in the act, named beside its doer.
      // ("units of the army, in cooperation with the Russian air force, targeted …": the doer named before the partner.)
      if (initiator && (r.type === 'strike' || r.type === 'battle')) {
        const partnerAt = (a: ActorRef) => PARTNER_BEFORE.test(s.text.slice(Math.max(0, a.start - 32), a.start))
        add(s.actors.find((a) => a.start > initiator.start && a.end <= r.triggerStart && a.start >= r.clauseStart && partnerAt(a)), 'initiator')
        if (partnerAt(initiator)) add([...before].reverse().find((a) => a.end <= initiator.start && a.start >= r.clauseStart), 'initiator')
      }
      // "killing two civilians", "wounding at least 12 soldiers": a toll's victims may follow their count.
      // ("struck an SDF vehicle": the party whose vehicle, post or convoy was hit is the target.)
      // "deployed fighters to Qorvath, aiming to thwart rebels from taking it": whom a force is sent to stop is its target.
      if (r.type === 'deployment') add(after(s, r.triggerEnd, s.text.length, AIMED_AGAINST, armed), 'target')
      // "Rebel positions were shelled by government forces", "the SDF repelled an attack by Islamic State fighters": the
      // agent after "by" acted, so the subject of the clause is the side it acted against.
      const agent = passive ?? repelledBy
      if (agent && initiator === agent && subject && (r.type === 'battle' || r.type === 'strike')) for (const a of coordinated(subject)) if (a.actorId !== agent.actorId) add(a, 'target')
      // ("targeted a position of the SDF", "struck gatherings of terrorists of the Nusra Front": the side whose
      // positions or men were hit)
      // ("destroyed most of Syria's navy", "hit much of the SDF's arsenal": a share of what a side has is still its.)
      add(after(s, r.triggerEnd, r.scopeEnd, r.type === 'casualties' ? VICTIM_AFTER : HIT_AFTER, armed)
        ?? (r.type === 'casualties' ? after(s, r.triggerEnd, r.scopeEnd, RANKED_ONE, armed) : null)
        ?? (r.type === 'strike' || r.type === 'battle' ? after(s, r.triggerEnd, r.scopeEnd, HIT_OF, armed) : null), 'target')
      // "…gathered in a square demanding the ouster of President X", "calling for the fall of the regime": whom a protest
      // wants gone is its target.
      if (r.type === 'protest' && !out.some((a) => a.role === 'target')) add(after(s, r.triggerEnd, s.text.length, DEMANDED_FALL), 'target')
      // "Syrian forces withdrew from X and Kurdish forces are advancing towards their areas": "their" areas or positions a
      // side moves on or fires at are another side's — the one the sentence named first, never the doer's partners.
      if ((r.type === 'other' || r.type === 'battle' || r.type === 'strike') && initiator && !out.some((a) => a.role === 'target')
        && THEIR_PLACES.test(s.text.slice(r.triggerEnd, r.scopeEnd))) {
        const doers = new Set(out.filter((a) => a.role === 'initiator').map((a) => a.actorId))
        add(s.actors.find((a) => a.party && a.start < r.triggerStart && !doers.has(a.actorId)), 'target')
      }
      // "Israel struck Qorvath, hitting a Hezbollah depot": what a participle after the struck place hit was the side's.
      if (r.type === 'strike' && initiator && !out.some((a) => a.role === 'target')) add(after(s, r.triggerEnd, s.text.length, HIT_AFTER_PLACE, armed), 'target')
      // "A Turkish drone strike killed three SDF fighters", "a US airstrike wounded an Islamic State leader": a strike as the
      // subject of the verb that tells whom it hit.
      const hitVerb = r.type === 'strike' && !out.some((a) => a.role === 'target') ? STRIKE_HIT_VERB.exec(s.text.slice(r.triggerEnd, r.triggerEnd + 60)) : null
      // ("destroyed much of the Syrian navy": a side named inside the trigger's own words, after its start, was hit.)
      if (r.type === 'strike' && initiator && !out.some((a) => a.role === 'target')) add(inTrigger.find((a) => a.start > r.triggerStart && !out.some((x) => x.actorId === a.actorId)), 'target')
      if (hitVerb) add(after(s, r.triggerEnd + hitVerb[0].length, s.text.length, HIT_AFTER, armed) ?? after(s, r.triggerEnd + hitVerb[0].length, s.text.length, RANKED_ONE, armed), 'target')
      // "launched an incursion into villages of X province, which is held by the army": the side that held the place.
      if ((r.type === 'battle' || r.type === 'strike' || r.type === 'other') && initiator && !out.some((a) => a.role === 'target')) add(holderOfPlace(s, r.triggerEnd, initiator), 'target')
    }
  }
  return out
}
