// Turns each reporting sentence into typed events (DESIGN.md contract): trigger → type, places, roles, date,
// modality, attribution, figures; the evidence is the sentence. The parts live in ./extract-events/.
import { daysBetween, isOwnLine } from '../../core/dates.ts'
import type { NewAnnotation } from '../../core/doc.ts'
import { addAnnotations, annotationsOf, contains } from '../../core/doc.ts'
import type { ActorAnnotation, ActorId, AnnId, DateAnnotation, Doc, EventAnnotation, EventPlace, EventType, Modality, PlaceAnnotation, SentenceAnnotation } from '../../core/types.ts'
import type { ActorLexicon } from '../../theaters/lexicon.ts'
import { affiliationChain, forceOfState, stateOfActor, stateOfCountry } from '../../theaters/lexicon.ts'
import { loadActorLexicon } from '../../theaters/load.ts'
import { mentionDates } from '../mention-dates.ts'
import type { Stage } from '../stage.ts'
import { deniedTypes, deniesNothingNamed } from './extract-events/denied-types.ts'
import type { ArabicHit, ArabicSource, EarlierActor } from './extract-events/arabic.ts'
import { arabicEvent, arabicScopeEnd, arabicSources, arabicStatement, attributionOf, findArabicTriggers, frontedPlace, withoutSpeakingCountries } from './extract-events/arabic.ts'
import { arabicFigures } from './extract-events/arabic-figures.ts'
import { alsoContinues } from './extract-events/also-continues.ts'
import { asides, clauseAt, withAdjunctEnd } from './extract-events/clauses.ts'
import { resolveAnaphors, titleBefore } from './extract-events/coreference.ts'
import type { TitledPeople } from './extract-events/coreference.ts'
import { acrossInterval, byTheSpeech, dateFor, isPastSpan, laggedDate, ownDateAfter, sinceThen, speechDate, windowToSpeech, withoutNamingYears } from './extract-events/dates.ts'
import type { EventDate } from './extract-events/dates.ts'
import { isAsideHistory, isMerePossibility, isPrevented, isTimeAnchor, modalityOf } from './extract-events/modality.ts'
import { PLANNED_CUE } from './extract-events/modality.ts'
import { countryPlace, focusCountryCode, inheritContextPlaces } from './extract-events/context-place.ts'
import { directionCue, directionRegion, directionWins } from './extract-events/direction-place.ts'
import { carryLeadDay } from './extract-events/lead-day.ts'
import { isModifier } from './extract-events/modifiers.ts'
import { placeInCountry, placesFor, toEventPlace } from './extract-events/places.ts'
import { refersBack } from './extract-events/reference-back.ts'
import { figuresIn } from './extract-events/quantities.ts'
import { rolesOf } from './extract-events/roles.ts'
import { ownArmyOf } from './extract-events/own-army.ts'
import { regionalActors } from './extract-events/regional.ts'
import { withPreviousHolder } from './extract-events/previous-holder.ts'
import { withEarlierTaker } from './extract-events/earlier-taker.ts'
import { listedWith } from './extract-events/listed.ts'
import type { EventActor } from './extract-events/roles.ts'
import type { ActorRef, PlaceRef, SentenceView } from './extract-events/sentence.ts'
import { findSpeakers, speakerFor } from './extract-events/speakers.ts'
import type { Speaker } from './extract-events/speakers.ts'
import type { TriggerHit } from './extract-events/triggers.ts'
import { findTriggers, LEAVER_GAP } from './extract-events/triggers.ts'

type NewEvent = Omit<EventAnnotation, 'id'>

const PARTY_KINDS = new Set(['state', 'state_force', 'armed_group'])

/** A party to the fighting: a state, force or armed group, or a person affiliated with one. */
function isParty(lex: ActorLexicon, id: ActorId, date: string | null): boolean {
  return affiliationChain(lex, id, date).some((x) => PARTY_KINDS.has(lex.byId.get(x)?.kind ?? ''))
}

