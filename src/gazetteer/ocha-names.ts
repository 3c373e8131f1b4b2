// Spellings English news uses for an OCHA place whose English name is written in OCHA's own style. OCHA fuses the
// Arabic article to its word ("Kherbet Elbeida"), translates adjectives ("Big Orm" for أورم الكبرى) and nouns
// ("Madiq Castle" for قلعة المضيق), and writes "th" for letters news writes otherwise (مظلوم "Mathlum", news
// "Mazloum"). The Arabic column says what the name is, so these spellings are built from it, never guessed.

/** Arabic adjectives OCHA translates, by their form without the article, and how news transliterates them. */
const ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['كبرى', 'Kubra'], ['كبير', 'Kabir'], ['كبيرة', 'Kabira'],
  ['صغرى', 'Sughra'], ['صغير', 'Saghir'], ['صغيرة', 'Saghira'],
  ['فوقاني', 'Fawqani'], ['فوقانية', 'Fawqaniya'], ['فوقا', 'Fawqa'],
  ['تحتاني', 'Tahtani'], ['تحتانية', 'Tahtaniya'], ['تحتا', 'Tahta'],
  ['شرقي', 'Sharqi'], ['شرقية', 'Sharqiya'], ['غربي', 'Gharbi'], ['غربية', 'Gharbiya'],
  ['شمالي', 'Shamali'], ['شمالية', 'Shamaliya'], ['جنوبي', 'Janubi'], ['جنوبية', 'Janubiya'],
  ['وسطى', 'Wusta'], ['وسطاني', 'Wastani'], ['وسطانية', 'Wastaniya'],
])

/** The English words OCHA puts before a name for those adjectives ("Little Upper Haswiyeh"). */
const TRANSLATED = /^(?:(?:Big|Little|Small|Upper|Lower|Eastern|Western|Northern|Southern|Middle) )+/

/** The Arabic article's letters at the start of a word. */
const ARTICLE = 'ال'

/** Other spellings of an OCHA place's English name (never the name itself), built from its Arabic name. */
export function ochaNewsNames(name: string, nameAr: string): string[] {
  // Names of two places ("Upper Mawa - Upper Khanik") are left as they are.
  if (!nameAr || /[-_]\s|\s[-_]|_/.test(name) || nameAr.includes('_')) return []
  const arWords = nameAr.trim().split(/\s+/)
  const hasArticle = arWords.some((w) => w.startsWith(ARTICLE) && w.length > 3)
  const forms = new Set<string>()
  const split = hasArticle ? splitArticles(name) : name
  forms.add(split)
  const adjectival = untranslatedAdjectives(split, arWords)
  if (adjectival) forms.add(adjectival)
  const castle = untranslatedCastle(split, arWords)
  if (castle) forms.add(castle)
  // Not through OCHA's English adjectives: the "th" of "Northern" is English.
  for (const f of [...forms].filter((x) => !TRANSLATED.test(x))) {
    const consonant = newsConsonant(f, nameAr)
    if (consonant) forms.add(consonant)
  }
  for (const f of [...forms]) if (/^Kherbet /.test(f)) forms.add(f.replace(/^Kherbet /, 'Khirbet '))
  forms.delete(name)
  return [...forms]
}

/** "Kherbet Elbeida" -> "Kherbet al-Beida", "Abul Thohur" -> "Abu al-Thohur": an article OCHA fused to a word after the first. */
function splitArticles(name: string): string {
  return name.split(' ').map((w, i) => {
    if (i === 0) return w.replace(/^Abul$/, 'Abu al')
    const m = /^(?:El|Al)([a-z]{3,})$/.exec(w)
    return m ? `al-${(m[1] as string)[0]?.toUpperCase()}${(m[1] as string).slice(1)}` : w
  }).join(' ')
}

/**
 * "Big Orm" (أورم الكبرى) -> "Orm al-Kubra", "Upper Safira" (سفيرة فوقاني) -> "Safira Fawqani": the adjectives the
 * Arabic name has, transliterated after the name, in place of OCHA's English words before it. The Arabic decides
 * which adjective it is: OCHA's English word is sometimes another ("Eastern Huweiz" for الحويز الشمالي).
 */
function untranslatedAdjectives(name: string, arWords: readonly string[]): string | null {
  const head = TRANSLATED.exec(name)
  if (!head) return null
  const adjectives = arWords.map((w) => {
    const bare = w.startsWith(ARTICLE) ? w.slice(ARTICLE.length) : w
    const latin = ADJECTIVES.get(bare)
    return latin === undefined ? null : w.startsWith(ARTICLE) ? `al-${latin}` : latin
  }).filter((a): a is string => a !== null)
  if (adjectives.length === 0) return null
  return `${name.slice(head[0].length)} ${adjectives.join(' ')}`
}

/** "Madiq Castle" (قلعة المضيق) -> "Qalaat al-Madiq": a castle OCHA translated, named as news does. */
function untranslatedCastle(name: string, arWords: readonly string[]): string | null {
  const m = /^(.+) Castle$/.exec(name)
  if (!m || arWords[0] !== 'قلعة' || arWords.length < 2) return null
  return `Qalaat ${(arWords[1] as string).startsWith(ARTICLE) ? 'al-' : ''}${m[1] as string}`
}

/**
 * OCHA's "th" as news writes the Arabic letter it stands for, when the Arabic name has only one candidate: ظ as
 * "z" ("Mathlum" -> "Mazlum"), ذ as "dh" ("Thiban" -> "Dhiban"), and د as "d" where the Arabic has neither those
 * nor ث ("Kafr Nabutha" for كفر نبودة). Null when there is no "th" or the letter is ambiguous.
 */
function newsConsonant(name: string, nameAr: string): string | null {
  if (!/th/i.test(name) || nameAr.includes('ث')) return null
  const zah = nameAr.includes('ظ')
  const dhal = nameAr.includes('ذ')
  const to = zah && !dhal ? 'z' : dhal && !zah ? 'dh' : !zah && !dhal && nameAr.includes('د') ? 'd' : null
  if (to === null) return null
  return name.replace(/th/g, to).replace(/Th/g, to.toUpperCase()[0] + to.slice(1))
}
