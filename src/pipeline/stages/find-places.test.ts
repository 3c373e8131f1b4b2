import assert from 'node:assert/strict'
import { test } from 'node:test'
import { annotationsOf, assertDoc } from '../../core/doc.ts'
import type { Doc, PlaceAnnotation } from '../../core/types.ts'
import { memoryGazetteer } from '../../gazetteer/memory.ts'
import type { PlaceSpec } from '../../gazetteer/memory.ts'
import { defaultContext } from '../context.ts'
import { findPlacesWith } from './find-places.ts'
import { actorNameIndex } from './find-places/actor-names.ts'
import { oneSensePerDocument } from './find-places/resolve.ts'
import type { GazEntry } from '../../gazetteer/types.ts'
import { distanceKm } from '../../core/geo.ts'
import { splitSentences } from './split-sentences.ts'

// A small gazetteer: some real names of the named cases, and invented ones (Qorvath, Varnok, Tell Zembra) for rules.
const PLACES: PlaceSpec[] = [
  { id: 1, name: 'Syria', lat: 35, lon: 38, cc: 'SY', fcode: 'PCLI', population: 22_000_000, demonyms: ['Syrian'] },
  { id: 2, name: 'Lebanon', lat: 33.8, lon: 35.8, cc: 'LB', fcode: 'PCLI', population: 6_000_000 },
  { id: 3, name: 'Russia', lat: 60, lon: 100, cc: 'RU', fcode: 'PCLI', population: 140_000_000, demonyms: ['Russian'] },
  { id: 4, name: 'Europe', lat: 48.7, lon: 9.1, cc: '', fcode: 'CONT' },
  { id: 10, name: 'Homs', lat: 34.7268, lon: 36.7234, cc: 'SY', admin1: 'SY.11', fcode: 'PPLA', population: 775_000 },
  { id: 11, name: 'Hama', alt: ['Hamah'], lat: 35.1318, lon: 36.7578, cc: 'SY', admin1: 'SY.10', fcode: 'PPLA', population: 696_000 },
  { id: 12, name: 'Aleppo', alt: ['Halab'], lat: 36.2012, lon: 37.1612, cc: 'SY', admin1: 'SY.09', fcode: 'PPLA', population: 1_600_000 },
  { id: 13, name: 'Aleppo', lat: 36.15, lon: 37.4, cc: 'SY', admin1: 'SY.09', fcode: 'ADM1' },
  { id: 14, name: 'Idlib', lat: 35.86, lon: 36.57, cc: 'SY', admin1: 'SY.12', fcode: 'ADM1' },
  { id: 15, name: 'Deir ez-Zor', alt: ['Dayr az Zawr'], lat: 35.3359, lon: 40.1408, cc: 'SY', admin1: 'SY.07', fcode: 'PPLA', population: 242_000 },
  { id: 16, name: 'Ar Raqqah', alt: ['Raqqa', 'al-Raqqa'], lat: 35.9528, lon: 39.0079, cc: 'SY', admin1: 'SY.04', fcode: 'PPLA', population: 177_000 },
  { id: 17, name: 'Talbiseh', alt: ['Talbisah'], lat: 34.8407, lon: 36.7309, cc: 'SY', admin1: 'SY.11', fcode: 'PPLA3', population: 38_000 },
  { id: 18, name: 'Ar Rastan', alt: ['Rastan'], lat: 34.9267, lon: 36.7324, cc: 'SY', admin1: 'SY.11', fcode: 'PPLA2', population: 53_000 },
  { id: 19, name: 'Damascus', lat: 33.5102, lon: 36.2913, cc: 'SY', admin1: 'SY.13', fcode: 'PPLC', population: 1_570_000 },
  { id: 20, name: "Ma'arrat an-Nu'man", lat: 35.6483, lon: 36.6769, cc: 'SY', admin1: 'SY.12', fcode: 'PPLA2', population: 58_000 },
  { id: 21, name: 'Geneva', lat: 46.2, lon: 6.15, cc: 'CH', fcode: 'PPLA', population: 183_000 },
  { id: 22, name: 'Hamsa', alt: ['Hamas'], lat: 40.1, lon: 44.5, cc: 'AM', fcode: 'PPL', population: 900 },
  { id: 23, name: 'Assad', lat: 36.1, lon: 38.2, cc: 'SY', fcode: 'PPL', population: 600 },
  { id: 24, name: 'Homs', lat: 34.6, lon: 37.9, cc: 'SY', admin1: 'SY.11', fcode: 'ADM1' },
  // Invented places for rule tables.
  { id: 101, name: 'Qorvath', lat: 35.5, lon: 37.5, cc: 'SY', admin1: 'SY.10', fcode: 'PPL', population: 12_000 },
  { id: 102, name: 'Tell Zembra', lat: 35.55, lon: 37.6, cc: 'SY', admin1: 'SY.10', fcode: 'PPL', population: 3_000 },
  { id: 103, name: 'Varnok', lat: 35.45, lon: 37.45, cc: 'SY', admin1: 'SY.10', fcode: 'PPL', population: 2_000 },
  { id: 104, name: 'Varnok', lat: 48.2, lon: 16.4, cc: 'AT', admin1: 'AT.09', fcode: 'PPL', population: 40_000 },
  // Qalbrin: a big town abroad and a small one in Lebanon, for "one sense per document".
  { id: 106, name: 'Qalbrin', lat: 32.9, lon: 13.2, cc: 'LY', admin1: 'LY.77', fcode: 'PPLA', population: 900_000 },
  { id: 107, name: 'Qalbrin', lat: 34.43, lon: 35.84, cc: 'LB', admin1: 'LB.09', fcode: 'PPL', population: 30_000 },
  // Dravosk: a town abroad, for a name before "crossing" in a text about Syria.
  { id: 108, name: 'Dravosk', lat: 46.7, lon: 28.1, cc: 'RO', admin1: 'RO.21', fcode: 'PPLA2', population: 29_000 },
  // Kestelpinar: a village abroad near Qorvath, known also as Ossik (an alternate name).
  { id: 109, name: 'Kestelpinar', alt: ['Ossik'], lat: 35.62, lon: 37.58, cc: 'TR', admin1: 'TR.76', fcode: 'PPL', population: 800 },
  // Zelkoub: a village near Homs, for "the Zelkoub neighbourhood of <city>".
  { id: 110, name: 'Zelkoub', lat: 34.68, lon: 36.66, cc: 'SY', admin1: 'SY.11', fcode: 'PPL', population: 3_000 },
  // Christmas: a small town abroad that shares a feast's name.
  { id: 111, name: 'Christmas', lat: 28.5, lon: -81, cc: 'US', admin1: 'US.FL', fcode: 'PPL', population: 1_100 },
  // Dravenport: a city of a million abroad, and a Syrian town that bears its name only as another name.
  { id: 112, name: 'Dravenport', lat: 36.19, lon: 44.01, cc: 'IQ', admin1: 'IQ.11', fcode: 'PPLA', population: 1_500_000 },
  { id: 113, name: 'Tell Dravo', alt: ['Dravenport'], lat: 35.6, lon: 37.55, cc: 'SY', admin1: 'SY.10', fcode: 'PPL', population: 40_000 },
  // Sahlat Barid: a section of Damascus (PPLX), for "the Sahlat Barid district".
  { id: 114, name: 'Sahlat Barid', lat: 33.52, lon: 36.3, cc: 'SY', admin1: 'SY.13', fcode: 'PPLX' },
  // Old City: GeoNames' is Jerusalem's, for "the Old City" of a report about another city.
  { id: 115, name: 'Old City', lat: 31.78, lon: 35.23, cc: 'PS', fcode: 'PPLX' },
  // Jbeil: a town abroad that GeoNames also calls Jabal, the Arabic word opening mountains' names.
  { id: 116, name: 'Jbeil', alt: ['Jabal'], lat: 34.12, lon: 35.65, cc: 'LB', fcode: 'PPLA2', population: 20_000 },
  // Muqrabah: a town near Hama, for the colloquial spelling that drops its first vowel ("Mqarbeh").
  // Belvorsk: a city abroad also called Kasmira, a name an Arabic one written with q ("Qasmira") folds to.
  { id: 118, name: 'Belvorsk', alt: ['Kasmira'], lat: 55.8, lon: 49.1, cc: 'RU', admin1: 'RU.73', fcode: 'PPLA', population: 1_200_000 },
  // Mazrik: a town abroad, far from the theater, whose name an Arabic one written with an article ends with.
  { id: 119, name: 'Mazrik', lat: 9.9, lon: 8.9, cc: 'NG', admin1: 'NG.39', fcode: 'PPLA2', population: 8_000 },
  // Hattoli: a town far abroad, known also as Hatlun (an alternate name); India, for the text that points there.
  { id: 120, name: 'Hattoli', alt: ['Hatlun'], lat: 20.1, lon: 78.0, cc: 'IN', admin1: 'IN.16', fcode: 'PPL', population: 30_000 },
  { id: 121, name: 'India', lat: 22, lon: 79, cc: 'IN', fcode: 'PCLI', population: 1_300_000_000 },
  // Pellworth: a small town abroad that is also a surname.
  { id: 122, name: 'Pellworth', lat: 41.2, lon: -80.1, cc: 'US', admin1: 'US.PA', fcode: 'PPL', population: 2_000 },
  // Zawrak: a village near Muqrabah and a bigger town abroad, for a neighbour whose name alone is ambiguous.
  { id: 123, name: 'Zawrak', lat: 35.3, lon: 36.75, cc: 'SY', admin1: 'SY.10', fcode: 'PPL', population: 4_000 },
  { id: 124, name: 'Zawrak', lat: 39.9, lon: 32.8, cc: 'TR', admin1: 'TR.68', fcode: 'PPL', population: 20_000 },
  // Kestral: the capital of Merevia, and a village near Qorvath; for a capital named in a text about Syria.
  { id: 125, name: 'Merevia', lat: 10, lon: 60, cc: 'MV', fcode: 'PCLI', population: 3_000_000 },
  { id: 126, name: 'Kestral', lat: 10.2, lon: 60.3, cc: 'MV', admin1: 'MV.01', fcode: 'PPLC', population: 600_000 },
  { id: 127, name: 'Kestral', lat: 35.52, lon: 37.55, cc: 'SY', admin1: 'SY.10', fcode: 'PPL', population: 0 },
  // Dornak: a town in the south, and the region around a place near Qorvath that only "the Dornak area" names.
  { id: 128, name: 'Dornak', lat: 32.9, lon: 36.6, cc: 'SY', admin1: 'SY.05', fcode: 'PPLA2', population: 20_000 },
  { id: 'dornak-area', name: 'Dornak area', alt: ['Dornak region'], lat: 35.58, lon: 37.52, cc: 'SY', fcode: 'REGION' },
  // Zelmora: a district abroad, for "the Zelmora district of <city>" (a part of the city the gazetteer lacks).
  { id: 129, name: 'Zelmora', lat: 32.2, lon: 36.3, cc: 'JO', admin1: 'JO.20', fcode: 'ADM2' },
  { id: 117, name: 'Muqrabah', lat: 35.2, lon: 36.6, cc: 'SY', admin1: 'SY.10', fcode: 'PPL', population: 9_000 },
  { id: 105, name: 'Brelloch', lat: 34.1, lon: 36.9, cc: 'SY', admin1: 'SY.08', fcode: 'PPL', population: 4_000 },
  { id: 'golan-heights', name: 'Golan Heights', alt: ['Golan'], lat: 33.05, lon: 35.78, cc: 'SY', fcode: 'REGION' },
  { id: 'eastern-syria', name: 'eastern Syria', lat: 35, lon: 39.8, cc: 'SY', fcode: 'REGION', lowercase: true },
  { id: 'the-steppe', name: 'the steppe', lat: 34.8, lon: 38.5, cc: 'SY', fcode: 'REGION', lowercase: true },
  { id: 'rastan-bridge', name: 'Rastan bridge', lat: 34.925, lon: 36.735, cc: 'SY', fcode: 'BRIDGE' },
  { id: 'm5-highway', name: 'M5', lat: 35.13, lon: 36.75, cc: 'SY', fcode: 'ROAD' },
  { id: 'qorvath-varnok-highway', name: 'Qorvath-Varnok highway', lat: 35.48, lon: 37.48, cc: 'SY', fcode: 'ROAD' },
]
const gaz = memoryGazetteer(PLACES, 'SY', { 'SY.09': 'Aleppo', 'SY.10': 'Hama', 'SY.11': 'Homs' })
const ctx = defaultContext()
const stage = findPlacesWith(gaz)

