import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { fromPacked } from './load.ts'
import { memoryGazetteer } from './memory.ts'
import { nameKey } from './normalize.ts'
import { readPacked, writePacked, pack } from './pack.ts'
import type { GazIndexData } from './types.ts'

const DATA: GazIndexData = {
  version: 1, theater: 't', theaterCountry: 'QX',
  columns: {
    placeId: ['geonames:7', 'theater:qorvath-bridge'], geonameId: [7, null], name: ['Qorvath', 'Qorvath bridge'],
    lat: [35.5, 35.51], lon: [37.5, 37.52], cc: ['QX', 'QX'], admin1: ['QX.01', 'QX.01'], fcode: ['PPLA', 'BRIDGE'],
    kind: ['city', 'feature'], population: [12000, 0], pcode: ['C0007', ''], precision: ['exact', 'exact'],
  },
  keys: { [nameKey('Qorvath')]: 1, [nameKey('Qorvath al-Kabir')]: [0], [nameKey('Qorvath bridge')]: 3,
    [nameKey('Greater Qorvath')]: [1, 2] },
  lowercaseKeys: [], focusKeys: [], admin1Names: { 'QX.01': 'Qorvath Governorate' }, demonyms: { [nameKey('Qorvathi')]: 'QX' },
}

test('the packed index reads back from disk with the same entries and lookups', () => {
  const base = join(mkdtempSync(join(tmpdir(), 'sitrep-pack-')), 'index')
  writePacked(pack(DATA), base)
  const gaz = fromPacked(readPacked(base))
  assert.equal(gaz.size, 2)
  const [hit] = gaz.lookup(nameKey('Qorvath'))
  assert.deepEqual(hit, { entry: 0, own: true })
  const e = gaz.entry(0)
  assert.equal(e.placeId, 'geonames:7')
  assert.equal(e.pcode, 'C0007')
  assert.equal(e.lat, 35.5)
  assert.equal(gaz.entry(1).placeId, 'theater:qorvath-bridge')
  assert.equal(gaz.entry(1).geonameId, null)
  assert.equal(gaz.lookup(nameKey('Qorvath al-Kabir'))[0]?.own, false)
  assert.equal(gaz.demonymCountry(nameKey('Qorvathi')), 'QX')
  assert.equal(gaz.admin1Name('QX.01'), 'Qorvath Governorate')
  assert.deepEqual([0, 1].map((i) => gaz.populationOf(i)), [0, 1].map((i) => gaz.entry(i).population))
  // A key with several refs lists them in the order the index holds them.
  assert.deepEqual(gaz.lookup(nameKey('Greater Qorvath')), [{ entry: 0, own: true }, { entry: 1, own: false }])
})

test('typo lookups find theater-country keys one edit away', () => {
  const gaz = memoryGazetteer([{ id: 1, name: 'Talbiseh', lat: 34.8, lon: 36.7, cc: 'QX', fcode: 'PPL' }], 'QX')
  assert.deepEqual(gaz.spellingNeighbours(nameKey('Tabisa')), [nameKey('Talbiseh')])
  assert.deepEqual(gaz.spellingNeighbours(nameKey('Tbs')), [])
  // Two keys that share a deletion of each may be two edits apart: a letter dropped at each end is no typo.
  const far = memoryGazetteer([{ id: 2, name: 'Varsen', lat: 34.8, lon: 36.7, cc: 'QX', fcode: 'PPL' }], 'QX')
  assert.deepEqual(far.spellingNeighbours(nameKey('Kvarse')), [])
  assert.deepEqual(far.spellingNeighbours(nameKey('Vrasen')), [nameKey('Varsen')])
})

test('typo lookups find a theater-country key whose short vowel after the first consonant was dropped', () => {
  const gaz = memoryGazetteer([
    { id: 1, name: 'Muqrabah', lat: 35.2, lon: 36.6, cc: 'QX', fcode: 'PPL' },
    { id: 2, name: 'Muqrabah', lat: 40.2, lon: 30.6, cc: 'QY', fcode: 'PPL' },
    { id: 3, name: 'Naura', lat: 35.3, lon: 36.5, cc: 'QX', fcode: 'PPL' },
  ], 'QX')
  // Mqarbeh: the vowels moved and the first one dropped, the consonants kept.
  assert.deepEqual(gaz.spellingNeighbours(nameKey('Mqarbeh')), [nameKey('Muqrabah')])
  // Either way round: the index's spelling may be the one without the vowel.
  const dropped = memoryGazetteer([{ id: 4, name: 'Mqarbeh', lat: 35.2, lon: 36.6, cc: 'QX', fcode: 'PPL' }], 'QX')
  assert.deepEqual(dropped.spellingNeighbours(nameKey('Muqrabah')), [nameKey('Mqarbeh')])
  // Only a dropped vowel after the first consonant: the same consonants with other vowels are another name.
  assert.deepEqual(gaz.spellingNeighbours(nameKey('Maqrubi')), [])
  // Two consonants are too few to tell a name by.
  assert.deepEqual(gaz.spellingNeighbours(nameKey('Nrauo')), [])
})
