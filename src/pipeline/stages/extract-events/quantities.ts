// Figures: killed, injured, displaced — with low / best / high for "at least", "up to", ranges and vague
// numbers (ACLED conventions: "dozens" = 12, "hundreds" = 100, "thousands" = 1,000). Keys: kind, kind_low, kind_high.
import type { EventType } from '../../../core/types.ts'

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  'a dozen': 12, dozen: 12, 'a hundred': 100,
}
// Vague amounts: [best, high]. "dozens" is 12 as ACLED codes it; the upper bound is the next order of magnitude.
export const VAGUE: Readonly<Record<string, readonly [number, number]>> = {
  dozens: [12, 99], scores: [20, 99], hundreds: [100, 999], thousands: [1000, 9999],
  // "several hundred families", "a few thousand people": as vague as "hundreds", "thousands"
  'several hundred': [100, 999], 'a few hundred': [100, 999], 'several thousand': [1000, 9999], 'a few thousand': [1000, 9999],
  'tens of thousands': [10000, 99999], 'hundreds of thousands': [100000, 999999], millions: [1000000, 9999999],
}
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 }

const NUM = String.raw`(?:(?:several|a\s+few)\s+(?:hundred|thousand)|a\s+(?:hundred|thousand|million)(?!\s+(?:and|or)\b)|\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million))?|(?:a\s+)?dozen|tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:\s+(?:thousand|million))?)`
const QUALIFIER = String.raw`(?:(at\s+least|more\s+than|over|up\s+to|as\s+many\s+as|nearly|almost|about|around|some|approximately|roughly|an\s+estimated|fewer\s+than|less\s+than)\s+)?`
// A range: "between 10 and 15", or "4 to 7" / "280,000-370,000" (both ends figures; "from 200 to 255" is a toll
// that rose, not a range, and is told apart in figuresIn). Groups 2 and 3 are its ends, group 4 a single amount.
const RANGE = String.raw`(?:between\s+(?=${NUM}\s+and\s)|(?=${NUM}\s*(?:to|–|-)\s*${NUM}\b))(${NUM})\s*(?:and|to|–|-)\s*(${NUM})`
const AMOUNT = new RegExp(String.raw`\b${QUALIFIER}(?:${RANGE}|(${NUM}))\b`, 'gi')

const MONTHS = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b'
// Case-sensitive: month names are capitalised, and "200,000 may flee" is a figure.
const MONTH_AFTER = new RegExp(`^\\s*${MONTHS}`)
const MONTH_BEFORE = new RegExp(`\\b${MONTHS}\\.?\\s+$`)

/** Killings told by how they were done: "shot dead four men", "gunned down three", "executed 11 detainees". */
const KILLED_HOW = String.raw`shot\s+dead|shooting\s+dead|gunned\s+down|gunning\s+down|execut(?:ed|ing)`

/** A toll said to have grown to a figure: "rose to", "has climbed to", "stood at", "reached" (the figure follows). */
/** "put the death toll at 514", "placed the toll at about 40": the verb, and what comes between it and "toll". */
export const TOLL_PUT_VERB = String.raw`(?:put|puts|putting|placed|places|placing)`
export const TOLL_PUT_OBJECT = String.raw`\s+(?:the|its|their)\s+(?:death\s+)?`
export const TOLL_GREW = String.raw`(?:has\s+|had\s+|have\s+|now\s+)?(?:rose|risen|rises|climbed|climbs|reached|reaches|increased|jumped|stood|stands|hit)(?:\s+(?:to|at))?`

// "put the number of displaced at nearly 100,000", "the count of dead rose to 40": the count named by whom it counts.
// ("the number of soldiers killed in Tuesday's strike on the base has risen to nine": who was counted, and where, may
// stand between them, as in a toll's growth.)
const COUNT_OF = String.raw`(?:number|count|tally)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:dead|killed|wounded|injured|displaced)\s+(?:[^.;\d]{0,80}?\s)?(?:${TOLL_GREW}\s+|at\s+)`
const COUNT_OF_LEAD = /^(?:number|count|tally)\s+of\s+(?:the\s+)?(?:[a-z]+\s+(?=(?:dead|killed|wounded|injured|displaced)\b))?/i

