// Golden report for the demo corpus: every event of samples/ as reviewed. Regenerate with
// `npx tsx scripts/update-event-golden.ts` after a deliberate change and review the diff.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { SAMPLES_GOLDEN, samplesEvents } from './samples-events.ts'

test('the demo corpus gives the reviewed events (regenerate: npx tsx scripts/update-event-golden.ts)', () => {
  const expected: unknown = JSON.parse(readFileSync(SAMPLES_GOLDEN, 'utf8'))
  assert.deepEqual(samplesEvents(), expected)
})
