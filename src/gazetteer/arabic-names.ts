// Arabic-script names for the index, apart from the OCHA names of the theater: GeoNames' Arabic alternates of
// populated places ("بيروت"), CLDR's Arabic country names from Node's ICU ("تركيا"), and for a first-level area
// named after its seat, the seat's Arabic names ("محافظة إربد"). All are alternates (never a place's own name).
// A name that is also a frequent Arabic word ("امان" = safety, "المدينة" = the city) is left out: see isWordNotName.
import { frequentWords } from './common-words.ts'
import { foldName, nameKey } from './normalize.ts'

/** What this module reads of an index row. */
interface ArabicRow {
  readonly name: string; readonly kind: string; readonly fcode: string; readonly cc: string; readonly admin1: string; readonly population: number
}

/**
 * Whose GeoNames Arabic alternates are indexed: towns of 15,000 people or more and seats of first- and second-level
 * areas. A village's Arabic alternate is often a machine transliteration that spells an everyday word ("الفصائل",
 * the factions, is a hamlet of a thousand people), and news in Arabic rarely names a foreign village.
 */
const MIN_POPULATION = 15_000
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2'])

/**
 * A name written in the Arabic alphabet as Arabic uses it (hamza forms, ta marbuta, alif maqsura, harakat): GeoNames
 * also lists Persian, Urdu and Kurdish spellings in Arabic script ("ماسکو", "بەغداد"), which Arabic text never uses.
 */
const ARABIC_NAME = /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 ]+$/

/** The Arabic alternates among a cities500 alternate-names field (comma-separated). */
export function arabicAlternates(field: string): string[] {
  return field.split(',').filter((a) => a.length > 1 && ARABIC_NAME.test(a))
}

/** A name that begins with a word for a first-level area: governorate, state, province, region. */
const AREA_NAME = /^(?:محافظ[ةه]|ولاي[ةه]|مقاطع[ةه]|إقليم|اقليم)\s/
/** A bare direction ("الشمالي", "شمالي"): in Arabic text an adjective ("شمالي العاصمة", north of the capital). */
const DIRECTION_ONLY = /^(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|ي[ةه])?$/u

/** Articles and feature words of English place names, which say nothing of how often the place is named. */
const GENERIC_WORDS = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'at', 'an', 'city', 'town', 'village', 'new', 'old', 'upper', 'lower',
  'north', 'south', 'east', 'west', 'saint', 'san', 'santa', 'port', 'fort', 'mount', 'lake', 'beach', 'springs', 'park', 'heights'])

let arabicRank: Map<string, number> | null = null
let englishWords: Set<string> | null = null

/**
 * Whether an Arabic name of a place is, in Arabic text, mostly an ordinary word. Both frequency lists come from the
 * same subtitle corpus, so a place people talk about ranks in both ("لندن" and "london"), while a frequent Arabic
 * word whose place is rarely named in English ("امان" for Amman, "مشهد" = scene for Mashhad) ranks only in Arabic.
 * A frequent word is not a name when it has three letters or fewer (most three-letter strings are Arabic words:
 * "وان" = "and that" for Van), or when the place's English name (its longest word) is not frequent in English.
 */
export function isWordNotName(arabic: string, englishName: string): boolean {
  if (!arabicRank) {
    arabicRank = new Map()
    for (const w of frequentWords('arabic')) { const k = foldName(w); if (k && !arabicRank.has(k)) arabicRank.set(k, arabicRank.size) }
  }
  englishWords ??= new Set(frequentWords('english'))
  const folded = foldName(arabic)
  const bare = folded.startsWith('ال') ? folded.slice(2) : folded
  if (!arabicRank.has(folded) && !arabicRank.has(bare)) return false
  if (bare.replace(/ /g, '').length <= 3) return true
  // The distinctive word of the English name: "Al Ain City" is "ain", "New York City" is "york".
  const distinctive = foldName(englishName).split(' ').filter((w) => !GENERIC_WORDS.has(w))
    .reduce((a, b) => (b.length > a.length ? b : a), '')
  return !englishWords.has(distinctive)
}

