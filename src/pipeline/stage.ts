// The shape of a pipeline stage: a pure function from a document to a richer document.
import type { Doc } from '../core/types.ts'
import type { StageContext } from './context.ts'

export type Stage = (doc: Doc, ctx: StageContext) => Doc
