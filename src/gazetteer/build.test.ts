import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isEpithet } from './build.ts'

// [alias, epithet]: an epithet matches whole, in lowercase text too; a spelling is matched as any capitalised name is.
const ALIASES: readonly [string, boolean][] = [
  ["Vardenia's second city", true],
  ['the Vardenian capital', true],
  ['العاصمة القرفاثية', true],
  ['Qorvatho', false],
  ['Tell Zembra', false],
  ['Ain al-Zembra', false],
  ['Serêzembrayê', false],
]
for (const [alias, epithet] of ALIASES) {
  test(`theater alias "${alias}" is ${epithet ? 'an epithet' : 'a spelling'}`, () => assert.equal(isEpithet(alias), epithet))
}
