// The card of one reference row (an imported ACLED-layout line): ACLED's own words, marked as not Sitrep's reading.
import type { ReferenceProps } from './api-client.ts'
import { fill, h } from './dom.ts'

function row(label: string, value: string | null): HTMLElement | null {
  return value === null || value === '' ? null : h('div', { class: 'row' }, h('dt', {}, label), h('dd', {}, value))
}

/** Renders the rows at one point (several ACLED rows often share a location) into `el`. */
export function renderReferenceCard(el: HTMLElement, rows: ReferenceProps[], onClose: () => void): void {
  fill(el,
    h('header', {},
      h('span', { class: 'ref-badge' }, 'Reference'),
      h('span', { class: 'muted' }, `${rows[0]?.layer ?? ''} — imported, not read by Sitrep`),
      h('button', { type: 'button', class: 'close', 'aria-label': 'Close reference', onclick: onClose }, '×')),
    ...rows.map((r) => h('section', { class: 'ref-row', 'data-ref': r.eventId },
      h('h2', {}, `${r.eventType}${r.subEventType ? ` — ${r.subEventType}` : ''}${r.location ? `, ${r.location}` : ''}`),
      h('dl', {},
        row('Id', r.eventId),
        row('Date', r.date),
        row('Actors', [r.actor1, r.actor2].filter(Boolean).join(' vs ') || null),
        row('Admin1', r.admin1),
        row('Fatalities', r.fatalities === null ? null : String(r.fatalities)),
        row('Source', r.source)),
      r.notes ? h('p', { class: 'ref-notes' }, r.notes) : null)))
  el.hidden = false
}
