// A minimal path for Arabic reports: trigger words by event type, who acts (Arabic is mostly verb–subject–object,
// and a verbal noun takes its agent after it: "انسحاب القوات الحكومية"), background / hypothetical / planned /
// claimed cues, and weekday dates. Much less than the English rules: no figures, no attribution phrases beyond a
// lexicon actor, no clause analysis. Places come from find-places (Arabic names where the gazetteer has them).
import { addDays, weekdayOf } from '../../../core/dates.ts'
import type { ActorId, ActorRole, EventType, Modality } from '../../../core/types.ts'
import type { ActorRef, SentenceView } from './sentence.ts'

// Arabic letters have no case and attach the conjunctions و / ف to the next word: a word starts after a non-letter,
// optionally after one of those.
const START = '(?<![\\p{L}\\p{N}])(?:[وف])?'
const END = '(?![\\p{L}\\p{N}])'
const word = (alts: string) => new RegExp(`${START}(?:${alts})${END}`, 'gu')
/** The same, for a yes/no test or a first match (no global state between calls). */
const cue = (alts: string) => new RegExp(`${START}(?:${alts})${END}`, 'u')

export interface ArabicTrigger {
  readonly rule: string
  readonly type: EventType
  readonly pattern: RegExp
  readonly withdrawal?: boolean
}

export const ARABIC_TRIGGERS: readonly ArabicTrigger[] = [
  // "سيطرت الفصائل على البلدة" (took control of), "السيطرة على" (the takeover of), "استولى على" (seized)
  { rule: 'ar-control', type: 'territory_change', pattern: word('(?:سيطر|سيطرت|سيطروا|يسيطر|تسيطر|يسيطرون|السيطرة|سيطرتها|سيطرته|سيطرتهم|بسط|بسطت|استولى|استولت|استولوا)(?=\\s+(?:\\S+\\s+){0,3}?على)') },
  // "حررت" (liberated), "دخلت" / "دخول" (entered / the entry), "اقتحمت" (stormed)
  { rule: 'ar-enter', type: 'territory_change', pattern: word('حرر|حررت|حرروا|دخل|دخلت|دخلوا|دخول|اقتحم|اقتحمت|اقتحموا|اقتحام') },
  // "انسحبت القوات" (withdrew), "انسحاب" (withdrawal): the one who leaves loses the place
  { rule: 'ar-withdraw', type: 'territory_change', withdrawal: true, pattern: word('انسحب|انسحبت|انسحبوا|انسحاب') },
  // "أعادت انتشارها وتموضعها خارج المدينة" (redeployed outside the city): a withdrawal from the place
  { rule: 'ar-redeploy-out', type: 'territory_change', withdrawal: true, pattern: word('(?:أعاد|أعادت|إعادة)\\s+(?:\\S+\\s+)?(?:انتشار|انتشارها|انتشاره|انتشارهم|تموضع|تموضعها)(?=\\s+(?:\\S+\\s+){0,2}?خارج)') },
  // "أعادت انتشارها" / "إعادة انتشار" (redeployed), "أرسلت تعزيزات" (sent reinforcements)
  { rule: 'ar-deploy', type: 'deployment', pattern: word('(?:أعاد|أعادت|إعادة)\\s+(?:\\S+\\s+)?(?:انتشار|انتشارها|انتشاره|انتشارهم|تموضع|تموضعها)|(?:نشر|نشرت|أرسل|أرسلت|أرسلوا|دفع|دفعت)\\s+(?:\\S+\\s+){0,2}?(?:قوات|تعزيزات|مقاتلين|جنود)|تعزيزات') },
  // "اشتباكات" (clashes), "معارك" (battles), "هاجمت" (attacked)
  { rule: 'ar-clash', type: 'battle', pattern: word('اشتباكات|اشتباك|اشتبك|اشتبكت|معارك|معركة|مواجهات|هاجم|هاجمت|هاجموا') },
  // "غارات" (air raids), "قصف" (shelling)
  { rule: 'ar-strike', type: 'strike', pattern: word('غارة|غارات|قصف|قصفت|قصفوا|ضربات\\s+جوية|ضربة\\s+جوية') },
  // "نزوح" (displacement), "فرّ" (fled)
  { rule: 'ar-flee', type: 'displacement', pattern: word('نزوح|نزح|نزحوا|فر|فروا|فرار|تهجير') },
  // "قتلى" (dead), "مقتل" (the killing of), "أصيب" (was wounded)
  { rule: 'ar-killed', type: 'casualties', pattern: word('قتل|قتلى|مقتل|قتلوا|أصيب|أصيبوا|جرحى|مصرع') },
  // "احتجاجات" / "مظاهرات" (protests)
  { rule: 'ar-protest', type: 'protest', pattern: word('احتجاج|احتجاجات|تظاهرة|تظاهرات|مظاهرة|مظاهرات') },
  // "نفت" (denied)
  { rule: 'ar-deny', type: 'denial', pattern: word('نفى|نفت|ينفي|تنفي') },
  // "دعت" (called on), "حث" (urged)
  { rule: 'ar-call', type: 'call_to_action', pattern: word('دعا|دعت|حث|حثت|ناشد|ناشدت') },
]

