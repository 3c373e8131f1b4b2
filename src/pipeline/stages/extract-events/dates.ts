// When an event happened: the date expression nearest its trigger in the same clause, else one in the sentence
// close to the publication date, else the publication date itself (news reports the recent past).
import { addDays, daysBetween } from '../../../core/dates.ts'
import type { DatePrecision } from '../../../core/types.ts'
import { asides, clauseAt, frontedSubordinate, withoutInnerAsides } from './clauses.ts'
import type { DateRef, SentenceView } from './sentence.ts'

export interface EventDate {
  readonly date: string | null
  readonly dateEnd: string | null
  readonly datePrecision: DatePrecision | null
  readonly dateText: string | null
  /** True when the date came from the text rather than the publication date. */
  readonly stated: boolean
  /** The date stage's rule, when the date came from one of its annotations. */
  readonly by?: string
}

/** Days between two ISO dates, either order. */
const daysApart = (a: string, b: string) => Math.abs(daysBetween(a, b))

const fromRef = (s: SentenceView, d: DateRef): EventDate => ({
  date: d.ann.value, dateEnd: d.ann.end, datePrecision: d.ann.precision, dateText: s.text.slice(d.start, d.end), stated: true, by: d.ann.by,
})

// The rule that dates an act summed up "since then" (sinceThen below).
const SINCE_THEN_RULE = 'extract-events:since-then'

/**
 * "strikes over the past year": a window read back from the report ("the past N units"); or one from a time named
 * ("since 2011", "since then") up to the report.
 */
export const isPastSpan = (d: EventDate): boolean => d.by === 'find-dates:chrono:past-span' || d.by === SINCE_THEN_RULE || (d.by?.endsWith('+since') ?? false)

// "has helped retake territory since then", "Since then, its jets have …", "and has since seized …"
export const SINCE_THEN = /\bsince\s+then\b|\b(?:has|have|had)\s+(?:\w+ly\s+)?(since)\b/i

/**
 * "Moscow entered the war in 2015. Since then it has helped the army retake …": an act told as lasting from a time
 * named before (in the sentence, else `earlier`, the text's last date before it) up to the report. Only a time
 * well before the report counts (such an act sums up history); null when there is no such cue or time.
 */
export function sinceThen(s: SentenceView, earlier: string | null, published: string | null): EventDate | null {
  const cue = SINCE_THEN.exec(s.text)
  if (!cue || published === null) return null
  const anchor = s.dates.filter((d) => d.ann.value !== null && d.end <= (cue.index ?? 0)).pop()?.ann.value ?? earlier
  if (!anchor || daysBetween(anchor, published) <= 45) return null
  const text = cue[1] ?? cue[0]
  return { date: anchor, dateEnd: published, datePrecision: 'range', dateText: text, stated: true, by: SINCE_THEN_RULE }
}

