// Modality of one event from the words around its trigger (DESIGN.md): background, hypothetical, denied,
// projected, planned, claimed, asserted — checked in that order, the first cue that applies wins.
import { daysBetween } from '../../../core/dates.ts'
import type { Modality } from '../../../core/types.ts'
import { clauseAt, withoutInnerAsides } from './clauses.ts'
import { SINCE_THEN, withoutNamingYears } from './dates.ts'
import type { Speaker } from './speakers.ts'

// "in 2016", "13 years ago", "years ago", "nearly a decade after" — dated history
const YEAR = /\b(?:in|since|by|until|of)\s+(?:\w+\s+)?((?:19|20)\d\d)\b|\b((?:19|20)\d\d)(?:\s*[-–]\s*(?:19|20)?\d\d)?\s+(?:offensive|war|campaign|battle|siege|uprising)\b/gi
const HISTORY = /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|several|many|some|a\s+few)\s+)?years\s+ago\b|\bdecades?\s+ago\b|\b(?:nearly|almost|more\s+than)\s+a\s+decade\b|\bduring\s+the\s+peak\s+years\b|\bin\s+the\s+(?:early|first|peak)\s+years\b|\bin\s+recent\s+(?:months|years)\b|\bover\s+the\s+(?:past|last)\s+(?:decade|(?:\w+\s+)?years)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+years\s+(?:in\s+which|during\s+which|of|when)\b|\b(?:over|during|in)\s+the\s+(?:following|subsequent|ensuing)\s+(?:decades?|years)\b|\bin\s+the\s+years\s+that\s+followed\b|(?<!\b(?:\w+est|worst|first|best|most)\b[^,.;]{0,40})(?:\bduring\s+the\s+(?:(?:civil|long|[\w-]+-year)\s+)?(?:war|conflict)\b|\bfor\s+(?:many\s+)?(?:years|decades)\b|\bfor\s+more\s+than\s+a\s+decade\b)/gi
// "for the first time since 2016", "the deadliest day since 2020": a first or a superlative before "since <year>".
const GAP_SINCE = /(\b(?:first|only|biggest|largest|heaviest|deadliest|bloodiest|worst|fiercest|strongest|most)\b[^.;,]{0,80}?)\bsince\s+(?:\w+\s+)?(?:19|20)\d\d\b/gi
// "nearly a decade after having been forced out": a cue before "after/before/since" dates what follows it.
const FORWARD = /^\s*(?:after|before|since|following)\b/i
// "if rebels were to capture", "capturing the city would sever"
const CONDITIONAL = /\b(?:if|were\s+to|unless|in\s+case)\b/i
// The condition an intent is put on, after its act: "… if Damascus asked", "… unless the army withdrew" (not "asked if").
const CONDITION_AFTER = /^[^.;:]*?(?<!\b(?:ask(?:s|ed)?|know|see|wonder(?:s|ed)?|unclear|clear|whether|as|even)\s+)\b(?:if|unless|provided\s+that|on\s+condition\s+that|in\s+case)\b/i
// "had no plans to send troops", "has no intention of deploying": a plan denied
// "entered the capital without any sign of army deployment", "took the town without a fight": what did not happen beside it
const NEGATION = /\b(?:not|never|no\s+longer|failed\s+to|n't)\s+(?:\S+\s+){0,2}$|\bno\s+(?:plans?|intention|desire|wish)\s+(?:to|of)\s+$|\bwithout\s+(?:(?:any|a|an|the|further|more|major|serious|significant|(?:signs?|traces?|evidence|word|reports?)\s+of)\s+){0,3}(?:[\w-]+\s+)?$|\bno\s+(?:reports?|signs?|evidence|word|news|indications?|traces?)\s+of\s+(?:any\s+)?(?:[\w-]+\s+)?$/i
// "could be forced to flee", "it is probable Tehran will need to supply"
const PROJECTED = /\b(?:could|may|might|likely|probabl[ey]|expected\s+to|poised\s+to|threaten(?:s|ed|ing)?\s+to|at\s+risk|fear(?:s|ed)?\s+(?:that|of)|forecast)\b/i
// A fear, worry or concern whose clause tells of the act with a modal: "feared (that) the city would be", "worried
// rebels will", "concern that the fighting could" (not "instilled fear across …", no clause of its own).
const FEARED = /\b(?:fear(?:s|ed|ing)?|worr(?:y|ies|ied|ying)|concerns?|concerned|afraid|apprehensive|anxious|dread(?:s|ed)?)\s+(?:that\s+)?(?!of\b|for\b|over\b|about\b)[^,;.:]{0,80}?\b(?:would|will|could|might|may|was\s+going\s+to|were\s+going\s+to)\b[^,;.:]*$/i
// A verb in the past that opens a trigger: "shelled", "seized", "took control", "fell", "struck".
const PAST_FINITE = /^(?:[a-z]{2,}ed|took|fell|struck|hit|shot|overran|left|fought|won|lost|drove|broke|began|sent|stormed|swept|withdrew|fled|came)\b/i
// What may stand between "and" and such a verb as its subject: "Turkish-backed factions", "the SNA", "rebels", "government jets".
const JOINED_SUBJECT = /\s(?:and|but)\s+((?!(?:then|also|later|immediately|subsequently|thus|so|to|not|never)\b)(?:[\p{L}'’.-]+\s+){1,5}?)(?:(?:had|have|has|also|then|later|reportedly|quickly|swiftly)\s+)*$/iu
const NOT_SUBJECT_WORD = /\b(?:to|will|would|could|may|might|shall|should|must|can|be|been|being)\b|\w+ly\b/i

/** The part of `pre` after an "and" that opens a clause of its own before a past-tense trigger, else all of `pre`. */
function ownClauseAfterAnd(pre: string, triggerText: string): string {
  if (!PAST_FINITE.test(triggerText)) return pre
  const j = JOINED_SUBJECT.exec(pre)
  if (!j?.[1] || NOT_SUBJECT_WORD.test(j[1])) return pre
  return pre.slice((j.index ?? 0) + 1)
}

// "estimated that 1.5 million could flee" looks ahead; "estimate that 40,000 people fled" counts what happened.
const ESTIMATE = /\bestimate[sd]?\s+that\b/i
// (a verb trigger may hold its particle: "returned to", "crossed into")
const PAST_TRIGGER = /(?:ed|fled|fell|took|left|died|lost\s+their\s+lives)(?:\s+(?:to|into|from|in|back|out|home))?$/i
// A noun trigger's own past verb right after it: "refugees returned", "people had fled", "families crossed".
const PAST_COUNT_AFTER = /^\s+(?:had\s+|have\s+|has\s+)?(?:already\s+)?(?:returned|fled|crossed|left|arrived|died|been\s+\w+ed)\b/i
// "will send", "plans to deploy", "promised extra aid", "measures to … deploy additional forces"
// ("vowed on Wednesday to retake", "plans again to send", "agreed late on Sunday to withdraw": a day or an adverb may
// stand between the verb of intent and its "to".)
const WHEN_BETWEEN = String.raw`(?:\s+(?:(?:late\s+|early\s+)?on\s+\p{Lu}\w+|yesterday|today|tonight|again|also|now|\w+ly))?`
export const PLANNED_CUE = new RegExp(String.raw`\b(?:will|shall|'ll|intention|going\s+to|promis(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|(?:plan(?:s|ned|ning)?|intend(?:s|ed)?|aim(?:s|ed|ing)?|vow(?:s|ed)?|ready|decided|agreed|set)${WHEN_BETWEEN}\s+to|prepar(?:e|es|ed|ing)${WHEN_BETWEEN}\s+(?:to|for|a|an)|measures\s+to|steps\s+to|would\s+start|order(?:ed|s)\s+(?:\S+\s+){0,3}to)\b`, 'iu')

export interface ModalityInput {
  readonly text: string
  readonly triggerStart: number
  readonly triggerEnd: number
  readonly triggerText: string
  /** ISO date of the event, when known, and the publication date, to tell history from news. */
  readonly eventDate: string | null
  readonly published: string | null
  readonly speaker: Speaker | null
  /** The speaker's own verb is the trigger ("HTS claimed control of …"). */
  readonly speakerVerbIsTrigger: boolean
  /** Other triggers of the sentence: a year beyond one of them dates that one, not this. */
  readonly others?: readonly { readonly start: number; readonly end: number }[]
}


/** The comma-delimited stretch around the trigger: where a year or a tense cue still belongs to it. */
function segment(text: string, start: number, end: number): { text: string; start: number } {
  const from = Math.max(text.lastIndexOf(',', start - 1), text.lastIndexOf(';', start - 1)) + 1
  const comma = text.slice(end).search(/[,;]/)
  return { text: text.slice(from, comma < 0 ? text.length : end + comma), start: from }
}

/** True when the event is dated history well before the publication date. */
export function isBackground(m: ModalityInput): boolean {
  if (m.eventDate && m.published && daysBetween(m.eventDate, m.published) > 45) return true
  // ("shelled the town in breach of the 2020 ceasefire": the year names the ceasefire, not when the shelling was.)
  // ("the first time rebels have entered the city since 2016", "the heaviest raids since 2020": "since" measures the
  // gap before today's act, which is news; an act told after the year, "…since 2016, when troops retook it", is not.)
  const trigger = { start: m.triggerStart, end: m.triggerEnd }
  const text = withoutNamingYears(withoutInnerAsides(m.text, trigger), trigger)
    .replace(GAP_SINCE, (x: string, before: string, at: number) => at + x.length <= m.triggerStart ? x : before + ' '.repeat(x.length - before.length))
  const seg0 = segment(text, m.triggerStart, m.triggerEnd)
  const cutAfter = Math.min(seg0.start + seg0.text.length, ...(m.others ?? []).filter((o) => o.start >= m.triggerEnd).map((o) => o.start))
  const cutBefore = Math.max(seg0.start, ...(m.others ?? []).filter((o) => o.end <= m.triggerStart).map((o) => o.end))
  // "fighting with the force that has run the town since 2016": a relative clause dates its noun, not the event.
  const seg = text.slice(cutBefore, cutAfter).replace(/\b(?:that|which|who)\s+(?:has|have|had)\b[^,.;]*/gi, (x) => ' '.repeat(x.length))
  const segStart = cutBefore
  const applies = (c: RegExpMatchArray) => {
    const end = segStart + (c.index ?? 0) + c[0].length
    return !FORWARD.test(text.slice(end)) || end <= m.triggerStart
  }
  for (const c of seg.matchAll(HISTORY)) if (applies(c)) return true
  const pubYear = m.published ? Number(m.published.slice(0, 4)) : 2024
  // "were taken by government forces …, during the 2019-2020 offensive": a "during <year>" adjunct dates its clause.
  const clause = clauseAt(text, m.triggerStart)
  const during = text.slice(clause.start, clause.end).match(/\bduring\s+(?:the\s+)?(?:\S+\s+)?((?:19|20)\d\d)\b/i)
  if (during && Number(during[1]) < pubYear) return true
  for (const y of seg.matchAll(YEAR)) if (Number(y[1] ?? y[2]) < pubYear && applies(y)) return true
  // "from 2012 until December 2016, when government forces retook the east": a "when" clause happens at that date;
  // "rebels last held it in 2016, before a siege forced them out": a "before" clause, earlier still.
  const when = text.slice(0, m.triggerStart).match(/\b((?:19|20)\d\d)\s*,\s*(?:when|before)\b([^.;]*)$/i)
  if (when && Number(when[1]) < pubYear && !/,\s*(?:and|but|while|as)\b/i.test(when[2] ?? '')) return true
  // "a 1974 ceasefire agreement": the year is part of the trigger itself.
  const own = text.slice(m.triggerStart, m.triggerEnd).match(/\b(?:19|20)\d\d\b/)
  return own !== null && Number(own[0]) < pubYear
}

// "The war, which began in 2011, has killed hundreds of thousands and displaced half the population": the toll of
// the whole war, told as its subject's perfect, is history.
const WAR_TOLL = /^\s*(?:the|syria['’]s|this)\s+(?:\S+\s+){0,2}?(?:war|conflict)\b(?:\s*,[^,]*,)?\s+(?:has|have|had)\s+(?:also\s+)?/i

/** The modality of one event (DESIGN.md): the first cue that applies, in the order the file header gives. */
export function modalityOf(m: ModalityInput): Modality {
  if (isBackground(m)) return 'background'
  const toll = WAR_TOLL.exec(m.text)
  if (toll && /^(?:kill|displac|uproot|wound|injur|dead|death)/i.test(m.triggerText) && toll[0].length <= m.triggerStart
    && !/[;.]|,\s*(?:while|as|but|and)\b/i.test(m.text.slice(toll[0].length, m.triggerStart))) return 'background'
  const clause = clauseAt(m.text, m.triggerStart)
  const pre0 = m.text.slice(clause.start, m.triggerStart)
  const post = m.text.slice(m.triggerEnd, Math.min(clause.end, m.triggerEnd + 40))
  const reported = m.speaker !== null || /\b(?:said|says|told|stated|announced|reported)\b/i.test(m.text.slice(0, m.triggerStart))
  if (CONDITIONAL.test(pre0)) return 'hypothetical'
  // "The SDF agreed to withdraw from X and Turkish-backed factions shelled Y": a clause of its own after "and", with its
  // own subject and a verb in the past, takes no intent, fear or forecast from the clause before it.
  const pre = ownClauseAfterAnd(pre0, m.triggerText)
  // "Residents feared the city would be shelled", "aid groups worry that fighters will storm the camp": what someone
  // fears is at most a forecast, never a plan of the one who would act nor a condition weighed.
  if (FEARED.test(pre)) return 'projected'
  // "Capturing Belmira would cut …", "The fall of Belmira would open the road": the event as subject of "would".
  // ("A full withdrawal would deprive Moscow of its base": one adjective may stand between.)
  // ("…, and the fall of the city would cut …": a conjunction may open the clause.)
  // ("Analysts warn that the fall of Hama could open the road to Homs": "could", "might", "may" too for a place's fall
  // or capture, whose consequence is what the sentence weighs, and the event may open the words after "that";
  // "displacement could reach 1.5 million" stays a forecast, projected.)
  const fall = /^(?:the\s+)?(?:fall|capture|loss|seizure|takeover)\b|^(?:captur|seiz|tak|retak|los)ing$/i.test(m.triggerText)
  if (/^\s*(?:\S+\s+){0,5}?would\b/i.test(post) && /^\s*(?:(?:and|but|while|whereas)\s+)?(?:(?:the|a|an|any)\s+(?:[a-z-]+\s+)?)?$/i.test(pre)) return 'hypothetical'
  if (fall && /^\s*(?:\S+\s+){0,5}?(?:would|could|might|may)\b/i.test(post) && /(?:^\s*|\bthat\s+)(?:(?:and|but|while|whereas)\s+)?(?:(?:the|a|an|any)\s+(?:[a-z-]+\s+)?)?$/i.test(pre)) return 'hypothetical'
  if (/\bwould\b/i.test(pre) && !reported) return 'hypothetical'
  if (NEGATION.test(pre)) return 'denied'
  // "said it would send no troops", "the army deployed no reinforcements", "carried out no strikes": the act's object
  // negated (after a verb trigger, or the noun trigger after its verb, or inside a trigger of several words).
  if (/^\s+no\s+(?!(?:longer|sooner|later|less|more|fewer|further|farther|doubt|matter)\b)/i.test(m.text.slice(m.triggerEnd, m.triggerEnd + 20))
    || /\b(?:[a-z]{3,}ed|sent|sends|send)\s+no\s+(?:[a-z-]+\s+)?$/i.test(pre) || /\sno\s(?!longer\b)/i.test(m.triggerText)) return 'denied'
  // "No battle was fought for the capital", "no clashes were reported": the event noun itself is negated.
  if (/(?:^|\b(?:and|but|that)\s+)(?:no|there\s+(?:was|were|had\s+been)\s+no)\s+(?:\S+\s+)?$/i.test(pre) && /^\s*(?:\S+\s+)?(?:was|were|had\s+been|has\s+been|took\s+place|occurred|erupted|broke\s+out|reported|fought)\b|^\s*(?:in|at|for|between)\b/i.test(post)) return 'denied'
  // "said there were no civilian casualties", "the strikes caused no casualties": an existential or a toll negated.
  if (/\b(?:there\s+(?:was|were|had\s+been|has\s+been|have\s+been|is|are)|caused|reported|recorded|suffered|resulted\s+in)\s+no\s+(?:\S+\s+)?$/i.test(pre)) return 'denied'
  // "shelled two villages, without any information on casualties", "with no word of casualties": the toll left unknown.
  if (/\b(?:without|with\s+no|no)\s+(?:any\s+|further\s+)?(?:information|word|details|news|reports?)\s+(?:on|of|about|regarding)\s+(?:any\s+|the\s+)?$/i.test(pre)) return 'denied'
  // "did not say whether it had withdrawn": a question left open is no report that it happened.
  // "without saying whether it would send fighters": the same.
  if (/\b(?:not|never|n't|declined\s+to|refused\s+to|without)\s+(?:say|confirm|disclose|specify|comment\s+on|reveal|indicat)(?:e|es|ed|ing)?\b[^.;]*\b(?:whether|if)\b/i.test(m.text.slice(0, m.triggerStart))) return 'denied'
  // "It was not immediately clear whether anyone was killed", "it is unknown if there were casualties": the same.
  // ("it was not clear on Wednesday whether fighters had left": the day it was asked may stand between.)
  if (/\b(?:not\s+(?:immediately\s+|yet\s+)?(?:clear|known)|unclear|unknown)\s+(?:(?:on|by|as\s+of)\s+\p{L}+\s+)?(?:whether|if|how\s+many)\b[^.;]*$/iu.test(m.text.slice(0, m.triggerStart))) return 'denied'
  // "displacement could reach 1.5 million": a modal right after a nominal trigger
  if (/^\s*(?:could|may|might)\b/i.test(post)) return 'projected'
  // "Further strikes on remaining military sites are likely in the coming days": an event noun said to be likely
  // (not "Rebels took the town and are expected to push on": another verb's subject)
  if (/^(?:(?!\b(?:and|but|which|that|who)\b)[^,;.]){0,60}?\b(?:is|are)\s+(?:\w+ly\s+)?(?:likely|expected|probable|possible)\b/i.test(m.text.slice(m.triggerEnd, clause.end))) return 'projected'
  if (PROJECTED.test(pre) || /^(?:could|may|might)$/i.test(pre.trim().split(/\s+/).pop() ?? '')) return 'projected'
  // ("estimates that 7,600 refugees returned": a count of the past, whatever word the trigger is, when its verb is past)
  if (ESTIMATE.test(pre) && !(PAST_TRIGGER.test(m.triggerText) && !/\b(?:will|would|be)\s+(?:\S+\s+)?$/i.test(pre))
    && !PAST_COUNT_AFTER.test(m.text.slice(m.triggerEnd, m.triggerEnd + 40))) return 'projected'
  if (PLANNED_CUE.test(pre) || PLANNED_CUE.test(m.triggerText) || /\bwould\b/i.test(pre)) {
    // "ready to dispatch advisers if Damascus asked", "would hand the city over unless …": an intent on a condition.
    return CONDITION_AFTER.test(m.text.slice(m.triggerEnd, clause.end)) ? 'hypothetical' : 'planned'
  }
  if (m.speaker?.party) return 'claimed'
  // "Our units struck gatherings of terrorists near X": a side telling of its own men in the first person, as a
  // communiqué does with no one else named as its source, claims it.
  if (m.speaker === null && OUR_FORCES.test(pre)) return 'claimed'
  if (m.speakerVerbIsTrigger && /^claim/i.test(m.triggerText)) return 'claimed'
  return 'asserted'
}

// A side's men told in the first person, as the subject before the trigger: "Our units", "our brave forces".
const OUR_FORCES = /(?:^|[^\p{L}"“])[Oo]ur\s+(?:[\w-]+\s+){0,2}?(?:forces|units|troops|fighters|army|soldiers|heroes|men|brigades?|divisions?|air\s+defen[cs]es?|formations|mujahideen)\b/u

const SINCE_THEN_G = new RegExp(SINCE_THEN.source, 'gi')

/** "aiming to thwart fighters from capturing Homs": an event someone tries to prevent is no event. */
export function isPrevented(text: string, triggerStart: number): boolean {
  const clause = clauseAt(text, triggerStart)
  const pre = text.slice(clause.start, triggerStart)
  // "to spare residents a street battle", "before it could fall into the hands of …"
  if (/\bbefore\s+\S+\s+(?:could|can|might|would)\s+(?:\S+\s+){0,2}$/i.test(pre)) return true
  return /\b(?:thwart|prevent|stop|halt|block|hinder|deter|bar|keep)\w*\b[^,.;]*\bfrom\s+$/i.test(pre)
    || /\b(?:spare|avoid|avert|prevent)\w*\s+(?:\S+\s+){0,3}$/i.test(pre)
}

/**
 * An undated pluperfect outside reported speech is a remark on history unless something ties it to the report's time:
 * the pluperfect orders the act before a time the text tells. A relative anchor ("Just the night before", "hours
 * earlier", "by then") counts back from the last date the text named, so the act is news when that date is, and history
 * after "The war erupted 13 years ago."; a lead (the first sentence that reports, nothing historic dated before it) is
 * told on the report's day ("Government forces had withdrawn from Qorvath, leaving their guns behind"). Anywhere else
 * ("The leader had regained control with the help of allies") and in a concessive clause ("Although Assad had
 * regained control, …") it stays a side remark.
 */
// ("Fighters celebrated in X after government forces had left the city": the pluperfect an "after" clause asks for
// orders the act before the main one; it is news, not history.)
export function isAsideHistory(text: string, triggerStart: number, reported: boolean, dated: boolean,
  told: { readonly earlierIsHistory: boolean; readonly lead: boolean }): boolean {
  const before = text.slice(Math.max(0, triggerStart - 70), triggerStart)
  if (reported || dated || !/\bhad\s+(?:\w+ly\s+)?(?:been\s+)?$/i.test(before.slice(-30))
    || /\b(?:after|once)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,4}had\s+(?:\w+ly\s+)?(?:been\s+)?$/i.test(before)
    // ("20,000 people who had fled Homs arrived in Tartus": the flight of the people a news clause counts is news too)
    || /\b(?:people|families|residents|civilians|refugees|villagers|syrians|thousands|hundreds|[\d,.]+(?:\s+(?:million|thousand))?)\s+(?:who|that)\s+had\s+$/i.test(before)) return false
  const clause = clauseAt(text, triggerStart)
  if (CONCESSIVE.test(text.slice(clause.start, triggerStart))) return true
  if (RELATIVE_ANCHOR.test(text)) return told.earlierIsHistory
  return !told.lead || told.earlierIsHistory
}
// "Although …", "Even though …", "While the army had …", "Whereas …" opening the clause of the trigger
const CONCESSIVE = /^\W*(?:although|though|even\s+though|while|whilst|whereas)\b/i
// A time counted back from the one told last: "the night before", "only hours earlier", "a day before", "minutes
// earlier", "earlier in the day", "by then", "by nightfall", "by the time …", a sentence opening "Earlier," (not "years
// before": that is history's own).
const RELATIVE_ANCHOR = /^\W*earlier\s*,|\b(?:the\s+(?:night|day|evening|morning|afternoon)|(?:(?:only|just|some|a\s+few|several|two|three|four|\d+)\s+)?(?:hours?|minutes?|days?)|a\s+(?:day|few\s+hours|week))\s+(?:earlier|before)\b|\bearlier\s+(?:in\s+the\s+day|that\s+(?:day|morning|evening|night))\b|\bby\s+(?:then|nightfall|dawn|daybreak|midday|noon|the\s+time)\b/i

/** "since the war erupted following a street uprising": history used as a time anchor is not itself coded. */
// ("has since helped", "since then": an adverb that sums up, not an anchor; the act is history of its own)
// ("besieged from 2012 until 2014, when rebels withdrew": the "when" clause is an act of that time, not the anchor)
export function isTimeAnchor(text: string, triggerStart: number): boolean {
  const before = text.slice(0, triggerStart).replace(SINCE_THEN_G, '')
  return /\b(?:since|following|during|until)\b/i.test(before) && !/\b(?:until|since)\s+[^,;]{1,40},\s*when\s+[^,;]*$/i.test(before)
}

/** "a chance to counterattack": a possibility someone has is no event. */
export function isMerePossibility(text: string, triggerStart: number): boolean {
  const pre = text.slice(Math.max(0, triggerStart - 30), triggerStart)
  // "to reduce the risk of air strikes", "the first Russian raids on Aleppo since 2016" (an apposition that characterises)
  return /\b(?:chance|opportunity|ability|capacity|right)\s+to\s+$/i.test(pre) || /\b(?:risk|threat|fear|danger|prospect)s?\s+of\s+(?:\S+\s+)?$/i.test(pre)
    || /,\s*(?:the|a)\s+(?:first|latest|biggest|largest|heaviest|deadliest|worst)\s+(?:\S+\s+){0,2}$/i.test(pre)
}
