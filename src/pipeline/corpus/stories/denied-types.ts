// What a denial denies, read off its sentence: "the army denied that its units had withdrawn from Homs" denies a
// change of control, "the group denied targeting civilians" a strike. Fusion prefers an incident of that type, so a
// denial answers the capture it denies rather than whatever its own document reports beside it (the denier's own
// line: "… saying troops were still fighting", "a military source said reinforcements arrived"). English verbs only:
// a denial in another language, or one whose clause names no such verb, denies no type in particular.
import type { ContractEvent } from '../../../core/contract.ts'

type Denied = ContractEvent['type']

/** Word stems that say which kind of incident a clause reports. */
const STEMS: readonly (readonly [RegExp, Denied])[] = [
  [/\b(?:withdr[ae]w|withdrawn|withdrawal|pull(?:ed|ing)? (?:out|back)|retreat|captur|seiz|took|tak(?:e|en|ing) (?:over|control)|fell|fall(?:en)? to|lost|los(?:e|ing) (?:control|the)|surrender|abandon|hand(?:ed|ing)? over|overr[au]n|control of|enter(?:s|ed|ing)?\b|(?:swept|sweeping|stormed) into)/i, 'territory_change'],
  [/\b(?:strik|struck|bomb|shell|air ?raid|airstrike|target|shot down|missile|drone)/i, 'strike'],
  [/\b(?:kill|dead|death|casualt|wound|injur|massacre|execut)/i, 'casualties'],
  [/\b(?:clash|fight|battle|assault|attack)/i, 'battle'],
  [/\b(?:deploy|reinforc|dispatch|(?:send(?:s|ing)?|sent) (?:troops|forces|fighters|units|soldiers))/i, 'deployment'],
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

/** "called that report false", "dismissed the claims", "denied it": the denial names what it answers only by pointing back. */
const POINTS_BACK = /\b(?:that|this|these|those|such|the)\s+(?:report|reports|claim|claims|news|allegation|allegations|account)\b|\b(?:it|them)\b/i

/** True when a denial that names no incident it denies points back to what its text said just before. */
export function pointsBack(evidence: string): boolean {
  return POINTS_BACK.test(evidence)
}
