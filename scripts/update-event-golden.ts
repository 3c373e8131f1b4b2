// Rewrites the golden event reports from the current rules: src/pipeline/stages/extract-events/golden/*.expected.json
// (invented articles) and test/golden/samples-events.json (the demo corpus). Review the diff.
import { writeFileSync } from 'node:fs'
import { GOLDEN_DIR, goldenCases, goldenEvents } from '../src/pipeline/stages/extract-events/golden.ts'
import { SAMPLES_GOLDEN, samplesEvents } from '../test/samples-events.ts'

for (const name of goldenCases()) {
  writeFileSync(`${GOLDEN_DIR}${name}.expected.json`, JSON.stringify(goldenEvents(name), null, 2) + '\n')
  process.stdout.write(`${name}.expected.json\n`)
}
writeFileSync(SAMPLES_GOLDEN, JSON.stringify(samplesEvents(), null, 1) + '\n')
process.stdout.write(`${SAMPLES_GOLDEN}\n`)
