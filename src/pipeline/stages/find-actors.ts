// Finds mentions of theater actors (states, forces, groups, organisations, persons) by lexicon alias.
// Only names from the lexicon, countries the place stage found acting, and a state's officials ("Iranian official");
// pronouns and "the group" are resolved later, by extract-events.
import type { NewAnnotation } from '../../core/doc.ts'
import { addAnnotations, annotationsOf } from '../../core/doc.ts'
import { loadGazetteer } from '../../gazetteer/load.ts'
import { nameKey } from '../../gazetteer/normalize.ts'
import { forceOfState, stateOfCountry } from '../../theaters/lexicon.ts'
import { loadActorLexicon } from '../../theaters/load.ts'
import type { ActorMatcher } from '../../theaters/match.ts'
import { compileActorMatcher } from '../../theaters/match.ts'
import type { Actor, ActorLexicon } from '../../theaters/lexicon.ts'
import { mentionDates } from '../mention-dates.ts'
import { barePlurals, isGeneric, referredFactions } from './find-actors/bare-plurals.ts'
import { surnameMentions } from './find-actors/surnames.ts'
import { orderedForce } from './find-actors/ordered-force.ts'
import { possessedForce } from './find-actors/possessed-force.ts'
import type { Stage } from '../stage.ts'

const matchers = new Map<string, ActorMatcher>()

/** The compiled matcher for a theater, built once per process. */
export function actorMatcherFor(theater: string): ActorMatcher {
  let m = matchers.get(theater)
  if (!m) {
    m = compileActorMatcher(loadActorLexicon(theater))
    matchers.set(theater, m)
  }
  return m
}

/**
 * Adds an actor annotation for every lexicon alias in the text, resolved on the date its sentence names (else the
 * publication date: mention-dates.ts), and for every
 * country the place stage found acting ("Iraq said …", "Jordan closed its border") or as the other party to a relation
 * ("an agreement with Syria") whose state the lexicon has.
 */
