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
  const sentenceTokenSpans = splitMissedEnds(text, tokens, d.sentences().out(its.span) as unknown as [number, number][])
  return { tokens, sentenceTokenSpans }
}

// Words after "5 a.m." that go on the same sentence: a day, a month or a time zone ("at 5 a.m. Monday", "6 p.m. GMT").
const CLOCK_GOES_ON = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|GMT|UTC|ET|EST|EDT|CET|EET|EEST|BST|local)$/

/**
 * Where wink runs on past the end of a sentence: it reads "in." as the abbreviation of inch ("as fighters moved in.
 * Gunmen killed …") and "a.m." / "p.m." as never ending one ("a curfew until 5 a.m. Jordan closed …"). A span is cut
 * after an "in." that follows a word, or a clock time's "a.m."/"p.m." after a number, when a capital comes next (not a
 * day, month or time zone, nor a place before "time": "6 p.m. Damascus time").
 */
function splitMissedEnds(text: string, tokens: readonly [number, number][], spans: [number, number][]): [number, number][] {
  const word = (i: number) => { const t = tokens[i]; return t ? text.slice(t[0], t[1]) : '' }
  const out: [number, number][] = []
  for (const [first, last] of spans) {
    let from = first
    for (let i = first + 1; i < last; i++) {
      const w = word(i)
      const next = word(i + 1)
      if (!/^\p{Lu}/u.test(next)) continue
      const inch = /^in\.$/i.test(w) && /^\p{L}/u.test(word(i - 1))
      const clock = /^[ap]\.m\.$/i.test(w) && /^\d{1,2}(?:[:.]\d\d)?$/.test(word(i - 1)) && !CLOCK_GOES_ON.test(next) && !/^time$/i.test(word(i + 2))
      if (inch || clock) {
        out.push([from, i])
        from = i + 1
      }
    }
    out.push([from, last])
  }
  return out
}
