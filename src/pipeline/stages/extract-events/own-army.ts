// "Iraq's state news agency said the army had deployed troops near Al-Qaim": a bare "the army" in the words of a source
// of another country, about an act inside that country, is that country's force, not the army of the country the text
// is about. ("Iraqi state media said the army had withdrawn from Deir ez-Zor": an act in Syria keeps the Syrian army;
// foreign outlets report on it far more often than on their own forces.)
import type { ActorId } from '../../../core/types.ts'
import type { ActorLexicon } from '../../../theaters/lexicon.ts'
import { foldAlias, forceOfState } from '../../../theaters/lexicon.ts'
import type { EventActor } from './roles.ts'
import type { SentenceView } from './sentence.ts'
import type { Speaker } from './speakers.ts'

// A force named by its common noun alone: "the army", "the military", "troops", "the armed forces".
const BARE_FORCE = /^(?:the\s+)?(?:army|military|armed\s+forces|troops|soldiers)$/i

/** A country named in the speaker's phrase by its name or its demonym ("Iraq's", "Iraqi", "Turkish" for Türkiye). */
function namesCountry(phrase: string, country: string): boolean {
  const stem = foldAlias(country).slice(0, 4)
  if (stem.length < 4) return false
  return phrase.split(/[^\p{L}'’]+/u).some((w) => /^\p{Lu}/u.test(w) && foldAlias(w).startsWith(stem))
}

/** The force of the state named `country` in the lexicon (part of it), or null. */
function forceOf(lex: ActorLexicon, country: string): ActorId | null {
  const state = lex.actors.find((a) => a.kind === 'state' && (foldAlias(a.name) === foldAlias(country) || a.aliases.some((x) => foldAlias(x) === foldAlias(country))))
  if (!state) return null
  return forceOfState(lex, state.id, null)?.id ?? null
}

/**
 * The event's actors with a bare force in a foreign source's words rebound to that source's country's force, when the
 * event's place lies in that country and it is not the country the text is about; the actors unchanged otherwise.
 */
export function ownArmyOf(view: SentenceView, speaker: Speaker | null, placeCountry: { iso: string; name: string } | null,
  focusIso: string | null, actors: readonly EventActor[], lex: ActorLexicon): readonly EventActor[] {
  if (!speaker || speaker.end <= speaker.start || !placeCountry || placeCountry.iso === focusIso) return actors
  if (!namesCountry(view.text.slice(speaker.start, speaker.end), placeCountry.name)) return actors
  const force = forceOf(lex, placeCountry.name)
  if (!force) return actors
  const bare = new Set(view.actors.filter((a) => a.start >= speaker.scopeStart && a.end <= speaker.scopeEnd && BARE_FORCE.test(view.text.slice(a.start, a.end)))
    .map((a) => a.actorId as string))
  if (bare.size === 0 || actors.some((a) => a.actorId === force)) return actors
  return actors.map((a) => (bare.has(a.actorId) ? { ...a, actorId: force } : a))
}
