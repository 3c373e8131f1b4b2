// "the Jaber and Nasib crossings", "the Bab al-Hawa, Bab al-Salameh and Jarablus crossings": a plural crossing word
// after the last name of a list makes every name of it a crossing, as a plural area word makes each a governorate
// (province-of.ts). Without this the first names were read bare: the Jordanian post's name as a village in al-Raqqa,
// the Lebanese one's as its town, and a name the index keeps only with its crossing word was lost.
import type { Gazetteer } from '../../../gazetteer/load.ts'
import { nameKey } from '../../../gazetteer/normalize.ts'
import type { Mention } from './recognize.ts'
import { surfaceOfName } from './recognize.ts'

/** A mention that ends on a plural crossing word ("… crossings", "… border posts"), and that word. */
const PLURAL_CROSSING = /\s((?:border\s+)?(?:crossings|posts|gates|points)|crossing\s+points)$/i
/** What joins two names of a list, read back from the next name: ", ", " and ", ", and ", " or ". */
const LIST_SEPARATOR = /(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/
/** A list is at most this many names before its last one. */
const MAX_LISTED = 5
/** Words of a name read from the text where no mention stands: a capitalised word, or an Arabic article with its noun. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*|(?:al|el|as|ash|ar|ad|az|at|an|ez)(?:-\p{L}[\p{L}'’]*)?)$/u
const ARTICLE = /^(?:al|el|as|ash|ar|ad|az|at|an|ez)$/
/** A name is at most this many words. */
const MAX_NAME_WORDS = 4

/** The mentions with each name listed before a plural crossing word read as that crossing's (new mentions where none was). */
export function withListedCrossings(text: string, mentions: readonly Mention[], gaz: Gazetteer): readonly Mention[] {
  let out: Mention[] | null = null
  for (let j = mentions.length - 1; j >= 0; j--) {
    const last = mentions[j] as Mention
    // (The last letter first: most mentions end on no "s".)
    if ((text.charCodeAt(last.end - 1) | 32) !== 115 || last.arabic) continue
    const word = PLURAL_CROSSING.exec(text.slice(Math.max(0, last.end - 24), last.end))?.[1]
    if (!word) continue
    const listed = listedBefore(text, mentions, j, ` ${word.replace(/\s+/g, ' ')}`, gaz)
    if (listed.length === 0) continue
    out ??= [...mentions]
    // Each listed name replaces the mentions it overlaps (a bare town's), in text order.
    out = [...out.filter((x) => !listed.some((m) => x.start < m.end && m.start < x.end)), ...listed].sort((a, b) => a.start - b.start)
  }
  return out ?? mentions
}

/** The names listed before mention j that, with the plural word after them, are crossings' names, last first. */
function listedBefore(text: string, mentions: readonly Mention[], j: number, plural: string, gaz: Gazetteer): Mention[] {
  const last = mentions[j] as Mention
  const found: Mention[] = []
  let at = last.start
  while (found.length < MAX_LISTED) {
    const separator = LIST_SEPARATOR.exec(text.slice(Math.max(0, at - 12), at))
    if (!separator) break
    const end = at - separator[0].length
    const named = mentions.find((m) => m.end === end && m.sentence === last.sentence)
    const crossing = named ? crossingAt(text, named.start, end, plural, gaz, last.sentence) : crossingEndingAt(text, end, plural, gaz, last.sentence)
    if (!crossing) break
    found.push(crossing)
    at = crossing.start
  }
  return found
}

/** The longest run of name words ending at `end` that names a crossing with the plural word after it. */
function crossingEndingAt(text: string, end: number, plural: string, gaz: Gazetteer, sentence: number): Mention | null {
  const before = text.slice(Math.max(0, end - 60), end)
  const words = [...before.matchAll(/\S+/g)]
  const run: number[] = []
  for (let i = words.length - 1; i >= 0 && run.length < MAX_NAME_WORDS; i--) {
    const w = words[i] as RegExpMatchArray
    if (i === words.length - 1 && (w.index as number) + w[0].length !== before.length) break
    if (!NAME_WORD.test(w[0])) break
    run.unshift(i)
  }
  // Longest first; a run begins on a capitalised word or an article joined to its noun ("al-Masnaa"), never "al".
  for (let k = 0; k < run.length; k++) {
    const first = words[run[k] as number] as RegExpMatchArray
    if (ARTICLE.test(first[0])) continue
    const start = end - before.length + (first.index as number)
    const crossing = crossingAt(text, start, end, plural, gaz, sentence)
    if (crossing) return crossing
  }
  return null
}

/** The name text[start, end) as a crossing's mention, when the index spells it so with the plural word. */
function crossingAt(text: string, start: number, end: number, plural: string, gaz: Gazetteer, sentence: number): Mention | null {
  const name = text.slice(start, end)
  const key = nameKey(name + plural)
  if (!gaz.has(key)) return null
  return { start, end, nameStart: start, nameEnd: end, key, surface: surfaceOfName(name + plural), hits: gaz.lookup(key), sentence,
    suffix: null, bearing: null, common: false, typo: false, embedded: false }
}
