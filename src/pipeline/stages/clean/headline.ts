// Headlines and section headings in scraped plain text: short lines without terminal punctuation.
// A headline opens the article (becomes `meta.title`); a heading ("UNEXPECTED OFFENSIVE") splits it into sections.
import { sentenceCount } from './caption.ts'

const TERMINAL = /[.!:;,؟۔…]["”’)]?$/
// A capital letter, a digit, or a letter of a script without case (Arabic): how a headline or heading starts.
const STARTS = /^["'“‘]?[\p{Lu}\p{Lo}\p{N}]/u

/** True for a line that reads as a headline: 3-25 words, one sentence, no closing period. */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim()
  const words = text.split(/\s+/).length
  return words >= 3 && words <= 25 && !TERMINAL.test(text) && STARTS.test(text) && sentenceCount(text) === 1
}

/** True for a section heading inside the article: 1-8 words, no closing punctuation, capitalised. */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim()
  const words = text.split(/\s+/).length
  return words <= 8 && !TERMINAL.test(text) && !/[?]$/.test(text) && STARTS.test(text)
}

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?)'
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)'
// "Monday, December 9", "Tuesday 10 December 2024", "Dec. 11", "Thursday": a day a roundup or timeline files the lines below under.
const DATE_LINE = new RegExp(`^(?:${WEEKDAY}(?:,?\\s+(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}))?|(?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}))(?:,?\\s+\\d{4})?$`, 'i')

/** True for a line that is only a date: a section's day, which dates what is filed under it, and so stays in the text. */
export function looksLikeDateLine(line: string): boolean {
  return DATE_LINE.test(line.trim())
}

/** True for an entry of a link list: up to 15 words, no closing period ("1. Five things to know", "- Who is …?"). */
export function looksLikeListItem(line: string): boolean {
  const text = line.trim()
  return text.split(/\s+/).length <= 15 && !/[.!]["”’)]?$/.test(text)
}

// Below this many letters a prefix match is a coincidence, not a headline with the site name cut off.
const MIN_PREFIX = 20

/** Two titles name the same headline when their letters and digits agree (case aside), or one is the other with
 * a site name appended ("Fighters reach Velmar | The Ledger"). */
export function sameTitle(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  const [ka, kb] = [key(a), key(b)]
  if (ka === '' || kb === '') return false
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka]
  return short === long || (short.length >= MIN_PREFIX && long.startsWith(short))
}
