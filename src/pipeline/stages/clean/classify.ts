// Decides, unit by unit, what stays in the article text and why the rest goes: title, boilerplate, caption, heading.
// Shared by the plain-text and HTML paths so one page reads the same either way.
import { boilerplateReason, isCommentHeader, isCommentMeta } from './boilerplate.ts'
import { isCaption } from './caption.ts'
import { looksLikeDateLine, looksLikeHeading, looksLikeHeadline, looksLikeListItem, sameTitle } from './headline.ts'
import type { Unit } from './units.ts'

export interface Verdict {
  /** Null when the unit stays in the text. */
  readonly reason: string | null
}

export interface Classified {
  readonly verdicts: readonly Verdict[]
  /** The headline found in the text, when no title was given. */
  readonly title: string | null
}

const LIST_HEADER = /^boilerplate:(related-link|more-stories|tags)$/
const MAX_LIST_HEADER_WORDS = 5

/**
 * Classifies every unit: first each on its own (boilerplate, caption, heading), then the lines under a bare
 * "Related"/"More stories" header, then the headline among the lines before the story (see `chooseHeadline`).
 */
export function classifyUnits(units: readonly Unit[], givenTitle: string | null): Classified {
  const reasons = units.map(ownReason)
  markLists(units, reasons)
  markComments(units, reasons)
  keepEntryStamps(units, reasons)
  const title = chooseHeadline(units, reasons, givenTitle)
  return { verdicts: reasons.map((reason) => ({ reason })), title }
}

function ownReason(u: Unit): string | null {
  if (u.hint === 'caption') return 'caption'
  if (u.hint === 'subscribe') return 'boilerplate:subscribe'
  if (u.hint === 'tags') return 'boilerplate:tags'
  const boilerplate = boilerplateReason(u.text)
  if (boilerplate) return boilerplate
  // Headings stay in HTML text: the markup says what they are, and they are part of the article body. Plain text
  // has no markup, and a short unterminated line there is as often a menu item or label as a section kicker.
  if (u.hint === 'heading') return null
  // ("Monday, December 9" over a roundup's entries: the day they are filed under stays, to date them.)
  if (u.source === 'text' && looksLikeHeading(u.text) && !looksLikeDateLine(u.text)) return 'heading'
  if (isCaption(u.text)) return 'caption'
  // A longer line shaped like a headline inside the story is another story's headline left by the scraper ("Rebels
  // seize Velmar in major blow to the council"), or an entry's title over its own text: either way no sentence, and
  // as a related headline it would report old news as today's. (A numbered item, "2. Fighters …", is a list's.)
  if (u.source === 'text' && looksLikeHeadline(u.text) && !looksLikeDateLine(u.text) && !ENTRY_STAMP.test(u.text.trim()) && !/^\d+[.)]\s/.test(u.text.trim())) return 'heading'
  return null
}

// After a bare list header ("Related Coverage", "Most read", "Tags"), the short unterminated lines that follow are the
// list's links. A line in capitals is a section kicker and ends the list ("THE ROAD TO VELMAR").
function markLists(units: readonly Unit[], reasons: (string | null)[]): void {
  let listReason: string | null = null
  units.forEach((u, i) => {
    const r = reasons[i] ?? null
    // (A line with a boilerplate reason of its own keeps it: "Subscribe to …" under "Trending now".)
    if (listReason !== null && looksLikeListItem(u.text) && u.text !== u.text.toUpperCase() && !r?.startsWith('boilerplate:')) {
      reasons[i] = listReason
      return
    }
    listReason = r !== null && LIST_HEADER.test(r) && u.text.split(/\s+/).length <= MAX_LIST_HEADER_WORDS ? r : null
  })
}

// A live blog's entries each open with their day and time ("Sat 7 Dec 2024 21.40 GMT"): alone, such a line is the
// page's date and leaves as a timestamp; repeated between story lines, the lines date the entries under them (an entry
// past midnight is the next day's), so they stay. Only bare dated stamps count, not "Updated …" or "Published …".
const ENTRY_STAMP = /^(\p{L}+,? )?(\d{1,2} \p{L}+\.?|\p{L}+\.? \d{1,2}),? \d{4},? (at )?\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*(gmt|utc|[a-z]{2,4}t)?$/iu

