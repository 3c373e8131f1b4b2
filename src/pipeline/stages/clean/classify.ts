// Decides, unit by unit, what stays in the article text and why the rest goes: title, boilerplate, caption, heading.
// Shared by the plain-text and HTML paths so one page reads the same either way.
import { boilerplateReason } from './boilerplate.ts'
import { isCaption } from './caption.ts'
import { looksLikeHeading, looksLikeHeadline, sameTitle } from './headline.ts'
import type { Unit } from './units.ts'

const LIST_HEADER = /^boilerplate:(related-link|more-stories)$/
const MAX_LIST_HEADER_WORDS = 5

export interface Verdict {
  /** Null when the unit stays in the text. */
  readonly reason: string | null
}

export interface Classified {
  readonly verdicts: readonly Verdict[]
  /** The headline found in the text, when no title was given. */
  readonly title: string | null
}

/**
 * Classifies every unit. The headline (the given title repeated, or a headline-shaped line before the story)
 * leaves the text with reason "title"; without a given title it becomes the title. Headings leave the text ("reason: heading"): they are not
 * sentences, and later stages read sentences; `removed` keeps them with their offsets.
 */
export function classifyUnits(units: readonly Unit[], givenTitle: string | null): Classified {
  let title: string | null = null
  let headlineSeen = false
  // After a bare list header ("Related Coverage", "Latest Qorvath stories"), the headline-shaped lines that
  // follow are the list's links and share its reason.
  let listReason: string | null = null
  // Each test runs at most once per unit: headlineFollows looks ahead at units classified later.
  const captionMemo = new Map<number, boolean>()
  const caption = (i: number) => {
    let v = captionMemo.get(i)
    if (v === undefined) captionMemo.set(i, (v = isCaption(units[i]?.text ?? '')))
    return v
  }
  let storyStarted = false
  const verdicts = units.map((u, i): Verdict => {
    // (A line in capitals is a section kicker that ends the list: "THE ROAD TO VELMAR".)
    const listed = listReason !== null && looksLikeHeadline(u.text) && u.text !== u.text.toUpperCase()
    const reason = listed ? listReason : reasonFor(u, i)
    if (reason === null) storyStarted = true
    listReason = reason !== null && LIST_HEADER.test(reason) && u.text.split(/\s+/).length <= MAX_LIST_HEADER_WORDS ? reason : reason === listReason ? listReason : null
    return { reason }
  })
  // "Shelling hit Qorvath" alone is the story, not a headline over nothing.
  if (title !== null && !storyStarted) {
    return { verdicts: verdicts.map((v) => (v.reason === 'title' ? { reason: null } : v)), title: null }
  }
  return { verdicts, title }

  function reasonFor(u: Unit, i: number): string | null {
    if (u.hint === 'caption') return 'caption'
    const boilerplate = boilerplateReason(u.text)
    if (boilerplate) return boilerplate
    // The first headline-shaped line before the story is the headline, even when metadata names another title.
    if (!storyStarted && !headlineSeen) {
      const given = givenTitle !== null && sameTitle(u.text, givenTitle)
      // In HTML the markup and metadata name the headline; only plain text needs its shape to find it.
      const shaped = u.source === 'text' && looksLikeHeadline(u.text) && !(caption(i) && headlineFollows(i))
      if (given || shaped) {
        headlineSeen = true
        if (givenTitle === null) title = u.text
        return 'title'
      }
    }
    // Headings stay in HTML text: the markup says what they are, and they are part of the article body. Plain text
    // has no markup, and a short unterminated line there is as often a menu item or label as a section kicker.
    if (u.hint === 'heading') return null
    if (u.source === 'text' && looksLikeHeading(u.text)) return 'heading'
    if (caption(i)) return 'caption'
    return null
  }

  // A caption-like first line is the headline unless a headline-shaped line comes right after it.
  function headlineFollows(i: number): boolean {
    return [i + 1, i + 2].some((k) => {
      const u = units[k]
      return u !== undefined && looksLikeHeadline(u.text) && !caption(k) && !boilerplateReason(u.text)
    })
  }
}