// "قال" / "أعلنت" / "أكد" (said, announced, confirmed): a speaker whose subject follows the verb.
const SPEECH = word('قال|قالت|أعلن|أعلنت|أكد|أكدت|ذكر|ذكرت|زعم|زعمت|ادعى|ادعت|أفاد|أفادت|صرح|صرحت')
// "إذا" / "لو" / "في حال" (if), "سوف" / "تعتزم" / "تخطط" (will, intends, plans), "من المتوقع" (expected)
const CONDITION = cue('إذا|لو|في\\s+حال')
const PLAN = cue('سوف|تعتزم|يعتزم|تخطط|يخطط|تنوي|ينوي')
const PROJECTION = cue('من\\s+المتوقع|يتوقع|ربما|من\\s+المحتمل')
const NEGATION = new RegExp(`${START}(?:لم|لا|لن)\\s+(?:\\S+\\s+)?$`, 'u')
const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/g
const ARMED: ReadonlySet<EventType> = new Set(['territory_change', 'battle', 'strike', 'deployment', 'military_aid', 'infrastructure_damage'])

const WEEKDAYS: Readonly<Record<string, number>> = { الأحد: 0, الاثنين: 1, الإثنين: 1, الثلاثاء: 2, الأربعاء: 3, الخميس: 4, الجمعة: 5, السبت: 6 }
const WEEKDAY = cue(Object.keys(WEEKDAYS).join('|'))

export interface ArabicHit { readonly trigger: ArabicTrigger; readonly start: number; readonly end: number }

/** Trigger hits in one sentence, outside actor names ("هيئة تحرير الشام" holds "تحرير"), one per place in text. */
export function findArabicTriggers(s: SentenceView): ArabicHit[] {
  const hits: ArabicHit[] = []
  for (const trigger of ARABIC_TRIGGERS) {
    for (const m of s.text.matchAll(trigger.pattern)) {
      const start = m.index ?? 0
      const end = start + m[0].length
      if (s.actors.some((a) => !a.coreferent && start < a.end && a.start < end)) continue
      if (hits.some((h) => start < h.end && h.start < end)) continue
      hits.push({ trigger, start, end })
    }
  }
  return hits.sort((a, b) => a.start - b.start)
}

export interface ArabicEventParts {
  readonly type: EventType
  readonly modality: Modality | null
  readonly actors: { actorId: ActorId; role: ActorRole }[]
  readonly attribution: ActorRef | null
}

/** The speech verb before `at` and its subject (the actor right after it), if any. */
function speakerBefore(s: SentenceView, at: number): { verbEnd: number; actor: ActorRef | null } | null {
  let last: { verbEnd: number; actor: ActorRef | null } | null = null
  for (const m of s.text.matchAll(SPEECH)) {
    const verbEnd = (m.index ?? 0) + m[0].length
    if (verbEnd > at) break
    // Verb first ("أعلنت القيادة العامة للجيش"), or the subject first ("وكانت فصائل المعارضة … قد أعلنت").
    const actor = s.actors.find((a) => !a.media && a.start >= verbEnd && a.start < verbEnd + 40 && a.start < at)
      ?? s.actors.find((a) => !a.media && a.party && a.end <= verbEnd) ?? null
    last = { verbEnd, actor }
  }
  return last
}