/** The verb or noun right before a figure that says it counts the dead, wounded or displaced ("killing 4", "a death toll of 30"). */
// ("the death toll from the fighting in the province rose to 45": a toll's growth may come after its circumstances.)
const KILLED_BEFORE = new RegExp(`\\b(?:(?:killings?|deaths?)\\s+of|killing|killed|${KILLED_HOW}|wounding|wounded|injuring|injured|displacing|displaced|evacuating|evacuated|neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|t(?:ook|aken?|aking)\\s+out|bodies\\s+of|${COUNT_OF}|(?:displacement|death\\s+toll|toll)\\s+(?:\\S+\\s+){0,3}?|toll\\s+(?:[^.;\\d]{0,80}?\\s)?${TOLL_GREW}\\s+)["”’']?\\s*$`, 'i')

const KIND_WORDS: readonly [RegExp, string][] = [
  // "neutralised 21 militants", "took out six fighters": a military's words for fighters killed (trigger rule neutralised)
  // "between 12 and 15 bodies arrived at the hospital": the dead counted where they were brought
  // ("shot dead four men", "executed 11 detainees": KILLED_HOW)
  [new RegExp(`^(?:kill|dead|death|died|bod(?:y|ies)|lost\\s+their\\s+lives|fatalit|casualt|toll|neutrali|eliminat|t(?:ook|aken?|aking)\\s+out|${KILLED_HOW})`, 'i'), 'killed'],
  [/^(?:wound|injur)/i, 'injured'],
  // "80,000 Syrians had entered Lebanon": people crossing a border (extract-events rule people-cross); "nearly 2,000
  // Syrians returned": people coming back (rule people-return), counted as a movement of population like a flight
  // ("forced 35,000 people to leave the city", "could be forced from their homes", "began leaving")
  [/^(?:fle|displac|uproot|exodus|refugee|evacuat|forced\s+to\s+(?:flee|leave)|forced\s+(?:out\s+)?(?:from|of)\s|entered|crossed|return|poured|streamed|left$|leave$|leaving$|to\s+leave$|mov|head|made\s+their|reach|arriv|went|trekk|walk|travel|flock)/i, 'displaced'],
]

// A count of people, then their move (rule people-move): "100,000 people have moved", "thousands of families headed"
// ("tens of thousands of residents, many of them Alawites, headed west": an aside between them).
const PEOPLE_MOVED_AFTER = /^\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:people|persons|individuals|civilians|residents|families|refugees|displaced|syrians|inhabitants)\b(?:,[^,.;]{1,60},)?\s+(?:[^\s,.;]+\s+){0,4}?((?:mov(?:ed|ing)|head(?:ed|ing)|made\s+their\s+way|reach(?:ed|ing)|arriv(?:ed|ing)|went|trekk(?:ed|ing)|walk(?:ed|ing)|travell?(?:ed|ing)|flock(?:ed|ing)))\b/i

/** Parses "280,000", "1.5 million", "three", "dozens"; returns [best, high?]. */
export function parseAmount(raw: string): [number, number | null] | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim()
  const vague = VAGUE[s]
  if (vague) return [vague[0], vague[1]]
  const m = s.match(/^([\d.,]+|[a-z ]+?)(?:\s+(thousand|million))?$/)
  if (!m?.[1]) return null
  // ("a million people", "a thousand families": the article is one of the scale)
  const base = /^[\d]/.test(m[1]) ? Number(m[1].replace(/,/g, '')) : m[1].trim() === 'a' && m[2] ? 1 : WORD_NUMBERS[m[1].trim()]
  if (base === undefined || !Number.isFinite(base)) return null
  return [Math.round(base * (m[2] ? SCALE[m[2]] ?? 1 : 1)), null]
}

