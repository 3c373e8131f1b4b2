import assert from 'node:assert/strict'
import { test } from 'node:test'
import { addAreaArabicNames, arabicAlternates, arabicCountryNames, arabicDemonym, isWordNotName } from './arabic-names.ts'

test('only names in the Arabic alphabet are kept: Persian, Urdu and Kurdish spellings in Arabic script are not', () => {
  assert.deepEqual(arabicAlternates('Qorvath,قرفاث,قۆرڤاس,قرفاٹ,Корват'), ['قرفاث'])
})

test('a frequent Arabic word is a name only when the place is as often named in English (same subtitle corpus)', () => {
  const table: [string, string, boolean][] = [
    ['امان', 'Amman', true], // "safety"
    ['المدينة', 'Medina', true], // "the city"
    ['العين', 'Al Ain City', true], // "the eye": "city" and "al" say nothing
    ['وان', 'Van', true], // "and that": three letters
    ['لندن', 'London', false],
    ['باريس', 'Paris', false],
    ['قرفاث', 'Qorvath', false], // not a frequent word at all
  ]
  for (const [arabic, english, word] of table) assert.equal(isWordNotName(arabic, english), word, `${arabic} (${english})`)
})

test('country names come from CLDR through Intl, with the qualifier-free short form', () => {
  assert.ok(arabicCountryNames('TR').includes('تركيا'))
  assert.ok(arabicCountryNames('LB').includes('لبنان'))
  assert.deepEqual(arabicCountryNames('ZZZ'), [])
})

test('the Arabic demonym of a one-word country name is its regular nisba; others have none', () => {
  const table: [string, string | null][] = [
    ['سوريا', 'سوري'], ['لبنان', 'لبناني'], ['الأردن', 'أردني'], ['العراق', 'عراقي'], ['فرنسا', 'فرنسي'], ['السعودية', 'سعودي'],
    ['الولايات المتحدة', null], ['مالي', null],
  ]
  for (const [country, demonym] of table) assert.equal(arabicDemonym(country), demonym, country)
})

test('an area\'s Arabic name goes to the area with that GeoNames id, without the word for governorate; frequent words are left out', () => {
  const row = (name: string, fcode: string, geonameId: number | null) => ({ name, kind: fcode === 'PPL' ? 'city' : 'admin', fcode, cc: 'QQ', admin1: 'QQ.01', population: 0, geonameId })
  const rows = [row('Zembra Governorate', 'ADM1', 11), row('North', 'ADM1', 12), row('Varnok District', 'ADM2', 13), row('Zembra', 'PPL', 14)]
  const added: [string, number][] = []
  addAreaArabicNames(rows, [
    { code: 'QQ.01', geonameId: 11, name: 'محافظة زمبرة' },
    { code: 'QQ.02', geonameId: 12, name: 'الشمال' }, // "the north": a frequent word
    { code: 'QQ.01.13', geonameId: 13, name: 'فارنوك' },
    { code: 'QQ.09', geonameId: 99, name: 'قرفاث' }, // no area with that id
    { code: 'QQ.03', geonameId: 12, name: 'إقليم شمالي' }, // "northern region": a bare direction once its area word goes
    { code: 'QQ.01', geonameId: 14, name: 'زمبرة' }, // a populated place is no area
  ], (name, index) => added.push([name, index]))
  assert.deepEqual(added, [['زمبرة', 0], ['فارنوك', 2]])
})