/** Type, modality (null: not an event), roles and the speaker of one hit. */
export function arabicEvent(s: SentenceView, h: ArabicHit, published: string | null): ArabicEventParts {
  const before = s.text.slice(0, h.start)
  const pubYear = published ? Number(published.slice(0, 4)) : 2024
  const years = [...s.text.matchAll(YEAR)].map((y) => Number(y[1]))
  const speaker = speakerBefore(s, h.start)
  const speakerActor = speaker?.actor && !speaker.actor.media ? speaker.actor : null
  let modality: Modality | null = 'asserted'
  if (NEGATION.test(before)) modality = null
  else if (years.some((y) => y < pubYear)) modality = 'background'
  else if (CONDITION.test(before)) modality = 'hypothetical'
  else if (PROJECTION.test(before)) modality = 'projected'
  else if (PLAN.test(before)) modality = 'planned'
  else if (speakerActor?.party) modality = 'claimed'
  if (h.trigger.type === 'denial' || h.trigger.type === 'call_to_action') modality = modality === null ? null : 'asserted'

  // The agent: right after a verb or a verbal noun ("انسحاب القوات الحكومية"); else the last party named before the
  // trigger; else a party speaking of itself ("أعلن الجيش … أن وحداته أعادت انتشارها"). Only parties fight or move.
  const armed = ARMED.has(h.trigger.type)
  const parties = s.actors.filter((a) => !a.media && (a.party || (!armed && a.kind === 'civilians')) && a.actorId !== speakerActor?.actorId)
  const after = parties.find((a) => a.start >= h.end && /^\s*(?:\S+\s+)?$/u.test(s.text.slice(h.end, a.start))
    && !/(?:^|\s)(?:مع|ضد|على|من|إلى|بعد|قبل|في)\s+$/u.test(s.text.slice(h.end, a.start)))
  const earlier = [...parties].reverse().find((a) => a.end <= h.start)
  const agent = after ?? earlier ?? (speakerActor?.party || h.trigger.type === 'denial' || h.trigger.type === 'call_to_action' ? speakerActor : null)
  // "اشتباكات مع الفصائل" (clashes with), "هجوم على" (attack on), "ضد" (against): the other side.
  const other = parties.find((a) => a.start >= h.end && a.start < h.end + 60 && a !== agent && /(?:^|\s)(?:مع|ضد|على)\s+(?:\S+\s+)?$/u.test(s.text.slice(h.end, a.start)))
  const actors: { actorId: ActorId; role: ActorRole }[] = []
  // "اشتباكات بين الجيش والفصائل" (clashes between the army and the factions): the two sides, in order.
  const between = s.text.slice(h.end, h.end + 30).match(/^\s*(?:\S+\s+)?بين\s/u)
  if (between) {
    const pair = parties.filter((a) => a.start >= h.end + (between.index ?? 0) && a.start < h.end + 120).slice(0, 2)
    if (pair.length === 2 && pair[0]!.actorId !== pair[1]!.actorId) {
      return { type: h.trigger.type, modality, actors: [{ actorId: pair[0]!.actorId, role: 'initiator' }, { actorId: pair[1]!.actorId, role: 'target' }], attribution: speaker?.actor ?? null }
    }
  }
  if (agent) actors.push({ actorId: agent.actorId, role: h.trigger.withdrawal ? 'target' : 'initiator' })
  if (other && other.actorId !== agent?.actorId) actors.push({ actorId: other.actorId, role: 'target' })
  return { type: h.trigger.type, modality, actors, attribution: speaker?.actor ?? null }
}

/** "مساء الخميس" (Thursday evening): the latest such weekday on or before publication, with the word as written. */
export function arabicWeekday(s: SentenceView, published: string | null): { date: string; text: string; start: number } | null {
  if (!published) return null
  const m = s.text.match(WEEKDAY)
  if (!m || m.index === undefined) return null
  const name = m[0].replace(/^[وف](?=ال)/u, '')
  const want = WEEKDAYS[name]
  if (want === undefined) return null
  const back = (weekdayOf(published) - want + 7) % 7
  return { date: addDays(published, -back), text: m[0], start: m.index }
}