function run(text: string): { doc: Doc; places: PlaceAnnotation[] } {
  const doc = stage(splitSentences({
    id: 'doc:test' as Doc['id'], meta: { source: 't', url: null, title: null, outlet: null, publishedAt: null, publishedAtBasis: null, format: 'text' },
    raw: text, text, toRaw: { pieces: [{ textStart: 0, rawStart: 0, length: text.length }] }, removed: [], language: 'en', annotations: [], messages: [],
  }, ctx), ctx)
  assertDoc(doc)
  return { doc, places: annotationsOf(doc, 'place') }
}

const found = (text: string, surface: string): PlaceAnnotation | undefined => {
  const { doc, places } = run(text)
  return places.find((p) => doc.text.slice(p.span.start, p.span.end) === surface)
}

// Recognition: spellings resolve to the one place.
const SPELLINGS: readonly [string, string, string][] = [
  ['Troops left Deir Al-Zor at dawn.', 'Deir Al-Zor', 'geonames:15'],
  ['Troops left Deir el-Zor at dawn.', 'Deir el-Zor', 'geonames:15'],
  ['Troops left Deir Ezzor at dawn.', 'Deir Ezzor', 'geonames:15'],
  ['Troops left Dayr az Zawr at dawn.', 'Dayr az Zawr', 'geonames:15'],
  ['Rebels took Maarat al-Numan on Monday.', 'Maarat al-Numan', 'geonames:20'],
  ["Rebels took Ma'arrat an-Nu'man on Monday.", "Ma'arrat an-Nu'man", 'geonames:20'],
  ['Fighters seized Korvath overnight.', 'Korvath', 'geonames:101'],
  ['Fighters seized Tel Zembra overnight.', 'Tel Zembra', 'geonames:102'],
  ['Clashes hit al-Raqqa again.', 'al-Raqqa', 'geonames:16'],
]
for (const [text, surface, id] of SPELLINGS) {
  test(`"${surface}" in "${text}" resolves to ${id}`, () => {
    assert.equal(found(text, surface)?.placeId, id)
  })
}

test('a one-letter typo stands when places named nearby support it: "Tabisa" beside Rastan and Homs is Talbiseh', () => {
  const p = found('Rebels entered Tabisa and Rastan, north of Homs.', 'Tabisa')
  assert.equal(p?.placeId, 'geonames:17')
  assert.equal(p?.by, 'find-places:typo-near-context')
})

test('a typo after a word capitalised only for opening the sentence is still read: "In Tabisa, …"', () => {
  assert.equal(found('In Tabisa, rebels clashed with troops near Rastan and Homs.', 'Tabisa')?.placeId, 'geonames:17')
  // A capitalised word that is no sentence opener still makes it part of a longer name.
  assert.equal(found('Rebels entered Mount Tabisa and Rastan, north of Homs.', 'Tabisa'), undefined)
})

test('a spelling that drops the vowel after the first consonant stands near supporting places: "Mqarbeh" is Muqrabah', () => {
  const p = found('Shelling hit Mqarbeh and Hama overnight.', 'Mqarbeh')
  assert.equal(p?.placeId, 'geonames:117')
  assert.equal(p?.by, 'find-places:typo-near-context')
  assert.equal(found('Officials in Mqarbeh declined to comment.', 'Mqarbeh'), undefined)
  // The object of a verb that takes a place, beside a place whose name alone is ambiguous.
  assert.equal(found('Rebels entered Mqarbeh near Homs.', 'Mqarbeh')?.placeId, 'geonames:117')
  assert.equal(found('Rebels praised Mqarbeh near Homs.', 'Mqarbeh'), undefined)
  assert.equal(found('Rebels entered Mqarbeh and Zawrak.', 'Mqarbeh')?.placeId, 'geonames:117')
})

test('a q not followed by u spells Arabic: "Qasmira" is not a city abroad whose other name is Kasmira', () => {
  assert.equal(found('Residents of Qasmira and Homs stayed indoors.', 'Qasmira'), undefined)
  assert.equal(found('Residents of Kasmira and Homs stayed indoors.', 'Kasmira')?.placeId, 'geonames:118')
})

test('a name inside a military operation\'s name is no place: "Operation Dawn of Qorvath"', () => {
  assert.equal(found('Rebels launched Operation Dawn of Qorvath against positions near Homs.', 'Qorvath'), undefined)
  assert.equal(found('Rebels launched the operation in Qorvath against positions near Homs.', 'Qorvath')?.placeId, 'geonames:101')
})

test('a name written with an Arabic article in a text about Syria is no town abroad the text does not point to', () => {
  assert.equal(found('Fighters advanced toward the villages of Al-Mazrik and Qorvath near Homs.', 'Al-Mazrik'), undefined)
  assert.equal(found('Fighters advanced toward the villages of al Mazrik and Qorvath near Homs.', 'al Mazrik'), undefined)
  assert.equal(found('Relatives flew in from Mazrik to Homs.', 'Mazrik')?.placeId, 'geonames:119')
})

test('in a text about Syria, a town far abroad named only by another of its names stands only where the text points there', () => {
  assert.equal(found('Its forces entered Hatlun and Qorvath near Hama.', 'Hatlun'), undefined)
  assert.equal(found('Its forces entered Hatlun, India, and Qorvath near Hama.', 'Hatlun')?.placeId, 'geonames:120')
})

test('a sentence-opening conjunction is no first name: "After Hama fell" names Hama; "When Pellworth spoke" a person', () => {
  assert.equal(found('After Hama fell, thousands fled south.', 'Hama')?.placeId, 'geonames:11')
  assert.equal(found('If Qorvath falls, the road will be cut.', 'Qorvath')?.placeId, 'geonames:101')
  assert.equal(found('When Pellworth spoke, the crowd cheered.', 'Pellworth'), undefined)
})

test('a one-letter typo without supporting places is not taken', () => {
  assert.equal(found('Officials in Tabisa declined to comment.', 'Tabisa'), undefined)
})

test('a one-letter typo that ends a longer name after an article is not taken: "Jabal Nour al-Varnoc" is no Varnok', () => {
  assert.equal(found('Rebels stormed Jabal Nour al-Varnoc, a hill near Qorvath.', 'Varnoc'), undefined)
  assert.equal(found('Rebels stormed Varnoc, a village near Qorvath.', 'Varnoc')?.name, 'Varnok')
})

test('an Arabic article joined to a theater town\'s name is that town ("Alqorvath" is al-Qorvath); not a town abroad', () => {
  assert.equal(found('Fighters reached Alqorvath at dawn.', 'Alqorvath')?.placeId, 'geonames:101')
  assert.equal(found('Fighters reached Elvarnok at dawn.', 'Elvarnok')?.placeId, 'geonames:103')
  assert.equal(found('Fighters reached Algeneva at dawn.', 'Algeneva'), undefined)
})

test('a city of a million abroad spelled as its own name is not a Syrian town that bears the name as another name', () => {
  assert.equal(found('An analyst in Dravenport said the siege of Qorvath was over.', 'Dravenport')?.placeId, 'geonames:112')
  assert.equal(found('Fighters from Dravenport reached Qorvath and Tell Zembra.', 'Dravenport')?.placeId, 'geonames:112')
})

test('a name listed after a place under "of" or "in" is a place though speech follows ("residents of Qorvath and Varnok said")', () => {
  assert.equal(found('Residents of Qorvath and Varnok said the road was cut.', 'Varnok')?.placeId, 'geonames:103')
  assert.equal(found('Officials at the Rastan bridge said it would reopen.', 'Rastan bridge')?.placeId, 'theater:rastan-bridge')
  // With no locating word before the list, the speakers are people.
  assert.equal(found('Hassan and Varnok said the road was cut near Qorvath.', 'Varnok'), undefined)
})

test('"the province of X" is the governorate, as "X province" is', () => {
  for (const text of ['Clashes spread across the province of Homs.', 'Clashes spread across the governorate of Homs.']) {
    assert.equal(found(text, 'Homs')?.placeId, 'geonames:24', text)
  }
  assert.equal(found('Clashes spread across the city of Homs.', 'Homs')?.placeId, 'geonames:10')
  // The plural qualifies every name of the list it opens; the singular its own name only.
  const listed = 'Thousands fled to the northern governorates of Aleppo and Homs.'
  assert.deepEqual([found(listed, 'Aleppo')?.placeId, found(listed, 'Homs')?.placeId], ['geonames:13', 'geonames:24'])
  assert.equal(found('Thousands fled to the governorate of Aleppo and Homs city.', 'Homs')?.placeId, 'geonames:10')
})

test('"X and Y governorates": the plural area word makes every name of the list a governorate', () => {
  assert.equal(found('Thousands were displaced in Homs and northern Aleppo governorates.', 'Homs')?.placeId, 'geonames:24')
  assert.equal(found('Clashes spread across Homs, Hama and Idlib provinces.', 'Homs')?.placeId, 'geonames:24')
  // Not a name outside the list, nor one before a singular area word.
  assert.equal(found('Troops left Homs and entered Idlib provinces.', 'Homs')?.placeId, 'geonames:10')
  assert.equal(found('Thousands fled Homs and Aleppo governorate.', 'Homs')?.placeId, 'geonames:10')
  // "the Homs and Hama countryside" is each city's countryside, not Homs city.
  assert.equal(found('Jets struck the Homs and Hama countryside.', 'Homs')?.precision, 'region')
})

