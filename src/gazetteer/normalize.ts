// Name normalisation: one lookup key for the many ways a place name is written in Latin script.
// Both the index and the text go through `nameKey`, so variants meet at one key; it never decides which place is meant.

/** Arabic article forms written as their own word: "al-Raqqa", "Dayr az Zawr", "Ma'arrat an-Nu'man". */
const ARTICLES = new Set(['al', 'el', 'il', 'ul', 'ad', 'ar', 'as', 'ash', 'az', 'ez', 'es', 'er', 'ed', 'at', 'et', 'an', 'en', 'ath', 'adh'])

/** Apostrophes, ʿayn and hamza marks, backticks: "Ma'arrat", "Naʿman", "Qa’im". */
const MARKS = /['’‘`ʿʾʼʻ´]/g
const COMBINING = /\p{M}/gu
const SEPARATORS = /[-‐‑–—_./]+/g

/** Lowercase, strip diacritics and ʿayn/hamza marks, hyphens to spaces. Keeps every word. */
export function foldName(name: string): string {
  // Most words of English text are plain ASCII letters: skip the Unicode work for them.
  if (/^[A-Za-z]+$/.test(name)) return name.toLowerCase()
  return name
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(MARKS, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    // Arabic script: tatweel goes; alif maqsura and ta marbuta are written for ya and ha as often as not.
    .replace(/\u0640/g, '')
    .replace(/\u0649/g, '\u064a')
    .replace(/\u0629/g, '\u0647')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** True when every character is Latin script after folding (the only names the index keeps). */
export function isLatinName(folded: string): boolean {
  return /^[a-z0-9 ,()&]+$/.test(folded) && /[a-z]/.test(folded)
}

// Digraph and vowel classes, applied in this order: "Sheikhoun"/"Shaykhun", "Djableh"/"Jableh", "Qaim"/"Kaim".
const SPELLING: readonly (readonly [RegExp, string])[] = [
  [/dj/g, 'j'],
  [/tch/g, 'sh'],
  [/ch/g, 'sh'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/g/g, 'j'],
  [/q/g, 'k'],
  [/ck/g, 'k'],
  [/c(?=[aou])/g, 'k'],
  [/ph/g, 'f'],
  [/ou|oo|ū/g, 'u'],
  [/ee|ie/g, 'i'],
  [/ei|ey|ai|ay/g, 'ay'],
  [/aw|ow/g, 'o'],
  [/e/g, 'a'],
  [/y(?![aiou])/g, 'i'],
]

const ARABIC_LETTER = /[\u0620-\u064a]/

/** Spelling skeleton of one folded word: digraph and vowel classes, doubled letters collapsed, final "h" after a vowel dropped. */
export function wordKey(word: string): string {
  // Arabic script is written as said: its classes are folded by foldName, and a doubled letter is two morphemes
  // ("مدنيين", civilians, is not "مدنين", Medenine).
  if (ARABIC_LETTER.test(word)) return word
  let w = word
  for (const [re, to] of SPELLING) w = w.replace(re, to)
  w = w.replace(/(.)\1+/g, '$1')
  if (w.length > 3) w = w.replace(/([aiou])h$/, '$1')
  return w
}

/**
 * The lookup key of a name: folded, Arabic articles dropped, each word reduced to its spelling skeleton.
 * @example nameKey("Deir Al-Zor") === nameKey("Deir ez-Zor") === nameKey("Deir Ezzor")
 */
export function nameKey(name: string): string {
  const words = foldName(name).replace(/[,()&]/g, ' ').split(' ').filter((w) => w.length > 0)
  const kept: string[] = []
  for (let i = 0; i < words.length; i++) {
    let w = words[i] as string
    // "al-Raqqa": an article before another word goes; a lone "Al" stays (it is then the name).
    if (ARTICLES.has(w) && i < words.length - 1) continue
    // "Deir Ezzor", "Dayr Azzawr": an article fused to a doubled sun letter, only after the first word.
    if (i > 0) w = w.replace(/^[ae]([dnrstz]|sh)\1/, '$1')
    kept.push(wordKey(w))
  }
  return kept.join(' ')
}
