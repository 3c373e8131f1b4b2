// Recognition: finds the spans of a sentence that name a gazetteer place (longest match over word n-grams keyed by
// nameKey), with the words around them that change their meaning (suffix, direction, person or organisation name).
// It proposes; resolve.ts chooses the place and role.ts the role.
import type { Gazetteer, KeyHit } from '../../../gazetteer/load.ts'
import { PROBE_KEY, PROBE_LONGER } from '../../../gazetteer/load.ts'
import { NONE, ROOT } from '../../../gazetteer/word-trie.ts'
import type { GazEntry } from '../../../gazetteer/types.ts'
import { detachedCopy } from '../../../core/detached.ts'
import { editDistance } from '../../../core/edit-distance.ts'
import { foldName, nameKey, wordKey } from '../../../gazetteer/normalize.ts'
import { arabicAreaWord, arabicBearing, arabicCore, demonymForms, isArabicWord, isCommonArabic, splitsAreaName, withoutProclitics } from './arabic.ts'
import { ADMIN_SUFFIX, BEARINGS, commonWords, FACILITY_WORDS, notPlaceKeys, PLACE_PREFIXES, SENTENCE_OPENERS, TITLES } from './lexicon.ts'
import { SpanMemo } from './span-memo.ts'
import { capitalsFlags, hasDigit, isVerbForm, W_ABBREVIATION, W_ACRONYM, W_CAPITALS } from './word-shape.ts'

/** A span that names a place, before resolution. */
export interface Mention {
  /** Span of the whole mention ("western Aleppo countryside"). */
  readonly start: number
  readonly end: number
  /** Span of the name alone ("Aleppo"). */
  readonly nameStart: number
  readonly nameEnd: number
  readonly key: string
  /** The name folded, Arabic articles dropped, without the spelling skeleton: tells an exact spelling from a variant. */
  readonly surface: string
  readonly hits: readonly KeyHit[]
  readonly sentence: number
  /** "Idlib province" -> ADM1, "Jefferson County" district -> ADM2, "the al-Raqqa countryside" -> AREA. */
  readonly suffix: 'ADM1' | 'ADM2' | 'AREA' | null
  /** Compass bearing of a direction word before the name: "western Aleppo countryside" -> 270. */
  readonly bearing: number | null
  /** The name is one common English word ("Mobile", "Reading"): needs a major place or a locative cue. */
  readonly common: boolean
  /** Matched through a one-edit spelling correction; kept only when nearby places support it. */
  readonly typo: boolean
  /** "Aleppo University": a place named inside a facility's name. */
  readonly embedded: boolean
  /** Written in Arabic script: matched through the gazetteer's Arabic names, which are alternates. */
  readonly arabic?: boolean
}

/** What recognition found in one document: mentions and the countries named by demonyms ("Syrian"). */
export interface Recognition {
  readonly mentions: Mention[]
  readonly demonymCountries: string[]
}

const WORD = /[\p{L}\p{N}]/u
const UPPER = /^\p{Lu}/u
const ARTICLE_WORDS = new Set(['al', 'el', 'il', 'ul', 'ad', 'ar', 'as', 'ash', 'az', 'ez', 'es', 'er', 'ed', 'at', 'et', 'an', 'en', 'ath', 'adh'])
/** Articles that may begin a name written in lowercase ("al-Raqqa"); English "an", "as", "at" may not. */
const START_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'ash', 'az', 'ez', 'adh', 'ath'])
const MAX_WORDS = 6

interface Tok {
  readonly source: string
  readonly start: number
  readonly end: number
  readonly text: string
  readonly word: boolean
  readonly upper: boolean
  /** Folded words of the token ("U.S." -> ["u", "s"]); computed on first use, since most tokens never need it. */
  readonly folded: readonly string[]
  readonly lower: string
  readonly first: number
  readonly second: number
  know(w: WordInfo): void
  /** The word's memo entry once looked up in this sentence (know), else null. */
  readonly info: WordInfo | null
}

const wordKeys = new Map<string, string>()
function cachedWordKey(w: string): string {
  let k = wordKeys.get(w)
  if (k === undefined) {
    k = wordKey(w)
    if (wordKeys.size > 200_000) wordKeys.clear()
    wordKeys.set(w, k)
  }
  return k
}

/** The nameKey of a run of folded words, computed word by word (same result as nameKey on their text). */
export function keyOfWords(words: readonly string[]): string {
  let out = ''
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string
    if (ARTICLE_WORDS.has(w) && i < words.length - 1) continue
    const k = wordKeyAt(w, i)
    out = out ? `${out} ${k}` : k
  }
  return out
}

const FUSED_ARTICLE = /^[ae]([dnrstz]|sh)\1/
/** No node computed yet (trie nodes are >= 0, NONE is -1). */
const UNKNOWN = -2

/**
 * A run of words that grows one token at a time, as a walk of the gazetteer's word trie: node() is the trie node
 * of keyOfWords(words) at every step (NONE when no key is or begins so), one integer probe per word.
 */
class IdRun {
  /** The words pushed, as their memos; null for a possessive joined to the word before ("Syria's"). */
  readonly #parts: (WordInfo | null)[] = []
  /** How many of #parts are this run's (the list is reused, never shrunk: a run starts at every capitalised word). */
  #partCount = 0
  #count = 0
  /** Node of the words before the last, articles dropped (they are not last). */
  #stem = ROOT
  /** Key word id of the last word at its position. */
  #last = NONE
  #lastArticle = false
  /** node() for the words so far, or UNKNOWN: pushing the next word steps on from it, which would otherwise probe
   * the trie a second time for the node the scan just asked for (a trie probe is a cache miss in a table of megabytes). */
  #node = UNKNOWN

  constructor(private readonly gaz: Gazetteer) {}

  /** Starts the run over with one word, walked once per word as written (WordInfo). */
  start(w: WordInfo): void {
    this.#parts[0] = w
    this.#partCount = 1
    this.#count = w.folded.length
    this.#stem = w.stem
    this.#last = w.lastId
    this.#lastArticle = w.lastArticle
    this.#node = w.node
  }

  push(w: WordInfo): void {
    this.#parts[this.#partCount++] = w
    if (w.folded.length === 1) this.#push(w.laterId, w.article)
    else for (let i = 0; i < w.folded.length; i++) this.#push(w.later[i] as number, w.articles[i] as boolean)
  }

  #push(id: number, article: boolean): void {
    if (this.#count > 0 && !this.#lastArticle) this.#stem = this.node()
    this.#count++
    this.#last = id
    this.#lastArticle = article
    this.#node = UNKNOWN
  }

