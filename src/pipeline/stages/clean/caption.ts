// Recognises photo captions left in scraped article text: a stand-alone line that depicts a moment in the simple
// present ("A drone view shows …", "Fighters gather …", "Smoke is seen …") with no attribution, no modal, no
// narrative time and no past-tense main verb. News in the present ("The army says it holds the line") stays story.
import { AGENCIES, withoutLinkLabel } from './boilerplate.ts'
import {
  CASUALTY_WORDS, CLAUSE_WORDS, DEPICTION_PASSIVES, DEPICTION_PHRASES, DEPICTION_VERBS, IMAGE_NOUNS, MODALS, NARRATIVE_TIME,
  NEEDS_INDEFINITE_OBJECT, REPORTING_WORDS, STORY_OPENERS,
} from './caption-words.ts'

const VERBS = new Set(DEPICTION_VERBS)
const PASSIVES = new Set(DEPICTION_PASSIVES)
const PHRASES = new Set(DEPICTION_PHRASES)
const IMAGES = new Set(IMAGE_NOUNS)
const STORY_WORDS = new Set([...REPORTING_WORDS, ...MODALS, ...NARRATIVE_TIME, ...CASUALTY_WORDS])
const OPENERS = new Set(STORY_OPENERS)
const CLAUSES = new Set(CLAUSE_WORDS)
// A caption's subject is short: "A member of the civil defence carries …" puts the verb sixth.
const MAX_SUBJECT_WORDS = 7
// Below this length a line without a closing period is a label or a product name, not a caption.
const MIN_UNTERMINATED_WORDS = 8
// Words after which the next word is a noun or infinitive, not the main verb ("the stands", "to walk").
const NOT_BEFORE_VERB = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'his', 'her', 'their', 'its', 'this', 'that'])
// Auxiliaries that make the main verb something other than a simple-present depiction ("have captured", "was seen").
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'did', 'does', 'do'])
// A photo agency credit at the end of a line: "… December 6, 2024. REUTERS/Jane Roe".
const CREDIT = /\b([A-Z]{2,}|Getty Images|AP Photo)\s*\/\s*\p{Lu}[\p{L}.'’-]*( \p{Lu}[\p{L}.'’-]*){0,3}\)?$/u
// "… in Velmar, March 3, 2024. (Photo by Jane Roe/Agency)", "(AP Photo/Jane Roe, File)"
// ("(Ledger Wire Photo/Jane Roe)": an outlet's name may come before "Photo".)
const PAREN_CREDIT = /\(((\p{Lu}[\p{L}-]* ){0,3}Photo|Photos|Photograph|Picture|Image|Credit|Photo by|Photo credit)\b[^()]*\)\s*$/iu
// "… near Qorvath (AFP)", "… on March 3 [Jane Roe/Agency]": an agency or a photographer's credit closes a caption.
const AGENCY_CREDIT = new RegExp(`\\((${AGENCIES})( via Getty Images)?\\)\\.?$|\\[[^\\][]{2,60}/[^\\][]{2,40}\\]$`)
const MAX_WORDS = 80
// "… for several days. / Photo: Velmar Agency", "… near Qorvath | Photo: Jane Roe": a credit after a bar or slash.
const TRAILING_CREDIT = /\s[/|]\s*(photo|photograph|picture|image|video|credit)s?( credit| by)?\s*:\s*[^/|:]{2,50}$/i
const GALLERY_COUNTER = /^(\[\d+\s*\/\s*\d+\]|\(\d+\s*\/\s*\d+\)|(item|image|photo|picture|slide) \d+ of \d+)\s*/i
// The capitalised words of a link's text at a line's end ("Purchase Licensing Rights").
const LINK_TEXT = /( \p{Lu}\p{L}*){1,3}$/u
// A distance: "210 km", "40 kilometres", "12 miles".
const DISTANCE = /\b\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?)\b/i
// Past forms without -ed that news opens with: a line whose verb is one of them tells what happened, no picture.
// ("hit", "put", "cut" are present forms too, and stay out.)
const IRREGULAR_PAST = new Set(['struck', 'took', 'fled', 'fell', 'shot', 'left', 'sent', 'held', 'began', 'won', 'lost', 'brought', 'caught',
  'drove', 'flew', 'fought', 'gave', 'went', 'came', 'ran', 'overran', 'withdrew', 'broke', 'blew', 'threw', 'told', 'wrote', 'spoke', 'swept',
  'rode', 'saw', 'met', 'led', 'sought', 'bought', 'hid'])
