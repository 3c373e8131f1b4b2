// Text-only features of one document for story detection: word tokens, shingles, content words, quotations,
// numbers with their units and capitalised names. Works on `text` alone, so it runs before any event stage has.
import { hashString, mix32 } from './hash.ts'
import { STOPWORDS } from './stopwords.ts'

/**
 * Lowercased word tokens with diacritics and apostrophes folded, so "Deir el-Zor" and "Deir El Zor" agree. Letters
 * of any script count (Arabic vowel marks are dropped like Latin accents), so two reports in one language other
 * than English still share their shingles and words.
 */
export function words(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`\u0640]/g, '')
  return folded.match(/[\p{L}\p{N}]+(?:[.,]\p{N}+)*/gu) ?? []
}

/** Hashes of the word `n`-grams (w-shingles) of `tokens`: the set that near-identical texts share. */
export function shingles(tokens: readonly string[], n = 3): Set<number> {
  const out = new Set<number>()
  const h = tokens.map(hashString)
  for (let i = 0; i + n <= h.length; i++) {
    let x = 0x811c9dc5
    for (let k = 0; k < n; k++) x = mix32(x ^ h[i + k]!) + k
    out.add(x >>> 0)
  }
  return out
}

/** Crude suffix folding so "advances", "advanced", "advancing" meet; only for set overlap, never shown. */
export function stem(w: string): string {
  if (w.length <= 4) return w
  let end = w.length
  if (w.endsWith('ing')) end -= 3
  else if (w.endsWith('ed') || w.endsWith('es') || w.endsWith('ly')) end -= 2
  else if (w.endsWith('s')) end -= 1
  return w.slice(0, Math.min(end, 7))
}

/** Hashes of the stemmed content words: what a paraphrase keeps when it changes the wording around them. */
export function contentWords(tokens: readonly string[]): Set<number> {
  const out = new Set<number>()
  for (const w of tokens) {
    const c = w.charCodeAt(0)
    if (w.length < 3 || (c >= 48 && c <= 57) || STOPWORDS.has(w)) continue
    out.add(mix32(hashString(stem(w)) ^ 0x7757))
  }
  return out
}

/** Quotations of two or more words (“…” or "…"), as normalised word strings; a rewrite keeps quotes verbatim. */
export function quotations(text: string): string[] {
  const out: string[] = []
  for (const m of text.matchAll(/[“"]([^”"\n]{6,400})[”"]/g)) {
    const ws = words(m[1] ?? '')
    if (ws.length >= 2) out.push(ws.join(' '))
  }
  return out
}

/** A quotation as quotations() reads one, in a paragraph: its span is masked so the sentence holding it can be found. */
const QUOTED = /[“"]([^”"\n]{6,400})[”"]/g
const MASK = '\u0001'
/** Fewer words in quotation marks are a phrase the reporter borrows (the "central prison"), not speech. */
const SPEECH_WORDS = 4

/**
 * The reporter's own sentences: the text without the sentences that carry a quotation (with whoever the sentence
 * says spoke). A rewrite paraphrases the narrative of what it rewrites and may swap or add quotes of its own ("…,"
 * said an analyst it called); what someone said is compared as a quotation instead. A quotation that runs over
 * several sentences masks them all, since it is masked before the paragraph is cut into sentences.
 */
export function narrative(text: string): string {
  return text.split(/\n\s*\n/).map((p) => {
    const masked = p.replace(QUOTED, (q, inner: string) => (words(inner).length >= SPEECH_WORDS ? MASK : q))
    if (!masked.includes(MASK)) return p
    return masked.split(/(?<=[.!?][”"’)]?)\s+(?=[“"‘(]?[\p{Lu}\p{N}\u0001])/u).filter((s) => !s.includes(MASK)).join(' ')
  }).join('\n\n')
}

const MULTIPLIERS: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9 }
/** "people" and "individuals" are one unit for matching: rewrites swap such words freely. */
const UNIT_CLASSES: Record<string, string> = {
  km: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', mile: 'mi', miles: 'mi',
  people: 'people', persons: 'people', individuals: 'people', civilians: 'people', residents: 'people',
  killed: 'dead', dead: 'dead', deaths: 'dead', died: 'dead', bodies: 'dead',
  wounded: 'hurt', injured: 'hurt', injuries: 'hurt',
  fighters: 'fighters', troops: 'fighters', soldiers: 'fighters', militants: 'fighters', rebels: 'fighters',
  years: 'years', year: 'years', days: 'days', day: 'days', percent: 'percent', '%': 'percent',
}
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i

/**
 * Numbers with their units as "value|unit" keys ("280,000 people" → "280000|people", "40 km" → "40|km").
 * Years and days of the month are left out: "in 2016" and "December 6" recur in unrelated reports.
 */
export function numbersWithUnits(text: string): string[] {
  const out: string[] = []
  const re = /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion))?(?:\s*\(?([A-Za-z%]+))?/g
  for (const m of text.matchAll(re)) {
    const raw = m[1] ?? ''
    let value = Number(raw.replace(/,/g, ''))
    if (!Number.isFinite(value)) continue
    const mult = m[2] ? MULTIPLIERS[m[2].toLowerCase()] : undefined
    if (mult) value *= mult
    const next = (m[3] ?? '').toLowerCase()
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0)
    // "December 6", "6 December": a date, not a figure.
    if (MONTHS.test(next) || MONTHS.test(before.trim().split(/\s+/).pop() ?? '')) continue
    const unit = UNIT_CLASSES[next] ?? (next.length > 2 ? stem(next) : '')
    // "in 2016": a year standing alone.
    if (!mult && !unit && /^(?:19|20)\d\d$/.test(raw)) continue
    if (value < 10 && !unit) continue
    out.push(`${value}|${unit}`)
  }
  // "three people died" / "left 3 people dead": a rewrite spells out or writes in digits as it likes.
  for (const m of text.matchAll(SPELLED)) {
    const value = spelledValue(m[1]!.toLowerCase()) * (MULTIPLIERS[(m[2] ?? '').toLowerCase()] ?? 1)
    const unit = UNIT_CLASSES[m[3]!.toLowerCase()]
    if (value >= 2 && unit && SPELLED_UNITS.has(unit)) out.push(`${value}|${unit}`)
  }
  return out
}

const ONES: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
}
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }
const SPELLED = new RegExp(
  `\\b((?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(ONES).join('|')}|one))?|${Object.keys(ONES).join('|')})` +
  `(?:\\s+(hundred|thousand|million))?\\s+([a-z]+)`, 'gi')
/** Spelled-out figures count only with a unit of people or distance: "two days" and "three times" recur everywhere. */
const SPELLED_UNITS = new Set(['people', 'dead', 'hurt', 'fighters', 'km', 'mi'])

function spelledValue(w: string): number {
  const [tens, ones] = w.split(/[- ]/)
  return (TENS[tens!] ?? ONES[tens!] ?? 0) + (ones ? (ONES[ones] ?? (ones === 'one' ? 1 : 0)) : 0)
}

/**
 * Capitalised words that name someone or something ("Qorvath", "Hezbollah"), lowercased and folded.
 * Sentence-initial words are skipped: there a capital says nothing ("Rebels", "Fighting").
 */
export function names(text: string): Set<string> {
  const out = new Set<string>()
  for (const m of text.matchAll(/[A-Z][\p{L}’'-]{2,}/gu)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0).replace(/[\s“"‘(—-]+$/, '')
    if (before === '' || /[.!?:]$/.test(before)) continue
    const w = foldName(m[0])
    if (w.length >= 3 && !STOPWORDS.has(w)) out.add(w)
  }
  return out
}

function foldName(w: string): string {
  return w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/^(?:al|el|ad|ar|as|at|ash|an|az)[-’']/, '').replace(/[’'].*$/, '').replace(/-/g, '')
}

/**
 * The newsroom says it reported this itself: "our correspondent in Hama said", "residents told us", "our reporter saw",
 * "we visited". A rewrite of another's report has no reporter of its own on the ground to cite.
 */
const OWN_REPORTING = /\b(?:our|this (?:newspaper|paper|website|outlet|channel)[’']s) (?:own )?(?:correspondents?|reporters?|journalists?|team|crew|photographers?|stringers?)\b|\btold (?:us|this (?:newspaper|paper|website|outlet|channel))\b|\bwe (?:saw|visited|witnessed|spoke|counted|reached|were told)\b/i

export function claimsOwnReporting(text: string): boolean {
  return OWN_REPORTING.test(text)
}
