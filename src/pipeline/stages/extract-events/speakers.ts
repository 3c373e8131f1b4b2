// Attribution: who says what in a sentence ("X said", "according to X", '"…," X said', "as reported by X"),
// which stretch of the sentence each speaker vouches for, and whether the speaker is a party to the fighting.
import { clauseAt, frontedSubordinate } from './clauses.ts'
import { isModifier } from './modifiers.ts'
import { TOLL_PUT_OBJECT, TOLL_PUT_VERB } from './quantities.ts'
import { TIMESTAMP } from './timestamp.ts'
import type { ActorRef, SentenceView } from './sentence.ts'

export interface Speaker {
  /** The speaker phrase, relative to the sentence. */
  readonly start: number
  readonly end: number
  /** The stretch of the sentence the speaker vouches for. */
  readonly scopeStart: number
  readonly scopeEnd: number
  /** Where the speech verb is ("said", "according to"); events triggered by the verb itself are statements. */
  readonly verbStart: number
  readonly verbEnd: number
  readonly attribution: string
  readonly party: boolean
  readonly actor: ActorRef | null
}

// (A condemnation is said: "Turkey condemned the strike" is Turkey's statement, what it condemns its words.)
// ("The health directorate put the death toll at 15": whoever puts a toll at a figure vouches for it, as a speaker.)
const SPEECH = new RegExp(String.raw`\b(?:said|says|say|saying|told|condemned|condemns|condemning|denounced|denounces|denouncing|deplored|deplores|decried|decries|stated|stating|announced|announces|announce|announcing|declared|declares|declare|declaring|confirm|insist|added|adding|noted|warned|warns|warning|expressed|asserted|asserts|asserting|affirmed|claimed|claims|claiming|reported|reports|indicated|insisted|stressed|confirmed|mentioned|observed|acknowledged|admitted|conceded|explained|described|wrote|posted\s+(?:on|a)|tweeted|informed|quoted|${TOLL_PUT_VERB}(?=${TOLL_PUT_OBJECT}toll\s+at\b))\b`, 'gi')
const ACCORDING = /\b(?:according\s+to|as\s+reported\s+by|reported\s+by|citing)\s+/gi
// What may follow a post-posed speech verb before the sentence ends: '…," the rebels said in a statement.'
// ("… said on Friday, December 13.": a weekday with its date)
const TAIL = /^(?:\s+(?:on\s+\w+day,\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?|on\s+\w+|reporters|journalists|the\s+(?:press|media|agency|newspaper|broadcaster|channel)|(?:the\s+)?(?:state|local|national|official|private|pro-government|opposition)\s+(?:television|tv|TV|radio|media|news\s+agency|agency|broadcaster|channel)|(?:from|at)\s+(?:a|an|the|his|her|their)(?:\s+[\w-]+){1,4}?|(?:[A-Z][\w.]*\s*)+|late\s+\w+|earlier|later|today|overnight|to\s+(?:[A-Z][\w.]*\s*)+|in\s+(?:a|an|the)(?:\s+[\w-]+){1,4}?|during\s+(?:a|an|the)(?:\s+[\w-]+){1,4}?|via\s+\S+|on\s+(?:X|Twitter|Telegram)|(?:after|before|while|when)\s+[a-z]+ing(?:\s+[\w'’-]+){0,4}?))*\s*(?:$|[.!?"”]|,\s*(?:while|as|but|and|whereas|[a-z]+ing)\b)/
// "Rather than speak of defeat, the army", "Speaking on the Golan, Netanyahu", "By the afternoon the army itself", "- The army"
// "08:15 Rebels say …", "16:45 GMT The army said …": a live blog's timestamp is no part of the speaker.
const LEADING_ADVERBIAL = new RegExp(String.raw`^(?:[-–—•*]\s*|${TIMESTAMP}|date\s+\d{4}-\d\d-\d\d\s+|in\s+another\s+[^,]{1,50},\s*|(?:while|as|and|but|whereas|although|though|even\s+though)\s+|(?:by|in|on|at|late|early)\s+(?:the\s+)?(?:morning|afternoon|evening|night|weekend|end\s+of\s+\w+)\s+|(?:rather\s+than|speaking|asked|pressed|questioned|responding|reacting|commenting|writing|before|after|on\s+the|from|with|despite|following|inside|outside)\s+[^,]{1,60}\s*,\s*|in\s+\p{Lu}[^,]{0,30},\s*|in\s+the\s+[^,]{1,40},\s*|(?:a|an|one|two|three|four|five|six|\d+|hours|days|weeks)\s+(?:(?:hours?|days?|weeks?|months?)\s+)?(?:after|before|since)\s+[^,]{1,80},\s*|(?:(?:that|the\s+(?:next|following|previous|same))\s+(?:day|morning|afternoon|evening|night|week)|(?:hours|days|weeks|minutes|moments|a\s+day|a\s+week|an\s+hour|two\s+days)\s+(?:earlier|later)|in\s+response|meanwhile|however|separately|earlier|later(?:\s+(?:in|on)\s+the\s+\w+)?|earlier\s+(?:in|on)\s+the\s+\w+|(?:earlier|later)\s+(?:on|this|that|last)\s+\w+|on\s+the\s+other\s+hand|in\s+a\s+related\s+development|in\s+an?\s+[^,]{1,40}|at\s+[^,]{1,40}|on\s+\w+|on\s+\d{1,2}\s+\p{L}+(?:\s+\d{4})?|on\s+\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\s*,\s*)+`, 'iu')
const DATELINE = /^(?:date\s+\d{4}-\d\d-\d\d\s+)?\p{Lu}[\p{L}.' -]{1,30},\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s*(?:\([^)]{1,30}\))?|\([^)]{1,30}\))\s*[-–—:]?\s*(?=\p{Lu})/u
const PRONOUN = /^(?:he|she|they|it|him|her|them|the\s+official|the\s+officer|the\s+source|the\s+spokesman|the\s+spokesperson|the\s+statement)$/i
// ("opposition sources", "regime sources": the side's adjective makes its sources a party's)
const PARTY_CUE = /\b(?:military|army|rebels?|(?:opposition|regime)\s+(?:sources?|media|outlets?|television|tv|channels?)|fighters?|commanders?|officials?|minister|ministry|government|spokes\w+|president|prime\s+minister|militants?|insurgents?|factions?|groups?|alliance|coalition|forces|troops|officers?|authorities|administration|operations\s+room|command)\b/i
// "aid groups said", "rights groups", "relief officials": people who help or watch, whatever noun PARTY_CUE sees in them
const HUMANITARIAN = /\b(?:aid|rights|human\s+rights|humanitarian|relief|monitoring|medical|charity|charities|advocacy|civil\s+society)\s+(?:groups?|organi[sz]ations?|agenc(?:y|ies)|officials?|workers?)\b/i
// "state media said", "Iranian state television reported": a government's own outlet speaks for that government
// (the outlet heads the phrase: "men who appeared on state television" are not it).
const STATE_OUTLET = /^\s*(?:the\s+)?(?:[\p{L}-]+\s+)?state(?:-run|-owned|-controlled)?\s+(?:media|television|tv|news\s+agenc(?:y|ies)|agenc(?:y|ies)|broadcasters?|radio|outlets?|press)\b/iu
// ("state television said": a broadcaster is a source, neutral unless STATE_OUTLET or a party's adjective says whose)
const NEUTRAL_CUE = /\b(?:monitor|observatory|witness(?:es)?|residents?|activists?|rescuers|rescue\s+workers|paramedics|first\s+responders|civil\s+defen[cs]e|medical\s+sources?|hospital\s+(?:officials?|staff|director)|(?:health|medical)\s+(?:directorate|department|authorities|officials?|workers?)|journalists?|media|reports?|agenc(?:y|ies)|television|tv|broadcasters?|radio|newspapers?|editor(?:-in-chief)?|analysts?|correspondents?|doctors?|medics?|security\s+sources?|aid\s+workers?|sources?|family|families|woman|women|man|men|mother|father|survivors?|relatives?|neighbou?rs?|nurses?|teachers?|farmers?|traders?|shopkeepers?|drivers?|students?)\b/i

// A plural subject opening the sentence that "they" later in it may stand for: "Residents of the town of X", "Two witnesses".
const PLURAL_SUBJECT = /^\s*((?:(?:the|some|two|three|several|many|local)\s+)?(?:[\w-]+\s+)?(?:residents|witnesses|officials|activists|relatives|villagers|locals|doctors|medics|families|survivors|rescuers|volunteers)(?:\s+of\s+(?:the\s+)?(?:(?:town|village|city|district)\s+of\s+)?\p{Lu}[\w'’-]*)?)\b(?![^.;]*\b(?:said|told|say|says)\b[^.;]*\bthey\s+said)/iu

function classify(phrase: string, phraseStart: number, actors: readonly ActorRef[]): { party: boolean; actor: ActorRef | null } {
  const speaking = actors.filter((a) => !a.media)
  // "the leader of the faction …, now called HTS": the last party named is the one speaking — unless the phrase
  // opens with a person's name ("Abu Mohammed al-Golani, the HTS leader").
  const first = speaking[0]
  // ("Russia, Assad's main ally, said": a party that opens the phrase before an apposition speaks, not one the
  // apposition names as a possessor.)
  const opens = first && first.party && /^(?:\S+\s+){0,3}$/.test(phrase.slice(0, Math.max(0, first.start - phraseStart)))
  const possessorsOnly = (x: ActorRef) => speaking.every((a) => a === x || /^['’]s?\b/.test(phrase.slice(a.end - phraseStart)))
  const named = opens && (first.kind === 'person' || (/^\s*,/.test(phrase.slice(first.end - phraseStart)) && possessorsOnly(first))) ? first : undefined
  const party = named ?? [...speaking].reverse().find((a) => a.party)
  if (party) return { party: true, actor: party }
  const neutral = speaking[0] ?? actors[0] ?? null
  // ("SANA said", "according to TASS": an outlet the lexicon marks as a state's own is that state's voice.)
  if (neutral) return { party: neutral.media && neutral.party, actor: neutral }
  if ((PARTY_CUE.test(phrase) || STATE_OUTLET.test(phrase)) && !/\bsecurity\s+sources?\b/i.test(phrase) && !HUMANITARIAN.test(phrase)) return { party: true, actor: null }
  if (NEUTRAL_CUE.test(phrase)) return { party: false, actor: null }
  return { party: false, actor: null }
}

/** The attribution as the contract prints it: the lexicon name when the phrase is just the actor, else as written. */
function attributionText(full: string, actor: ActorRef | null, s: SentenceView, start: number): string {
  const phrase = full
    // "…, which split from al-Qaeda", "…, formerly known as …", "sources who spoke to Reuters": not who speaks
    .replace(/,\s*(?:which|who|whose|formerly|now|once)\b.*$/s, '')
    // "a resident of Rastan, about 20 km down the highway": where the place lies is not who speaks
    .replace(/,\s*(?:(?:about|some|around|nearly|roughly|just)\s+)?\d+\s*(?:km|kilomet(?:re|er)s?|miles?)\b[^,]*,?\s*$/i, '').replace(/(\S)\s+(?:who|that)\s+(?:spoke|talked|were\s+speaking|was\s+speaking)\s+(?:to|with)\b.*$/s, '$1')
    // "a report from the TASS agency on Friday" → "the TASS agency"; "an officer to Reuters": the channel
    .replace(/^(?:a|an|the)\s+(?:\w+\s+)?(?:report|statement|video|message|post|broadcast)s?\s+(?:from|by|of|on)\s+/i, '')
    .replace(/\s+on\s+(?:\w+day|X|Telegram|Twitter)$/i, '').replace(/\s+to\s+(?:\p{Lu}[\w.]*\s*)+$/u, '')
  // "The Syrian Observatory for Human Rights (SOHR)": the acronym in brackets repeats the name.
  const bare = phrase.replace(/^(?:the|a|an)\s+/i, '').replace(/\s*\([^)]*\)$/, '')
  const named = actor ? s.text.slice(actor.start, actor.end).replace(/^(?:the|a|an)\s+/i, '') : null
  // (Residents and civilians stay as written: "Residents" says more than the lexicon's "Civilians".)
  if (actor && actor.kind !== 'civilians' && (named === bare || (actor.media && bare.startsWith(`${named} `))) && actor.start >= start) return actor.name
  // "The Syrian National Army, the umbrella of factions backed by Ankara": the actor named first, with an apposition.
  // "Mohammed al-Bashir, appointed on Tuesday to lead the cabinet": so is a participle's apposition.
  const head = bare.match(/^([^,]+),\s*(?:the|a|an|its|which|who|[a-z]+ed)\b[^,]*,?$/)?.[1]
  if (actor && head && s.text.slice(actor.start, actor.end).replace(/^(?:the|a|an)\s+/i, '') === head) return actor.name
  return phrase.length > 120 ? `${phrase.slice(0, 117)}…` : phrase
}

function phraseSpan(text: string, from: number, end: number): { start: number; end: number } {
  let start = from
  const punct = text.slice(start, end).match(/^[\s,;:"“”]*/)?.[0].length ?? 0
  start += punct
  // "BEIRUT, Dec 5 (AP) The Syrian army says …": a dateline is not part of the speaker.
  const dateline = text.slice(start, end).match(DATELINE)?.[0].length ?? 0
  start += dateline
  const raw = text.slice(start, end)
  const lead = raw.match(LEADING_ADVERBIAL)?.[0].length ?? 0
  const trimmed = raw.slice(lead)
  const l = trimmed.length - trimmed.trimStart().length
  // "HTS rebels have claimed": the auxiliary belongs to the verb, not the speaker; so does an adverb ("It nonetheless
  // admitted", "the army publicly acknowledged"), which would otherwise hide a pronoun speaker.
  const r = trimmed.trimEnd().replace(/[,"“”]+$/, '').trimEnd().replace(/(?:\s+(?:have|has|had|is|are|was|were|did|does|do|would|could|not|never|also|already|reportedly|later|then|further|itself|themselves|nonetheless|nevertheless|however|still|too|again|now|finally|first|since|subsequently|separately|publicly|officially|openly|initially|previously|earlier|repeatedly|quickly))+$/i, '').length
  return { start: start + lead + l, end: start + lead + Math.max(l, r) }
}

function make(s: SentenceView, p0: { start: number; end: number }, scope: [number, number], verb: [number, number], prev: Speaker | null): Speaker | null {
  // "…, according to the White Helmets, who said …": the speaker a relative pronoun continues, without "according to".
  const lead = /^according\s+to\s+/i.exec(s.text.slice(p0.start, p0.end))?.[0].length ?? 0
  const p = { start: p0.start + lead, end: p0.end }
  if (p.end <= p.start) return null
  const phrase = s.text.slice(p.start, p.end)
  // "…, after heavy fighting with X, in a statement": an adverbial clause names no speaker.
  if (/^(?:after|before|when|since|while|amid|following|despite|during|with|without)\b/i.test(phrase)) return null
  // "Residents of the town led reporters to a site where they said …": a plural "they" takes the sentence's own
  // subject when that is people who can speak, not the last speaker before.
  const own = /^they$/i.test(phrase) ? s.text.slice(0, p.start).match(PLURAL_SUBJECT) : null
  if (own?.[1]) {
    const start = own[0].length - own[1].length
    const sp = make(s, { start, end: start + own[1].length }, scope, verb, prev)
    if (sp) return { ...sp }
  }
  // "…, and later published video they said was filmed at …": a pronoun ending the phrase is the subject of a clause
  // of its own ("video [that] they said"), and the one who speaks.
  const tail = /\s(?:they|he|she)$/i.exec(phrase)
  if (tail && !PRONOUN.test(phrase)) return make(s, { start: p.end - tail[0].length + 1, end: p.end }, scope, verb, prev)
  if (PRONOUN.test(phrase) && prev) {
    return { ...prev, start: p.start, end: p.end, scopeStart: scope[0], scopeEnd: scope[1], verbStart: verb[0], verbEnd: verb[1] }
  }
  // "The SNA cleared villages north of Aleppo, it said in a statement", "…, according to a statement": with no speaker
  // before, the pronoun or the bare statement is the sentence's subject's.
  if (PRONOUN.test(phrase) || /^a\s+statement$/i.test(phrase)) {
    // (The speaker stands where the pronoun does: the subject stays the doer of its own clause.)
    // (No subject named, or words quoted: the pronoun is left to coreference, '"We will stand by the SDF," he said'.)
    const subject = /["“”]/.test(s.text.slice(0, p.start)) ? undefined : s.actors.find((a) => !a.media && a.kind !== 'civilians' && a.end <= p.start)
    const sp = subject ? make(s, { start: subject.start, end: subject.end }, scope, verb, null) : null
    if (sp) return { ...sp, start: p.start, end: p.end }
  }
  // "the centre's deputy head", "the ministry's spokesman": someone of the body that spoke last ("the Russian
  // reconciliation centre said … the centre's deputy head told reporters") speaks for the same side.
  const ofBody = /^the\s+([\p{L}-]{3,})['’]s?\s/iu.exec(phrase)?.[1]
  if (ofBody && prev && new RegExp(`\\b${ofBody}\\b`, 'iu').test(`${prev.attribution} ${prev.actor?.name ?? ''}`)) {
    return { ...prev, start: p.start, end: p.end, scopeStart: scope[0], scopeEnd: scope[1], verbStart: verb[0], verbEnd: verb[1], attribution: attributionText(phrase, null, s, p.start) }
  }
  // "The group, which split from al-Qaeda, said": a relative clause inside the subject does not speak.
  const relative = [...phrase.matchAll(/,\s*(?:which|who|whose)\b[^,]*(?:,|$)/g)].map((m) => [p.start + (m.index ?? 0), p.start + (m.index ?? 0) + m[0].length] as const)
  const inPhrase = s.actors.filter((a) => a.start >= p.start && a.end <= p.end && !relative.some(([x, y]) => a.start >= x && a.end <= y)
    && !isModifier(s.text, a))
  const { party, actor } = classify(phrase, p.start, inPhrase)
  // A speaker is someone: an actor, a described source, a name ("If confirmed, …" has none), or a country the lexicon
  // has no state for ("Egypt condemned …", "Jordan's condemnation").
  const country = s.places.some((x) => x.ann.precision === 'country' && x.start >= p.start && x.end <= p.end)
  if (!actor && !country && !PARTY_CUE.test(phrase) && !NEUTRAL_CUE.test(phrase) && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(phrase)) return null
  return {
    start: p.start, end: p.end, scopeStart: scope[0], scopeEnd: scope[1], verbStart: verb[0], verbEnd: verb[1],
    attribution: attributionText(phrase, actor, s, p.start), party, actor,
  }
}

/**
 * Speakers in the sentence, in order. `previous` is the last speaker of the text before, for "he noted" and for
 * a quotation that continues without a speech verb.
 */
export function findSpeakers(s: SentenceView, previous: Speaker | null): Speaker[] {
  const text = s.text
  const out: Speaker[] = []
  const claimed = (start: number, end: number) => out.some((x) => start < x.end && x.start < end)
  for (const m of text.matchAll(ACCORDING)) {
    const from = (m.index ?? 0) + m[0].length
    // ("according to the monitor: 175 from one side and 43 from the other": a colon or a dash ends the source's name)
    const stop = text.slice(from).search(/,\s*(?:who|which|a|an|the)\b|,\s|[:;]\s|\s[-–—]\s|[.;]\s*$|\.$/)
    const end = stop < 0 ? text.length : from + stop
    const p = phraseSpan(text, from, end)
    const before = m.index ?? 0
    // "According to X, …" vouches for what follows; "…, according to X" for what precedes.
    const scope: [number, number] = before < 3 ? [end, text.length] : [0, before]
    const sp = make(s, p, scope, [before, from], previous)
    if (sp) out.push(sp)
  }
  for (const m of text.matchAll(SPEECH)) {
    const vStart = m.index ?? 0
    const vEnd = vStart + m[0].length
    if (claimed(vStart, vEnd)) continue
    // "if confirmed", "once announced", "had been confirmed killed": a condition or a passive, not a speech act
    if (/\b(?:if|once|when|unless|until|as|been|be|being|was|were|is|are|without)\s+$/i.test(text.slice(Math.max(0, vStart - 9), vStart))) continue
    const before = text.slice(0, vStart)
    // "a statement posted on Telegram": the post describes the statement; the speech verb is elsewhere.
    if (/^posted/i.test(m[0]) && /\b(?:statement|video|message|post|footage|clip|audio|recording|photos?|images?)\s+$/i.test(before.slice(-16))) continue
    // "the main points of what he said": speech talked about, not made here.
    if (/\b(?:what|whatever)\s+(?:\S+\s+){1,2}$/i.test(before.slice(-30))) continue
    // "rejected reports that …", "amid claims of …": the noun, not the verb.
    if (/^(?:reports|claims)$/i.test(m[0]) && REPORTS_NOUN_BEFORE.test(before.slice(-24))) continue
    // "despite rebel claims that they had captured X", "amid opposition reports of …": the noun's qualifier names who
    // claims it, and the claim runs to the end of its clause.
    const qualified = /^(?:reports|claims)$/i.test(m[0]) ? /\b(?:despite|amid|of|about|over|after|following|denied|rejected|dismissed)\s+((?!(?:the|a|an|these|those|such|any|some|many|several|earlier|recent|unconfirmed|media|news|press|local)\b)[\w-]+\s+)$/i.exec(before.slice(-40)) : null
    if (qualified?.[1]) {
      const start = vStart - qualified[1].length
      const sp = make(s, { start, end: start + qualified[1].trimEnd().length }, [vEnd, clauseEndForSpeech(text, vEnd)], [vStart, vEnd], previous)
      if (sp) out.push(sp)
      continue
    }
    const after = text.slice(vEnd)
    // Inverted after a quotation: '…,” stated Mazloum Abdi during a press conference'
    if (/(?:[”"]\s*,?|,\s*[”"])\s*$/.test(before) && /^\s+[A-Z]/.test(after)) {
      const np = after.match(/^\s+((?:[A-Z][\w’'.-]*\s*)+)/)
      if (np?.[1]) {
        const start = vEnd + (np[0].length - np[1].length)
        const sp = make(s, { start, end: start + np[1].trimEnd().length }, [0, vStart], [vStart, vEnd], previous)
        if (sp) { out.push(sp); continue }
      }
    }
    const participle = /ing$/i.test(m[0]) && /,\s*$/.test(before)
    if (participle) {
      // "…denied reports of a withdrawal, stating its forces remain…": the main clause's subject speaks.
      // "…, a Kurdish official told reporters, denying that …": a speaker named just before goes on speaking.
      const told = out.filter((x) => x.verbEnd <= vStart && x.end > x.start && /^[\s\w]*,\s*$/.test(text.slice(x.verbEnd, vStart))).pop()
      if (told) { out.push({ ...told, scopeStart: vEnd, scopeEnd: text.length, verbStart: vStart, verbEnd: vEnd }); continue }
      const subj = s.actors.find((a) => !a.media && a.start < vStart)
      const sp = subj && make(s, { start: subj.start, end: subj.end }, [vEnd, text.length], [vStart, vEnd], previous)
      if (sp) out.push(sp)
      continue
    }
    // "The ministry denied that its forces had withdrawn and said the army was …": a second speech verb joined by
    // "and" has the first one's speaker.
    if (/,?\s+and\s+(?:also\s+|later\s+)?$/i.test(before)) {
      const first = out.filter((x) => x.verbEnd <= vStart && x.end > x.start && x.start < x.verbStart).pop()
      if (first) { out.push({ ...first, scopeStart: vEnd, scopeEnd: text.length, verbStart: vStart, verbEnd: vEnd }); continue }
      // (a denial is no speech verb here: the subject before it speaks again)
      const denier = DENIED_BEFORE.exec(before)
      const from = denier?.[1]?.length ?? 0
      const sp = denier && make(s, { start: from, end: from + (denier[2] as string).trimEnd().length }, [vEnd, text.length], [vStart, vEnd], previous)
      if (sp) { out.push(sp); continue }
    }
    // '…, a military source said, the first raids since 2016': a short speaker between commas is post-posed too.
    const lastComma = before.lastIndexOf(',')
    const postPosed = TAIL.test(after) || (/^\s*[,;]/.test(after) && lastComma > 0 && before.slice(lastComma + 1).trim().split(/\s+/).length <= 12)
    if (postPosed) {
      // '…," the Southern Front, a new coalition, said': the speaker runs from the closing quotation mark.
      const quote = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'))
      const comma = before.lastIndexOf(',')
      // (the quotation only when the speaker phrase after it is short: '"No truth" to the news of …, the ministry said')
      const afterQuote = quote > 0 ? text.slice(quote + 1, vStart).trim().split(/\s+/).length : 99
      const cut = quote > 0 && vStart - quote < 160 && afterQuote <= 12 ? quote : before.trim().endsWith(',') ? before.lastIndexOf(',', comma - 1) : comma
      if (cut > 0) {
        const scopeStart = out.length ? Math.max(...out.map((x) => x.scopeEnd)) : 0
        const sp = make(s, phraseSpan(text, cut + 1, vStart), [scopeStart < cut ? scopeStart : 0, cut], [vStart, vEnd], previous)
        if (sp) { out.push(sp); continue }
      }
    }
    // "…, according to the rescue service, who said …": the relative pronoun continues the source just named, and
    // no one else speaks there.
    const source = /\baccording\s+to\s+([^,;]+?)\s*,\s*(?:who|which)\s+(?:also\s+)?$/i.exec(before)
    if (source?.[1]) {
      const at = before.length - source[0].length + source[0].indexOf(source[1], 'according to'.length)
      const continued = make(s, { start: at, end: at + source[1].length }, [vEnd, clauseEndForSpeech(text, vEnd)], [vStart, vEnd], previous)
      if (continued) out.push(continued)
      continue
    }
    // Pre-posed: "The Syrian army says it has withdrawn…"; the subject runs from the clause start to the verb.
    let clause = clauseAt(text, vStart)
    // "The group, which split from al-Qaeda, said …": the subject stands before the relative clause.
    while (clause.start > 0 && /^[,;]?\s*(?:which|who|whose)\b/i.test(text.slice(clause.start, vStart))) clause = clauseAt(text, clause.start - 1)
    // "… came hours after the insurgents announced": the subject starts after the subordinator.
    const sub = [...text.slice(clause.start, vStart).matchAll(/\b(?:after|before|when|because|since|that|as|while|once|where|which|whom|although|though)\s+/gi)].pop()
    // "The head of the faction, during his first interview since taking X, told CNN": a subordinate clause closed
    // by a comma before the verb is an insertion, not where the subject starts.
    const subEnd = sub ? clause.start + (sub.index ?? 0) + sub[0].length : -1
    // "a video which said …": a relative pronoun right before the verb leaves the subject where it was.
    const bareRelative = sub !== undefined && /^(?:which|whom)\s+$/i.test(sub[0]) && text.slice(subEnd, vStart).trim() === ''
    // "The alliance that toppled X said …": a relative clause whose verb comes right after the pronoun qualifies
    // the subject before it (not "officials said that the army …", where "that" opens the reported words).
    const relativeInSubject = sub !== undefined && /^(?:that|which|who)\s+$/i.test(sub[0])
      && /^(?:(?:had|has|have|once)\s+)?(?!(?:the|a|an|its|their|his|her)\b)[a-z]+(?:ed|ew|ook|ught)\s/i.test(text.slice(subEnd, vStart))
      && !new RegExp(`\\b(?:${SPEECH_WORDS})\\s+$`, 'i').test(text.slice(clause.start, clause.start + (sub.index ?? 0)))
    if (sub && (sub.index ?? 0) > 0 && !bareRelative && !relativeInSubject && !text.slice(subEnd, vStart).includes(',')) clause = { start: subEnd, end: clause.end }
    // "According to an officer quoted by the agency, commanders had told …": the subject starts after an earlier speaker.
    const prevEnd = Math.max(0, ...out.map((x) => (x.end <= vStart ? x.end : 0)))
    const subjStart = Math.max(clause.start, out.length ? Math.max(...out.map((x) => Math.min(x.scopeEnd, vStart))) : 0)
    // ("Although the army said it held Hama, rebels entered the city": a speaker inside a fronted concession vouches
    // for that clause only.)
    const front = frontedSubordinate(text)
    const scopeEnd = front?.concessive && vEnd < front.end ? Math.min(front.end - 1, clauseEndForSpeech(text, vEnd)) : clauseEndForSpeech(text, vEnd)
    // '"…," she said from her bed' without a comma after the quotation: the speaker follows the closing quote.
    const from0 = subjStart === vStart ? Math.max(clause.start, prevEnd) : subjStart
    const quoteEnd = Math.max(text.lastIndexOf('”', vStart), text.lastIndexOf('"', vStart))
    // (not 'Assad vowed to "defeat terrorists" and said …': a quotation inside the first of two verb phrases)
    const quoteClosesVerbPhrase = /^["”]?\s*,?\s*(?:and|but|then)\s*$/i.test(text.slice(quoteEnd + 1, vStart))
    const from = quoteEnd >= from0 && quoteEnd < vStart && !quoteClosesVerbPhrase ? quoteEnd + 1 : from0
    // ("The factions said …, and later they said …": a pronoun continues the speaker just named in the sentence.)
    const sp = make(s, withoutJoinedClause(text, withoutFirstClause(text, withoutInsertion(text, phraseSpan(text, from, vStart)))), [vEnd, scopeEnd], [vStart, vEnd], out.filter((x) => x.end > x.start).at(-1) ?? previous)
    if (sp) out.push(sp)
  }
  for (const sp of condemnations(s, previous)) if (!claimed(sp.verbStart, sp.verbEnd)) out.push(sp)
  // A quotation that carries on without a speech verb belongs to the last speaker.
  if (out.length === 0 && previous && /^["“]/.test(text)) {
    out.push({ ...previous, start: 0, end: 0, scopeStart: 0, scopeEnd: text.length, verbStart: 0, verbEnd: 0 })
  }
  return out.sort((a, b) => a.verbStart - b.verbStart)
}

// A condemnation named as a noun, with no speech verb: "Turkey's condemnation of the strike", "a condemnation issued by
// the ministry", "In a sharp condemnation, Iran called …".
const CONDEMNATION = /\b(?:condemnations?|denunciations?)\b/gi

/**
 * Speakers of condemnations named as nouns: who condemns is the one it is "by" or "from", the possessor ("Turkey's
 * condemnation"), the subject that "issued" it, or the subject of the main clause after a fronted "In a condemnation
 * …,". What is condemned ("of the strike"), or that main clause, is what they vouch for; with neither ("drawing
 * condemnation from Turkey") they vouch for nothing, but are still no party to the act condemned.
 */
function condemnations(s: SentenceView, previous: Speaker | null): Speaker[] {
  const text = s.text
  const out: Speaker[] = []
  for (const m of text.matchAll(CONDEMNATION)) {
    const vStart = m.index ?? 0
    const vEnd = vStart + m[0].length
    const before = text.slice(0, vStart)
    const after = text.slice(vEnd)
    const object = /^\s+(?:of|for)\s+/i.exec(after)
    const scope: [number, number] = object ? [vEnd + object[0].length, clauseEndForSpeech(text, vEnd)] : [vEnd, vEnd]
    const holder = (p: { start: number; end: number }, sc = scope) => make(s, p, sc, [vStart, vEnd], previous)
    // "a condemnation issued by its foreign ministry", "condemnation from Turkey": the actor named there, or a few words.
    const by = /^\s+(?:[a-z]+\s+)?(?:by|from)\s+/.exec(after)
    const byStart = by ? vEnd + by[0].length : -1
    const byActor = s.actors.find((a) => a.start === byStart && !a.media)
    const byWords = by ? /^(?:(?!(?:of|for|on|over|after|in|at|followed|came)\b)[^\s,.;]+\s*){1,5}/.exec(text.slice(byStart))?.[0].trimEnd() : undefined
    // "Turkey's (swift) condemnation", "the ministry's condemnation"
    const possessor = /((?:\p{Lu}[\p{L}.-]*\s+){0,3}[\p{L}.-]+)['’]s?\s+(?:[a-z-]+\s+){0,2}$/u.exec(before)
    // "Turkey's foreign ministry issued a condemnation of …": the subject of the verb that issues it.
    const issued = /\s(?:issued|released|voiced|expressed|published|made|put\s+out)\s+(?:a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}$/i.exec(before)
    const fronted = /^\s*(?:in|with)\s+(?:a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}$/i.test(before)
    let sp: Speaker | null = null
    if (fronted) {
      // "In a condemnation issued by its foreign ministry, Iran called the attack a crime": the main clause's subject.
      const comma = text.indexOf(',', vEnd)
      const subject = comma < 0 ? undefined : s.actors.find((a) => a.start > comma && !a.media && /^[\s,]*(?:the\s+)?$/i.test(text.slice(comma, a.start)))
      if (subject) sp = holder(subject, [subject.end, clauseEndForSpeech(text, subject.end)])
    }
    if (!sp && byActor) sp = holder(byActor)
    if (!sp && byWords) sp = holder({ start: byStart, end: byStart + byWords.length })
    if (!sp && issued) sp = holder(withoutInsertion(text, phraseSpan(text, clauseAt(text, vStart).start, vStart - issued[0].length)))
    if (!sp && possessor?.[1]) sp = holder({ start: vStart - possessor[0].length, end: vStart - possessor[0].length + possessor[1].length })
    if (sp) out.push(sp)
  }
  return out
}

// A word before "reports" / "claims" that makes them nouns: "the reports", "rejected reports", "amid claims".
const REPORTS_NOUN_BEFORE = /\b(?:local|agency|wire|several|many|multiple|other|separate|initial|field|from|in|on|by|to|with|the|these|those|such|any|media|news|press|unconfirmed|earlier|recent|conflicting|rejected|rejects|rejecting|denied|denies|denying|dismissed|dismisses|dismissing|refuted|refutes|refuting|of|amid|despite|and|or|were|are)\s+$/i

// Speech verbs before a complementiser "that".
// "The ministry denied that …": the subject (group 2) and its denial verb at the start of the sentence, after a live
// blog's "17:40 GMT - " (group 1).
const DENIED_BEFORE = new RegExp(String.raw`^(\s*(?:${TIMESTAMP})?)((?:[\w'’-]+\s+){1,6}?)(?:denied|rejected|dismissed|refuted)\b`, 'i')
const SPEECH_WORDS = 'said|says|say|told|tell|stated|claimed|reported|announced|added|confirmed|denied|insisted|warned'

// ", during his first interview since …," / ", in a video statement," between a subject and its verb.
const INSERTION = /,\s*(?:during|in|at|after|since|while|speaking|following|before|on|from|via|through|in\s+an?)\b[^]*$/i

/** The speaker phrase without a trailing insertion: "The head of the faction, during an interview …" → "The head of the faction". */
function withoutInsertion(text: string, p: { start: number; end: number }): { start: number; end: number } {
  const phrase = text.slice(p.start, p.end)
  const m = phrase.match(INSERTION)
  if (!m || m.index === undefined || phrase.slice(0, m.index).trim().split(/\s+/).length < 2) return p
  return { start: p.start, end: p.start + m.index }
}

// "Golani, the HTS leader, ordered his fighters to … and said": the subject of a first, other verb speaks;
// "Netanyahu shared a video on X which said": so does the one who posted what speaks.
const FIRST_VERB = /\s(?:\w{3,}ed|went|gave|made|took|spoke|met|told|wrote|sent|held|came|began|tied|called|urged)\b/i

/** The speaker phrase without a coordinated verb phrase before the speech verb ("X ordered … and"). */
function withoutFirstClause(text: string, p: { start: number; end: number }): { start: number; end: number } {
  const phrase = text.slice(p.start, p.end)
  if (!/\s(?:and|which|that)$/i.test(phrase)) return p
  // an apposition between commas is part of the subject: search after it
  const appos = phrase.match(/^[^,]+,[^,]+,/)?.[0].length ?? 0
  const m = phrase.slice(appos).match(FIRST_VERB)
  if (!m || m.index === undefined) return p
  const cut = phrase.slice(0, appos + m.index).replace(/[\s,]+$/, '')
  return { start: p.start, end: p.start + cut.length }
}

// A finite verb after a subject word: "Jets struck", "Turkish drones hit", "the rebels pushed" (not "the armed
// groups", "its allied militias": a participle after a determiner or possessive qualifies its noun).
// (A speech verb or a modal counts too: "The SDF said it would withdraw from X and the army said …".)
const FINITE_VERB = /(?<!\b(?:the|a|an|its|their|his|her|our|of|and|or|newly|heavily|well|by|with|who|which|that)\s+)\b(?:(\w{3,}(?<!(?:need|speed|feed|seed|breed|creed|shed))ed)|struck|hit|shot|fought|took|seized|fell|fled|won|lost|left|began|sent|brought|drove|broke|overran|overtook|stormed|came|went|ran|said|says|told|would|will)\s+\S/i

/**
 * The speaker phrase without a clause of its own joined by "and" before it: "Jets struck Hama and the army said …" →
 * "the army" (the strike is the reporter's, not part of who speaks). What follows "and" must be a subject (no
 * auxiliary, adverb or participle opens it) and the first part must hold a finite verb after at least one subject word.
 */
function withoutJoinedClause(text: string, p: { start: number; end: number }): { start: number; end: number } {
  const phrase = text.slice(p.start, p.end)
  // (not "… and have been granted …": a second verb of the first subject)
  const joins = [...phrase.matchAll(/,?\s+and\s+(?!(?:have|has|had|was|were|is|are|be|been|will|would|could|also|then|later|now|so|not|to|[a-z]+ly|[a-z]+ed)\b)(?=\p{L})/giu)]
  for (let i = joins.length - 1; i >= 0; i--) {
    const j = joins[i] as RegExpMatchArray
    const left = phrase.slice(0, j.index)
    const verb = FINITE_VERB.exec(left)
    // (a participle opening the phrase may be an adjective: "Armed men and the police said")
    if (!verb || verb.index === undefined || (verb.index === 0 && verb[1] !== undefined)) continue
    const at = (j.index ?? 0) + j[0].length
    return { start: p.start + at, end: p.end }
  }
  return p
}

/** Reported speech runs to ", while …", ", as …", "; " or the end of the sentence. */
// (", the biggest blow yet to Assad since …", ", the heaviest fighting in years": the reporter's own measure of what
// was said, outside the words the speaker vouches for.)
function clauseEndForSpeech(text: string, from: number): number {
  const m = text.slice(from).search(/[,;]\s*(?:while|as(?!\s+well\s+as)|but|whereas)\b|;\s|,\s+(?:the|a|an|in\s+what\s+was\s+the)\s+(?:[\w-]+\s+){0,2}?(?:biggest|heaviest|largest|worst|greatest|severest|most\s+\w+|first|latest|deepest|fastest)\s+(?:[\w-]+\s+){0,4}?(?:yet|since|in|of)\b/i)
  return m < 0 ? text.length : from + m
}

/** The speaker whose scope holds offset `at`, if any (the innermost, i.e. latest-starting, scope wins). */
export function speakerFor(speakers: readonly Speaker[], at: number): Speaker | null {
  let best: Speaker | null = null
  for (const sp of speakers) {
    if (at >= sp.scopeStart && at < sp.scopeEnd && (!best || sp.scopeStart >= best.scopeStart)) best = sp
  }
  return best
}
