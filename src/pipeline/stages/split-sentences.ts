// Sentences and word tokens with wink-nlp. Paragraphs (blank-line or line-break separated) never share a sentence.
import type { NewAnnotation } from '../../core/doc.ts'
import { addAnnotations } from '../../core/doc.ts'
import { mapPacked } from '../../core/packed.ts'
import { tokenOffsets } from '../../nlp/wink.ts'
import type { Stage } from '../stage.ts'

const LINE = /[^\n]+/g

export const splitSentences: Stage = (doc) => {
  const added: NewAnnotation[] = []
  for (const line of doc.text.matchAll(LINE)) {
    const base = line.index ?? 0
    const { tokens, sentenceTokenSpans } = tokenOffsets(line[0])
    for (const [first, last] of sentenceTokenSpans) {
      const sentTokens = tokens.slice(first, last + 1)
      const start = sentTokens[0]?.[0]
      const end = sentTokens[sentTokens.length - 1]?.[1]
      if (start === undefined || end === undefined || end <= start) continue
      added.push({
        kind: 'sentence',
        span: { start: base + start, end: base + end },
        by: 'split-sentences:wink',
        // One elements kind for every sentence (map's result is holey or packed by its length): every stage loops over
        // these lists, and a kind its compiled code has not met makes V8 compile it again.
        tokens: mapPacked(sentTokens, ([s, e]) => [base + s, base + e] as const),
      })
    }
  }
  return addAnnotations(doc, added)
}
