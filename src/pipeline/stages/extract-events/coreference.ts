// Conservative light coreference: "the group", "its fighters", "they", "he", "the ministry" point to the last fitting actor
// named in the two sentences before (or earlier in the same sentence). Nothing is resolved across a longer gap.
import { isModifier } from './modifiers.ts'
import { timestampLength } from './timestamp.ts'
import type { ActorRef } from './sentence.ts'

// "On Friday it seized the city", "It later withdrew from": a pronoun opening its sentence before a verb of an armed act
// ("It took control of", not "It took rebels three days to …").
const ACTING_IT = String.raw`\s+(?:also\s+|later\s+|then\s+|quickly\s+|swiftly\s+|(?:had|has)\s+(?:also\s+)?)?(?:(?:took|taken)(?=\s+(?:full\s+)?(?:control|over|charge))|seized|captured|entered|stormed|struck|shelled|bombed|attacked|withdrew|withdrawn|pulled|retreated|deployed|sent|launched|advanced|repelled|overran|overrun|reached|recaptured|retook|retaken|regained|expelled|drove|driven|pushed|targeted|destroyed)\b`
const ANAPHOR = new RegExp(String.raw`\b(?:(?:a|the)\s+spokes(?:man|woman|person)\b(?!\s+(?:for|of|at)\b)|the\s+(?:(?:foreign|defen[cs]e|interior|information)\s+)?ministry|the\s+presidency|the\s+(?:(?:Islamist|jihadist|militant|rebel|armed|insurgent|opposition|extremist|hardline|Kurdish|Kurdish-led|Lebanese|Iraqi|Shiite|Sunni|Iran-backed|Turkish-backed|US-backed|U\.S\.-backed)\s+)?group|his\s+group|their\s+group|its\s+fighters|its\s+forces|its\s+troops|its\s+soldiers|its\s+units|(?:its|their)\s+(?:own\s+)?(?:jets|warplanes|aircraft|drones|planes|helicopters|artillery|air\s+force|navy|warships|tanks)|their\s+fighters|their\s+forces|their\s+soldiers|his\s+(?:forces|men|fighters)|his\s+regime|his\s+government|the\s+fighters|the\s+militants|the\s+militia|fighters|militants|they|he|she|(?<=\bfrom\s)them|security\s+forces|(?:the\s+)?(?:troops|soldiers)|(?<=^\s*)it(?=\s+(?:also\s+|later\s+)?(?:said|says|denied|denies|claimed|claims|added|warned|announced|insisted|confirmed|rejected|accused)\b)|(?<=^\s*(?:(?:on|by|late|early|later|then|overnight|within)(?:\s+[\w-]+){0,2}\s*,?\s+)?)it(?=${ACTING_IT}))\b`, 'gi')
const GROUPISH = new Set(['armed_group', 'state_force', 'state'])
// Before a bare "security forces": the sentence's start or a closed-class word, never a name, demonym or possessive.
const UNOWNED_BEFORE = /(?:^\s*|(?:^|\s)(?:the|and|or|between|with|by|from|against|on|at|to|of|as|that|when|after|while|where)\s+|,\s*)$/i
// The verb a bare "troops" is the subject of: "Troops withdrew", "soldiers had pulled out", "troops were seen".
const TROOPS_ACT_AFTER = /^\s+(?:(?:\w+ly|also|then|later|had|have|has|were|are|been|being)\s+){0,3}(?:\w+ed|withdrew|withdrawn|fled|fought|took|taken|left|ran|retook|drove|held|began|stood|abandoned|pulled|moved|entered|seen)\b/i
// The opening words of a sentence and their speech verb: "Rebel commanders claimed (that) …"
const SPEAKER_BEFORE = /^\s*(?:\S+\s+){1,5}?(?:said|say|says|claimed|claim|claims|told\s+\S+|announced|stated|insisted|added)\s+(?:that\s+)?$/i

