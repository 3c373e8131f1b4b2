// A live blog's entries open with the time they were posted: "08:15 Rebels say …", "16:45 GMT - The army said …".
// The time is no part of the sentence's speaker or subject: rules that read a sentence from its start read past it.

/** A leading timestamp and the dash, colon or bar after it, as a regular-expression source (no anchor, no flags). */
export const TIMESTAMP = String.raw`\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|EET|ET|am|pm|a\.m\.|p\.m\.|local\s+time))?\s*[-–—:|]?\s*`

const LEADING_TIMESTAMP = new RegExp(`^\\s*${TIMESTAMP}`, 'i')

/** How many characters a timestamp opening `text` takes (0 for none). */
export function timestampLength(text: string): number {
  const c = text.charCodeAt(0)
  // Most sentences open with a letter: the expression runs only on a digit or a space.
  if (!(c >= 48 && c <= 57) && c !== 32) return 0
  return LEADING_TIMESTAMP.exec(text)?.[0].length ?? 0
}
