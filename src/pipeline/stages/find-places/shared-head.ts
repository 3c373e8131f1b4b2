// "the Tal Rifaat and Shahba areas": a plural head word after a list is each name's own head, so each name is read as
// "Tal Rifaat area", "Shahba area". Where the gazetteer (a theater pack) knows a region by the name with the head
// word in the singular, that region is the place, not a town of the bare name. (A name of the list the gazetteer
// knows no such region for keeps its reading: "the Tal Rifaat area" is the town's surroundings, which stories
// match with reports of the town.)
import type { Gazetteer } from '../../../gazetteer/load.ts'
import { nameKey } from '../../../gazetteer/normalize.ts'
import type { Mention } from './recognize.ts'
import { surfaceOfName } from './recognize.ts'

/** A plural head word that names one area per name of its list, and its singular. */
const SINGULAR_OF: ReadonlyMap<string, string> = new Map([['areas', 'area'], ['regions', 'region'], ['countrysides', 'countryside']])
/** Between two names of one list: a comma, "and", or both. */
const LIST_GAP = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/
/** The plural head word that ends a mention (" areas"). */
const PLURAL_HEAD = /\s(\p{L}+)$/u

/** The mentions with each one under a plural head word read as the region "<name> <singular>" where the gazetteer has one. */
export function withSharedHead(text: string, mentions: readonly Mention[], gaz: Gazetteer): readonly Mention[] {
  let out: Mention[] | null = null
  for (let i = mentions.length - 1; i >= 0; i--) {
    const last = mentions[i] as Mention
    // Only a mention with a suffix ends beyond its name: most do not, and are passed at once.
    if (last.suffix !== 'AREA' || last.arabic || last.end === last.nameEnd) continue
    const head = PLURAL_HEAD.exec(text.slice(last.nameEnd, last.end))
    const singular = head ? SINGULAR_OF.get((head[1] as string).toLowerCase()) : undefined
    if (!singular) continue
    for (let j = i, next: Mention | null = null; j >= 0 && i - j <= 3; j--) {
      const m = mentions[j] as Mention
      if (next !== null && ((m.suffix !== null && m.suffix !== 'AREA') || m.bearing !== null || m.arabic || m.end > next.start || !LIST_GAP.test(text.slice(m.end, next.start)))) break
      const named = regionNamed(text.slice(m.nameStart, m.nameEnd), singular, gaz)
      if (named) {
        out ??= [...mentions]
        out[j] = { ...m, ...named, suffix: null }
      }
      next = m
    }
  }
  return out ?? mentions
}

/** The gazetteer's entries for "<name> <head>" ("Shahba area"), with the key and surface to read them by; null when none. */
function regionNamed(name: string, head: string, gaz: Gazetteer): Pick<Mention, 'key' | 'hits' | 'surface'> | null {
  const compound = `${name} ${head}`
  const key = nameKey(compound)
  if (!gaz.has(key)) return null
  return { key, hits: gaz.lookup(key), surface: surfaceOfName(compound) }
}