  /** "Syria's": the possessive joins the last word. */
  addToLast(): void {
    if (this.#count === 0) return
    this.#parts[this.#partCount++] = null
    const w = this.words()[this.#count - 1] as string
    this.#last = this.gaz.wordId(wordKeyAt(w, this.#count - 1))
    this.#lastArticle = ARTICLE_WORDS.has(w)
    this.#node = UNKNOWN
  }

  /** The folded words so far (the rare rules that need their text). */
  words(): string[] {
    const out: string[] = []
    for (let i = 0; i < this.#partCount; i++) {
      const p = this.#parts[i] as WordInfo | null
      if (p) out.push(...p.folded)
      else out[out.length - 1] += 's'
    }
    return out
  }

  /** True when the last word is an Arabic article (dropped from keys unless it ends them). */
  get lastArticle(): boolean { return this.#lastArticle }

  node(): number {
    if (this.#node === UNKNOWN) this.#node = this.#count === 0 ? NONE : this.gaz.step(this.#stem, this.#last)
    return this.#node
  }
}

/** Whether a longer name goes on from the run with a possessive on its last word ("Syria" + "'s" -> "syrias …"). */
function possessiveGoesOn(words: readonly string[], gaz: Gazetteer): boolean {
  return gaz.hasLonger(keyOfWords([...words.slice(0, -1), `${words[words.length - 1] ?? ''}s`]))
}

/** possessiveGoesOn for a run of one word, memoised with it. */
function possessiveGoesOnFrom(w: WordInfo, gaz: Gazetteer): boolean {
  return (w.possessiveGoesOn ??= possessiveGoesOn(w.folded, gaz))
}

/** What the scan needs of a word as written, computed once per distinct text and gazetteer. */
interface WordInfo {
  readonly folded: readonly string[]
  /** As a name's first word: the trie walk of its folded words (stem, last word's id) and where it leads. */
  readonly stem: number
  readonly lastId: number
  readonly lastArticle: boolean
  readonly node: number
  readonly found: number
  /** Key word ids of its folded words after a name's first position, and which are Arabic articles. */
  readonly later: readonly number[]
  readonly articles: readonly boolean[]
  /** later[0] and articles[0], read without the arrays (most words fold to one). */
  readonly laterId: number
  readonly article: boolean
  readonly lower: string
  /** The word as written. */
  readonly text: string
  /** keyOfWords(folded), on first use. */
  key: string | undefined
  /** lowercaseCode, on first use. */
  lowercase: number | undefined
  /** The country the word names as a demonym ("Syrian"), null for none; on first use. */
  demonym: string | null | undefined
  /** As a name's first word: the key its node spells ('' for none) and that key's hits, on first use. */
  nodeKey: string | undefined
  hits: readonly KeyHit[] | undefined
  /** surfaceOf(folded), on first use. */
  surface: string | undefined
  /** KEY_* facts of nodeKey, on first use: a one-word name's key is tested where its word is, not looked up again. */
  keyFacts: number | undefined
  /** What the rules around a name ask of the word as written (W_* bits), on first use: wordFlags. */
  flags: number | undefined
  /** possessiveGoesOn of the word alone, on first use. */
  possessiveGoesOn: boolean | undefined
}

// Facts about a word as written that the rules around a name test (shapeMention, typoMention): each a function of
// the word's text alone, so memoised with it rather than lowercased, sliced and looked up again at every mention.
/** A compass word ("western"): BEARING_OF. */
const W_BEARING = 1
/** PLACE_PREFIXES: may stand capitalised before a place ("Greater", "In"). */
const W_PLACE_PREFIX = 2
/** TITLES, with a full stop after it or not ("Gen."). */
const W_TITLE = 4
/** A verb form ("Capturing", "Seized"): no given name. */
const W_VERB_FORM = 8
/** ROLE_NOUNS ("commander", "spokesman"). */
const W_ROLE_NOUN = 16
/** LOCATING prepositions ("in", "near"). */
const W_LOCATING = 32
/** A common English word. */
const W_COMMON = 64
/** FACILITY_WORDS ("University", "Airport"). */
const W_FACILITY = 128
/** Under three characters, no digit. */
const W_SHORT = 512
/** An admin or area suffix ("province", "countryside"): SUFFIX_OF. */
const W_SUFFIX = 4096
/** "the", read by locatedAfterAll. */
const W_DEFINITE = 8192
/** SENTENCE_OPENERS ("After", "When"). */
const W_OPENER = 16384

function wordFlagsOf(text: string, lower: string): number {
  return (BEARING_OF.has(lower) ? W_BEARING : 0) | (PLACE_PREFIXES.has(lower) ? W_PLACE_PREFIX : 0) |
    (TITLES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower) ? W_TITLE : 0) | (isVerbForm(lower) ? W_VERB_FORM : 0) |
    (ROLE_NOUNS.has(lower) ? W_ROLE_NOUN : 0) | (LOCATING.has(lower) ? W_LOCATING : 0) | (commonWords().has(lower) ? W_COMMON : 0) |
    (FACILITY_WORDS.has(lower) ? W_FACILITY : 0) | capitalsFlags(text) | (text.length < 3 && !hasDigit(text) ? W_SHORT : 0) |
    (SUFFIX_OF.has(lower) ? W_SUFFIX : 0) | (lower === 'the' ? W_DEFINITE : 0) | (SENTENCE_OPENERS.has(lower) ? W_OPENER : 0)
}



function wordInfoOf(text: string, gaz: Gazetteer): WordInfo {
  const lower = text.toLowerCase()
  const folded = isAcronymWithDouble(text) ? [] : foldWords(text, lower)
  const n = folded.length
  // The per-word lists only for a token of several words ("U.S.", "al-Raqqa"): a one-word token's are laterId and
  // article (every new word of a stream is filed, and what it allocates is copied by the collector as the memo grows).
  const later: number[] = n > 1 ? [] : NO_IDS
  const articles: boolean[] = n > 1 ? [] : NO_FLAGS
  let laterId = NONE
  let firstArticle = false
  let stem = ROOT
  let lastId = NONE
  let lastArticle = false
  let firstKey = ''
  for (let i = 0; i < n; i++) {
    const w = folded[i] as string
    // A word's key after a name's first position differs only when it begins with a fused article ("Ezzor"): the
    // same key otherwise, so one wordId probe serves both positions of a first word.
    // (Not through cachedWordKey: a word reaches here once per spelling as written, so its key is seldom asked for
    // again, and filing every new word of a stream in that map cost more than computing the key.)
    if (i === 0) firstKey = wordKey(w)
    const first = i === 0 ? gaz.wordId(firstKey) : NONE
    const id = i === 0 && !hasFusedArticle(w) ? first : gaz.wordId(wordKeyAt(w, 1))
    const article = ARTICLE_WORDS.has(w)
    if (i === 0) { laterId = id; firstArticle = article }
    if (n > 1) { later.push(id); articles.push(article) }
    if (i > 0 && !lastArticle) stem = gaz.step(stem, lastId)
    lastId = i === 0 ? first : id
    lastArticle = article
  }
  const node = n === 0 ? NONE : gaz.step(stem, lastId)
  // Every field is set here, the memoised ones undefined: words that fill their memos in different orders would
  // otherwise each get a shape of their own, and the scan's reads of them would go megamorphic (measured: the stage
  // 1.07-1.12x faster in a same-process A/B).
  return { folded, stem, lastId, lastArticle, node, found: gaz.nodeFlags(node), later, articles, laterId, article: firstArticle, lower, text,
    key: n === 1 ? firstKey : undefined, lowercase: undefined, demonym: undefined, nodeKey: undefined, hits: undefined, surface: undefined,
    keyFacts: undefined, flags: undefined, possessiveGoesOn: undefined }
}

/** A one-word token's (unread) per-word lists. */
const NO_IDS: number[] = []
const NO_FLAGS: boolean[] = []

/**
 * Two to four capitals, two alike side by side ("BBC", "AA"): such a word is no name. "BBC" is no "BC" (British
 * Columbia): an acronym spells out its letters, and folding doubled letters is a rule for transliterated names.
 */
function isAcronymWithDouble(text: string): boolean {
  const n = text.length
  if (n < 2 || n > 4) return false
  let double = false
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 65 || c > 90) return false
    if (i > 0 && c === text.charCodeAt(i - 1)) double = true
  }
  return double
}

const wordInfos = new WeakMap<Gazetteer, SpanMemo<WordInfo>>()
/** The memo last used and its gazetteer: one identity check per word instead of a WeakMap lookup. */
let lastMemoGaz: Gazetteer | null = null
let lastMemo: SpanMemo<WordInfo> | undefined

/** The WordInfo of a token, looked up by its span of the text. */
function wordInfo(source: string, t: Tok, gaz: Gazetteer): WordInfo {
  // The rules around a name ask about the same few tokens again: the token keeps what the memo gave it.
  if (t.info !== null) return t.info
  let memo = lastMemo
  if (gaz !== lastMemoGaz || memo === undefined) {
    memo = wordInfos.get(gaz)
    if (!memo) wordInfos.set(gaz, (memo = new SpanMemo(100_000)))
    lastMemoGaz = gaz
    lastMemo = memo
  }
  let w = memo.get(source, t.start, t.end)
  if (w === undefined) {
    // Filed for the life of the memo: a copy, not the token's view into this document's text.
    const text = detachedCopy(t.text)
    memo.set(text, (w = wordInfoOf(text, gaz)))
  }
  t.know(w)
  return w
}

const keyOfInfo = (w: WordInfo): string => (w.key ??= keyOfWords(w.folded))
const wordFlags = (w: WordInfo): number => (w.flags ??= wordFlagsOf(w.text, w.lower))
/** The demonym's country, memoised with the word; "none" is memoised as null (`??=` would ask again for every null). */
function demonymOf(w: WordInfo, gaz: Gazetteer): string | undefined {
  if (w.demonym === undefined) w.demonym = gaz.demonymCountry(keyOfInfo(w)) ?? null
  return w.demonym ?? undefined
}

/** The key of a word at position i of a name, as keyOfWords computes it. */
function wordKeyAt(w: string, i: number): string {
  return cachedWordKey(i > 0 && hasFusedArticle(w) ? w.replace(FUSED_ARTICLE, '$1') : w)
}

/** Whether FUSED_ARTICLE matches: its first letter is looked at before the expression runs (most words begin otherwise). */
function hasFusedArticle(w: string): boolean {
  const c = w.charCodeAt(0)
  return (c === 97 || c === 101) && FUSED_ARTICLE.test(w)
}

/** The folded words of a token; `lower`, its lowercase when the caller has it already (then it is not made again). */
function foldWords(t: string, lower?: string): string[] {
  // Letters only, read from the char codes (most words): one word, lowercased when it has a capital.
  let upper = false
  let i = 0
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c >= 97 && c <= 122) continue
    if (c >= 65 && c <= 90) { upper = true; continue }
    break
  }
  if (i === t.length && i > 0) return [upper ? (lower ?? t.toLowerCase()) : t]
  return foldName(t).replace(/[,()&]/g, ' ').split(' ').filter(Boolean)
}

