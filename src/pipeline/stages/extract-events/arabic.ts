// A minimal path for Arabic reports: trigger words by event type, who acts (Arabic is mostly verb–subject–object,
// and a verbal noun takes its agent after it: "انسحاب القوات الحكومية"), background / hypothetical / planned /
// claimed cues, sources ("قال X", "بحسب X", "وفق ما أفاد X") and statements. Figures are read by
// ./arabic-figures.ts. Much less than the English rules: no clause analysis. Places and dates come from their stages
// (dates: ../find-dates/arabic.ts).
import { voweled } from '../../../core/arabic-marks.ts'
import { daysBetween } from '../../../core/dates.ts'
import { westernDigits } from '../../../core/digits.ts'
import type { ActorId, ActorRole, EventType, Modality } from '../../../core/types.ts'
import type { ActorRef, PlaceRef, SentenceView } from './sentence.ts'

// Arabic letters have no case and attach the conjunctions و / ف to the next word: a word starts after a non-letter,
// optionally after one of those.
const START = '(?<![\\p{L}\\p{N}])(?:[وف])?'
const END = '(?![\\p{L}\\p{N}])'
// Triggers may carry the article too ("الغارات", "بالقصف", "للاشتباكات"): verbs never do, so it costs nothing.
// "أفاد المرصد بمقتل 5" (reported the killing of 5), "أعلنت الوزارة بدء انسحاب": after a reporting verb, the verbal noun
// it reports may carry "ب"; elsewhere "ب" before a verbal noun is "with / by" ("سمحت بدخول المساعدات").
const REPORTED_WITH_BA = '(?<=(?<![\\p{L}])[وف]?(?:أفاد|أفادت|أفادوا|تفيد|يفيد|أعلن|أعلنت|ذكر|ذكرت|أقر|أقرت|اعترف|اعترفت|تحدث|تحدثت|أبلغ|أبلغت)\\s+(?:\\S+\\s+){0,4})ب'
const WITH_ARTICLE = `(?:بال|لل|ال|${REPORTED_WITH_BA})?`
const word = (alts: string) => new RegExp(`${START}(?<article>${WITH_ARTICLE})(?:${voweled(alts)})${END}`, 'gu')
// A definite noun after a preposition or "one of" points back at what was already reported: "قتل 132 في المعارك"
// (killed in the fighting), "إحدى الغارات" (one of the raids).
const POINTS_BACK = new RegExp(`${START}(?:في|خلال|جراء|إثر|منذ|أثناء|عن|من|إحدى|أحد|بعض|تلك|هذه|هذا)\\s+$`, 'u')
// "أدانت تركيا الغارة" (Turkey condemned the raid), "نددت بقصف السوق": what a reaction names was reported already, as in
// English ("condemned the incursion", reference-back.ts); the reaction is the statement.
const REACTED_TO = new RegExp(`${START}(?:دان|دانت|أدان|أدانت|ندد|نددت|استنكر|استنكرت|شجب|شجبت|رحب|رحبت)\\s+(?:[^\\s،,.؛:]+\\s+){0,4}$`, 'u')
// "الاشتباكات أسفرت عن مقتل …", "أسفرت الغارات عن …" (the fighting left …): a definite noun whose result is reported
// is the fighting already reported.
const RESULTED = /^\s+(?:قد\s+)?(?:أسفر|أسفرت|خلف|خلفت|أدى|أدت)(?![\p{L}])/u
const RESULTED_BEFORE = /(?<![\p{L}])[وف]?(?:أسفر|أسفرت|خلف|خلفت|أدى|أدت)\s+$/u
/** The same, for a yes/no test or a first match (no global state between calls). */
const cue = (alts: string) => new RegExp(`${START}(?:${alts})${END}`, 'u')

/** Words for people on the move: families, refugees, the displaced, civilians, Syrians (with or without the article). */
/** Words for a crowd of people ("الآلاف", "مئات السوريين", "الأهالي"), with or without the article. */
const CROWD = '(?:ال)?(?:آلاف|مئات|عشرات|حشود|متظاهرون|متظاهرين|أهالي|سكان|مواطنون|مواطنين|سوريون|سوريين|مدنيون|مدنيين)(?![\\p{L}])'
/** Words for fighters, as the object of "eliminated" (مسلح، إرهابي، عنصر، مقاتل، مرتزق and their plurals). */
export const FIGHTERS = '(?:ال)?(?:مسلح|مسلحا|مسلحاً|مسلحين|إرهابي|إرهابيا|إرهابياً|إرهابيين|عنصر|عنصرا|عنصراً|عناصر|مقاتل|مقاتلا|مقاتلاً|مقاتلين|مرتزق|مرتزقا|مرتزقاً|مرتزقة)(?![\\p{L}])'
// (the singular after a thousand: "25 ألف لاجئ", 25,000 refugees)
export const DISPLACED = '(?:ال)?(?:عائلات|أسر|لاجئين|لاجئون|لاجئ|نازحين|نازحون|نازح|مدنيين|مدنيون|سوريين|سوريون)'

export interface ArabicTrigger {
  readonly rule: string
  readonly type: EventType
  readonly pattern: RegExp
  readonly withdrawal?: boolean
  /** An authority's own measure (closing a crossing): its announcement is the act, not a claim about it. */
  readonly measure?: boolean
}

