import assert from 'node:assert/strict'
import { test } from 'node:test'
import { capitalsFlags, hasDigit, isVerbForm, W_ABBREVIATION, W_ACRONYM, W_CAPITALS } from './word-shape.ts'

// The expressions the char-code readers replace: they must say the same for every word.
const byExpressions = (text: string): number =>
  (/^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$/.test(text) ? W_ABBREVIATION : 0) | (/^[A-Z]{4,}$/.test(text) ? W_ACRONYM : 0) |
  (/^(?:[A-Z]{2,3}|(?:[A-Z]\.)+)$/.test(text) ? W_CAPITALS : 0)

/** Every word of up to `n` characters over a small alphabet that holds each case the expressions tell apart. */
function wordsOver(alphabet: string, n: number): string[] {
  let words = ['']
  const out: string[] = ['']
  for (let len = 1; len <= n; len++) {
    words = words.flatMap((w) => [...alphabet].map((c) => w + c))
    out.push(...words)
  }
  return out
}

test('capital shapes read from char codes equal the expressions (every word of up to six of "UKa.1")', () => {
  for (const w of wordsOver('UKa.1', 6)) assert.equal(capitalsFlags(w), byExpressions(w), w)
  for (const w of ['NATO', 'U.S.A.B.', 'HOMS', 'UAE', 'U.', 'Us', 'usa', 'U.S', 'ÉTAT', 'BBC']) assert.equal(capitalsFlags(w), byExpressions(w), w)
})

test('verb forms read from char codes equal the expression (every word of up to five of "ingedm")', () => {
  for (const w of wordsOver('ingedm', 5)) assert.equal(isVerbForm(w), /(?:ing|(?<!m)ed)$/.test(w), w)
  for (const w of ['capturing', 'seized', 'mohammed', 'ahmed', 'ed', 'med', 'ing']) assert.equal(isVerbForm(w), /(?:ing|(?<!m)ed)$/.test(w), w)
})

test('hasDigit equals /\\d/', () => {
  for (const w of ['', 'a', '1', 'a1', 'Homs', '١٢', '٣']) assert.equal(hasDigit(w), /\d/.test(w), w)
})