/** Whether text[start, end) holds a letter or digit (WORD), read from its characters: ASCII needs no slice nor regex. */
function isWordSpan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128) return WORD.test(text.slice(start, end))
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true
  }
  return false
}

/** Whether text[start, end) begins with a capital (or a digit, for ASCII), as Tok.upper. */
function isUpperSpan(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start)
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : UPPER.test(text.slice(start, end))
}

/**
 * A token of a sentence; its lowercase and folded forms are computed on first use, since most are never asked for.
 * Tokens are pooled by Toks and set up again for each sentence (the scan meets hundreds of thousands a second).
 */
class Token implements Tok {
  word = false
  upper = false
  /** Char code of the first character: lets the scan pass over lowercase words without slicing their text. */
  first = 0
  source = ''
  start = 0
  end = 0
  #text: string | null = null
  #lower: string | null = null
  #folded: string[] | null = null
  info: WordInfo | null = null
  reset(source: string, start: number, end: number): this {
    this.source = source
    this.start = start
    this.end = end
    this.first = source.charCodeAt(start)
    this.word = isWordSpan(source, start, end)
    this.upper = isUpperSpan(source, start, end)
    this.#text = null
    this.#lower = null
    this.#folded = null
    this.info = null
    return this
  }
  get text(): string { return (this.#text ??= this.source.slice(this.start, this.end)) }
  /** Takes the folded and lowercase forms from the word's memo, where the scan looked it up. */
  know(w: WordInfo): void {
    this.#folded ??= w.folded as string[]
    this.#lower ??= w.lower
    this.info = w
  }
  /** Char code of the second character (NaN for a one-character token). */
  get second(): number { return this.source.charCodeAt(this.start + 1) }
  get lower(): string { return (this.#lower ??= this.text.toLowerCase()) }
  get folded(): string[] { return (this.#folded ??= this.word ? foldWords(this.text) : []) }
}

/**
 * The tokens of one sentence, made on first use from a pool: the scan reads most tokens' first character only
 * (wordAt, firstAt), and the rules around a name ask for the few tokens near it. Valid until the next load().
 */
class Toks {
  length = 0
  #source = ''
  #spans: readonly (readonly [number, number])[] = []
  readonly #pool: Token[] = []
  /** Per position, the load() generation its pooled token was set up for. */
  #stamp = new Uint32Array(64)
  #generation = 0

  load(source: string, spans: readonly (readonly [number, number])[]): this {
    this.#source = source
    this.#spans = spans
    this.length = spans.length
    if (this.#stamp.length < spans.length) this.#stamp = new Uint32Array(spans.length * 2)
    this.#generation++
    return this
  }

  /** The token at i; undefined outside the sentence. */
  at(i: number): Tok | undefined {
    if (i < 0 || i >= this.length) return undefined
    const pool = this.#pool
    while (pool.length <= i) pool.push(new Token())
    const t = pool[i] as Token
    if (this.#stamp[i] !== this.#generation) {
      const span = this.#spans[i] as readonly [number, number]
      t.reset(this.#source, span[0], span[1])
      this.#stamp[i] = this.#generation
    }
    return t
  }

  /** Char code of token i's first character, without setting the token up. */
  firstAt(i: number): number { return this.#source.charCodeAt((this.#spans[i] as readonly [number, number])[0]) }

  /** Token i's length in UTF-16 units, without setting the token up. */
  lengthAt(i: number): number {
    const span = this.#spans[i] as readonly [number, number]
    return span[1] - span[0]
  }

  /** Whether token i is one of `words` (lowercase ASCII), in any case, without setting the token up. */
  spellsOneOf(i: number, words: readonly string[]): boolean {
    const span = this.#spans[i] as readonly [number, number]
    const length = span[1] - span[0]
    for (const w of words) {
      if (w.length !== length) continue
      let at = 0
      // (c | 32) is an ASCII letter's lowercase, as toLowerCase gives it; of other characters only the Kelvin sign
      // lowercases to an ASCII letter ("k"), which no article holds.
      while (at < length && (this.#source.charCodeAt(span[0] + at) | 32) === w.charCodeAt(at)) at++
      if (at === length) return true
    }
    return false
  }

  /** Token i's Tok.word, without setting the token up. */
  wordAt(i: number): boolean {
    const span = this.#spans[i] as readonly [number, number]
    return isWordSpan(this.#source, span[0], span[1])
  }

  /** Tokens first to last, inclusive. */
  range(first: number, last: number): Tok[] {
    const out: Tok[] = []
    for (let i = first; i <= last; i++) out.push(this.at(i) as Tok)
    return out
  }
}

/** The one token list recognition reloads for every sentence (recognition runs one sentence at a time). */
const sentenceToks = new Toks()

const LC_ARTICLE = 1
const LC_PHRASE = 2

/**
 * Per lowercase ASCII letter, what a word beginning with it may be, per gazetteer: LC_ARTICLE for the letters Arabic
 * articles begin with, LC_PHRASE for the first letters of lowercase theater phrases' keys and every letter the
 * spelling skeleton maps onto them ("ch" -> "sh", "e" -> "a"); 0 for neither.
 */
const SKELETON_SOURCES: Readonly<Record<string, string>> = { j: 'jdg', s: 'stc', k: 'kcq', h: 'hk', f: 'fp', u: 'uo', a: 'ae', o: 'oa', i: 'iey', g: 'g' }
const lowercaseFirsts = new WeakMap<Gazetteer, Uint8Array>()
function lowercaseFirstTable(gaz: Gazetteer): Uint8Array {
  let table = lowercaseFirsts.get(gaz)
  if (table) return table
  table = new Uint8Array(128)
  for (const a of START_ARTICLES) table[a.charCodeAt(0)] = LC_ARTICLE
  for (let c = 97; c <= 122; c++) {
    const letter = String.fromCharCode(c)
    // A key first letter x is reachable from surface letters SKELETON_SOURCES[x] (or x itself).
    if (gaz.lowercaseStart(letter) || gaz.lowercaseFirstLetter(letter)) for (const src of SKELETON_SOURCES[letter] ?? letter) table[src.charCodeAt(0)] = (table[src.charCodeAt(0)] as number) | LC_PHRASE
  }
  lowercaseFirsts.set(gaz, table)
  return table
}

const START_ARTICLE_LIST: readonly string[] = [...START_ARTICLES]
/** START_ARTICLES' lengths: a longer or shorter lowercase word is no article. */
const ARTICLE_MIN = Math.min(...[...START_ARTICLES].map((a) => a.length))
const ARTICLE_MAX = Math.max(...[...START_ARTICLES].map((a) => a.length))

/** For a word that does not begin with a capital: LC_ARTICLE when it is an Arabic article that may begin a name,
 * LC_PHRASE when it may begin a lowercase theater phrase ("the coast"); memoised per word as written. */
function lowercaseCode(t: Tok, w: WordInfo, gaz: Gazetteer): number {
  return (w.lowercase ??= (START_ARTICLES.has(t.lower) ? LC_ARTICLE : 0) | (gaz.lowercaseStart(keyOfInfo(w)) ? LC_PHRASE : 0))
}

/** "'s" or "’s", read from the token's characters. */
const isPossessive = (t: Tok): boolean => {
  if (t.end - t.start !== 2) return false
  const a = t.first
  const b = t.second
  return (b === 115 || b === 83) && (a === 39 || a === 0x2019)
}

/** Hyphens and apostrophes that join the parts of a name ("al-Raqqa", "Ma'arrat"), as char codes. */
const NAME_JOINERS: ReadonlySet<number> = new Set([...'-‐‑\'’ʼ'].map((c) => c.charCodeAt(0)))
/** The hyphens and apostrophes prevWord looks past. */
const NAME_BREAKS: ReadonlySet<number> = new Set([...'-\'’'].map((c) => c.charCodeAt(0)))
/** Whether the token is one character of `chars`, read without slicing its text. */
const isOneOf = (t: Tok, chars: ReadonlySet<number>): boolean => t.end - t.start === 1 && chars.has(t.first)

/** Index of the next word token after `i`, skipping hyphens and apostrophes that join the parts of a name ("al-Raqqa"). */
function nextWord(toks: Toks, i: number): number {
  let j = i + 1
  while (j < toks.length) {
    // Read without setting the token up: the next word is often lowercase, which the scan itself passes unread.
    if (toks.wordAt(j)) return j
    const t = toks.at(j) as Tok
    const prev = toks.at(j - 1) as Tok
    const next = toks.at(j + 1)
    const joined = isOneOf(t, NAME_JOINERS) && t.start === prev.end && next !== undefined && next.start === t.end
    if (!joined) return -1
    j++
  }
  return -1
}

/** Whether the next word after token `i` is a possessive ("'s"). */
function possessiveFollows(toks: Toks, i: number): boolean {
  const following = nextWord(toks, i)
  return following >= 0 && isPossessive(toks.at(following) as Tok)
}

/** Finds place mentions in each sentence (token spans from split-sentences). */
export function recognize(text: string, sentences: readonly (readonly (readonly [number, number])[])[], gaz: Gazetteer): Recognition {
  const mentions: Mention[] = []
  const demonymCountries: string[] = []
  const common = commonWords()
  const notPlaces = notPlaceKeys()
  // "Mayor Kelly … Kelly said": a name seen once as part of a person's name is a person throughout the text.
  const personKeys = new Set<string>()
  const lcFirst = lowercaseFirstTable(gaz)
  const run = new IdRun(gaz)
  const toks = sentenceToks
  sentences.forEach((spans, sentence) => {
    toks.load(text, spans)
    let firstWord = 0
    while (firstWord < toks.length && !toks.wordAt(firstWord)) firstWord++
    if (firstWord === toks.length) firstWord = -1
    let k = 0
    while (k < toks.length) {
      // Lowercase words that begin nothing, and punctuation, pass without setting up a token.
      const c = toks.firstAt(k)
      if (c >= 97 && c <= 122) {
        const may = lcFirst[c] as number
        if (may === 0) { k++; continue }
        // "and", "after", "every": a word of an article's letter that no phrase begins with is an article only at an
        // article's length; the others (a tenth of all tokens) pass without a memo lookup (about 5 % of the stage).
        // At an article's length, the word is spelled out against the articles ("and", "are", "all" are none).
        if (may === LC_ARTICLE) {
          const length = toks.lengthAt(k)
          if (length < ARTICLE_MIN || length > ARTICLE_MAX || !toks.spellsOneOf(k, START_ARTICLE_LIST)) { k++; continue }
        }
      }
      if (!toks.wordAt(k)) { k++; continue }
      const t = toks.at(k) as Tok
      if (t.first >= 0x0620 && isArabicWord(t.text)) {
        const found = arabicMention(toks, k, sentence, gaz)
        if (found) mentions.push(found.mention)
        else {
          // "القوات السورية", "اللاجئون اللبنانيون": a demonym votes for its country, as "Syrian" does.
          const cc = arabicDemonymCountry(t.text, gaz)
          if (cc) demonymCountries.push(cc)
        }
        k = found ? found.last + 1 : k + 1
        continue
      }
      let startsUpper = t.upper
      let first: WordInfo | null = null
      if (!startsUpper) {
        // Most words are lowercase and begin nothing: one memo lookup tells an article ("al-Raqqa") or a phrase start.
        first = wordInfo(text, t, gaz)
        const code = lowercaseCode(t, first, gaz)
        if (code === 0) { k++; continue }
        startsUpper = (code & LC_ARTICLE) !== 0 && (toks.at(nextWord(toks, k))?.upper ?? false)
        if (!startsUpper && (code & LC_PHRASE) === 0) { k++; continue }
      }
      let best: { last: number; key: string; node: number } | null = null
      let j = k
      // A lowercase word may sit inside a name wherever the gazetteer's keys go on with it ("Bab al-Hawa border
      // crossing"): the walk follows keys only, and a name ends on a lowercase word only when curated (below).
      for (let n = 0; n < MAX_WORDS && j >= 0; n++) {
        const tj = toks.at(j) as Tok
        // "Syria's second city": a possessive joins the word before it, as in the gazetteer's keys ("syrias").
        // The first word alone is the common case: its walk is memoised by its text.
        let node: number
        let found: number
        let key: string
        if (n === 0) {
          const w = (first ??= wordInfo(text, tj, gaz))
          run.start(w)
          node = w.node
          found = w.found
          key = (found & PROBE_KEY) === 0 ? '' : (w.nodeKey ??= gaz.nodeKey(node))
        } else {
          if (isPossessive(tj)) run.addToLast()
          else run.push(wordInfo(text, tj, gaz))
          node = run.node()
          found = gaz.nodeFlags(node)
          key = (found & PROBE_KEY) === 0 ? '' : gaz.nodeKey(node)
        }
        if (key.length >= 2) {
          // A name ends on a capitalised word, except curated theater names ("Rastan bridge", "the coast").
          const ok = (startsUpper && tj.upper) || gaz.lowercaseOk(key) || (startsUpper && gaz.nodeHits(node).some((h) => gaz.isTheater(h.entry)))
          if (ok) best = { last: j, key, node }
        }
        // Stop when no longer name begins this way; an article is dropped from keys, so "al" alone says nothing yet.
        // The possessive rule ("Martha's Vineyard") is asked only where a possessive follows: for a first word alone
        // ("Trump's") its answer is memoised with the word. (Asking it of every capitalised word first, memoised, was
        // a gazetteer walk for each new word of a stream: an eighth of recognition's cost on new text.)
        const goesOn = (found & PROBE_LONGER) !== 0 || run.lastArticle || (possessiveFollows(toks, j) &&
          (n === 0 ? possessiveGoesOnFrom(first as WordInfo, gaz) : possessiveGoesOn(run.words(), gaz)))
        if (!goesOn) break
        j = nextWord(toks, j)
      }
      // "the south of Lebanon", "the capital of Jordan": a lowercase phrase followed by "of" is relative to what follows.
      if (best && !startsUpper && /^\s*of\b/i.test(text.slice((toks.at(best.last) as Tok).end, (toks.at(best.last) as Tok).end + 4))) best = null
      if (!best) {
        const demonym = t.upper ? demonymOf(first ?? wordInfo(text, t, gaz), gaz) : undefined
        if (demonym) demonymCountries.push(demonym)
        else if (t.upper && k !== firstWord) {
          const typo = typoMention(toks, k, sentence, gaz, common, firstWord)
          // (Asked only with a theater: a call reached for every word makes V8 spend the scan's inlining on it.)
          const pair = typo || gaz.theaterCountry === '' ? null : pairTypoMention(toks, k, sentence, gaz)
          if (typo) mentions.push(typo)
          if (pair) {
            mentions.push(pair.mention)
            k = pair.last + 1
            continue
          }
        }
        k++
        continue
      }
      // ("Maaret Tamsrin": a first word that is a name of its own, "Maaret", does not stop the pair being read.)
      const pair = best.last === k && t.upper && gaz.theaterCountry !== '' ? pairTypoMention(toks, k, sentence, gaz) : null
      if (pair) {
        mentions.push(pair.mention)
        k = pair.last + 1
        continue
      }
      const hits = best.last === k && first !== null && best.node === first.node ? (first.hits ??= gaz.nodeHits(best.node)) : gaz.nodeHits(best.node)
      const m = shapeMention(toks, k, best.last, sentence, best.key, hits, notPlaces, gaz)
      if (m === 'person') personKeys.add(best.key)
      else if (m) mentions.push(m)
      k = best.last + 1
    }
  })
  return { mentions: mentions.filter((m) => !personKeys.has(m.key) || m.suffix !== null), demonymCountries }
}

/** The country an Arabic word names as a demonym ("السورية"), if any. */
function arabicDemonymCountry(text: string, gaz: Gazetteer): string | undefined {
  const forms = demonymForms(text)
  for (let i = 0; i < forms.length; i++) {
    const cc = gaz.demonymCountry(nameKey(forms[i] as string))
    if (cc !== undefined) return cc
  }
  return undefined
}

/**
 * A place named in Arabic script from token `k`: the longest run of up to four words whose key the gazetteer holds
 * (the OCHA Arabic names), the first word taken with or without a proclitic ("ودير الزور" -> "دير الزور"). Arabic has
 * no capitals, so a single common word ("مدينة") is marked common and needs a major place to stand.
 */
function arabicMention(toks: Toks, k: number, sentence: number, gaz: Gazetteer): { mention: Mention; last: number } | null {
  const t = toks.at(k) as Tok
  const first = arabicCore(t.text)
  let best: { last: number; key: string; skip: number; cutEnd: number } | null = null
  for (const { word, skip } of [{ word: first.word, skip: 0 }, ...withoutProclitics(first.word)]) {
    const words = [foldName(word)]
    let j = k
    let cut = first.cut
    for (let n = 0; n < 4; n++) {
      const key = keyOfWords(words)
      const found = gaz.probe(key)
      if ((found & PROBE_KEY) !== 0 && (!best || j > best.last)) best = { last: j, key, skip, cutEnd: cut }
      // A word with punctuation on it ends the name; so does a key no longer name begins with.
      if ((found & PROBE_LONGER) === 0 || cut > 0) break
      const next = toks.at(j + 1)
      if (!next || next.start > (toks.at(j) as Tok).end + 1 || !isArabicWord(next.text)) break
      const core = arabicCore(next.text)
      words.push(foldName(core.word))
      cut = core.cut
      j++
    }
    if (best) break
  }
  if (!best) return null
  const last = toks.at(best.last) as Tok
  const next = toks.at(best.last + 1)
  // "ريف دمشق الغربي": the next word reads the countryside with its direction, not the governorate "ريف دمشق".
  if (best.last > k && best.cutEnd === 0 && next && next.start <= last.end + 1 &&
    splitsAreaName(first.word, best.skip, arabicBearing(next.text), (words) => (gaz.probe(keyOfWords(words)) & PROBE_KEY) !== 0,
      toks.range(k + 1, best.last).map((x) => foldName(arabicCore(x.text).word)))) return null
  const nameStart = t.start + best.skip
  const nameEnd = last.end - best.cutEnd
  const oneWord = best.last === k
  const before = toks.at(k - 1)
  const prevArabic = before && isArabicWord(before.text) && before.end >= t.start - 1 ? before.text : null
  const surface = foldName(toks.range(k, best.last).map((x) => x.text).join(' ').slice(best.skip, nameEnd - t.start))
  // "محافظة إربد" (Irbid governorate), "ريف حلب الغربي" (the western Aleppo countryside): the area words join the mention.
  const area = best.skip === 0 && prevArabic && before ? arabicAreaWord(prevArabic) : null
  const bearing = area && best.cutEnd === 0 && next && next.start <= last.end + 1 ? arabicBearing(next.text) : null
  const start = area && before ? before.start + area.skip : nameStart
  const end = bearing !== null && next ? next.end - arabicCore(next.text).cut : nameEnd
  return {
    last: bearing !== null ? best.last + 1 : best.last,
    mention: { start, end, nameStart, nameEnd, key: best.key, surface, hits: gaz.lookup(best.key), sentence, suffix: area?.suffix ?? null,
      bearing, common: oneWord && isCommonArabic(arabicCore(t.text).word.slice(best.skip), prevArabic), typo: false, embedded: false,
      arabic: true },
  }
}

/** Folded name without Arabic articles: "al-Raqqa" -> "raqqa". */
function surfaceOf(words: readonly string[]): string {
  return words.filter((w, i) => !(ARTICLE_WORDS.has(w) && i < words.length - 1)).join(' ')
}

/** The same folding for a gazetteer name, memoised (entries are shared across documents). */
const entrySurfaces = new Map<string, string>()
export function surfaceOfName(name: string): string {
  let s = entrySurfaces.get(name)
  if (s === undefined) {
    s = surfaceOf(foldName(name).replace(/[,()&]/g, ' ').split(' ').filter(Boolean))
    if (entrySurfaces.size > 100_000) entrySurfaces.clear()
    entrySurfaces.set(name, s)
  }
  return s
}

// The hits an abbreviation ("US") or an acronym ("WASHINGTON") keeps, one list per name's hits: the same list for every
// mention, so resolution's candidate cache (by hit list) knows it from the last document.
const abbreviationHits = new WeakMap<readonly KeyHit[], readonly KeyHit[]>()
const acronymHits = new WeakMap<readonly KeyHit[], readonly KeyHit[]>()
function filteredHits(memo: WeakMap<readonly KeyHit[], readonly KeyHit[]>, hits: readonly KeyHit[], gaz: Gazetteer,
  keep: (e: GazEntry, gaz: Gazetteer, own: boolean, key: string) => boolean, key: string): readonly KeyHit[] {
  let kept = memo.get(hits)
  if (!kept) memo.set(hits, (kept = hits.filter((h) => keep(gaz.entry(h.entry), gaz, h.own, key))))
  return kept
}

// The entry tests of the rules around a name, as module functions: shapeMention runs for every name matched and
// should not make a closure for each test it reaches.
/** Whether some hit's entry passes `test`. */
function someEntry(hits: readonly KeyHit[], gaz: Gazetteer, test: (e: GazEntry, gaz: Gazetteer) => boolean): boolean {
  for (const h of hits) if (test(gaz.entry(h.entry), gaz)) return true
  return false
}
const hasOwnCountry = (hits: readonly KeyHit[], gaz: Gazetteer): boolean => {
  for (const h of hits) if (h.own && gaz.entry(h.entry).kind === 'country') return true
  return false
}
/** What an abbreviation ("US", "UK") may name: a country, a continent or a governorate. */
const namesAbbreviation = (e: GazEntry): boolean => e.kind === 'country' || e.fcode === 'CONT' || e.fcode === 'ADM1'
/** What capitals ("ALEPPO") may name: a country ("DPRK"), a place of the theater country, or a major place by its own
 * name or a spelling of it ("NISH" for Niš, "PARANAQUE" for Paranaque City). ("OCHA", the UN office, is one of Aachen's
 * other names; "SANA", the agency, one of Sanandaj's.) */
const namesAcronym = (e: GazEntry, gaz: Gazetteer, own: boolean, key: string): boolean => e.kind === 'country' ||
  (gaz.theaterCountry !== '' && e.cc === gaz.theaterCountry) || (isMajor(e) && (own || spellsOwnName(key, e.name)))
/** The key is the place's own name's, one letter apart (from five letters: "SANA" is no Sano), or its first word
 * ("paranake" of "Paranaque City"). */
function spellsOwnName(key: string, name: string): boolean {
  const own = nameKey(name)
  return own === key || own.startsWith(`${key} `) || (key.length >= 5 && editDistance(own, key, 1) <= 1)
}
/** A place that may be said to speak: a country, a capital, a governorate. */
const speaksForItself = (e: GazEntry): boolean => e.kind === 'country' || e.fcode === 'PPLC' || e.fcode === 'ADM1'
/** What the person and organisation rules ask of a name's hits, whatever the text around it: computed once per hit list
 * (lists are shared by every mention of a name), not by reading every hit's entry at every mention. Each fact on
 * first need only: most names meet one rule or neither, and on unseen text making every hit's entry for facts never
 * asked was most of this memo's cost. */
interface HitFacts {
  /** Some hit is a major place (isMajor); undefined until asked. */
  anyMajor: boolean | undefined
  /** The surfaces of the big places among the hits: a country, governorate, capital, seat, or a city of a million. */
  bigSurfaces: readonly string[] | undefined
}
const hitFacts = new WeakMap<readonly KeyHit[], HitFacts>()
function hitFactsOf(hits: readonly KeyHit[]): HitFacts {
  let facts = hitFacts.get(hits)
  if (facts === undefined) hitFacts.set(hits, (facts = { anyMajor: undefined, bigSurfaces: undefined }))
  return facts
}
/** Whether some hit is a major place: stops at the first one, so the entries after it are not made. */
function anyMajorHit(hits: readonly KeyHit[], gaz: Gazetteer): boolean {
  const facts = hitFactsOf(hits)
  return (facts.anyMajor ??= someEntry(hits, gaz, isMajor))
}
/** Whether a big place among the hits is spelled as the mention is ("Toronto Police", not a village namesake). */
function someMajorNamed(hits: readonly KeyHit[], gaz: Gazetteer, surface: string): boolean {
  const facts = hitFactsOf(hits)
  if (facts.bigSurfaces === undefined) {
    const big: string[] = []
    for (const h of hits) {
      const e = gaz.entry(h.entry)
      if (e.kind === 'country' || e.fcode === 'ADM1' || e.fcode === 'PPLC' || e.fcode === 'PPLA' || e.population >= 1_000_000) big.push(surfaceOfName(e.name))
    }
    facts.bigSurfaces = big
  }
  return facts.bigSurfaces.includes(surface)
}

/** The folded name of tokens first..last without Arabic articles; a one-word name's is memoised with its word. */
function nameSurface(toks: Toks, first: number, last: number, fInfo: WordInfo): string {
  return first === last ? (fInfo.surface ??= surfaceOf(fInfo.folded)) : surfaceOf(toks.range(first, last).flatMap((t) => t.folded))
}

/** The key is listed as no place ("not-places.txt"). */
const KEY_NOT_PLACE = 1
/** The key is a demonym ("syrian"). */
const KEY_DEMONYM = 2
const keyFactsOf = (key: string, notPlaces: Set<string>, gaz: Gazetteer): number =>
  (notPlaces.has(key) ? KEY_NOT_PLACE : 0) | (gaz.demonymCountry(key) ? KEY_DEMONYM : 0)

/** Applies the rules around a matched name: not-places, demonyms, person and organisation names, suffix, direction. */
function shapeMention(toks: Toks, first: number, last: number, sentence: number, key: string, allHits: readonly KeyHit[],
  notPlaces: Set<string>, gaz: Gazetteer): Mention | 'person' | null {
  const f = toks.at(first) as Tok
  const fInfo = wordInfo(f.source, f, gaz)
  const facts = first === last && fInfo.nodeKey === key ? (fInfo.keyFacts ??= keyFactsOf(key, notPlaces, gaz)) : keyFactsOf(key, notPlaces, gaz)
  if ((facts & KEY_NOT_PLACE) !== 0) return null
  if ((facts & KEY_DEMONYM) !== 0 && !hasOwnCountry(allHits, gaz)) return null
  const l = toks.at(last) as Tok
  const oneWord = first === last && f.folded.length === 1
  const fFlags = wordFlags(fInfo)
  // The surface of a one-word name is its word's, memoised with it.
  let hits = allHits
  // "AP", "BA", "TV": short capitals are abbreviations; only a country's or region's own ("US", "UK", "UAE") is a place.
  // (A dateline's "HOMS" is the city: only two- or three-letter capitals count as abbreviations.)
  if (oneWord && (fFlags & W_ABBREVIATION) !== 0) {
    hits = filteredHits(abbreviationHits, allHits, gaz, namesAbbreviation, key)
    if (hits.length === 0) return null
  } else if (oneWord && (fFlags & W_SHORT) !== 0) return null
  // "TASS", "SANA", "NATO": longer capitals are acronyms unless they name a major place ("ALEPPO" in a dateline).
  else if (oneWord && (fFlags & W_ACRONYM) !== 0) {
    hits = filteredHits(acronymHits, allHits, gaz, namesAcronym, key)
    if (hits.length === 0) return null
  }
  if (oneWord && (fFlags & W_BEARING) !== 0) return null
  // "Sen. Grassley", "Gen. Hassan": an abbreviated title before a name is no town (GeoNames has a Sen and a Gen).
  if (oneWord && (fFlags & W_TITLE) !== 0 && f.text.endsWith('.') && (nextWordTok(toks, last)?.upper ?? false)) return null
  // "Bashar al-Assad", "President Putin", "Hayat Tahrir al-Sham": a capitalised word right before is a name's first part.
  const prev = prevWord(toks, first)
  const prevInfo = prev ? wordInfo(prev.source, prev, gaz) : null
  const prevFlags = prevInfo ? wordFlags(prevInfo) : 0
  if (prev && prevInfo && prev.upper && prev.end >= f.start - 1 && (prevFlags & (W_PLACE_PREFIX | W_BEARING)) === 0) {
    const title = (prevFlags & W_TITLE) !== 0
    // "Capturing Homs would …", "Russian Hmeimim", "Rebels Take Aleppo": a verb form, a demonym, a weekday or a
    // headline's capitals are no given name.
    const notAName = (prevFlags & W_VERB_FORM) !== 0 || demonymOf(prevInfo, gaz) !== undefined || notPlaces.has(keyOfInfo(prevInfo)) ||
      isTitleCaseRun(toks, first)
    if (title) return 'person'
    // "After Hama fell", "When Obama spoke": a major or theater place's name, else a person's.
    const opener = (prevFlags & W_OPENER) !== 0
    if (opener && !anyMajorHit(hits, gaz) && !someEntry(hits, gaz, (e) => e.cc === gaz.theaterCountry)) return 'person'
    // "Carlos Bautista … Bautista said": a small namesake after a given name is that person all through the text.
    if (!opener && !notAName) return anyMajorHit(hits, gaz) ? null : 'person'
  }
  // "rebel commander Hassan", "spokesman Kelly": a role noun before the name.
  const before = prevAny(toks, first)
  const beforeFlags = before ? wordFlags(wordInfo(before.source, before, gaz)) : 0
  if ((beforeFlags & W_ROLE_NOUN) !== 0) return 'person'
  // "Kelly said": a place does not speak; a country or capital that does is handled as a metonym by role.ts.
  // ("Residents of Belmira said", "a village near Qorvath said": after a preposition the name is where the speaker is;
  // so after "at the": "officials at the Qorvath crossing said". "The White House said" stays no place.)
  const next = toks.at(last + 1)
  const located = (beforeFlags & W_LOCATING) !== 0
  if (next && !located && mayBeSpeech(next) && SPEECH.test(text(toks, last + 1, 3)) && !someEntry(allHits, gaz, speaksForItself) &&
    !locatedAfterAll(toks, first, beforeFlags, gaz)) return 'person'
  const after = nextWordTok(toks, last)
  let end = l.end
  let suffix: Mention['suffix'] = null
  let embedded = false
  // The name as written, folded: built once, for the rule below and the mention.
  let surface: string | null = null
  if (after && after.start <= l.end + 1) {
    const afterInfo = wordInfo(after.source, after, gaz)
    const afterFlags = wordFlags(afterInfo)
    const s = (afterFlags & W_SUFFIX) !== 0 ? SUFFIX_OF.get(afterInfo.lower) : undefined
    if (s) { suffix = s; end = after.end } else if ((after.upper && !/^\d/.test(after.text)) || articleAndName(toks, last + 1, afterInfo)) {
      // "Jordan Times", "Damascus Declaration": a capitalised word after makes an organisation or a title, unless it is a facility.
      // "Toronto Police", "Aleppo Military Council": a major place names where the body is; a village name there is a surname.
      const majorExact = someMajorNamed(hits, gaz, (surface = nameSurface(toks, first, last, fInfo)))
      if ((afterFlags & W_FACILITY) !== 0 || majorExact) embedded = true
      else if ((afterFlags & W_COMMON) === 0 || !isTitleCaseRun(toks, last)) return null
    }
  }
  let start = f.start
  let bearing: number | null = null
  if (prev && prevInfo && prev.end >= f.start - 1 && (prevFlags & W_BEARING) !== 0) {
    bearing = BEARING_OF.get(prevInfo.lower) ?? null
    start = prev.start
  }
  // "US" in capitals is not the word "us"; "GULF" in a headline still is the word "gulf".
  const isCommon = oneWord && (fFlags & W_COMMON) !== 0 && (fFlags & W_CAPITALS) === 0
  return { start, end, nameStart: f.start, nameEnd: l.end, key, surface: surface ?? nameSurface(toks, first, last, fInfo), hits, sentence, suffix, bearing,
    common: isCommon, typo: false, embedded }
}

// Maps, not objects: a lookup by a word sliced from the text need not intern the string.
const BEARING_OF: ReadonlyMap<string, number> = new Map(Object.entries(BEARINGS))
const SUFFIX_OF: ReadonlyMap<string, 'ADM1' | 'ADM2' | 'AREA'> = new Map(Object.entries(ADMIN_SUFFIX))

// Prepositions that place the name after them: "residents of X", "people in X", "a village near X".
const LOCATING = new Set(['of', 'in', 'from', 'near', 'at', 'around', 'outside', 'inside'])
const SPEECH_VERBS = ['said', 'says', 'told', 'tells', 'added', 'adds', 'explained', 'wrote', 'writes', 'tweeted', 'recalled', 'noted', 'argued',
  'insisted', 'asked', 'replied', 'laughed', 'smiled']
const SPEECH = new RegExp(`^\\s*(?:,\\s*)?(?:${SPEECH_VERBS.join('|')})\\b`)
/** The speech verbs by the char code they begin with. */
const SPEECH_BY_FIRST = new Map<number, string[]>()
for (const v of SPEECH_VERBS) SPEECH_BY_FIRST.set(v.charCodeAt(0), [...(SPEECH_BY_FIRST.get(v.charCodeAt(0)) ?? []), v])
/**
 * Whether SPEECH can match the text from token `next` on: it begins with a comma, or the source text spells a speech
 * verb from there. Read in place, so the tokens' text is built for SPEECH only then (most names are followed by
 * neither; building it for every name that a word of a verb's first letter follows was about 2 % of find-places).
 */
function mayBeSpeech(next: Tok): boolean {
  if (next.first === 44) return true
  const verbs = SPEECH_BY_FIRST.get(next.first)
  if (verbs === undefined) return false
  for (const v of verbs) if (next.source.startsWith(v, next.start)) return true
  return false
}

/** Text of up to `n` tokens from `i`, with their spacing. */
function text(toks: Toks, i: number, n: number): string {
  const first = toks.at(i)
  if (!first) return ''
  let out = ''
  let at = first.start
  for (let j = i; j < Math.min(toks.length, i + n); j++) {
    const t = toks.at(j) as Tok
    out += ' '.repeat(Math.max(0, t.start - at)) + t.text
    at = t.end
  }
  return ' '.repeat(first.start > 0 ? 1 : 0) + out
}

/** A place big enough to be named in passing: a country, continent, governorate or a large or capital city. */
export function isMajor(e: GazEntry): boolean {
  return e.kind === 'country' || e.fcode === 'CONT' || e.fcode === 'ADM1' || e.fcode === 'PPLC' || e.fcode === 'PPLA' || e.population >= 100_000
}

/** True when the words around `i` are all capitalised, as in a headline ("Rebels Take Hama Airport"). */
function isTitleCaseRun(toks: Toks, i: number): boolean {
  let caps = 0
  let words = 0
  for (let j = Math.max(0, i - 4); j < Math.min(toks.length, i + 5); j++) {
    const t = toks.at(j) as Tok
    if (!t.word) continue
    words++
    if (t.upper) caps++
  }
  return words >= 4 && caps >= words - 1
}

/** Lowercase role nouns before a person's name: "rebel commander Hassan". */
const ROLE_NOUNS = new Set(['commander', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chief', 'officer', 'envoy', 'ambassador',
  'analyst', 'fighter', 'activist', 'journalist', 'correspondent', 'founder', 'director', 'head', 'minister', 'president', 'general',
  'colonel', 'captain', 'sheikh', 'cleric', 'imam', 'mayor', 'governor', 'senator', 'deputy', 'secretary', 'researcher', 'professor',
  'resident', 'witness', 'doctor', 'dr', 'mr', 'mrs', 'ms', 'prime'])

/**
 * Whether a locating preposition governs the name though words stand between: "at the Qorvath crossing" ("the"),
 * "residents of Inkhil and Jasim said", "residents of Tadamon, the Yarmouk camp and Hajar al-Aswad said" (the name
 * ends a list after "and" or "or"). `beforeFlags` are token first-1's.
 */
function locatedAfterAll(toks: Toks, first: number, beforeFlags: number, gaz: Gazetteer): boolean {
  if ((beforeFlags & W_DEFINITE) !== 0) return isLocating(prevAny(toks, first - 1), gaz)
  const joiner = toks.at(first - 1)
  if (!joiner || (joiner.lower !== 'and' && joiner.lower !== 'or')) return false
  const listed = prevAny(toks, first - 1)
  return listed !== null && (listed.upper || LISTED_NAME_WORDS.has(listed.lower)) && listAfterLocating(toks, first - 2, gaz)
}

const isLocating = (t: Tok | null, gaz: Gazetteer): boolean => t !== null && (wordFlags(wordInfo(t.source, t, gaz)) & W_LOCATING) !== 0

/** Lowercase words a listed place's name holds or ends on: "Hajar al-Aswad", "the Yarmouk camp". */
const LISTED_NAME_WORDS: ReadonlySet<string> = new Set(['al', 'el', 'the', 'camp', 'district', 'neighbourhood', 'neighborhood', 'quarter',
  'town', 'village', 'city'])
/** How many tokens a list of places may run back to its preposition. */
const LIST_REACH = 16

/** Whether the tokens back from `last` are names, commas and name words up to a locating preposition. */
function listAfterLocating(toks: Toks, last: number, gaz: Gazetteer): boolean {
  for (let i = last; i >= 0 && i > last - LIST_REACH; i--) {
    const t = toks.at(i) as Tok
    if (!t.word) {
      if (t.text === ',' || t.text === '-') continue
      return false
    }
    if (t.upper) continue
    if (isLocating(t, gaz)) return true
    if (!LISTED_NAME_WORDS.has(t.lower)) return false
  }
  return false
}

/** The word token right before `i`, whatever its case. */
function prevAny(toks: Toks, i: number): Tok | null {
  const t = toks.at(i - 1)
  return t && t.word ? t : null
}

function prevWord(toks: Toks, i: number): Tok | null {
  for (let j = i - 1; j >= 0; j--) {
    const t = toks.at(j) as Tok
    if (t.word) return t
    if (!isOneOf(t, NAME_BREAKS)) return null
  }
  return null
}

function nextWordTok(toks: Toks, i: number): Tok | null {
  const t = toks.at(i + 1)
  return t && t.word ? t : null
}

/**
 * "Wadi al-Nasara", "Kafr al-Zaitoun": an Arabic article and a capitalised word after a name (token `i` the article)
 * go on with it as one longer name, which the gazetteer lacks: the first word alone ("Wadi", El Oued in Algeria by
 * another name; "Kafr", a hamlet) is not the place meant, as a capitalised word after it would show. Not a word that
 * only tells which part or namesake of the place it is ("Tell Abyad al-Sharqi", "Aleppo al-Jadida"): the place
 * named first is then where, or next to where, the text means.
 */
function articleAndName(toks: Toks, i: number, article: WordInfo): boolean {
  if (!START_ARTICLES.has(article.lower)) return false
  const name = toks.at(nextWord(toks, i))
  return name !== undefined && name.upper && !PART_OF_NAMED.test(name.lower)
}

// Arabic adjectives after a place's name: its eastern, western, northern, southern, big, small, upper, lower, middle,
// new or old part or namesake, its old town or its station quarter.
const PART_OF_NAMED = /^(?:sh?arq|gh?arb|shamal|janub|kab[iu]r|kubr|s[au]gh[iu]r|sughr|f[ao]u?q|tahta|jad[iy]d|qad[iy]m|wust|balad|mah?att?a)/

/** "Zain al-Abidin", "Jabal Zawiya al-Kabira": the word after a capitalised word and an article ends that longer name. */
function endsLongerName(toks: Toks, k: number): boolean {
  let j = k - 1
  while (j >= 0 && !toks.wordAt(j) && isOneOf(toks.at(j) as Tok, NAME_BREAKS)) j--
  const article = toks.at(j)
  if (j === k - 1 || !article || !ARTICLE_WORDS.has(article.lower)) return false
  const before = prevWord(toks, j)
  return before !== null && before.upper
}

/**
 * "Tabisa", "Mhardeh": a capitalised, unknown, uncommon word a misspelling of a theater place (gaz.spellingNeighbours);
 * resolve.ts keeps it only near other places.
 */
function typoMention(toks: Toks, k: number, sentence: number, gaz: Gazetteer, common: Set<string>, firstWord: number): Mention | null {
  const t = toks.at(k) as Tok
  // Only the theater country's names are corrected.
  if (!gaz.theaterCountry || t.text.length < 5 || t.folded.length !== 1 || common.has(t.lower)) return null
  const prev = prevWord(toks, k)
  const next = nextWordTok(toks, k)
  // A capitalised word beside it makes it part of a longer name, unless that word is only capitalised for opening the
  // sentence ("In Albukamal, …", "Near Tabisa, …").
  const prevOpens = prev !== null && k - 1 === firstWord && common.has(prev.lower)
  if ((prev && prev.upper && !prevOpens) || (next && next.upper) || endsLongerName(toks, k)) return null
  // "president Hafez al-Assad": after a role noun, or going on with an article and a name, it is a person.
  const before = prevAny(toks, k)
  if (before && (ROLE_NOUNS.has(before.lower) || TITLES.has(before.lower))) return null
  const after = nextWord(toks, k)
  if (after >= 0 && START_ARTICLES.has((toks.at(after) as Tok).lower) && (toks.at(nextWord(toks, after))?.upper ?? false)) return null
  const key = keyOfWords(t.folded)
  if (gaz.has(key) || notPlaceKeys().has(key) || gaz.demonymCountry(key)) return null
  const fused = fusedArticleMention(t, sentence, gaz)
  if (fused) return fused
  const hits: KeyHit[] = []
  for (const alt of gaz.spellingNeighbours(key)) {
    for (const h of gaz.lookup(alt)) if (gaz.entry(h.entry).cc === gaz.theaterCountry) hits.push({ entry: h.entry, own: false })
  }
  if (hits.length === 0) return null
  return { start: t.start, end: t.end, nameStart: t.start, nameEnd: t.end, key, surface: surfaceOf(t.folded), hits, sentence, suffix: null,
    bearing: null, common: false, typo: true, embedded: false }
}

/**
 * "Maaret Tamsrin": two capitalised words, alone between lowercase ones, that name no key, the second a theater name's
 * second word less one vowel (OCHA's Ma'arrat Tamasrin); resolve.ts keeps it only in a place slot near other places,
 * as it does a one-word misspelling. Callers ask it only when a theater is loaded (its names are the theater's).
 */
function pairTypoMention(toks: Toks, k: number, sentence: number, gaz: Gazetteer): { mention: Mention; last: number } | null {
  const t = toks.at(k) as Tok
  // The second word right after the first, or after an Arabic article between them ("Jubata al-Khashab").
  const second = articleAfter(toks, k) ? nextWord(toks, nextWord(toks, k)) : k + 1
  const n = toks.at(second)
  if (t.folded.length !== 1 || !n || !n.word || !n.upper || (second === k + 1 && n.start !== t.end + 1) || n.folded.length !== 1 || n.text.length < 5) return null
  const prev = prevWord(toks, k)
  const after = nextWordTok(toks, second)
  if ((prev && prev.upper) || (after && after.upper)) return null
  const words = [...t.folded, ...n.folded]
  const key = keyOfWords(words)
  if (gaz.has(key)) return null
  const hits: KeyHit[] = []
  for (const alt of gaz.spellingNeighbours(key)) {
    for (const h of gaz.lookup(alt)) if (gaz.entry(h.entry).cc === gaz.theaterCountry) hits.push({ entry: h.entry, own: false })
  }
  if (hits.length === 0) return null
  return { last: second, mention: { start: t.start, end: n.end, nameStart: t.start, nameEnd: n.end, key, surface: surfaceOf(words), hits, sentence,
    suffix: null, bearing: null, common: false, typo: true, embedded: false } }
}

/** Whether the word after token `k` is an Arabic article that goes on to a name ("al-" of "Jubata al-Khashab"). */
function articleAfter(toks: Toks, k: number): boolean {
  const a = nextWord(toks, k)
  const article = a === k + 1 ? toks.at(a) : undefined
  return article !== undefined && START_ARTICLES.has(article.lower) && article.start === (toks.at(k) as Tok).end + 1
}

/** A word of "al" or "el" and four letters or more ("Albukamal", "Alhasakah"). */
const FUSED_AL = /^[ae]l[a-z]{4,}$/

/**
 * "Albukamal", "Elqusayr": the Arabic article written joined to a theater town's name, which no key spells so; the
 * name after it is the town's (as "al-Bukamal" is). Only the theater country's towns, and only for a word that is no
 * key itself (typoMention's conditions).
 */
function fusedArticleMention(t: Tok, sentence: number, gaz: Gazetteer): Mention | null {
  const w = t.folded[0] as string
  if (!FUSED_AL.test(w)) return null
  const rest = [w.slice(2)]
  const key = keyOfWords(rest)
  const hits = gaz.lookup(key).filter((h) => gaz.entry(h.entry).cc === gaz.theaterCountry)
  if (hits.length === 0) return null
  return { start: t.start, end: t.end, nameStart: t.start, nameEnd: t.end, key, surface: surfaceOf(rest), hits, sentence, suffix: null,
    bearing: null, common: false, typo: false, embedded: false }
}

/**
 * A mention for a span someone else found (a benchmark's gold toponym): the name looked up as it is, then without
 * "the", a possessive or an admin suffix, then as a demonym's country. Null when no entry matches.
 */
export function mentionForSpan(text: string, start: number, end: number, sentence: number, gaz: Gazetteer): Mention | null {
  const name = text.slice(start, end).replace(/['’]s?$/, '').replace(/^the\s+/i, '')
  const base = { start, end, nameStart: start, nameEnd: end, sentence, bearing: null, common: false, typo: false, embedded: false,
    surface: surfaceOfName(name) }
  let key = nameKey(name)
  // "French", "Spanish": a demonym span stands for its country, even where a town bears the word.
  const demonymIso = gaz.demonymCountry(key)
  const demonymEntry = demonymIso ? gaz.country(demonymIso) : undefined
  if (demonymEntry !== undefined) return { ...base, key, hits: [{ entry: demonymEntry, own: true }], suffix: null }
  if (gaz.has(key)) return { ...base, key, hits: gaz.lookup(key), suffix: null }
  const words = name.split(/\s+/)
  const suffix = ADMIN_SUFFIX[(words[words.length - 1] ?? '').toLowerCase()]
  if (suffix && words.length > 1) {
    key = nameKey(words.slice(0, -1).join(' '))
    if (gaz.has(key)) return { ...base, key, hits: gaz.lookup(key), suffix }
  }
  const iso = gaz.demonymCountry(nameKey(name)) ?? gaz.demonymCountry(nameKey(name.replace(/s$/, '')))
  const country = iso ? gaz.country(iso) : undefined
  if (country !== undefined) return { ...base, key: nameKey(name), hits: [{ entry: country, own: true }], suffix: null }
  // "European", "African", "Asian": a continent's adjective names the continent ("Europe" + "an", "Africa" + "n").
  for (const stem of new Set([name.replace(/an$/, ''), name.replace(/n$/, ''), name.replace(/(?:e?an|n)$/, '')])) {
    const continent = stem.length > 2 && stem !== name ? gaz.lookup(nameKey(stem)).filter((h) => gaz.entry(h.entry).fcode === 'CONT') : []
    if (continent.length > 0) return { ...base, key: nameKey(name), hits: continent, suffix: null }
  }
  // "Miami-Dade": a county or province written without the word, when nothing else bears the bare name.
  for (const word of ['County', 'Parish', 'Province', 'Governorate']) {
    const areas = gaz.lookup(nameKey(`${name} ${word}`)).filter((h) => { const f = gaz.entry(h.entry).fcode; return f === 'ADM1' || f === 'ADM2' })
    if (areas.length > 0) return { ...base, key: nameKey(`${name} ${word}`), hits: areas, suffix: null }
  }
  // "Delhi High Court", "Mexican Senate": the place that opens the name of a body or building.
  for (let n = words.length - 1; n >= 1; n--) {
    const head = mentionForSpan(words.slice(0, n).join(' '), 0, words.slice(0, n).join(' ').length, sentence, gaz)
    const major = head ? head.hits.filter((h) => isMajor(gaz.entry(h.entry))) : []
    if (head && major.length > 0) return { ...head, ...base, hits: major }
  }
  return null
}