export const ARABIC_TRIGGERS: readonly ArabicTrigger[] = [
  // "سيطرت الفصائل على البلدة" (took control of), "السيطرة على" (the takeover of), "استولى على" (seized)
  { rule: 'ar-control', type: 'territory_change', pattern: word('(?:سيطر|سيطرت|سيطروا|يسيطر|تسيطر|يسيطرون|السيطرة|(?<!تحت\\s)سيطرة|سيطرتها|سيطرته|سيطرتهم|بسط|بسطت|استولى|استولت|استولوا)(?=\\s+(?:\\S+\\s+){0,9}?على)') },
  // "حررت" (liberated), "دخلت" / "دخول" (entered / the entry), "اقتحمت" (stormed)
  { rule: 'ar-enter', type: 'territory_change', pattern: word('حرر|حررت|حرروا|دخل|دخلت|دخلوا|دخول|دخوله|دخولها|دخولهم|اقتحم|اقتحمت|اقتحموا|اقتحام|اقتحامها|اقتحامه') },
  // "احتلت إسرائيل الجولان" (occupied), "استعادتها قوات النظام" (the regime's forces retook it): verbs only, since
  // "الاحتلال" names the occupying forces and "استعادة الأمن" is restoring order
  { rule: 'ar-occupy', type: 'territory_change', pattern: word('احتل|احتلت|احتلوا|استعاد|استعادت|استعادوا|استعادتها|استعادته') },
  // "توغلت القوات في قرى" (pushed into villages): only the verb — "التوغل" (the incursion) is named to be condemned
  { rule: 'ar-incursion', type: 'territory_change', pattern: new RegExp(`${START}(?:${voweled('توغل|توغلت|توغلوا|تتوغل|يتوغل')})${END}`, 'gu') },
  // "انسحبت القوات" (withdrew), "انسحاب" (withdrawal): the one who leaves loses the place
  { rule: 'ar-withdraw', type: 'territory_change', withdrawal: true, pattern: word('انسحب|انسحبت|انسحبوا|انسحاب|انسحابه|انسحابها|انسحابهم') },
  // "أعادت انتشارها وتموضعها خارج المدينة" (redeployed outside the city): a withdrawal from the place
  { rule: 'ar-redeploy-out', type: 'territory_change', withdrawal: true, pattern: word('(?:أعاد|أعادت|إعادة)\\s+(?:\\S+\\s+)?(?:انتشار|انتشارها|انتشاره|انتشارهم|تموضع|تموضعها)(?=\\s+(?:\\S+\\s+){0,2}?خارج)') },
  // "أعادت انتشارها" / "إعادة انتشار" (redeployed), "أرسلت تعزيزات" (sent reinforcements)
  { rule: 'ar-deploy', type: 'deployment', pattern: word('(?:أعاد|أعادت|إعادة)\\s+(?:\\S+\\s+)?(?:انتشار|انتشارها|انتشاره|انتشارهم|تموضع|تموضعها)|(?:نشر|نشرت|أرسل|أرسلت|أرسلوا|دفع|دفعت)\\s+(?:\\S+\\s+){0,2}?ب?(?:قوات|تعزيزات|مقاتلين|جنود)|ب?تعزيزات'
    // "وصلت قوافل عسكرية روسية إلى القاعدة" (Russian military convoys arrived at the base), "بوصول طائرات شحن عسكرية"
    // (the arrival of military cargo planes): forces arriving
    + '|(?:وصل|وصلت|وصلوا|وصول)\\s+(?:\\S+\\s+)?(?:قوات|قوافل|قافلة|رتل|أرتال|أرتالا|طائرات\\s+شحن|طائرة\\s+شحن)') },
  // "تقدمت الفصائل نحو حمص", "تعتزم التوجه نحو دمشق" (advanced, to head toward): an advance, no change of hands
  { rule: 'ar-advance', type: 'other', pattern: word('(?:تقدم|تقدمت|تقدموا|تتقدم|يتقدم|يتقدمون|التقدم|اتجه|اتجهت|اتجهوا|تتجه|يتجه|التوجه|زحف|زحفت)(?=\\s+(?:\\S+\\s+){0,3}?(?:نحو|باتجاه|صوب)(?![\\p{L}]))') },
  // "اشتباكات" (clashes), "معارك" (battles), "هاجمت" (attacked)
  { rule: 'ar-clash', type: 'battle', pattern: word('اشتباكات|اشتباك|اشتبك|اشتبكت|معارك|معركة|مواجهات|هاجم|هاجمت|هاجموا') },
  // "أطلقت هجوماً" (launched an attack): only the indefinite noun — "الهجوم" (the offensive) points back at one
  // ("تصدت لهجوم", repelled an attack: after "repelled" the noun carries "ل")
  // "ثلاثين هجوماً جوياً ومدفعياً" (thirty air and artillery attacks): an attack from the air or by guns is a strike
  { rule: 'ar-air-attack', type: 'strike', pattern: word('(?:هجوم|هجوما|هجوماً|هجمات|هجمة)(?=\\s+(?:جوي|جويا|جوياً|جوية|مدفعي|مدفعيا|مدفعياً|مدفعية|صاروخي|صاروخيا|صاروخياً|صاروخية|بطائرة|بطائرات|بمسيرة|بمسيرات|بالمسيرات|بالطائرات)(?![\\p{L}]))') },
  { rule: 'ar-offensive', type: 'battle', pattern: new RegExp(`${START}(?:(?<=(?:تصدت|تصدى|تصدوا|يتصدى|تتصدى)\\s+(?:\\S+\\s+){0,4})ل)?(?:${voweled('هجوم|هجوما|هجوماً|هجمات|هجمة')})${END}`, 'gu') },
  // "دمرت" (destroyed), "أخرجته عن الخدمة" (put it out of service), "تدمير" (destruction)
  // "جرفت أراضي زراعية" (bulldozed farmland); destroying tanks or vehicles is part of a battle, not damage to infrastructure
  { rule: 'ar-damage', type: 'infrastructure_damage', pattern: word('(?:دمر|دمرت|دمروا|تدمير|جرف|جرفت|جرفوا|تجريف)(?!\\s+(?:\\S+\\s+){0,3}?(?:آليات|آلية|آليتين|دبابات|دبابة|دبابتين|عربات|عربة|عربتين|مدرعات|مدرعة|مدرعتين|سيارات|سيارة|سيارتين)\\S*)|أخرج\\S*\\s+عن\\s+الخدمة|خرج\\s+عن\\s+الخدمة|خروج\\S*\\s+(?:\\S+\\s+){0,2}?عن\\s+الخدمة') },
  // "غارات" (air raids), "قصف" (shelling)
  { rule: 'ar-strike', type: 'strike', pattern: word('غارة|غارات|قصف|قصفت|قصفوا|ضربات\\s+جوية|ضربة\\s+جوية|استهدف|استهدفت|استهدفوا|استهداف') },
  // "نزوح" (displacement), "فرّ" (fled)
  // ("نزحت العائلات", the families fled: feminine and plural forms too; "لجأ", took refuge)
  { rule: 'ar-flee', type: 'displacement', pattern: word('نزوح|نزح|نزحت|نزحوا|ينزح|تنزح|ينزحون|فر|فرت|فروا|يفر|تفر|يفرون|فرار|هرب|هربت|هربوا|يهرب|تهرب|يهربون|تهجير|لجأ|لجأت|لجأوا|لجؤوا') },
  // "وصلت عشرات العائلات إلى …", "السوريون عبروا إلى لبنان" (families arrived, Syrians crossed): people on the move,
  // only with a word for families, refugees, the displaced or civilians beside the verb. "عبر آلاف السوريين" (thousands of
  // Syrians crossed): the singular verb before its subject, which is also "via" and, followed by "عن", "expressed".
  // ("عاد 25 ألف لاجئ", "لاجئ سوري عادوا من لبنان": refugees who returned, a movement of population like a flight)
  { rule: 'ar-arrive', type: 'displacement', pattern: word(`(?<=(?:${DISPLACED})\\s+(?:\\S+\\s+){0,2})(?:وصل|وصلت|وصلوا|عبروا|يعبرون|عاد|عادت|عادوا|يعودون)(?!\\s+عن)|(?:وصل|وصلت|وصلوا|عبروا|يعبرون|عاد|عادت|عادوا|يعودون)(?=\\s+(?:\\S+\\s+){0,2}?(?:${DISPLACED})(?![\\p{L}]))`
    + `|عبر(?=\\s+(?:\\S+\\s+){0,2}?(?:${DISPLACED})(?![\\p{L}]))(?!(?:\\s+\\S+){1,4}\\s+عن(?![\\p{L}]))`) },
  // "قتلى" (dead), "مقتل" (the killing of), "أصيب" (was wounded)
  // "قضى على أكثر من مئتي مسلح" (eliminated more than two hundred gunmen): a toll, when people are what was eliminated
  { rule: 'ar-eliminated', type: 'casualties', pattern: word(`(?:قضى|قضت|قضوا|القضاء)\\s+على(?=\\s+(?:\\S+\\s+){0,3}?(?:${FIGHTERS}))`) },
  { rule: 'ar-killed', type: 'casualties', pattern: word('قتل|قتلت|قتلى|مقتل|قتلوا|قتيل|قتيلا|قتيلاً|لقي|لقوا|أصيب|أصيبوا|أصيبت|إصابة|إصابات|جرحى|جريح|مصابين|مصرع'
    // "انتشلت الفرق جثث 27 مدنياً" (teams recovered the bodies of 27 civilians)
    + '|جثث|جثة|جثامين') },
  // "احتجاجات" / "مظاهرات" (protests); the verbs "تظاهر الآلاف" (thousands demonstrated), "احتج السكان" — not "تظاهر بـ"
  // (pretended to)
  // ("خرجوا بمظاهرة حاشدة", came out in a mass demonstration: the noun with "ب")
  { rule: 'ar-protest', type: 'protest', pattern: word('احتجاج|احتجاجات|احتجاجية|تظاهرة|تظاهرات|مظاهرة|مظاهرات|بمظاهرة|بمظاهرات|بتظاهرة|بتظاهرات|(?:تظاهر|تظاهرت|تظاهروا|يتظاهرون|احتج|احتجت|احتجوا|يحتجون)(?!\\s+ب)'
    // "تجمع الآلاف في الساحة" is a crowd gathering: only the verbs of people gathering, since the noun "تجمعات" is also
    // a target of strikes and part of names
    // — and only with a crowd next to it ("احتشد الآلاف", "آلاف السوريين تجمعوا"): troops mass too ("احتشدت القوات")
    + `|(?:تجمع|تجمعوا|تجمهر|تجمهروا|احتشد|احتشدت|احتشدوا|يحتشدون)(?=\\s+(?:\\S+\\s+)?${CROWD})`
    + `|(?<=${CROWD}\\s+(?:\\S+\\s+)?)(?:تجمعوا|تجمهروا|احتشدوا|يحتشدون)`) },
  // "أغلقت السلطات معبر القائم" (closed the crossing), the border, the airport or the airspace, as "closed the border"
  // and "فتح معبر" (opened a crossing), which is the same kind of measure
  { rule: 'ar-closure', type: 'other', measure: true, pattern: word('(?:أغلق|أغلقت|أغلقوا|يغلق|تغلق|إغلاق|(?:فتح|فتحت|يفتح|تفتح)(?!(?:\\s+\\S+)?\\s+النار))(?=\\s+(?:\\S+\\s+){0,3}?(?:معبر|المعبر|معابر|المعابر|منفذ|المنفذ|الحدود|حدود|حدودها|حدوده|مطار|المطار|المجال\\s+الجوي|مجالها\\s+الجوي))') },
  // "نفت" (denied)
  { rule: 'ar-deny', type: 'denial', pattern: word('نفى|نفت|ينفي|تنفي') },
  // "دانت" / "أدانت" / "نددت" (condemned), "رحبت" (welcomed): a statement whatever follows
  // and "هددت أنقرة بشن عملية" (threatened to launch an operation): a threat is a statement, its content not yet an event
  { rule: 'ar-condemn', type: 'statement', pattern: word('دان|دانت|أدان|أدانت|ندد|نددت|استنكر|استنكرت|رحب|رحبت|هدد|هددت|توعد|توعدت') },
  // "دعت" (called on), "حث" (urged)
  // and "طالبت" / "نطالب" (demanded, we demand); "طالب" only before its subject ("طالب الأهالي", "طالب أهالي البلدة"),
  // since it is also the noun "student" ("طالب جامعي")
  { rule: 'ar-call', type: 'call_to_action', pattern: word('دعا|دعت|حث|حثت|ناشد|ناشدت|طالبت|طالبوا|تطالب|يطالب|يطالبون|نطالب|طالب(?=\\s+(?:ال\\S+|أهالي|سكان)\\s)') },
]

