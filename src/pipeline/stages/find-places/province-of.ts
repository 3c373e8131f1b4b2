// "the province of Suwaida", "the governorate of Hama": an area word before "of" qualifies the name as "Suwaida
// province" does after it, so the name is read as the governorate, not its seat. So does a plural one after a list:
// "Idlib and Aleppo governorates", "Homs, Hama and Idlib provinces", "the Idlib and Hama countryside".
import type { Mention } from './recognize.ts'

/**
 * "province of", "governorate of", with "the" or an adjective before the area word, ending where the name starts; the
 * plural (group 1) qualifies every name of the list it opens ("the coastal governorates of Latakia and Tartus").
 */
const AREA_OF = /\b(?:province|governorate)(s?)\s+of\s+(?:the\s+)?$/i

/** The mentions, each one after "province of" qualified as a governorate (ADM1) unless it already has a suffix. */
export function withProvinceOf(text: string, mentions: readonly Mention[]): readonly Mention[] {
  let out: Mention[] | null = null
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention
    // Read only after " of " or " of the ": most names follow neither.
    if (m.suffix !== null || m.arabic || !ofBefore(text, m.start)) continue
    const area = AREA_OF.exec(text.slice(Math.max(0, m.start - 40), m.start))
    if (!area) continue
    const plural = area[1] === 's'
    out ??= [...mentions]
    out[i] = { ...m, suffix: 'ADM1' }
    // ("the governorates of Latakia and Tartus": the names listed after the first, up to four in all)
    for (let j = i + 1, previous = m; plural && j < mentions.length && j - i <= 3; j++) {
      const next = mentions[j] as Mention
      if (next.suffix !== null || next.arabic || next.start < previous.end || !LIST_GAP.test(text.slice(previous.end, next.start))) break
      out[j] = { ...next, suffix: 'ADM1' }
      previous = next
    }
  }
  return withPluralArea(text, out ?? mentions)
}

/** A name closed by an area word that a list shares: plural ("… Aleppo governorates") or countryside ("the Idlib and Hama countryside"). */
const SHARED_AREA = /(?:provinces|governorates|countryside|countrysides)$/i
/** Between two names of one list: a comma, "and", or both. */
const LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/

/**
 * "Idlib and northern Aleppo governorates": the plural area word after the last name of a list qualifies every name
 * of it, each read as a governorate; "the Idlib and Hama countryside" is each one's countryside. Read back from the
 * qualified name; a list is two to four names.
 */
function withPluralArea(text: string, mentions: readonly Mention[]): readonly Mention[] {
  let out: Mention[] | null = null
  for (let i = mentions.length - 1; i > 0; i--) {
    const last = mentions[i] as Mention
    if (last.suffix === null || last.suffix === 'ADM2' || last.arabic || !SHARED_AREA.test(text.slice(Math.max(0, last.end - 12), last.end))) continue
    for (let j = i - 1, next = last; j >= 0 && i - j <= 3; j--) {
      const m = mentions[j] as Mention
      if (m.suffix !== null || m.arabic || m.end > next.start || !LIST_GAP.test(text.slice(m.end, next.start))) break
      out ??= [...mentions]
      out[j] = { ...m, suffix: last.suffix }
      next = m
    }
  }
  return out ?? mentions
}

/** Whether the text before `at` ends on "of " or "the " (AREA_OF's last words), read from its char codes (no slice per name). */
function ofBefore(text: string, at: number): boolean {
  if (at < 3 || text.charCodeAt(at - 1) !== 32) return false
  const of = lowerAt(text, at - 3) === 111 && lowerAt(text, at - 2) === 102
  const the = at >= 4 && lowerAt(text, at - 4) === 116 && lowerAt(text, at - 3) === 104 && lowerAt(text, at - 2) === 101
  return of || the
}

/** An ASCII letter's lowercase char code. (A module function, not a closure per call: tsx's keepNames names every
 * closure as it is made, a defineProperty per mention.) */
const lowerAt = (text: string, i: number): number => text.charCodeAt(i) | 32