/** Figures stated in `clause` for an event of `type`, as contract quantities. */
export function figuresIn(type: EventType, clause: string): Record<string, number> {
  if (type !== 'casualties' && type !== 'displacement') return {}
  const out: Record<string, number> = {}
  // The figure last recorded, for "21 SDF and 10 SNA fighters were killed": counts joined by "and" are one toll.
  const last = { kind: '', end: -1 }
  for (const m of clause.matchAll(AMOUNT)) {
    const after = clause.slice((m.index ?? 0) + m[0].length)
    // The figure counts people when a casualty or flight word follows within a few words:
    // "three people were killed", "280,000 individuals to flee", "1.5 million people could be compelled to flee".
    // "69 civilians, including 26 children, …": the part is not the count
    if (/\b(?:including|among\s+them|of\s+them|incl\.)\s+$/i.test(clause.slice(Math.max(0, (m.index ?? 0) - 16), m.index ?? 0))) continue
    // "Since 27 November, an estimated 115,000 people …", "on December 2, 50,000 …": a day of a date counts no one.
    if (MONTH_AFTER.test(after) || MONTH_BEFORE.test(clause.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0))) continue
    // "16:20 A family of five was killed", "at 3 pm a shell killed …": a clock time counts no one (nor does
    // "16.20": people are never counted in decimals without a "million").
    if (CLOCK_BEFORE.test(clause.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0)) || CLOCK_AFTER.test(after) || /^\d{1,2}\.\d\d$/.test(m[0])) continue
    // "carried out 18 air strikes near Qorvath, killing 25 civilians": a figure that counts weapons, acts or places
    // counts no one.
    if (THINGS_COUNTED.test(after)) continue
    // "after two days of fighting, in which 20 soldiers were killed": a duration or a distance counts no one.
    if (/^\s*(?:days?|weeks?|hours?|months?|years?|nights?|decades?|km|kilometres?|kilometers?|miles?|metres?|meters?)\b/i.test(after)) continue
    // "which began in 2011 …, has killed": a year counts no one; nor does one that names an event as its
    // adjective ("a 1982 massacre in which troops killed …", "Hama's 1982 crackdown").
    if (/^(?:19|20)\d\d$/.test(m[0]) && /(?:\b(?:in|since|by|of|from|until|before|after|early|late|mid|a|an|the|its|their|his|her)|'s|’s)\s+$/i.test(clause.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0))) continue

    // ("30,000 people had left the city": people leaving a place, rule leave; not "left 20 people dead"; "thousands of
    // people began leaving the city")
    const near = after.match(/^\s+(?:(?:\S+\s+){0,10}?)((?:kill|dead|death|died|bodies|lost\s+their\s+lives|fatalit|wound|injur|fle|displac|uproot|refugee|evacuat|entered|crossed\s+(?:back\b|(?:from\s+[^\s,.;]+\s+)?into)|return(?:ed|ing)|poured\s+into|streamed\s+into|neutrali[sz]|eliminat)\w*|forced\s+(?:out\s+)?(?:from|of)\s+(?:their|his|her)\s+homes|(?<=\bto\s+)leave\b|(?<=\b(?:people|residents|civilians|families|inhabitants)\s+(?:had\s+|have\s+|has\s+)?)left(?!\s+(?:\S+\s+)?(?:dead|wounded|injured|behind|stranded|homeless)\b)|(?<=\b(?:people|residents|civilians|families|inhabitants)\s+(?:had\s+|have\s+|has\s+)?(?:began|begun|started)\s+)leaving)/i)
    // ("100,000 people have moved towards X", "thousands of families headed north": people on the move, counted only
    // for a flight, so a toll's "reached hospital" counts no one displaced)
      ?? (type === 'displacement' ? after.match(PEOPLE_MOVED_AFTER) : null)
    // "killing 4", "displacement could reach 1.5 million", "a death toll of 30"
    const killedAfter = clause.slice(0, m.index ?? 0).match(KILLED_BEFORE)
    // "killing at least four people and wounding fifty": the verb before the figure wins over a later one.
    const word = killedAfter?.[0]?.trim().replace(COUNT_OF_LEAD, '') ?? near?.[1]
    // ("killing four soldiers and three civilians": the second count shares the first one's word.)
    const joined = last.end >= 0 && !killedAfter && COUNT_JOINED.test(clause.slice(last.end, m.index ?? 0))
    if (!word && !joined) continue
    const kind = word ? KIND_WORDS.find(([re]) => re.test(word))?.[1] : last.kind
    if (kind && kind in out && last.kind === kind && joined) {
      const part: Record<string, number> = {}
      recordFigure(part, type, kind, m, boundOf(m[1]), parseAmount)
      addFigures(out, part, kind)
      last.end = (m.index ?? 0) + m[0].length
      continue
    }
    if (!kind || kind in out) continue
    // "the toll rose from 200 to 255": the figure it reached, not a range.
    const rose = m[2] && m[3] && /\bfrom\s+$/i.test(clause.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0))
    recordFigure(out, type, kind, rose ? [m[0], m[1], undefined, undefined, m[3]] : m, boundOf(m[1]), parseAmount)
    last.kind = kind
    last.end = (m.index ?? 0) + m[0].length
  }
  return out
}