// "قال" / "أعلنت" / "أكد" (said, announced, confirmed): a speaker whose subject follows the verb.
const SPEECH = word('قال|قالت|أعلن|أعلنت|أكد|أكدت|ذكر|ذكرت|زعم|زعمت|ادعى|ادعت|أفاد|أفادت|صرح|صرحت|أوضح|أوضحت|أضاف|أضافت|أشار|أشارت')
// "إذا" / "لو" / "في حال" (if), "سوف" / "تعتزم" / "تخطط" (will, intends, plans), "من المتوقع" (expected)
const CONDITION = cue('إذا|لو|في\\s+حال')
const PLAN = cue('سوف|تعتزم|يعتزم|تخطط|يخطط|تنوي|ينوي')
const PROJECTION = cue('من\\s+المتوقع|يتوقع|ربما|من\\s+المحتمل')
// "لوقف استهداف المدنيين" (to stop the targeting of civilians), "منع دخول": an event to be stopped or prevented
const STOPPED = new RegExp(`${START}(?:وقف|لوقف|بوقف|إيقاف|لإيقاف|منع|لمنع|بمنع)\\s+$`, 'u')
const NEGATION = new RegExp(`${START}(?:لم|لا|لن)\\s+(?:\\S+\\s+)?$`, 'u')
const DENIED_CONTENT = new RegExp(`${START}(?:نفى|نفت|ينفي|تنفي|نفوا)\\s+(?:\\S+\\s+){0,5}?(?:أن|بأن|أنه|أنها)\\s+(?:\\S+\\s+){0,4}$`, 'u')
// The object of a denial: "نفت قسد انسحابها" (the SDF denied its withdrawal), "نفى الجيش ما تداولته صفحات عن انسحاب
// قواته" (denied what pages circulated about a withdrawal): the subject's few words, or reports "about", then the event.
const DENY = '(?:نفى|نفت|ينفي|تنفي|نفوا)'
// "لم يؤكد المصدر الأنباء التي تحدثت عن دخول …" (the source did not confirm reports of an entry): reports not confirmed
const UNCONFIRMED = '(?:لم|لا)\\s+(?:يؤكد|تؤكد|يؤكدوا|يؤكدا|تؤكدا)'
const DENIED_OBJECT = new RegExp(`${START}${DENY}\\s+(?:(?!(?:أن|إن|بأن|قال|وقال|قالت|وقالت)\\s)[^\\s،,.؛:]+\\s+){0,4}$`
  + `|${START}(?:${DENY}|${UNCONFIRMED})\\s+(?:[^\\s،,.؛:]+\\s+){0,3}?(?:ما|أنباء|الأنباء|تقارير|التقارير|شائعات|الشائعات|مزاعم|المزاعم|ادعاءات|الادعاءات)\\s+(?:[^\\s،,.؛:]+\\s+){0,8}?عن\\s+$`, 'u')
