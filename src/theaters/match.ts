// Compiles a lexicon's aliases into matchers over raw text and finds actor mentions (leftmost-longest, date-aware).
// Hand-written rather than a trie library: three regexes over the text are fast and keep exact UTF-16 offsets.
import { withoutArabicMarks } from '../core/arabic-marks.ts'
import type { Span } from '../core/types.ts'
import type { Actor, ActorLexicon } from './lexicon.ts'
import { aliasValidOn, foldAlias, validOn } from './lexicon.ts'

export interface ActorMatch {
  readonly span: Span
  readonly actor: Actor
  /** "alias" for a lexicon alias, "metonym" for a capital standing for its state. */
  readonly rule: 'alias' | 'metonym'
}

export interface ActorMatcher {
  readonly lexicon: ActorLexicon
  /**
   * Actor mentions in `text`, non-overlapping, in text order; aliases resolved on `date` (ISO or null), or on the
   * date `date(offset)` gives for a mention starting at that offset of the text as written.
   */
  find(text: string, date: string | null | ((at: number) => string | null)): ActorMatch[]
}

// "in Tehran", "to Damascus": a capital after a place preposition is the city, not the state.
// "in central Damascus", "into rural Damascus", "of greater Damascus": a part of the city is still the city.
// ("in the Damascus suburbs": an article may stand between.)
const PLACE_PREPOSITION = /(?:^|[^\p{L}])(?:in|to|from|at|near|toward|towards|into|outside|around|of|across|via|on|through|reach|reached|entered|enter|over)\s+(?:the\s+)?(?:(?:central|downtown|old|rural|greater|suburban|eastern|western|northern|southern|east|west|north|south)\s+)?$/iu
// "the Damascus countryside", "Damascus airport", "Damascus province": a capital before a word for a part of it or the
// land around it names the place.
const PLACE_PART_AFTER = /^\s+(?:suburbs?|countryside|province|governorate|outskirts|airport|area|region|neighbou?rhoods?|districts?|old\s+city|city\s+cent(?:re|er)|environs)\b/i
// "had taken Damascus without resistance", "jets struck Damascus", "an air strike hit Damascus", "the president fled
// Damascus": a capital taken, hit or fled is the city (not "the
// command that took Damascus", where the capture names the party: the capital there is left as it was).
const TAKEN_OR_HIT = /(?:^|[^\p{L}])(?<!\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?)(?:taken|took|seized|captured|stormed|liberated|overran|encircled|surrounded|besieged|shelled|bombed|struck|hit|pounded|targeted|raided|fled|flee|fleeing)\s+$/iu
// The same in Arabic ("إلى موسكو", "وصل الوفد أنقرة"), and a preposition joined to the name ("بأنقرة", in Ankara; "لموسكو").
const AR_PLACE_PREPOSITION = /(?:(?:^|[^\p{L}])[وف]?(?:في|إلى|الى|من|نحو|باتجاه|قرب|داخل|خارج|حول|عن|على|عبر|مع|دخل|دخلت|دخلوا|وصل|وصلت|وصلوا|غادر|غادرت|زار|زارت|يزور)\s+(?:العاصمة\s+(?:\S+\s+)?)?|(?:^|[^\p{L}])[وف]?[بل])$/u

// Arabic attaches "و" (and), "ف", "ب" (by), "ك" (like) to the next word, and "ل" (for) merges with the article:
// "والجيش السوري", "للجيش السوري" are "الجيش السوري".
const AR_ARTICLE = /^ال/u
const AR_PROCLITIC = /^(?:[وف]?لل|[وفبك]ال)/u

/** The alias an Arabic mention stands for, without its proclitic. */
function withoutProclitic(mention: string): string {
  return AR_PROCLITIC.test(mention) ? mention.replace(AR_PROCLITIC, 'ال') : mention
}

function aliasPattern(alias: string): string {
  if (AR_ARTICLE.test(alias)) return `(?:[وفبك]?ال|[وف]?لل)${aliasPattern(alias.slice(2))}`
  return alias
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’‘ʿ`´]/g, "['’‘ʿ`´]?")
    .replace(/[\s\-‐–]+/g, '[\\s\\-‐–]+')
}

/**
 * Alternatives that stand as whole words: no letter or digit right before or after, except one Arabic proclitic
 * ("لقسد", for the SDF; "وروسيا", and Russia), which is left out of the match.
 */
const bounded = (body: string): string =>
  `(?:(?<![\\p{L}\\p{N}])|(?<=(?<![\\p{L}\\p{N}])[وفبل]))(?:${body})(?![\\p{L}\\p{N}])`

/** `pluralOrOne`: aliases whose final "s" is optional ("Turkish drones?"), so the singular costs no alternative of its
 * own (a few hundred more alternatives made the one expression about eight times slower). */
function compile(aliases: readonly string[], flags: string, pluralOrOne: ReadonlySet<string> = new Set()): RegExp[] {
  const alts = [...new Set(aliases)].sort((a, b) => b.length - a.length).map((a) => (pluralOrOne.has(a) ? `${aliasPattern(a)}?` : aliasPattern(a)))
  const out: RegExp[] = []
  for (let i = 0; i < alts.length; i += ALTERNATIVES_PER_EXPRESSION) out.push(new RegExp(bounded(alts.slice(i, i + ALTERNATIVES_PER_EXPRESSION).join('|')), flags))
  return out
}

