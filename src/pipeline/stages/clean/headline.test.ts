import assert from 'node:assert/strict'
import { test } from 'node:test'
import { looksLikeDateLine, looksLikeHeading, looksLikeHeadline, sameTitle } from './headline.ts'

test('a short unterminated line is a headline', () => {
  assert.equal(looksLikeHeadline('Militia fighters push toward Velmar as the council calls for reinforcements'), true)
  assert.equal(looksLikeHeadline('Is the Ostra bridge about to fall?'), true)
})

test('a sentence with a closing period is not a headline', () => {
  assert.equal(looksLikeHeadline('Militia fighters pushed toward Velmar on Tuesday.'), false)
})

test('section kickers in capitals or sentence case are headings', () => {
  assert.equal(looksLikeHeading('FRONT LINES'), true)
  assert.equal(looksLikeHeading('A fragile truce'), true)
  assert.equal(looksLikeHeading('The truce held.'), false)
})

test('a line that is only a date is a section\'s day, not a heading to drop', () => {
  for (const line of ['Monday, December 9', 'Tuesday 10 December 2024', 'Dec. 11', 'Thursday', '9 December']) assert.equal(looksLikeDateLine(line), true, line)
  for (const line of ['Monday morning briefing', 'Sunday Times', 'March 2011', 'December', 'Mayor 9']) assert.equal(looksLikeDateLine(line), false, line)
})

test('titles match regardless of case and punctuation', () => {
  assert.equal(sameTitle('Fighters push toward Velmar', 'FIGHTERS PUSH TOWARD VELMAR!'), true)
  assert.equal(sameTitle('Fighters push toward Velmar', 'Fighters push toward Qorvath'), false)
})

test('a line ending in an ellipsis is cut-off text, not a headline', () => {
  assert.equal(looksLikeHeadline('Fighters pushed on toward the coast and the army…'), false)
})