// "خشية وصول المعارك" (for fear the fighting would reach it): what is feared has not happened
// ("خشية اتساع رقعة المعارك", for fear the fighting would widen: up to two words before the feared noun)
const FEARED = new RegExp(`${START}(?:خشية|خوفا\\s+من|خوفاً\\s+من|تحسبا\\s+ل\\S*|تحسباً\\s+ل\\S*)\\s+(?:\\S+\\s+){0,2}$`, 'u')
const YEAR = /(?<![\d٠-٩])((?:19|20|١٩|٢٠)[\d٠-٩]{2})(?![\d٠-٩])/gu
// How far from the report a date may lie and still be news rather than history (as for English events).
const RECENT_DAYS = 45
// A comma or a relative pronoun between the trigger and a year: "درعا، مهد الاحتجاجات التي اندلعت عام 2011" dates
// the protests, not the capture.
const CLAUSE_BREAK = /[،,؛;]|(?<![\p{L}])(?:التي|الذي|الذين|اللذين|اللتين)(?![\p{L}])/u
// "ذاكرة عام 1982، حين اقتحمت القوات المدينة" (the memory of 1982, when forces stormed the city): "when" after the
// comma says the year is the clause's time.
const WHEN_CLAUSE = /[،,]\s*(?:حين|حينما|عندما|يوم|يومها)(?![\p{L}])/u
// "للمرة الأولى منذ عام 2016" (for the first time since 2016), "أول هجوم من نوعه منذ 2016": the first since a year is
// news; a toll "منذ عام 2011" (since 2011) sums up years and stays history.
const SINCE_YEAR = /(?<![\p{L}])(?:للمرة\s+الأولى|لأول\s+مرة|أول|الأول|الأولى)(?![\p{L}])(?:\s+\S+){0,5}?\s+منذ\s+(?:عام\s+|العام\s+|سنة\s+)?$/u
// "الفصائل المدعومة من تركيا" (the factions backed by Turkey), "الموالية لإيران" (loyal to Iran): the backer named after
// these words qualifies a party and neither acts nor is the place of the event.
export const BACKED_BY = /(?:المدعوم|المدعومة|المدعومين|المدعومون|الموالي|الموالية|الموالين|الموالون|التابع|التابعة|التابعين)\s+(?:من\s+)?ل?$/u
const ARMED: ReadonlySet<EventType> = new Set(['territory_change', 'battle', 'strike', 'deployment', 'military_aid', 'infrastructure_damage'])


export interface ArabicHit { readonly trigger: ArabicTrigger; readonly start: number; readonly end: number }