test('"the X district of <city>": a district of that name in another country is not it', () => {
  const { doc, places } = run('Gunfire echoed through the Zelmora district of Homs overnight.')
  assert.deepEqual(places.map((p) => [doc.text.slice(p.span.start, p.span.end), p.placeId]), [['Homs', 'geonames:10']])
  // In the same country it is the district (an administrative one may lie far from the city named after it).
  assert.equal(found('Gunfire echoed through the Qorvath district of Homs overnight.', 'Qorvath district')?.placeId, 'geonames:101')
})

test('a road named by two towns and a dash is the road the pack knows, in either order and with any road word', () => {
  const cases: readonly [string, string][] = [['Rebels cut the Varnok-Qorvath road near Tell Zembra.', 'Varnok-Qorvath road'],
    ['Rebels cut the Qorvath–Varnok international highway near Tell Zembra.', 'Qorvath–Varnok international highway']]
  for (const [text, surface] of cases) {
    const { doc, places } = run(text)
    assert.deepEqual(places.map((p) => [doc.text.slice(p.span.start, p.span.end), p.placeId]),
      [[surface, 'theater:qorvath-varnok-highway'], ['Tell Zembra', 'geonames:102']], text)
  }
  // A road the pack does not know keeps its town.
  assert.equal(found('Rebels cut the Qorvath-Kestral highway.', 'Qorvath')?.placeId, 'geonames:101')
})

test('"the X and Y areas": each name is read with the head word, as "the Y area" is, not as a town of the bare name', () => {
  for (const text of ['Fighters pushed into the Qorvath and Dornak areas at dawn.', 'Fighters pushed into the Dornak and Qorvath areas at dawn.',
    'Fighters pushed into the Varnok, Qorvath and Dornak regions at dawn.']) {
    const { doc, places } = run(text)
    const dornak = places.find((p) => doc.text.slice(p.span.start, p.span.end).startsWith('Dornak'))
    const qorvath = places.find((p) => doc.text.slice(p.span.start, p.span.end).startsWith('Qorvath'))
    assert.equal(dornak?.placeId, 'theater:dornak-area', text)
    // (A name no region is known by keeps its own reading: the town.)
    assert.equal(qorvath?.placeId, 'geonames:101', text)
  }
  // The bare name, and a name outside the list, stay the town.
  assert.equal(found('Fighters pushed into Dornak at dawn.', 'Dornak')?.placeId, 'geonames:128')
  assert.equal(found('Fighters left Dornak and entered the Qorvath areas.', 'Dornak')?.placeId, 'geonames:128')
})

test('two villages of one name that score alike: the one the text\'s places crowd around, not the first listed', () => {
  // Sorvenk near Harvon (40 km) is listed first; Sorvenk near Fellat (10 km) is the one meant.
  const twins = memoryGazetteer([
    { id: 1, name: 'Syria', lat: 35, lon: 38, cc: 'SY', fcode: 'PCLI', population: 22_000_000 },
    { id: 2, name: 'Sorvenk', lat: 36.67, lon: 40.2, cc: 'SY', admin1: 'SY.01', fcode: 'PPL', population: 2_000 },
    { id: 3, name: 'Sorvenk', lat: 36.4, lon: 37.14, cc: 'SY', admin1: 'SY.09', fcode: 'PPL', population: 2_000 },
    { id: 4, name: 'Harvon', lat: 36.43, lon: 40.56, cc: 'SY', admin1: 'SY.01', fcode: 'PPL', population: 9_000 },
    { id: 5, name: 'Fellat', lat: 36.35, lon: 37.24, cc: 'SY', admin1: 'SY.09', fcode: 'PPL', population: 9_000 },
  ], 'SY')
  const text = 'Aid reached Harvon on Monday. Other families are stranded in Fellat and Sorvenk.'
  const places = placesWith(findPlacesWith(twins), text, 'en')
  const place = places.find((p) => text.slice(p.span.start, p.span.end) === 'Sorvenk')
  assert.equal(place?.placeId, 'geonames:3')
})

test('a name written with k for q ("Bekaa" for Béqaa) is the place\'s own name, not a respelling of a village at home', () => {
  // Véqarna, a Lebanese governorate; Vakarna, a Syrian village whose name folds to the same key.
  const kq = memoryGazetteer([...PLACES,
    { id: 130, name: 'Véqarna', lat: 33.7, lon: 35.9, cc: 'LB', admin1: 'LB.04', fcode: 'ADM1' },
    { id: 131, name: 'Vakarna', lat: 32.5, lon: 36.5, cc: 'SY', admin1: 'SY.06', fcode: 'PPL' },
    { id: 132, name: 'Zahrun', lat: 33.85, lon: 35.9, cc: 'LB', admin1: 'LB.04', fcode: 'PPL', population: 30_000 },
  ], 'SY')
  const text = 'Israeli jets struck the Vekarna near Zahrun overnight, and rebels entered Hama in Syria.'
  const places = placesWith(findPlacesWith(kq), text, 'en')
  const place = places.find((p) => text.slice(p.span.start, p.span.end) === 'Vekarna')
  assert.equal(place?.placeId, 'geonames:130')
})

test('"their Homs enclave", "the Homs pocket": the land around the place, the governorate, not the city', () => {
  for (const text of ['Rebels broke out of their Homs enclave on Monday.', 'Jets pounded the Homs pocket overnight.']) {
    const p = run(text).places.find((x) => x.name === 'Homs')
    assert.deepEqual(p && [p.placeId, p.precision], ['geonames:24', 'region'], text)
  }
})

test('"the Vorrak neighbourhood" in a text about Syria is no city abroad that bears the name only as another name', () => {
  const abroad = memoryGazetteer([...PLACES, { id: 140, name: 'Zhenmao', alt: ['Vorrak'], lat: 30, lon: 115, cc: 'CN', admin1: 'CN.01', fcode: 'PPLA2', population: 600_000 }], 'SY')
  const placesIn = (text: string): string[] => {
    const places = placesWith(findPlacesWith(abroad), text, 'en')
    return places.map((p) => p.name)
  }
  assert.deepEqual(placesIn('In Qorvath, gunmen clashed with the army in the Vorrak neighbourhood.'), ['Qorvath'])
  // The city itself, named bare, is left to the other rules.
  assert.deepEqual(placesIn('In Qorvath, gunmen clashed with the army; the envoy flew to Vorrak.'), ['Qorvath', 'Zhenmao'])
})

test('a two-word name whose second word drops a vowel ("Kafr Tamsel") is the theater place, only where places are', () => {
  const pair = memoryGazetteer([...PLACES, { id: 141, name: 'Kafr Tamasel', lat: 35.52, lon: 37.52, cc: 'SY', admin1: 'SY.10', fcode: 'PPL', population: 4_000 }], 'SY')
  const placesIn = (text: string): string[] => {
    const places = placesWith(findPlacesWith(pair), text, 'en')
    return places.map((p) => `${text.slice(p.span.start, p.span.end)}=${p.name}`)
  }
  assert.deepEqual(placesIn('Families fled to Kafr Tamsel and Qorvath on Monday.'), ['Kafr Tamsel=Kafr Tamasel', 'Qorvath=Qorvath'])
  // Not a letter changed, nor a pair with no place near it.
  assert.deepEqual(placesIn('Families fled to Kafr Tamazel and Qorvath on Monday.'), ['Qorvath=Qorvath'])
  assert.deepEqual(placesIn('On Monday, Kafr Tamsel scored twice in the final.'), [])
})

test('a name with an article between its words, the first written with the vowel colloquial spellings drop ("Dubara al-Zaytun"), is the theater place where places are', () => {
  // The index spells it as OCHA does, the vowel after the first consonant dropped, with the article split off as
  // ocha-names.ts adds it.
  const pair = memoryGazetteer([...PLACES, { id: 142, name: 'Dbara Elzaytun', alt: ['Dbara al-Zaytun'], lat: 35.52, lon: 37.52, cc: 'SY', admin1: 'SY.10', fcode: 'PPL', population: 2_000 }], 'SY')
  const placesIn = (text: string): string[] => {
    const places = placesWith(findPlacesWith(pair), text, 'en')
    return places.map((p) => `${text.slice(p.span.start, p.span.end)}=${p.name}`)
  }
  assert.deepEqual(placesIn('Families fled Dubara al-Zaytun and Qorvath on Monday.'), ['Dubara al-Zaytun=Dbara Elzaytun', 'Qorvath=Qorvath'])
  assert.deepEqual(placesIn('Residents of Dubara al Zaytun said troops had reached Qorvath.'), ['Dubara al Zaytun=Dbara Elzaytun', 'Qorvath=Qorvath'])
  // Not a consonant added, nor a name with no place near it.
  assert.deepEqual(placesIn('Families fled Dumbara al-Zaytun and Qorvath on Monday.'), ['Qorvath=Qorvath'])
  assert.deepEqual(placesIn('On Monday, Dubara al-Zaytun scored twice in the final.'), [])
})

test('a village named near a countryside lies in its governorate: "the eastern Hama countryside near Selvan"', () => {
  const twins = memoryGazetteer([...PLACES,
    { id: 142, name: 'Selvan', lat: 35.9, lon: 36.6, cc: 'SY', admin1: 'SY.12', fcode: 'PPL', population: 6_000 },
    { id: 143, name: 'Selvan', lat: 35.25, lon: 37.4, cc: 'SY', admin1: 'SY.10', fcode: 'PPL', population: 500 },
  ], 'SY', { 'SY.10': 'Hama', 'SY.12': 'Idlib' })
  const selvan = (text: string): string | undefined => {
    const places = placesWith(findPlacesWith(twins), text, 'en')
    return places.find((p) => text.slice(p.span.start, p.span.end) === 'Selvan')?.placeId
  }
  assert.equal(selvan('Fighting continued in the eastern Hama countryside near Selvan.'), 'geonames:143')
  // Without the area before it, the bigger village.
  assert.equal(selvan('Fighting continued near Selvan.'), 'geonames:142')
})

test('a feast that dates a day is no town of its name ("the eve of Christmas")', () => {
  assert.equal(found('Drones hit Qorvath on the eve of Christmas.', 'Christmas'), undefined)
})

test('a one-letter typo outside a place slot is not taken, even near places: "Tabisa fighters"', () => {
  assert.equal(found('Tabisa fighters attacked Rastan, north of Homs.', 'Tabisa'), undefined)
})

test('an acronym in capitals is not a place unless it names a major one: "TASS"', () => {
  const gazWithTass = memoryGazetteer([...PLACES, { id: 30, name: 'Tass', lat: 47, lon: 19, cc: 'HU', fcode: 'PPL', population: 3000 }], 'SY')
  const doc = findPlacesWith(gazWithTass)(run('The TASS state news agency reported it.').doc, ctx)
  assert.equal(annotationsOf(doc, 'place').length, 0)
})

