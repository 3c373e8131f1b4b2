// Squares and streets: "Marjeh Square", "Saadallah al-Jabiri Square", "Baghdad Street" are named after a person, an
// event or another town, and the name before the square's word is not the town of that name (a village in Hasakah, a
// town in Morocco); "Syria's Umayyad Square" is a square in one of the country's cities, not the country itself.
// A city's own square ("Damascus's Umayyad Square") leaves the city standing.
import type { GazEntry } from '../../../gazetteer/types.ts'

// Up to three more capitalised words (articles joined: "al-Jabiri") before the capitalised square's or street's word.
const NAMED_THOROUGHFARE = /^(?:\s+(?:(?:al|el|as|ash|ad|ar|at|az|an)-)?\p{Lu}[\p{L}'’-]*){0,3}\s+(?:Square|Street|Avenue|Boulevard)\b/u
const IN_COUNTRY_THOROUGHFARE = /^['’]s?(?:\s+(?:(?:al|el|as|ash|ad|ar|at|az|an)-)?\p{Lu}[\p{L}'’-]*){1,4}\s+(?:Square|Street|Avenue|Boulevard)\b/u

/** Whether the place whose text is followed by `after` is only the name of a square or street, or the country of one. */
export function namesThoroughfare(after: string, entry: GazEntry): boolean {
  // Most places are followed by neither a space and a capital nor a possessive: no expression is tried then. (Never a
  // read past the end of `after`: V8 discards the compiled caller for one.)
  if (after.length < 2) return false
  const c = after.charCodeAt(0)
  if (c === 39 || c === 0x2019) return entry.kind === 'country' && IN_COUNTRY_THOROUGHFARE.test(after.slice(0, 80))
  if (c !== 32) return false
  const next = after.charCodeAt(1)
  if (!(next >= 65 && next <= 90) && next !== 97 && next !== 101) return false
  return NAMED_THOROUGHFARE.test(after.slice(0, 80))
}
