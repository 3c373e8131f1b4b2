import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { oneEditApart, pruneStaleCaches } from './load.ts'

test("a fresh index build removes its theater's older cache files and abandoned temporaries, nothing else", () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'))
  const files = [
    'syria-aaaaaaaaaaaa.bin', 'syria-aaaaaaaaaaaa.json', // the new build: kept
    'syria-bbbbbbbbbbbb.bin', 'syria-bbbbbbbbbbbb.json', // an older version: removed
    'syria-cccccccccccc.bin.123.tmp', // another process writing right now: kept
    'syria-dddddddddddd.json.456.tmp', // left by a process killed hours ago: removed
    'syria-north-eeeeeeeeeeee.bin', 'none-ffffffffffff.bin', 'notes.txt', // other theaters, other files: kept
  ]
  for (const f of files) writeFileSync(join(dir, f), '')
  const now = Date.now()
  const hoursAgo = new Date(now - 3 * 3_600_000)
  utimesSync(join(dir, 'syria-dddddddddddd.json.456.tmp'), hoursAgo, hoursAgo)
  pruneStaleCaches('syria', join(dir, 'syria-aaaaaaaaaaaa'), dir, now)
  assert.deepEqual(readdirSync(dir).sort(), [
    'none-ffffffffffff.bin', 'notes.txt', 'syria-aaaaaaaaaaaa.bin', 'syria-aaaaaaaaaaaa.json', 'syria-cccccccccccc.bin.123.tmp', 'syria-north-eeeeeeeeeeee.bin',
  ])
})

test('oneEditApart: a letter added, dropped, changed or two neighbours swapped; not two edits', () => {
  const cases: readonly [string, string, boolean][] = [
    ['talbisa', 'tabisa', true], ['rastn', 'rastan', true], ['korvath', 'qorvath', true], ['qorvtah', 'qorvath', true],
    ['mharda', 'hardan', false], ['tabsia', 'talbisa', false], ['ab', 'abcd', false],
  ]
  for (const [a, b, want] of cases) {
    assert.equal(oneEditApart(a, b), want, `${a} ~ ${b}`)
    assert.equal(oneEditApart(b, a), want, `${b} ~ ${a}`)
  }
})
