// "Rebels took Rastan", "HTS fighters advanced towards Homs": a capture or an advance that names who moves but not
// whom the place was taken from is aimed at the side that held the place. The theater pack's control baseline says who
// held it before the period (each row with its source); that side is the event's target while the lexicon still knows
// it as an actor on the event's day (the Assad government no longer from 9 December), and only when the mover is not
// that side's own ("troops retook Rastan" has no one to take it from in the baseline). The event's `by` records it.
// "Rebels have taken two major cities", "Kurdish fighters took control of the eastern desert": where the place gives no
// one holder (none named, a region, a front line), the pack's fronts say whom the mover's gains were taken from in those
// days (`fronts.csv`: the HTS-led alliance's from the government until 8 December); `by` records "+front".
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ActorId, EventAnnotation, EventPlace } from '../../../core/types.ts'
import type { ActorLexicon } from '../../../theaters/lexicon.ts'
import { validOn } from '../../../theaters/lexicon.ts'
import { actorTable, NO_HOLDER } from '../../../situation/actors.ts'
import type { ActorTable } from '../../../situation/actors.ts'
import { placeIndex } from '../../../situation/match.ts'
import type { PlaceIndex } from '../../../situation/match.ts'
import { loadSituationPack } from '../../../situation/pack.ts'
import type { BaselinePlace, FrontRow } from '../../../situation/pack.ts'
import { distanceKm } from '../../../core/geo.ts'

type NewEvent = Omit<EventAnnotation, 'id'>

const THEATERS_DIR = fileURLToPath(new URL('../../../../theaters/', import.meta.url))

interface Baseline { readonly index: PlaceIndex; readonly actors: ActorTable; readonly places: readonly BaselinePlace[]; readonly fronts: readonly FrontRow[] }
const baselines = new Map<string, Baseline | null>()

/** The theater's control baseline and holder table, once per process; null when the pack has none. */
function baselineOf(theater: string): Baseline | null {
  if (baselines.has(theater)) return baselines.get(theater) ?? null
  let b: Baseline | null = null
  try {
    const pack = loadSituationPack(join(THEATERS_DIR, theater))
    b = { index: placeIndex(pack.baseline), actors: actorTable(pack.holders), places: pack.baseline, fronts: pack.fronts ?? [] }
  } catch {
    b = null
  }
  baselines.set(theater, b)
  return b
}

// Rules whose events move on a place: a capture, an advance towards one, and reaching it.
const MOVES_ON = /^extract-events:(?:advance|reach)\b/

/**
 * A place one side held as a whole: a town or a point, or an area the pack itself names (the Golan area of
 * separation). A countryside or a province named after its city ("the western countryside of Aleppo") had several
 * holders, whatever the city's; so has a country.
 */
const oneHolderPlace = (p: EventPlace): boolean => p.precision === 'exact' || p.precision === 'near' || (p.precision === 'region' && p.placeId.startsWith('theater:'))

// A village the baseline does not list lies in the ground of the towns around it when every baseline place this near
// had one holder (a front line between two holders leaves it unknown).
const AROUND_KM = 15

/** The holders the baseline gives the place: its own row's, else those of every baseline place around it. */
function holdersAt(baseline: Baseline, place: EventPlace): string[] {
  const own = baseline.index.match(place).flatMap((p) => (p.baseline ? [p.baseline.holder] : []))
  const around = own.length > 0 || place.precision === 'region' ? []
    : baseline.places.filter((b) => distanceKm(place.lat, place.lon, b.lat, b.lon) <= AROUND_KM).map((b) => b.holder)
  return [...new Set([...own, ...around])]
}

/** The one side every mover's holder was taking ground from on `day` by the pack's fronts; null when none or several. */
function frontOpponent(baseline: Baseline, movers: readonly string[], day: string | null): string | null {
  if (!day) return null
  const opponents = new Set<string>()
  for (const id of movers) {
    const holder = baseline.actors.holderOf(id)
    const rows = baseline.fronts.filter((f) => f.holder === holder && f.from <= day && day <= f.to)
    if (rows.length !== 1) return null
    opponents.add((rows[0] as FrontRow).opponent)
  }
  return opponents.size === 1 ? [...opponents][0] as string : null
}

/** The events, a capture or an advance without a target given the baseline holder of its place as its target. */
export function withPreviousHolder(events: readonly NewEvent[], lex: ActorLexicon, theater: string, published: string | null): NewEvent[] {
  const baseline = baselineOf(theater)
  if (!baseline) return [...events]
  return events.map((e) => {
    // (History before the baseline's day has other holders: "Hafez al-Assad's forces stormed the city in 1982".)
    if (e.modality === 'background' || !(e.type === 'territory_change' || (e.type === 'other' && MOVES_ON.test(e.by)))) return e
    const movers = e.actors.filter((a) => a.role === 'initiator')
    if (movers.length === 0 || e.actors.some((a) => a.role === 'target')) return e
    const point = e.place !== null && oneHolderPlace(e.place)
    const holders = point && e.place ? holdersAt(baseline, e.place) : []
    // (A front's opponent stands for a capture with no place, of an area, or of a place on a front line whose holders
    // include it; a town the baseline knows nothing around stays unknown.)
    const front = holders.length === 1 || (point && holders.length === 0) ? null : frontOpponent(baseline, movers.map((a) => a.actorId), e.date ?? published)
    const holder = holders.length === 1 ? holders[0] as string : front && (holders.length === 0 || holders.includes(front)) ? front : null
    const actor = holder ? lex.byId.get(holder as ActorId) : undefined
    if (!holder || !actor || !validOn(actor, e.date ?? published)) return e
    if (movers.some((a) => a.actorId === holder || baseline.actors.holderOf(a.actorId) === holder || baseline.actors.holderOf(a.actorId) === NO_HOLDER)) return e
    return { ...e, by: `${e.by}+${holders.length === 1 ? 'previous-holder' : 'front'}`, actors: [...e.actors, { actorId: actor.id, role: 'target' as const }] }
  })
}
