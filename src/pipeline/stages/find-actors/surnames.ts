// "SDF commander Mazloum Abdi said … Abdi called for a ceasefire": a person named in full is named again by the last
// word of the name alone. The lexicon lists full names; a surname alone is that person only after the full name, in
// the same text, and only when no other person named so far shares it.

/** An actor mention as find-actors builds it: its span, the actor and the actor's kind. */
export interface NamedMention {
  readonly span: { readonly start: number; readonly end: number }
  readonly actorId: string
  readonly actorKind: string
}

// The last word of a full name: capitalised, four letters or more ("Abdi", "Jalali", "Pedersen").
const SURNAME = /(?:^|\s)(\p{Lu}[\p{Ll}'’-]{3,})$/u

// A capitalised word before a surname that is no first name: a sentence's opening adverb or conjunction, or a title.
const OPENER_OR_TITLE = /^(?:Then|Later|But|And|When|After|Before|Meanwhile|However|Also|While|As|Earlier|So|Yet|Mr\.?|Commander|General|Gen\.|President|Minister|Leader|Chief|Sheikh)$/

/**
 * Spans of surnames standing alone after a person's full name, each with that person's mention; `taken` says whether
 * a span is already another mention (an actor's or a place's).
 */
export function surnameMentions(text: string, mentions: readonly NamedMention[], taken: (span: { start: number; end: number }) => boolean): { span: { start: number; end: number }; of: NamedMention }[] {
  const persons = mentions.filter((m) => m.actorKind === 'person' && /\s/.test(text.slice(m.span.start, m.span.end).trim()))
  const bySurname = new Map<string, NamedMention | null>()
  for (const p of persons) {
    const surname = SURNAME.exec(text.slice(p.span.start, p.span.end))?.[1]
    if (!surname) continue
    const known = bySurname.get(surname)
    // (two people of one family: "Bashar … Maher …" leave the surname to neither)
    bySurname.set(surname, known === undefined || known?.actorId === p.actorId ? (known ?? p) : null)
  }
  const out: { span: { start: number; end: number }; of: NamedMention }[] = []
  for (const [surname, person] of bySurname) {
    if (!person) continue
    const first = persons.find((p) => p.actorId === person.actorId) as NamedMention
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’-])${surname}(?![\\p{L}\\p{N}-])`, 'gu'))) {
      const span = { start: m.index ?? 0, end: (m.index ?? 0) + surname.length }
      if (span.start < first.span.end || taken(span)) continue
      // (not a part of another name: "Omar Abdi", "Abdi Square")
      const word = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(text.slice(Math.max(0, span.start - 20), span.start))?.[1]
      if (word && !OPENER_OR_TITLE.test(word)) continue
      if (/^\s+\p{Lu}/u.test(text.slice(span.end, span.end + 3))) continue
      out.push({ span, of: person })
    }
  }
  return out
}