/** Headlines, bylines and section titles carry no final punctuation, nor are questions or captions ("are seen") coded. */
const isReportingSentence = (t: string) => /[.!"”’)]\s*$/.test(t) && wordCount(t) >= 3
  && !/\b(?:is|are)\s+seen\b|\bpictured\b|^(?:a|an)\s+(?:\w+\s+)?view\s+(?:shows|of)\b/i.test(t) && !isCaption(t)

// Photo captions describe a picture in the present tense: "Smoke rises from …", "Fighters ride motorcycles past …".
const CAPTION_VERB = /^(?:\S+\s+){1,6}?(?:waves?|stands?|sits?|walks?|rides?|holds?|carr(?:y|ies)|looks?|drives?|pass(?:es)?|rises?|pushes?|lies|queues?|sprays?|inspects?|gathers?|wait|waits|cross(?:es)?|pray|prays|mourns?|celebrates?|flashes|flash)\b/i
function isCaption(t: string): boolean {
  if (wordCount(t) > 25 || !CAPTION_VERB.test(t)) return false
  const verbs = t.replace(/\b(?:a|an|the)\s+\w+ed\b/gi, '')
  return !/\b\w{3,}ed\b|\b(?:said|says|told|was|were|had|has|have)\b/i.test(verbs)
}

/** Words in a sentence, counted without allocating. */
function wordCount(t: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < t.length; i++) {
    const space = t.charCodeAt(i) <= 32
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

// "agreed to a truce", "agreed on a ceasefire": the agreement made, told right before the truce.
// "since the" before an event's noun ("since the fall of", "since the capture of"), the "the" before the trigger or
// its first word.
const SINCE_BEFORE = /\bsince\s+(the\s+)?$/i
/** Whether the trigger at `start` is an event's noun after "since the", not a verb after the adverb ("has since captured"). */
function afterSinceThe(text: string, start: number): boolean {
  const since = SINCE_BEFORE.exec(text.slice(Math.max(0, start - 12), start))
  return since !== null && (since[1] !== undefined || /^the\s/i.test(text.slice(start, start + 4)))
}
// The words before a truce's noun: "a", "the", "a new", "a Turkish-brokered".
const TRUCE_DETERMINERS = String.raw`(?:(?:a|an|the|its|their|new|temporary|local|[\w-]+-(?:brokered|backed|mediated))\s+){0,3}`
const AGREED_TO_TRUCE = new RegExp(String.raw`\bagreed\s+(?:to|on|upon)\s+${TRUCE_DETERMINERS}$`, 'i')
// A truce as the object of its maker's verb: "announced a temporary truce".
const TRUCE_OBJECT = new RegExp(String.raw`^\s+${TRUCE_DETERMINERS}$`, 'i')

// What a truce does to the fighting named next: "ending five days of clashes", "after weeks of fighting", "to halt the".
const TRUCE_ENDS = /\b(?:end(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|paus(?:e|es|ed|ing)|freez(?:e|es|ing)|after|following)\s+(?:the\s+)?(?:(?:\w+\s+)?(?:days?|weeks?|months?|hours?|nights?)\s+of\s+(?:\w+\s+)?)?$/i

// "despite reports of", "contrary to claims that", "in spite of rumours that" up to the trigger, in its clause
// (not "despite rebel claims that they had reached X": a side's claim named is that side's claim, told as such)
const CONTRADICTED_REPORTS = /\b(?:despite|in\s+spite\s+of|contrary\s+to|notwithstanding)\s+(?:(?:the|earlier|widespread|several|many|media|online|unconfirmed|social\s+media|press)\s+){0,2}(?:reports?|claims?|rumou?rs?|accounts?|allegations?)\s+(?:by\s+[^,;.:]{1,40}?\s+)?(?:of|that|about)\s+[^,;.:]*$/i

/** Drops hits that another rule explains better: overlaps of one type, a denied stretch, an "if" condition. */
function keepTriggers(text: string, hits: readonly TriggerHit[]): TriggerHit[] {
  const kept: TriggerHit[] = []
  for (const h of hits) {
    if (kept.some((k) => k.rule.type === h.rule.type && h.start < k.end && k.start < h.end)) continue
    kept.push(h)
  }
  // "denied reports of a withdrawal from Homs, stating …": what is denied is not reported as happening.
  const denials = kept.filter((h) => h.rule.type === 'denial')
  const masked = (h: TriggerHit) => denials.some((d) => {
    if (h === d || h.start < d.end) return false
    // ("denied that its forces had withdrawn and said the army was reinforcing …": the second claim is not denied)
    const stop = text.slice(d.end).search(/,\s*(?:stating|saying|asserting|adding|insisting|while)\b|,?\s+and\s+(?:said|says|added|stated|insisted|announced)\b|;\s/)
    return h.start < (stop < 0 ? text.length : d.end + stop)
  })
  // "called on Israel to halt its strikes and withdraw from the zone", "urged both sides to stop fighting": what a call
  // demands has not happened. (Its reach ends at the call's own clause: "urged calm as rebels entered the city".)
  const calls = kept.filter((h) => h.rule.type === 'call_to_action')
  const demanded = (h: TriggerHit) => calls.some((c) => {
    if (h === c || h.start < c.end) return false
    const stop = text.slice(c.end).search(/,\s*(?:stating|saying|warning|adding|insisting|while|as|but|after|and\s+said)\b|;\s|\b(?:after|as|when|while|since|because|following)\b/)
    return h.start < (stop < 0 ? text.length : c.end + stop)
  })
  // "could be forced to flee if fighting escalates": the condition is no event of its own.
  const ifAt = text.search(/\bif\b/i)
  const ifEnd = ifAt < 0 ? -1 : (() => { const c = text.slice(ifAt).search(/[,;]/); return c < 0 ? text.length : ifAt + c })()
  const inIf = (h: TriggerHit) => ifAt >= 0 && h.start > ifAt && h.start < ifEnd
  const outsideIf = kept.some((h) => !inIf(h))
  // "280,000 displaced since last week, including many who fled Aleppo": a part of a toll just told is no toll of its own.
  const partOf = (h: TriggerHit) => kept.some((k) => k.start < h.start && k.rule.type === h.rule.type)
    && /,\s*(?:including|among\s+them)\s+(?:many|some|most|those|thousands|hundreds|dozens|[\d,]+)?\s*(?:of\s+\w+\s+)?(?:who|that)\s+(?:had\s+|have\s+)?$/i.test(text.slice(Math.max(0, h.start - 60), h.start))
  // "agreed a ceasefire after days of fighting", "announced a truce, ending five days of clashes": the fighting a truce
  // ends is its backdrop, not a battle told of its own.
  const truces = kept.filter((h) => h.rule.rule === 'ceasefire')
  const endedByTruce = (h: TriggerHit) => h.rule.type === 'battle' && truces.some((c) => c.end <= h.start)
    && TRUCE_ENDS.test(text.slice(Math.max(0, h.start - 60), h.start))
  // "insisted its troops held Hama despite reports of a withdrawal": what the sentence sets its words against is
  // contradicted, neither asserted nor anyone's claim (no denial either: nobody denied it in words).
  const contradicted = (h: TriggerHit) => CONTRADICTED_REPORTS.test(text.slice(Math.max(0, h.start - 90), h.start))
  return kept.filter((h) => !masked(h) && !demanded(h) && !partOf(h) && !contradicted(h) && !endedByTruce(h) && !(inIf(h) && outsideIf) && !isPrevented(text, h.start) && !isMerePossibility(text, h.start)
    && !refersBack(text, h.start, h.end))
    // "withdrew … abandoned their positions" is a redeployment (rule position), not a withdrawal from a place
    .filter((h) => !(h.rule.withdrawal && /^abandon/i.test(text.slice(h.start, h.end)) && kept.some((k) => k.rule.rule === 'position' && k.start === h.start)))
    // "soldiers left their checkpoints near X" is one act: the withdrawal alone, which is a loss of X when a place is
    // named and a redeployment when none is (withdrawalType)
    .filter((h) => !(h.rule.rule === 'position' && kept.some((k) => k.rule.withdrawal && k.start === h.start && !/^abandon/i.test(text.slice(k.start, k.end)))))
    // "Russian airstrikes destroyed the bridge": the strike absorbs the damage of its own clause ("…, and that the
    // span had been wrecked" reports the damage of its own)
    .filter((h, _i, all) => h.rule.type !== 'infrastructure_damage' || !all.some((k) => k.rule.type === 'strike' && clauseAt(text, k.start).start === clauseAt(text, h.start).start))
    // "redeployed outside the city" is the withdrawal only
    .filter((h, _i, all) => !(h.rule.type === 'deployment' && all.some((k) => k !== h && k.rule.withdrawal && k.start <= h.start && h.end <= k.end)))
    // "the SDF had moved into Deir ez-Zor after troops …": a move into a place is the entry, not a deployment
    .filter((h, _i, all) => !(h.rule.type === 'deployment' && all.some((k) => k.rule.rule === 'enter' && k.start === h.start)))
    // "a Russian convoy was seen heading towards the base": the vehicles' move (rule convoy-moved), no advance besides
    .filter((h, _i, all) => !(h.rule.rule === 'advance' && all.some((k) => k.rule.rule === 'convoy-moved' && k.start < h.end && h.start < k.end)))
    // "entered the city amid clashes" is the battle only
    .filter((h, _i, all) => !(h.rule.rule === 'enter' && all.some((k) => k.rule.rule === 'entered-amid-clashes' && k.start === h.start)))
}

/**
 * "Drones struck the village on Sunday, the SDF said, killing two civilians": a toll told as a participle of an act
 * is that act's, so the act's initiator caused it; the victims named after the participle stay its target.
 * Null when the trigger is no such participle or no act before it has an initiator.
 */
function tollOfAct(text: string, h: TriggerHit, type: EventType, earlier: readonly NewEvent[], roles: readonly NewEvent['actors'][number][]): NewEvent['actors'] | null {
  // ("Russian and Syrian jets struck …, killing eleven": every initiator of the act.)
  const act = actOfToll(text, h, type, earlier, (e) => e.actors.some((a) => a.role === 'initiator'))
  const by = act?.actors.filter((a) => a.role === 'initiator') ?? []
  // ("Troops struck gatherings of the Front near X, killing dozens": the side the act hit lost the men, it did not
  // kill them, even when the act's own doer is no actor the text names.)
  const struck = actOfToll(text, h, type, earlier)?.actors.filter((a) => a.role === 'target') ?? []
  if (by.length === 0) {
    return roles.some((a) => a.role === 'initiator' && struck.some((t) => t.actorId === a.actorId))
      ? roles.map((a) => (a.role === 'initiator' && struck.some((t) => t.actorId === a.actorId) ? { ...a, role: 'target' as const } : a)) : null
  }
  const own = roles.filter((a) => a.role === 'target' && !by.some((b) => b.actorId === a.actorId))
  // ("struck an SDF vehicle …, killing two fighters": fighters killed by the act are of the side it hit.)
  const hit = own.length === 0 && COMBATANTS_KILLED.test(text.slice(h.end, h.end + 48)) ? act?.actors.filter((a) => a.role === 'target') ?? [] : []
  return [...by, ...own, ...hit]
}

/**
 * The sides to a truce, each its maker: "a ceasefire between the SDF and the factions", "the SDF announced a truce with
 * the factions" (the party whose announcement names the truce as its object is a side too; not "Turkey said a truce
 * between … was extended", where the speaker reports it).
 */
function truceSides(text: string, h: TriggerHit, roles: readonly EventActor[], speaker: Speaker | null): EventActor[] {
  const announcer = speaker?.party && speaker.actor && !speaker.actor.media && speaker.verbEnd <= h.start
    && /^(?:announc|declar|agree|sign|accept|reach)/i.test(text.slice(speaker.verbStart, speaker.verbEnd))
    && TRUCE_OBJECT.test(text.slice(speaker.verbEnd, h.start)) ? speaker.actor.actorId : null
  // (the one who only reports the truce is no side to it)
  const reporter = !announcer && speaker?.actor && speaker.verbEnd <= h.start ? speaker.actor.actorId : null
  const sides = [...(announcer ? [announcer] : []), ...roles.map((a) => a.actorId).filter((id) => id !== reporter)]
  return sides.filter((id, i) => sides.indexOf(id) === i).map((actorId) => ({ actorId, role: 'initiator' as const }))
}

// The count and the word for fighters after a participle toll: "killing two fighters", "wounding at least five soldiers".
const COMBATANTS_KILLED = /^\s+(?:at\s+least\s+|some\s+|about\s+)?(?:[\d,]+|\w+)\s+(?:of\s+its\s+|of\s+their\s+|of\s+)?(?:fighters|soldiers|troops|members|militants|personnel|gunmen)\b/i

/** The act of the sentence a participle toll (", killing two") belongs to, among `earlier` that `fits`; null when none. */
function actOfToll(text: string, h: TriggerHit, type: EventType, earlier: readonly NewEvent[], fits: (e: NewEvent) => boolean = () => true): NewEvent | null {
  if (type !== 'casualties' || !/^(?:killing|wounding|injuring)$/i.test(text.slice(h.start, h.end))
    || !/,\s*(?:and\s+)?(?:also\s+|reportedly\s+|allegedly\s+)?$/i.test(text.slice(Math.max(0, h.start - 16), h.start))) return null
  return [...earlier].reverse().find((e) => e.type !== 'statement' && e.type !== 'denial' && e.type !== 'casualties' && fits(e)) ?? null
}

// The ground a force leaves: "the city", "their bases" (not "their checkpoints", "positions": a redeployment)
const LEFT_GROUND = /^\s+(?:(?:the|its|their|all|most)\s+)?(?:\S+\s+)?(?:city|town|village|area|district|neighbou?rhoods?|base|bases|airport|airbase|province|region|barracks|headquarters)\b/i

/** A withdrawal hands a place over; "withdrew to other localities" or from a whole country is a redeployment. */
function withdrawalType(s: SentenceView, h: TriggerHit, places: readonly EventPlace[]): EventType {
  // (up to the clause's end: "when the army left on December 6, only to hand …" names no destination)
  const after = s.text.slice(h.end, h.end + 90).split(/[,;]/)[0] as string
  // "redeployed outside the city" / "outside Belmira": the place left is named or referred back to, not a destination.
  if (/^["”’']?\s+(?:(?:its|their|the|some|all|most)\s+(?:\S+\s+)?(?:units|forces|troops|soldiers|men)\s+)?(?:to\s+(?:new\s+)?positions\s+)?outside\b/i.test(after)) return 'territory_change'
  // "Iran evacuated its military personnel via the airbase": people taken out, not ground given up
  if (/^evacuat/i.test(s.text.slice(h.start, h.end)) && /^\s+(?:(?:its|their|the|all|some|remaining)\s+)?(?:\S+\s+)?(?:personnel|diplomats|staff|advisers|advisors|citizens|nationals|commanders|officers|troops|forces|soldiers|fighters)\b/i.test(after)) return 'deployment'
  // "pulling back its troops from front lines in the north", "withdrew from their posts": lines and posts are no place
  // handed over; the force redeploys.
  if (/^["”’']?\s+(?:(?:its|their|the|some|all|most)\s+)?(?:\S+\s+){0,2}?from\s+(?:(?:the|its|their|some|several|forward)\s+)?(?:front[\s-]?lines?|positions|posts|outposts|checkpoints)\b/i.test(after)) return 'deployment'
  // "pulled back east of the Euphrates", "withdrew across the river": a side of a line is where the force went.
  if (/^["”’']?\s+(?:back\s+)?(?:(?:to|behind)\s+(?:the\s+)?)?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?(?:\s+bank)?\s+of|across)\b/i.test(after)) return 'deployment'
  const to = after.search(/\b(?:to|toward|towards|into)\b/i)
  // "withdrawn from the city of Belmira to …": a named town lost before the destination is still a change of hands.
  const townBefore = s.places.some((p) => p.ann.role === 'event' && p.ann.precision !== 'country' && p.start >= h.end && (to < 0 || p.start < h.end + to))
  // ("would leave the city as soon as possible to protect civilians": the ground left is told before any "to")
  const groundLeft = /^(?:left|leav\w*|vacat\w*)$/i.test(s.text.slice(h.start, h.end)) && LEFT_GROUND.test(after)
  if (to >= 0 && !townBefore && !groundLeft) return 'deployment'
  if (places.length > 0 && places.every((p) => p.precision === 'country')) return 'deployment'
  // "withdrew from parts of the province": a named area is lost even when the gazetteer does not know it.
  // ("left the city entirely", "vacated their bases": what a force leaves is the place it gives up; so is the subject
  // of a passive, "the airport was abandoned by security forces".)
  const leftPlace = (/^(?:left|leav\w*|vacat\w*)$/i.test(s.text.slice(h.start, h.end)) && LEFT_GROUND.test(after))
    || (/^(?:abandoned|evacuated|vacated)$/i.test(s.text.slice(h.start, h.end)) && /\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+|later\s+|then\s+)?$/i.test(s.text.slice(Math.max(0, h.start - 24), h.start)) && /^\s+by\b/i.test(after))
  if (places.length === 0 && !leftPlace && !/^["”’']?\s+(?:(?:its|their|all|the)\s+)?(?:\S+\s+){0,2}?(?:from|out\s+of|outside)\b/i.test(after) && !/\bout\s+of$/i.test(s.text.slice(h.start, h.end))) return 'deployment'
  return 'territory_change'
}

// What is toppled when no ruler is: "a statue", "the giant bust", "portraits of the president".
const EFFIGY_AFTER = /^\s+(?:(?:a|an|the|two|several|many|giant|huge|large|bronze)\s+){0,2}(?:statues?|monuments?|busts?|posters?|portraits?|pictures?|images?|murals?|banners?)\b/i

// A refusal told as reported future, a vow: "would not allow", "would never accept", "would not tolerate".
const REPORTED_VOW = /\bwould\s+(?:not|never)\s+(?:allow|tolerate|permit|accept|let)\b/i

// A verb of vowing before what is vowed: "vowed to", "pledged on Sunday to", "promised that".
const VOW = /\b(?:vow(?:ed|s)|pledg(?:ed|es)|promis(?:ed|es)|swore|threaten(?:ed|s))\s+(?:(?:on|late\s+on|early\s+on)\s+\p{Lu}\p{Ll}+\s+)?(?:to|that)\b/u

// A preposition that makes an attack noun a time or a cause of another act: "after attacks on", "amid an assault on".
const ATTACK_IN_PHRASE = /\b(?:after|following|amid|despite|since|before|because\s+of|in\s+response\s+to)\s+(?:\S+\s+){0,3}$/i

// The speech verbs and nouns of a condemnation (speakers.ts reads them as speech).
const CONDEMNS = /^(?:condemn|denounc|denunciat|deplor|decr)/i

// A version of the report itself that a correction replaces: "an earlier version of this story"
const RETRACTED = /\b(?:earlier|previous|original|first)\s+version\s+of\s+this\s+(?:story|article|report|piece)\b/i

// Witnesses, residents and sources report what happened, analysts judge it; their words are not news of their own.
const CIVIL_SPEAKER = /\b(?:residents?|witness(?:es)?|sources?|rescuers|rescue\s+workers|paramedics|first\s+responders|analysts?|experts?|observers|commentators|researchers?|activists?|monitor|reports?|media|family|families|woman|man|women|men|mother|father|survivors?|relatives?|neighbou?rs?|shopkeepers?|students?|displaced|nurses?|teachers?|farmers?|traders?|drivers?)\b/i
// A person's apposition that says who they are: ", a resident of", ", a 34-year-old teacher", ", an eyewitness".
const CIVIL_APPOSITION = new RegExp(String.raw`^\s*,\s*(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?${CIVIL_SPEAKER.source.replace(/^\b/, '')}`, 'i')

/** The government of the country a phrase "to <country>" names after the trigger, from the lexicon; null when none. */
function recipientState(lex: ActorLexicon, view: SentenceView, from: number, to: number, date: string | null): ActorId | null {
  const country = view.places.find((p) => p.start >= from && p.start < to && p.ann.precision === 'country'
    && /\b(?:to|for|into)\s+(?:the\s+)?$/i.test(view.text.slice(Math.max(from, p.start - 10), p.start)))
  return country ? stateOfCountry(lex, country.ann.name, date) : null
}

/** The country a sentence's place lies in, as an event place at country precision; the place itself when unknown. */
function countryOf(view: SentenceView, place: EventPlace, theater: string): EventPlace {
  if (place.precision === 'country') return place
  const iso = view.places.find((p) => p.ann.placeId === place.placeId)?.ann.country
  return (iso && countryPlace(iso, view.places.map((p) => p.ann), theater)) || place
}

/**
 * "UNHCR urged countries not to force returns. It said …": the one who made a denial or a call with no speech verb
 * is whom the next sentence's "it said" continues; null when the sentence made no such act.
 */
function speechActor(view: SentenceView, events: readonly NewEvent[]): Speaker | null {
  const act = events.find((e) => (e.type === 'denial' || e.type === 'call_to_action') && e.actors.some((a) => a.role === 'initiator'))
  const id = act?.actors.find((a) => a.role === 'initiator')?.actorId
  const ref = view.actors.find((a) => a.actorId === id && !a.coreferent)
  if (!act || !ref) return null
  return { start: ref.start, end: ref.end, scopeStart: 0, scopeEnd: 0, verbStart: ref.end, verbEnd: ref.end, attribution: act.attribution ?? ref.name, party: ref.party, actor: ref }
}

/** The government of the country a text is about, as an actor a bare "the ministry" can point to; null when none. */
function homeStateOf(lex: ActorLexicon, country: string | null, date: string | null): Omit<ActorRef, 'start' | 'end'> | null {
  const id = country ? stateOfCountry(lex, country, date) : null
  const a = id ? lex.byId.get(id) : undefined
  return a ? { actorId: a.id, name: a.name, kind: a.kind, party: isParty(lex, a.id, date), media: false } : null
}

interface SentenceEvents { events: NewEvent[]; lastSpeaker: Speaker | null }

/**
 * "Egypt and Jordan said …", "Qatar, Saudi Arabia and the Arab League warned …": the speaker's actor and the actors
 * listed with it in the speaker's own phrase (listed.ts), in text order, each once; none when the speaker has no actor.
 */
function listedSpeakers(view: SentenceView, sp: Speaker): ActorRef[] {
  if (!sp.actor) return []
  const inPhrase = view.actors.filter((a) => a.start >= sp.start && a.end <= sp.end && !a.media && a.kind !== 'civilians')
  const at = inPhrase.findIndex((a) => a.start === sp.actor?.start && a.end === sp.actor?.end)
  if (at < 0) return [sp.actor]
  const listed = listedWith(view.text, inPhrase, at)
  return listed.filter((a, i) => listed.findIndex((b) => b.actorId === a.actorId) === i)
}

// What an armed actor is seen doing, as a speaker reports it: "the movement of", "increased activity", "a build-up".
const ACTIVITY = /\b(?:movements?|activit(?:y|ies)|build-?up|mobili[sz]ation|infiltrations?|incursions?|resurgence|attacks)\b/i

/** An armed party, not the speaker's own side, whose activity the speaker's words report; null when there is none. */
function opponentActivity(lex: ActorLexicon, view: SentenceView, sp: Speaker, date: string | null): ActorId | null {
  const words = view.text.slice(sp.scopeStart, sp.scopeEnd)
  if (!ACTIVITY.test(words)) return null
  const own = new Set(sp.actor ? affiliationChain(lex, sp.actor.actorId, date) : [])
  const other = view.actors.find((a) => a.party && !a.media && a.start >= sp.scopeStart && a.end <= sp.scopeEnd && !own.has(a.actorId)
    && !affiliationChain(lex, a.actorId, date).some((x) => own.has(x)))
  return other?.actorId ?? null
}

/** The text's last resolved date mention that ends before `offset`; null when there is none. */
/** An undated event's date: the day of the section it is filed under, else `d` (the report's day). */
const undated = <D extends EventDate>(d: D, section: Section | null): D => section === null ? d : { ...d, date: section.day, dateEnd: null, datePrecision: 'day', by: section.by }

/** The day a dated heading files the lines under it under, and the date stage's rule that found it. */
interface Section { readonly day: string; readonly by: string }

function lastDateBefore(doc: Doc, offset: number): DateAnnotation | null {
  let last: DateAnnotation | null = null
  for (const d of annotationsOf(doc, 'date')) if (d.span.end <= offset && d.value !== null) last = d
  return last
}

/**
 * The day of the dated heading ("Monday, December 9", a line of its own) that the sentence at `offset` is filed under
 * in a roundup or timeline: what such a section tells with no date of its own happened that day, not on the report's.
 */
function filedUnder(doc: Doc, offset: number): Section | null {
  let day: Section | null = null
  for (const d of annotationsOf(doc, 'date')) {
    if (d.span.end > offset) break
    if (d.value !== null && d.precision === 'day' && isOwnLine(doc.text, d.span)) day = { day: d.value, by: d.by }
  }
  // A live blog's entry stamped past midnight is the next day's though the page is dated the day it began.
  return day !== null && doc.meta.publishedAt !== null && (day.day <= doc.meta.publishedAt || day.by === LIVE_BLOG_ENTRY) ? day : null
}
const LIVE_BLOG_ENTRY = 'find-dates:live-blog-entry'

// Between a person and the verb of their flight: auxiliaries, and the household or aides who went with them ("and his
// family", "together with his wife and sons", "and several aides").
const PERSON_FLED_GAP = /^,?\s+(?:(?:and|with|along\s+with|together\s+with)\s+(?:his|her|their|several|some|a\s+few|senior)\s+(?:(?:immediate|close|closest|top|senior)\s+)?(?:family|wife|husband|children|sons|daughters|relatives|entourage|aides|associates|inner\s+circle|bodyguards|brothers?)(?:\s+and\s+(?:\S+\s+)?(?:children|sons|daughters|aides|relatives))?,?\s+)?(?:(?:had|has|have|reportedly|already|then|also|apparently|all)\s+)*$/i

const PARTITIVE_ASIDE = /^,\s*(?:most|many|some|all|half|several|none|the\s+majority|a\s+(?:third|quarter|number))\s+of\s+(?:them|whom)\b/i

// What leads from a change of hands to the towns that went the same way after it: ", followed by", ", followed days
// later by the fall of".
const FOLLOWED_BY = /^[^.;:]{0,60}?,\s*(?:(?:and\s+)?(?:was|were)\s+)?followed\s+(?:\S+\s+){0,2}?by\s+(?:the\s+(?:fall|capture|loss|seizure)\s+of\s+)?(?:the\s+(?:city|town)\s+of\s+)?$/i
// Between two towns of that list: the first one's own date, then a comma or "and".
const FOLLOWER_GAP = /^\s*(?:(?:on|in|at|by|late|early|overnight)\s+[^,;.]{0,30}?|\S+\s+(?:days?|weeks?)\s+later)?\s*(?:,\s*(?:and\s+(?:then\s+)?)?|\s+and\s+(?:then\s+)?)(?:the\s+(?:city|town)\s+of\s+)?$/i

/** The towns listed after ", followed by" past `end` (one sentence), in order; none when no such list follows. */
function followers(view: SentenceView, end: number): PlaceRef[] {
  const out: PlaceRef[] = []
  for (const p of view.places) {
    if (p.start < end || p.ann.role !== 'event' || p.ann.precision === 'country') continue
    const gap = view.text.slice(out.length ? (out[out.length - 1] as PlaceRef).end : end, p.start)
    if (!(out.length ? FOLLOWER_GAP : FOLLOWED_BY).test(gap)) break
    out.push(p)
  }
  return out
}

// How far back (characters) a foreign force or leader named keeps a bare "troops" from being the home army.
const FOREIGN_FORCE_REACH = 600

/** The region of the text's focus country a direction names ("the south"); null for a text about no theater country. */
type RegionOf = ((direction: string) => EventPlace | null) | null

/** `lead`: no sentence before this one reported anything (the report's first sentence, after a headline). */
function eventsOfSentence(doc: Doc, lex: ActorLexicon, sent: SentenceAnnotation, view: SentenceView, prevSpeaker: Speaker | null, regionOf: RegionOf, theater: string,
  lead: boolean, focusIso: string | null = null): SentenceEvents {
  const published = doc.meta.publishedAt
  const civilians = lex.byId.has('civilians') ? ('civilians' as ActorId) : null
  const speakers = findSpeakers(view, prevSpeaker)
  const lastSpeaker = speakers[speakers.length - 1] ?? prevSpeaker
  const hits = keepTriggers(view.text, findTriggers(view.text))
  const out: NewEvent[] = []
  // Where each event's trigger is, to tell which speaker's words hold it.
  const hitsAt = new Map<NewEvent, number>()
  const base = (type: EventType, rule: string) => ({ kind: 'event' as const, span: sent.span, sentence: sent.id, by: `extract-events:${rule}`, type })

  // The party a trigger's relative clause describes ("the alliance that captured X" → the alliance), or null.
  const describingParty = (h: TriggerHit) => view.actors.find((a) => a.party && !a.coreferent && a.end <= h.start
    && /^\s+(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?$/i.test(view.text.slice(a.end, h.start))) ?? null
  hits.forEach((h, i) => {
    const clause = clauseAt(view.text, h.start)
    // A trigger inside an aside (", the town through which Iran has moved fighters,") does not end the scope.
    const inAside = (k: TriggerHit) => asides(view.text).some(([x, y]) => k.start > x && k.start < y && !(h.start > x && h.start < y))
    const next = hits.slice(i + 1).find((k) => k.start >= h.end && k.rule.type !== h.rule.type && !inAside(k))
    // "was taken by local fighters rather than by the alliance that captured Qorvath": the places of a relative
    // clause describing a party belong to its own verb.
    const described = hits.slice(i + 1).map(describingParty).find((a) => a !== null && a.start >= h.end)
    const scopeEnd = Math.min(next ? next.start : view.text.length, described ? described.start : view.text.length, Math.max(clause.end, h.end))
    const triggerText = view.text.slice(h.start, h.end)
    // "An earlier version of this story said seventeen were killed": what a corrected version said is withdrawn.
    const retracted = RETRACTED.exec(view.text)
    if (retracted && h.start > retracted.index + retracted[0].length) return
    const verbSpeaker = speakers.find((sp) => h.start < sp.verbEnd && sp.verbStart < h.end) ?? null
    // "…, a Kurdish official told reporters, denying reports that …": a participle right after a speaker's words is
    // that speaker's act.
    const speaker = verbSpeaker ?? speakerFor(speakers, h.start) ?? (/^\w+ing$/i.test(triggerText)
      ? speakers.filter((sp) => sp.end > sp.start && sp.verbEnd <= h.start && /^[\s\w]*,\s*$/.test(view.text.slice(sp.verbEnd, h.start))).pop() ?? null : null)
    const listEnd = Math.min(next ? next.start : view.text.length, described ? described.start : view.text.length)
    let places = placesFor(view, h.rule.type, h.start, h.end, scopeEnd, clause.start, listEnd)
    // "captured Tal Rifaat north of Aleppo, taking it from …": a second capture verb with no place of its own
    // repeats the first one.
    if (h.rule.type === 'territory_change' && !h.rule.withdrawal && !view.places.some((p) => p.ann.role === 'event' && p.start >= h.end && p.start < scopeEnd)) {
      const earlier = out.filter((e) => e.type === 'territory_change' && e.place).map((e) => e.place as EventPlace)
      if (earlier.length) places = earlier.slice(0, 1)
    }
    if (h.rule.withdrawal && !view.places.some((p) => p.ann.role === 'event' && p.start >= h.end && p.start < scopeEnd)) {
      // "captured Qorvath after government troops pulled out": a withdrawal naming no place gives up the place
      // taken in the same sentence; with no such place, nothing is known to change hands.
      const taken = out.filter((e) => e.type === 'territory_change' && e.place).map((e) => e.place as EventPlace)
      places = taken.length ? taken.slice(0, 1) : places.filter((p) => view.places.some((v) => v.ann.placeId === p.placeId && v.start >= clause.start))
    }
    const type = h.rule.withdrawal ? withdrawalType(view, h, places) : h.rule.type
    if (type !== h.rule.type) places = placesFor(view, type, h.start, h.end, scopeEnd, clause.start, listEnd)
    // "hours after rebels toppled Bashar al-Assad": a ruler's fall happens to the country, not at a place another
    // clause names; that place tells which country.
    // ("crowds toppled a statue of the late president in Latakia": a statue brought down, where it stood)
    if (h.rule.rule === 'regime-end' && !/^uprising/i.test(triggerText) && !EFFIGY_AFTER.test(view.text.slice(h.end, h.end + 40))) places = places.map((p) => countryOf(view, p, theater)).slice(0, 1)
    // "sparking uprisings against his regime in the south": the event's own direction names a part of the country.
    const cue = regionOf ? directionCue(view, type, h.start, h.end, scopeEnd) : null
    const region = cue && regionOf && directionWins(view, places, cue, h.start, clause) ? regionOf(cue.direction) : null
    if (region) places = [region]
    const segStart = Math.max(view.text.lastIndexOf(',', h.start - 1), 0)
    // ("were taken by government forces, with heavy air support, during the 2019-2020 offensive": the segment runs on
    // past a verbless adjunct.)
    const commaAfter = view.text.indexOf(',', h.end)
    const adjunctEnd = commaAfter < 0 ? -1 : withAdjunctEnd(view.text, commaAfter)
    const segEnd = adjunctEnd < 0 ? commaAfter : view.text.indexOf(',', adjunctEnd + 1)
    const others = hits.filter((k) => k !== h && k.rule.type !== h.rule.type)
    // ("entered a buffer zone set up under a 1974 ceasefire agreement": a year another trigger holds is that one's.)
    // ("in breach of the 2020 ceasefire": a year that names an instrument dates no act beside it.)
    const segment = others.reduce((t, o) => t.slice(0, o.start) + ' '.repeat(o.end - o.start) + t.slice(o.end), withoutNamingYears(view.text, h)).slice(segStart, segEnd < 0 ? view.text.length : segEnd)
    // ("said on Sunday that 40 had been killed over the past two days": the window ends on Sunday.)
    const dated = byTheSpeech(view, windowToSpeech(view, acrossInterval(view, h, dateFor(view, h, clause, segment, published, others, speaker && !verbSpeaker ? speechDate(view, speaker, false) : null), published), speaker, published), speaker, published)
    // "Moscow entered the war in 2015. Since then it has helped the army retake …": an act with no date of its own
    // that lasts "since then" reaches back to the time named before it.
    // "In 1982 troops crushed an uprising there, killing thousands": a toll told as a participle of a dated act is of
    // that act's time.
    const act = dated.stated ? null : actOfToll(view.text, h, type, out, (e) => e.dateText !== null)
    const found = act ? { date: act.date, dateEnd: act.dateEnd, datePrecision: act.datePrecision, dateText: act.dateText, stated: true }
      : dated.stated ? dated : sinceThen(view, lastDateBefore(doc, view.base)?.value ?? null, published) ?? undated(dated, filedUnder(doc, view.base))
    // "strikes over the past year have thinned its support": a window reaching the report from months back sums up
    // the period; it is history, dated by its window, not today's news.
    // History with no date of its own ("nearly a decade after …") gets no date rather than the news date.
    const historic = (d: string | null) => d !== null && published !== null && Date.parse(published) - Date.parse(d) > 45 * 864e5
    const summedUp = isPastSpan(found) && historic(found.date)
    const toldModality = modalityOf({ text: view.text, triggerStart: h.start, triggerEnd: h.end, triggerText, eventDate: summedUp ? found.date : found.dateEnd ?? found.date, published, speaker, speakerVerbIsTrigger: verbSpeaker !== null, others })
    // "the two sides agreed to a truce": the agreeing is the event, done (an act agreed to, "agreed to a withdrawal",
    // is still a plan).
    const reportedModality = toldModality === 'planned' && h.rule.rule === 'ceasefire' && AGREED_TO_TRUCE.test(view.text.slice(Math.max(0, h.start - 60), h.start))
      ? (speaker?.party ? 'claimed' : 'asserted') : toldModality
    // The reporter asserts that a denial or a call was made; only dated history stays background.
    const modality: Modality = (type === 'denial' || type === 'call_to_action' || type === 'statement') && reportedModality !== 'background'
      ? 'asserted' : reportedModality
    // A reported fact cannot happen after the report: a future date on it is a misread ("two weeks of fighting").
    // (A live blog's entry past midnight is the day after the blog was published: the blog went on.)
    const future = found.date !== null && published !== null && found.date > published && (modality === 'asserted' || modality === 'claimed')
      && found.by !== LIVE_BLOG_ENTRY
    const when = modality === 'background' && !historic(found.date)
      ? { date: null, dateEnd: null, datePrecision: null, dateText: null, stated: false }
      : future ? { date: published, dateEnd: null, datePrecision: 'day' as const, dateText: null, stated: false } : found
    // "militias crossed into Syria overnight to reinforce … Aleppo": a force crossing a border goes to that country.
    const into = h.rule.rule === 'cross-back' ? view.places.find((p) => p.ann.precision === 'country' && p.start >= h.end && p.start <= h.end + 2) : undefined
    // ("crossed into Syria near al-Bukamal": where in it, when the next words say)
    if (into) places = [toEventPlace(placeInCountry(view, into) ?? into)]
    // "until the institutions were formally handed over": a handover is of ground only where a place below a
    // country is named.
    // ("handed the city over to X" refers back to a town named before: the context place gives it, see context-place.ts.)
    // ("Homs fell": the place is the one that fell, not one named after the verb.)
    // ("Hama fell to the rebels on Thursday, the first city lost since the army entered Aleppo": the town before the
    // verb fell, not one named after it.)
    const subject = h.rule.placeBefore || (h.rule.rule === 'fall' && !/^the\b/i.test(triggerText))
      ? view.places.find((p) => p.ann.role === 'event' && p.end <= h.start && /^\s*$/.test(view.text.slice(p.end, h.start))) : undefined
    if (h.rule.placeBefore && !subject) return
    if (subject) {
      // ("Qorvath, Tessen and Belmira fell on Saturday": each place of the subject's list fell.)
      const fell = [subject]
      for (let k = view.places.indexOf(subject) - 1; k >= 0; k--) {
        const p = view.places[k] as PlaceRef
        if (p.ann.role !== 'event' || !/^\s*(?:,|and|,\s*and)\s*$/i.test(view.text.slice(p.end, (fell[0] as PlaceRef).start))) break
        fell.unshift(p)
      }
      places = fell.map(toEventPlace)
    }
    // "Aleppo fell within days, followed by Hama on Thursday and Homs on Saturday": the towns a fall is "followed by"
    // fell too, each on the day named after it.
    if (type === 'territory_change' && !h.rule.withdrawal && places.length > 0) {
      const listedEnd = Math.max(h.end, ...view.places.filter((p) => p.start >= h.end && places.some((q) => q.placeId === p.ann.placeId)).map((p) => p.end))
      places = [...places, ...followers(view, listedEnd).map(toEventPlace)]
    }
    if (h.rule.handover && !places.some((p) => p.precision !== 'country')
      && !(places.length === 0 && LEFT_GROUND.test(view.text.slice(h.start).replace(/^\S+(?:\s+over\b)?/, '')))) return
    // ("The SDF said it would leave Manbij": a leaving told of a name or a pronoun is a loss of ground only when that
    // subject is an armed party or a state, not a person, an outlet or people.)
    // ("Russia agreed to take in Bashar al-Assad": a person taken in is given refuge, no ground taken.)
    if (h.rule.rule === 'take' && /^\s+in\s+$/i.test(view.text.slice(h.end, h.end + 4)) && view.actors.some((a) => a.kind === 'person' && a.start === h.end + 4)) return
    const leaver = h.rule.rule === 'party-leaves' ? view.actors.filter((a) => a.end <= h.start && LEAVER_GAP.test(view.text.slice(a.end, h.start))).pop() : undefined
    if (h.rule.rule === 'party-leaves' && (!leaver || !leaver.party || leaver.media || leaver.kind === 'person' || leaver.kind === 'civilians')) return
    // "80,000 Syrians entered Lebanon" is a flight across a border; "crowds poured into the square" is none.
    // ("7,600 Syrians crossed back into Syria through the Bab al-Hawa crossing": and the border place they crossed at.)
    const atBorder = (p: EventPlace) => p.precision === 'country' || view.places.some((q) => q.ann.placeId === p.placeId && q.ann.featureCode === 'XING')
    const intoCountry = view.places.some((p) => p.ann.precision === 'country' && p.start >= h.end && p.start <= h.end + 2)
    if (h.rule.rule === 'people-cross' && !(places.length > 0 && places.every(atBorder) && (intoCountry || places.some((p) => p.precision === 'country')))) return
    // "they did not enter the city": a report that something did not happen is no event.
    if (modality === 'denied') return
    // "President Bashar al-Assad had fled the country": one person's flight is no displacement of people.
    // ("Assad and his family fled to Moscow": nor is a leader's with his household or his aides.)
    if (type === 'displacement' && view.actors.some((a) => a.kind === 'person' && a.end <= h.start
      && PERSON_FLED_GAP.test(view.text.slice(a.end, h.start)))) return
    // "residents of X, most of whom are Kurds displaced from Afrin, have left": "displaced" in a partitive aside says who
    // the people are (a flight long told), not a flight of this report.
    if (type === 'displacement' && /^displaced$/i.test(triggerText) && asides(view.text).some(([x, y]) => h.start > x && h.start < y
      && PARTITIVE_ASIDE.test(view.text.slice(x, y)))) return
    // "the town through which Iran has moved fighters": a movement described in an aside is background colour.
    if (h.rule.rule === 'advance' && asides(view.text).some(([x, y]) => h.start > x && h.start < y)) return
    // "…, the town through which Iran has moved fighters, …": a perfect tense in an aside describes the place's past.
    if ((type === 'deployment' || type === 'military_aid') && /\b(?:has|have|had)\s+(?:long\s+)?(?:been\s+)?$/i.test(view.text.slice(Math.max(0, h.start - 20), h.start))
      && asides(view.text).some(([x, y]) => h.start > x && h.start < y)) return
    // "the capture" / "its capture" with no "of <place>": a reference back to an event already reported.
    if (type === 'territory_change' && /^(?:capture|seizure|fall|loss|takeover)$/i.test(triggerText)
      && /\b(?:the|its|their|his|this|that)\s+$/i.test(view.text.slice(Math.max(0, h.start - 7), h.start))
      && !/^\s+of\b/i.test(view.text.slice(h.end, h.end + 5))) return
    // "The capture of Belmira cuts the road to Qorvath and Tessen": the places after the verb are not captured.
    // ("were to capture Homs" is the verb, which takes its object.)
    if (type === 'territory_change' && /^(?:capture|seizure|fall|loss|takeover|the\s+fall\s+of)$/i.test(triggerText)
      && !/\b(?:to|will|would|could|can|may|might|must|should|did|not)\s+$/i.test(view.text.slice(Math.max(0, h.start - 8), h.start))) {
      const of = view.text.slice(h.end).match(/^\s+of\s+/i)
      if (!of && !/of$/i.test(triggerText)) places = []
    }
    // "the alliance that captured Qorvath and Belmira": a capture in a relative clause naming a party describes that
    // party by what it did before; with no date of its own it is a reference back, not news.
    // "They took Aleppo in three days and Hama in a week": how long earlier captures took, a look back with no day.
    // "Within days it took most of Aleppo": the same, told before the verb.
    if (type === 'territory_change' && !when.stated && (/^\s*(?:\S+\s+){0,4}?in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?)\b/i.test(view.text.slice(h.end, h.end + 60))
      || ((modality === 'asserted' || modality === 'claimed') && /\bwithin\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|\d+)\s+)?(?:days?|weeks?|months?)\b[^,;]*,?\s*(?:\S+\s+){0,3}$/i.test(view.text.slice(clause.start, h.start))))) return
    // ("the rebel coalition that ousted Bashar al-Assad moved to …": the ruler's fall as the party's epithet, the same)
    if ((type === 'territory_change' || h.rule.rule === 'regime-end') && describingParty(h) !== null && !view.dates.some((d) => d.start >= h.end && d.start < clause.end)) return
    const reported = speaker !== null || /\b(?:said|says|told|stated|announced|claimed|reported|added)\b/i.test(view.text.slice(0, h.start))
    // The time the text was telling before this sentence: a span that reaches the report ("since 2018") ends in the news.
    const earlier = lastDateBefore(doc, view.base + h.start)
    if (isAsideHistory(view.text, h.start, reported, when.stated, { earlierIsHistory: historic(earlier ? earlier.end ?? earlier.value : null), lead })) return
    if (modality === 'background' && isTimeAnchor(view.text, h.start)) return
    // "in the five days since the fall of Damascus": an event named by its noun to measure time from is an anchor too,
    // not news of the report's day (a dated one, "since the fall of Aleppo last week", is told by its date).
    // ("has since captured": "since" the adverb, before a verb.)
    if (!when.stated && afterSinceThe(view.text, h.start)) return
    const rolesOfWords = rolesOf({ s: view, type, triggerStart: h.start, triggerEnd: h.end, scopeEnd, clauseStart: clause.start, withdrawal: Boolean(h.rule.withdrawal) && type === 'territory_change', handover: h.rule.handover, appointment: h.rule.appointment, speaker, speakers, civilians })
    // (the party that leaves is the one that gives the place up, whoever else the sentence names)
    // ("units redeployed after attacks on checkpoints by gunmen": an attack named in an "after" phrase is not the
    // subject's; its doer is named with it, if at all.)
    const phraseAt = h.rule.rule === 'attack-on-post' ? ATTACK_IN_PHRASE.exec(view.text.slice(Math.max(0, h.start - 60), h.start)) : null
    const phraseStart = phraseAt ? Math.max(0, h.start - 60) + phraseAt.index : -1
    const rolesOfAct = phraseAt ? rolesOfWords.filter((a) => a.role !== 'initiator' || view.actors.some((x) => x.actorId === a.actorId && x.start >= phraseStart)) : rolesOfWords
    const rolesFound = leaver ? [...rolesOfAct.filter((a) => a.role === 'initiator' && a.actorId !== leaver.actorId), { actorId: leaver.actorId, role: 'target' as const }] : rolesOfAct
    // ("Prisoners were freed after rebels broke open the gates": those freed are the prisoners, never a party named later;
    // "the rebels' spokesman said fighters had released 3,500 detainees": a party's own word on whom its men freed.)
    const freer = speaker?.party && speaker.actor ? (speaker.actor.kind === 'person' ? groupOf(lex, speaker.actor, published) ?? speaker.actor : speaker.actor) : null
    const freedBy = rolesFound.filter((a) => a.role === 'initiator')
    const ruled = h.rule.rule !== 'prisoners-freed' ? forSpokesmen(lex, type, rolesFound, published)
      : freedBy.length === 0 && freer ? [{ actorId: freer.actorId, role: 'initiator' as const }] : freedBy
    // "the town changed hands": who lost it and who holds it now, the words do not say.
    const roles = h.rule.rule === 'changed-hands' ? [] : h.rule.rule === 'ceasefire' || h.rule.rule === 'agreement' ? truceSides(view.text, h, ruled, speaker) : ruled
    // "will send missiles and advisers to Syria": aid sent to a country goes to whoever governs it on the day.
    const recipient = type === 'military_aid' && !roles.some((a) => a.role === 'beneficiary') ? recipientState(lex, view, h.end, scopeEnd, published) : null
    const actors = tollOfAct(view.text, h, type, out, roles) ?? (recipient && !roles.some((a) => a.actorId === recipient) ? [...roles, { actorId: recipient, role: 'beneficiary' as const }] : roles)
    const quantities = figuresIn(type, view.text.slice(clause.start, Math.max(clause.end, h.end)))
    // A denial or a call is its own speech act: the one who made it is the source when no one else is named.
    const own = type === 'denial' || type === 'call_to_action'
      ? actors.find((a) => a.role === 'initiator')?.actorId : undefined
    // ("…shot down a warplane, a claim the army dismissed as propaganda": the denier, not the party that claims, is the
    // source; a reporter or a monitor telling of the act stays the source.)
    // (A government's outlet telling of its government's act stays the source: "…, the state news agency TASS said".)
    // ("Russia, Iran and Turkey called for …": a call made jointly is each maker's, named in the list's order.)
    const makers = own ? actors.filter((a) => a.role === 'initiator').map((a) => lex.byId.get(a.actorId)?.name).filter((n): n is string => n !== undefined) : []
    const made = makers.length > 1 ? `${makers.slice(0, -1).join(', ')} and ${makers[makers.length - 1] as string}` : own ? lex.byId.get(own)?.name ?? null : null
    // ("SANA denied that the army had pulled out": an outlet that makes the denial itself, naming no party, is its source.)
    const outlet = (type === 'denial' || type === 'call_to_action') && own === undefined
      ? view.actors.filter((a) => a.media && a.end <= h.start && OUTLET_SUBJECT_GAP.test(view.text.slice(a.end, h.start))).at(-1) : undefined
    const attribution = own && speaker?.party && !speaker.actor?.media && speaker.actor?.actorId !== own ? made
      : speaker?.attribution ?? made ?? (outlet ? lex.byId.get(outlet.actorId)?.name ?? null : null)
    // "Jordan said it had closed the crossing", "the ministry announced the closure of the airport": a party's word on a
    // measure of its own is the fact itself, not a claim about the fighting.
    const by = actors.find((a) => a.role === 'initiator')?.actorId
    const ownMeasure = h.rule.measure === true && modality === 'claimed' && speaker?.actor
      && (by === undefined || affiliationChain(lex, speaker.actor.actorId, published).includes(by))
    let before: EventDate = when
    for (const place of places.length ? places : [null]) {
      // "took Aleppo on November 30 and Hama on December 5": a place of a list followed by its own date has that date.
      // ("and Hama a week later": its lag after the place before)
      const at = places.length > 1 && place ? view.places.find((p) => p.ann.placeId === place.placeId && p.start >= h.end) : undefined
      const lagged = at && modality !== 'background' ? laggedDate(view.text, at.end, before) : null
      const ownDate = at && modality !== 'background' ? ownDateAfter(view, at.end) ?? (lagged && (published === null || (lagged.date ?? '') <= published) ? lagged : null) : null
      const date = ownDate ?? when
      before = date
      // ("Iraq's state news agency said the army had deployed troops near Al-Qaim": that country's own force)
      const iso = place && place.precision !== 'country' ? view.places.find((p) => p.ann.placeId === place.placeId)?.ann.country ?? null : null
      const countryName = iso && iso !== focusIso ? countryPlace(iso, view.places.map((p) => p.ann), theater)?.name ?? null : null
      const e: NewEvent = {
        ...base(type, region ? `${h.rule.rule}+direction` : h.rule.rule), actors: iso && countryName ? ownArmyOf(view, speaker, { iso, name: countryName }, focusIso, actors, lex) : actors, place,
        date: date.date, dateEnd: date.dateEnd, datePrecision: date.datePrecision, dateText: date.dateText,
        modality: ownMeasure ? 'asserted' : modality, attribution, quantities,
      }
      hitsAt.set(e, h.start)
      out.push(e)
    }
  })

  // "The army says it has withdrawn from Hama after insurgents broke through its defences": the text says who took
  // the place the withdrawing force left, so the attacker is its new holder.
  // (An event given more actors keeps its trigger's offset: the speaker whose words hold it made no bare statement.)
  const replaceAt = (i: number, e: NewEvent) => {
    const at = hitsAt.get(out[i] as NewEvent)
    out[i] = e
    if (at !== undefined) hitsAt.set(e, at)
  }
  const isWithdrawal = (e: NewEvent) => /:(?:withdraw|forced-out|troops-fled)$/.test(e.by)
  // (Told as done, by the reporter or by a source: not planned, projected or history.)
  const reportsFact = (e: NewEvent) => e.modality === 'asserted' || e.modality === 'claimed'
  for (const [i, e] of out.entries()) {
    if (e.type !== 'territory_change' || !isWithdrawal(e) || e.actors.some((a) => a.role === 'initiator')) continue
    const lost = new Set(e.actors.flatMap((a) => affiliationChain(lex, a.actorId, published)))
    // ("Rebels said they had taken X, while a monitor confirmed the SDF had withdrawn": a capture of the place the
    // withdrawal gave up names its taker, whoever vouches for each.)
    const samePlace = (x: NewEvent) => x.type === 'territory_change' && x.place !== null && x.place.placeId === e.place?.placeId && reportsFact(x) && reportsFact(e)
    const taker = out.filter((x) => x !== e && (x.modality === e.modality || samePlace(x)) && (x.type === 'battle' || (x.type === 'territory_change' && !isWithdrawal(x))))
      .map((x) => x.actors.find((a) => a.role === 'initiator'))
      .find((a) => a !== undefined && isParty(lex, a.actorId, published) && !affiliationChain(lex, a.actorId, published).some((x) => lost.has(x)))
    if (taker) replaceAt(i, { ...e, actors: [taker, ...e.actors] })
  }

  // "… said they had taken X, while a monitor confirmed the SDF had withdrawn": the force that withdrew from the place
  // is the previous holder of its capture, told with another modality (one modality merges below).
  for (const [i, e] of out.entries()) {
    if (e.type !== 'territory_change' || isWithdrawal(e) || !e.place || e.actors.some((a) => a.role === 'target')) continue
    const by = new Set(e.actors.filter((a) => a.role === 'initiator').flatMap((a) => affiliationChain(lex, a.actorId, published)))
    // ("…, while the monitor said Kurdish forces had withdrawn to other localities": a force that pulled out to no named
    // place redeployed from the place taken, so it held it.)
    const redeployed = (x: NewEvent) => x.type === 'deployment' && isWithdrawal(x)
    const lost = out.filter((x) => x !== e && isWithdrawal(x) && (x.modality !== e.modality || redeployed(x)) && reportsFact(x) && reportsFact(e) && x.place?.placeId === e.place?.placeId)
      .flatMap((x) => x.actors.filter((a) => (a.role === 'target' || (redeployed(x) && a.role === 'initiator')) && !affiliationChain(lex, a.actorId, published).some((y) => by.has(y))))
      .map((a) => ({ actorId: a.actorId, role: 'target' as const }))
    if (lost.length) replaceAt(i, { ...e, actors: [...e.actors, ...lost.filter((a, k) => lost.findIndex((b) => b.actorId === a.actorId) === k)] })
  }

  // "made strides towards Homs" is news only when the same force took nothing in the same sentence.
  // ("The SNA, which captured Manbij on Monday, said its fighters were advancing toward Kobani": a capture days before
  // the advance does not stand for it.)
  const captured = out.filter((e) => e.type === 'territory_change')
  // ("The SDF moved into X when the army left on December 6": the entry the advance's words also tell.)
  // ("Rebels advanced on Hama after capturing Suran": an advance on a town the force did not take there is a move of its
  // own; one into a region or with no place of its own is how the capture came about.)
  // (Only a capture told as an act: "leverage their rapid capture of A by advancing on B" recalls the gains a summary
  // sentence builds on, where the advance is no news beside them.)
  const toldAsAct = (e: NewEvent) => {
    const at = hitsAt.get(e)
    return at !== undefined && !/\b(?:the|a|an|its|their|his|her|\w+['’]s?)\s+(?:[\w-]+\s+)?$/i.test(view.text.slice(Math.max(0, at - 30), at))
  }
  const elsewhere = (adv: NewEvent, e: NewEvent) => adv.place !== null && e.place !== null && e.place.placeId !== adv.place.placeId
    && (adv.place.precision === 'exact' || adv.place.precision === 'near') && adv.modality === e.modality && toldAsAct(e)
  const captorOn = (by: string, adv: NewEvent) => captured.some((e) => e.actors.some((a) => a.role === 'initiator' && a.actorId === by)
    && !elsewhere(adv, e)
    && (e.date === null || adv.date === null || Math.abs(daysBetween(e.date, adv.date)) <= 1 || (e.place !== null && e.place.placeId === adv.place?.placeId)))
  // An advance is a force moving: without a party as its initiator ("thousands fled, heading towards …") it is none.
  const partyIds = new Set(view.actors.filter((a) => a.party).map((a) => a.actorId))
  let events = out.filter((e) => {
    if (e.by !== 'extract-events:advance') return true
    const by = e.actors.find((a) => a.role === 'initiator')?.actorId
    return by !== undefined && partyIds.has(by) && !captorOn(by, e)
  })

  // A speaker whose words report no event of their own made a statement (the reporter asserts it was made).
  const hasEventIn = (from: number, to: number) => events.some((e) => {
    const at = hitsAt.get(e)
    return at !== undefined && at >= from && at < to
  })
  // "said the agreement had collapsed and that troops had abandoned their positions": each "and that" is a
  // claim of its own; a claim that reports no event is what makes the words a statement.
  const someClaimWithoutEvent = (sp: Speaker) => {
    const cuts = [sp.scopeStart]
    for (const m of view.text.slice(sp.scopeStart, sp.scopeEnd).matchAll(/,?\s+and\s+that\b/gi)) cuts.push(sp.scopeStart + (m.index ?? 0))
    cuts.push(sp.scopeEnd)
    return cuts.slice(1).some((end, i) => !hasEventIn(cuts[i] as number, end))
  }
  // A statement says something: "told a different story" or "said so" is no statement of its own; a condemnation says
  // it of what it names ("Egypt condemned the incursion").
  const saysSomething = (sp: Speaker) => sp.scopeEnd - sp.scopeStart > 0
    && view.text.slice(sp.scopeStart, sp.scopeEnd).trim().split(/\s+/).length >= (CONDEMNS.test(view.text.slice(sp.verbStart, sp.verbEnd)) ? 1 : 3)
    && !/^\s*(?:a|an|the|this|that|so)\s+(?:\S+\s+)?(?:story|statement|version|account|message|view)\b/i.test(view.text.slice(sp.scopeStart, sp.scopeEnd))
  const spoken = speakers.find((sp) => sp.verbEnd > sp.verbStart && sp.end > sp.start && saysSomething(sp) && !/\b(?:according|reported\s+by|citing)\b/i.test(view.text.slice(sp.verbStart, sp.verbEnd))
    && !CIVIL_SPEAKER.test(view.text.slice(sp.start, sp.end)) && !CIVIL_SPEAKER.test(sp.attribution)
    // ('"We heard explosions," said Abu Ahmad, a resident of X': a name whose apposition makes it a civilian's)
    && !CIVIL_APPOSITION.test(view.text.slice(sp.end, sp.end + 60)) && !RETRACTED.test(view.text.slice(sp.start, sp.end)) && !sp.actor?.media
    // monitors report facts; "Neither X nor Y acknowledged …" says nothing
    && !(sp.actor && (lex.byId.get(sp.actor.actorId)?.tags ?? []).includes('monitor'))
    && !/^(?:neither|no|none|nobody)\b/i.test(view.text.slice(sp.start, sp.end)) && !/\b(?:not|n't|never|declined\s+to)\s+$/i.test(view.text.slice(Math.max(0, sp.verbStart - 12), sp.verbStart))
    && !hasEventIn(sp.verbStart, sp.verbEnd) && someClaimWithoutEvent(sp))
  if (spoken && (events.length === 0 || !events.some((e) => e.type === 'statement' || e.type === 'denial' || e.type === 'call_to_action'))) {
    const clause = clauseAt(view.text, spoken.verbStart)
    // ("Saudi Arabia, Qatar and Egypt condemned …": the countries that speak are not where their words place anything.)
    // (A town in the phrase may still locate them: "the Salvation Government in Idlib said it would send teams".)
    const unspoken = { ...view, places: view.places.filter((p) => p.ann.precision !== 'country' || p.end <= spoken.start || p.start >= spoken.end) }
    const place = placesFor(unspoken, 'statement', spoken.verbEnd, spoken.verbEnd, view.text.length, clause.start)[0] ?? null
    // A statement is dated by the day it was made: "said on Tuesday", "On Friday, X said" — not by what it talks about.
    const near = speechDate(view, spoken, CONDEMNS.test(view.text.slice(spoken.verbStart, spoken.verbEnd)))
    const when = near
      ? { date: near.ann.value, dateEnd: near.ann.end, datePrecision: near.ann.precision, dateText: view.text.slice(near.start, near.end), stated: true }
      : undated(dateFor({ ...view, dates: [] }, { start: spoken.verbStart, end: spoken.verbStart }, clause, '', published), filedUnder(doc, view.base))
    const opponent = spoken.party ? opponentActivity(lex, view, spoken, published) : null
    const actors: NewEvent['actors'] = [
      ...listedSpeakers(view, spoken).map((a) => ({ actorId: a.actorId, role: 'initiator' as const })),
      ...(opponent ? [{ actorId: opponent, role: 'target' as const }] : []),
    ]
    events.push({
      ...base('statement', 'speech'), actors, place,
      date: when.date, dateEnd: when.dateEnd, datePrecision: when.datePrecision, dateText: when.dateText,
      // "expressed the group's intention to build Syria": an announced aim is planned; a party's account of what an
      // armed opponent is doing ("an uptick in the movement of Islamic State militants") is a claim.
      // ("said Turkey would not allow a corridor on its border": a vow told in reported speech is planned too.)
      modality: (PLANNED_CUE.test(view.text.slice(spoken.scopeStart, spoken.scopeEnd)) || REPORTED_VOW.test(view.text.slice(spoken.scopeStart, spoken.scopeEnd))) && !/\bno\s+(?:plans?|intention)\b/i.test(view.text.slice(spoken.scopeStart, spoken.scopeEnd))
        // (A condemnation is said, whatever it condemns: "Egypt condemned Israel's incursion" is Egypt's statement.)
        ? 'planned' : opponent && !CONDEMNS.test(view.text.slice(spoken.verbStart, spoken.verbEnd)) ? 'claimed' : 'asserted',
      attribution: spoken.attribution, quantities: {},
    })
  }

  // "Assad vowed on Sunday to crush the terrorists", "Turkey pledged to keep up pressure": a vow that names no act the
  // rules know is a statement of intent by the one who vows (planned, as an announced aim). A vow that names an act
  // ("vowed to retake X") is that act, planned, and no speech verb takes its doer away.
  const vow = events.length === 0 ? VOW.exec(view.text) : null
  const vower = vow ? view.actors.filter((a) => !a.media && a.end <= vow.index && /^\s+(?:(?:has|have|had|also|again|publicly|once\s+more)\s+)*$/i.test(view.text.slice(a.end, vow.index))).pop() : undefined
  if (vow && vower && (vower.party || vower.kind === 'person')) {
    const when = dateFor(view, { start: vow.index, end: vow.index + vow[0].length }, clauseAt(view.text, vow.index), '', published)
    events.push({
      ...base('statement', 'vow'), actors: [{ actorId: vower.actorId, role: 'initiator' }], place: null,
      date: when.date, dateEnd: when.dateEnd, datePrecision: when.datePrecision, dateText: when.dateText,
      modality: 'planned', attribution: vower.name, quantities: {},
    })
  }

  // One event per type, place and modality in a sentence ("appealed to residents …, urging them to rise up").
  // "took Manbij after the SDF withdrew": a withdrawal merged into the capture of the same place gives it the
  // previous holder as target.
  const seen = new Map<string, number>()
  const merged: NewEvent[] = []
  for (const e of events) {
    // "killing nine civilians in Belmira and Tessen", "thousands displaced from Qorvath and Tessen": one count of
    // people over several places is one event, at the first place named; an event per place would count the same
    // dead or displaced once for each place.
    if (sameCount(e, merged)) continue
    // ("50,000 fled X and Y, though officials put the number of displaced at 100,000": "the number of displaced"
    // counts the flight already told, with another source's figure; the first keeps its own.)
    const hitAt = hitsAt.get(e)
    if (hitAt !== undefined && COUNT_NOUN_BEFORE.test(view.text.slice(Math.max(0, hitAt - 20), hitAt)) && merged.some((k) => k.type === e.type)) continue
    // ("the army said troops pushed insurgents back near X, while the factions said they took towns near X": two
    // sides' claims are two claims.)
    const k = `${e.type}|${e.place?.placeId ?? ''}|${e.modality}|${e.by === 'extract-events:advance' ? 'adv' : ''}|${e.modality === 'claimed' ? e.attribution ?? '' : ''}`
    const at = seen.get(k)
    if (at === undefined) { seen.set(k, merged.length); merged.push(e); continue }
    let kept = merged[at] as NewEvent
    // "the SDF pulled out of the city, which it had taken last week": two acts at one place, each with a date of its
    // own days apart, are two events.
    if (e.dateText !== null && kept.dateText !== null && e.date !== null && kept.date !== null && Math.abs(daysBetween(e.date, kept.date)) > 1) { merged.push(e); continue }
    // "Shelling killed three people, and dozens were wounded": each clause's figures, and the victims it names, go to
    // the one toll.
    // (a count of a kind the toll already has is not joined to it in part: "100,000 crossed …, while thousands
    // returned" keeps 100,000, without the bounds of "thousands")
    const counted = (q: string) => q in kept.quantities || q.replace(/_(?:low|high)$/, '') in kept.quantities
    // ("The clashes left 21 fighters dead, while drones struck a car, killing two civilians": a second count of the dead
    // in a clause of its own, with its own victims, is another toll.)
    if (e.type === 'casualties' && 'killed' in e.quantities && 'killed' in kept.quantities && e.quantities.killed !== kept.quantities.killed
      && e.actors.some((a) => a.role === 'target') && !e.actors.some((a) => a.role === 'target' && kept.actors.some((x) => x.actorId === a.actorId))) { merged.push(e); continue }
    if (e.type === 'casualties' || Object.keys(e.quantities).some((q) => !counted(q))) {
      const added = Object.fromEntries(Object.entries(e.quantities).filter(([q]) => !counted(q)))
      const victims = e.type === 'casualties' ? e.actors.filter((a) => a.role === 'target' && !kept.actors.some((x) => x.actorId === a.actorId)) : []
      merged[at] = kept = { ...kept, actors: [...kept.actors, ...victims], quantities: { ...kept.quantities, ...added } }
    }
    // "Fighting moved to X, where SNA factions attacked SDF positions": one battle, with the sides the second names.
    if (kept.actors.length === 0 && e.actors.length > 0 && e.type !== 'statement') merged[at] = kept = { ...kept, actors: e.actors }
    // (not "entered the city, which the SDF had held since the army withdrew last week": a withdrawal dated apart)
    if (e.type === 'territory_change' && isWithdrawal(e) && !isWithdrawal(kept) && (e.dateText === null || (e.date !== null && kept.date !== null && Math.abs(daysBetween(e.date, kept.date)) <= 1))) {
      const lost = e.actors.filter((a) => a.role === 'target' && !kept.actors.some((x) => x.actorId === a.actorId))
      if (lost.length) merged[at] = { ...kept, actors: [...kept.actors, ...lost] }
    }
  }
  events = merged.map((e) => withCaptureSides(e, merged))
  return { events, lastSpeaker: speakers.length ? lastSpeaker : speechActor(view, events) ?? lastSpeaker }
}

// "the number of displaced", "the count of dead": a count of people already told of
const COUNT_NOUN_BEFORE = /\b(?:number|count|tally)\s+of\s+(?:the\s+)?(?:people\s+)?$/i

/** An earlier toll or flight of the sentence with the same figures, told of another place. */
function sameCount(e: NewEvent, earlier: readonly NewEvent[]): boolean {
  if ((e.type !== 'casualties' && e.type !== 'displacement') || Object.keys(e.quantities).length === 0) return false
  const figures = JSON.stringify(Object.entries(e.quantities).sort())
  return earlier.some((k) => k.type === e.type && k.modality === e.modality && k.place?.placeId !== e.place?.placeId
    && JSON.stringify(Object.entries(k.quantities).sort()) === figures)
}

/**
 * "The SNA captured Manbij from the SDF after days of clashes": the fighting that won a place was against the force
 * that lost it, when the battle has the captor as its only side.
 */
function withCaptureSides(e: NewEvent, sentence: readonly NewEvent[]): NewEvent {
  if (e.type !== 'battle' || e.actors.some((a) => a.role === 'target')) return e
  const by = e.actors.filter((a) => a.role === 'initiator')
  // ("… captured Manbij from the SDF on Monday after days of fighting": the one side the battle found is the loser named
  // just before it; the fight was the captor's against it.)
  const lostBy = by.length === 1 ? sentence.find((x) => x.type === 'territory_change' && x.modality === e.modality
    && x.actors.some((a) => a.role === 'target' && a.actorId === by[0]?.actorId) && x.actors.some((a) => a.role === 'initiator')) : undefined
  if (lostBy) return { ...e, actors: [...lostBy.actors.filter((a) => a.role === 'initiator'), ...lostBy.actors.filter((a) => a.role === 'target')] }
  if (by.length !== 1) return e
  const capture = sentence.find((x) => x.type === 'territory_change' && x.modality === e.modality && x.actors.some((a) => a.role === 'initiator' && a.actorId === by[0]?.actorId))
  const lost = capture?.actors.filter((a) => a.role === 'target') ?? []
  return lost.length ? { ...e, actors: [...e.actors, ...lost] } : e
}

interface DocMentions {
  readonly actors: readonly ActorAnnotation[]
  readonly places: readonly PlaceAnnotation[]
  readonly dates: readonly DateAnnotation[]
  readonly party: Map<string, boolean>
}

// A person's fighters are those of the group he leads, belongs to or speaks for.
const PERSON_OF_GROUP: ReadonlySet<string> = new Set(['leads', 'member_of', 'spokesperson_of'])

const SPEAKS_FOR: ReadonlySet<string> = new Set(['spokesperson_of'])
const ACTS_OF_FORCE: ReadonlySet<EventType> = new Set(['territory_change', 'battle', 'strike', 'deployment'])

/**
 * "Colonel X, a spokesman for the military operations command, announced the 'complete liberation' of Homs": a
 * spokesman does not take towns; the force he speaks for does.
 */
function forSpokesmen(lex: ActorLexicon, type: EventType, roles: readonly EventActor[], date: string | null): EventActor[] {
  if (!ACTS_OF_FORCE.has(type)) return [...roles]
  const out: EventActor[] = []
  for (const a of roles) {
    const group = a.role === 'initiator' && lex.byId.get(a.actorId)?.kind === 'person'
      ? affiliationChain(lex, a.actorId, date, SPEAKS_FOR).find((x) => x !== a.actorId && lex.byId.get(x)?.kind === 'armed_group') : undefined
    const actorId = group ?? a.actorId
    if (!out.some((x) => x.actorId === actorId)) out.push({ actorId, role: a.role })
  }
  return out
}

/** The armed group a person leads, belongs to or speaks for, as a reference at the person's place; null when none. */
function groupOf(lex: ActorLexicon, person: ActorRef, date: string | null): ActorRef | null {
  const id = affiliationChain(lex, person.actorId, date, PERSON_OF_GROUP).find((x) => lex.byId.get(x)?.kind === 'armed_group')
  const group = id ? lex.byId.get(id) : undefined
  return group ? { ...person, actorId: group.id, name: group.name, kind: group.kind, party: true } : null
}

// A person's men told as his: "X's fighters", "X's forces"; "fighters loyal to X", "troops commanded by X", "men under X".
const MEN = String.raw`(?:fighters|forces|troops|men|militants|gunmen|militiamen|units|loyalists|soldiers)`
const MEN_OF_AFTER = new RegExp(String.raw`^['’]s?\s+(?:\S+\s+)?${MEN}\b`, 'i')
const MEN_OF_BEFORE = new RegExp(String.raw`\b${MEN}\s+(?:(?:still\s+)?loyal\s+to|under(?:\s+the\s+command\s+of)?|commanded\s+by|led\s+by|headed\s+by|belonging\s+to)\s+(?:the\s+)?(?:\S+\s+)?$`, 'i')
/** The person mention `a` names men he commands ("Jolani's fighters", "forces loyal to Mazloum Abdi"). */
const commandsMen = (text: string, a: { start: number; end: number }) => MEN_OF_AFTER.test(text.slice(a.end, a.end + 30)) || MEN_OF_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start))

/** Builds the sentence view: mentions inside it, relative offsets, anaphors resolved against `recent`. */
function viewOf(doc: Doc, lex: ActorLexicon, m: DocMentions, sent: SentenceAnnotation, recent: readonly ActorRef[], previousSubject: ActorRef | null,
  homeState: Omit<ActorRef, 'start' | 'end'> | null = null, titled: TitledPeople = new Map()): SentenceView {
  const base = sent.span.start
  const text = doc.text.slice(sent.span.start, sent.span.end)
  const published = doc.meta.publishedAt
  const partyOf = (id: ActorId) => {
    let p = m.party.get(id)
    if (p === undefined) { p = isParty(lex, id, published); m.party.set(id, p) }
    return p
  }
  const tagsOf = (id: string): readonly string[] => lex.byId.get(id)?.tags ?? []
  const named: ActorRef[] = m.actors.filter((a) => contains(sent.span, a.span)).map((a) => ({
    start: a.span.start - base, end: a.span.end - base, actorId: a.actorId, name: a.name, kind: a.actorKind,
    // (a government's own outlet speaks for that government: its word is a claim)
    party: partyOf(a.actorId) || tagsOf(a.actorId).includes('state-media'), media: tagsOf(a.actorId).includes('media'),
  }))
  // ("Jolani's fighters", "forces loyal to Mazloum Abdi": a leader's men are his group's; the group acts and is hit.)
  const own = named.map((a) => (a.kind === 'person' && commandsMen(text, a) ? groupOf(lex, a, published) ?? a : a))
  const force = homeState ? forceOfState(lex, homeState.actorId, null) : undefined
  const forceRef = (f: { id: ActorId; name: string; kind: ActorRef['kind'] } | undefined): Omit<ActorRef, 'start' | 'end'> | null =>
    f ? { actorId: f.id, name: f.name, kind: f.kind, party: true, media: false } : null
  const homeForce = forceRef(force)
  // (the force a state's or its leader's name stands for, for a bare "troops")
  const forceOf = (a: ActorRef): Omit<ActorRef, 'start' | 'end'> | null => {
    if (a.kind === 'state_force') return a
    const state = stateOfActor(lex, a.actorId, a.kind)
    return forceRef(state ? forceOfState(lex, state, null) : undefined)
  }
  // ("Netanyahu ordered the army to take the zone. … Troops also took Mount Hermon": where another state's force or leader
  // was named in the paragraphs just before, a bare "troops" is not taken for the home army.)
  const foreignNear = m.actors.some((a) => a.span.end <= base && a.span.start >= base - FOREIGN_FORCE_REACH && a.actorId !== homeForce?.actorId
    && forceOf({ start: 0, end: 0, actorId: a.actorId, name: a.name, kind: a.actorKind, party: true, media: false }) !== null
    && forceOf({ start: 0, end: 0, actorId: a.actorId, name: a.name, kind: a.actorKind, party: true, media: false })?.actorId !== homeForce?.actorId)
  const actors = [...own, ...resolveAnaphors(text, own, recent, previousSubject, homeState, (person) => groupOf(lex, person, published), titled, foreignNear ? null : homeForce, forceOf)].sort((a, b) => a.start - b.start)
  const places = m.places.filter((p) => contains(sent.span, p.span)).map((ann) => ({ start: ann.span.start - base, end: ann.span.end - base, ann }))
  const dates = m.dates.filter((d) => contains(sent.span, d.span)).map((ann) => ({ start: ann.span.start - base, end: ann.span.end - base, ann }))
  return { base, text, actors, places, dates }
}

// "This marks the third major city to fall …", "It was the second provincial capital to be taken": the sentence
// counts a capture just reported, whose place it does not repeat.
const COUNTS_LAST_CAPTURE = /^\s*(?:this|that|it)\s+(?:\S+\s+){0,2}?(?:marks?|marked|is|was|became|makes?|made)\s+(?:it\s+)?(?:the\s+)?(?:\S+\s+){1,3}?(?:city|cities|town|village|capital|stronghold)\s+to\s+(?:fall|be\s+(?:captured|taken|seized|lost))\b/i

/** The capture a counting sentence refers back to, as an event of this sentence; null when it names that place itself. */
function referredCapture(text: string, events: readonly NewEvent[], last: NewEvent | null): NewEvent | null {
  if (!last?.place || !COUNTS_LAST_CAPTURE.test(text)) return null
  const own = events.filter((e) => e.type === 'territory_change')
  if (own.length === 0 || own.some((e) => e.place?.placeId === last.place?.placeId)) return null
  const model = own[0] as NewEvent
  const targets = model.actors.filter((a) => a.role === 'target' && !last.actors.some((x) => x.actorId === a.actorId))
  return {
    ...model, by: `${model.by}+reference-back`, place: last.place, actors: [...last.actors.filter((a) => a.role === 'initiator'), ...targets],
    date: last.date, dateEnd: last.dateEnd, datePrecision: last.datePrecision, dateText: last.dateText, modality: last.modality,
  }
}

// "Israel has carried out more than 350 strikes across Syria. The strikes hit air bases in Latakia": the strikes named
// again, as the subject opening the next sentence.
// ("The Observatory said the raids destroyed the airport": the same after a source, the damage they did theirs.)
const STRIKES_AGAIN = /^\s*(?:[^,.;]{0,60}?\b(?:said|says|reported)\s+(?:that\s+)?)?(?:the|these|those|its|their)\s+(?:\S+\s+)?(?:air\s?-?strikes|strikes|raids|air\s+raids|bombardments?|shelling)\b/i

/** A sentence's events, a strike told again ("The strikes hit …") given the initiators (and time) of `last`, the strike just told. */
function strikesToldAgain(text: string, events: readonly NewEvent[], last: NewEvent | null): NewEvent[] {
  const by = last?.actors.filter((a) => a.role === 'initiator') ?? []
  if (by.length === 0 || !STRIKES_AGAIN.test(text)) return [...events]
  // (With no date of its own, the strikes told again are of the time told before.)
  const when = (e: NewEvent) => (e.dateText === null && last
    ? { date: last.date, dateEnd: last.dateEnd, datePrecision: last.datePrecision, dateText: last.dateText } : {})
  return events.map((e) => ((e.type === 'strike' || e.type === 'infrastructure_damage') && !e.actors.some((a) => a.role === 'initiator') ? { ...e, ...when(e), actors: [...by, ...e.actors] } : e))
}

/**
 * Events of one Arabic sentence (./extract-events/arabic.ts): one per trigger, its place the nearest event place,
 * its figures (./extract-events/arabic-figures.ts); a speaker whose words report no event made a statement.
 * `earlier` are the actors of the sentences before, for sources named short ("المرصد" after its full name); `hits` and
 * `sources` are the sentence's triggers and sources, found once for it (arabicSources reads the triggers too).
 */
function arabicEventsOfSentence(doc: Doc, lex: ActorLexicon, sent: SentenceAnnotation, view: SentenceView, earlier: readonly EarlierActor[],
  hits: readonly ArabicHit[], sources: readonly ArabicSource[]): NewEvent[] {
  const published = doc.meta.publishedAt
  const out: NewEvent[] = []
  const fronted = frontedPlace(view)
  // History is dated by its year when the sentence gives one ("عام 2011"), never by the publication date. Other
  // events take the date the date stage read nearest them in the sentence ("8 كانون الأول", "أمس", "مساء الخميس").
  const dated = (at: number, modality: Modality, year: number | null = null) => {
    if (modality === 'background') {
      return year !== null ? { date: `${year}-01-01`, dateEnd: `${year}-12-31`, datePrecision: 'year' as const, dateText: String(year) }
        : { date: null, dateEnd: null, datePrecision: null, dateText: null }
    }
    const { date, dateEnd, datePrecision, dateText } = dateFor(view, { start: at, end: at }, { start: 0, end: view.text.length }, '', published)
    return { date, dateEnd, datePrecision, dateText }
  }
  for (const h of hits) {
    const parts = arabicEvent(view, h, published, sources, earlier)
    if (parts.modality === null) continue
    // "سيطرت الفصائل على الرستن وتلبيسة": one event per place listed, as in English.
    const speech = parts.type === 'statement' || parts.type === 'denial' || parts.type === 'call_to_action'
    const found = placesFor(speech ? withoutSpeakingCountries(view, h.end) : view, parts.type, h.start, h.end, arabicScopeEnd(view, h), 0)
    // A fronted "وفي X،" is where it happened, unless the trigger names a place of its own as precise.
    const places = fronted && found.every((p) => p.precision === 'region' || p.precision === 'country') ? [toEventPlace(fronted)] : found
    // "ودانت الأردن … التوغل" (Jordan condemned the incursion): a speech act's maker is its source when no one else is
    // named, as in English.
    const maker = speech ? parts.actors.find((a) => a.role === 'initiator')?.actorId : undefined
    const attribution = parts.attribution ?? (maker ? lex.byId.get(maker)?.name ?? null : null)
    for (const place of places.length > 0 ? places : [null]) {
      const e: NewEvent = {
        kind: 'event', span: sent.span, sentence: sent.id, by: `extract-events:${h.trigger.rule}`, type: parts.type,
        actors: parts.actors, place, ...dated(h.start, parts.modality, parts.year), modality: parts.modality,
        attribution, quantities: arabicFigures(parts.type, view.text),
      }
      // "تسيطر على المدينة بعد انسحاب القوات الحكومية منها": a capture and the withdrawal that made it are one change.
      const same = out.findIndex((x) => x.type === e.type && x.place?.placeId === e.place?.placeId && x.modality === e.modality)
      const kept = out[same]
      if (!kept) out.push(e)
      else out[same] = { ...kept, actors: [...kept.actors, ...e.actors.filter((a) => !kept.actors.some((k) => k.actorId === a.actorId))] }
    }
  }
  const monitor = (a: ActorRef) => (lex.byId.get(a.actorId)?.tags ?? []).includes('monitor')
  const statement = arabicStatement(view, sources, out.length > 0, monitor)
  if (statement) {
    const { source } = statement
    const place = placesFor(withoutSpeakingCountries(view, source.cueEnd), 'statement', source.cueEnd, source.cueEnd, view.text.length, 0)[0] ?? null
    out.push({
      kind: 'event', span: sent.span, sentence: sent.id, by: 'extract-events:ar-speech', type: 'statement',
      actors: source.actor && !source.actor.media ? [{ actorId: source.actor.actorId, role: 'initiator' }] : [], place,
      ...dated(source.cueStart, statement.modality), modality: statement.modality, attribution: attributionOf(view, source), quantities: {},
    })
  }
  return out
}

/**
 * "Wednesday, 25 December: Gunmen killed … Ten others were wounded.": in a timeline or roundup, a date that opens a
 * paragraph as its heading dates the paragraph's events that name no date of their own. Null when the paragraph of
 * `at` opens with no such heading.
 */
function headingDate(text: string, dates: readonly DateAnnotation[], at: number): DateAnnotation | null {
  const para = text.lastIndexOf('\n', at - 1) + 1
  const lead = text.slice(para, para + 4).match(/^[\s\-–—•*]*/)?.[0].length ?? 0
  return dates.find((d) => d.span.start === para + lead && d.value !== null
    && /^(?:,?\s+(?:night|morning|evening|afternoon))?\s*[:–—]\s/i.test(text.slice(d.span.end, d.span.end + 14))) ?? null
}

/** The event dated by its paragraph's heading when it has no date of its own and is no history. */
function datedByHeading(e: NewEvent, heading: DateAnnotation, text: string): NewEvent {
  if (e.dateText !== null || e.modality === 'background') return e
  return { ...e, date: heading.value, dateEnd: heading.end, datePrecision: heading.precision, dateText: text.slice(heading.span.start, heading.span.end) }
}

/** The view with a sentence-opening "Rebels also …" read as the taker of `capture` just told (also-continues.ts). */
function continuingCaptor(lex: ActorLexicon, view: SentenceView, capture: NewEvent | null, published: string | null): SentenceView {
  const captor = capture?.actors.find((a) => a.role === 'initiator')?.actorId
  const actor = captor ? lex.byId.get(captor) : undefined
  const subject = actor ? alsoContinues(view.text, view.actors, { actorId: actor.id, kind: actor.kind }) : null
  if (!subject || !actor) return view
  const as: ActorRef = { ...subject, actorId: actor.id, name: actor.name, kind: actor.kind, party: isParty(lex, actor.id, published) }
  return { ...view, actors: view.actors.map((a) => (a === subject ? as : a)) }
}

// Between an outlet and its own speech verb: adverbs and auxiliaries only ("SANA flatly denied", "the agency has denied").
const OUTLET_SUBJECT_GAP = /^\s+(?:(?:has|had|have|also|later|again|swiftly|quickly|flatly|strongly|firmly|immediately)\s+)*$/i

/**
 * Links each denial to an earlier event of the document it denies (same place, a capture or withdrawal), when its
 * sentence denies a change of control or points back ("denied that its troops had struck the town" answers no
 * capture told there; denied-types.ts).
 */
function linkDenials(events: readonly NewEvent[], text: string): NewEvent[] {
  return events.map((e, i) => {
    if (e.type !== 'denial' || !e.place) return e
    const sentence = text.slice(e.span.start, e.span.end)
    const kinds = deniedTypes(sentence)
    if ((kinds.size > 0 && !kinds.has('territory_change')) || deniesNothingNamed(sentence)) return e
    const target = events.slice(0, i).findIndex((x) => x.type === 'territory_change' && x.place?.placeId === e.place?.placeId)
    return target < 0 ? e : { ...e, denies: `pending:${target}` as AnnId }
  })
}

/** Adds one event annotation per reported happening (and per place), each pointing at its sentence. */
export const extractEvents: Stage = (doc, ctx) => {
  const lex = loadActorLexicon(ctx.theater)
  let recent: ActorRef[] = []
  let previousSubject: ActorRef | null = null
  // "Special Envoy Geir Pedersen …. The Special Envoy called for …": people named with a title, by its head noun.
  const titled = new Map<string, { words: string[]; ref: Omit<ActorRef, 'start' | 'end'> }>()
  let actorless = 0
  let speaker: Speaker | null = null
  let lastCapture: NewEvent | null = null
  let sinceCapture = 0
  let lastStrike: NewEvent | null = null
  const published = doc.meta.publishedAt
  let reportedBefore = false
  const all: NewEvent[] = []
  const mentions: DocMentions = {
    actors: annotationsOf(doc, 'actor'), places: annotationsOf(doc, 'place'), dates: annotationsOf(doc, 'date'), party: new Map(),
  }
  const earlierArabic: EarlierActor[] = []
  const country = focusCountryCode(mentions.places)
  // ("…, the ministry denied on Thursday" in a report of 9 December: the ministry of the state that governed on Thursday.)
  const countryName = country ? countryPlace(country, mentions.places, ctx.theater)?.name ?? null : null
  const dayOf = mentionDates(doc)
  const homeStates = new Map<string | null, ReturnType<typeof homeStateOf>>()
  const homeStateOn = (day: string | null) => {
    if (!homeStates.has(day)) homeStates.set(day, country ? homeStateOf(lex, countryName, day) : null)
    return homeStates.get(day) ?? null
  }
  const regionOf: RegionOf = country ? (direction) => directionRegion(ctx.theater, country, direction) : null
  for (const sent of annotationsOf(doc, 'sentence')) {
    const view = viewOf(doc, lex, mentions, sent, recent, previousSubject, homeStateOn(dayOf(sent.span.start)), titled)
    for (const a of view.actors) {
      const title = a.coreferent ? null : titleBefore(view.text, a)
      if (title) titled.set(title.head, { words: title.words, ref: { actorId: a.actorId, name: a.name, kind: a.kind, party: a.party, media: a.media } })
    }
    if (doc.language === 'ar') {
      const hits = findArabicTriggers(view)
      const sources = arabicSources(view, earlierArabic, hits)
      if (isReportingSentence(view.text)) all.push(...arabicEventsOfSentence(doc, lex, sent, view, earlierArabic, hits, sources))
      // Sources with a known actor too, for a short reference back ("المركز" after "المركز الإعلامي لقسد").
      const named = sources.filter((x) => x.actor !== null)
      for (const a of view.actors) if (!a.coreferent) earlierArabic.push({ surface: view.text.slice(a.start, a.end), ref: a })
      for (const x of named) if (x.actor) earlierArabic.push({ surface: view.text.slice(x.start, x.end), ref: x.actor, source: true })
    } else if (isReportingSentence(view.text)) {
      const seen = continuingCaptor(lex, view, sinceCapture <= 2 ? lastCapture : null, published)
      const r = eventsOfSentence(doc, lex, sent, seen, speaker, regionOf, ctx.theater, !reportedBefore, country)
      reportedBefore = true
      const referred = referredCapture(view.text, r.events, lastCapture)
      const heading = headingDate(doc.text, mentions.dates, sent.span.start)
      const events = strikesToldAgain(view.text, r.events, lastStrike)
      all.push(...(referred ? [referred] : []), ...(heading ? events.map((e) => datedByHeading(e, heading, doc.text)) : events))
      lastStrike = events.find((e) => e.type === 'strike' && e.modality !== 'background') ?? null
      const capture = [...r.events].reverse().find((e) => e.type === 'territory_change' && e.place && e.modality !== 'background' && e.modality !== 'hypothetical')
      sinceCapture = capture ? 1 : sinceCapture + 1
      lastCapture = capture ?? lastCapture
      speaker = r.lastSpeaker
    }
    // A subhead ("On the offensive:") or a sentence that only refers back ("what he said") does not end the reach of
    // the sentences before it (coreference.ts: two sentences back); a sentence about something else does.
    const refersOnly = view.actors.length > 0 && view.actors.every((a) => a.coreferent)
    // ("The Special Envoy called for …. He also …": a subject referred back to is still the subject.)
    if (refersOnly) previousSubject = view.actors.find((a) => !a.media) ?? previousSubject
    if ((refersOnly || (view.actors.length === 0 && !isReportingSentence(view.text))) && ++actorless <= 2) continue
    actorless = 0
    // "the offensive led by HTS": an actor in a modifier is no antecedent.
    recent = view.actors.filter((a) => !a.coreferent && !a.media && !isModifier(view.text, a)).slice(-4)
    previousSubject = view.actors.find((a) => !a.media) ?? null
  }
  // Ids are given in order by addAnnotations: the n-th event added becomes "ann:event:<k+n>".
  const firstIndex = annotationsOf(doc, 'event').length
  // "An official said the group had handed the city over to …" with no town named before: nothing known changed hands
  // (not the whole country); what is left is that someone said so.
  const placed = inheritContextPlaces(carryLeadDay(all, mentions.dates, published), doc.text, mentions.places, ctx.theater, mentions.actors.map((a) => a.span), published)
    .flatMap((e): NewEvent[] => !/:hand-over(?:\+focus-country)?$/.test(e.by) || (e.place !== null && e.place.precision !== 'country') ? [e]
      : e.attribution === null ? [] : [{ ...e, type: 'statement', by: 'extract-events:speech', actors: [], modality: 'asserted', quantities: {} }])
  const regionalized = withPreviousHolder(withEarlierTaker(regionalActors(placed, lex, doc.text, mentions.actors, mentions.places, published)), lex, ctx.theater, published)
  const linked = linkDenials(regionalized, doc.text).map((e) => e.denies && String(e.denies).startsWith('pending:')
    ? { ...e, denies: `ann:event:${firstIndex + Number(String(e.denies).slice(8))}` as AnnId }
    : e)
  return addAnnotations(doc, linked as NewAnnotation[])
}
