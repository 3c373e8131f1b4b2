// Finds mentions of theater actors (states, forces, groups, organisations, persons) by lexicon alias.
// Only names from the lexicon, countries the place stage found acting, and a state's officials ("Iranian official");
// pronouns and "the group" are resolved later, by extract-events.
import type { NewAnnotation } from '../../core/doc.ts'
import type { Doc } from '../../core/types.ts'
import { addAnnotations, annotationsOf } from '../../core/doc.ts'
import { loadGazetteer } from '../../gazetteer/load.ts'
import { nameKey } from '../../gazetteer/normalize.ts'
import { stateOfCountry } from '../../theaters/lexicon.ts'
import { loadActorLexicon } from '../../theaters/load.ts'
import type { ActorMatcher } from '../../theaters/match.ts'
import { compileActorMatcher } from '../../theaters/match.ts'
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
 * Adds an actor annotation for every lexicon alias in the text, resolved on the publication date, and for every
 * country the place stage found acting ("Iraq said …", "Jordan closed its border") whose state the lexicon has.
 */
export const findActors: Stage = (doc, ctx) => {
  const matcher = actorMatcherFor(ctx.theater)
  const date = mentionDates(doc)
  const added: NewAnnotation[] = matcher.find(doc.text, date).map((m) => ({
    kind: 'actor',
    span: m.span,
    by: `find-actors:${m.rule}`,
    actorId: m.actor.id,
    name: m.actor.name,
    actorKind: m.actor.kind,
  }))
  const lex = loadActorLexicon(ctx.theater)
  for (const p of annotationsOf(doc, 'place')) {
    if (p.placeKind !== 'country' || !p.by.startsWith('find-places:actor') || added.some((a) => a.span.start < p.span.end && p.span.start < a.span.end)) continue
    const id = stateOfCountry(lex, p.name, date(p.span.start))
    const actor = id ? lex.byId.get(id) : undefined
    if (actor) added.push({ kind: 'actor', span: p.span, by: 'find-actors:acting-country', actorId: actor.id, name: actor.name, actorKind: actor.kind })
  }
  // "a senior Iranian official", "Turkish diplomats": a state's officials speak for its state.
  // "US officials", "U.K. diplomats": so do a country's initials that the place stage read as the country.
  const gaz = loadGazetteer(ctx.theater)
  const countries = annotationsOf(doc, 'place').filter((p) => p.placeKind === 'country')
  for (const m of doc.text.matchAll(OFFICIAL)) {
    // The demonym alone is the mention, so the attribution keeps the words as written ("a senior Iranian official").
    const span = { start: m.index ?? 0, end: (m.index ?? 0) + (m[1] as string).length }
    if (added.some((a) => a.span.start < span.end && span.start < a.span.end)) continue
    // "Russian President Vladimir Putin": a title before a named actor; the person speaks, as the lexicon has them.
    const after = (m.index ?? 0) + m[0].length
    if (added.some((a) => a.span.start >= after && a.span.start <= after + 1)) continue
    const iso = gaz.demonymCountry(nameKey(m[1] as string))
    const at = iso ? gaz.country(iso) : undefined
    const initials = countries.find((p) => p.span.start === span.start && p.span.end === span.end)?.name
    const country = at === undefined ? initials : gaz.entry(at).name
    const id = country === undefined ? null : stateOfCountry(lex, country, date(span.start))
    const actor = id ? lex.byId.get(id) : undefined
    if (actor) added.push({ kind: 'actor', span, by: 'find-actors:state-official', actorId: actor.id, name: actor.name, actorKind: actor.kind })
  }
  return addAnnotations(doc, added)
}

/**
 * The day an actor named at an offset is named for: the date its sentence gives, the one nearest the name ("The Syrian
 * government bombed Idlib on November 30", in a report of 10 December, is Assad's government, not the caretaker one
 * that took over on 8 December), else the publication date. Dated aliases ("the general command", "the government")
 * changed owner in the middle of the period, and reports look back at the days before.
 */
function mentionDates(doc: Doc): (at: number) => string | null {
  const published = doc.meta.publishedAt
  const dates = annotationsOf(doc, 'date').filter((d) => d.value !== null)
  if (dates.length === 0) return () => published
  const sentences = annotationsOf(doc, 'sentence')
  return (at) => {
    const s = sentences.find((x) => x.span.start <= at && at < x.span.end)
    if (!s) return published
    let best: string | null = null
    let distance = Infinity
    for (const d of dates) {
      if (d.span.start < s.span.start || d.span.end > s.span.end) continue
      const away = d.span.start >= at ? d.span.start - at : at - d.span.end
      if (away < distance) { distance = away; best = d.value }
    }
    return best ?? published
  }
}

// "Iranian official", "Turkish officials", "Lebanese diplomat", "Jordanian foreign ministry", "Turkish security
// officials", "the Turkish foreign minister", "Russian Foreign Minister Sergei Lavrov", "the Israeli prime minister's
// office": a demonym, the office, and who speaks (capitalised or not, as titles are written).
const OFFICE = String.raw`(?:[Ss]enior|[Tt]op|[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ss]ecurity|[Ii]ntelligence|[Mm]ilitary|[Gg]overnment|[Bb]order|[Pp]rime|[Pp]residential|[Dd]eputy)`
const ROLE = String.raw`(?:[Oo]fficials?|[Dd]iplomats?|[Mm]inistry|[Mm]inisters?|[Pp]resident|[Ss]pokes(?:man|woman|person)|[Ee]nvoy|[Aa]mbassador)`
const OFFICIAL = new RegExp(String.raw`\b(\p{Lu}\p{Ll}+|\p{Lu}{2,3}\b|(?:\p{Lu}\.){2,3})\s+(?:${OFFICE}\s+){0,2}(${ROLE})\b`, 'gu')
