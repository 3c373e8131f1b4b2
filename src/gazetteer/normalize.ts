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
  // Plain ASCII ("New York", "Martha's Vineyard", "U.S."), most gazetteer names: NFKD leaves it as it is and none of
  // the non-ASCII letters below can occur, so only the marks, case and separators are left to fold.
  if (isAscii(name)) return name.replace(/['`]/g, '').toLowerCase().replace(SEPARATORS, ' ').replace(/\s+/g, ' ').trim()
  return foldNameByRules(name)
}

/** foldName without its ASCII fast paths: any text. */
export function foldNameByRules(name: string): string {
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

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false
  return true
}

/** True when every character is Latin script after folding (the only names the index keeps). */
export function isLatinName(folded: string): boolean {
  return /^[a-z0-9 ,()&]+$/.test(folded) && /[a-z]/.test(folded)
}

// Digraph and vowel classes, applied in this order: "Sheikhoun"/"Shaykhun", "Djableh"/"Jableh", "Qaim"/"Kaim".
const SPELLING: readonly (readonly [RegExp, string])[] = [
  // A doubled y (a shadda on ya: "Sayyida", "Tayyibat") is one y in other spellings ("Sayida"); collapsed first, as
  // the y-to-i rule below would otherwise read its first y as a vowel.
  [/yy/g, 'y'],
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
  if (isPlainWord(word)) return plainWordKey(word)
  // Numbers ("1975", "10:22", "530,446"): no spelling rule reads a character outside the letters, so only the
  // collapsing of doubled characters is left (a news report holds several new numbers, each its own word).
  if (isLetterlessAscii(word)) return withoutRuns(word)
  return wordKeyByRules(word)
}

/** ASCII with no letter: nothing for the SPELLING rules nor the final-"h" rule. */
function isLetterlessAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c > 127 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return false
  }
  return true
}

/** (.)\1+ -> $1, over char codes. */
function withoutRuns(word: string): string {
  let out = ''
  let runStart = 0
  for (let i = 1; i <= word.length; i++) {
    if (i === word.length || word.charCodeAt(i) !== word.charCodeAt(i - 1)) {
      out += word[runStart] as string
      runStart = i
    }
  }
  return out
}

/** wordKey by the SPELLING expressions: any word (Arabic script, digits, letters beyond ASCII). */
export function wordKeyByRules(word: string): string {
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

// The SPELLING rules over the char codes of a word of lowercase ASCII letters (nearly every word of English text),
// applied in the same order with the same left-to-right, non-overlapping matching as String.replace with /g: sixteen
// regular-expression replacements per new word were wordKey's whole cost (measured over LGL's 16,092 distinct
// lowercase words, loaded machine: 0.56 µs a word by hand against 1.2 µs by the expressions).
// The two tables must say the same: normalize.test.ts checks wordKey against wordKeyByRules over every short word.
const code = (c: string): number => c.charCodeAt(0)
const AIOU = (c: number): boolean => c === 97 || c === 105 || c === 111 || c === 117
const AOU = (c: number): boolean => c === 97 || c === 111 || c === 117

interface PlainRule {
  /** The alternatives, tried in order at each position (as a regular expression's alternation is). */
  readonly alts: readonly (readonly number[])[]
  readonly to: readonly number[]
  /** A lookahead on the char code after the match (-1 past the end). */
  readonly next: ((c: number) => boolean) | null
  /** Bits (1 << letter) of the alternatives' first letters: a word with none of them skips the rule. */
  readonly firsts: number
}

function plainRule(alts: readonly string[], to: string, next: ((c: number) => boolean) | null = null): PlainRule {
  const codes = alts.map((a) => [...a].map(code))
  return { alts: codes, to: [...to].map(code), next, firsts: codes.reduce((bits, a) => bits | (1 << ((a[0] as number) - 97)), 0) }
}

const PLAIN_SPELLING: readonly PlainRule[] = [
  plainRule(['yy'], 'y'),
  plainRule(['dj'], 'j'),
  plainRule(['tch'], 'sh'),
  plainRule(['ch'], 'sh'),
  plainRule(['kh'], 'h'),
  plainRule(['gh'], 'g'),
  plainRule(['g'], 'j'),
  plainRule(['q'], 'k'),
  plainRule(['ck'], 'k'),
  plainRule(['c'], 'k', AOU),
  plainRule(['ph'], 'f'),
  plainRule(['ou', 'oo'], 'u'),
  plainRule(['ee', 'ie'], 'i'),
  plainRule(['ei', 'ey', 'ai', 'ay'], 'ay'),
  plainRule(['aw', 'ow'], 'o'),
  plainRule(['e'], 'a'),
  plainRule(['y'], 'i', (c) => !AIOU(c)),
]

/** Only lowercase ASCII letters (and at least one). */
function isPlainWord(word: string): boolean {
  if (word.length === 0) return false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c < 97 || c > 122) return false
  }
  return true
}

/** Two buffers the rules copy between, in turn (no rule lengthens a word: each replacement is no longer than its match). */
const PLAIN_MAX = 64
const plainA = new Uint8Array(PLAIN_MAX)
const plainB = new Uint8Array(PLAIN_MAX)

/** wordKey of a word of lowercase ASCII letters: the SPELLING classes, doubled letters collapsed, "…ah" -> "…a". */
function plainWordKey(word: string): string {
  let n = word.length
  if (n > PLAIN_MAX) return wordKeyByRules(word)
  let from = plainA
  let to = plainB
  let bits = 0
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i)
    from[i] = c
    bits |= 1 << (c - 97)
  }
  for (let r = 0; r < PLAIN_SPELLING.length; r++) {
    const rule = PLAIN_SPELLING[r] as PlainRule
    if ((bits & rule.firsts) === 0) continue
    const alts = rule.alts
    const next = rule.next
    const repl = rule.to
    let out = 0
    let i = 0
    bits = 0
    while (i < n) {
      let matched = 0
      for (let a = 0; a < alts.length && matched === 0; a++) {
        const alt = alts[a] as readonly number[]
        let k = 0
        while (k < alt.length && i + k < n && from[i + k] === alt[k]) k++
        if (k === alt.length && (next === null || next(i + k < n ? (from[i + k] as number) : -1))) matched = k
      }
      if (matched > 0) {
        for (let k = 0; k < repl.length; k++) {
          const c = repl[k] as number
          to[out++] = c
          bits |= 1 << (c - 97)
        }
        i += matched
      } else {
        const c = from[i++] as number
        to[out++] = c
        bits |= 1 << (c - 97)
      }
    }
    n = out
    const swap = from
    from = to
    to = swap
  }
  // (.)\1+ -> $1, then ([aiou])h$ -> $1 when over three letters.
  // (Collected in a plain array: String.fromCharCode.apply over one measured faster than a typed subarray or
  // adding the letters to a string one by one.)
  const key: number[] = []
  for (let i = 0; i < n; i++) {
    const c = from[i] as number
    if (i === 0 || from[i - 1] !== c) key.push(c)
  }
  const m = key.length
  if (m > 3 && key[m - 1] === 104 && AIOU(key[m - 2] as number)) key.pop()
  return String.fromCharCode.apply(null, key)
}
