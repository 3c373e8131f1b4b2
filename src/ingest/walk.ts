// Recursive directory walk in sorted order, so the same directory always yields the same sequence.
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { kindForPath } from './sniff.ts'

export type WalkEntry =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }

// A corpus folder's README or LICENCE describes the corpus; it is not a report (named on its own, it is read).
const DOCUMENTATION = /^(?:readme|licen[cs]e|copying|changelog|notice)(?:\.[a-z0-9]+)?$/i

/** Files Sitrep reads under `dir` (by extension), and every other file as skipped with a reason. */
export async function* walkDirectory(dir: string): AsyncGenerator<WalkEntry> {
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const e of entries) {
    const path = join(dir, e.name)
    if (e.name.startsWith('.')) {
      yield { kind: 'skipped', path, reason: 'hidden' }
    } else if (e.isDirectory()) {
      yield* walkDirectory(path)
    } else if (!e.isFile()) {
      yield { kind: 'skipped', path, reason: 'not a regular file' }
    } else if (DOCUMENTATION.test(e.name)) {
      yield { kind: 'skipped', path, reason: 'documentation file' }
    } else if (kindForPath(path) === null) {
      yield { kind: 'skipped', path, reason: 'not a text, HTML or JSONL file' }
    } else {
      yield { kind: 'file', path }
    }
  }
}
