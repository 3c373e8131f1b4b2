// What a denial denies, read off its sentence: "the army denied that its units had withdrawn from Homs" denies a
// change of control, "the group denied targeting civilians" a strike. A denial answers only an incident of that kind
// (in its document, extract-events linkDenials; across documents, corpus/stories/fuse.ts), so it answers the capture
// it denies rather than whatever its own document reports beside it (the denier's own line: "… saying troops were
// still fighting", "a military source said reinforcements arrived"). English verbs only: a denial in another
// language denies no type in particular; an English one whose clause names no such verb and points back to nothing
// answers nothing and stands on its own.
import type { ContractEvent } from '../../../core/contract.ts'

type Denied = ContractEvent['type']

/** Word stems that say which kind of incident a clause reports. */
const STEMS: readonly (readonly [RegExp, Denied])[] = [
  // ("denied that its troops had left the town": a force leaving is a withdrawal; "denied that he had left" is no
  // ground given up, so the leaver must be a force; "denied the fall of Hama", "reports Hama had fallen", "was under
  // rebel control")
  [/\b(?:withdr[ae]w|withdrawn|withdrawal|pull(?:ed|ing)? (?:out|back)|retreat|captur|seiz|took|tak(?:e|en|ing) (?:over|control)|fell|fall(?:en)? to|fallen\b|fall of|lost|los(?:e|ing) (?:control|the)|surrender|abandon|hand(?:ed|ing)? over|overr[au]n|control of|under (?:\S+ ){0,2}control|enter(?:s|ed|ing)?\b|(?:swept|sweeping|stormed) into)/i, 'territory_change'],
  [/\b(?:troops|forces|soldiers|units|army|fighters|militias?|personnel|garrison)\s+(?:(?:had|have|has|were|was|would|will|of\s+\S+)\s+)?(?:left|leav(?:e|es|ing)|vacat(?:e|ed|ing))\b/i, 'territory_change'],
  [/\b(?:strik|struck|bomb|shell|air ?raid|airstrike|target|shot down|missile|drone)/i, 'strike'],
  [/\b(?:kill|dead|death|casualt|wound|injur|massacre|execut)/i, 'casualties'],
  [/\b(?:clash|fight|battle|assault|attack)/i, 'battle'],
  [/\b(?:deploy|reinforc|dispatch|(?:send(?:s|ing)?|sent) (?:troops|forces|fighters|units|soldiers)|presence of)/i, 'deployment'],
  // ("denied that rebels had reached Homs", "were advancing on the city": an advance)
  [/\b(?:advanc|reach(?:ed|ing)?\b|clos(?:ed|ing) in|approach(?:ed|ing))/i, 'other'],
  [/\b(?:fle[de]|flee|displac|evacuat)/i, 'displacement'],
  [/\b(?:weapons?|arms (?:to|for|deliver)|military aid|suppl(?:y|ied|ies) (?:arms|weapons))/i, 'military_aid'],
]

/** The verb of a denial and what it denies, up to the first comma, dash or semicolon (what follows is the denier's own line). */
const DENIED_CLAUSE = /\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|rejected reports|dismissed reports)\b([^,;:—–]*)/i
// "… denied that rebels had entered Hama and said the army was repositioning": the denier's own line goes on after
// "and said", as after a comma.
const OWN_LINE = /\s+and\s+(?:said|says|added|insisted|stressed)\b.*$/i

/** The incident types the denial's sentence says it denies; empty when it names none. */
export function deniedTypes(evidence: string): ReadonlySet<Denied> {
  const clause = (DENIED_CLAUSE.exec(evidence)?.[1] ?? '').replace(OWN_LINE, '')
  const out = new Set<Denied>()
  for (const [re, type] of STEMS) if (re.test(clause)) out.add(type)
  return out
}

/**
 * True when an English denial says what it denies in words that name no kind of incident and does not point back
 * ("the ministry denied any role in the talks"): it answers no incident and stands on its own. A denial in another
 * language, whose words these rules do not read, is left to where and when it was made.
 */
export function deniesNothingNamed(evidence: string): boolean {
  return DENIED_CLAUSE.test(evidence) && deniedTypes(evidence).size === 0 && !pointsBack(evidence)
}

/** "called that report false", "dismissed the claims", "denied it": the denial names what it answers only by pointing back. */
const POINTS_BACK = /\b(?:that|this|these|those|such|the)\s+(?:report|reports|claim|claims|news|allegation|allegations|account)\b|\b(?:it|them)\b/i

/** True when a denial that names no incident it denies points back to what its text said just before. */
export function pointsBack(evidence: string): boolean {
  return POINTS_BACK.test(evidence)
}
