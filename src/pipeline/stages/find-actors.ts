// Finds mentions of theater actors (states, forces, groups, organisations, persons) by lexicon alias.
// Only names from the lexicon; pronouns and "the group" are resolved later, by extract-events.
import type { NewAnnotation } from '../../core/doc.ts'
import { addAnnotations } from '../../core/doc.ts'
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

/** Adds an actor annotation for every lexicon alias in the text, resolved on the publication date. */
export const findActors: Stage = (doc, ctx) => {
  const matcher = actorMatcherFor(ctx.theater)
  const added: NewAnnotation[] = matcher.find(doc.text, doc.meta.publishedAt).map((m) => ({
    kind: 'actor',
    span: m.span,
    by: `find-actors:${m.rule}`,
    actorId: m.actor.id,
    name: m.actor.name,
    actorKind: m.actor.kind,
  }))
  return addAnnotations(doc, added)
}