export const findActors: Stage = (doc, ctx) => {
  const matcher = actorMatcherFor(ctx.theater)
  const date = mentionDates(doc)
  const added: ActorMention[] = matcher.find(doc.text, date).map((m) => ({
    kind: 'actor' as const,
    span: m.span,
    by: `find-actors:${m.rule}`,
    actorId: m.actor.id,
    name: m.actor.name,
    actorKind: m.actor.kind,
  }))
  const lex = loadActorLexicon(ctx.theater)
  for (const p of annotationsOf(doc, 'place')) {
    // ("a 1974 agreement with Syria", "talks with Turkey": the other party to a relation the place stage found is a
    // state acting too.)
    if (p.placeKind !== 'country' || !/^find-places:(?:actor|counterpart)\b/.test(p.by) || added.some((a) => a.span.start < p.span.end && p.span.start < a.span.end)) continue
    const id = stateOfCountry(lex, p.name, date(p.span.start))
    const actor = id ? lex.byId.get(id) : undefined
    if (actor) added.push({ kind: 'actor', span: p.span, by: 'find-actors:acting-country', actorId: actor.id, name: actor.name, actorKind: actor.kind })
  }
  // "a senior Iranian official", "Turkish diplomats": a state's officials speak for its state.
  // "US officials", "U.K. diplomats": so do a country's initials that the place stage read as the country.
  const gaz = loadGazetteer(ctx.theater)
  const countries = annotationsOf(doc, 'place').filter((p) => p.placeKind === 'country')
  const sentences = annotationsOf(doc, 'sentence')
  const overlaps = (span: { start: number; end: number }) => added.some((a) => a.span.start < span.end && span.start < a.span.end)
  /** The state a demonym ("Iranian") or a country's initials read as that country ("US") stand for; null when none. */
  const stateOfWord = (span: { start: number; end: number }) => {
    const iso = gaz.demonymCountry(nameKey(doc.text.slice(span.start, span.end)))
    const at = iso ? gaz.country(iso) : undefined
    const initials = countries.find((p) => p.span.start === span.start && p.span.end === span.end)?.name
    const country = at === undefined ? initials : gaz.entry(at).name
    return country === undefined ? null : stateOfCountry(lex, country, date(span.start))
  }
  for (const m of doc.text.matchAll(OFFICIAL)) {
    // The demonym alone is the mention, so the attribution keeps the words as written ("a senior Iranian official").
    const span = { start: m.index ?? 0, end: (m.index ?? 0) + (m[1] as string).length }
    if (overlaps(span)) continue
    // "Russian President Vladimir Putin": a title before a named actor; the person speaks, as the lexicon has them.
    const after = (m.index ?? 0) + m[0].length
    if (added.some((a) => a.span.start >= after && a.span.start <= after + 1)) continue
    const id = stateOfWord(span)
    const actor = id ? lex.byId.get(id) : undefined
    if (actor) added.push({ kind: 'actor', span, by: 'find-actors:state-official', actorId: actor.id, name: actor.name, actorKind: actor.kind })
  }
  const stateForceOf = (state: string | null, on: string | null) => (state ? forceOfState(lex, state, on) : undefined)
  // "Israeli soldiers", "Turkish tanks", "Iranian troops": a state's forces named by its demonym are its armed force,
  // the state force the lexicon makes part of it.
  for (const m of doc.text.matchAll(STATE_FORCES)) {
    const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }
    if (overlaps(span)) continue
    const actor = stateForceOf(stateOfWord({ start: span.start, end: span.start + (m[1] as string).length }), date(span.start))
    if (actor) added.push({ kind: 'actor', span, by: 'find-actors:state-force', actorId: actor.id, name: actor.name, actorKind: actor.kind })
  }
  // "An Israeli strike on the port", "Turkish drone strikes", "Russian shelling": a strike named by its state's
  // demonym is that state's force's; the demonym alone is the mention, so the trigger keeps its words.
  for (const m of doc.text.matchAll(STATE_STRIKES)) {
    const span = { start: m.index ?? 0, end: (m.index ?? 0) + (m[1] as string).length }
    if (overlaps(span)) continue
    const actor = stateForceOf(stateOfWord(span), date(span.start))
    if (actor) added.push({ kind: 'actor', span, by: 'find-actors:state-strike', actorId: actor.id, name: actor.name, actorKind: actor.kind })
  }
  // "regime helicopters", "Government warplanes", "a regime helicopter", "regime air strikes": the force of the state
  // the lexicon's "the regime" / "the government" names (a demonym before the word names its own state: "Iraqi
  // government jets").
  for (const m of doc.text.matchAll(GOVERNMENT_FORCES)) {
    const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }
    if (overlaps(span)) continue
    const on = date(span.start)
    const demonym = /(\p{Lu}\p{Ll}+)\s+$/u.exec(doc.text.slice(Math.max(0, span.start - 20), span.start))
    const state = demonym ? stateOfWord({ start: span.start - demonym[0].length, end: span.start - demonym[0].length + (demonym[1] as string).length })
      : matcher.find(`the ${(m[1] as string).toLowerCase()}`, () => on).find((x) => x.actor.kind === 'state')?.actor.id ?? null
    const actor = stateForceOf(state, on)
    if (actor) added.push({ kind: 'actor', span, by: 'find-actors:government-force', actorId: actor.id, name: actor.name, actorKind: actor.kind })
  }
  // "government-held towns", "regime-controlled areas": the state that "the government" / "the regime" names holds them;
  // "rebel-held Idlib", "opposition-held areas": the side "rebels" / "the opposition" names (the word alone is the
  // mention; roles read the holder from it).
  /** The actor a side's word names on a day: "regime" / "government" the state, "rebel" / "opposition" the armed group. */
  const sideOf = (side: string, on: string | null) => {
    const word = side.toLowerCase()
    return /^(?:regime|government)$/.test(word) ? matcher.find(`the ${word}`, () => on).find((x) => x.actor.kind === 'state')?.actor
      : matcher.find(word === 'opposition' ? 'the opposition' : `${word}s`, () => on).find((x) => x.actor.kind === 'armed_group')?.actor
  }
  for (const m of doc.text.matchAll(SIDE_HELD)) {
    const span = { start: m.index ?? 0, end: (m.index ?? 0) + (m[1] as string).length }
    if (overlaps(span) || /\p{Lu}\p{Ll}+\s+$/u.test(doc.text.slice(Math.max(0, span.start - 20), span.start))) continue
    const actor = sideOf(m[1] as string, date(span.start))
    if (actor) added.push({ kind: 'actor', span, by: 'find-actors:side-held', actorId: actor.id, name: actor.name, actorKind: actor.kind })
  }
  // "Rebel commanders said …", "opposition officers", "an insurgent spokesman": people of the side the word names (as
  // "rebels" and "the opposition" name it on that day). The mention is the side's word alone, so a speaker's phrase
  // is kept as written ("Rebel officers"), not replaced by the side's name.
  for (const m of doc.text.matchAll(SIDE_PEOPLE)) {
    const span = { start: m.index ?? 0, end: (m.index ?? 0) + (m[1] as string).length }
    if (overlaps(span)) continue
    const actor = sideOf(m[1] as string, date(span.start))
    if (actor) added.push({ kind: 'actor', span, by: 'find-actors:side-people', actorId: actor.id, name: actor.name, actorKind: actor.kind })
  }
  // "Russian and Syrian warplanes", "Russian, Iranian and Syrian troops": the demonyms listed before the last share its
  // noun; each is its state's force, the mention its own word.
  for (const m of doc.text.matchAll(LISTED_STATE_FORCES)) {
    const listStart = m.index ?? 0
    for (const w of (m[1] as string).matchAll(/\p{Lu}\p{Ll}+/gu)) {
      const span = { start: listStart + (w.index ?? 0), end: listStart + (w.index ?? 0) + w[0].length }
      if (overlaps(span)) continue
      // The force the lexicon names for the demonym with the shared noun ("Syrian jets": the air force), else the
      // state's force.
      const on = date(span.start)
      const phrase = `${w[0]} ${m[2] as string}`
      const named = matcher.find(phrase, () => on).find((x) => x.span.start === 0 && x.span.end === phrase.length && x.actor.kind === 'state_force')
      const actor = named?.actor ?? stateForceOf(stateOfWord(span), on)
      if (actor) added.push({ kind: 'actor', span, by: 'find-actors:state-force', actorId: actor.id, name: actor.name, actorKind: actor.kind })
    }
  }
  for (const plural of barePlurals(lex)) {
    for (const m of doc.text.matchAll(plural.pattern)) {
      const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }
      if (overlaps(span) || !isGeneric(doc.text, span.start, span.end, plural, added)) continue
      added.push({ kind: 'actor', span, by: 'find-actors:bare-plural', actorId: plural.actor.id, name: plural.actor.name, actorKind: plural.actor.kind })
    }
  }
  // ("… SDF commander Mazloum Abdi said … Abdi called for a ceasefire": a surname alone after the full name)
  const places = annotationsOf(doc, 'place')
  for (const { span, of } of surnameMentions(doc.text, added, (x) => overlaps(x) || places.some((p) => p.span.start < x.end && x.start < p.span.end))) {
    const person = lex.byId.get(of.actorId)
    if (person) added.push({ kind: 'actor', span, by: 'find-actors:surname', actorId: person.id, name: person.name, actorKind: person.kind })
  }
  // (the start of the last sentence that starts at or before `at`: the space between two sentences belongs to the first)
  const sentenceStartOf = (at: number) => sentences.filter((x) => x.span.start <= at).pop()?.span.start ?? 0
  // In text order, as every later reader of a sentence's actors expects ("Russian and Syrian warplanes": the listed
  // demonym comes before the mention it shares a noun with, though found after it).
  const inOrder = [...added].sort((x, y) => x.span.start - y.span.start)
  // ("Jordan's army": the possessor's force, else the state; an army the lexicon does not know is no other army.)
  const as = (a: ActorMention, actor: Actor | null, by: string): ActorMention | null =>
    actor ? { ...a, by, actorId: actor.id, name: actor.name, actorKind: actor.kind } : null
  const owned = (a: ActorMention) => as(a, possessedForce(doc.text, a, inOrder, lex, (state) => stateForceOf(state, date(a.span.start))), 'find-actors:possessed-force')
  // ("Netanyahu ordered the army to …": the orderer's state's force.)
  const ordered = (a: ActorMention) =>
    as(a, orderedForce(doc.text, a, inOrder, lex, sentenceStartOf(a.span.start), (state) => stateForceOf(state, date(a.span.start))), 'find-actors:ordered-force')
  return addAnnotations(doc, inOrder.map((a) => owned(a) ?? ordered(a) ?? bareArmyOf(doc.text, a, inOrder, sentences) ?? referredPlural(doc.text, a, inOrder, lex, sentenceStartOf) ?? namedAfter(doc.text, a, inOrder) ?? a))
}

