// "the Latakia-Aleppo road", "the Aleppo-Damascus international highway": a road named by the two towns it joins,
// written with a dash and any road word. Recognition reads the first town and stops at the dash; where the gazetteer
// knows the road under the same two towns (either order, "road" or "highway"), the mention is the road, not the town.
import type { Gazetteer } from '../../../gazetteer/load.ts'
import { surfaceOfName } from './recognize.ts'
import type { Mention } from './recognize.ts'
import { nameKey } from '../../../gazetteer/normalize.ts'

/** A dash, the second town (one or two capitalised words), an optional "international", then a road word. */
const SECOND_TOWN_AND_ROAD = /^[-‐–—](\p{Lu}[\p{L}'’]*(?:[- ]\p{Lu}[\p{L}'’]*)?)\s+(?:(?:international|main|strategic)\s+)?(?:road|highway|motorway|expressway)\b/u
/** The road words a theater pack writes a town-to-town road's name with. */
const ROAD_WORDS = ['highway', 'road']

/** The mentions with each town that opens a known dashed road's name replaced by the road. */
export function withDashedRoads(text: string, mentions: readonly Mention[], gaz: Gazetteer): readonly Mention[] {
  let out: Mention[] | null = null
  let roadEnd = -1
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention
    // (A mention the recognizer found inside a road's name is part of it.)
    if (m.start < roadEnd) { out ??= mentions.slice(0, i); continue }
    const road = roadAfter(text, m, gaz)
    if (road) { out ??= mentions.slice(0, i); roadEnd = road.end }
    if (out) out.push(road ?? m)
  }
  return out ?? mentions
}

/** The road whose name mention `m` opens ("Latakia" of "Latakia-Aleppo road"), or null. */
function roadAfter(text: string, m: Mention, gaz: Gazetteer): Mention | null {
  // Most names are followed by no dash: the expression runs only after one.
  const c = text.charCodeAt(m.end)
  if (m.arabic || m.suffix !== null || !(c === 45 || (c >= 0x2010 && c <= 0x2014))) return null
  const road = SECOND_TOWN_AND_ROAD.exec(text.slice(m.end, m.end + 60))
  if (!road) return null
  const key = roadKey(text.slice(m.nameStart, m.nameEnd), road[1] as string, gaz)
  if (key === null) return null
  const end = m.end + road[0].length
  return { ...m, end, nameEnd: end, key, hits: gaz.lookup(key), surface: surfaceOfName(text.slice(m.nameStart, end)), bearing: null, common: false }
}

/** The key of a road the gazetteer knows between the two towns, in either order; null when none. */
function roadKey(a: string, b: string, gaz: Gazetteer): string | null {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (const word of ROAD_WORDS) {
      const key = nameKey(`${x}-${y} ${word}`)
      if (gaz.has(key)) return key
    }
  }
  return null
}
