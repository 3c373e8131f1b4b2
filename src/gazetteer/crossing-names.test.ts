import assert from 'node:assert/strict'
import { test } from 'node:test'
import { arabicCrossingNames, crossingNames, joinedCrossingNames, latinPortNames, listOf } from './crossing-names.ts'

test('a crossing is named with a crossing word in English, never bare', () => {
  assert.deepEqual(crossingNames('Qorvath'), ['Qorvath crossing', 'Qorvath border crossing', 'Qorvath border gate', 'Qorvath crossing point',
    'Qorvath border post', 'Qorvath border point', 'Qorvath crossings', 'Qorvath border crossings', 'Qorvath border gates',
    'Qorvath crossing points', 'Qorvath border posts', 'Qorvath border points', 'Qorvath border'])
})

test('two names of one crossing joined by a hyphen name it, in either order, bare or with a crossing word', () => {
  const joined = joinedCrossingNames(['Qorvath', 'Varnok'])
  for (const name of ['Qorvath-Varnok', 'Varnok-Qorvath', 'Qorvath-Varnok crossing', 'Varnok-Qorvath border crossing']) assert.ok(joined.includes(name), name)
  assert.ok(!joined.includes('Qorvath') && !joined.includes('Qorvath crossing'), 'a single name is not a joined one')
  assert.deepEqual(joinedCrossingNames(['Qorvath']), [])
})

test('an Arabic crossing name gives "معبر X" and "منفذ X", with and without "الحدودي", whatever form the table wrote', () => {
  const want = ['منفذ قرفاث', 'منفذ قرفاث الحدودي', 'معبر قرفاث', 'معبر قرفاث الحدودي']
  for (const written of ['منفذ قرفاث الحدودي', 'معبر قرفاث', 'قرفاث']) assert.deepEqual(arabicCrossingNames(written, false), want, written)
})

test('an Arabic port name gives "مرفأ X" and "ميناء X"', () => {
  assert.deepEqual(arabicCrossingNames('مرفأ قرفاث', true), ['مرفأ قرفاث', 'ميناء قرفاث'])
})

test('a table cell lists names separated by semicolons', () => {
  assert.deepEqual(listOf('Varnok; فارنوك ;'), ['Varnok', 'فارنوك'])
  assert.deepEqual(listOf(undefined), [])
})

test('a port the table calls "Port of X" is also "X port" and "port of X"; nothing else is', () => {
  assert.deepEqual(latinPortNames('Port of Qorvath'), ['Qorvath port', 'port of Qorvath'])
  assert.deepEqual(latinPortNames('Qorvath'), [])
})