/**
 * Alternatives per expression. One expression of the whole lexicon's aliases ran about ten times slower once they
 * passed ~600 (measured over the demo corpus: 570 aliases 18–51 ms, 749 aliases 350–510 ms; 749 in chunks of 300,
 * 44 ms): V8 compiles a big alternation differently. `find` merges the chunks' matches leftmost-longest, as it
 * merges the three matchers'.
 */
const ALTERNATIVES_PER_EXPRESSION = 300

/** An alias written without lowercase letters ("SDF", "U.N.") must match in capitals. */
const isAcronym = (alias: string) => !/\p{Ll}/u.test(alias)

/** One alias as the matcher reads it (proclitics, apostrophes, hyphens, case), for a search of its own: global. */
export function aliasRegex(alias: string): RegExp {
  return new RegExp(bounded(aliasPattern(alias)), isAcronym(alias) ? 'gu' : 'giu')
}

/**
 * "Turkish drones" also names "a Turkish drone", "HTS fighters" "an HTS fighter": the singular of a Latin alias of two
 * or more words whose last word is a plural in -s. Null for one word ("rebels": "rebel-held" says nothing of who acts),
 * an -ies or -ss ending, or an alias with dates of its own.
 */
function singularOf(alias: string, dated: boolean): string | null {
  if (dated || !/[\s\-‐–]/.test(alias.trim()) || !/\p{Ll}s$/u.test(alias) || /(?:ie|s|u)s$/i.test(alias)) return null
  return alias.slice(0, -1)
}

/** Builds the matcher once per lexicon. */
export function compileActorMatcher(lexicon: ActorLexicon): ActorMatcher {
  const owners = new Map<string, Actor[]>()
  const metonymOwners = new Map<string, Actor[]>()
  const ci: string[] = []
  const cs: string[] = []
  const met: string[] = []
  const singulars = new Map<string, { plural: string; key: string }>()
  for (const a of lexicon.actors) {
    for (const alias of a.aliases) {
      ;(isAcronym(alias) ? cs : ci).push(alias)
      const k = foldAlias(alias)
      owners.set(k, [...(owners.get(k) ?? []), a])
      const one = singularOf(alias, a.aliasDates.has(k))
      if (one !== null) singulars.set(foldAlias(one), { plural: alias, key: k })
    }
    for (const m of a.metonyms) {
      met.push(m)
      const k = foldAlias(m)
      metonymOwners.set(k, [...(metonymOwners.get(k) ?? []), a])
    }
  }
  // A singular goes to every actor of its plural, unless some actor is written with it.
  const pluralOrOne = new Set<string>()
  for (const [one, { plural, key }] of singulars) {
    if (owners.has(one)) continue
    pluralOrOne.add(plural)
    owners.set(one, owners.get(key) ?? [])
  }
  type Matcher = readonly [RegExp, Map<string, Actor[]>, ActorMatch['rule']]
  const each = (res: RegExp[], table: Map<string, Actor[]>, rule: ActorMatch['rule']): Matcher[] => res.map((re) => [re, table, rule])
  const matchers: Matcher[] = [
    ...each(compile(ci, 'giu', pluralOrOne), owners, 'alias'),
    ...each(compile(cs, 'gu'), owners, 'alias'),
    ...each(compile(met, 'gu'), metonymOwners, 'metonym'),
  ]
  return {
    lexicon,
    find(written, date) {
      // "هَيْئَة تَحْرِير الشَّام" is "هيئة تحرير الشام": aliases are matched without harakat, spans given on the text as written.
      const unmarked = withoutArabicMarks(written)
      const text = unmarked.text
      const found: ActorMatch[] = []
      for (const [re, table, rule] of matchers) {
        for (const m of text.matchAll(re)) {
          const start = m.index ?? 0
          if (rule === 'metonym' && (PLACE_PREPOSITION.test(text.slice(Math.max(0, start - 24), start)) || PLACE_PART_AFTER.test(text.slice(start + m[0].length, start + m[0].length + 24)) || TAKEN_OR_HIT.test(text.slice(Math.max(0, start - 32), start)) || AR_PLACE_PREPOSITION.test(text.slice(Math.max(0, start - 32), start)))) continue
          const key = table.has(foldAlias(m[0])) ? foldAlias(m[0]) : foldAlias(withoutProclitic(m[0]))
          const candidates = table.get(key) ?? []
          // A shared alias goes to the actor that goes by it on the date (the actor valid, and the alias when it is
          // dated); an alias of one actor only still names it after its end ("the Syrian army" in a report of
          // 10 December looks back at it).
          const span = { start: unmarked.original(start), end: unmarked.original(start + m[0].length) }
          const on = typeof date === 'function' ? date(span.start) : date
          const actor = candidates.find((a) => (rule === 'alias' ? aliasValidOn(a, key, on) : validOn(a, on))) ?? candidates[candidates.length - 1]
          if (actor) found.push({ span, actor, rule })
        }
      }
      // Leftmost-longest across the matchers: "Israeli army" beats "army".
      found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
      const out: ActorMatch[] = []
      for (const f of found) {
        const last = out[out.length - 1]
        if (last && f.span.start < last.span.end) continue
        out.push(f)
      }
      return out
    },
  }
}