test('an abbreviated title before a name is no town: "Sen. Varnok", "Gen. Hallam"', () => {
  const gazWithTitles = memoryGazetteer([...PLACES, { id: 32, name: 'Sen', lat: 13, lon: 104, cc: 'KH', fcode: 'PPL', population: 8000 },
    { id: 33, name: 'Gen', lat: 60, lon: 10, cc: 'NO', fcode: 'PPL', population: 800 }], 'SY')
  const doc = findPlacesWith(gazWithTitles)(run('Troops left Homs, said U.S. Sen. Frank Varnok, D-Ohio, and Maj. Gen. Frank Hallam.').doc, ctx)
  assert.deepEqual(annotationsOf(doc, 'place').filter((p) => p.name === 'Sen' || p.name === 'Gen').map((p) => p.name), [])
  assert.ok(annotationsOf(doc, 'place').some((p) => p.name === 'Homs'))
})

test('an acronym spells its letters: "the BBC" is not a region called "BC"', () => {
  const gazWithBc = memoryGazetteer([...PLACES, { id: 31, name: 'Brelland Coast', alt: ['BC'], lat: 50, lon: -122, cc: 'CA', fcode: 'ADM1', population: 5_000_000 }], 'SY')
  const doc = findPlacesWith(gazWithBc)(run('Air strikes hit Homs, according to figures carried by the BBC.').doc, ctx)
  assert.deepEqual(annotationsOf(doc, 'place').filter((p) => p.name === 'Brelland Coast'), [])
})

test('an organisation is not a place: "Hamas" is not Hama', () => {
  assert.equal(run('Hamas praised the offensive near Hama.').places.filter((p) => p.name === 'Hamsa').length, 0)
})

test('a person name is not a place: "Bashar al-Assad", "President Assad"', () => {
  assert.equal(run('Bashar al-Assad fled. President Assad was gone.').places.length, 0)
})

test('a place inside a facility name is that place: "Aleppo University" is in Aleppo', () => {
  assert.equal(found('Students at Aleppo University were evacuated.', 'Aleppo')?.placeId, 'geonames:12')
})

test('a place used as a modifier is that place: "a Homs resident"', () => {
  assert.equal(found('A Homs resident said the roads were closed.', 'Homs')?.placeId, 'geonames:10')
})

test('a capital standing for its government is not a location: "Damascus said"', () => {
  const { doc, places } = run('Damascus said the attack had failed.')
  assert.equal(places.length, 0)
  assert.ok(doc.messages.some((m) => m.rule === 'government-metonym'))
})

test('"Jabal" opening a mountain\'s name is no town called Jabal: "Jabal al-Sheikh"', () => {
  assert.deepEqual(run('Troops took positions on Jabal al-Sheikh above Homs.').places.map((p) => p.name), ['Homs'])
})

test('countries listed before the verb they are the subject of act, as one alone does: "Lebanon and Russia urged"', () => {
  const roles = (text: string) => run(text).places.map((p) => `${p.name}:${p.role}`)
  assert.deepEqual(roles('Lebanon and Russia urged restraint in Homs.'), ['Lebanon:mention', 'Russia:mention', 'Homs:event'])
  assert.deepEqual(roles('Lebanon, Russia and Syria condemned the raid on Homs.'), ['Lebanon:mention', 'Russia:mention', 'Syria:mention', 'Homs:event'])
  // A body named with "the" may close the list.
  assert.deepEqual(roles('Lebanon and the Arab League urged restraint in Homs.'), ['Lebanon:mention', 'Homs:event'])
  assert.deepEqual(roles('Russia, Lebanon and the United Nations Security Council condemned the raid on Homs.'), ['Russia:mention', 'Lebanon:mention', 'Homs:event'])
  assert.deepEqual(roles('Jets struck Homs and the army said it held Hama.'), ['Homs:event', 'Hama:event'])
  // (Places listed as where something happened stay events.)
  assert.deepEqual(roles('Shells hit Homs and Hama, officials said.'), ['Homs:event', 'Hama:event'])
})

test('a dateline is where the report was filed, a mention: "HOMS (Reuters) -", "Damascus, Dec 5 (AP) The …"', () => {
  const roles = (text: string) => run(text).places.map((p) => `${p.name}:${p.role}`)
  assert.deepEqual(roles('HOMS (Reuters) - Shells hit Hama on Monday.'), ['Homs:mention', 'Hama:event'])
  assert.deepEqual(roles('Damascus, Dec 5 (AP) The envoy said shells hit Homs.'), ['Damascus:mention', 'Homs:event'])
  assert.deepEqual(roles('DAMASCUS, Syria — Shells hit Homs on Monday.'), ['Damascus:mention', 'Syria:mention', 'Homs:event'])
  // A town in capitals on a line of its own above the report.
  assert.deepEqual(roles('HOMS\n\nShells hit Hama on Monday.'), ['Homs:mention', 'Hama:event'])
  assert.deepEqual(roles('Homs\n\nShells hit Hama on Monday.'), ['Homs:event', 'Hama:event'])
  // A place opening a sentence with no dateline after it is where things happened.
  assert.deepEqual(roles('Homs was shelled on Monday.'), ['Homs:event'])
  assert.deepEqual(roles('Homs, Hama and Aleppo fell within a week.'), ['Homs:event', 'Hama:event', 'Aleppo:event'])
})

test('a name going on with an article and another name is a longer name the index lacks: "Varnok al-Dembra" is no Varnok', () => {
  assert.deepEqual(run('Jets struck Varnok al-Dembra on Monday.').places, [])
  assert.deepEqual(run('Jets struck Varnok el Dembra near Qorvath.').places.map((p) => p.name), ['Qorvath'])
  // An adjective that tells which part or namesake of the place it is leaves the place named.
  assert.deepEqual(run('Jets struck Varnok al-Sharqiya near Qorvath.').places.map((p) => p.name), ['Varnok', 'Qorvath'])
  assert.deepEqual(run('Jets struck Homs al-Qadima on Monday.').places.map((p) => p.name), ['Homs'])
})

test('"the Old City" is a part of the city the text is about, not the Old City of Jerusalem', () => {
  assert.deepEqual(run('Shells fell on Homs and on the Old City.').places.map((p) => p.name), ['Homs'])
})

test('a capital accused, urged or blamed "of", "to" or "for" is its government: "accused Damascus of"', () => {
  assert.equal(run('The envoy accused Damascus of shelling Homs.').places.map((p) => p.name).join(), 'Homs')
  assert.equal(run('Rebels urged Damascus to surrender.').places.length, 0)
  // A place a verb of pressing does not govern stays: "pressed on to Damascus".
  assert.equal(run('Rebels pressed on to Damascus.').places.length, 1)
})

test('"the Damascus government" is no location either', () => {
  assert.equal(run('Talks with the Damascus government stalled.').places.length, 0)
})

test('a dateline in capitals is the city: "HOMS, Syria"', () => {
  assert.equal(found('HOMS, Syria (AP) - Shelling resumed.', 'HOMS')?.placeId, 'geonames:10')
})

test('a governorate suffix picks the admin area: "Idlib province"', () => {
  const p = found('Strikes hit Idlib province.', 'Idlib province')
  assert.equal(p?.placeId, 'geonames:14')
  assert.equal(p?.precision, 'region')
})

test('the bare name of a governorate and its capital means the city: "Aleppo"', () => {
  assert.equal(found('Rebels entered Aleppo.', 'Aleppo')?.placeId, 'geonames:12')
})

test('"the western Aleppo countryside" is a region west of the city', () => {
  const p = found('Fighting raged in the western Aleppo countryside.', 'western Aleppo countryside')
  assert.equal(p?.precision, 'region')
  assert.ok(p && p.lon < 37.1612 - 0.1, `lon ${p?.lon}`)
})

// Relative locations: precision and, when a distance is stated, the moved point.
const RELATIVE: readonly [string, string, 'exact' | 'near' | 'region'][] = [
  ['Rebels were a few miles from Homs.', 'Homs', 'near'],
  ['The convoy stopped 40 km south of Hama.', 'Hama', 'near'],
  ['Shelling hit the outskirts of al-Raqqa.', 'al-Raqqa', 'near'],
  ['Troops left the southern and western parts of Deir Al-Zor.', 'Deir Al-Zor', 'region'],
  ['Rebels were seen near Qorvath.', 'Qorvath', 'near'],
  // An area word after a pair names both areas.
  ['Jets struck positions in Hama and Idlib countryside.', 'Hama', 'region'],
  ['Jets struck positions in Hama and Idlib provinces.', 'Hama', 'region'],
  ['Rebels took Hama and Homs on Thursday.', 'Hama', 'exact'],
  // "nearby" before a name is an adjective: the place itself, close to another.
  ['Shelling hit nearby Qorvath.', 'Qorvath', 'exact'],
  ['Rebels reached Hama and the nearby Qorvath.', 'Qorvath', 'exact'],
  // A place advanced on is not yet reached; an attack on it is there.
  ['Rebels advanced on Qorvath overnight.', 'Qorvath', 'near'],
  ['The attack on Qorvath killed five.', 'Qorvath', 'exact'],
  // A city's districts are the city, close by: not its countryside nor its province.
  ['Mortars fell on the western districts of Aleppo.', 'Aleppo', 'near'],
  ['Residents of the eastern neighbourhoods of Homs fled.', 'Homs', 'near'],
  // A possessive countryside is the countryside, as "the countryside of Hama" is.
  ["Jets struck villages in Hama's countryside overnight.", 'Hama', 'region'],
  ["Jets struck villages in Qorvath’s southern countryside.", 'Qorvath', 'region'],
  ["Hama's governor left the city.", 'Hama', 'exact'],
  // A list after "near" is near each of its names, unless the last begins a clause of its own.
  ['Jets struck positions near Qorvath and Hama.', 'Hama', 'near'],
  ['Rebels massed near Qorvath and Hama fell.', 'Hama', 'exact'],
  ['Rebels massed 20 km south of Qorvath and Hama.', 'Hama', 'exact'],
  // A possessive edge of a town is near it, as "the outskirts of Hama" is.
  ["Rebels reached Qorvath's outskirts at dusk.", 'Qorvath', 'near'],
  ["Shells fell on Qorvath’s southern suburbs.", 'Qorvath', 'near'],
  ["Qorvath's mayor fled.", 'Qorvath', 'exact'],
  // "the countryside east of X" is X's eastern countryside; "east of X" alone is a point near X.
  ['Drones hit farms in the countryside east of Hama.', 'Hama', 'region'],
  ['Drones hit farms in the desert to the south of Homs.', 'Homs', 'region'],
  ['Drones hit farms east of Hama.', 'Hama', 'near'],
  // Between two towns is near each; the countryside around a town is its countryside.
  ['Clashes broke out on the road between Qorvath and Hama.', 'Qorvath', 'near'],
  ['Clashes broke out on the road between Qorvath and Hama.', 'Hama', 'near'],
  ['Drones hit farms in the countryside around Hama.', 'Hama', 'region'],
]
for (const [text, surface, precision] of RELATIVE) {
  test(`"${text}" gives ${surface} precision ${precision}`, () => {
    assert.equal(found(text, surface)?.precision, precision)
  })
}

