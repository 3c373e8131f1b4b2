import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { AppError } from '../core/errors.ts'
import { theaterPlacesDir } from './paths.ts'
import { parseTheaterPlaces } from './theater-places.ts'

const place = (slug: string) => ({ slug, name: 'Qorvath Dam', kind: 'feature', fcode: 'DAM', precision: 'exact', lat: 1, lon: 2, cc: 'XX', admin1: '', names: ['Qorvath Dam'] })

function failure(text: string): AppError {
  try { parseTheaterPlaces(text, 'pack/places.json') } catch (err) { if (err instanceof AppError) return err }
  assert.fail('expected an AppError')
}

test('the shipped Syria pack parses', () => {
  const path = join(theaterPlacesDir('syria'), 'places.json')
  assert.ok(parseTheaterPlaces(readFileSync(path, 'utf8'), path).places.length > 10)
})

test('two places under one slug are rejected, naming the file and the slug', () => {
  const err = failure(JSON.stringify({ country: 'XX', places: [place('qorvath-dam'), place('qorvath-dam')] }))
  assert.equal(err.code, 'theater_invalid')
  assert.equal(err.input, 'pack/places.json')
  assert.match(err.message, /pack\/places\.json: places\.1\.slug: duplicate slug "qorvath-dam"/)
})

test('a file that is not JSON is rejected with the file named', () => {
  assert.match(failure('{ "country": ').message, /^pack\/places\.json: not JSON/)
})

test('an alias names its place by GeoNames id or by OCHA pcode, exactly one of them', () => {
  const pack = (alias: object): string => JSON.stringify({ country: 'XX', places: [], aliases: [{ names: ['Qorvatho'], ...alias }] })
  assert.equal(parseTheaterPlaces(pack({ pcode: 'C1234' }), 'p').aliases[0]?.pcode, 'C1234')
  assert.equal(parseTheaterPlaces(pack({ geonameId: 42 }), 'p').aliases[0]?.geonameId, 42)
  assert.deepEqual(parseTheaterPlaces(pack({ geonameId: 42, notNames: ['Qorvathos'] }), 'p').aliases[0]?.notNames, ['Qorvathos'])
  assert.match(failure(pack({})).message, /aliases\.0: an alias names its place by geonameId or by pcode/)
  assert.match(failure(pack({ geonameId: 42, pcode: 'C1234' })).message, /aliases\.0: an alias names its place by geonameId or by pcode/)
  assert.match(failure(pack({ pcode: 'SY0100' })).message, /aliases\.0\.pcode/)
})
