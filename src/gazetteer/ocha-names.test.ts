import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ochaNewsNames } from './ocha-names.ts'

// Invented villages: the rules read OCHA's English name against its Arabic one, whatever the place.

test('an article OCHA fuses to a word after the first is split off, when the Arabic name has one', () => {
  assert.deepEqual(ochaNewsNames('Tal Elqorvan', 'تل القرفان'), ['Tal al-Qorvan'])
  assert.deepEqual(ochaNewsNames('Abul Nawarij', 'أبو النوارج'), ['Abu al Nawarij'])
  // No article in the Arabic name: "Elvan" is the name itself.
  assert.deepEqual(ochaNewsNames('Tal Elvan', 'تل علفان'), [])
})

test('OCHA\'s Kherbet is also written Khirbet', () => {
  assert.deepEqual(ochaNewsNames('Kherbet Elqorvan', 'خربة القرفان'), ['Kherbet al-Qorvan', 'Khirbet al-Qorvan'])
})

test('an adjective OCHA translates is transliterated from the Arabic name, after the name, with its article if it has one', () => {
  assert.deepEqual(ochaNewsNames('Big Qorvan', 'قرفان الكبرى'), ['Qorvan al-Kubra'])
  assert.deepEqual(ochaNewsNames('Little Upper Qorvan', 'قرفان فوقاني صغير'), ['Qorvan Fawqani Saghir'])
  assert.deepEqual(ochaNewsNames('Lower Qorvan', 'قرفان التحتا'), ['Qorvan al-Tahta'])
  // The Arabic decides which adjective it is, not OCHA's English word.
  assert.deepEqual(ochaNewsNames('Eastern Qorvan', 'القرفان الشمالي'), ['Qorvan al-Shamali'])
  assert.deepEqual(ochaNewsNames('Western Qorvan', 'قرفان'), [])
})

test('a castle OCHA translates is named Qalaat, as news does', () => {
  assert.deepEqual(ochaNewsNames('Qorvan Castle', 'قلعة القرفان'), ['Qalaat al-Qorvan'])
  assert.deepEqual(ochaNewsNames('Qorvan Castle', 'برج القرفان'), [])
})

test('OCHA\'s "th" is also written as the one Arabic letter it can stand for', () => {
  assert.deepEqual(ochaNewsNames('Mathrun', 'مظرون'), ['Mazrun'])
  assert.deepEqual(ochaNewsNames('Thirvan', 'ذرفان'), ['Dhirvan'])
  assert.deepEqual(ochaNewsNames('Kafr Qothan', 'كفر قودان'), ['Kafr Qodan'])
  // ث is "th" as news writes it too, and two candidates leave the name alone.
  assert.deepEqual(ochaNewsNames('Kafr Thalvan', 'كفر ثلفان'), [])
  assert.deepEqual(ochaNewsNames('Thathvan', 'ظذفان'), [])
  // The "th" of OCHA's English adjective is English.
  assert.deepEqual(ochaNewsNames('Northern Dorvan', 'دورفان شمالي'), ['Dorvan Shamali'])
})

test('a name of two places is left as it is', () => {
  assert.deepEqual(ochaNewsNames('Upper Qorvan - Upper Dirvan', 'قرفان فوقاني_درفان فوقاني'), [])
})
