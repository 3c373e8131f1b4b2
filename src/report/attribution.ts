// Turns an event's attribution, as extraction cut it from the sentence, into a phrase that reads after "according
// to": framing words before the source are dropped, a common-noun source is lower-cased, and a cut that caught a
// verb ("The Syrian army did not") is refused, so the report says "claimed" rather than print a fragment.

// A clause, not a noun phrase: the cut ran past the source into what it said or did.
const VERBISH = /\b(?:did|does|do|not|never|no longer|had|has|have|was|were|is|are|would|could|should|will|may|might|said|says|told|added|conceded|denied|claimed|reported|stated)\b/i
// "By the afternoon the army itself", "Later the ministry": a time or place phrase before the source's determiner.
const LEADING_FRAME = /^(?:by|on|in|at|after|before|during|later|earlier|late|early|meanwhile|separately)\s+(?:(?:the|a|an|this|that)\s+)?\S+\s+(?=(?:the|a|an|its|their|his|her|two|three|several)\s)/i
// "On the Israeli side, the military": a framing phrase set off by a comma.
const FRAME_COMMA = /^(?:by|on|in|at|after|before|during|later|earlier|meanwhile|separately|according to)\b[^,]*,\s*/i
// Words that open a common-noun phrase ("Local sources", "Insurgents led by …"): lower-cased mid-sentence.
const COMMON_OPENERS = /^(?:the|a|an|two|three|four|five|several|some|many|local|senior|unnamed|unidentified|military|security|rebel|rebels|insurgents?|fighters?|activists?|witness(?:es)?|residents?|sources?|officials?|medics?|doctors?|monitors?|commanders?|state|government|opposition)$/i
// "quoted by the state news agency SANA": a cut that kept only the channel of an unnamed source; the channel it is.
const CHANNEL = /^(?:as )?(?:quoted|cited|carried|relayed|reported) (?:by|in) /i
const MAX_WORDS = 12

/** The attribution as a noun phrase to follow "according to", or null when it is not one. */
export function attributionPhrase(raw: string | null): string | null {
  if (raw === null) return null
  let s = raw.replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/, '')
  s = s.replace(FRAME_COMMA, '').replace(LEADING_FRAME, '').replace(CHANNEL, '')
  s = s.replace(/\s+(?:itself|themselves|himself|herself)$/i, '')
  if (s.length === 0 || VERBISH.test(s) || s.split(' ').length > MAX_WORDS) return null
  const first = s.split(' ')[0]!
  // An all-capital opener is an acronym ("UNRB") and stays; a one-letter "A" is only the article.
  const acronym = first.length > 1 && first === first.toUpperCase()
  return COMMON_OPENERS.test(first) && !acronym ? first.toLowerCase() + s.slice(first.length) : s
}