const DEFINITE_NOUN = /^the\s+(?:fighters|militants|militia|group)$/i
// Words for armed men: a group's, never a state's ("Government forces retreated. The militants said …" are others).
const FIGHTERS_NOUN = /^(?:the\s+)?(?:fighters|militants|militia)$/i
// "Fighters said they …", "On Sunday, militants stormed …": a bare plural opening its clause, then its verb, stands for
// the party told of before; inside a phrase ("Hezbollah fighters", "dozens of fighters") it is no reference.
const BARE_OPENING = /(?:^|[.;:!?]\s*|,\s*(?:and|but|while)\s+|^[^,]{1,40},\s*)$/
// ("Fighters backed by Turkey", "Fighters allied with the army": a participle that says whose they are is no verb.)
// ("Fighters also seized …": an adverb may stand before the verb.)
const VERB_AFTER = /^\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?(?!(?:backed|allied|aligned|linked|affiliated|supported|sponsored|funded|trained|armed|equipped|based|led)\b)(?:said|say|says|claimed|claim|told|announced|added|stated|insisted|acknowledged|admitted|had|have|were|are|\w+ed)\b/i
// What follows a speaker that is the actor itself: "… acknowledged that", "… said on Friday"
const SPEAKS_AFTER = /^\s+(?:\w+ly\s+)?(?:said|say|says|claimed|claims|told\s+\S+|announced|stated|insisted|added|acknowledged|admitted|conceded|confirmed|reported|denied)\s+(?:on\s+\w+\s+)?(?:that\s+)?$/i

/**
 * Where the coordinated clause holding `at` opens: after "…, while", "…, and", "; ", else the sentence start, past a live
 * blog's timestamp ("12:55 GMT - The rebel command said its fighters …").
 */
function clauseOpening(text: string, at: number): number {
  let from = timestampLength(text)
  for (const m of text.slice(0, at).matchAll(/[,;]\s*(?:and|but|while|whereas|as(?!\s+well\b))\s+|;\s+/gi)) from = (m.index ?? 0) + m[0].length
  return from
}

// A person's title, the words right before the name: "Special Envoy Geir Pedersen", "caretaker prime minister X".
const TITLE_HEAD = String.raw`(?:envoy|commander|minister|premier|president|leader|chief)`
const TITLE_BEFORE = new RegExp(String.raw`((?:[\p{L}-]+\s+){0,2}?)(${TITLE_HEAD})\s+$`, 'iu')
// The title again, with "the" and at most the title's own words: "The Special Envoy called for …", "the envoy".
// (not "the leader of HTS": an apposition naming whose leader, nor "the foreign minister" after "prime minister X")
const TITLE_AGAIN = new RegExp(String.raw`\bthe\s+((?:[\p{L}-]+\s+){0,2}?)(${TITLE_HEAD})\b(?!\s+(?:of|for)\b)`, 'giu')

/** The people named with a title so far, by the title's head noun ("envoy"), each with the title's words. */
export type TitledPeople = ReadonlyMap<string, { readonly words: readonly string[]; readonly ref: Omit<ActorRef, 'start' | 'end'> }>

/** The title written right before a person's name in `text`, as its head noun and words; null when none. */
export function titleBefore(text: string, person: ActorRef): { head: string; words: string[] } | null {
  if (person.kind !== 'person') return null
  const m = TITLE_BEFORE.exec(text.slice(Math.max(0, person.start - 48), person.start))
  if (!m) return null
  const head = (m[2] as string).toLowerCase()
  return { head, words: [...(m[1] as string).toLowerCase().split(/\s+/).filter(Boolean), head] }
}

/** "The Special Envoy" after "Special Envoy Geir Pedersen": a title said again is the person last named with it. */
function titleAnaphors(text: string, named: readonly ActorRef[], titled: TitledPeople): ActorRef[] {
  const out: ActorRef[] = []
  for (const m of text.matchAll(TITLE_AGAIN)) {
    const start = m.index ?? 0
    const end = start + m[0].length
    const known = titled.get((m[2] as string).toLowerCase())
    const words = (m[1] as string).toLowerCase().split(/\s+/).filter(Boolean)
    if (!known || !words.every((w) => known.words.includes(w)) || named.some((a) => start < a.end && a.start < end)) continue
    // ("the Special Envoy Geir Pedersen": the title before the name itself)
    if (named.some((a) => a.start >= end && /^\s*$/.test(text.slice(end, a.start)))) continue
    out.push({ ...known.ref, start, end, coreferent: true })
  }
  return out
}

/** Named actors of recent sentences, newest last; the caller keeps at most the last two sentences' worth. */
export type RecentActors = readonly ActorRef[]

/**
 * Anaphors in `text` resolved to actors, as extra ActorRefs marked `coreferent`. `homeState` is the government of the
 * country the text is about: a ministry with no state named before it ("The defence ministry denied …") is its.
 */
