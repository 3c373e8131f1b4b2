// Name folding used to match event places to control places and road nodes, and the distance and day helpers
// the situation uses (from core). Pure, no data.
export { distanceKm } from '../core/geo.ts'
export { daysBetween } from '../core/dates.ts'
export { editDistance } from '../core/edit-distance.ts'
import { editDistance } from '../core/edit-distance.ts'


// Transliterations differ in the Arabic article ("Ar-Rastan", "al-Rastan", "Rastan"): drop it before comparing.
const ARTICLE = /^(al|ar|as|ad|an|at|ash|az|el|er|es|ez|ad)(?=[a-z]{3})/

/** Folds a place name for comparison: no diacritics, letters only, lower case, no leading Arabic article. */
export function foldName(name: string): string {
  const latin = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  // Arabic-script names keep their letters (they are compared as written); Latin ones keep a-z only.
  if (/[\u0600-\u06ff]/.test(latin)) return latin.replace(/[^\u0600-\u06ff]/g, '').replace(/^ال/, '')
  return latin.replace(/[^a-z]/g, '').replace(ARTICLE, '')
}

/**
 * Whether two folded names are spellings of one name: equal, or (for names of 5+ letters) at most two edits
 * apart — "hamah"/"hama", "talbisah"/"talbiseh", "dayrazzawr" stays apart from "deirezzor" and needs an alias.
 */
export function sameFoldedName(a: string, b: string): boolean {
  if (!a || !b) return false
  if (a === b) return true
  if (Math.min(a.length, b.length) < 5) return false
  return editDistance(a, b, 2) <= 2
}

const dayCache = new Map<string, string>()

/** Adds n days to an ISO date. Memoised: timelines ask for the same few days millions of times. */
export function addDays(iso: string, n: number): string {
  const key = `${iso}|${n}`
  let hit = dayCache.get(key)
  if (hit === undefined) {
    hit = new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
    if (dayCache.size > 100_000) dayCache.clear()
    dayCache.set(key, hit)
  }
  return hit
}

