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
