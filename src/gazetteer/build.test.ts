import assert from 'node:assert/strict'
import { test } from 'node:test'
import { bareNameIsCrossing, isEpithet } from './build.ts'

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

test('a crossing\'s bare name is the crossing\'s when every town of its name in the country lies far from it', () => {
  const crossing = { lat: 36.0, lon: 37.0 }
  const town = (lat: number, lon: number, cc = 'VD', kind = 'city'): { lat: number; lon: number; cc: string; kind: string } => ({ lat, lon, cc, kind })
  // Namesakes only 150 km and more away: the crossing.
  assert.equal(bareNameIsCrossing([town(37.4, 37.0), town(35.0, 38.0)], crossing.lat, crossing.lon, 'VD'), true)
  // A town of the name at the crossing keeps it, though another lies far.
  assert.equal(bareNameIsCrossing([town(36.02, 37.01), town(37.4, 37.0)], crossing.lat, crossing.lon, 'VD'), false)
  // No town of the name in the country (only abroad, or a feature): the name stays what it reaches.
  assert.equal(bareNameIsCrossing([town(48, 2, 'FR')], crossing.lat, crossing.lon, 'VD'), false)
  assert.equal(bareNameIsCrossing([town(37.4, 37.0, 'VD', 'feature')], crossing.lat, crossing.lon, 'VD'), false)
  assert.equal(bareNameIsCrossing([], crossing.lat, crossing.lon, 'VD'), false)
})
