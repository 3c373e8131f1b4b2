import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { PlaceAnnotation } from '../../../core/types.ts'
import { acledGeoPrecision, ucdpWherePrec } from './precision-codes.ts'

type P = Pick<PlaceAnnotation, 'precision' | 'featureCode' | 'placeKind'>
const CASES: readonly [string, P, 1 | 2 | 3, number][] = [
  ['a town', { precision: 'exact', featureCode: 'PPL', placeKind: 'city' }, 1, 1],
  ['"a few miles from" a town', { precision: 'near', featureCode: 'PPL', placeKind: 'city' }, 2, 2],
  ['a district', { precision: 'region', featureCode: 'ADM2', placeKind: 'admin' }, 3, 3],
  ['a governorate', { precision: 'region', featureCode: 'ADM1', placeKind: 'admin' }, 3, 4],
  ['"the western Qorvath countryside"', { precision: 'region', featureCode: 'PPL', placeKind: 'region' }, 3, 5],
  ['a highway', { precision: 'region', featureCode: 'ROAD', placeKind: 'feature' }, 3, 5],
  ['a country', { precision: 'country', featureCode: 'PCLI', placeKind: 'country' }, 3, 6],
]
for (const [name, p, acled, ucdp] of CASES) {
  test(`${name}: ACLED geo_precision ${acled}, UCDP where_prec ${ucdp}`, () => {
    assert.equal(acledGeoPrecision(p), acled)
    assert.equal(ucdpWherePrec(p), ucdp)
  })
}
