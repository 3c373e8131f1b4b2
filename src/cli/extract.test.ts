import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'

const BIN = new URL('../../bin/sitrep.js', import.meta.url).pathname
let dir: string
before(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-extract-')) })
after(() => rmSync(dir, { recursive: true, force: true }))

describe('sitrep extract', () => {
  it('prints one document per input in input order when the batch runs on worker threads', () => {
    // ~1,250,000 characters: past the size where the pipeline moves to worker threads.
    const paragraph = 'Fighters of the Ember Front entered the outskirts of Qorvath after a night of shelling, residents said. '.repeat(10)
    const files: string[] = []
    for (let i = 0; i < 1100; i++) {
      const p = join(dir, `r${i}.txt`)
      writeFileSync(p, `Report ${i}\n\n${paragraph}\n\nThe council of Melbrin counted ${i} families on the road.\n`)
      files.push(p)
    }
    // Reverse order on the command line, so sorted output could not pass by accident.
    files.reverse()
    const r = spawnSync(process.execPath, [BIN, 'extract', '--published', '2024-12-06', ...files], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })
    assert.equal(r.status, 0, r.stderr)
    const sources = r.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { source: string }).source)
    assert.deepEqual(sources, files)
  })
})
