// Figures in Arabic sentences: killed, injured, displaced — in Western or Arabic-Indic digits ("25", "٢٥"), with
// ألف / مليون ("120 ألف"), the duals ألفي / مئتي, number words, and vague amounts coded as ACLED does
// (عشرات "dozens" = 12, مئات = 100, آلاف = 1,000, عشرات الآلاف = 10,000). "على الأقل" (at least) and "أكثر من"
// (more than) make a low bound, "ما يصل إلى" (up to) a high one. Keys as quantities.ts writes them.
import type { EventType } from '../../../core/types.ts'
import { DISPLACED } from './arabic.ts'
import { recordFigure, VAGUE } from './quantities.ts'
import { westernDigits } from '../../../core/digits.ts'
import { withoutArabicMarks } from '../../../core/arabic-marks.ts'

const START = '(?<![\\p{L}\\p{N}])'
const END = '(?![\\p{L}\\p{N}])'


const UNITS: Readonly<Record<string, number>> = {
  واحد: 1, اثنان: 2, اثنين: 2, ثلاثة: 3, ثلاث: 3, أربعة: 4, أربع: 4, خمسة: 5, خمس: 5, ستة: 6, ست: 6, سبعة: 7, سبع: 7,
  ثمانية: 8, ثماني: 8, ثمان: 8, تسعة: 9, تسع: 9, عشرة: 10, عشر: 10, عشرين: 20, عشرون: 20, ثلاثين: 30, ثلاثون: 30,
  أربعين: 40, أربعون: 40, خمسين: 50, خمسون: 50, ستين: 60, ستون: 60, سبعين: 70, سبعون: 70, ثمانين: 80, ثمانون: 80,
  تسعين: 90, تسعون: 90, مئة: 100, مائة: 100, مئتي: 200, مئتين: 200, مائتي: 200, مائتين: 200, ألف: 1000, ألفي: 2000, ألفين: 2000, ألفا: 2000,
}
// The hundreds written as one word ("ثلاثمئة", "خمسمائة"), and the teens' second word ("خمسة عشر", fifteen).
const HUNDREDS: Readonly<Record<string, number>> = Object.fromEntries(
  ([['ثلاث', 3], ['أربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['تسع', 9]] as const)
    .flatMap(([w, n]) => [[`${w}مئة`, n * 100], [`${w}مائة`, n * 100]]))
const TEEN = 'عشر|عشرة'
const TEEN_UNITS: Readonly<Record<string, number>> = { أحد: 1, إحدى: 1, احد: 1, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2 }
// The dual of a word for people counts two ("قتل طفلان", "إصابة طفلين"): only nouns whose plural differs, so that "ين"
// is the dual and not a plural ("مدنيين" is both).
const DUALS: Readonly<Record<string, number>> = Object.fromEntries(
  ['طفل', 'شخص', 'جندي', 'عنصر', 'رجل', 'شاب', 'امرأت', 'مسعف', 'صحفي'].flatMap((w) => [[`${w}ان`, 2], [`${w}ين`, 2]]))
const NUMBER_WORD = [...Object.keys(UNITS), ...Object.keys(HUNDREDS), ...Object.keys(TEEN_UNITS)]
/** Vague amounts, by the English phrase quantities.ts codes (ACLED conventions), with and without the article. */
const VAGUE_AR: Readonly<Record<string, string>> = {
  'عشرات الآلاف': 'tens of thousands', 'مئات الآلاف': 'hundreds of thousands', عشرات: 'dozens', مئات: 'hundreds', آلاف: 'thousands', ملايين: 'millions',
}
const SCALE: Readonly<Record<string, number>> = { ألف: 1e3, آلاف: 1e3, الف: 1e3, مليون: 1e6, ملايين: 1e6 }

const alt = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|')
const DIGITS = '[0-9\u0660-\u0669\u06f0-\u06f9][0-9\u0660-\u0669\u06f0-\u06f9,\u066c.]*'
const VAGUE_WORDS = Object.keys(VAGUE_AR).flatMap((w) => [w, `ال${w}`])
// "مئتين وسبعة وسبعين" (277), "خمسة عشر" (15), "ثلاثة آلاف" (3,000): number words joined by و, a teen's عشر, a scale.
const WORD = `(?:${alt(NUMBER_WORD)})(?:\\s+(?:${TEEN}))?`
const WORDS = `${WORD}(?:\\s+و\\s*${WORD})*(?:\\s+(?:${alt(Object.keys(SCALE))}))?`
const AMOUNT = `(?:${DIGITS}(?:\\s+(?:${alt(Object.keys(SCALE))}))?|${alt(VAGUE_WORDS)}|${WORDS}|${alt(Object.keys(DUALS))})`
// "أكثر من" (more than), "ما لا يقل عن" (no fewer than), "نحو" / "حوالي" / "قرابة" (about), "ما يصل إلى" (up to)
const BEFORE = '(?:(أكثر\\s+من|ما\\s+يزيد\\s+(?:على|عن)|(?:ما\\s+)?لا\\s+يقل\\s+عن|نحو|حوالي|حوالى|قرابة|زهاء|ما\\s+يقارب|ما\\s+يصل\\s+إلى|حتى|أقل\\s+من)\\s+)?'
const FIGURE = new RegExp(`${START}${BEFORE}(?:بين\\s+(${AMOUNT})\\s+و\\s*(${AMOUNT})|(${AMOUNT}))${END}`, 'gu')

const KIND_WORDS: readonly [string, 'killed' | 'injured' | 'displaced'][] = [
  ['قتل|قتلت|قتلوا|قتلى|قتيل|قتيلا|مقتل|يقتل|يقتلون|تقتل|لقي|لقوا|مصرع|حتفهم|حتفه|توفي|وفاة|جثث|جثامين|(?:قضى|قضت|قضوا|القضاء)\\s+على', 'killed'],
  ['أصيب|أصيبوا|اصيب|يصاب|يصابون|إصابة|اصابة|إصابات|جرحى|جريح|جريحا|جرح|مصاب|مصابا|مصابين|مصابون|بجروح', 'injured'],
  ['نزح|نزحت|نزحوا|ينزح|ينزحون|تنزح|نزوح|نازح|نازحا|نازحين|نازحون|فر|فرت|فروا|يفر|يفرون|تفر|فرار|هرب|هربت|هربوا|هجر|تهجير|مهجر|مهجرين|لاجئ|لاجئا|لاجئين|لجأ|لجأوا|لجؤوا|عبروا', 'displaced'],
]
// In a report of people on the move, arriving counts them too ("وصل مئات السوريين", hundreds of Syrians arrived);
// elsewhere it does not ("وصل 5 قتلى إلى المستشفى" counts the dead).
const ARRIVAL = [new RegExp(`${START}(?:[وف])?(?:وصل|وصلت|وصلوا)${END}\\s*$`, 'u'), 'displaced'] as const
// "عبر آلاف السوريين" (thousands of Syrians crossed), but not "عبر 3 معابر" (via three crossings): the people follow the figure.
const CROSSED = new RegExp(`${START}(?:[وف])?عبر${END}\\s*$`, 'u')
const PEOPLE_AFTER = new RegExp(`^\\s+(?:\\S+\\s+)?${DISPLACED}${END}`, 'u')
// "قُتل خلاله آلاف المدنيين" (thousands were killed during it): a preposition with a pronoun may stand between.
const BETWEEN = '(?:\\s+(?:خلاله|خلالها|فيه|فيها|جراءه|جراءها|بسببه|بسببها|إثره|إثرها))?'
// ("أفاد المرصد بمقتل 5", reported the killing of 5: the noun may carry "ب")
const KIND_BEFORE = KIND_WORDS.map(([w, k]) => [new RegExp(`${START}(?:[وف])?ب?(?:${w})${END}${BETWEEN}\\s*$`, 'u'), k] as const)
// ("عشرات القتلى والجرحى", dozens dead and wounded: the kind word may carry the article)
const KIND_AFTER = KIND_WORDS.map(([w, k]) => [new RegExp(`^\\s+(?:\\S+\\s+){0,4}?(?:[وفب])?(?:ال)?(?:${w})${END}`, 'u'), k] as const)
// "بينهم 65 من عناصر الهيئة" (among them 65 fighters): a part of a count, not a count
const PART_OF = /(?:بينهم|بينهن|منهم|منهن|بينها|بينهما)\s*$/u
const DURATION_AFTER = /^\s+(?:ساعة|ساعات|يوم|يوما|أيام|أسبوع|أسبوعا|أسابيع|شهر|شهرا|أشهر|شهور|سنة|سنوات|عام|عاما|أعوام|دقيقة|دقائق|كيلومتر|كيلومترات|كلم|كم)(?![\p{L}])/u
const AT_LEAST_AFTER = /^\s+(?:\S+\s+){0,2}?على\s+الأقل/u

/** The value of number words ("مئتين وسبعة وسبعين" → 277, "خمسة عشر" → 15, "ثلاثة آلاف" → 3000), or null. */
function wordsValue(s: string): number | null {
  let total = 0
  let scale = 1
  const parts = s.split(/\s+و\s*/u)
  const last = parts[parts.length - 1] as string
  const scaled = last.match(/^(.*\S)\s+(\S+)$/u)
  if (scaled?.[2] && SCALE[scaled[2]] !== undefined && !new RegExp(`^(?:${TEEN})$`, 'u').test(scaled[2])) {
    scale = SCALE[scaled[2]] as number
    parts[parts.length - 1] = scaled[1] as string
  }
  for (const part of parts) {
    const [head, teen] = part.split(/\s+/u)
    const n = UNITS[head as string] ?? HUNDREDS[head as string] ?? TEEN_UNITS[head as string]
    if (n === undefined) return null
    total += teen ? n + 10 : n
  }
  return total * scale
}

/** Parses one amount: [best, high of a vague amount or null]. */
function parseAmount(raw: string): [number, number | null] | null {
  const s = raw.trim().replace(/\s+/g, ' ')
  const vague = VAGUE_AR[s.replace(/^ال/, '')]
  if (vague) { const v = VAGUE[vague]; return v ? [v[0], v[1]] : null }
  const words = wordsValue(s)
  if (words !== null) return [words, null]
  const dual = DUALS[s]
  if (dual !== undefined) return [dual, null]
  const m = westernDigits(s).match(/^([\d.,\u066c]+)(?:\s+(\S+))?$/)
  if (!m?.[1]) return null
  const n = Number(m[1].replace(/[,\u066c]/g, ''))
  if (!Number.isFinite(n)) return null
  return [Math.round(n * (m[2] ? SCALE[m[2]] ?? 1 : 1)), null]
}

/** Figures stated in an Arabic sentence for an event of `type`, as contract quantities. */
export function arabicFigures(type: EventType, written: string): Record<string, number> {
  if (type !== 'casualties' && type !== 'displacement') return {}
  // Figures need no offsets: read them without harakat ("قُتل" is "قتل", "فرّ" is "فر").
  const text = withoutArabicMarks(written).text
  const out: Record<string, number> = {}
  for (const m of text.matchAll(FIGURE)) {
    const at = m.index ?? 0
    const before = text.slice(0, at)
    if (PART_OF.test(before)) continue
    const after = text.slice(at + m[0].length)
    // "حصار دام نحو أربعة أسابيع" (a siege of about four weeks): a duration or a distance counts no one
    if (DURATION_AFTER.test(after)) continue
    // "قتل طفلان وامرأة" (two children and a woman were killed): the dual is only part of the count
    if (DUALS[(m[4] ?? '').trim()] !== undefined && /^\s+و/u.test(after)) continue
    // The verb before the figure ("قتل ٢٥ مدنياً", "أصيب العشرات") wins; else a casualty or flight word within a few
    // words after it ("عشرات الجنود قتلوا", "132 قتيلاً").
    const arrived = type === 'displacement' && (ARRIVAL[0].test(before) || (CROSSED.test(before) && PEOPLE_AFTER.test(after)))
    const kind = KIND_BEFORE.find(([re]) => re.test(before))?.[1] ?? (arrived ? ARRIVAL[1] : undefined)
      ?? KIND_AFTER.find(([re]) => re.test(after))?.[1]
    if (!kind || kind in out) continue
    const q = m[1] ?? ''
    const bound = /^(?:أكثر|ما\s+يزيد|(?:ما\s+)?لا\s+يقل)/u.test(q) || AT_LEAST_AFTER.test(after) ? 'low'
      : /^(?:ما\s+يصل|حتى|أقل)/u.test(q) ? 'high' : null
    recordFigure(out, type, kind, m, bound, parseAmount)
  }
  return out
}
