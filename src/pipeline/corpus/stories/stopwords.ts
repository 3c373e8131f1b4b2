// Data: English function words and reporting verbs that carry no topic. Dropping them makes the word set of a
// paraphrase overlap its source on content ("captured", "Homs", "bridge"), not on "the", "said", "which".
// Keep it to words that appear in any news text whatever the story; topic words ("rebels", "army") stay out.
export const STOPWORDS: ReadonlySet<string> = new Set(`
a about above after again against all almost along already also although always am among an and another any
are around as at be because been before being below between both but by can could did do does doing done down
during each either else even ever every few for from further had has have having he her here hers herself him
himself his how however i if in into is it its itself just least less like made make many may me might more
most much must my myself near nearly neither no nor not now of off often on once one only onto or other our
ours ourselves out over own per quite rather said same say says saying she should since so some still such than
that the their theirs them themselves then there these they this those though through thus to too told under
until up upon us very via was we were what whatever when where whether which while who whom whose why will with
within without would yet you your yours yourself also mr mrs ms according added adding stated stating noted
reported reporting told telling announced announcing statement claimed new last first second third
monday tuesday wednesday thursday friday saturday sunday week weeks day days today yesterday tomorrow overnight
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec
`.trim().split(/\s+/))