// Most live blogs stamp an entry with its clock time alone ("21:10", "04:05 GMT", "Dec 6, 22:10"), the day being the page's. Such a
// line is no heading when at least three stand between story lines: they date the entries under them too (find-dates'
// live-blog-days puts one past midnight on the next day). Two could be a timetable's; one is a page's furniture.
const CLOCK_STAMP = /^((\p{L}+\.? \d{1,2}|\d{1,2} \p{L}+\.?),? )?\d{1,2}[:.]\d{2}\s*(gmt|utc|local( time)?)?$/iu
const MIN_CLOCK_STAMPS = 3

function keepEntryStamps(units: readonly Unit[], reasons: (string | null)[]): void {
  const stamps = [...units.keys()].filter((i) => reasons[i] === 'boilerplate:timestamp' && ENTRY_STAMP.test(units[i]?.text.trim() ?? ''))
  keepBetweenStory(stamps, reasons, 2)
  const clocks = [...units.keys()].filter((i) => (reasons[i] === 'heading' || reasons[i] === 'boilerplate:timestamp') && CLOCK_STAMP.test(units[i]?.text.trim() ?? ''))
  keepBetweenStory(clocks, reasons, MIN_CLOCK_STAMPS)
}

/** Keeps the `stamps` (unit indexes) when there are at least `min` of them and story lines stand between them. */
function keepBetweenStory(stamps: readonly number[], reasons: (string | null)[], min: number): void {
  const first = stamps[0]
  const last = stamps.at(-1)
  if (stamps.length < min || first === undefined || last === undefined) return
  if (!reasons.slice(first, last).some((r) => r === null)) return
  for (const i of stamps) reasons[i] = null
}

// Readers' comments under a story read like story ("Drones bombed the road this morning") and would make events of
// their own. A bare comment header after the story has begun, with a comment's furniture ("3 hours ago", "Reply")
// among the next few lines, starts the comment section: what follows it to the end of the page leaves.
const COMMENT_LOOKAHEAD = 5

function markComments(units: readonly Unit[], reasons: (string | null)[]): void {
  let storyStarted = false
  for (let i = 0; i < units.length; i++) {
    if (reasons[i] === null) {
      storyStarted = true
      continue
    }
    if (!storyStarted || !isCommentHeader(units[i]?.text ?? '')) continue
    const next = units.slice(i + 1, i + 1 + COMMENT_LOOKAHEAD)
    if (!next.some((u) => isCommentMeta(u.text))) continue
    for (let j = i + 1; j < units.length; j++) if (reasons[j] === null || reasons[j] === 'heading') reasons[j] = 'boilerplate:comments'
    return
  }
}

/**
 * The headline leaves the text with reason "title". It is the given title where the text repeats it; else, in
 * plain text, the longest headline-shaped line before the first real paragraph (mastheads, section names and
 * bylines up there are shorter). It becomes the title when none was given. Other headline-shaped lines before
 * the story are page furniture ("heading"). With no story at all, the best line stays as the text.
 */
function chooseHeadline(units: readonly Unit[], reasons: (string | null)[], givenTitle: string | null): string | null {
  const shaped = (i: number) => {
    const u = units[i]
    const r = reasons[i] ?? null
    return u !== undefined && u.source === 'text' && looksLikeHeadline(u.text) && !looksLikeDateLine(u.text) && !ENTRY_STAMP.test(u.text.trim())
      && !(r === null && CLOCK_STAMP.test(u.text.trim())) && (r === null || r === 'heading' || r === 'caption')
  }
  let start = units.findIndex((_, i) => reasons[i] === null && !shaped(i))
  if (start < 0) start = units.length
  const before = [...units.keys()].slice(0, start)
  const given = givenTitle === null ? -1 : before.findIndex((i) => sameTitle(units[i]?.text ?? '', givenTitle))
  const candidates = before.filter(shaped)
  const words = (i: number) => (units[i]?.text ?? '').split(/\s+/).length
  const best = candidates.reduce((b, i) => (b < 0 || words(i) > words(b) ? i : b), -1)
  for (const i of candidates) if (reasons[i] === null) reasons[i] = 'heading'
  if (start === units.length) {
    // "Shelling hit Qorvath" alone is the story, not a headline over nothing.
    if (best >= 0 && given < 0) reasons[best] = null
    return null
  }
  const chosen = given >= 0 ? given : best
  if (chosen < 0) return null
  reasons[chosen] = 'title'
  return givenTitle === null ? (units[chosen]?.text ?? null) : null
}
