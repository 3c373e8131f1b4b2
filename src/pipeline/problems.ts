// Decides whether a processed document is unusable as input (e.g. nothing left after cleaning).
import { AppError } from '../core/errors.ts'
import type { Doc } from '../core/types.ts'

/** The first error-severity message on the document as an AppError naming its source, or null. */
export function docProblem(doc: Doc): AppError | null {
  const m = doc.messages.find((x) => x.severity === 'error')
  return m ? new AppError('input_empty', m.message, doc.meta.source) : null
}