test('a side of a capital is a part of the city, close to its centre; a side of another city is its countryside', () => {
  const capital = found('Jets struck western Damascus overnight.', 'western Damascus')
  assert.equal(capital?.precision, 'near')
  assert.ok(capital && distanceKm(capital.lat, capital.lon, 33.5102, 36.2913) < 6)
  const city = found('Jets struck western Aleppo overnight.', 'western Aleppo')
  assert.equal(city?.precision, 'region')
  assert.ok(city && distanceKm(city.lat, city.lon, 36.2012, 37.1612) > 20)
  assert.equal(found('Jets struck the western Damascus countryside.', 'western Damascus countryside')?.precision, 'region')
})

test('"the western districts of Aleppo" is the city of Aleppo, not its governorate', () => {
  const p = found('Mortars fell on the western districts of Aleppo.', 'Aleppo')
  assert.equal(p?.placeId, 'geonames:12')
  assert.equal(p?.placeKind, 'city')
})

test('a name before a crossing word is no town abroad the text does not point to', () => {
  const text = 'Syrian families fled from Homs to Lebanon through the Dravosk crossing.'
  assert.equal(found(text, 'Dravosk'), undefined)
  assert.equal(found('Syrian families fled from Homs to Lebanon through the Dravosk border post.', 'Dravosk'), undefined)
  // The town itself, named without a crossing word, is still read.
  assert.equal(found('Syrian families fled from Homs to Dravosk.', 'Dravosk')?.country, 'RO')
})

test('in a text about Syria, a village abroad named only by an alternate is no place, though it lies near the towns named', () => {
  assert.equal(found('Fighters in Qorvath and Tell Zembra said the rebels had reached Ossik.', 'Ossik'), undefined)
  // Named by its own name, it stands.
  assert.equal(found('Fighters in Qorvath and Tell Zembra said the rebels had reached Kestelpinar.', 'Kestelpinar')?.country, 'TR')
})

// Squares and streets: the name before the square's word is no town, and a country before one is not where it is.
const THOROUGHFARES: readonly [string, string, boolean][] = [
  ['Crowds filled Qorvath Square after dark.', 'Qorvath', false],
  ['A shop on Varnok al-Kabir Street was hit.', 'Varnok', false],
  ["Crowds filled Syria's Umayyad Square on Sunday.", 'Syria', false],
  // A city's own square leaves the city; a town named before a lowercase word stays.
  ["Crowds filled Damascus's Umayyad Square on Sunday.", 'Damascus', true],
  ['Crowds filled the main square of Qorvath.', 'Qorvath', true],
]
for (const [text, surface, kept] of THOROUGHFARES) {
  test(`"${text}": ${surface} is ${kept ? '' : 'not '}a place`, () => {
    assert.equal(found(text, surface) !== undefined, kept)
  })
}

// A neighbourhood of the city named next is that city's: a town of its name far from the city is not it.
const NEIGHBOURHOODS: readonly [string, boolean][] = [
  ['Shells fell on the Zelkoub neighbourhood in eastern Damascus.', false],
  ['Shells fell on the Zelkoub quarter of Damascus overnight.', false],
  ['Shells fell on the Zelkoub neighbourhood of Homs.', true],
  ['Shells fell on Zelkoub and Damascus.', true],
  // A list of names before the plural: each is the city's, the names the index knows and those it lacks alike.
  ['Shells fell on the Zelkoub and Qorvath neighbourhoods of Damascus.', false],
  ['Shells fell on the Qorvath, Zelkoub and Tell Zembra neighbourhoods of Damascus.', false],
  ['Shells fell on the Zelkoub, Ashtaroun and Bab Nairouz quarters of Damascus.', false],
  ['Shells fell on the Zelkoub and Qorvath neighbourhoods of Homs.', true],
  ['Shells fell on Zelkoub and the neighbourhoods of Damascus.', true],
  // The city named before, by a possessive.
  ["Shells fell on Damascus's Zelkoub neighbourhood.", false],
  ["Shells fell on Damascus’s Zelkoub quarter overnight.", false],
  ["Shells fell on Homs's Zelkoub neighbourhood.", true],
  ["Shells fell on Damascus's Zelkoub and Homs.", true],
]
// A neighbourhood named with no city is the last city's, named in its sentence or the one before: a town of its name in
// another country is not it (Dravosk is a Romanian town), nor is a village of its name far off in the city's own country
// (Zelkoub lies near Homs); a section of a city (PPLX) elsewhere may be the one meant, and stays.
const NEIGHBOURHOOD_OF_CITY_BEFORE: readonly [string, string, boolean][] = [
  ['Crowds filled the squares of Damascus. The Dravosk and Bab Nairouz neighbourhoods were quiet.', 'Dravosk', false],
  ['Crowds filled the squares of Damascus. Shells hit the Dravosk neighbourhood.', 'Dravosk', false],
  ['Crowds filled the squares of Damascus. Shells hit Dravosk, Bab Nairouz and Ashtaroun quarters.', 'Dravosk', false],
  ['Crowds filled the squares of Damascus. The envoy later flew to Dravosk.', 'Dravosk', true],
  ['Crowds filled the squares of Damascus. The Zelkoub neighbourhood was quiet.', 'Zelkoub', false],
  ['Crowds filled the squares of Homs. The Zelkoub neighbourhood was quiet.', 'Zelkoub', true],
  // "districts" too, of a town abroad only: a country's districts are administrative areas ("the Afrin and Azaz districts")
  ['Crowds filled the squares of Damascus. Shells hit the Dravosk and Bab Nairouz districts.', 'Dravosk', false],
  ['Crowds filled the squares of Damascus. Shells hit the Zelkoub and Qorvath districts.', 'Zelkoub', true],
  // (a part just taken from a town abroad is no city whose parts the next names are)
  ['Crowds filled Damascus. Shells hit the Dravosk districts. Militiamen took the Zelkoub and Qorvath districts.', 'Zelkoub', true],
]
for (const [text, surface, kept] of NEIGHBOURHOOD_OF_CITY_BEFORE) {
  test(`"${text}": ${surface} is ${kept ? '' : 'not '}a place`, () => {
    assert.equal(found(text, surface) !== undefined, kept)
  })
}

for (const [text, kept] of NEIGHBOURHOODS) {
  test(`"${text}": Zelkoub near Homs is ${kept ? '' : 'not '}the place`, () => {
    assert.equal(found(text, 'Zelkoub')?.placeId === 'geonames:110', kept)
  })
}

test('"the X district" of a section of a city (PPLX) is that section, exact; of a town, the district around it', () => {
  const section = found('Fighting reached the Sahlat Barid district overnight.', 'Sahlat Barid district')
  assert.equal(section?.precision, 'exact')
  assert.equal(section?.placeKind, 'city')
  assert.equal(found('Fighting reached the Qorvath district overnight.', 'Qorvath district')?.precision, 'region')
})

test('"40 km south of Hama" moves the point 40 km south', () => {
  const p = found('The convoy stopped 40 km south of Hama.', 'Hama')
  assert.ok(p)
  assert.ok(Math.abs(distanceKm(p.lat, p.lon, 35.1318, 36.7578) - 40) < 1)
  assert.ok(p.lat < 35.1318)
})

// Role: where something happened, or only named.
const ROLES: readonly [string, string, 'event' | 'mention'][] = [
  ['The envoy told reporters in Geneva that talks would resume.', 'Geneva', 'mention'],
  ['The president, speaking in Qorvath, said the border would stay shut.', 'Qorvath', 'mention'],
  ['A correspondent reporting from Qorvath said the roads were empty.', 'Qorvath', 'mention'],
  // A source closing the sentence is where the source is, after the report's own place; alone, or a local one, it tells of its place.
  ['Shells landed on Varnok at dawn, a security source in Qorvath said.', 'Qorvath', 'mention'],
  ['Shells landed on Varnok at dawn, according to two sources in Qorvath.', 'Qorvath', 'mention'],
  ['Shells landed on Varnok at dawn, a security source in Qorvath said.', 'Varnok', 'event'],
  ['Shells landed on the town at dawn, a security source in Qorvath said.', 'Qorvath', 'event'],
  ['Shells landed on Varnok at dawn, a local source in Qorvath said.', 'Qorvath', 'event'],
  ['Relations between Syria and Lebanon improved last year.', 'Syria', 'mention'],
  ['Relations between Syria and Lebanon improved last year.', 'Lebanon', 'mention'],
  ['Shells hit the border between Syria and Lebanon.', 'Syria', 'event'],
  ['Aid reached refugees from Lebanon and Europe.', 'Lebanon', 'mention'],
  ['Aid reached refugees from Lebanon and Europe.', 'Europe', 'mention'],
  ["Russia's embassy in Damascus advised its citizens to leave.", 'Russia', 'mention'],
  ["Russia's embassy in Damascus advised its citizens to leave.", 'Damascus', 'mention'],
  ['Rebels seized Qorvath overnight.', 'Qorvath', 'event'],
  ['Airstrikes hit Homs on Tuesday.', 'Homs', 'event'],
  ['Iran evacuated its officers, the Damascus Herald reported.', 'Damascus', 'mention'],
  ['Fighters backed by Syria air strikes broke the siege of Qorvath.', 'Syria', 'mention'],
  ['Fighters broke the siege of Qorvath in Syria last year.', 'Syria', 'event'],
  // What was said about a place is not where it was said: only who was told, the occasion or the day stands between.
  ['The envoy said fighting in Homs had stopped.', 'Homs', 'event'],
  ['The envoy said on Monday in Geneva that talks would resume.', 'Geneva', 'mention'],
  ['Ministers insisted in Geneva that the truce held.', 'Geneva', 'mention'],
  // A speaker who reports from afar is where they speak; residents and witnesses tell what happened where they are.
  ['An aid official in Homs told reporters that convoys had reached Qorvath.', 'Homs', 'mention'],
  ['Partners in Geneva report that the road to Qorvath is cut.', 'Geneva', 'mention'],
  ['Residents in Homs said the shelling went on all night.', 'Homs', 'event'],
  // … also before a list's other places and with verbs of blame, and opening the sentence. ("according to sources in
  // Daraa" is no such speaker: sources are often the town's own.)
  ['Officials in Homs and Hama accused the rebels of shelling Qorvath.', 'Homs', 'mention'],
  ['Officials in Homs and Hama accused the rebels of shelling Qorvath.', 'Hama', 'mention'],
  ['Residents in Homs accused the army of looting.', 'Homs', 'event'],
  ['Five were killed in a strike, according to medical sources in Homs.', 'Homs', 'event'],
  ['In Geneva, the foreign minister said talks would resume.', 'Geneva', 'mention'],
  ['In Homs, residents said the shelling went on all night.', 'Homs', 'event'],
  ['In Geneva, protesters said the talks had failed.', 'Geneva', 'event'],
  // A place as the first part of an adjective ("US-backed") names a backer or a base.
  ['Russia-backed fighters left Qorvath at dawn.', 'Russia', 'mention'],
  ['Russia-backed fighters left Qorvath at dawn.', 'Qorvath', 'event'],
  ['A Homs-based analyst said the siege of Qorvath was over.', 'Homs', 'mention'],
  ['A Russia convoy left Qorvath at dawn.', 'Russia', 'mention'],
  // A country before its leader or its part in an arrangement names a counterpart or a sponsor, not where.
  ['In a call with the Lebanon president, the minister said the border would stay shut.', 'Lebanon', 'mention'],
  ['In a phone call with Lebanon, the minister said the border would stay shut.', 'Lebanon', 'mention'],
  ['In Homs, the council said it would hold talks under Russia supervision.', 'Russia', 'mention'],
  ['The talks will be held in Lebanon next week.', 'Lebanon', 'event'],
  // A place before a settlement word and "of" locates the place named next, where things happened.
  ['Jets bombed the Homs town of Qorvath.', 'Homs', 'mention'],
  ['Jets bombed the Homs town of Qorvath.', 'Qorvath', 'event'],
  ['Jets bombed the Hama province village of Qorvath.', 'Hama province', 'mention'],
  ['Jets bombed the Zelkoub neighbourhood of Homs.', 'Homs', 'event'],
  // A place right after a word for a news outlet is the outlet's name.
  ['Fighters took Qorvath, according to the local news site Homs 24.', 'Homs', 'mention'],
  ['Fighters took Qorvath, according to the local news site Homs 24.', 'Qorvath', 'event'],
  // … and so is a place opening a broadcaster's or news site's name, told by its reporting verb, a bracket or "told".
  ['Fighters took Qorvath, Homs Today reported.', 'Homs', 'mention'],
  ['Fighters took Qorvath, Homs 24 said on Monday.', 'Homs', 'mention'],
  ['Jets bombed Qorvath, a commander told Hama Direct.', 'Hama', 'mention'],
  ['Jets bombed Qorvath, Damascus TV said.', 'Damascus', 'mention'],
  ['DAMASCUS, Dec 5 (Homs Wire) - Jets bombed Qorvath.', 'Homs', 'mention'],
  ['Rebels took Qorvath on Monday and Homs 24 hours later.', 'Homs', 'event'],
  ['Jets bombed Qorvath and Homs today, residents said.', 'Homs', 'event'],
  // A wire's dateline is where the report was filed, not where what it tells happened; a town opening a sentence as its
  // subject, or before an apposition, is where.
  ['HOMS (Reuters) - Thousands fled Qorvath overnight.', 'HOMS', 'mention'],
  ['Homs, Dec 4 (AP) The army said it had pulled out of Qorvath.', 'Homs', 'mention'],
  ['ALEPPO, Syria — Shelling went on all night, residents said.', 'ALEPPO', 'mention'],
  ['Damascus: Rebels said they had entered Qorvath.', 'Damascus', 'mention'],
  ['HOMS, 4 December 2024 — Thousands fled Qorvath overnight.', 'HOMS', 'mention'],
  ['Homs, 4 Dec (AP) The army said it had pulled out of Qorvath.', 'Homs', 'mention'],
  ['Homs fell to the rebels on Saturday.', 'Homs', 'event'],
  ['Homs — the third city — fell to the rebels on Saturday.', 'Homs', 'event'],
]
for (const [text, surface, role] of ROLES) {
  test(`"${surface}" in "${text}" has role ${role}`, () => {
    assert.equal(found(text, surface)?.role, role)
  })
}

