// A validated actor lexicon and the lookups the stages need (by id, alias choice by date, affiliations).
// Pure: built from parsed data; reading files is load.ts's job.
import { AppError } from '../core/errors.ts'
import type { ActorId } from '../core/types.ts'
import type { ActorEntry, ActorLexiconFile } from './schema.ts'

export interface Actor extends Omit<ActorEntry, 'id' | 'aliases'> {
  readonly id: ActorId
  /** Every alias as written, dated or not. */
  readonly aliases: readonly string[]
  /** The dates of the aliases that name the actor only for a time, by folded alias (foldAlias). */
  readonly aliasDates: ReadonlyMap<string, { readonly validFrom: string | null; readonly validTo: string | null }>
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

/** True when `actor` goes by `alias` (folded) on `date`: the actor and, when the alias is dated, the alias are valid. */
export function aliasValidOn(actor: Actor, alias: string, date: string | null): boolean {
  const dates = actor.aliasDates.get(alias)
  return validOn(actor, date) && (!dates || validOn(dates, date))
}

type Window = { readonly validFrom?: string | null; readonly validTo?: string | null }

/** Two sets of validity windows share a day (each set is the windows that must all hold). */
function windowsOverlap(a: readonly Window[], b: readonly Window[]): boolean {
  const all = [...a, ...b]
  const from = all.map((w) => w.validFrom ?? '0000-00-00').sort().at(-1) as string
  const to = all.map((w) => w.validTo ?? '9999-99-99').sort()[0] as string
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
    const aliasDates = new Map<string, { validFrom: string | null; validTo: string | null }>()
    for (const x of a.aliases) {
      if (typeof x === 'string') continue
      const k = foldAlias(x.text)
      if (aliasDates.has(k)) fail(`actor "${a.id}" dates alias "${x.text}" twice`)
      aliasDates.set(k, { validFrom: x.from ?? null, validTo: x.until ?? null })
    }
    const aliases = a.aliases.map((x) => (typeof x === 'string' ? x : x.text))
    byId.set(a.id, { ...a, id: a.id as ActorId, aliases, aliasDates })
  }
  const owners = new Map<string, { actor: Actor; windows: Window[] }[]>()
  for (const a of byId.values()) {
    for (const f of a.affiliations) if (!byId.has(f.actor)) fail(`actor "${a.id}" is affiliated with unknown actor "${f.actor}"`)
    for (const x of a.regional?.standsFor ?? []) if (!byId.has(x)) fail(`actor "${a.id}" stands in for unknown actor "${x}"`)
    for (const alias of new Set([...a.aliases, ...a.metonyms].map(foldAlias))) {
      const dates = a.aliasDates.get(alias)
      const windows = dates ? [a, dates] : [a]
      const list = owners.get(alias) ?? []
      const clash = list.find((b) => windowsOverlap(windows, b.windows))
      if (clash) fail(`alias "${alias}" belongs to both "${clash.actor.id}" and "${a.id}" at the same time; give them disjoint validFrom/validTo or alias from/until`)
      owners.set(alias, [...list, { actor: a, windows }])
    }
  }
  return { theater: file.theater, period: file.period, actors: [...byId.values()], byId }
}

/**
 * The actor's own id and the ids it is affiliated with on `date` (person → group → coalition), nearest first;
 * with `relations`, only through those relations ("leads", "member_of": not "backed_by").
 */
export function affiliationChain(lex: ActorLexicon, id: ActorId, date: string | null, relations?: ReadonlySet<string>): ActorId[] {
  const out: ActorId[] = [id]
  for (let i = 0; i < out.length && out.length < 8; i++) {
    const a = lex.byId.get(out[i] as string)
    for (const f of a?.affiliations ?? []) {
      if (relations && !relations.has(f.relation)) continue
      if (validOn(f, date) && !out.includes(f.actor as ActorId)) out.push(f.actor as ActorId)
    }
  }
  return out
}

/** The state force the lexicon makes part of the state `stateId` on `date` ("turkey" → the Turkish Armed Forces). */
export function forceOfState(lex: ActorLexicon, stateId: string, date: string | null): Actor | undefined {
  return lex.actors.find((a) => a.kind === 'state_force' && validOn(a, date) && a.affiliations.some((f) => f.actor === stateId && f.relation === 'part_of'))
}

/** The state an actor is, or the state a person leads ("netanyahu" → "israel"); undefined for anyone else. */
export function stateOfActor(lex: ActorLexicon, actorId: string, kind: string): string | undefined {
  if (kind === 'state') return actorId
  if (kind !== 'person') return undefined
  return lex.byId.get(actorId)?.affiliations.find((f) => f.relation === 'leads' && lex.byId.get(f.actor)?.kind === 'state')?.actor
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
