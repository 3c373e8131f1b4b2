// Qualifiers after a place name that say which country it is in, besides ", <country>" (resolve.ts's containerOf):
// in Arabic a country adjective agreeing with the name, "طرابلس اللبنانية" (Lebanese Tripoli), as "Tripoli, Lebanon".
import type { Gazetteer } from '../../../gazetteer/load.ts'
import { nameKey } from '../../../gazetteer/normalize.ts'
import type { GazEntry } from '../../../gazetteer/types.ts'
import { arabicCore, demonymForms, isArabicWord } from './arabic.ts'

/**
 * The country named by a definite Arabic nisba right after a name ending at `end` ("طرابلس اللبنانية", "القامشلي
 * السورية"), or null. Only the next word counts, and only with the article, as an adjective of a definite name has it.
 */
export function arabicCountryAdjective(text: string, end: number, gaz: Gazetteer): GazEntry | null {
  const m = /^[ \u00a0]+([^\s]+)/u.exec(text.slice(end, end + 24))
  const word = m?.[1]
  if (!word || !isArabicWord(word)) return null
  const core = arabicCore(word).word
  if (!core.startsWith('ال')) return null
  for (const form of demonymForms(core)) {
    const iso = gaz.demonymCountry(nameKey(form))
    const at = iso ? gaz.country(iso) : undefined
    if (at !== undefined) return gaz.entry(at)
  }
  return null
}