// A common noun for fighters ("jihadists", "rebels", "government forces"), as the lexicon gives a generic actor.
const COMMON_PLURAL = /^[A-Za-z][a-z-]*(?:\s[a-z-]+)*s$/
// What says whose they are, between the noun and the name: "jihadists from the", "rebels of", "fighters belonging to".
const WHOSE = /^\s+(?:from|of|belonging\s+to|affiliated\s+with|loyal\s+to)\s+(?:the\s+)?$/i
const ARMED_KINDS: ReadonlySet<string> = new Set(['armed_group', 'state_force'])

/**
 * "Jihadists from the Islamic State group", "rebels of the Southern Operations Room": a common noun the lexicon gives
 * one generic actor is the armed group or force named right after it as theirs; null when `a` is no such mention.
 */
function namedAfter(text: string, a: ActorMention, all: readonly ActorMention[]): ActorMention | null {
  if (!COMMON_PLURAL.test(text.slice(a.span.start, a.span.end))) return null
  const next = all.find((x) => x.span.start > a.span.end && x.span.start <= a.span.end + 30)
  if (!next || next.actorId === a.actorId || !ARMED_KINDS.has(next.actorKind) || !WHOSE.test(text.slice(a.span.end, next.span.start))) return null
  return { ...a, by: 'find-actors:named-after', actorId: next.actorId, name: next.name, actorKind: next.actorKind }
}