// What a figure counts when it is not people: "18 air strikes", "dozens of barrel bombs", "three villages".
const THINGS_COUNTED = /^\s+(?:of\s+)?(?:(?:air|drone|missile|rocket|artillery|russian|israeli|turkish|american|regime|government)\s*-?\s*)?(?:strikes?|airstrikes?|raids?|sorties|bombs?|barrel\s+bombs?|rockets?|missiles?|shells?|mortars?|rounds|drones?|vehicles?|tanks?|villages?|towns?|cities|positions?|sites?|targets?|buildings?|houses?|homes?|checkpoints?)\b/i

// A figure that is part of a time of day: the minutes after "16:", or an hour followed by its minutes or a clock word.
const CLOCK_BEFORE = /\d[:h]$/
const CLOCK_AFTER = /^(?::\d\d|\s*(?:am|pm|a\.m\.|p\.m\.|GMT|UTC|hrs|o['’]clock|local\s+time)\b)/i

// Between two joined counts: a side's name or a noun, then "and" ("21 SDF and 10", "three soldiers and two").
const COUNT_JOINED = /^\s+(?:[\p{L}'’-]+\s+){0,4}?(?:and|,|,\s*and)\s+$/iu

function boundOf(qualifier: string | undefined): FigureBound {
  const q = (qualifier ?? '').toLowerCase().replace(/\s+/g, ' ')
  return /^(?:at least|more than|over)$/.test(q) ? 'low' : /^(?:up to|as many as|fewer than|less than)$/.test(q) ? 'high' : null
}

/** Adds the figures of a joined count to those of `kind` already recorded; a bound only one of them has is a sum of best values. */
function addFigures(out: Record<string, number>, part: Record<string, number>, kind: string): void {
  const best = part[kind]
  if (best === undefined) return
  for (const k of [`${kind}_low`, `${kind}_high`]) {
    if (k in out || k in part) out[k] = (out[k] ?? out[kind] ?? 0) + (part[k] ?? best)
  }
  out[kind] = (out[kind] ?? 0) + best
}

/** Where a qualifier puts a stated figure: a lower bound ("at least"), an upper bound ("up to"), or neither. */
export type FigureBound = 'low' | 'high' | null

/**
 * Records one figure of `kind` for an event of `type` into `out`, from a match whose groups 2 and 3 are a range's
 * ends and group 4 a single amount: the best value, and low/high from a range, a qualifier or a vague amount
 * ("dozens"). Shared by the English and Arabic readers, which differ only in how they find and parse amounts.
 */
export function recordFigure(
  out: Record<string, number>, type: EventType, kind: string, m: readonly (string | undefined)[], bound: FigureBound,
  parse: (raw: string) => [number, number | null] | null,
): void {
  if (type === 'casualties' && kind === 'displaced') return
  if (type === 'displacement' && kind !== 'displaced') return
  if (m[2] && m[3]) {
    const lo = parse(m[2])
    const hi = parse(m[3])
    if (!lo || !hi) return
    out[kind] = lo[0]; out[`${kind}_low`] = lo[0]; out[`${kind}_high`] = hi[1] ?? hi[0]
    return
  }
  const v = parse(m[4] ?? '')
  if (!v) return
  const [best, vagueHigh] = v
  out[kind] = best
  if (bound === 'low') out[`${kind}_low`] = best
  else if (bound === 'high') out[`${kind}_high`] = best
  else if (vagueHigh !== null) { out[`${kind}_low`] = best; out[`${kind}_high`] = vagueHigh }
}