test('theater places: regions in lowercase, bridges and highways', () => {
  const { doc, places } = run('Jets struck eastern Syria, the Golan Heights, the Rastan bridge and the M5.')
  const got = places.map((p) => [doc.text.slice(p.span.start, p.span.end), p.placeId])
  assert.deepEqual(got, [['eastern Syria', 'theater:eastern-syria'], ['Golan Heights', 'theater:golan-heights'],
    ['Rastan bridge', 'theater:rastan-bridge'], ['M5', 'theater:m5-highway']])
})

test('resolution prefers the namesake near the other places named, and says so', () => {
  const p = found('Rebels took Varnok after seizing Qorvath and Tell Zembra.', 'Varnok')
  assert.equal(p?.placeId, 'geonames:103')
})

test('resolution falls back on population for a namesake with no context', () => {
  const gazNoTheater = memoryGazetteer(PLACES.filter((p) => p.id !== 101 && p.id !== 102))
  const doc = findPlacesWith(gazNoTheater)(run('Rebels took Varnok.').doc, ctx)
  const p = annotationsOf(doc, 'place').find((x) => x.name === 'Varnok' && x.by.includes('population'))
  assert.equal(p?.placeId, 'geonames:104')
})

test('a demonym is not a place mention', () => {
  assert.equal(run('Syrian troops withdrew.').places.length, 0)
})

test('every place annotation says which rule decided it', () => {
  for (const p of run('Rebels took Hama and moved on Homs, 40 km south of Hama.').places) assert.match(p.by, /^find-places:[a-z-/]+$/)
})

// Epithets and focus names: an invented country and its towns, so the rules are tested, not the theater's lexicon.
const VARDENIA: PlaceSpec[] = [
  { id: 501, name: 'Vardenia', lat: 40, lon: 30, cc: 'QV', fcode: 'PCLI', population: 9_000_000, demonyms: ['Vardenian'] },
  { id: 502, name: 'Ostrel', lat: 41, lon: 31, cc: 'QO', fcode: 'PCLI', population: 5_000_000 },
  { id: 510, name: 'Belmira', lat: 40.5, lon: 30.2, cc: 'QV', fcode: 'PPLC', population: 2_000_000,
    epithets: ["Vardenia's capital", 'the Vardenian capital'], focusNames: ['the capital'] },
  { id: 511, name: 'Qorsk', lat: 39.5, lon: 29.7, cc: 'QV', fcode: 'PPLA', population: 800_000, epithets: ["Vardenia's second city"] },
  { id: 512, name: 'Tessen', lat: 39.8, lon: 30.4, cc: 'QV', fcode: 'PPL', population: 30_000 },
  { id: 520, name: 'Harvel', lat: 41.2, lon: 31.1, cc: 'QO', fcode: 'PPLC', population: 1_000_000 },
  { id: 521, name: 'Dunmark', lat: 41.4, lon: 31.3, cc: 'QO', fcode: 'PPL', population: 40_000 },
  { id: 'south-vardenia', name: 'Southern Vardenia', lat: 39.2, lon: 30, cc: 'QV', fcode: 'REGION', focusNames: ['the south'] },
]
const vGaz = memoryGazetteer(VARDENIA, 'QV')
const vStage = findPlacesWith(vGaz)
function vPlaces(text: string): { surface: string; name: string; role: string }[] {
  const doc = vStage(splitSentences({
    id: 'doc:test' as Doc['id'], meta: { source: 't', url: null, title: null, outlet: null, publishedAt: null, publishedAtBasis: null, format: 'text' },
    raw: text, text, toRaw: { pieces: [{ textStart: 0, rawStart: 0, length: text.length }] }, removed: [], language: 'en', annotations: [], messages: [],
  }, ctx), ctx)
  return annotationsOf(doc, 'place').map((p) => ({ surface: doc.text.slice(p.span.start, p.span.end), name: p.name, role: p.role }))
}

test('an epithet with a possessive country is read whole, before the country inside it', () => {
  const places = vPlaces("Rebels pushed into Vardenia's second city on Friday after taking Tessen.")
  assert.deepEqual(places.map((p) => [p.surface, p.name]), [["Vardenia's second city", 'Qorsk'], ['Tessen', 'Tessen']])
})

test('a lowercase epithet ends on a lowercase word and still matches: "the Vardenian capital"', () => {
  assert.deepEqual(vPlaces('Shops reopened in the Vardenian capital and in Tessen.').map((p) => p.name), ['Belmira', 'Tessen'])
})

test('a focus name ("the capital", "the south") stands for the theater place only in a text about that country', () => {
  const home = vPlaces('Fighting near Tessen and Qorsk spread to the capital, and protests began in the south.')
  assert.deepEqual(home.map((p) => p.name), ['Tessen', 'Qorsk', 'Belmira', 'Southern Vardenia'])
  const abroad = vPlaces('Storms hit Harvel and Dunmark in Ostrel; schools in the capital closed, and the south flooded.')
  assert.deepEqual(abroad.map((p) => p.name), ['Harvel', 'Dunmark', 'Ostrel'])
})

test('a lowercase place phrase followed by "of" is relative to what follows: "the south of Ostrel"', () => {
  assert.deepEqual(vPlaces('Fighting near Tessen and Qorsk, and floods in the south of Ostrel.').map((p) => p.name), ['Tessen', 'Qorsk', 'Ostrel'])
})

test('a country named as the other party to an agreement, talks or peace is a mention, not where it happened', () => {
  for (const text of ['Troops seized a ridge near Tessen set up by a ceasefire agreement with Ostrel.', 'He offered peace with Ostrel from Tessen.']) {
    const ostrel = vPlaces(text).find((p) => p.name === 'Ostrel')
    assert.equal(ostrel?.role, 'mention', text)
  }
})

// Arabic script: invented places with Arabic alternates, as the OCHA names give them.
const ARABIC: PlaceSpec[] = [
  { id: 601, name: 'Qorvath', alt: ['قرفاث'], lat: 35.5, lon: 37.5, cc: 'SY', fcode: 'PPLA', population: 120_000 },
  { id: 602, name: 'Tell Zembra', alt: ['تل زمبرة'], lat: 35.55, lon: 37.6, cc: 'SY', fcode: 'PPL', population: 3_000 },
  { id: 603, name: 'Madinat Saghira', alt: ['المدينة'], lat: 35.6, lon: 37.7, cc: 'SY', fcode: 'PPL', population: 900 },
  // One Arabic name, a Syrian village and a bigger town abroad (GeoNames' Arabic alternates give many such pairs).
  { id: 604, name: 'Zembrin', alt: ['زمبرين'], lat: 35.52, lon: 37.55, cc: 'SY', fcode: 'PPL', population: 5_000 },
  { id: 605, name: 'Zembrine', alt: ['زمبرين'], lat: 36.1, lon: 9.6, cc: 'TN', fcode: 'PPLA2', population: 60_000 },
  // One Arabic name in two countries outside the theater; a demonym in the text tells which.
  { id: 606, name: 'Varsel', alt: ['فارسل'], lat: 34.2, lon: 35.9, cc: 'LB', fcode: 'PPLA2', population: 50_000 },
  { id: 607, name: 'Varsel', alt: ['فارسل'], lat: 35.8, lon: 10.6, cc: 'TN', fcode: 'PPLA2', population: 60_000 },
  { id: 608, name: 'Lebanon', alt: ['لبنان'], lat: 33.8, lon: 35.8, cc: 'LB', fcode: 'PCLI', population: 6_000_000, demonyms: ['لبناني'] },
]
const aStage = findPlacesWith(memoryGazetteer(ARABIC, 'SY'))
/** The place annotations a stage finds in a text of one language. */
function placesWith(st: ReturnType<typeof findPlacesWith>, text: string, language: 'ar' | 'en'): PlaceAnnotation[] {
  const doc = st(splitSentences({
    id: 'doc:test' as Doc['id'], meta: { source: 't', url: null, title: null, outlet: null, publishedAt: null, publishedAtBasis: null, format: 'text' },
    raw: text, text, toRaw: { pieces: [{ textStart: 0, rawStart: 0, length: text.length }] }, removed: [], language, annotations: [], messages: [],
  }, ctx), ctx)
  return annotationsOf(doc, 'place')
}
const surfacesWith = (st: ReturnType<typeof findPlacesWith>, text: string, language: 'ar' | 'en'): string[] =>
  placesWith(st, text, language).map((p) => text.slice(p.span.start, p.span.end))
