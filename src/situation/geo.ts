// Distances and name folding used to match event places to control places and road nodes. Pure, no data.

const EARTH_KM = 6371.0088

/** Great-circle distance in km between two WGS84 points. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLon = (lon2 - lon1) * rad
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)))
}

// Transliterations differ in the Arabic article ("Ar-Rastan", "al-Rastan", "Rastan"): drop it before comparing.
const ARTICLE = /^(al|ar|as|ad|an|at|ash|az|el|er|es|ez|ad)(?=[a-z]{3})/

/** Folds a place name for comparison: no diacritics, letters only, lower case, no leading Arabic article. */
export function foldName(name: string): string {
  const latin = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  // Arabic-script names keep their letters (they are compared as written); Latin ones keep a-z only.
  if (/[\u0600-\u06ff]/.test(latin)) return latin.replace(/[^\u0600-\u06ff]/g, '').replace(/^ال/, '')
  return latin.replace(/[^a-z]/g, '').replace(ARTICLE, '')
}

/** Levenshtein distance, stopping early once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
      cur.push(v)
      rowMin = Math.min(rowMin, v)
    }
    if (rowMin > max) return max + 1
    prev = cur
  }
  return prev[b.length] ?? max + 1
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

/** Whole days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}
