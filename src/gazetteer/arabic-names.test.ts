import assert from 'node:assert/strict'
import { test } from 'node:test'
import { arabicAlternates, arabicCountryNames, arabicDemonym, isWordNotName } from './arabic-names.ts'

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