function arabicPlaces(text: string): [string, string][] {
  const doc = aStage(splitSentences({
    id: 'doc:test' as Doc['id'], meta: { source: 't', url: null, title: null, outlet: null, publishedAt: null, publishedAtBasis: null, format: 'text' },
    raw: text, text, toRaw: { pieces: [{ textStart: 0, rawStart: 0, length: text.length }] }, removed: [], language: 'ar', annotations: [], messages: [],
  }, ctx), ctx)
  return annotationsOf(doc, 'place').map((p) => [doc.text.slice(p.span.start, p.span.end), p.name])
}

test('Arabic script: a name joined to "and"/"in" is found without the proclitic, and without trailing punctuation', () => {
  assert.deepEqual(arabicPlaces('تقدمت القوات نحو تل زمبرة، ثم دخلت وقرفاث.'), [['تل زمبرة', 'Tell Zembra'], ['قرفاث', 'Qorvath']])
  assert.deepEqual(arabicPlaces('اشتباكات عنيفة وبقرفاث'), [['قرفاث', 'Qorvath']])
})

test('Arabic script: a name shared with a bigger town abroad reads the Syrian place in a text about Syria', () => {
  assert.deepEqual(arabicPlaces('قصفت الطائرات قرفاث وزمبرين'), [['قرفاث', 'Qorvath'], ['زمبرين', 'Zembrin']])
})

test('Arabic script: a demonym in any form votes for its country ("لبنانيون" -> Lebanon)', () => {
  // Alone, an Arabic name of a town abroad is not enough; "Lebanese officials" point to Lebanon.
  assert.deepEqual(arabicPlaces('وصلت المساعدات إلى فارسل'), [])
  const text = 'قال مسؤولون لبنانيون إن المساعدات وصلت إلى فارسل'
  const doc = aStage(splitSentences({
    id: 'doc:test' as Doc['id'], meta: { source: 't', url: null, title: null, outlet: null, publishedAt: null, publishedAtBasis: null, format: 'text' },
    raw: text, text, toRaw: { pieces: [{ textStart: 0, rawStart: 0, length: text.length }] }, removed: [], language: 'ar', annotations: [], messages: [],
  }, ctx), ctx)
  assertDoc(doc)
  assert.deepEqual(annotationsOf(doc, 'place').map((p) => p.country), ['LB'])
})

test('Arabic script: a preposition is no place cue for a common word ("في المدينة" is "in the city")', () => {
  assert.deepEqual(arabicPlaces('وقعت اشتباكات في المدينة'), [])
})

test('Arabic script: ta marbuta written as ha matches the same name', () => {
  assert.deepEqual(arabicPlaces('قصف على تل زمبره'), [['تل زمبره', 'Tell Zembra']])
})

test('Arabic script: a common word that names a small village is a place only after a place word', () => {
  assert.deepEqual(arabicPlaces('انسحب الجيش إلى خارج المدينة'), [])
  assert.deepEqual(arabicPlaces('اشتباكات قرب قرية المدينة'), [['المدينة', 'Madinat Saghira']])
})

test('a place after a preposition stays a place before "said": "Residents of Rastan said" names no person Rastan', () => {
  const { doc, places } = run('Rebels took Rastan on Friday. Residents of Rastan said jets struck the town.')
  assert.deepEqual(places.filter((p) => doc.text.slice(p.span.start, p.span.end) === 'Rastan').map((p) => p.placeId), ['geonames:18', 'geonames:18'])
  assert.equal(found('Rebels took Rastan. Commander Rastan said the town was calm.', 'Rastan'), undefined)
})

// The last name of a list after a preposition is a place too, however long the list: "residents of A, the B camp and C said".
const LISTED_BEFORE_SAID: readonly [string, boolean][] = [
  ['Residents of Qorvath and Rastan said the army had left.', true],
  ['Residents of Qorvath, Tell Zembra and Rastan said the army had left.', true],
  ['Residents of Qorvath, the Varnok camp and Rastan said the army had left.', true],
  ['Residents of Tell al-Zembra village and Rastan said the army had left.', true],
  // No preposition before the list: a name before "said" is a person's.
  ['Hassan, Ali and Rastan said the army had left.', false],
  ['Rebels spoke to people of Qorvath; the fighters and Rastan said the army had left.', false],
]
for (const [text, kept] of LISTED_BEFORE_SAID) {
  test(`"${text}": Rastan is ${kept ? '' : 'not '}a place`, () => {
    assert.equal(found(text, 'Rastan') !== undefined, kept)
  })
}

test('"fighters took control of X" names where the event is, not where fighters come from', () => {
  assert.equal(found('Opposition fighters took control of Rastan on Thursday.', 'Rastan')?.role, 'event')
  assert.equal(found('Hundreds of fighters from Rastan joined the assault.', 'Rastan')?.role, 'mention')
})

test('"withdraw its fighters from X" names the place they leave, not where they come from', () => {
  assert.equal(found('The group agreed to withdraw its fighters from Rastan under a ceasefire.', 'Rastan')?.role, 'event')
  assert.equal(found('Commanders pulled their fighters out of Rastan overnight.', 'Rastan')?.role, 'event')
})

test('"evacuated civilians and their fighters from X" names the place they leave, the object a list', () => {
  assert.equal(found('The group evacuated thousands of civilians and their remaining fighters from Rastan on Monday.', 'Rastan')?.role, 'event')
  assert.equal(found('Hundreds of civilians and fighters from Rastan joined the march.', 'Rastan')?.role, 'mention')
})

test('"fighters withdrew from X" is the place they leave; "reinforcements arrived from X" where they were sent from', () => {
  assert.equal(found('Kurdish-led fighters withdrew from Rastan on Sunday.', 'Rastan')?.role, 'event')
  assert.equal(found('Hundreds of fighters fled from Rastan overnight.', 'Rastan')?.role, 'event')
  assert.equal(found('The army said reinforcements had arrived from Rastan.', 'Rastan')?.role, 'mention')
})

test('a headquarters is a venue where someone speaks from it, and where it is stormed or struck an event place', () => {
  assert.equal(found('The SDF denied from its headquarters in Rastan that it had lost the town.', 'Rastan')?.role, 'mention')
  assert.equal(found('Gunmen stormed the police headquarters in Rastan on Saturday.', 'Rastan')?.role, 'event')
  assert.equal(found("The group's headquarters in Rastan was struck overnight.", 'Rastan')?.role, 'event')
})

test('a month abbreviation the date stage took is no place: "Jan. 12" beside a village called Jan', async () => {
  const { findDates } = await import('./find-dates.ts')
  const withJan = findPlacesWith(memoryGazetteer([...PLACES, { id: 106, name: 'Jan', lat: 38.5, lon: 68.8, cc: 'TJ', fcode: 'PPLA2', population: 12_000 }], 'SY', {}))
  const text = 'Rebels entered Qorvath on Jan. 12, residents said.'
  const base: Doc = {
    id: 'doc:test' as Doc['id'], meta: { source: 't', url: null, title: null, outlet: null, publishedAt: '2025-01-20', publishedAtBasis: 'metadata', format: 'text' },
    raw: text, text, toRaw: { pieces: [{ textStart: 0, rawStart: 0, length: text.length }] }, removed: [], language: 'en', annotations: [], messages: [],
  }
  const withoutDates = withJan(splitSentences(base, ctx), ctx)
  assert.ok(annotationsOf(withoutDates, 'place').some((p) => p.name === 'Jan'), 'the invented town is found when no date covers it')
  const doc = withJan(findDates(splitSentences(base, ctx), ctx), ctx)
  assert.deepEqual(annotationsOf(doc, 'place').map((p) => p.name), ['Qorvath'])
})

test('Arabic script: a country adjective after a name, or "، <country>", says which country it is in', () => {
  // Alone, "فارسل" names a town abroad nothing points to (no place); the Lebanese one when qualified.
  assert.deepEqual(arabicPlaces('وصلت المساعدات إلى فارسل اللبنانية'), [['فارسل', 'Varsel']])
  const lebanese = (text: string) => {
    return placesWith(aStage, text, 'ar').filter((p) => p.name === 'Varsel').map((p) => p.country)
  }
  assert.deepEqual(lebanese('وصلت المساعدات إلى فارسل اللبنانية'), ['LB'])
  assert.deepEqual(lebanese('وصلت المساعدات إلى فارسل، لبنان'), ['LB'])
})

test('a name inside an actor\'s or a person\'s name, or after a person\'s title, is no place (invented actors)', () => {
  const names = actorNameIndex([
    { kind: 'person', aliases: ['Rafiq Qorvath', 'قرفاث العلي'] },
    { kind: 'armed_group', aliases: ['Tell Zembra Brigade', 'لواء تل زمبرة'] },
  ])
  const st = findPlacesWith(memoryGazetteer(ARABIC, 'SY'), names)
  const surfaces = (text: string, language: 'ar' | 'en') => {
    return surfacesWith(st, text, language)
  }
  // Inside a person's name; and the same bare name later in the text is that person too.
  assert.deepEqual(surfaces('قال قرفاث العلي إن القوات تقدمت. وأضاف قرفاث أن المعارك مستمرة.', 'ar'), [])
  // Inside a group's name: the place is not named; alone it is.
  assert.deepEqual(surfaces('هاجم لواء تل زمبرة مواقع الجيش قرب قرفاث.', 'ar'), ['قرفاث'])
  assert.deepEqual(surfaces('Fighters of the Tell Zembra Brigade reached Qorvath.', 'en'), ['Qorvath'])
  // After a person's title.
  assert.deepEqual(surfaces('التقى القائد قرفاث بوفد من الأهالي.', 'ar'), [])
  assert.deepEqual(surfaces('دخلت القوات بلدة قرفاث.', 'ar'), ['قرفاث'])
})

test('a body named after its town is in that town; a name joined by a hyphen to the rest of an alias is not a place (invented actors)', () => {
  const names = actorNameIndex([{ kind: 'armed_group', aliases: ['Qorvath Military Council', 'Qorvath-backed fighters'] }])
  const st = findPlacesWith(memoryGazetteer(ARABIC, 'SY'), names)
  const surfaces = (text: string) => {
    return surfacesWith(st, text, 'en')
  }
  assert.deepEqual(surfaces('The Qorvath Military Council said it held its positions.'), ['Qorvath'])
  assert.deepEqual(surfaces('Qorvath-backed fighters shelled the road.'), [])
})

