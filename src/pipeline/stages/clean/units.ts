// A unit is one paragraph candidate that cleaning keeps or drops whole: a line of plain text (hard-wrapped
// lines joined) or a block of an HTML article. It carries the raw runs it was read from.
import type { Segment } from './assemble.ts'

export interface Unit {
  /** The unit's text as it would appear in `Doc.text`. */
  readonly text: string
  /** For plain text, raw.slice(rawStart, rawEnd) (line breaks of wrapped lines kept): what `removed` shows. */
  readonly rawText: string | null
  readonly segments: readonly Segment[]
  /** Raw offsets the unit covers (first to last verbatim run). */
  readonly rawStart: number
  readonly rawEnd: number
  /** What the markup says the block is, when it says anything: a sign-up box or a tag list is furniture whatever
   * its text says. */
  readonly hint: 'heading' | 'caption' | 'subscribe' | 'tags' | null
  /** Plain-text lines have no markup, so their shape alone can mark a heading. */
  readonly source: 'text' | 'html'
}

// A wrapped line continues when it does not end a sentence and the next line starts in lower case.
const ENDS_SENTENCE = /[.!?:;"”’)]$/

/** Splits plain text into units: each non-blank line, with hard-wrapped continuation lines joined by a space. */
export function plainUnits(raw: string): Unit[] {
  const lines: { start: number; end: number }[] = []
  for (const m of raw.matchAll(/[^\r\n]+/g)) {
    const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length)
    const end = (m.index ?? 0) + m[0].trimEnd().length
    if (end > start) lines.push({ start, end })
  }
  const units: Unit[] = []
  let current: { start: number; end: number }[] = []
  const flush = () => {
    const first = current[0]
    const last = current[current.length - 1]
    if (!first || !last) return
    const segments: Segment[] = []
    current.forEach((l, i) => {
      if (i > 0) segments.push({ insert: ' ' })
      segments.push({ rawStart: l.start, rawEnd: l.end })
    })
    units.push({
      text: current.map((l) => raw.slice(l.start, l.end)).join(' '),
      rawText: raw.slice(first.start, last.end),
      segments, rawStart: first.start, rawEnd: last.end, hint: null, source: 'text',
    })
    current = []
  }
  for (const line of lines) {
    const prev = current[current.length - 1]
    const adjacent = prev !== undefined && !/\n[ \t\r]*\n/.test(raw.slice(prev.end, line.start))
    const continues = adjacent && !ENDS_SENTENCE.test(raw.slice(prev.start, prev.end)) && /^[\p{Ll}]/u.test(raw.slice(line.start, line.end))
    if (!continues) flush()
    current.push(line)
  }
  flush()
  return units
}
