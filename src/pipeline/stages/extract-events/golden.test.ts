import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { GOLDEN_DIR, goldenCases, goldenEvents } from './golden.ts'

describe('extract-events golden reports', () => {
  for (const name of goldenCases()) {
    it(`${name} gives the reviewed events (regenerate: npx tsx scripts/update-event-golden.ts)`, () => {
      const expected: unknown = JSON.parse(readFileSync(`${GOLDEN_DIR}${name}.expected.json`, 'utf8'))
      assert.deepEqual(goldenEvents(name), expected)
    })
  }
})