/** "the factions" after "Turkish-backed factions" in the same or the sentence before: that mention's actor, else null. */
function referredPlural(text: string, a: ActorMention, all: readonly ActorMention[], lex: ActorLexicon, sentenceStartOf: (at: number) => number): ActorMention | null {
  const plural = barePlurals(lex).find((p) => p.actor.id === a.actorId && text.slice(a.span.start, a.span.end).toLowerCase() === p.alias)
  const referred = plural && referredFactions(text, a, plural, all, sentenceStartOf)
  const actor = referred ? lex.byId.get(referred.actorId) : undefined
  return actor ? { ...a, by: 'find-actors:referred-plural', actorId: actor.id, name: actor.name, actorKind: actor.kind } : null
}

type ActorMention = Extract<NewAnnotation, { kind: 'actor' }>

/**
 * "Israeli soldiers took up positions on the mountain, the army said": a bare "the army" speaking after a sentence
 * whose subject is another state's force is that force; null when `a` is no such mention.
 */
function bareArmyOf(text: string, a: ActorMention, all: readonly ActorMention[], sentences: readonly { span: { start: number; end: number } }[]): ActorMention | null {
  if (a.actorKind !== 'state_force' || !/^(?:army|military)$/i.test(text.slice(a.span.start, a.span.end))
    || !/,\s*the\s+$/i.test(text.slice(Math.max(0, a.span.start - 6), a.span.start))
    || !/^\s+(?:said|says|added|stated|announced|confirmed|reported)\b(?:\s+[^\s,.;]+){0,4}\s*[.,;]/i.test(text.slice(a.span.end, a.span.end + 50))) return null
  const sentence = sentences.find((x) => x.span.start <= a.span.start && a.span.end <= x.span.end)
  // (The sentence's first actor only: "Rebels attacked Russian troops, the army said" is the army's own word.)
  const first = sentence && all.filter((x) => x.span.start >= sentence.span.start && x.span.end <= a.span.start).sort((x, y) => x.span.start - y.span.start)[0]
  return first && first.actorKind === 'state_force' && first.actorId !== a.actorId ? { ...a, actorId: first.actorId, name: first.name } : null
}

