import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contentWords, names, narrative, numbersWithUnits, quotations, shingles, words } from './text-features.ts'

test('numbers keep their unit, and paraphrased units of one class agree', () => {
  assert.deepEqual(numbersWithUnits('280,000 individuals fled'), ['280000|people'])
  assert.deepEqual(numbersWithUnits('280,000 people fled'), ['280000|people'])
  assert.deepEqual(numbersWithUnits('some 40 km (24 miles) south'), ['40|km', '24|mi'])
  assert.deepEqual(numbersWithUnits('up to 1.5 million people'), ['1500000|people'])
})

test('years standing alone and days of the month are not figures', () => {
  assert.deepEqual(numbersWithUnits('the group split from its parent in 2016'), [])
  assert.deepEqual(numbersWithUnits('on March 10 and on 11 March'), [])
})

test('quotations of two or more words are kept, normalised', () => {
  assert.deepEqual(quotations('He said: “Your hour has come,” and left. A “word” alone is not kept.'), ['your hour has come'])
})

test('names skip sentence-initial capitals and fold transliteration prefixes', () => {
  const n = names('Rebels reached Deir al-Qarn on Monday. Fighting spread to al-Qarn and Qorvath.')
  assert.ok(n.has('qorvath'))
  assert.ok(n.has('qarn'))
  assert.ok(!n.has('rebels'))
  assert.ok(!n.has('fighting'))
})

test('identical texts give identical shingle and content-word sets', () => {
  const a = words('Fighters captured the town of Qorvath overnight, residents said.')
  const b = words('Fighters captured the town of Qorvath overnight, residents said.')
  assert.deepEqual([...shingles(a)], [...shingles(b)])
  assert.deepEqual([...contentWords(a)], [...contentWords(b)])
})

test('content words drop function words and fold simple suffixes', () => {
  assert.deepEqual([...contentWords(words('the rebels advanced'))], [...contentWords(words('rebel advances'))])
})

test('spelled-out figures of people and distance agree with digits; other spelled numbers are not figures', () => {
  assert.deepEqual(numbersWithUnits('left at least three people dead'), numbersWithUnits('3 people died'))
  assert.deepEqual(numbersWithUnits('twenty-five fighters and five hundred residents'), ['25|fighters', '500|people'])
  assert.deepEqual(numbersWithUnits('two days later, three witnesses said'), [])
})

test('the narrative drops the sentences that carry speech, a quotation over several sentences included, and keeps borrowed phrases', () => {
  const text = [
    'Rebels entered Hama on Thursday. "We have won. The city is ours," a commander said. The army left at dawn.',
    '"The road to Homs is open now," said a researcher in Beirut. He expects more defections. Crowds cheered at the "clock tower".',
  ].join('\n\n')
  assert.equal(narrative(text), 'Rebels entered Hama on Thursday. The army left at dawn.\n\nHe expects more defections. Crowds cheered at the "clock tower".')
})