// What stands between an event's trigger and the act it happened in: "killed four soldiers in an (armed) ambush",
// "were killed in air strikes", "in shelling and air strikes".
const IN_ACT = /^[^,;:()]{0,60}?\b(?:in|during)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:(?:and|or)\s+(?:[\w-]+\s+)?)?$/i
// "clashes that began on December 8", "the offensive, which started in late November,"
const BEGAN = /^\s*,?\s+(?:that|which)\s+(?:had\s+)?(?:began|begun|started|erupted|broke\s+out|opened)\s+(?:on\s+|in\s+)?$/i
/** The same words right before a date, wherever the trigger is: the date of the noun the relative clause tells of. */
const BEGAN_BEFORE = /\b(?:that|which)\s+(?:had\s+)?(?:began|begun|started|erupted|broke\s+out|opened|was\s+launched|were\s+launched)\s+(?:on\s+|in\s+)?$/i
// The words from a date to a trigger inside the "when" clause that follows the date: "since Saturday, when factions …".
const WHEN_AFTER_DATE = /^\s*,?\s*when\b[^;:.()]*$/i
// "four people were killed when rebel shells hit the housing on Tuesday": the act a "when" clause tells is the toll's.
const WHEN_ACT = /^\s+(?:\S+\s+){0,3}?when\s+(?:[\w'’-]+\s+){0,5}$/i
// What stands between two verbs of one subject: the first one's object, then "and" ("attacked the lines and overran").
const JOINED_VERB = /^[^,;.:()]*\band\s+(?:then\s+|later\s+|also\s+|quickly\s+|soon\s+)?$/i
// The words between an act named as a subject and its toll verb: its object, where, by whom, appositions; no verb
// of their own ("air raids by Syrian planes on X and Y, some 30 km north of Z, killed").
const ACT_SUBJECT_GAP = /^(?:(?!\b(?:said|says|and\s+(?:\w+ed|\w+s)\b|after|before|when|while|as|which|that|who)\b)[^;:()"“”])*$/i
// An act and the toll it took as its own verb: "A drone strike on a car near X killed three fighters last week".
const TOLL_VERB = /^(?:killed|killing|wounded|injured|left)$/i
// The act's own toll verb right after it, and the toll it lists: "Clashes left 14 dead and 30 wounded",
// "An air strike killed four and wounded nine" — every count of the list is the act's.
const TOLL_AFTER = /^\s+(?:\S+\s+){0,2}?(?:left|leaving|killed|killing|wounded|wounding|injured|injuring)\b[^,;:()]*$/i

// A toll told as a participle of the act before it ("…, killing thousands"), and the comma that joins them.
const TOLL_PARTICIPLE = /^(?:killing|wounding|injuring|leaving)\b/i
const COMMA_BEFORE = /,\s*$/

// The words before a date that make it the end of a term or a wait: "until 1 March", "till the end of the month".
const UNTIL_BEFORE = /\b(?:until|till|pending)\s+(?:at\s+least\s+|the\s+end\s+of\s+)?$/i

/** "was appointed on Tuesday to lead the government until 1 March": the end of a term is not when anything happened. */
export const isTermEnd = (s: SentenceView, d: DateRef): boolean => UNTIL_BEFORE.test(s.text.slice(Math.max(0, d.start - 24), d.start))

// A year that names an instrument still in force or in question: "the 1974 accord", "the 2020 Russian-Turkish
// ceasefire", "a 2012 law". It tells when the instrument was made, not when an act beside it happened.
const NAMING_YEAR = /\b((?:19|20)\d\d)((?:\s+[\w-]+){0,2}?\s+(?:agreements?|accords?|deals?|treat(?:y|ies)|ceasefires?|cease-fires?|truces?|armistice|pacts?|memorand(?:um|a)|protocols?|resolutions?|constitution|laws?|borders?|lines?|frontiers?|arrangements?|understandings?|framework)\b)/gi

/**
 * `text` with each year that names an instrument blanked (same length), unless `trigger` lies inside the naming phrase
 * ("a buffer zone set up under a 1974 ceasefire agreement" dates the agreement by its year): "shelled the town in
 * violation of the 2020 ceasefire" is today's shelling, not history.
 */
export function withoutNamingYears(text: string, trigger: { start: number; end: number }): string {
  return text.replace(NAMING_YEAR, (phrase: string, year: string, rest: string, at: number) =>
    trigger.start < at + phrase.length && trigger.end > at ? phrase : ' '.repeat(year.length) + rest)
}

/** "the deadliest", "the worst", "the first", "the most serious". */
const SUPERLATIVE = String.raw`\b(?:\w{3,}est|worst|first|biggest|largest|most\s+\w+)`
/** A superlative right before an event noun. */
const SUPERLATIVE_BEFORE = new RegExp(String.raw`${SUPERLATIVE}\s+(?:[\w-]+\s+){0,2}$`, 'i')
/** "…, the deadliest attack … since": a superlative after the act that ranks it, up to the "since" it counts from. */
const RANKED_SINCE = new RegExp(String.raw`${SUPERLATIVE}\s+[^.;]*\bsince\b`, 'i')

/** "in 2016" with no date annotation: the year, as a range, so history still gets a date. */
function yearIn(text: string, published: string | null): EventDate | null {
  const m = text.match(/\b(?:in|since|of)\s+((?:19|20)\d\d)\b/) ?? text.match(/\b((?:19|20)\d\d)\b/)
  if (!m?.[1] || (published && m[1] >= published.slice(0, 4))) return null
  return { date: `${m[1]}-01-01`, dateEnd: `${m[1]}-12-31`, datePrecision: 'year', dateText: m[0], stated: true }
}

/**
 * "In Daraa, where the uprising began in 2011, fighters took the city on Friday": a "where" clause between commas
 * tells of the place; a date in it is not the main clause's.
 */
function whereAsides(text: string): (readonly [number, number])[] {
  if (!text.includes('where')) return []
  return [...text.matchAll(/,\s*where\b[^,.;]*,/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const)
}

/**
 * The span of a fronted subordinate clause whose date is no date of a trigger in the main clause: a concession's
 * always ("Despite a ceasefire announced on Tuesday, clashes continued …" is not Tuesday's fighting), a time clause's
 * when the main clause names its own day ("After a lull on Monday, shelling resumed on Wednesday"). Null otherwise.
 */
function frontedClause(s: SentenceView, triggerStart: number, dating: (d: DateRef) => boolean): readonly [number, number] | null {
  const f = frontedSubordinate(s.text)
  if (!f || triggerStart < f.end) return null
  return f.concessive || s.dates.some((d) => d.start >= f.end && dating(d)) ? [0, f.end] : null
}

// "urged employees to return to work on Tuesday", "called on soldiers to hand in their weapons by Friday": a call's
// trigger, and the infinitive that says what it asks for. A date in that infinitive is the time asked for, not when
// the call was made.
const CALL_TRIGGER = /^(?:urg|call|appeal|ask|order|instruct|demand|tell|told|direct|command|press)/i
const CALLED_FOR = /^([^,;:()]{0,60}?)\bto\s+(?!(?:the|a|an|his|her|its|their|all|both)\b)[a-z]{2,}/i

/** The span of the act a call asks for ("to return to work on Tuesday" after "urging"), or null when the trigger is no call. */
function calledForAct(s: SentenceView, trigger: { start: number; end: number }, clause: { end: number }): readonly [number, number] | null {
  if (!CALL_TRIGGER.test(s.text.slice(trigger.start, trigger.end))) return null
  const m = CALLED_FOR.exec(s.text.slice(trigger.end, clause.end))
  if (!m) return null
  const start = trigger.end + (m[1] as string).length
  return [start, Math.max(clause.end, start)]
}

/** The date a "since" span starts from, as its expression names it ("since 2016": the year; "since Saturday": the day). */
function startOfSpan(s: SentenceView, d: DateRef): EventDate {
  const named = d.ann.named
  return named ? { ...fromRef(s, d), dateEnd: named.end, datePrecision: named.precision } : fromRef(s, d)
}

// A relative clause in the perfect running up to the end of the text before it ("who had returned to X last week ").
const RELATIVE_PERFECT_BEFORE = /\b(?:who|which|that)\s+(?:had|has|have)\s+[^,;:()"“”]*$/i

/**
 * `others` are the other triggers of the sentence: a date that another trigger holds or stands nearer to belongs
 * to that one ("seized a buffer zone established by a 1974 agreement"); so does a date inside an aside.
 */
export function dateFor(s: SentenceView, trigger: { start: number; end: number }, clause: { start: number; end: number }, segmentText: string, published: string | null,
  others: readonly { start: number; end: number }[] = [], said: DateRef | null = null): EventDate {
  const triggerStart = trigger.start
  // "a 1974 ceasefire agreement": a trigger that holds its own year is dated by it.
  // (not a year in an aside the trigger's words run across: "residents of X, many of them displaced in 2018, left")
  const own = yearIn(withoutInnerAsides(s.text, trigger).slice(trigger.start, trigger.end), published)
  if (own) return own
  const aside = [...asides(s.text), ...whereAsides(s.text)].filter(([x, y]) => !(triggerStart >= x && triggerStart < y))
  // "killed four soldiers in an ambush near X earlier this month": the act a toll happened in shares its date.
  // ("100,000 people fled fighting around X since 8 December": what people flee is part of their flight.)
  const fled = /^(?:fle|escap)/i.test(s.text.slice(trigger.start, trigger.end))
  const within = (o: { start: number; end: number }) => o.start > trigger.end && (IN_ACT.test(s.text.slice(trigger.end, o.start)) || WHEN_ACT.test(s.text.slice(trigger.end, o.start))
    || (fled && /^\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(s.text.slice(trigger.end, o.start)))
    || (TOLL_VERB.test(s.text.slice(o.start, o.end)) && !/[,;:()]|\b(?:and|but|while|as|after|when|before|said|says)\b/i.test(s.text.slice(trigger.end, o.start)))
    || TOLL_AFTER.test(s.text.slice(trigger.end, o.start)))
  // "on Wednesday, when fighters attacked the lines west of X and overran two villages": a second verb joined to the
  // first by "and" shares its subject and its time.
  const joined = (o: { start: number; end: number }, d: DateRef) => d.end <= o.start && o.end <= triggerStart && JOINED_VERB.test(s.text.slice(o.end, triggerStart))
  // "Overnight air raids on X and Y, some 30 km north of Z, killed nine": a toll verb whose subject is the act named
  // before it shares the act's date (the words between name no other verb).
  const tollOf = (o: { start: number; end: number }, d: DateRef) => d.end <= o.start && o.end <= triggerStart
    && TOLL_VERB.test(s.text.slice(trigger.start, trigger.end)) && ACT_SUBJECT_GAP.test(s.text.slice(o.end, triggerStart))
  // "Thousands of families who had returned to X last week fled again": a relative clause in the perfect that ends
  // at the trigger, its main verb, dates its own act, not the verb after it.
  const relative = RELATIVE_PERFECT_BEFORE.exec(s.text.slice(0, triggerStart))
  if (relative) aside.push([relative.index, triggerStart])
  const front = frontedClause(s, triggerStart, (d) => d.ann.value !== null && !isTermEnd(s, d))
  if (front) aside.push(front)
  const askedFor = calledForAct(s, trigger, clause)
  if (askedFor) aside.push(askedFor)
  // ("Aleppo fell within days, followed by Hama on Thursday": the days after "followed by" are the later towns'.)
  const followed = /,\s*(?:(?:and\s+)?(?:was|were)\s+)?followed\s+(?:\S+\s+){0,2}?by\b[^;.]*/i.exec(s.text.slice(trigger.end))
  if (followed) aside.push([trigger.end + followed.index, trigger.end + followed.index + followed[0].length])
  const inAside = (d: DateRef) => aside.some(([x, y]) => d.start >= x && d.end <= y)
  const mine = (d: DateRef) => !inAside(d)
    && !others.some((o) => (o.start <= d.start && d.end <= o.end) || (o.start > Math.min(triggerStart, d.start) && o.start < Math.max(triggerStart, d.start) && !within(o) && !joined(o, d) && !tollOf(o, d)))
  // "the second city lost in a week", "the worst fighting in eight years": a window a comparison counts over,
  // not when the sentence's act happened.
  const comparison = (d: DateRef) => d.ann.by.startsWith('find-dates:chrono:past-window')
  // A date that tells when something happened at all: not a comparison's window nor the end of a term.
  // "the deadliest attack on the new authorities since they took power on December 8": the day a superlative counts
  // from is no day of the act it ranks.
  const ranked = SUPERLATIVE_BEFORE.test(s.text.slice(Math.max(0, trigger.start - 40), trigger.start))
  const rankedFrom = (d: DateRef) => d.start >= trigger.end && (ranked ? /\bsince\b/i : RANKED_SINCE).test(s.text.slice(trigger.end, d.start))
  const dating = (d: DateRef) => d.ann.value !== null && !comparison(d) && !isTermEnd(s, d) && !rankedFrom(d)
  const resolved = s.dates.filter((d) => dating(d) && mine(d))
  const byDistance = (a: DateRef, b: DateRef) => Math.abs(a.start - triggerStart) - Math.abs(b.start - triggerStart)
  // "took the town from the force that has run it since 2016": a span after the trigger reaching back years to the
  // report says how long a state lasted, not when the event happened. ("The first raids since 2016, when forces
  // retook the city": a year before the trigger does date it.)
  const lasting = (d: DateRef) => d.ann.by.endsWith('+since') && d.start > triggerStart && published !== null && daysApart(d.ann.value as string, published) > 45
  // "after clashes that began on December 8": a relative clause telling when the event noun began dates it.
  const began = resolved.find((d) => d.start > trigger.end && BEGAN.test(s.text.slice(trigger.end, d.start)))
  if (began) return fromRef(s, began)
  // "entered Homs, hours after capturing Hama in an offensive that began on November 27": that date is the
  // offensive's, told of the noun before it; no other act of the sentence happened then.
  const nounsOwn = (d: DateRef) => BEGAN_BEFORE.test(s.text.slice(Math.max(0, d.start - 40), d.start))
  const resolvedHere = resolved.filter((d) => !nounsOwn(d))
  // ("The ministry said on Tuesday that it had killed 21 militants over the past week": the day of the speech, `said`,
  // gives way to a recent date of the words' own; see byTheSpeech. A year of history beside it — "took Daraa, the
  // city where the uprising began in 2011" — is more often a side remark's than the act's.)
  const yields = (d: DateRef) => d === said && resolvedHere.some((x) => x !== said && x.start >= clause.start && x.end <= clause.end
    && !lasting(x) && published !== null && daysApart(x.ann.value as string, published) <= 45)
  // "have fled since Saturday, when factions attacked the town, officials said on Monday": a "when" clause right after a
  // date tells what happened on that day (its first day, for a span from it), not on the day the words were said.
  const whenDay = resolvedHere.find((d) => d.end <= triggerStart && WHEN_AFTER_DATE.test(s.text.slice(d.end, triggerStart))
    && !s.dates.some((x) => x !== d && x.start >= d.end && x.end <= triggerStart))
  if (whenDay) return startOfSpan(s, whenDay)
  // "the heaviest setback since rebels overran Aleppo last week": an act inside the "since" clause happened on the
  // day or week that clause names, not over the span from it up to the report.
  const sinceOwn = resolvedHere.find((d) => d.ann.named !== undefined && d.start > triggerStart && /\bsince\b/i.test(s.text.slice(Math.max(0, triggerStart - 40), triggerStart))
    && !/[,;:]/.test(s.text.slice(triggerStart, d.start)))
  if (sinceOwn) return startOfSpan(s, sinceOwn)
  const inClause = resolvedHere.filter((d) => d.start >= clause.start && d.end <= clause.end && !lasting(d))
    .sort((a, b) => Number(yields(a)) - Number(yields(b)) || byDistance(a, b))
  if (inClause[0]) return fromRef(s, inClause[0])
  // "In 2011 Hama rose up, and in 1982 troops crushed an uprising there, killing thousands": a toll told as a
  // participle after a comma is the act's before it, and shares that clause's date.
  const tollAct = TOLL_PARTICIPLE.test(s.text.slice(trigger.start, trigger.end)) ? COMMA_BEFORE.exec(s.text.slice(0, trigger.start)) : null
  if (tollAct) {
    const act = clauseAt(s.text, tollAct.index - 1)
    // (The act's own trigger stands between its date and the toll: dates are taken from its clause, not by `mine`.)
    const actDate = s.dates.filter((d) => dating(d) && !inAside(d) && !nounsOwn(d) && !lasting(d) && d.start >= act.start && d.end <= act.end)
      .sort(byDistance)[0]
    if (actDate) return fromRef(s, actDate)
  }
  // "In 1982, troops crushed an uprising there in an assault that killed thousands": a date fronted before a comma
  // dates every clause of its sentence that names none of its own.
  const fronted = s.dates.find((d) => d.ann.value !== null && !comparison(d) && !nounsOwn(d) && /^\s*(?:in|on|by|during)?\s*$/i.test(s.text.slice(0, d.start)) && /^\s*,/.test(s.text.slice(d.end)) && !lasting(d))
  if (fronted) return fromRef(s, fronted)
  const skipped = resolvedHere.some((d) => d.start >= clause.start && d.end <= clause.end && lasting(d))
  const year = skipped ? null : yearIn(segmentText, published)
  // ("slipped out of the state's hands for the first time since 2011": nor the year it counts from)
  if (year && !(/^since\b/i.test(year.dateText ?? '') && (ranked || RANKED_SINCE.test(s.text.slice(trigger.end))))) return year
  const recent = resolvedHere.filter((d) => !published || daysApart(d.ann.value as string, published) <= 45).sort(byDistance)
  if (recent[0]) return fromRef(s, recent[0])
  return { date: published, dateEnd: null, datePrecision: published ? 'day' : null, dateText: null, stated: false }
}

// "took Belmira on December 6 and Qorvath the next day": what may stand between a listed place and its own date.
// The words that lead up to a date: "on", "the night of", "the" (of "the next day").
const DATE_LEAD = '(?:\\b(?:on|in|by|during)\\s+)?(?:\\bthe\\s+(?:night|morning|evening|afternoon)\\s+of\\s+)?(?:\\bthe\\s+)?'
const BEFORE_OWN_DATE = new RegExp(`^\\s*,?\\s*${DATE_LEAD}$`, 'i')
const LEAD_BEFORE_DATE = new RegExp(`\\s*${DATE_LEAD}$`, 'i')

/** The date written right after a place of a list ("Hama on December 5"), which dates that place's event only. */
export function ownDateAfter(s: SentenceView, placeEnd: number): EventDate | null {
  const next = s.dates.find((d) => d.start >= placeEnd && d.ann.value !== null && BEFORE_OWN_DATE.test(s.text.slice(placeEnd, d.start)))
  return next ? fromRef(s, next) : null
}

// "entered Qorvath on Monday and Belmira two days later": an item of a list dated by its lag after the item before.
export const LAG_LATER = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?)\s+later\b`
const LAG_AFTER = new RegExp(String.raw`^\s*,?\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?)\s+later\b`, 'i')

/**
 * The date of a list's item told by its lag after the item before ("Belmira two days later"), from that item's day;
 * null when no lag follows the place or the day before is not a single day.
 */
export function laggedDate(text: string, placeEnd: number, before: EventDate): EventDate | null {
  const m = LAG_AFTER.exec(text.slice(placeEnd, placeEnd + 40))
  if (!m || before.date === null || before.datePrecision !== 'day' || before.dateEnd !== null) return null
  const n = (COUNT[(m[1] as string).toLowerCase()] ?? Number(m[1])) * (/^week/i.test(m[2] as string) ? 7 : 1)
  return { date: addDays(before.date, n), dateEnd: null, datePrecision: 'day', dateText: m[0].replace(/^\s*,?\s+/, ''), stated: true }
}

/** The same span with each date and the words leading to it blanked, so a list reads across them. */
export function withoutDates(s: SentenceView): string {
  let text = s.text
  for (const d of s.dates) {
    const lead = LEAD_BEFORE_DATE.exec(text.slice(0, d.start))
    const from = d.start - (lead?.[0].length ?? 0)
    text = text.slice(0, from) + ' '.repeat(d.end - from) + text.slice(d.end)
  }
  return text
}


// "on Friday, a day after insurgents seized Hama", "two days after launching": an interval between two acts of a sentence.
const INTERVAL = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?)\s+(after|before)\b/gi
// The trigger's own words, then "two days later" (not across "and": "took X and Y a week later" is a list, see laggedDate).
const LATER_AFTER = /^(?:(?!\band\b)[^,;.]){0,50}?\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?)\s+later\b/i
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }

/**
 * The date of an act on the other side of an interval from the day it was read from: "Troops left X on Friday, a day
 * after insurgents seized Hama" puts the seizure on Thursday; "took X a day after they took Y on Tuesday" puts the
 * first on Wednesday. `d` unchanged when the sentence states no interval across them, or `d` is no single day.
 */
export function acrossInterval(s: SentenceView, trigger: { start: number }, d: EventDate, published: string | null = null): EventDate {
  if (!d.stated) return fromDayBeforeInterval(s, trigger, d, published)
  if (d.datePrecision !== 'day' || d.date === null || d.dateText === null) return d
  const refs = s.dates.filter((x) => s.text.slice(x.start, x.end) === d.dateText)
  if (refs.length !== 1) return d
  const at = (refs[0] as DateRef).start
  // "launched the offensive on Nov. 27 and entered Aleppo two days later": counted on from the day named before.
  const later = at < trigger.start ? LATER_AFTER.exec(s.text.slice(trigger.start, trigger.start + 80)) : null
  if (later) {
    const n = (COUNT[(later[1] as string).toLowerCase()] ?? Number(later[1])) * (/^week/i.test(later[2] as string) ? 7 : 1)
    return { ...d, date: addDays(d.date, n), dateEnd: null, dateText: `${later[1]} ${later[2]} later`, by: undefined }
  }
  for (const m of s.text.matchAll(INTERVAL)) {
    const from = m.index ?? 0
    const stop = s.text.slice(from).search(/[,;]|\s[-–—]\s/)
    const to = stop < 0 ? s.text.length : from + stop
    const inside = (x: number) => x >= from && x < to
    if (inside(trigger.start) === inside(at)) continue
    const n = (COUNT[(m[1] as string).toLowerCase()] ?? Number(m[1])) * (/^week/i.test(m[2] as string) ? 7 : 1)
    // The act inside "N days after …" is N days before the day outside it, and the other way round.
    const sign = (m[3] as string).toLowerCase() === 'after' ? -1 : 1
    const days = inside(trigger.start) ? sign * n : -sign * n
    // (dateText: the words that date it from that day, "a day after")
    return { ...d, date: addDays(d.date, days), dateEnd: null, dateText: m[0], by: undefined }
  }
  return d
}

/** "The campaign comes", "The move comes": a subject told in the present as happening now, right before the interval. */
const COMES_NOW = /^\s*(?:the|this|that|it|its|their)\b[^,;.]{0,60}\b(?:comes|come|is\s+coming)\s+$/i

/**
 * "Jets struck X on Sunday, killing eight people, a day after insurgents overran Y": an act inside the interval whose
 * own clause names no day is counted back from the one day the sentence names before the interval.
 */
function fromDayBeforeInterval(s: SentenceView, trigger: { start: number }, d: EventDate, published: string | null): EventDate {
  for (const m of s.text.matchAll(INTERVAL)) {
    const from = m.index ?? 0
    const stop = s.text.slice(from).search(/[,;]|\s[-–—]\s/)
    if (trigger.start < from || (stop >= 0 && trigger.start >= from + stop)) continue
    const days = s.dates.filter((x) => x.end <= from && x.ann.precision === 'day' && x.ann.value !== null)
    // "The campaign comes a day after gunmen killed 14 policemen": what "comes" now is of the report's day.
    const now = days.length === 0 && published !== null && COMES_NOW.test(s.text.slice(0, from)) ? published : null
    if (now === null && new Set(days.map((x) => x.ann.value)).size !== 1) return d
    const day = now ?? ((days[0] as DateRef).ann.value as string)
    const n = (COUNT[(m[1] as string).toLowerCase()] ?? Number(m[1])) * (/^week/i.test(m[2] as string) ? 7 : 1)
    const sign = (m[3] as string).toLowerCase() === 'after' ? -1 : 1
    return { date: addDays(day, sign * n), dateEnd: null, datePrecision: 'day', dateText: m[0], stated: true }
  }
  return d
}

/** Where a speaker's words and verb are, as `Speaker` gives them. */
interface SpeechAt { readonly start: number; readonly verbStart: number; readonly verbEnd: number; readonly scopeStart: number; readonly scopeEnd: number }

/**
 * The date the words were said: one right after the speech verb or right before the speaker ("said on Tuesday", "On
 * Friday, X said"); for a condemnation, whose object is a noun and no clause of its own, also one later in its clause
 * ("Egypt condemned the incursion on Monday"). Null when the sentence names none.
 */
export function speechDate(s: SentenceView, speech: SpeechAt, condemnation: boolean): DateRef | null {
  const clause = condemnation ? clauseAt(s.text, speech.verbStart) : null
  return s.dates.find((d) => d.ann.value !== null && !isTermEnd(s, d)
    // ("… since mid-month, a monitor said": a date before a post-posed speaker is the words', not the speech's.)
    && ((d.start >= speech.verbEnd && d.start < speech.verbEnd + 15)
      || (d.end <= speech.start && d.end > speech.start - 15 && !(d.start >= speech.scopeStart && d.end <= speech.scopeEnd))
      || (clause !== null && d.start >= speech.verbEnd && d.end <= clause.end))) ?? null
}

/**
 * "Netanyahu said on Sunday the accord had collapsed and ordered the army to take the zone": what a speaker reports
 * with no date of its own happened by the day the words were said, not on the day of the report. `d` unchanged when
 * it is stated, or the speech has no day of its own before the report.
 */
export function byTheSpeech(s: SentenceView, d: EventDate, speech: SpeechAt | null, published: string | null): EventDate {
  if (d.stated || !speech || published === null) return d
  const said = speechDate(s, speech, false)
  if (!said || said.ann.precision !== 'day' || said.ann.value === null || said.ann.value >= published) return d
  return fromRef(s, said)
}

/** Whether the words between the speech verb and the date `d` are in the past perfect ("said … that 40 had been killed since …"). */
function toldBackshifted(s: SentenceView, d: EventDate, speech: SpeechAt): boolean {
  const ref = s.dates.find((x) => s.text.slice(x.start, x.end) === d.dateText)
  return ref !== undefined && ref.start >= speech.verbEnd && /\bhad\b/i.test(s.text.slice(speech.verbEnd, ref.start))
}

/**
 * "The monitor said on Sunday that 40 people had been killed over the past two days": a window read back from the
 * report ends on the day the words were said, when the sentence dates them. `d` unchanged otherwise.
 */
export function windowToSpeech(s: SentenceView, d: EventDate, speech: SpeechAt | null, published: string | null): EventDate {
  // ("said on Wednesday that 700 had been killed since the offensive began last week": a span from a day up to the
  // report, told in the speech's past perfect, ends on the day it was said; its start stays. "have been killed since
  // mid-month, a monitor said on Wednesday" is told in the report's own present and reaches the report.)
  const since = (d.by ?? '').endsWith('+since') && speech !== null && toldBackshifted(s, d, speech)
  if (!speech || published === null || d.date === null || d.dateEnd !== published || !(since || /(?:past-span|hours-window)$/.test(d.by ?? ''))) return d
  const said = speechDate(s, speech, false)
  const day = said?.ann.precision === 'day' ? said.ann.value : null
  if (!day || day >= published || (since && day <= d.date)) return d
  return since ? { ...d, dateEnd: day } : { ...d, date: addDays(d.date, -daysBetween(day, published)), dateEnd: day }
}
