// "Opposition fighters said they had entered Hama. … The capture of Hama is another blow for the government": a capture
// told without its taker ("the capture of X", "Capturing X would sever …", "X fell on Thursday") is by the side the
// document last told moving on that place — taking it, advancing on it or reaching it — else the next one it tells of.
// Only the same place (by id) in the same document; never from a withdrawal (those name who left, not who came), and
// history neither gives nor takes a taker.
import type { EventAnnotation } from '../../../core/types.ts'

type NewEvent = Omit<EventAnnotation, 'id'>

const WITHDRAWAL = /:(?:withdraw|forced-out|troops-fled)(?:\+|$)/
const MOVES_ON = /^extract-events:(?:advance|reach)\b/

const initiators = (e: NewEvent) => e.actors.filter((a) => a.role === 'initiator')
/** An event that tells a side moving on its place: a capture (or the taker of a withdrawal), an advance, reaching it. */
// (Not history: "the army retook the city in 2016" says nothing of who came this time.)
const movesOn = (e: NewEvent) => e.modality !== 'background' && (e.type === 'territory_change' || (e.type === 'other' && MOVES_ON.test(e.by)))

/** The events in document order, each agentless capture given the initiators of the last earlier event on its place. */
export function withEarlierTaker(events: readonly NewEvent[]): NewEvent[] {
  const out: NewEvent[] = []
  for (const e of events) {
    if (e.type !== 'territory_change' || e.modality === 'background' || WITHDRAWAL.test(e.by) || !e.place || e.place.precision === 'country' || initiators(e).length > 0) {
      out.push(e)
      continue
    }
    const placeId = e.place.placeId
    const told = (x: NewEvent) => x !== e && x.place?.placeId === placeId && movesOn(x) && initiators(x).length > 0
    // (The report may name the taker only after: "…, following Aleppo and Hama. HTS-led rebels took Aleppo on …".)
    const last = [...out].reverse().find(told) ?? events.slice(events.indexOf(e) + 1).find(told)
    const lost = new Set(e.actors.map((a) => a.actorId))
    const takers = last ? initiators(last).filter((a) => !lost.has(a.actorId)) : []
    out.push(takers.length ? { ...e, by: `${e.by}+earlier-taker`, actors: [...takers, ...e.actors] } : e)
  }
  return out
}
