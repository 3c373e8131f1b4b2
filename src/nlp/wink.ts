// The one wink-nlp instance: loading the model costs ~100 ms, so every caller shares it.
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

export const nlp = winkNLP(model, ['sbd'])
export const its = nlp.its

/** Token offsets of `text` as half-open [start, end) pairs, from wink's lossless tokens. */
export function tokenOffsets(text: string): { tokens: [number, number][]; sentenceTokenSpans: [number, number][] } {
  const d = nlp.readDoc(text)
  const values = d.tokens().out(its.value) as string[]
  const spaces = d.tokens().out(its.precedingSpaces) as string[]
  const tokens: [number, number][] = []
  let at = 0
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? '').length
    const v = values[i] ?? ''
    // wink keeps the text lossless, but guard against a model that normalises a token's characters.
    const found = text.startsWith(v, at) ? at : text.indexOf(v, at)
    const start = found >= 0 ? found : at
    tokens.push([start, start + v.length])
    at = start + v.length
  }
  const sentenceTokenSpans = splitAfterIn(text, tokens, d.sentences().out(its.span) as unknown as [number, number][])
  return { tokens, sentenceTokenSpans }
}

/**
 * wink reads "in." as the abbreviation of inch and runs on past it; in news it ends a sentence ("as fighters moved
 * in. Gunmen killed …"). A span is cut after an "in." that follows a word and comes before a capital.
 */
function splitAfterIn(text: string, tokens: readonly [number, number][], spans: [number, number][]): [number, number][] {
  const out: [number, number][] = []
  for (const [first, last] of spans) {
    let from = first
    for (let i = first + 1; i < last; i++) {
      const [s, e] = tokens[i] as [number, number]
      if (e - s !== 3 || !/^in\.$/i.test(text.slice(s, e))) continue
      const prev = tokens[i - 1] as [number, number]
      const next = tokens[i + 1] as [number, number]
      if (/^\p{L}/u.test(text.slice(prev[0], prev[1])) && /^\p{Lu}/u.test(text.slice(next[0], next[1]))) {
        out.push([from, i])
        from = i + 1
      }
    }
    out.push([from, last])
  }
  return out
}
