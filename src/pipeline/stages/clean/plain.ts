// Cleans plain text scraped from a page: line units, classified, every kept run verbatim from raw.
import { classifyUnits } from './classify.ts'
import { partition } from './result.ts'
import type { CleanResult } from './result.ts'
import { plainUnits } from './units.ts'

/** Cleans plain text; `givenTitle` is the title from metadata, if any. */
export function cleanPlain(raw: string, givenTitle: string | null): CleanResult {
  const units = plainUnits(raw)
  return partition(units, classifyUnits(units, givenTitle))
}
