// The names a border crossing or port is written with, from the theater's crossings table: the English name with a
// crossing word ("Nasib crossing"), the Arabic name with "معبر" or "منفذ", and the other side's names ("Jaber", "جابر").
// Never the bare name: that is the town the crossing is named after, or a person ("جابر").

/** A "; "-separated list of a TSV cell ("Jaber; جابر"), empty when the cell is. */
export const listOf = (cell: string | undefined): string[] => (cell ?? '').split(';').map((x) => x.trim()).filter(Boolean)

/** The words after a name that make it a crossing's ("Nasib crossing", "Masnaa border post"). */
export const CROSSING_WORDS: readonly string[] = [' crossing', ' border crossing', ' border gate', ' crossing point', ' border post', ' border point']

/** "Nasib crossing", "Nasib border crossing", …: a crossing is named with one of these words, never bare (a bare name is its town). */
export const crossingNames = (name: string): string[] => CROSSING_WORDS.map((s) => name + s)

/**
 * The Arabic names of a crossing or port as news writes them: "معبر نصيب", "منفذ نصيب الحدودي", "معبر جابر"; "مرفأ طرطوس",
 * "ميناء طرطوس". The place is the name without its crossing or port word ("منفذ X الحدودي" → X); never the bare X.
 */
export function arabicCrossingNames(name: string, port: boolean): string[] {
  const core = name.replace(/^(?:منفذ|معبر|مرفأ|ميناء)\s+/u, '').replace(/\s+الحدودي$/u, '')
  if (port) return ['مرفأ', 'ميناء'].map((w) => `${w} ${core}`)
  return ['منفذ', 'معبر'].flatMap((w) => [`${w} ${core}`, `${w} ${core} الحدودي`])
}