/** Arabic names of a country from CLDR (Node's ICU): "تركيا", "الولايات المتحدة", and short forms ("فلسطين"). */
export function arabicCountryNames(iso: string): string[] {
  const out = new Set<string>()
  for (const style of ['long', 'short'] as const) {
    let name: string | undefined
    try { name = new Intl.DisplayNames(['ar'], { type: 'region', style }).of(iso) } catch { name = undefined }
    // ICU answers the code itself for a region it has no name for.
    if (!name || name === iso) continue
    out.add(name)
    // "الكونغو - كينشاسا", "ميانمار (بورما)": the name before the qualifier is how news writes it too.
    const head = name.split(/\s+-\s+|\s*\(/)[0]?.trim()
    if (head && head !== name) out.add(head)
  }
  return [...out].filter((n) => ARABIC_NAME.test(n))
}

/**
 * The Arabic demonym (nisba) of a one-word country name: "سوريا" -> "سوري", "لبنان" -> "لبناني", "السعودية" ->
 * "سعودي". The article and a final ا or ة go; ي is added unless the stem ends in it ("سوريا" -> "سوري"). Names of several words, and names ending in
 * ي or و ("مالي"), have no regular nisba and get none.
 */
export function arabicDemonym(country: string): string | null {
  const bare = country.replace(/^ال/, '')
  if (bare.includes(' ') || bare.length < 3 || !ARABIC_NAME.test(bare) || /[يو]$/.test(bare)) return null
  const stem = bare.replace(/[اةه]$/, '')
  return stem.endsWith('ي') ? stem : `${stem}ي`
}

/** Arabic demonym keys of every country ("سوري" -> SY): a demonym tells the country but names no place. */
export function arabicDemonyms(rows: readonly ArabicRow[]): Map<string, string> {
  const out = new Map<string, string>()
  const taken = new Set<string>()
  for (const r of rows) {
    if (r.kind !== 'country') continue
    for (const n of arabicCountryNames(r.cc)) {
      const d = arabicDemonym(n)
      if (!d) continue
      const k = nameKey(d)
      // A nisba two countries share tells nothing (an adjective is expected to be frequent: no frequency test).
      if (taken.has(k)) continue
      if (out.has(k) && out.get(k) !== r.cc) { out.delete(k); taken.add(k); continue }
      out.set(k, r.cc)
    }
  }
  return out
}

/**
 * Adds the Arabic names to the index: each populated place's filtered GeoNames alternates, each country's CLDR names,
 * and a first-level area's seat names when the area bears the seat's name (Irbid governorate, seat Irbid).
 * `arabicOf` holds the Arabic alternates read for each populated-place row; `keys` is the index's key table.
 */
export function addArabicNames(rows: readonly ArabicRow[], arabicOf: ReadonlyMap<number, readonly string[]>,
  keys: ReadonlyMap<string, readonly number[]>, addKey: (name: string, index: number, own: boolean) => void): void {
  const admin1Row = new Map<string, number>()
  rows.forEach((r, i) => {
    if (r.kind === 'country') for (const n of arabicCountryNames(r.cc)) if (!isWordNotName(n, r.name)) addKey(n, i, false)
    if (r.fcode === 'ADM1') admin1Row.set(r.admin1, i)
  })
  for (const [i, names] of arabicOf) {
    const r = rows[i] as ArabicRow
    if (r.population < MIN_POPULATION && !SEATS.has(r.fcode)) continue
    const kept = names.filter((n) => !isWordNotName(n, r.name))
    // "محافظة إدلب" among the alternates of the town of Idlib names the governorate, never the town.
    const own = kept.filter((n) => !AREA_NAME.test(n))
    for (const n of own) addKey(n, i, false)
    if (r.fcode !== 'PPLA' && r.fcode !== 'PPLC') continue
    const area = admin1Row.get(r.admin1)
    // The area shares the seat's key when its (bare) name is the seat's: "Irbid" for Muhafazat Irbid.
    if (area !== undefined && (keys.get(nameKey(r.name)) ?? []).some((ref) => ref >> 1 === area)) for (const n of kept) addKey(n, area, false)
  }
}

/** One Arabic name of an area from data/geonames/admin-arabic.tsv: the GeoNames code and id it belongs to. */
export interface AreaArabicName { readonly code: string; readonly geonameId: number; readonly name: string }

/** What addAreaArabicNames reads of an index row. */
interface AreaRow extends ArabicRow { readonly geonameId: number | null }

/**
 * Adds the Arabic names of first- and second-level areas (OCHA's for Syria, iso3166-2-db's elsewhere: "الأنبار",
 * "ريف دمشق", "البقاع"), matched to the area's row by GeoNames id. "محافظة الأنبار" is indexed as "الأنبار": the
 * word for governorate before a name is read by recognition as what makes it an area. A frequent word ("الشمال",
 * Lebanon's North governorate) is left out as for any Arabic name, and so is a bare direction ("الإقليم الشمالي",
 * Australia's Northern Territory, would make every "شمالي" one).
 */
export function addAreaArabicNames(rows: readonly AreaRow[], names: readonly AreaArabicName[],
  addKey: (name: string, index: number, own: boolean) => void): void {
  const areaById = new Map<number, number>()
  rows.forEach((r, i) => { if ((r.fcode === 'ADM1' || r.fcode === 'ADM2') && r.geonameId !== null) areaById.set(r.geonameId, i) })
  for (const n of names) {
    const i = areaById.get(n.geonameId)
    if (i === undefined) continue
    const bare = n.name.replace(AREA_NAME, '').trim()
    if (bare.length > 1 && ARABIC_NAME.test(bare) && !DIRECTION_ONLY.test(bare) && !isWordNotName(bare, (rows[i] as AreaRow).name)) addKey(bare, i, false)
  }
}
