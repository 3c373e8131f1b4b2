// "the province of Suwaida", "the governorate of Hama": an area word before "of" qualifies the name as "Suwaida
// province" does after it, so the name is read as the governorate, not its seat.
import type { Mention } from './recognize.ts'

/** "province of", "governorate of", with "the" or an adjective before the area word, ending where the name starts. */
const AREA_OF = /\b(?:province|governorate)\s+of\s+(?:the\s+)?$/i

/** The mentions, each one after "province of" qualified as a governorate (ADM1) unless it already has a suffix. */
export function withProvinceOf(text: string, mentions: readonly Mention[]): readonly Mention[] {
  let out: Mention[] | null = null
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention
    // Read only after " of " or " of the ": most names follow neither.
    if (m.suffix !== null || m.arabic || !ofBefore(text, m.start) || !AREA_OF.test(text.slice(Math.max(0, m.start - 40), m.start))) continue
    out ??= [...mentions]
    out[i] = { ...m, suffix: 'ADM1' }
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
