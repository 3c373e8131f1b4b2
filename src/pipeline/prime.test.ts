// Priming through the real index: the priming reports take the place stage's rules (else they prime nothing), and
// priming changes no result.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { annotationsOf } from '../core/doc.ts'
import { defaultContext } from './context.ts'
import { PRIMING_REPORTS, primePipeline } from './prime.ts'
import { runPipeline } from './run.ts'

const ctx = defaultContext()
const run = (raw: string) => runPipeline({ source: 't', raw, format: 'text', hints: { publishedAt: '2024-11-27' } }, ctx)

test('the priming reports take every relative cue, role and resolution rule they are there for', () => {
  const taken = new Set<string>()
  for (const raw of PRIMING_REPORTS) {
    const doc = run(raw)
    for (const p of annotationsOf(doc, 'place')) for (const r of p.by.replace('find-places:', '').split('/')) taken.add(r)
    for (const m of doc.messages) if (m.stage === 'find-places') taken.add(m.rule)
  }
  const expected = ['relative-distance', 'relative-few', 'relative-districts', 'relative-parts', 'relative-countryside', 'relative-near',
    'typo-near-context', 'container', 'admin-suffix', 'part-of-city', 'thoroughfare', 'government-metonym', 'ambiguous', 'newspaper', 'venue',
    'origin', 'listed-with-mention', 'actor', 'speech-venue', 'container-of-next']
  assert.deepEqual(expected.filter((r) => !taken.has(r)), [])
})

test('priming changes nothing the pipeline finds', () => {
  const raw = 'Rebels entered Hama on Thursday, 20 km north of Homs, and shelled the western Aleppo countryside, the monitor said in London.'
  const before = run(raw)
  primePipeline(ctx)
  const after = run(raw)
  assert.ok(annotationsOf(before, 'place').length >= 4 && annotationsOf(before, 'event').length >= 1)
  assert.deepEqual(after, before)
})