export function resolveAnaphors(text: string, named: readonly ActorRef[], recent: RecentActors, previousSubject: ActorRef | null = null,
  homeState: Omit<ActorRef, 'start' | 'end'> | null = null, groupOf: (person: ActorRef) => ActorRef | null = () => null,
  titled: TitledPeople = new Map(), homeForce: Omit<ActorRef, 'start' | 'end'> | null = null,
  forceOf: (a: ActorRef) => Omit<ActorRef, 'start' | 'end'> | null = (a) => (a.kind === 'state_force' ? a : null)): ActorRef[] {
  const out: ActorRef[] = titleAnaphors(text, named, titled)
  for (const m of text.matchAll(ANAPHOR)) {
    const start = m.index ?? 0
    const end = start + m[0].length
    if ([...named, ...out].some((a) => start < a.end && a.start < end)) continue
    if (/^(?:fighters|militants)$/i.test(m[0]) && !(BARE_OPENING.test(text.slice(0, start)) && VERB_AFTER.test(text.slice(end)))) continue
    // "clashes between Druze gunmen and security forces in Sweida": security forces no word before names the owner of
    // ("Lebanese security forces", "Israel's", "its", "HTS security forces") are those of the state that governs the
    // country the text is about, on the sentence's day.
    if (/^security\s+forces$/i.test(m[0])) {
      if (homeState && UNOWNED_BEFORE.test(text.slice(Math.max(0, start - 24), start))) out.push({ ...homeState, start, end, coreferent: true })
      continue
    }
    // "Troops withdrew from X overnight, the monitor said", "SOHR said soldiers had left Y": a bare "troops" that no word
    // before names the owner of is a state's force the sentences before named ("Israeli tanks entered X. Troops also
    // …"), else, when they named none, the force of the state that governs the country the text is about (rebels and
    // militias are "fighters", "gunmen"; other states' troops carry their demonym).
    if (/^(?:the\s+)?(?:troops|soldiers)$/i.test(m[0])) {
      if (!UNOWNED_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || !TROOPS_ACT_AFTER.test(text.slice(end, end + 40))) continue
      // The forces the sentences before name, a state's or a leader's standing for its force: one of them is it; of
      // several, the one of the previous sentence's subject, else none (both sides' soldiers were named).
      const pool = [...recent, ...named.filter((a) => a.end <= start && !isModifier(text, a))].filter((a) => !a.media)
      const forces = new Map<string, Omit<ActorRef, 'start' | 'end'>>()
      for (const a of pool) { const f = forceOf(a); if (f) forces.set(f.actorId, f) }
      const ofSubject = previousSubject ? forceOf(previousSubject) : null
      const home = forces.size === 1 ? [...forces.values()][0] : forces.size > 1 ? (ofSubject && forces.has(ofSubject.actorId) ? ofSubject : undefined) : homeForce ?? undefined
      if (home) out.push({ ...home, start, end, coreferent: true })
      continue
    }
    // "Rebel commander X said his men were inside. The fighters said …": a commander's or spokesman's fighters are
    // his group's.
    const fighters = FIGHTERS_NOUN.test(m[0])
    // "his regime" is the regime of the person last named, like "he".
    // ("dealing a blow to President X a week after his forces lost Y": his forces are the person's side, found below)
    // ("Golani said his men had entered Hama": his men are his group's, as his forces are)
    const hisForces = /^his\s+(?:forces|men|fighters)$/i.test(m[0])
    const personal = hisForces || /^(?:he|she|his\s+regime|his\s+government)$/i.test(m[0])
    // "Syria's defence ministry denied … The ministry called the reports false": a ministry is a state's.
    const ministry = /^the\s+(?:\S+\s+)?(?:ministry|presidency)$/i.test(m[0])
    // "The SDF said it had agreed to leave. A spokesman denied …": a spokesman speaks for a body, a group or a state.
    const spokesman = /spokes/i.test(m[0])
    // "…, the White Helmets said. The group said it had recovered 21 bodies": a rescue or aid body is a group too.
    // ("The army said rebels had entered X. It denied that its forces had withdrawn": "it" opening a sentence before a
    // speech verb is the body, group or state that spoke or was told of before; an "it" elsewhere is too often no one.)
    const group = /^the\s+group$/i.test(m[0]) || /^it$/i.test(m[0])
    const fits = (a: ActorRef) => !a.media && (personal ? a.kind === 'person' : ministry ? a.kind === 'state' : fighters ? a.kind === 'armed_group'
      : spokesman ? a.kind !== 'person' && a.kind !== 'civilians' : GROUPISH.has(a.kind) || (group && a.kind === 'organization'))
    // "The SNA, backed by Ankara, said its fighters …": a possessive points to the sentence's subject first.
    // ("Russia said its jets had struck X, as the army said it was regrouping its forces": the subject of the possessive's
    // own coordinated clause, when it names one.)
    const possessive = /^(?:its|their|his)\b/i.test(m[0]) && !personal
    const from = clauseOpening(text, start)
    const subject = possessive ? [...named, ...out].find((a) => a.start >= from && a.end <= start && fits(a)) ?? [...named, ...out].find((a) => a.end <= start && fits(a)) : undefined
    // "Rebel commanders claimed their fighters had …", "…, while militia leaders said they were ready to": a pronoun
    // right after a speaker the lexicon does not know is that speaker's, not an actor's of the sentences before.
    if (!subject && !personal && !ministry && SPEAKER_BEFORE.test(text.slice(from, start))
      && ![...named, ...out].some((a) => a.start >= from && a.end <= start)) continue
    // "Rebels entered Qorvath amid clashes with government forces. On Friday they reached the centre": a subject
    // "they" continues the previous sentence's subject, not the last actor it happened to name.
    // ("The Special Envoy called for a transition. He also called for …": "he" too continues a person as subject.)
    const opensSentence = !possessive && start < 40 && !named.some((a) => a.end <= start)
    const continued = opensSentence && previousSubject && fits(previousSubject) ? previousSubject : undefined
    // ("The SDF holds the east. On Friday it seized X": an "it" that acts continues the previous sentence's subject, a
    // party; no other actor named before stands for it.)
    if (/^it$/i.test(m[0]) && new RegExp(`^${ACTING_IT}`, 'i').test(text.slice(end))) {
      if (continued && continued.kind !== 'organization' && continued.kind !== 'person' && continued.kind !== 'civilians') out.push({ ...continued, start, end, coreferent: true })
      continue
    }
    // "The army acknowledged that the fighters had entered …": a noun for fighters in an actor's own reported words is
    // someone else (its own would be "its fighters", "they"); "an SDF official said the group …" may still be the SDF.
    const speaker = DEFINITE_NOUN.test(m[0]) ? named.find((a) => a.start >= from && a.end <= start && SPEAKS_AFTER.test(text.slice(a.end, start))) : undefined
    // "factions wary of the alliance said they …": an actor inside a modifier is not what "they" points to.
    const pool = [...recent, ...named.filter((a) => a.end <= start && !isModifier(text, a))].filter((a) => a.actorId !== speaker?.actorId)
      .map((a) => (fighters && a.kind === 'person' ? groupOf(a) ?? a : a))
    // "Rebels entered X, according to the White Helmets. The group said three civilians were killed": a group that
    // speaks is the body the sentences before cited as their source, not the party they told of.
    const source = group && /^\s+(?:\w+ly\s+|later\s+|also\s+)?(?:said|says|reported|added|told|announced|confirmed)\b/i.test(text.slice(end))
      ? [...recent].reverse().find((a) => a.kind === 'organization' && !a.media) : undefined
    // "Government troops retreated from X. Rebels then seized Y from them": "them" after "from" is a side told of before,
    // never the subject of its own clause.
    if (/^them$/i.test(m[0])) {
      const own = new Set(named.filter((a) => a.start >= from && a.end <= start).map((a) => a.actorId))
      const other = [...pool].reverse().find((a) => fits(a) && !own.has(a.actorId))
      if (other) out.push({ ...other, start, end, coreferent: true })
      continue
    }
    // "The SDF handed the town to tribal forces on Friday, a spokesman said": a spokesman after the words he vouches for
    // speaks for their subject, the first body the sentence names, not the last one.
    const postposed = spokesman && /,\s*$/.test(text.slice(0, start)) && /^\s+(?:said|says|told|added|confirmed|announced)\b/i.test(text.slice(end))
      ? named.find((a) => a.end <= start && fits(a)) : undefined
    const person = hisForces ? subject ?? continued ?? [...pool].reverse().find(fits) : undefined
    const antecedent = person ? groupOf(person) ?? person
      : subject ?? source ?? continued ?? postposed ?? [...pool].reverse().find(fits) ?? (ministry ? homeState ?? undefined : undefined)
    if (antecedent) out.push({ ...antecedent, start, end, coreferent: true })
  }
  return out
}
