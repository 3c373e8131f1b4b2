// Temporal expressions with chrono-node, anchored on the publication date. (Being written.)
import type { Stage } from '../stage.ts'

export const findDates: Stage = (doc) => doc
