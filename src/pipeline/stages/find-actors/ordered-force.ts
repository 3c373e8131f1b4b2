// "Netanyahu ordered the army to seize the zone", "Erdogan instructed the military to prepare": a bare force word that a
// state's leader orders is that state's force, not the theater's army the lexicon gives the word to.
import type { Actor, ActorLexicon } from '../../../theaters/lexicon.ts'
import { stateOfActor } from '../../../theaters/lexicon.ts'
import type { PossessedMention } from './possessed-force.ts'
import { BARE_FORCE } from './possessed-force.ts'

// The verb of command and "the" right before the force word, after its subject.
const ORDERED_BEFORE = /\b(?:ordered|orders|ordering|instructed|instructs|told|tells|directed|directs|commanded|authori[sz]ed|authori[sz]es)\s+(?:the|his|her|its|their)\s+$/i

// A preposition right before a name: "with Syria", "against Iran", "to Russia".
const OBJECT_OF_PHRASE = /\b(?:with|against|between|to|from|of|on|in|into|toward|towards|over|by|for)\s+(?:the\s+)?$/i

/**
 * The actor `a` stands for when it is a bare force word a state's leader (or the state) orders: that state's force
 * (`forceOf`); null when `a` is no such mention, or the orderer leads the state the word already names.
 */
export function orderedForce(text: string, a: PossessedMention, all: readonly PossessedMention[], lex: ActorLexicon, sentenceStart: number,
  forceOf: (state: string) => Actor | undefined): Actor | null {
  if (a.actorKind !== 'state_force' || !BARE_FORCE.test(text.slice(a.span.start, a.span.end))) return null
  if (!ORDERED_BEFORE.test(text.slice(Math.max(sentenceStart, a.span.start - 24), a.span.start))) return null
  // The subject: the last person or state named before the verb in the sentence, not one a preposition makes the object
  // of another phrase ("Netanyahu said the agreement with Syria had collapsed and ordered the army …" is Netanyahu's).
  const orderer = all.filter((x) => x.span.start >= sentenceStart && x.span.end <= a.span.start && (x.actorKind === 'person' || x.actorKind === 'state')
    && !OBJECT_OF_PHRASE.test(text.slice(Math.max(sentenceStart, x.span.start - 12), x.span.start))).pop()
  if (!orderer) return null
  const state = stateOfActor(lex, orderer.actorId, orderer.actorKind)
  const force = state ? forceOf(state) : undefined
  return force && force.id !== a.actorId ? force : null
}
