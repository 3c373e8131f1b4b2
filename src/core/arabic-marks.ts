// Harakat (short vowels, shadda, sukun, tanween, superscript alif) and tatweel: some Arabic texts write them, most
// do not. The one definition of them, for rules that must read "هَيْئَة" as "هيئة" and still point at the text as written.

/** Harakat, Quranic marks and superscript alif (U+064B–U+065F, U+0670) and tatweel (U+0640), as a class body. */
export const ARABIC_MARKS = '\\u064B-\\u065F\\u0670\\u0640'
const ANY_MARK = new RegExp(`[${ARABIC_MARKS}]`, 'u')
const ARABIC_LETTER = /[\u0621-\u064A]/gu
const isMark = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640

/**
 * A regex source where harakat and tatweel may follow any Arabic letter ("قُتل" matches "قتل"), so a pattern written
 * without them matches the text as written and its offsets stay the text's own.
 */
export function voweled(source: string): string {
  return source.replace(ARABIC_LETTER, (c) => `(?:${c}[${ARABIC_MARKS}]*)`)
}

/** A text with its harakat and tatweel left out, and the way back from its offsets to the text's. */
export interface UnmarkedText {
  readonly text: string
  /** The offset in the original text of offset `i` of `text` (`text.length` maps to the original's length). */
  original(i: number): number
}

/**
 * The text without harakat and tatweel, for matchers built from unvoweled words (long alternations, where a voweled
 * pattern would cost on every text). A text without marks, most of them, is returned as it is.
 * @example withoutArabicMarks("هَيْئَة").text === "هيئة"
 */
export function withoutArabicMarks(text: string): UnmarkedText {
  if (!ANY_MARK.test(text)) return { text, original: (i) => i }
  const kept = new Int32Array(text.length + 1)
  let out = ''
  let n = 0
  let runStart = 0
  for (let i = 0; i < text.length; i++) {
    if (isMark(text.charCodeAt(i))) {
      out += text.slice(runStart, i)
      runStart = i + 1
      continue
    }
    kept[n++] = i
  }
  out += text.slice(runStart)
  kept[n] = text.length
  // A span that ends on a letter ends after the marks written on it ("الشَّامِ"): the next kept character's offset.
  return { text: out, original: (i) => kept[i] as number }
}
