// Rewrites src/pipeline/stages/extract-events/golden/*.expected.json from the current rules. Review the diff.
import { writeFileSync } from 'node:fs'
import { GOLDEN_DIR, goldenCases, goldenEvents } from '../src/pipeline/stages/extract-events/golden.ts'

for (const name of goldenCases()) {
  writeFileSync(`${GOLDEN_DIR}${name}.expected.json`, JSON.stringify(goldenEvents(name), null, 2) + '\n')
  process.stdout.write(`${name}.expected.json\n`)
}