test('a body\'s acronym written in capitals is no village of the same letters; a state\'s stays its country', () => {
  const names = actorNameIndex([{ kind: 'media', aliases: ['QORVATH', 'Qorvath News Agency'] }, { kind: 'state', aliases: ['SYRIA'] }])
  const st = findPlacesWith(gaz, names)
  assert.deepEqual(surfacesWith(st, 'HAMA (QORVATH) — Units deployed near Homs.', 'en'), ['HAMA', 'Homs'])
  assert.deepEqual(surfacesWith(st, 'Troops left Homs, the QORVATH agency reported.', 'en'), ['Homs'])
  // Written as a name, it is the village.
  assert.deepEqual(surfacesWith(st, 'Units deployed near Qorvath.', 'en'), ['Qorvath'])
  assert.deepEqual(surfacesWith(st, 'Jets flew over SYRIA.', 'en'), ['SYRIA'])
})

test('one sense per document: a bare name takes the country an earlier (or, failing that, a later) mention gave it', () => {
  const countries = (text: string) => {
    const { doc, places } = run(text)
    return places.filter((p) => doc.text.slice(p.span.start, p.span.end) === 'Qalbrin').map((p) => p.country)
  }
  assert.deepEqual(countries('Crowds gathered in Qalbrin on Friday.'), ['LY'])
  assert.deepEqual(countries('Crowds gathered in Qalbrin, Lebanon, on Friday. Later, shops in Qalbrin closed.'), ['LB', 'LB'])
  assert.deepEqual(countries('Shops in Qalbrin closed. Crowds had gathered in Qalbrin, Lebanon, on Friday.'), ['LB', 'LB'])
})

test('a capital named after its country in the sentence, or as where officials speak, is the capital, not a theater village', () => {
  const country = (text: string) => {
    const { doc, places } = run(text)
    return places.filter((p) => doc.text.slice(p.span.start, p.span.end) === 'Kestral').map((p) => p.country)
  }
  const syria = 'Syrian rebels seized Qorvath, Tell Zembra and Hama on Thursday. '
  assert.deepEqual(country(`${syria}Merevia's foreign minister said in Kestral that talks would resume.`), ['MV'])
  assert.deepEqual(country(`${syria}The envoy told reporters in Kestral that talks would resume.`), ['MV'])
  assert.deepEqual(country(`${syria}The ministers met in Kestral on Saturday. Kestral hosts the talks every year.`), ['MV', 'MV'])
  // (a village the text places among the theater's towns stays one)
  assert.deepEqual(country(`${syria}Jets struck Kestral near Qorvath overnight.`), ['SY'])
})

test('one sense per document: which mentions take a qualified namesake\'s container', () => {
  const lebanon = { name: 'Lebanon' } as GazEntry
  const ohio = { name: 'Ohio' } as GazEntry
  const names = (r: (GazEntry | null)[]) => r.map((c) => c?.name ?? null)
  const plain = { keepsOwn: () => false, passesOn: () => true }
  // The nearest qualified mention before a bare one, else the first after it; other names are left alone.
  assert.deepEqual(names(oneSensePerDocument(['qalbrin', 'varnok', 'qalbrin'], [lebanon, null, null], plain)), ['Lebanon', null, 'Lebanon'])
  assert.deepEqual(names(oneSensePerDocument(['qalbrin', 'qalbrin', 'qalbrin'], [null, ohio, null], plain)), ['Ohio', 'Ohio', 'Ohio'])
  assert.deepEqual(names(oneSensePerDocument(['qalbrin', 'qalbrin', 'qalbrin', 'qalbrin'], [ohio, null, lebanon, null], plain)), ['Ohio', 'Ohio', 'Lebanon', 'Lebanon'])
  // "Russia, Ohio" … "Russia": a name whose bare reading is a country or governorate keeps it.
  assert.deepEqual(names(oneSensePerDocument(['russia', 'russia'], [ohio, null], { ...plain, keepsOwn: (i) => i === 1 })), ['Ohio', null])
  // "Qalbrin University, Ohio" read as a list: a container with no Qalbrin of its own in it is not passed on.
  assert.deepEqual(names(oneSensePerDocument(['qalbrin', 'qalbrin'], [null, ohio], { ...plain, passesOn: () => false })), [null, 'Ohio'])
})

test('"the provincial capital" after a province is the province\'s seat, a city', () => {
  for (const text of ['Rebels swept across Homs province and entered the provincial capital at dawn.',
    'Rebels swept across Homs province. By dusk they held the capital of the province.']) {
    const { doc, places } = run(text)
    const capital = places.find((p) => /capital/.test(doc.text.slice(p.span.start, p.span.end)))
    assert.equal(capital?.name, 'Homs', text)
    assert.equal(capital?.placeKind, 'city', text)
    assert.equal(capital?.role, 'event', text)
  }
  // A city named in between is the capital itself ("Qorvath, the provincial capital"), and no province, none.
  const { doc } = run('Troops left Homs province; Qorvath, the provincial capital, was calm.')
  assert.ok(!annotationsOf(doc, 'place').some((p) => /capital/.test(doc.text.slice(p.span.start, p.span.end))))
  assert.ok(!run('Rebels entered the provincial capital at dawn.').places.length)
})

test('a place naming a gathering or what it agreed ("the Harvel Forum", "the Tessen talks") is a mention', () => {
  const roles = (text: string) => vPlaces(text).map((p) => `${p.surface}:${p.role}`)
  assert.deepEqual(roles('The minister, speaking at the Harvel Forum, said fighting in Tessen had stopped.'), ['Harvel:mention', 'Tessen:event'])
  assert.deepEqual(roles('Under the Dunmark agreement, troops left Tessen.'), ['Dunmark:mention', 'Tessen:event'])
  assert.deepEqual(roles('The Tessen talks resumed as jets struck Qorsk.'), ['Tessen:mention', 'Qorsk:event'])
})

test('a local news site named after its province and "24" is an outlet, not a place of the event', () => {
  const roles = (text: string) => vPlaces(text).map((p) => `${p.surface}:${p.role}`)
  assert.deepEqual(roles('Tessen 24 - Jets struck Qorsk on Friday.'), ['Tessen:mention', 'Qorsk:event'])
  assert.deepEqual(roles('According to Tessen 24, protesters gathered in Qorsk.'), ['Tessen:mention', 'Qorsk:event'])
  assert.deepEqual(roles('Jets struck Tessen 24 times on Friday.'), ['Tessen:event'])
})

test('a capital as the other party to talks or ties ("ready for talks with Harvel") is a mention, not where anything happened', () => {
  const roles = (text: string) => vPlaces(text).map((p) => `${p.surface}:${p.role}`)
  assert.deepEqual(roles('The council said it was ready for talks with Harvel, as jets struck Tessen.'), ['Harvel:mention', 'Tessen:event'])
  assert.deepEqual(roles('Crowds clashed with police in Harvel.'), ['Harvel:event'])
})

test('a place given as one of a city\'s districts ("its neighbourhoods, including X") is no town of that name far away', () => {
  const surfaces = (text: string) => { const { doc, places } = run(text); return places.map((p) => doc.text.slice(p.span.start, p.span.end)) }
  assert.deepEqual(surfaces('Rebels took Aleppo and most of its neighbourhoods, including Qalbrin, on Saturday.'), ['Aleppo'])
  assert.deepEqual(surfaces("Jets struck Aleppo's eastern districts, such as Qalbrin, and then Hama."), ['Aleppo', 'Hama'])
  assert.deepEqual(surfaces('Rebels took Aleppo, and crowds gathered in Qalbrin.'), ['Aleppo', 'Qalbrin'])
})

test('suburbs named with their city before the word ("the Damascus suburbs of Qorvath") are the places named, not near them', () => {
  assert.equal(found('Rebels were reported in the Damascus suburbs of Qorvath and Brelloch.', 'Qorvath')?.precision, 'exact')
  assert.equal(found('Rebels were reported in the suburbs of Damascus.', 'Damascus')?.precision, 'near')
})

test('people evacuated from a town leave it: no origin; a fronted place before a country\'s official who speaks is the venue', () => {
  const roles = (text: string) => vPlaces(text).map((p) => `${p.surface}:${p.role}`)
  assert.deepEqual(roles('The embassy evacuated its diplomats from Tessen to Qorsk.'), ['Tessen:event', 'Qorsk:event'])
  assert.deepEqual(roles('Diplomats from Tessen arrived in Qorsk.'), ['Tessen:mention', 'Qorsk:event'])
  assert.deepEqual(roles("In Harvel, Ostrel's caretaker prime minister said the border would stay open."), ['Harvel:mention', 'Ostrel:mention'])
})

test('a speaker\'s place after "speaking by phone from" is where the speaker was, a mention', () => {
  const roles = (text: string) => vPlaces(text).map((p) => `${p.surface}:${p.role}`)
  assert.deepEqual(roles('An official, speaking by phone from Tessen, said jets struck Qorsk.'), ['Tessen:mention', 'Qorsk:event'])
  assert.deepEqual(roles('An officer, speaking on condition of anonymity from Harvel, said jets struck Qorsk.'), ['Harvel:mention', 'Qorsk:event'])
})

test('a lowercase region before a settlement word ("the steppe town of Qorvath") describes the town, and is no place', () => {
  const surfaces = (text: string) => { const { doc, places } = run(text); return places.map((p) => doc.text.slice(p.span.start, p.span.end)) }
  assert.deepEqual(surfaces('Troops regrouped in the steppe town of Qorvath on Friday.'), ['Qorvath'])
  assert.deepEqual(surfaces('Fighting spread into the steppe near Qorvath.'), ['the steppe', 'Qorvath'])
})

test('a place where a statement was issued ("in a statement issued in Harvel") is a mention', () => {
  const roles = (text: string) => vPlaces(text).map((p) => `${p.surface}:${p.role}`)
  assert.deepEqual(roles('The agency, in a statement issued in Harvel, urged both sides to spare Tessen.'), ['Harvel:mention', 'Tessen:event'])
  assert.deepEqual(roles('The agency issued a statement about fighting in Tessen.'), ['Tessen:event'])
})

test('Arabic: a town opening the report before a dash is its dateline; a venue of words is a mention', () => {
  const roles = (text: string) => placesWith(aStage, text, 'ar').map((p) => `${text.slice(p.span.start, p.span.end)}:${p.role}`)
  assert.deepEqual(roles('قرفاث - قال مصدر عسكري إن القوات انسحبت من تل زمبرة.'), ['قرفاث:mention', 'تل زمبرة:event'])
  assert.deepEqual(roles('وقال الوزير في مؤتمر صحفي في قرفاث إن القوات انسحبت من تل زمبرة.'), ['قرفاث:mention', 'تل زمبرة:event'])
  assert.deepEqual(roles('وقصفت الطائرات قرفاث - المدينة الأكبر في المنطقة.'), ['قرفاث:event'])
})
