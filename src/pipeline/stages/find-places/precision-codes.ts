// The location-precision codes of the datasets analysts compare against: ACLED geo_precision (1-3) and
// UCDP GED where_prec (1-7), from a place annotation's precision and feature code. For exports and presenters.
import type { PlaceAnnotation } from '../../../core/types.ts'

/** ACLED geo_precision: 1 the town itself, 2 near it or part of a region around it, 3 a larger region or only the province/country. */
export function acledGeoPrecision(p: Pick<PlaceAnnotation, 'precision' | 'featureCode'>): 1 | 2 | 3 {
  if (p.precision === 'exact') return 1
  if (p.precision === 'near') return 2
  return 3
}

const LINEAR_OR_AREA = new Set(['REGION', 'ROAD', 'STM', 'BRIDGE', 'XING', 'CONT'])

/**
 * UCDP where_prec: 1 exact place; 2 within about 25 km of a known point; 3 second-order division; 4 first-order
 * division; 5 part of a country, a road, river or border, or an area that matches no division; 6 the country.
 */
export function ucdpWherePrec(p: Pick<PlaceAnnotation, 'precision' | 'featureCode' | 'placeKind'>): 1 | 2 | 3 | 4 | 5 | 6 {
  if (p.precision === 'country' || p.placeKind === 'country') return 6
  if (p.precision === 'exact') return LINEAR_OR_AREA.has(p.featureCode ?? '') ? 5 : 1
  if (p.precision === 'near') return 2
  if (p.featureCode === 'ADM2') return 3
  if (p.featureCode === 'ADM1') return 4
  return 5
}