// Verbs that also say where a place is, and the words that then follow them.
const PLACED = new Set(['lie', 'sit', 'stand'])
const SITED = /^(?:(?:about|some|roughly|just|only)\s+)?(?:north|south|east|west|between|along|astride|midway|halfway)/
// A wire dateline opens a story: "QORVATH (Reuters) -", "VELMAR, March 3 —"
const DATELINE = /^[\p{Lu}][\p{Lu} .'-]+(,[^—–-]{0,30})?\s*(\([\p{L} ]+\))?\s*[—–-]\s/u

/** True when the line reads as a stand-alone photo caption rather than a story sentence. */
export function isCaption(line: string): boolean {
  const whole = line.trim().replace(/\s+/g, ' ')
  const unlabelled = withoutLinkLabel(whole)
  // A gallery's counter before a caption: "[1/3]", "Item 2 of 5"
  const text = unlabelled.replace(GALLERY_COUNTER, '')
  // "… REUTERS/Jane Roe Purchase Licensing Rights, opens new tab": the label's link text follows the credit.
  if (unlabelled !== whole && CREDIT.test(text.replace(LINK_TEXT, ''))) return true
  if (!/^["'“‘(]?[\p{Lu}\p{N}]/u.test(text)) return false
  const words = (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((w) => w.toLowerCase())
  if (words.length < 3 || words.length > MAX_WORDS) return false
  if (CREDIT.test(text) || PAREN_CREDIT.test(text) || TRAILING_CREDIT.test(text) || /^(file )?(photo|picture|image)\s*:/i.test(text)) return true
  // A bare "(AP)" also closes wire paragraphs ("The capture of Qorvath is another blow … (AP)"): it makes a
  // caption only of a line that reads as one, so the line is judged without it.
  if (AGENCY_CREDIT.test(text)) {
    const bare = text.replace(AGENCY_CREDIT, '').trim()
    const reportsNews = /\b(?:is|was|were|has|had|have)\b/i.test(bare) || /\b\p{L}{3,}ed\b/u.test(bare)
    return reportsNews ? isCaption(bare + (/[.!]$/.test(bare) ? '' : '.')) : true
  }
  // A caption is one sentence, and quotes belong to story ("… said it held “steady lines”").
  if (sentenceCount(text) > 1 || /["“”]/.test(text)) return false
  if (words.some((w) => STORY_WORDS.has(w) || /['’]ll$/.test(w))) return false
  // ("Qorvath lies about 40 km north of Belmira": a photo does not measure distances; the line describes a place.)
  if (DISTANCE.test(text)) return false
  // ("It’s all about …": the opener counts without its contraction.)
  if (OPENERS.has((words[0] ?? '').replace(/['’](s|re|ll|d|ve)$/, '')) || DATELINE.test(text)) return false
  if (imageSubject(words)) return true
  if (!/[.!]["”’)]?$/.test(text) && words.length < MIN_UNTERMINATED_WORDS) return false
  // "A: Watching …", "Apple Watch Series 3": a colon or a capitalised word cannot precede or be the verb.
  const original: string[] = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|:/gu) ?? []
  return depictionVerb(words, original.filter((w) => w !== ':'), original.indexOf(':'))
}

// "A drone view shows …", "An aerial photo shows …", "A general view of Velmar, March 3" — but not
// "… images show that the base was hit".
function imageSubject(words: readonly string[]): boolean {
  if (words[0] !== 'a' && words[0] !== 'an') return false
  const noun = words.slice(1, 5).findIndex((w) => IMAGES.has(w))
  if (noun < 0) return false
  if (noun <= 1 && words[noun + 2] === 'of') return true
  const shows = words.slice(noun + 2, noun + 9).indexOf('shows')
  return shows >= 0 && words[noun + 2 + shows + 1] !== 'that'
}

function depictionVerb(words: readonly string[], original: readonly string[], colonAt: number): boolean {
  if (colonAt >= 0 && colonAt <= MAX_SUBJECT_WORDS) return false
  for (let i = 1; i <= Math.min(words.length - 2, MAX_SUBJECT_WORDS); i++) {
    const w = words[i] ?? ''
    const prev = words[i - 1] ?? ''
    const next = words[i + 1] ?? ''
    if (CLAUSES.has(w)) return false
    // "the stands", "to walk"; a capitalised word mid-line is a name ("Apple Watch").
    if (NOT_BEFORE_VERB.has(prev) || /^\p{Lu}/u.test(original[i] ?? '')) continue
    // "Displaced families are seen …", "A boy is pictured …"
    // ("Settlements are seen as an obstacle" is a judgement, not a picture.)
    if ((w === 'is' || w === 'are') && PASSIVES.has(next) && words[i + 2] !== 'as') return true
    if (PHRASES.has(`${w} ${next}`)) return true
    const base = baseForm(w)
    // "Qorvath lies between the river and the coast", "the town sits astride the highway": where a place is, not a picture.
    if (base !== null && PLACED.has(base) && SITED.test(`${next} ${words[i + 2] ?? ''}`)) return false
    // "wave of", "the rally represented …", "the stands were …": what follows makes it the subject's noun.
    const noun = next === 'of' || AUXILIARIES.has(next) || /ed$/.test(next)
    if (base !== null && !noun) {
      if (!NEEDS_INDEFINITE_OBJECT.has(base)) return true
      if (next === 'a' || next === 'an') return true
    }
    // The main verb is something else: an auxiliary ("have captured") or a past form ("rebels seized", "jets struck").
    if (AUXILIARIES.has(w) || (/ed$/.test(w) && w.length > 4) || IRREGULAR_PAST.has(w)) return false
  }
  return false
}

/** The depiction verb a present-tense form stands for ("carries" → "carry"), or null. */
function baseForm(w: string): string | null {
  const candidates = [w]
  if (w.endsWith('ies')) candidates.push(w.slice(0, -3) + 'y')
  // ("watches" → "watch", "goes" → "go"; but "sites" is no "sit": -es is an ending only after a hissing sound or o)
  if (/(?:s|x|z|ch|sh|o)es$/.test(w)) candidates.push(w.slice(0, -2))
  if (w.endsWith('s')) candidates.push(w.slice(0, -1))
  return candidates.find((c) => VERBS.has(c)) ?? null
}

// Abbreviations whose period does not end a sentence ("Mr. Assad", "U.S.-backed").
const ABBREVIATION = /\b(Mr|Mrs|Ms|Dr|Gen|Col|Lt|Maj|Capt|Sgt|St|Jr|Sr|No|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\./g

/** Sentences in a line, counting terminal punctuation followed by a capital (abbreviations excepted). */
export function sentenceCount(text: string): number {
  const plain = text.replace(ABBREVIATION, '$1')
  return 1 + (plain.match(/[.!?]["”’)]?\s+["“‘(]?[\p{Lu}\p{N}]/gu) ?? []).length
}
