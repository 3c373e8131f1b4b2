// "Local groups in Sweida province expelled the security branches from the provincial capital": the capital of a
// province the text has just named is that province's seat, a city, not the province again (the event would otherwise
// sit on the whole governorate, or nowhere).
import type { Gazetteer } from '../../../gazetteer/load.ts'
import type { GazEntry } from '../../../gazetteer/types.ts'

const PROVINCIAL_CAPITAL = /\bthe\s+(?:provincial\s+(?:capital|seat)|(?:province|governorate)['’]s\s+capital|capital\s+of\s+the\s+(?:province|governorate))\b/gi
/** How far back (characters) the province may be named: its sentence or the one before. */
const REACH = 300

/** A place the text named, and where its mention ends. */
export interface PlaceNamed {
  readonly entry: GazEntry
  readonly end: number
}

/**
 * Each "the provincial capital" whose last place named before it, shortly before, is a province, as that province's
 * seat. ("Idlib, the provincial capital" names its city itself.)
 */
export function provincialCapitals(text: string, places: readonly PlaceNamed[], gaz: Gazetteer): { start: number; end: number; entry: GazEntry }[] {
  // (Most texts name no province, and most of those that do never say "capital": no expression runs for them.)
  if (!places.some((p) => p.entry.fcode === 'ADM1') || !text.includes('capital')) return []
  const out: { start: number; end: number; entry: GazEntry }[] = []
  for (const m of text.matchAll(PROVINCIAL_CAPITAL)) {
    const at = m.index as number
    const last = places.filter((p) => p.end <= at).at(-1)
    const seat = last && last.entry.fcode === 'ADM1' && at - last.end <= REACH ? gaz.seatOf(last.entry.admin1) : undefined
    if (seat !== undefined) out.push({ start: at, end: at + m[0].length, entry: gaz.entry(seat) })
  }
  return out
}
