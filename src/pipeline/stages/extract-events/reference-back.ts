// Event nouns that refer back to a happening already known rather than report one: "Egypt condemned the incursion",
// "Netanyahu said the deployment was temporary". Only nouns: a verb always reports ("troops deployed").

// The nouns of triggers that name an event as a thing.
const EVENT_NOUN = /^(?:incursions?|invasions?|deployments?|redeployments?|withdrawals?|offensives?|counter-?offensives?|counter-?attacks?|assaults?|attacks?|bombardments?|bombings?|air\s?-?strikes?|air\s+raids?|strikes?|raids?|shelling|ambush|operations?|advance|evacuations?|killings?|massacres?)$/i

// "condemned the incursion", "welcomed Israel's withdrawal", "defended the strikes": a reaction to the event.
// ("Turkey's condemnation of the strike", "criticism of the raids": the reaction named as a noun.)
const REACTION_BEFORE = /\b(?:condemn|denounc|criticis|criticiz|welcom|prais|hail|deplor|decr(?:y|ie)|justif|defend|questio|slamm?|lambast|protest(?:ed|ing)?\s+against|call(?:ed|s|ing)?\s+for\s+an\s+end\s+to)\w*\s+(?:(?:of|for)\s+)?(?:the|this|that|its|their|his|her|[A-Z][\w-]*['’]s?)\s+(?:\S+\s+){0,2}$/

// "made no mention of the withdrawal", "did not comment on the strikes", "want any deal to require a withdrawal",
// "demanded the withdrawal of …": an event named as what is said or left unsaid, or as what someone asks for.
const TALKED_OF_BEFORE = /\b(?:(?:made\s+)?no\s+mention\s+of|(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|would\s+not|has\s+not|have\s+not)\s+(?:comment\s+on|mention|confirm|acknowledge|discuss)|without\s+mentioning|silent\s+(?:on|about)|requir(?:e|es|ed|ing)|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed)?|insist(?:s|ed|ing)?\s+on|push(?:es|ed|ing)?\s+for|negotiat\w*|discuss(?:es|ed|ing)?)\s+(?:the|a|an|any|this|that|its|their|[A-Z][\w-]*['’]s?)\s+(?:\S+\s+){0,2}$/i

// "the deployment was temporary", "the deployment in the zone violated the agreement": the noun is the subject of a remark about it.
const DEFINITE_BEFORE = /\b(?:the|this|that|its|their)\s+(?:\S+\s+)?$/i
// (Not "the strikes were carried out overnight", "the offensive was launched on Wednesday": a passive still reports.)
const REMARK_AFTER = /^["”’']?(?:\s+(?:in|at|on|near|of|to|into|by|across)\s+(?:\S+\s+){0,2}?[\w'’-]+)?(?:\s+(?:was|is|were|are|would(?:\s+be)?|will(?:\s+be)?|remains?|remained)\s+(?!(?:\w+ed|\w+en|begun|made|fought|done|led|hit|shot|struck|underway|under\s+way|ongoing|continuing|still)\b)|\s+(?:violat|breach|contraven|undermin|constitut|amount)\w*\b)/i

/** True when the trigger at [start, end) is an event noun that refers back to a known event instead of reporting one. */
export function refersBack(text: string, start: number, end: number): boolean {
  // ("the strike on X": a trigger may hold the preposition that leads to its object.)
  if (!EVENT_NOUN.test(text.slice(start, end).replace(/\s+(?:on|against|targeting)$/i, ''))) return false
  const before = text.slice(Math.max(0, start - 60), start)
  return REACTION_BEFORE.test(before) || TALKED_OF_BEFORE.test(before) || (DEFINITE_BEFORE.test(before.slice(-24)) && REMARK_AFTER.test(text.slice(end, end + 24)))
}
