// A validated actor lexicon and the lookups the stages need (by id, alias choice by date, affiliations).
// Pure: built from parsed data; reading files is load.ts's job.
import { AppError } from '../core/errors.ts'
import type { ActorId } from '../core/types.ts'
import type { ActorEntry, ActorLexiconFile } from './schema.ts'

export interface Actor extends Omit<ActorEntry, 'id'> {
  readonly id: ActorId
}

export interface ActorLexicon {
  readonly theater: string
  readonly period: { readonly from: string; readonly to: string }
  readonly actors: readonly Actor[]
  readonly byId: ReadonlyMap<string, Actor>
}

/** True when `date` (ISO) lies within the actor's validity; an unknown date counts as valid. */
export function validOn(a: { validFrom?: string | null; validTo?: string | null }, date: string | null): boolean {
  if (!date) return true
  return (!a.validFrom || a.validFrom <= date) && (!a.validTo || date <= a.validTo)
}

/** Two validity windows share a day. */
function windowsOverlap(a: Actor, b: Actor): boolean {
  const from = [a.validFrom ?? '0000-00-00', b.validFrom ?? '0000-00-00'].sort()[1] as string
  const to = [a.validTo ?? '9999-99-99', b.validTo ?? '9999-99-99'].sort()[0] as string
  return from <= to
}

/** Folds an alias for comparison the way matching does: case, accents, apostrophes, hyphens. */
export function foldAlias(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['’‘ʿʾ`´]/g, '').replace(/[\s\-‐–]+/g, ' ').toLowerCase().trim()
}

/** Checks cross-references the schema cannot see and indexes the lexicon; throws AppError('theater_invalid'). */
export function buildLexicon(file: ActorLexiconFile, origin: string): ActorLexicon {
  const byId = new Map<string, Actor>()
  const fail = (msg: string) => { throw new AppError('theater_invalid', msg, origin) }
  for (const a of file.actors) {
    if (byId.has(a.id)) fail(`actor id "${a.id}" appears twice`)
    byId.set(a.id, { ...a, id: a.id as ActorId })
  }
  const owners = new Map<string, Actor[]>()
  for (const a of byId.values()) {
    for (const f of a.affiliations) if (!byId.has(f.actor)) fail(`actor "${a.id}" is affiliated with unknown actor "${f.actor}"`)
    for (const alias of new Set([...a.aliases, ...a.metonyms].map(foldAlias))) {
      const list = owners.get(alias) ?? []
      const clash = list.find((b) => windowsOverlap(a, b))
      if (clash) fail(`alias "${alias}" belongs to both "${clash.id}" and "${a.id}" at the same time; give them disjoint validFrom/validTo`)
      owners.set(alias, [...list, a])
    }
  }
  return { theater: file.theater, period: file.period, actors: [...byId.values()], byId }
}

/** The actor's own id and the ids it is affiliated with on `date` (person → group → coalition), nearest first. */
export function affiliationChain(lex: ActorLexicon, id: ActorId, date: string | null): ActorId[] {
  const out: ActorId[] = [id]
  for (let i = 0; i < out.length && out.length < 8; i++) {
    const a = lex.byId.get(out[i] as string)
    for (const f of a?.affiliations ?? []) {
      if (validOn(f, date) && !out.includes(f.actor as ActorId)) out.push(f.actor as ActorId)
    }
  }
  return out
}

/**
 * The actor that stands for a country named as a place ("Iraq said …", "aid to Syria"): whoever governs the
 * country's state on `date`, else the state itself; null when the lexicon has no state of that name.
 */
export function stateOfCountry(lex: ActorLexicon, country: string, date: string | null): ActorId | null {
  const state = lex.actors.find((a) => a.kind === 'state' && foldAlias(a.name) === foldAlias(country))
  if (!state) return null
  const governor = lex.actors.find((a) => validOn(a, date) && a.affiliations.some((f) => f.actor === state.id && f.relation === 'governs' && validOn(f, date)))
  return governor?.id ?? state.id
}
