// Priming through the real index: the priming reports take the stage's rules (else they prime nothing), and
// priming changes no result.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { findPlaces, primeFindPlaces } from '../find-places.ts'
import { primingDocs } from './prime.ts'
import { splitSentences } from '../split-sentences.ts'
import { findDates } from '../find-dates.ts'
import { createDoc } from '../../create-doc.ts'

const ctx = defaultContext()

/** Every rule name the stage records on a place (its `by`) or in a message, over the priming reports. */
function rulesTaken(): Set<string> {
  const rules = new Set<string>()
  for (const doc of primingDocs(ctx)) {
    const out = findPlaces(doc, ctx)
    for (const p of annotationsOf(out, 'place')) for (const r of p.by.replace('find-places:', '').split('/')) rules.add(r)
    for (const m of out.messages) if (m.stage === 'find-places') rules.add(m.rule)
  }
  return rules
}

test('the priming reports take every relative cue, role and resolution rule they are there for', () => {
  const taken = rulesTaken()
  const expected = ['relative-distance', 'relative-few', 'relative-districts', 'relative-parts', 'relative-countryside', 'relative-near',
    'typo-near-context', 'container', 'admin-suffix', 'part-of-city', 'thoroughfare', 'government-metonym', 'ambiguous', 'newspaper', 'venue',
    'origin', 'listed-with-mention', 'actor']
  assert.deepEqual(expected.filter((r) => !taken.has(r)), [])
})

test('priming changes no place the stage finds', () => {
  const text = 'Rebels entered Hama on Thursday, 20 km north of Homs, and shelled the western Aleppo countryside, the monitor said in London.'
  const doc = findDates(splitSentences({ ...createDoc({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-05' } }), text,
    toRaw: { pieces: [{ textStart: 0, rawStart: 0, length: text.length }] }, language: 'en' }, ctx), ctx)
  const before = findPlaces(doc, ctx)
  primeFindPlaces(ctx)
  const after = findPlaces(doc, ctx)
  assert.ok(annotationsOf(before, 'place').length >= 4)
  assert.deepEqual(after, before)
})
