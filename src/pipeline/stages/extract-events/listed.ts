// "Russia, Iran and Turkey", "Egypt and Jordan", "Qatar, Saudi Arabia and the Arab League": names of one list, joined by
// commas and a final "and". An apposition is no list: "Abu Mohammed al-Golani, the HTS leader", "The commander of the
// SDF, Mazloum Abdi" name one speaker twice.

/** A mention: where it is in the sentence. */
export interface Placed { readonly start: number; readonly end: number }

const COMMA = /^\s*,\s*$/
const AND = /^\s*,?\s*and\s+(?:the\s+)?$/i

/** The run of `mentions` (in text order) listed with `mentions[at]`: itself alone when it is in no list. */
export function listedWith<M extends Placed>(text: string, mentions: readonly M[], at: number): M[] {
  const joint = (i: number) => text.slice((mentions[i] as M).end, (mentions[i + 1] as M).start)
  let from = at
  let to = at
  while (from > 0 && (COMMA.test(joint(from - 1)) || AND.test(joint(from - 1)))) from--
  while (to < mentions.length - 1 && (COMMA.test(joint(to)) || AND.test(joint(to)))) to++
  // (A list ends on "and": "A, B" alone is an apposition or two clauses.)
  let end = from
  for (let i = from; i < to; i++) if (AND.test(joint(i))) end = i + 1
  if (at > end) return [mentions[at] as M]
  return mentions.slice(from, end + 1)
}
