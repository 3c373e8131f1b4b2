// What the report asks of the situation engine (control timeline and road what-if), in the public contracts'
// terms, so the report does not depend on how the engine is built. The CLI passes one when the engine is present.
import type { Control, ContractEvent, WhatIf } from '../core/contract.ts'

export interface SituationView {
  /** Control as of the end of `date` (sitrep.control/1). */
  control(date: string): Control
  /**
   * Control as of the end of `date` as the reports published by then told it: what a report for that day could say.
   * A change reported only later (a town that fell on the 6th, first reported on the 7th) is absent from it.
   */
  knownOn?(date: string): Control
  /** What would be cut if `placeId` fell to `by`, starting from control on `date` (sitrep.whatif/1). */
  whatIf(placeId: string, by: string, date: string): WhatIf
  /** A reader's name for a road the what-if names by id ("HOMS-PAL" → "Homs–Palmyra road"); ids as they are without it. */
  roadName?(road: string): string
  /**
   * Whether a denial answers a change of control from holder `from` to `to` (it speaks for the side that lost the
   * place, or for no known side); every denial at the place does without it.
   */
  answers?(denial: Pick<ContractEvent, 'actors' | 'attribution'>, change: { readonly from: string | null; readonly to: string }): boolean
}
