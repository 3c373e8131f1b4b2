// Reads a theater pack from /theaters/<name>/ inside the repository, validates it with zod, caches it per name.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { AppError } from '../core/errors.ts'
import { buildLexicon } from './lexicon.ts'
import type { ActorLexicon } from './lexicon.ts'
import { actorLexiconSchema } from './schema.ts'

const THEATERS_DIR = fileURLToPath(new URL('../../theaters/', import.meta.url))
const cache = new Map<string, ActorLexicon>()

/** Parses and checks actor lexicon JSON text; `origin` names it in error messages. */
export function parseActorLexicon(json: string, origin: string): ActorLexicon {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch (e: unknown) {
    throw new AppError('theater_invalid', `not JSON: ${e instanceof Error ? e.message : String(e)}`, origin)
  }
  const parsed = actorLexiconSchema.safeParse(data)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    throw new AppError('theater_invalid', `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`, origin)
  }
  return buildLexicon(parsed.data, origin)
}

/** The actor lexicon of theater `name` ("syria"), loaded once per process. */
export function loadActorLexicon(name: string): ActorLexicon {
  const hit = cache.get(name)
  if (hit) return hit
  if (!/^[a-z0-9-]+$/.test(name)) throw new AppError('theater_invalid', `theater name "${name}" must be a lowercase slug`)
  const path = `${THEATERS_DIR}${name}/actors/actors.json`
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new AppError('not_found', `no actor lexicon for theater "${name}" (expected ${path})`)
  }
  const lex = parseActorLexicon(text, path)
  cache.set(name, lex)
  return lex
}
