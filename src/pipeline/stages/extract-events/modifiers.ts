// Actor mentions that qualify another noun rather than act: possessors and the actors of post-modifiers.
// Roles and speakers both skip them when looking for who acts or who speaks.

// "Assad's hold on power", "Russia's position": a possessor qualifies the noun after it and is not the one acting.
// ("Turkey's defence ministry denied …": an office word before the noun keeps the state the one acting.)
const POSSESSIVE = /^['’]s?\s+(?!(?:(?:defen[cs]e|foreign|interior|armed|ground|special|security|intelligence)\s+)?(?:forces|troops|fighters|army|military|militias?|men|units|soldiers|warplanes|jets|drones|allies|proxies|air\s+force|navy|government|ministry|office|embassy|police|guards|security|intelligence)\b)/i
// "rebels opposed to Assad", "fighters loyal to X", "a force backed by Y": a modifier's actor is not the head.
const MODIFIER_BEFORE = /\b(?:opposed\s+to|loyal\s+to|allied\s+(?:to|with)|close\s+to|affiliated\s+with|(?:backed|supported|funded|armed|led|headed|trained)\s+by)\s+(?:the\s+)?(?:\S+\s+){0,2}$/i

// "factions wary of both the government and the alliance", "separate from the Islamist-led alliance": an attitude or
// a distinction towards an actor, however many are listed, says nothing of what that actor does.
const ATTITUDE_BEFORE = /\b(?:wary|suspicious|distrustful|hostile|critical|independent|separate|distinct|apart)\s+(?:of|to|from|towards?)\s+(?:both\s+)?(?:the\s+)?(?:[^\s,;.]+\s+){0,5}$/i

// "Iran-allied militias", "Turkey-backed factions", "regime-held towns": a name used as an adjective qualifies the noun after it.
// (Not "HTS-led forces": forces a name leads are its own, as "forces led by X" are, so it acts through them.)
const MODIFIER_AFTER = /^[-‐–](?:backed|allied|aligned|held|controlled|led(?!\s+(?:forces|fighters|troops|rebels|insurgents|militants|factions|units|coalition|alliance)\b)|based|funded|supported|affiliated|sponsored|linked)\b/i

// "the alliance that toppled X", "forces which had besieged Y": the object of a relative clause's verb belongs to that
// clause, not to the sentence around it. (Not "said that X …", "reported that the army …": there X is the subject.)
const RELATIVE_OBJECT = /\b(?<!\b(?:said|says|say|told|tell|stated|claimed|reported|announced|added|confirmed|denied|insisted|warned|believe|believed|thinks?|thought|knows?|knew|hopes?|fears?|clear|sure|so|now|such|given|so\s+that)\s+)(?:that|which|who)\s+(?:(?:had|has|have|once|later|then|also|helped|had\s+helped)\s+){0,2}(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]+(?:ed|ew|ook|ught)\s+(?:the\s+)?(?:\S+\s+)?$/i

// "pulled down a statue of the late president X", "tore up posters of Y": what an image or a monument shows is no party.
// "five decades of rule by the Assad family", "the rule of X", "years of rule by Y": the ruler qualifies the rule.
const RULE_OF_BEFORE = /\brule\s+(?:by|of)\s+(?:the\s+)?$/i
const DEPICTED_BEFORE = /\b(?:statues?|busts?|portraits?|posters?|pictures?|photos?|photographs?|images?|murals?|paintings?|effig(?:y|ies)|monuments?|memorials?|tombs?|graves?|mausoleums?)\s+(?:of|to|honou?ring)\s+(?:the\s+)?(?:late\s+|former\s+|ousted\s+|deposed\s+)*(?:(?:president|leader|king|ruler|general|founder)\s+)?$/i

// "Fighters loyal to X", "gunmen belonging to Y": forces that are X's own, so X acts through them.
const OWN_FORCES_BEFORE = /\b(?:fighters|forces|troops|units|gunmen|militiamen|men|soldiers)\s+(?:loyal\s+to|belonging\s+to|under\s+the\s+command\s+of|led\s+by|commanded\s+by|of)\s+(?:the\s+)?(?:local\s+)?$/i

/** The actor sits in a modifier of another noun ("rebels opposed to X"): it neither acts nor speaks there. */
export function isModifier(text: string, a: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, a.start - 60), a.start)
  return (MODIFIER_BEFORE.test(before.slice(-40)) && !OWN_FORCES_BEFORE.test(before.slice(-40))) || ATTITUDE_BEFORE.test(before) || RELATIVE_OBJECT.test(before)
    || DEPICTED_BEFORE.test(before) || RULE_OF_BEFORE.test(before.slice(-16)) || MODIFIER_AFTER.test(text.slice(a.end, a.end + 14))
}

/** The actor possesses a noun that is not one of its own bodies ("Assad's hold on power"): it does not act. */
export function isPossessor(text: string, a: { start: number; end: number }): boolean {
  return POSSESSIVE.test(text.slice(a.end, a.end + 24))
}
