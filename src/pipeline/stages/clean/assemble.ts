// Builds the cleaned text from kept pieces of the raw input, and the offset map back to raw.
// Paragraphs are joined with "\n\n"; characters not copied verbatim from raw are separators the map skips.
import type { OffsetMap } from '../../../core/types.ts'

/** A run copied verbatim from raw, or characters cleaning inserts (a space for a line break, a decoded entity). */
export type Segment = { readonly rawStart: number; readonly rawEnd: number } | { readonly insert: string }

export interface Assembled {
  readonly text: string
  readonly toRaw: OffsetMap
}

export const PARAGRAPH_BREAK = '\n\n'

/** Joins paragraphs (each a list of segments) into text with an offset map of the verbatim runs. */
export function assemble(raw: string, paragraphs: readonly (readonly Segment[])[]): Assembled {
  let text = ''
  const pieces: { textStart: number; rawStart: number; length: number }[] = []
  for (const segments of paragraphs) {
    if (segments.length === 0) continue
    if (text !== '') text += PARAGRAPH_BREAK
    for (const s of segments) {
      if ('insert' in s) {
        text += s.insert
        continue
      }
      const length = s.rawEnd - s.rawStart
      if (length <= 0) continue
      const last = pieces[pieces.length - 1]
      if (last && last.textStart + last.length === text.length && last.rawStart + last.length === s.rawStart) {
        last.length += length
      } else {
        pieces.push({ textStart: text.length, rawStart: s.rawStart, length })
      }
      text += raw.slice(s.rawStart, s.rawEnd)
    }
  }
  return { text, toRaw: { pieces } }
}

/** The raw offset of a cleaned-text offset, or null when it falls in an inserted separator. */
export function toRawOffset(map: OffsetMap, textOffset: number): number | null {
  let lo = 0
  let hi = map.pieces.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const p = map.pieces[mid]
    if (!p) break
    if (textOffset < p.textStart) hi = mid - 1
    else if (textOffset >= p.textStart + p.length) lo = mid + 1
    else return p.rawStart + (textOffset - p.textStart)
  }
  return null
}