// A demonym and a word for armed men or their machines: "Israeli soldiers", "Turkish special forces", "Russian jets",
// "Israeli missile boats struck the Syrian navy".
// ("Russian frigates left the port", "Russian armoured vehicles were seen leaving": ships and armour of a force too)
// (singular too: "an Israeli drone struck a car", "a Russian jet bombed …")
const FORCE_NOUN = String.raw`(?:(?:special|ground|armou?red|elite|naval|transport|cargo)\s+)?(?:soldiers?|troops|forces|tanks?|units?|commandos?|warplanes?|jets?|bombers?|fighter\s+jets?|drones?|aircraft|(?:transport|cargo|military)\s+planes?|helicopters?|artillery|warships?|gunboats?|missile\s+boats?|navy|patrols?|convoys?|military\s+vehicles?|frigates?|corvettes?|submarines?|(?:naval|military)\s+(?:ships?|vessels?)|armou?red\s+(?:vehicles?|personnel\s+carriers?))\b`
const STATE_FORCES = new RegExp(String.raw`\b(\p{Lu}\p{Ll}+)\s+${FORCE_NOUN}`, 'gu')
// "regime helicopters", "government artillery", "a regime warplane", "regime air strikes" (group 1: the word for the state).
const GOVERNMENT_FORCES = new RegExp(String.raw`\b([Rr]egime|[Gg]overnment)\s+(?:${FORCE_NOUN}|(?:helicopter|warplane|jet|drone|tank)\b|(?:(?:air|drone|missile|rocket|artillery)\s*-?\s*)?(?:strikes?|raids?|shelling|bombardments?)\b)`, 'gu')
// "Rebel commanders", "opposition officers", "an insurgent spokesman", "the rebel command" (group 1: the word for the
// side). Not "sources":
// whose sources they are the text seldom says.
const SIDE_PEOPLE = /\b([Rr]ebel|[Ii]nsurgent|[Oo]pposition)\s+(?:military\s+|field\s+|senior\s+)?(?:commanders?|officers?|officials?|spokes(?:man|woman|person)|leaders?|(?:military\s+|operations\s+)?command)\b/gu
// "government-held", "regime-controlled", "rebel-held", "opposition-controlled" (group 1: the word for the side).
const SIDE_HELD = /\b([Rr]egime|[Gg]overnment|[Rr]ebel|[Ii]nsurgent|[Oo]pposition)[-‐–](?:held|controlled)\b/gu
// A demonym and a strike: "Israeli strike", "Turkish drone strikes", "Russian air raids", "Israeli shelling".
// ("a US airstrike", "U.S. strikes": a country's initials the place stage read as the country, too)
const STATE_STRIKES = /(?<![\p{L}.])(\p{Lu}\p{Ll}+|U\.S\.|US|U\.K\.|UK)\s+(?:(?:air|drone|missile|rocket|artillery)\s*-?\s*)?(?:strikes?|airstrikes?|raids?|shelling|bombardments?|bombing)\b/gu
// The demonyms listed before the last one of "Russian and Syrian warplanes" (group 1: "Russian ", "Russian, Iranian "),
// and the noun they share (group 2).
const LISTED_STATE_FORCES = new RegExp(String.raw`\b((?:\p{Lu}\p{Ll}+,?\s+)+)and\s+\p{Lu}\p{Ll}+\s+(${FORCE_NOUN})`, 'gu')

// "Iranian official", "Turkish officials", "Lebanese diplomat", "Jordanian foreign ministry", "Turkish security
// officials", "the Turkish foreign minister", "Russian Foreign Minister Sergei Lavrov", "the Israeli prime minister's
// office": a demonym, the office, and who speaks (capitalised or not, as titles are written).
const OFFICE = String.raw`(?:[Ss]enior|[Tt]op|[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ss]ecurity|[Ii]ntelligence|[Mm]ilitary|[Gg]overnment|[Bb]order|[Pp]rime|[Pp]residential|[Dd]eputy)`
const ROLE = String.raw`(?:[Oo]fficials?|[Dd]iplomats?|[Mm]inistry|[Mm]inisters?|[Pp]resident|[Ss]pokes(?:man|woman|person)|[Ee]nvoy|[Aa]mbassador)`
const OFFICIAL = new RegExp(String.raw`\b(\p{Lu}\p{Ll}+|\p{Lu}{2,3}\b|(?:\p{Lu}\.){2,3})\s+(?:${OFFICE}\s+){0,2}(${ROLE})\b`, 'gu')
