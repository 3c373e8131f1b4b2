// The what-if panel: pick a town and the side that takes it; see which links the other side loses,
// listed here and drawn on the map as cut roads.
import { api, type ControlGeoJSON, type WhatIfAnswer } from './api-client.ts'
import { fill, h } from './dom.ts'

export interface WhatIfHandlers { onResult(answer: WhatIfAnswer | null, key: string | null): void }

/** Renders the form for the control of `date`; `initial` ("placeId|actorId") preselects and runs it. */
export function renderWhatIf(el: HTMLElement, control: ControlGeoJSON, date: string, initial: string | null, handlers: WhatIfHandlers): void {
  const places = [...control.features].sort((a, b) => a.properties.name.localeCompare(b.properties.name))
  const actors = new Map(control.features.map((f) => [f.properties.holder, f.properties.holderName]))
  const [initPlace, initActor] = initial?.split('|') ?? []
  const town = h('select', { 'data-testid': 'whatif-town', 'aria-label': 'Town' },
    ...places.map((p) => h('option', { value: p.properties.placeId, selected: p.properties.placeId === initPlace }, `${p.properties.name} (${p.properties.holderName})`)))
  const by = h('select', { 'data-testid': 'whatif-by', 'aria-label': 'Captured by' },
    ...[...actors].map(([id, name]) => h('option', { value: id, selected: id === initActor }, name)))
  const result = h('div', { class: 'whatif-result', 'data-testid': 'whatif-result', 'aria-live': 'polite' })
  const run = async () => {
    fill(result, h('p', { class: 'muted' }, 'Computing…'))
    try {
      const answer = await api.whatif(town.value, by.value, date)
      const name = town.selectedOptions[0]?.textContent ?? town.value
      const w = answer.whatif
      fill(result, w.disconnected.length === 0
        ? h('p', {}, `Taking ${name} cuts no link between towns on the known road network.`)
        : h('ul', {}, ...w.disconnected.map((d) => h('li', {},
          h('strong', {}, `${actors.get(d.side) ?? d.side} loses ${d.from} – ${d.to}`),
          h('div', {}, 'Cut: ', d.cutEdges.map((e) => `${e.road} ${e.from}–${e.to}`).join(', ')),
          h('div', { class: 'muted' }, d.alternative ? `Detour via ${d.alternative.via.join(' → ')} (${d.alternative.km} km)` : 'No detour on the known roads.')))))
      handlers.onResult(answer, `${town.value}|${by.value}`)
    } catch (e) {
      fill(result, h('p', { class: 'error' }, e instanceof Error ? e.message : String(e)))
      handlers.onResult(null, null)
    }
  }
  fill(el,
    h('h2', {}, `What if… (as of ${date})`),
    h('label', {}, 'Town ', town), h('label', {}, 'taken by ', by),
    h('div', { class: 'buttons' },
      h('button', { type: 'button', 'data-testid': 'whatif-run', onclick: () => void run() }, 'Show cut routes'),
      h('button', { type: 'button', onclick: () => { fill(result); handlers.onResult(null, null) } }, 'Clear')),
    result)
  if (initPlace && initActor) void run()
}
