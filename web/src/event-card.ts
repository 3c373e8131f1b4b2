// The event card: what, who, when, how sure, who says so, and the sentence that put the dot on the map,
// highlighted inside its source text, followed by the other sources of the same fused event.
import type { FusedEvent } from '../../src/core/contract.ts'
import type { EventDetail } from './api-client.ts'
import { TYPE_COLORS, typeLabel } from './colors.ts'
import { fill, h, highlighted } from './dom.ts'
import { describeField, describeValue } from '../../src/api/describe-value.ts'

function row(label: string, value: Node | string | null): HTMLElement | null {
  return value === null || value === '' ? null : h('div', { class: 'row' }, h('dt', {}, label), h('dd', {}, value))
}

/** Renders `detail` into `el` (the card); `onClose` empties it. */
export function renderEventCard(el: HTMLElement, detail: EventDetail, onClose: () => void, onStory: (id: string) => void): void {
  const e = detail.event
  const actors = e.actors.map((a) => `${detail.actorNames[a.actorId] ?? a.actorId} (${a.role})`).join(', ')
  const figures = Object.entries(e.quantities).map(([k, v]) => `${k}: ${v}`).join(', ')
  const date = e.dateEnd && e.dateEnd !== e.date ? `${e.date} – ${e.dateEnd}` : (e.date ?? 'unknown')
  const [first, ...others] = detail.sources
  const evidenceText = first?.evidence
    ? h('p', { class: 'source-text' }, highlighted(first.text, [{ ...first.evidence, className: 'evidence', testId: 'evidence' }]))
    : h('p', { class: 'muted' }, 'The evidence sentence could not be located in this document.')
  fill(el,
    h('header', {},
      h('span', { class: 'type-badge', 'data-type': e.type }, h('span', { class: 'swatch', 'data-color': TYPE_COLORS[e.type] ?? '' }), typeLabel(e.type)),
      h('span', { class: `status status-${e.status}` }, e.status),
      h('button', { type: 'button', class: 'close', 'aria-label': 'Close event', onclick: onClose }, '×')),
    h('h2', {}, e.place ? `${typeLabel(e.type)} — ${e.place.name}` : typeLabel(e.type)),
    h('dl', {},
      row('Date', date + (e.dateText ? ` (“${e.dateText}”)` : '')),
      row('Actors', actors || null),
      row('Modality', e.modality),
      row('Figures', figures || null),
      row('Attribution', e.attribution),
      row('Sources', sourcesLine(e)),
      e.disagreements.length ? row('Disagree on', e.disagreements.map((d) => `${describeField(d.field)}: ${d.values.map((v) => describeValue(v.value)).join(' vs ')}`).join('; ')) : null),
    first ? h('section', { class: 'source' },
      h('h3', {}, [first.document.outlet, first.document.title, first.document.publishedAt].filter(Boolean).join(' · ')),
      evidenceText) : null,
    others.length ? h('section', { class: 'others' },
      h('h3', {}, `Also reported by (${others.length})`),
      h('ul', {}, ...others.map((s) => h('li', { 'data-testid': 'other-source' },
        h('strong', {}, [s.document.outlet, s.document.publishedAt].filter(Boolean).join(' · ')), ' ',
        // A document that only denies the event is listed with the others, marked: it is evidence against it.
        s.denies ? h('span', { class: 'status status-contested', 'data-testid': 'denies' }, 'denies it') : null, s.denies ? ' ' : null,
        s.evidence ? h('q', { class: 'other-evidence' }, s.evidence.text) : h('span', { class: 'muted' }, '(sentence not located)'))))) : null,
    ...detail.stories.map((id) => h('button', { type: 'button', class: 'link', 'data-testid': 'open-story', onclick: () => onStory(id) }, 'Open the story: documents side by side')),
  )
  el.hidden = false
  // Swatch colours are set through the CSSOM: the CSP forbids inline style attributes.
  for (const sw of el.querySelectorAll<HTMLElement>('.swatch[data-color]')) sw.style.background = sw.dataset['color'] ?? ''
  el.querySelector('[data-testid="evidence"]')?.scrollIntoView({ block: 'nearest' })
}

/** "3 independent, 1 denying, 5 documents": a denial is listed but never counted among the sources that back it. */
export function sourcesLine(e: Pick<FusedEvent, 'independentSources' | 'denyingSources' | 'documents'>): string {
  const denying = e.denyingSources ?? 0
  return `${e.independentSources} independent${denying > 0 ? `, ${denying} denying` : ''}, ${e.documents.length} document${e.documents.length === 1 ? '' : 's'}`
}

