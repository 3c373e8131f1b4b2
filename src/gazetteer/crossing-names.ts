// The names a border crossing or port is written with, from the theater's crossings table: the English name with a
// crossing word ("Nasib crossing"), the Arabic name with "معبر" or "منفذ", and the other side's names ("Jaber", "جابر").
// Never the bare name: that is the town the crossing is named after, or a person ("جابر").

/** A "; "-separated list of a TSV cell ("Jaber; جابر"), empty when the cell is. */
export const listOf = (cell: string | undefined): string[] => (cell ?? '').split(';').map((x) => x.trim()).filter(Boolean)

/** The words after a name that make it a crossing's ("Nasib crossing", "Masnaa border post"). */
export const CROSSING_WORDS: readonly string[] = [' crossing', ' border crossing', ' border gate', ' crossing point', ' border post', ' border point']

/**
 * "Nasib crossing", "Nasib border crossing", …: a crossing is named with one of these words, never bare (a bare name is
 * its town). "The Nasib border" is the crossing too; it is not among CROSSING_WORDS, which also say that a name before
 * them is no town, and "border" follows towns ("the Kilis border area"). The plurals end a list of crossings ("the
 * Masnaa and Joussieh border crossings"), whose every name listed-crossings.ts reads with the plural word after it.
 */
export const crossingNames = (name: string): string[] => [...CROSSING_WORDS, ...CROSSING_WORDS.map((w) => `${w}s`), ' border'].map((s) => name + s)

/**
 * The names of a crossing's two sides joined by a hyphen ("Masnaa-Jdeidet Yabous", "Jaber-Nasib"), each order, bare or
 * with a crossing word: the pair names no town, only the crossing. `names` are one crossing's Latin names.
 */
export function joinedCrossingNames(names: readonly string[]): string[] {
  const out: string[] = []
  for (const a of names) for (const b of names) if (a !== b) out.push(`${a}-${b}`, ...crossingNames(`${a}-${b}`))
  return out
}

/**
 * The Arabic names of a crossing or port as news writes them: "معبر نصيب", "منفذ نصيب الحدودي", "معبر جابر"; "مرفأ طرطوس",
 * "ميناء طرطوس". The place is the name without its crossing or port word ("منفذ X الحدودي" → X); never the bare X.
 */
export function arabicCrossingNames(name: string, port: boolean): string[] {
  const core = name.replace(/^(?:منفذ|معبر|مرفأ|ميناء)\s+/u, '').replace(/\s+الحدودي$/u, '')
  if (port) return ['مرفأ', 'ميناء'].map((w) => `${w} ${core}`)
  return ['منفذ', 'معبر'].flatMap((w) => [`${w} ${core}`, `${w} ${core} الحدودي`])
}

/**
 * The English names of a port from the table's "Port of X": "X port" and "port of X" ("the port of Tartus"). The bare
 * X stays the town; "port of X" begins lowercase, so it matches as a curated lowercase phrase.
 */
export function latinPortNames(name: string): string[] {
  const town = /^Port of (.+)$/.exec(name)?.[1]
  return town ? [`${town} port`, `port of ${town}`] : []
}
