// Generic plurals the lexicon writes with their article ("the factions": the opposition alliance in this theater's
// reports): the same noun without the article ("armed factions seized …", "Factions in the south entered …") names
// the same actor unless something names other factions ("SNA factions", "Palestinian factions", "pro-Turkish factions",
// "factions loyal to the government"); and "the factions" a sentence after "Turkish-backed factions" are those.
import type { Actor, ActorLexicon } from '../../../theaters/lexicon.ts'

/** An actor mention as find-actors builds it: its span and the actor. */
export interface Mention {
  readonly span: { readonly start: number; readonly end: number }
  readonly actorId: string
}

export interface BarePlural {
  readonly actor: Actor
  /** "the factions" as the lexicon writes it, and the noun ("factions"). */
  readonly alias: string
  readonly noun: string
  /** The bare noun, as a global, case-insensitive expression over the text. */
  readonly pattern: RegExp
  /** Lowercase words of the actor's own aliases ("armed", "opposition", "rebel"): they qualify the noun as its own. */
  readonly ownWords: ReadonlySet<string>
  /** Arabic qualifies after the noun ("فصائل مسلحة", armed factions); English before it. */
  readonly arabic: boolean
}

const cache = new WeakMap<ActorLexicon, readonly BarePlural[]>()

/** The lexicon's aliases of the form "the <plural noun>", with what their bare noun needs. */
export function barePlurals(lex: ActorLexicon): readonly BarePlural[] {
  const known = cache.get(lex)
  if (known) return known
  const out: BarePlural[] = []
  for (const actor of lex.actors) {
    for (const alias of actor.aliases) {
      const noun = /^the\s+(\p{Ll}{3,}s)$/u.exec(alias)?.[1]
      if (noun) {
        const ownWords = new Set(actor.aliases.flatMap((a) => a.toLowerCase().split(/\s+/)).filter((w) => /^\p{Ll}{4,}$/u.test(w) && w !== noun))
        out.push({ actor, alias, noun, pattern: new RegExp(`(?<![\\p{L}\\p{N}'’-])${noun}(?![\\p{L}\\p{N}'’-])`, 'giu'), ownWords, arabic: false })
        continue
      }
      // "الفصائل" whose bare noun opens another alias of the actor ("فصائل المعارضة"): the noun is used with qualifiers.
      const arabicNoun = /^ال(\p{L}{3,})$/u.exec(alias)?.[1]
      if (!arabicNoun || !actor.aliases.some((a) => a.startsWith(`${arabicNoun} `))) continue
      const ownWords = new Set(actor.aliases.flatMap((a) => a.split(/\s+/).slice(1)).flatMap((w) => [w, w.replace(/^ال/u, '')]))
      out.push({ actor, alias, noun: arabicNoun, pattern: new RegExp(`(?<=(?:^|[^\\p{L}\\p{N}])[وف]?)${arabicNoun}(?![\\p{L}\\p{N}])`, 'gu'), ownWords, arabic: true })
    }
  }
  cache.set(lex, out)
  return out
}

// Closed-class words that may stand before the bare noun without qualifying it: "by factions", "two factions",
// "and factions", "that factions".
const FUNCTION_WORD = /^(?:and|or|but|by|with|from|to|against|between|among|amid|as|that|while|when|after|before|of|for|on|in|at|into|several|some|many|most|all|both|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|other\s+than)$/i
// "factions loyal to the government", "factions of the SNA", "factions backed by Ankara": the phrase after names whose.
const NAMED_AFTER = /^\s+(?:loyal|backed|allied|affiliated|aligned|linked|belonging|supported|sponsored|funded|close|tied|of|from\s+the)\b/i

/**
 * True when the bare noun at [start, end) is the lexicon's generic actor: every word right before it is one of the
 * actor's own qualifiers ("armed", "opposition"), and before those stands a sentence or clause start or a function
 * word; none names anyone else (a name, a demonym, "pro-Turkish", "SNA"), and no phrase after says whose they are.
 */
export function isGeneric(text: string, start: number, end: number, plural: BarePlural, mentions: readonly Mention[]): boolean {
  if (plural.arabic) return isGenericArabic(text, end, plural, mentions)
  if (NAMED_AFTER.test(text.slice(end, end + 24))) return false
  let at = start
  for (;;) {
    const word = /(\S+)(\s+)$/u.exec(text.slice(Math.max(0, at - 40), at))
    const w = word?.[1]
    // (a dash opens the clause too: a live blog's "00:55 - Rebel factions say …")
    if (!word || !w || /[.;:!?"“”()]$/u.test(w) || /^[-–—|]$/u.test(w)) return true
    if (/,$/.test(w)) return true
    const wordStart = at - word[0].length
    if (mentions.some((m) => m.span.end > wordStart && m.span.start < at)) return false
    if (FUNCTION_WORD.test(w)) return true
    if (!plural.ownWords.has(w.toLowerCase())) return false
    at = wordStart
  }
}

// An Arabic adjective of origin ("عراقية", Iraqi; "كردية") or of allegiance ("موالية", "(ال)مدعومة من", "تابعة") after
// the qualifiers says whose the factions are.
const ARABIC_OTHERS = /^(?:ال)?(?:\p{L}+(?:ية|يون|يين)|مدعوم\p{L}*|تابع\p{L}*|مقرب\p{L}*)$/u

/**
 * "سيطرت فصائل مسلحة على …" (armed factions took …): the bare noun is the generic actor when at least one of its own
 * qualifiers follows it ("مسلحة", "معارضة") and nothing after them says whose the factions are.
 */
function isGenericArabic(text: string, end: number, plural: BarePlural, mentions: readonly Mention[]): boolean {
  let at = end
  let qualified = false
  for (;;) {
    const word = /^(\s+)([^\s،,.؛:!؟]+)/u.exec(text.slice(at, at + 40))
    const w = word?.[2]
    if (!word || !w) return qualified
    const wordStart = at + (word[1] as string).length
    if (mentions.some((m) => m.span.end > wordStart && m.span.start < wordStart + w.length)) return false
    if (!plural.ownWords.has(w)) return qualified && !ARABIC_OTHERS.test(w)
    qualified = true
    at = wordStart + w.length
  }
}

/**
 * "Turkish-backed factions control Manbij, two days after the factions first claimed it": "the factions" in the same
 * or the next sentence after a mention that ends with the same noun are that mention's actor; null when none.
 */
export function referredFactions(text: string, m: Mention, plural: BarePlural, mentions: readonly Mention[],
  sentenceStartOf: (at: number) => number): Mention | null {
  const from = sentenceStartOf(Math.max(0, sentenceStartOf(m.span.start) - 1))
  const named = mentions.filter((x) => x.span.end <= m.span.start && x.span.start >= from && x.actorId !== plural.actor.id
    && new RegExp(`\\b${plural.noun}$`, 'i').test(text.slice(x.span.start, x.span.end))).pop()
  return named ? { span: m.span, actorId: named.actorId } : null
}
