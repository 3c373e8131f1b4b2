// What a cleaner (plain text or HTML) hands back to the clean stage.
import type { Removal } from '../../../core/types.ts'
import type { Segment } from './assemble.ts'
import type { Classified } from './classify.ts'
import type { Unit } from './units.ts'

export interface CleanResult {
  readonly paragraphs: readonly (readonly Segment[])[]
  readonly removed: readonly Removal[]
  /** Headline found in the text itself, when no title was given. */
  readonly title: string | null
}

/** Splits classified units into kept paragraphs and removals (with raw offsets). */
export function partition(units: readonly Unit[], classified: Classified, extraRemoved: readonly Removal[] = []): CleanResult {
  const paragraphs: (readonly Segment[])[] = []
  const removed: Removal[] = [...extraRemoved]
  units.forEach((u, i) => {
    const reason = classified.verdicts[i]?.reason ?? null
    if (reason === null) paragraphs.push(u.segments)
    else removed.push({ text: u.rawText ?? u.text, reason, rawStart: u.rawStart, rawEnd: u.rawEnd })
  })
  removed.sort((a, b) => a.rawStart - b.rawStart)
  return { paragraphs, removed, title: classified.title }
}
