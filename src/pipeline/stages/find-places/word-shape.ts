// The shape of a word as written, as the rules around a name test it (recognize.ts's W_* flags): read from char codes,
// since a word's flags are worked out once per new word of a stream and their regular expressions were a fifth of
// that cost. word-shape.test.ts checks each against the expression it replaces.

/** Two or three capitals, or two or three capitals with full stops ("UK", "U.S."): an abbreviation. */
export const W_ABBREVIATION = 256
/** Four capitals or more ("NATO", "HOMS"). */
export const W_ACRONYM = 1024
/** Two or three capitals, or capitals with full stops ("US", "U.S.A."): not the common word it spells ("us"). */
export const W_CAPITALS = 2048

const isCapital = (c: number): boolean => c >= 65 && c <= 90

/** W_ABBREVIATION, W_ACRONYM and W_CAPITALS of a word as written. */
export function capitalsFlags(text: string): number {
  const n = text.length
  let caps = 0
  while (caps < n && isCapital(text.charCodeAt(caps))) caps++
  if (caps === n) {
    if (n >= 2 && n <= 3) return W_ABBREVIATION | W_CAPITALS
    return n >= 4 ? W_ACRONYM : 0
  }
  // "U.S.", "U.S.A.": a capital and a full stop, again and again.
  if (n < 2 || n % 2 !== 0) return 0
  for (let i = 0; i < n; i += 2) if (!isCapital(text.charCodeAt(i)) || text.charCodeAt(i + 1) !== 46) return 0
  return n === 4 || n === 6 ? W_ABBREVIATION | W_CAPITALS : W_CAPITALS
}

/** Ends in "ing", or in "ed" not after "m" ("capturing", "seized"; not "mohammed"). */
export function isVerbForm(lower: string): boolean {
  const n = lower.length
  if (n >= 3 && lower.endsWith('ing')) return true
  return n >= 2 && lower.endsWith('ed') && (n === 2 || lower.charCodeAt(n - 3) !== 109)
}

export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) return true
  }
  return false
}
