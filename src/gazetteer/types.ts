// Shapes of the gazetteer index: entries in columns (compact to cache and fast to parse) and the name-key table.
import type { PlaceKind, PlacePrecision } from '../core/types.ts'

/** One gazetteer place, as the resolver sees it. */
export interface GazEntry {
  readonly index: number
  readonly placeId: string
  readonly geonameId: number | null
  readonly name: string
  readonly lat: number
  readonly lon: number
  /** ISO 3166-1 alpha-2, or "" when none (a sea, a region across borders). */
  readonly cc: string
  /** GeoNames admin1 code "SY.09", or "". */
  readonly admin1: string
  /** GeoNames feature code (PPLC, PPLA, PPL, ADM1, ADM2, PCLI) or a theater code (REGION, BASE, ROAD, BRIDGE, XING). */
  readonly fcode: string
  readonly kind: PlaceKind
  readonly population: number
  /** OCHA pcode ("C1007") when the place is in the OCHA populated places. */
  readonly pcode: string
  /** Precision a mention of this entry has by itself: a highway or "eastern Syria" is a region. */
  readonly precision: PlacePrecision
}

/** The serialised index: entries by column, and for each name key the entries it may mean. */
export interface GazIndexData {
  readonly version: number
  readonly theater: string
  /** ISO code of the theater's country ("SY"), or "" without a theater. */
  readonly theaterCountry: string
  readonly columns: {
    readonly placeId: string[]
    readonly geonameId: (number | null)[]
    readonly name: string[]
    readonly lat: number[]
    readonly lon: number[]
    readonly cc: string[]
    readonly admin1: string[]
    readonly fcode: string[]
    readonly kind: PlaceKind[]
    readonly population: number[]
    readonly pcode: string[]
    readonly precision: PlacePrecision[]
  }
  /** name key -> entry refs; a ref is index * 2 + 1 when the key is the entry's own name, index * 2 for an alternate. */
  readonly keys: Record<string, number | number[]>
  /** Keys that may match in lowercase text: theater phrases written lowercase ("the coast", "eastern Syria"). */
  readonly lowercaseKeys: string[]
  /** Keys that name a theater place only in a text about the theater country ("the south", "the capital"). */
  readonly focusKeys: string[]
  readonly admin1Names: Record<string, string>
  /** Demonym key ("syrian") -> ISO code: a demonym tells the country but is not a place mention. */
  readonly demonyms: Record<string, string>
}
