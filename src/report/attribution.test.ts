import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { attributionPhrase } from './attribution.ts'

describe('attribution phrase', () => {
  const cases: [string, string | null][] = [
    ['Local sources', 'local sources'],
    ['The factions\' military operations command', 'the factions\' military operations command'],
    ['Insurgents led by the Ember Front', 'insurgents led by the Ember Front'],
    ['a war monitor and the Front itself', 'a war monitor and the Front'],
    ['On the Qorvathi side, the military', 'the military'],
    ['By the afternoon the army itself', 'the army'],
    ['The Belmiran army did not', null],
    ['Relief Agency for Belmira', 'Relief Agency for Belmira'],
    ['UNRB', 'UNRB'],
    ['A field medic in Qorvath', 'a field medic in Qorvath'],
    ['Belmiran state media', 'Belmiran state media'],
    ['quoted by the state news agency Belna', 'the state news agency Belna'],
    ['cited by Belmiran state television', 'Belmiran state television'],
  ]
  for (const [raw, want] of cases) {
    it(`reads "${raw}" as ${want === null ? 'no source' : `"${want}"`}`, () => assert.equal(attributionPhrase(raw), want))
  }
  it('gives null for no attribution', () => assert.equal(attributionPhrase(null), null))
})
