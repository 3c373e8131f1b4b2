// Names that are part of an actor's or a person's name are no place mentions: "مظلوم" (a village) in "مظلوم عبدي"
// (Mazloum Abdi), "السامية" in UNHCR's Arabic name, "US" in "US-backed Kurdish forces" (but a body named after its
// town, "Manbij Military Council", is in that town); nor is a name after a
// person's title ("القائد مظلوم", "الشيخ X"). Recognition runs before the actor stage, so this reads the theater's
// lexicon itself, and only around the few names recognition proposed.
import { withoutArabicMarks } from '../../../core/arabic-marks.ts'
import { foldName, nameKey } from '../../../gazetteer/normalize.ts'
import { loadActorLexicon } from '../../../theaters/load.ts'
import { aliasRegex } from '../../../theaters/match.ts'
import { arabicCore, isArabicWord } from './arabic.ts'
import type { Mention } from './recognize.ts'

/** An alias of two words or more, and whether its actor is a person. A one-word alias that is a place ("Turkey")
 * names the state as well as the country: the country stays a place (role.ts marks it as acting). */
interface LongAlias {
  readonly alias: string
  readonly person: boolean
  /** Its words in lowercase, which a text must all hold before the alias's regex is worth running. */
  readonly words: readonly string[]
  /** A body's acronym ("SANA", "HTS"): no place when written so, whatever village shares its letters (Saana). */
  readonly acronym?: boolean
  regex?: RegExp
}

/** Long aliases by the key of each of their words ("مظلوم" -> "مظلوم عبدي"). */
export type ActorNameIndex = ReadonlyMap<string, readonly LongAlias[]>

/** The index of some actors' long aliases (a lexicon's, or a test's). */
export function actorNameIndex(actors: readonly { readonly kind: string; readonly aliases: readonly string[] }[]): ActorNameIndex {
  const index = new Map<string, LongAlias[]>()
  for (const actor of actors) {
    for (const alias of actor.aliases) {
      // Keyed as place names are (nameKey), so a mention's own key finds them without folding its text again.
      const words = nameKey(alias).split(' ')
      if (foldName(alias).split(' ').length < 2) {
        // (A state's one-word names stay places: "UAE" is the country as well as its government.)
        if (actor.kind !== 'state' && ACRONYM.test(alias)) fileAlias(index, words[0] as string, { alias, person: false, words: [], acronym: true })
        continue
      }
      const entry: LongAlias = { alias, person: actor.kind === 'person', words: alias.toLowerCase().split(/[\s\-‐–]+/u).filter((w) => w.length > 2) }
      for (const w of new Set(words)) fileAlias(index, w, entry)
    }
  }
  return index
}

/** Capitals only, three or more: an acronym as a lexicon writes one. */
const ACRONYM = /^[A-Z]{3,}$/

function fileAlias(index: Map<string, LongAlias[]>, key: string, entry: LongAlias): void {
  const list = index.get(key)
  if (list) list.push(entry)
  else index.set(key, [entry])
}

const indexes = new Map<string, ActorNameIndex>()

/** The index of a theater's actor lexicon, built once per process; empty without a theater. */
export function actorNameIndexFor(theater: string): ActorNameIndex {
  let index = indexes.get(theater)
  if (!index) indexes.set(theater, (index = theater ? actorNameIndex(loadActorLexicon(theater).actors) : new Map()))
  return index
}

/** Person titles before an Arabic name: commander, president, sheikh, leader, officer ranks, minister, mister, doctor. */
const ARABIC_TITLES = new Set(['القائد', 'الرئيس', 'الشيخ', 'الزعيم', 'الأمير', 'الملك', 'العميد', 'اللواء', 'العقيد', 'المقدم', 'الرائد',
  'النقيب', 'الجنرال', 'الفريق', 'الوزير', 'السيد', 'السيدة', 'الدكتور', 'الحاج', 'الإمام', 'المطران', 'الناشط', 'الصحفي', 'المتحدث'].map(foldName))

/** The Arabic word right before `at` names a person's title ("القائد", "والرئيس"). */
function titleBefore(text: string, at: number): boolean {
  const m = /([^\s]+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, at - 24), at))
  if (!m || !isArabicWord(m[1] as string)) return false
  const word = foldName(arabicCore(m[1] as string).word)
  return ARABIC_TITLES.has(word) || (/^[وف]/u.test(word) && ARABIC_TITLES.has(word.slice(1)))
}

/** 'person' when the name is part of a person's name or follows a title, 'actor' inside another actor's name, else null. */
export function actorNameAt(text: string, m: Mention, index: ActorNameIndex): 'person' | 'actor' | null {
  if (m.arabic && m.suffix === null && m.bearing === null && titleBefore(text, m.start)) return 'person'
  if (index.size === 0) return null
  const space = m.key.indexOf(' ')
  const candidates = index.get(space < 0 ? m.key : m.key.slice(0, space))
  if (!candidates) return null
  // Most names that share a word with an alias stand outside it ("Iran" and "Iran-backed militias"): a substring test
  // of the alias's words within 80 characters of the name spares the regex (an alias longer than that is always tried).
  let around: string | null = null
  for (const c of candidates) {
    if (c.acronym) {
      if (m.end - m.start === c.alias.length && text.startsWith(c.alias, m.start)) return 'actor'
      continue
    }
    // Aliases are written without harakat: "الشَّامِ" in "هَيْئَةُ تَحْرِيرِ الشَّامِ" is inside the name as "الشام" is.
    around ??= withoutArabicMarks(text.slice(Math.max(0, m.nameStart - 80), m.nameEnd + 80)).text.toLowerCase()
    const near = around
    if (c.alias.length <= 76 && !c.words.every((w) => near.includes(w))) continue
    const from = Math.max(0, m.nameStart - c.alias.length - 4)
    const window = withoutArabicMarks(text.slice(from, m.nameEnd + c.alias.length + 4))
    c.regex ??= aliasRegex(c.alias)
    for (const hit of window.text.matchAll(c.regex)) {
      const start = from + window.original(hit.index ?? 0)
      const end = from + window.original((hit.index ?? 0) + hit[0].length)
      if (start > m.nameStart || end < m.nameEnd || end - start <= m.nameEnd - m.nameStart) continue
      if (c.person) return 'person'
      // "Manbij Military Council" is based where it is named for (recognition's rule for bodies named after a place);
      // "US-backed forces", "قوات سوريا الديمقراطية", "Dawn of Freedom" name no location.
      if (start < m.nameStart || /^[-‐‑]/u.test(text.slice(m.nameEnd, m.nameEnd + 1))) return 'actor'
    }
  }
  return null
}

/**
 * The mentions that are places: without names inside an actor's name or after a person's title, nor any other
 * bare mention of a name that was a person's ("القائد مظلوم … وقال مظلوم").
 */
export function withoutActorNames(text: string, mentions: readonly Mention[], index: ActorNameIndex): Mention[] {
  const persons = new Set<string>()
  const kept = mentions.filter((m) => {
    const found = actorNameAt(text, m, index)
    if (found === 'person') persons.add(m.key)
    return found === null
  })
  return persons.size === 0 ? kept : kept.filter((m) => !persons.has(m.key) || m.suffix !== null)
}
