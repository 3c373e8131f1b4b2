// A date expression found in text, before it becomes an annotation.
import type { DatePrecision } from '../../../core/types.ts'

export interface DateFind {
  start: number
  end: number
  /** First day (ISO) or null when the expression cannot be resolved without an anchor. */
  value: string | null
  /** Last day for month, year and range precision; null for a single day. */
  valueEnd: string | null
  precision: DatePrecision | null
  /** The rule that read it, e.g. "chrono", "vague:overnight". */
  rule: string
}
