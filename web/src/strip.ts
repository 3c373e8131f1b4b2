// The strip under the map: one column per day, stacked by event type; a click picks that day.
import type { DayCount } from '../../src/api/read-model.ts'
import { TYPE_COLORS, typeLabel } from './colors.ts'
import { fill, h } from './dom.ts'

/** Renders the strip for `days` (every day of the range, with or without events); `selected` is outlined. */
export function renderStrip(el: HTMLElement, days: string[], counts: DayCount[], selected: string, onPick: (date: string) => void): void {
  const byDay = new Map(counts.map((c) => [c.date, c.counts]))
  const max = Math.max(1, ...counts.map((c) => Object.values(c.counts).reduce((a, b) => a + (b ?? 0), 0)))
  fill(el, ...days.map((d) => {
    const c = byDay.get(d) ?? {}
    const total = Object.values(c).reduce((a, b) => a + (b ?? 0), 0)
    const col = h('button', { type: 'button', class: `day${d === selected ? ' selected' : ''}`, 'data-date': d, title: `${d}: ${total} events`, onclick: () => onPick(d) },
      h('span', { class: 'stack' }, ...Object.entries(c).map(([t, n]) => {
        const seg = h('span', { class: 'seg', title: `${typeLabel(t)}: ${n}` })
        seg.style.height = `${((n ?? 0) / max) * 100}%`
        seg.style.background = TYPE_COLORS[t] ?? '#999'
        return seg
      })),
      h('span', { class: 'day-label' }, d.slice(5)))
    return col
  }))
}