/** Trigger hits in one sentence, outside actor names ("هيئة تحرير الشام" holds "تحرير"), one per place in text. */
export function findArabicTriggers(s: SentenceView): ArabicHit[] {
  const hits: ArabicHit[] = []
  for (const trigger of ARABIC_TRIGGERS) {
    for (const m of s.text.matchAll(trigger.pattern)) {
      const start = m.index ?? 0
      const end = start + m[0].length
      if (s.actors.some((a) => !a.coreferent && start < a.end && a.start < end)) continue
      // "معركة «ردع العدوان»" (the battle called …): the operation's name, not a report of fighting
      if (trigger.type === 'battle' && /^\s*["«“]/u.test(s.text.slice(end, end + 3))) continue
      // "اتفاق فض الاشتباك" (the disengagement agreement): ending the fighting, not fighting
      if (trigger.type === 'battle' && /(?<![\p{L}])(?:فض|فك)\s+$/u.test(s.text.slice(Math.max(0, start - 6), start))) continue
      const article = m.groups?.['article'] ?? ''
      if (article && article !== 'ب' && (article !== 'ال' || POINTS_BACK.test(s.text.slice(0, start)) || RESULTED.test(s.text.slice(end, end + 16))
        || RESULTED_BEFORE.test(s.text.slice(0, start)))) continue
      if (trigger.type !== 'statement' && REACTED_TO.test(s.text.slice(0, start))) continue
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
  readonly attribution: string | null
  /** The year a background event is dated by ("اندلعت عام 2011"), or null. */
  readonly year: number | null
}

/** Who vouches for a stretch of the sentence: the phrase as written, its lexicon actor if any, where its cue is. */
export interface ArabicSource {
  readonly cueStart: number
  readonly cueEnd: number
  /** The source phrase ("مصادر محلية", "المرصد السوري لحقوق الإنسان"), relative to the sentence. */
  readonly start: number
  readonly end: number
  readonly actor: ActorRef | null
  /** A speech verb ("قال X إن …") rather than "according to": its content may be a statement of its own. */
  readonly speech: boolean
}

// "بحسب X", "حسب X", "وفق X", "وفقاً لـX", "نقلاً عن X", "وفق ما أفاد به X", "بحسب ما ذكرت X" (according to X)
// "نقلت وكالة الأناضول عن مصادر عسكرية تركية أن …" (the agency quoted Turkish military sources that …): the one quoted.
// Only "و" may join it: "فحسب" is "only", not "so according to".
const ACCORDING = new RegExp(`(?<![\\p{L}\\p{N}])و?(?:بحسب|حسب|وفق|وفقا|وفقاً|طبقا|طبقاً|نقلا\\s+عن|نقلاً\\s+عن|(?:نقلت|نقل|أوردت|أورد)\\s+(?:[^\\s،,.]+\\s+){1,4}?عن)(?:\\s+ما\\s+(?:أفاد|أفادت|ذكر|ذكرت|أعلن|أعلنت|قال|قالت|أكد|أكدت|أورد|أوردت|نقل|نقلت)(?:\\s+(?:به|ه))?)?\\s+(?:لـ?\\s*)?`, 'gu')
// Where a source phrase ends: punctuation, "إن" / "أن" (that), a day, or a preposition that starts an adjunct.
// ("إنهم", "أنها", "إننا": "that" with the pronoun of its subject joined.)
const PHRASE_END = /[،,.؛:!؟]|(?<![\p{L}])(?:(?:إن|أن|بأن|ان)(?:ه|ها|هم|هما|نا)?|يوم|اليوم|أمس|مساء|صباح|في|على|عن|إلى|خلال|بعد|قبل|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)(?![\p{L}])/u

// "مصادر عسكرية تركية" (Turkish military sources): a side's military speaks for that side, as "military sources" do in
// English; "مصادر أمنية" (security sources) stay a neutral source.
const MILITARY_SOURCE = /(?:^|\s)(?:مصادر|مصدر)\s+(?:عسكرية|عسكري|عسكريين|عسكريون)(?![\p{L}])/u

/**
 * The source phrase starting at `from`: up to six words, ended by PHRASE_END or by the event the source announces
 * ("أعلنت المديرية العامة للأمن العام إغلاق المعابر": the directorate, not its measure); null when empty.
 */
function phraseAt(s: SentenceView, from: number, triggers: readonly number[] = []): { start: number; end: number } | null {
  const next = triggers.find((t) => t > from)
  const rest = s.text.slice(from, next)
  const stop = rest.search(PHRASE_END)
  const words = (stop < 0 ? rest : rest.slice(0, stop)).trim().split(/\s+/).filter(Boolean).slice(0, 6)
  if (words.length === 0) return null
  const start = from + rest.indexOf(words[0] as string)
  const last = words[words.length - 1] as string
  const end = s.text.indexOf(last, start + words.slice(0, -1).join(' ').length) + last.length
  return { start, end }
}

/**
 * "ونفت القيادة العامة …" after "القيادة العامة للجيش والقوات المسلحة": the subject right after a speech verb, named
 * by the first words of an actor named earlier; the longest such start of up to three words.
 */
function shortSubject(s: SentenceView, from: number, earlier: readonly EarlierActor[]): ActorRef | null {
  const words = [...s.text.slice(from).matchAll(/\S+/gu)].slice(0, 3)
  for (let n = words.length; n >= 1; n--) {
    const last = words[n - 1] as RegExpMatchArray
    const start = from + ((words[0] as RegExpMatchArray).index ?? 0)
    const end = from + (last.index ?? 0) + last[0].length
    if (/[،,.؛:]/u.test(s.text.slice(start, end))) continue
    const found = phraseActor(s, start, end, earlier)
    if (found) return found
  }
  return null
}

// "المقاتلون" / "المسلحون" (the fighters, the gunmen) as the whole of a source phrase: a reference back, not a new source.
const FIGHTERS_SOURCE = /^(?:المقاتلون|المقاتلين|المسلحون|المسلحين)$/u

/** An actor named in an earlier sentence, with its words as written there ("المرصد السوري لحقوق الإنسان"). */
export interface EarlierActor {
  readonly surface: string
  readonly ref: ActorRef
  /** A source phrase of an earlier sentence ("المركز الإعلامي لقسد"), not an actor's own name. */
  readonly source?: boolean
}

/**
 * The lexicon actor a source phrase names: a person inside it (the speaker, not the body they speak for), else
 * the first actor inside it, else one named earlier whose name the phrase begins ("المرصد" after "المرصد السوري …").
 */
function phraseActor(s: SentenceView, start: number, end: number, earlier: readonly EarlierActor[]): ActorRef | null {
  const inside = s.actors.filter((a) => !a.coreferent && a.start >= start && a.start < end)
  const found = inside.find((a) => a.kind === 'person') ?? inside[0]
  if (found) return found
  const phrase = s.text.slice(start, end).replace(/^[وفبل](?=ال)/u, '')
  // "وأشار البيان" (the statement said): the latest source that issued one.
  // "وقال المقاتلون إنهم …" (the fighters said they …): the armed group told of before.
  const back = phrase === 'البيان' ? [...earlier].reverse().find((a) => a.source)
    : FIGHTERS_SOURCE.test(phrase) ? [...earlier].reverse().find((a) => a.ref.kind === 'armed_group' && !a.ref.media)
    : [...earlier].reverse().find((a) => a.surface.replace(/^[وفبل](?=ال)/u, '').startsWith(`${phrase} `))
  return back ? { ...back.ref, start, end, coreferent: true } : null
}

/**
 * The sources of a sentence: a speech verb with the speaker after it ("قال المرصد … إن"), or the subject before it
 * for a party ("وكانت فصائل المعارضة … قد أعلنت"), and "according to" phrases wherever they stand.
 * `earlier` are the actors named before this sentence (with their text), for a short back-reference.
 */
export function arabicSources(s: SentenceView, earlier: readonly EarlierActor[] = [], hits: readonly ArabicHit[] = findArabicTriggers(s)): ArabicSource[] {
  const out: ArabicSource[] = []
  const triggers = hits.map((h) => h.start)
  for (const m of s.text.matchAll(ACCORDING)) {
    const cueStart = m.index ?? 0
    const cueEnd = cueStart + m[0].length
    const p = phraseAt(s, cueEnd, triggers)
    if (p) out.push({ cueStart, cueEnd, ...p, actor: phraseActor(s, p.start, p.end, earlier), speech: false })
  }
  for (const m of s.text.matchAll(SPEECH)) {
    const cueStart = m.index ?? 0
    const cueEnd = cueStart + m[0].length
    if (out.some((o) => cueStart >= o.cueStart && cueStart < o.cueEnd)) continue
    const p = phraseAt(s, cueEnd, triggers)
    // "قال القائد العسكري في إدارة العمليات العسكرية حسن عبد الغني إن": the phrase ends at "في"; the speaker is
    // the person (else the body) named before the content clause.
    const inPhrase = p ? phraseActor(s, p.start, p.end, earlier) : null
    const content = s.text.slice(cueEnd).search(/(?<![\p{L}])(?:إن|أن|بأن)(?:ه|ها|هم|هما|نا)?(?![\p{L}])/u)
    const named = content < 0 ? [] : s.actors.filter((a) => !a.coreferent && a.start >= cueEnd && a.start < Math.min(cueEnd + 80, cueEnd + content))
    const speaker = named.find((a) => a.kind === 'person') ?? named[0]
    if (p && !inPhrase && speaker && speaker.start >= p.end) out.push({ cueStart, cueEnd, start: p.start, end: speaker.end, actor: speaker, speech: true })
    // "أعلنت إدارة العمليات العسكرية بدء المرحلة الثانية": a phrase that opens with an actor's name is that name; what
    // follows is what was said.
    else if (p && inPhrase && !inPhrase.coreferent && inPhrase.start === p.start) out.push({ cueStart, cueEnd, start: p.start, end: inPhrase.end, actor: inPhrase, speech: true })
    else if (p) out.push({ cueStart, cueEnd, ...p, actor: inPhrase, speech: true })
    else {
      const subject = s.actors.find((a) => !a.media && a.party && a.end <= cueStart)
      if (subject) out.push({ cueStart, cueEnd, start: subject.start, end: subject.end, actor: subject, speech: true })
    }
  }
  return out.sort((a, b) => a.cueStart - b.cueStart)
}

/** The source of an event at `at`: the last speech verb before it, else an "according to" phrase anywhere. */
function sourceOf(s: SentenceView, sources: readonly ArabicSource[], at: number): ArabicSource | null {
  // "قالت مصادر إن الجيش انسحب، في حين نفت الوزارة": "whereas" starts what the source did not say.
  return [...sources].reverse().find((x) => x.speech && x.cueEnd <= at && !CONTRAST.test(s.text.slice(x.cueEnd, at)))
    ?? sources.find((x) => !x.speech) ?? null
}
const CONTRAST = /(?<![\p{L}])(?:في\s+حين|بينما|غير\s+أن|إلا\s+أن|لكن|ولكن)(?![\p{L}])/u

/** The attribution as the contract prints it: the lexicon name of the source's actor, else the phrase as written. */
export function attributionOf(s: SentenceView, src: ArabicSource): string {
  return src.actor ? src.actor.name : s.text.slice(src.start, src.end).replace(/^ل(?=\p{L}{3})/u, '')
}

/**
 * "مواقع لقسد" (positions of the SDF), "مقر للجيش": a party joined to "ل" right after a noun owns it; it is not the agent
 * of what happens to it (though "تعزيزات للجيش", the army's reinforcements, are the army's own deployment).
 */
function possessed(s: SentenceView, a: ActorRef): boolean {
  const joined = s.text[a.start - 1] === 'ل' && !/\p{L}/u.test(s.text[a.start - 2] ?? ' ') ? a.start - 1 : s.text.startsWith('لل', a.start) ? a.start : -1
  return joined > 0 && /\p{L}\s+$/u.test(s.text.slice(Math.max(0, joined - 16), joined))
}

// What stands between an attack noun and the side that launched it: "هجوماً جديداً شنه", "لهجوم واسع شنته" (an attack it
// launched / carried out).
const LAUNCHED_BY = /^\s*(?:\S+\s+){0,3}?(?:شنه|شنته|شنها|شنتها|شنوه|نفذه|نفذته|نفذها|نفذتها)\s+$/u
// A verb of repelling right before the attack noun: "صدت" (repelled), "تصدت ل" (stood up to), "أحبطت" (foiled).
const REPELLED_BEFORE = /(?:^|\s)(?:صد|صدت|صدوا|تصدت|تصدى|تصدوا|يتصدى|تتصدى|أحبط|أحبطت|أحبطوا)\s+(?:\S+\s+){0,4}ل?$/u

// A verb of death or wounding (not the verbal noun "مقتل", the killing of): "قتل", "قتلوا", "أصيبوا", "لقوا".
const DEATH_VERB = /^(?:قتل|قتلت|قتلوا|أصيب|أصيبوا|أصيبت|لقي|لقوا)$/u
const DEATH_NOUN = /^(?:مقتل|مصرع|إصابة)$/u
// A count between such a verb (or noun) and the side it counts: "قتل خمسة", "أصيب عشرات من".
const COUNT_BEFORE = /^\s*(?:[\d٠-٩]+|عشرات|مئات|مئة|آلاف|عدد|اثنان|اثنين|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة|عشرة|\S+\s+عشر)\s+(?:من\s+)?(?:(?:عناصر|مقاتلين|مقاتلي|جنود|أفراد|مسلحين|مسلحي)\s+(?:من\s+)?)?$/u
// A verb of death, then its victims, then "in", "during", "as a result of" right before the act: "قتلوا في", "قتل … خلال".
const TOLL_BEFORE = /(?:^|\s)(?:قتل|قتلت|قتلوا|أصيب|أصيبوا|أصيبت|لقي|لقوا)\s+(?:\S+\s+){0,8}?(?:في|خلال|جراء|إثر|بسبب)\s+$/u
// Soldiers as the subject right before a verb of death, no side named: "عشرات الجنود قتلوا" — a state's speaker's own.
const SOLDIERS_BEFORE = /(?:^|\s)(?:ال)?(?:جنود|عسكريين|العسكريين)\s+$/u

/** Type, modality (null: not an event), roles and the speaker of one hit. */
export function arabicEvent(s: SentenceView, h: ArabicHit, published: string | null, sources: readonly ArabicSource[] = arabicSources(s),
  earlierActors: readonly EarlierActor[] = []): ArabicEventParts {
  const before = s.text.slice(0, h.start)
  const pubYear = published ? Number(published.slice(0, 4)) : 2024
  // "دخلت الفصائل دمشق في 8 كانون الأول 2024" in a January report: a year that writes out a recent date is no history.
  const recentDates = s.dates.filter((d) => d.ann.value !== null && published !== null && Math.abs(daysBetween(d.ann.value, published)) <= RECENT_DAYS)
  const years = [...s.text.matchAll(YEAR)].filter((y) => {
    const at = y.index ?? 0
    if (recentDates.some((d) => d.start <= at && at < d.end)) return false
    // The trigger's own relative clause dates it: "الاحتجاجات التي اندلعت عام 2011" (the protests that broke out in 2011).
    if (at >= h.end && SINCE_YEAR.test(s.text.slice(Math.max(0, at - 60), at))) return false
    const between = at < h.start ? s.text.slice(at, h.start).replace(WHEN_CLAUSE, ' ') : s.text.slice(h.end, at).replace(/^\s*(?:التي|الذي|الذين)\s/u, ' ')
    return !CLAUSE_BREAK.test(between)
  }).map((y) => Number(westernDigits(y[1] as string)))
  const source = sourceOf(s, sources, h.start)
  const speakerActor = source?.actor && !source.actor.media ? source.actor : null
  const attribution = source ? attributionOf(s, source) : null
  let modality: Modality | null = 'asserted'
  if (NEGATION.test(before) || FEARED.test(before) || STOPPED.test(before)) modality = null
  // "نفت الوزارة أن تكون قواتها قد استهدفت مدنيين" (denied that its forces targeted civilians): what a denial denies
  // What a denial denies is no event, as in English: the denial is the event ("denied reports of a withdrawal").
  else if ((DENIED_CONTENT.test(before) || DENIED_OBJECT.test(before)) && h.trigger.type !== 'denial') modality = null
  else if (years.some((y) => y < pubYear)) modality = 'background'
  else if (CONDITION.test(before)) modality = 'hypothetical'
  else if (PROJECTION.test(before)) modality = 'projected'
  else if (PLAN.test(before)) modality = 'planned'
  else if (speakerActor?.party || (source !== null && MILITARY_SOURCE.test(s.text.slice(source.start, source.end)))) modality = 'claimed'
  if (h.trigger.type === 'denial' || h.trigger.type === 'call_to_action' || h.trigger.type === 'statement') modality = modality === null ? null : 'asserted'
  const year = modality === 'background' ? years.find((y) => y < pubYear) ?? null : null

  // The agent: right after a verb or a verbal noun ("انسحاب القوات الحكومية"); else the last party named before the
  // trigger; else a party speaking of itself ("أعلن الجيش … أن وحداته أعادت انتشارها"). Only parties fight or move.
  const armed = ARMED.has(h.trigger.type)
  // "انطلاق الاحتجاجات" after "انسحاب قوات النظام": a state's forces do not protest.
  const parties = s.actors.filter((a) => !a.media && (a.party || (!armed && a.kind === 'civilians')) && a.actorId !== speakerActor?.actorId
    && !BACKED_BY.test(s.text.slice(Math.max(0, a.start - 24), a.start))
    && (h.trigger.type === 'deployment' || h.trigger.type === 'military_aid' || !possessed(s, a))
    && !(h.trigger.type === 'protest' && (a.kind === 'state_force' || a.kind === 'state')))
  const after = parties.find((a) => a.start >= h.end && /^\s*(?:\S+\s+)?$/u.test(s.text.slice(h.end, a.start))
    && !/(?:^|\s)(?:مع|ضد|على|من|إلى|بعد|قبل|في)\s+$/u.test(s.text.slice(h.end, a.start)))
  // (not across "في حين" / "بينما": "انسحاب قوات النظام منها، في حين استمرت الاشتباكات" names no side of the clashes)
  const clauseStart = Math.max(0, ...[...s.text.slice(0, h.start).matchAll(new RegExp(CONTRAST.source, 'gu'))].map((m) => m.index ?? 0))
  const earlier = [...parties].reverse().find((a) => a.end <= h.start && a.start >= clauseStart)
  const speaks = h.trigger.type === 'denial' || h.trigger.type === 'call_to_action' || h.trigger.type === 'statement'
  // "صدت قسد هجوماً جديداً شنه مرتزقة الاحتلال التركي" (the SDF repelled a new attack launched by the Turkish-backed
  // factions): the side that launched the attack made it; the one that repelled it, named before, was its target.
  const launcher = h.trigger.type === 'battle' ? parties.find((a) => a.start >= h.end && a.start < h.end + 60 && LAUNCHED_BY.test(s.text.slice(h.end, a.start))) : undefined
  const repelled = launcher !== undefined && REPELLED_BEFORE.test(before)
  // "عشرات الجنود قتلوا" (dozens of soldiers were killed), "قتل خمسة جنود" (five soldiers were killed): a side named as
  // the subject right before a verb of death, or counted right after it, is the dead, never the killer.
  const triggerText = s.text.slice(h.start, h.end)
  // ("أسفرت عن مقتل 12 من عناصر الفصائل", led to the killing of 12 of the factions' members: the noun too, with the
  // side counted after it only — a side before the noun is who tells of it.)
  const countedDead = () => parties.find((a) => a.start >= h.end && COUNT_BEFORE.test(s.text.slice(h.end, a.start)))
  const dead = h.trigger.type === 'casualties' && DEATH_VERB.test(triggerText)
    ? (earlier && /^\s*$/u.test(s.text.slice(earlier.end, h.start)) ? earlier : countedDead())
    : h.trigger.type === 'casualties' && DEATH_NOUN.test(triggerText) ? countedDead() : undefined
  // ("أعلن الجيش أن عشرات الجنود قتلوا", the army announced that dozens of soldiers were killed: its own soldiers)
  const ownDead = !dead && h.trigger.type === 'casualties' && DEATH_VERB.test(triggerText) && SOLDIERS_BEFORE.test(before)
    && (speakerActor?.kind === 'state' || speakerActor?.kind === 'state_force') ? speakerActor : undefined
  const victim = dead ?? ownDead
  if (victim) {
    const actors = [{ actorId: victim.actorId, role: 'target' as const }]
    return { type: h.trigger.type, modality, actors, attribution, year }
  }
  // "قتل خمسة عناصر من قسد في قصف على منبج" (five SDF members were killed in shelling on Manbij): the dead named before
  // the act that killed them were its target, never its doer.
  if ((h.trigger.type === 'strike' || h.trigger.type === 'battle') && TOLL_BEFORE.test(before)) {
    const actors: { actorId: ActorId; role: ActorRole }[] = after ? [{ actorId: after.actorId, role: 'initiator' }] : []
    if (earlier && earlier.actorId !== after?.actorId) actors.push({ actorId: earlier.actorId, role: 'target' })
    return { type: h.trigger.type, modality, actors, attribution, year }
  }
  const agent = launcher ?? after ?? earlier ?? (speakerActor?.party || speaks ? speakerActor : null)
    ?? (speaks ? shortSubject(s, h.end, earlierActors) : null)
  // "اشتباكات مع الفصائل" (clashes with), "هجوم على" (attack on), "ضد" (against): the other side.
  const other = (repelled ? earlier ?? (speakerActor?.party ? speakerActor : undefined) : undefined)
    ?? parties.find((a) => a.start >= h.end && a.start < h.end + 60 && a !== agent && /(?:^|\s)(?:مع|ضد|على)\s+(?:\S+\s+)?$/u.test(s.text.slice(h.end, a.start)))
  const actors: { actorId: ActorId; role: ActorRole }[] = []
  // "اشتباكات بين الجيش والفصائل" (clashes between the army and the factions): the two sides, in order.
  const between = s.text.slice(h.end, h.end + 30).match(/^\s*(?:\S+\s+)?بين\s/u)
  if (between) {
    const pair = parties.filter((a) => a.start >= h.end + (between.index ?? 0) && a.start < h.end + 120).slice(0, 2)
    if (pair.length === 2 && pair[0]!.actorId !== pair[1]!.actorId) {
      return { type: h.trigger.type, modality, actors: [{ actorId: pair[0]!.actorId, role: 'initiator' }, { actorId: pair[1]!.actorId, role: 'target' }], attribution, year }
    }
  }
  // "فرار بشار الأسد" (Assad's flight): one person leaving is no displacement of people.
  if (h.trigger.type === 'displacement' && s.actors.some((a) => a.kind === 'person' && a.start >= h.end && /^\s*$/u.test(s.text.slice(h.end, a.start)))) {
    return { type: h.trigger.type, modality: null, actors, attribution, year }
  }
  // "أعلنت السلطات إغلاق المعبر" (the authorities announced they closed the crossing): the act is the announcement.
  if (modality === 'claimed' && h.trigger.measure && agent === speakerActor) modality = 'asserted'
  // ("نزح آلاف المدنيين", "فر جنود سوريون إلى العراق": those who fled are the displacement's target, as in English.)
  if (agent) actors.push({ actorId: agent.actorId, role: h.trigger.withdrawal || (h.trigger.type === 'displacement' && agent === (after ?? earlier)) ? 'target' : 'initiator' })
  if (other && other.actorId !== agent?.actorId) actors.push({ actorId: other.actorId, role: 'target' })
  return { type: h.trigger.type, modality, actors, attribution, year }
}

// What a statement's content may not be: a noun phrase that says nothing ("قال ذلك", "أعلن النبأ").
const CONTENT_WORDS = 3

/**
 * A statement: a speaker that is no monitor or outlet ("قال وزير الخارجية … إن …", "أعلنت الفصائل في بيان سقوط
 * النظام") whose words report no event of their own. The reporter asserts it was made; null when there is none.
 */
export function arabicStatement(s: SentenceView, sources: readonly ArabicSource[], hasEvent: boolean, monitor: (a: ActorRef) => boolean): { source: ArabicSource; modality: Modality } | null {
  if (hasEvent) return null
  const src = sources.find((x) => x.speech && !(x.actor && (x.actor.media || monitor(x.actor))))
  if (!src || NEGATION.test(s.text.slice(0, src.cueStart))) return null
  const content = s.text.slice(src.end).trim().split(/\s+/).filter((w) => /\p{L}/u.test(w))
  if (content.length < CONTENT_WORDS) return null
  return { source: src, modality: PLAN.test(s.text.slice(src.end)) ? 'planned' : 'asserted' }
}

/**
 * Where the places a trigger governs end: at "، في حين" / "، بينما" / "، فيما" (whereas, while), which start another
 * clause; and at the trigger itself for a withdrawal "from it" ("بعد انسحاب قوات النظام منه"), whose place is the one
 * named before it.
 */
export function arabicScopeEnd(s: SentenceView, h: ArabicHit): number {
  const rest = s.text.slice(h.end)
  if (h.trigger.withdrawal && /^(?:\s+[^\s،,.]+){0,5}?\s+(?:منه|منها|منهم)(?![\p{L}])/u.test(rest)) return h.end
  const contrast = rest.search(/[،,]\s*[وف]?(?:في\s+حين|بينما|فيما)(?![\p{L}])/u)
  return contrast < 0 ? s.text.length : h.end + contrast
}

/**
 * The sentence without the countries that speak right after a speech verb at `end` ("أدانت السعودية وقطر التوغل": Saudi
 * Arabia and Qatar condemned the incursion): a speaker is not where its words place anything.
 */
export function withoutSpeakingCountries(s: SentenceView, end: number): SentenceView {
  const speakers: PlaceRef[] = []
  let from = end
  for (const p of s.places) {
    if (p.start < from) continue
    // (one word the index does not read as a country may stand first: "أدانت السعودية وقطر")
    const gap = speakers.length === 0 ? /^\s*(?:[^\s،,.]+\s+[وف])?$/u : /^\s*[وف]?$/u
    if (p.ann.precision !== 'country' || !gap.test(s.text.slice(from, p.start))) break
    speakers.push(p)
    from = p.end
  }
  return speakers.length === 0 ? s : { ...s, places: s.places.filter((p) => !speakers.includes(p)) }
}

/**
 * "وفي القامشلي، خرج آلاف …" (in Qamishli, thousands came out …): a place fronted at the head of the sentence (after a
 * live blog's time stamp, if any) and set off by a comma frames what the sentence reports.
 */
export function frontedPlace(s: SentenceView): PlaceRef | null {
  const head = /^\s*(?:\d{1,2}:\d{2}\s*[—–-]\s*)?[وف]?في\s+/u.exec(s.text)
  if (!head) return null
  const p = s.places.find((x) => x.ann.role === 'event' && x.start >= head[0].length && x.start <= head[0].length + 12)
  return p && /^\s*[،,]/u.test(s.text.slice(p.end, p.end + 3)) ? p : null
}
