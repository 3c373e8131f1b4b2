// The story view: a story's documents side by side, each text marked where the documents agree (green),
// disagree (amber, with the differing values) or where only this document reports something (grey).
import type { StoryDetail } from './api-client.ts'
import { typeLabel } from './colors.ts'
import { fill, h, highlighted } from './dom.ts'
import { describeField, describeValue } from '../../src/api/describe-value.ts'

/** Renders `detail` into `el`; event names link to the event card through `onEvent`. */
export function renderStoryView(el: HTMLElement, detail: StoryDetail, onClose: () => void, onEvent: (id: string) => void): void {
  const s = detail.story
  const columns = detail.documents.map((d) => h('article', { class: 'story-doc', 'data-doc': d.id },
    h('header', {},
      h('strong', {}, d.outlet ?? d.source), ' ', h('span', { class: `role role-${d.role}` }, d.role),
      h('div', { class: 'muted' }, [d.title, d.publishedAt].filter(Boolean).join(' · '))),
    h('p', { class: 'source-text' }, highlighted(d.text, d.marks.map((m) => ({
      start: m.start, end: m.end, className: `mark-${m.kind}`,
      title: `${typeLabel(m.type)}${m.note ? ` — ${m.note}` : m.kind === 'agreed' ? ' — reported alike by other documents' : ''}`,
    }))))))
  fill(el,
    h('header', { class: 'story-head' },
      h('h2', {}, detail.documents[0]?.title ?? s.id),
      h('span', { class: 'muted' }, `${detail.documents.length} document${detail.documents.length === 1 ? '' : 's'} · ${s.independentSources} independent${s.origin ? ` · traces to ${s.origin}` : ''}`),
      h('span', { class: 'legend-inline' }, h('mark', { class: 'mark-agreed' }, 'agree'), ' ', h('mark', { class: 'mark-disagreed' }, 'disagree'), ' ', h('mark', { class: 'mark-single' }, 'only here')),
      h('button', { type: 'button', class: 'close', 'aria-label': 'Close story', onclick: onClose }, '×')),
    h('div', { class: 'story-columns' }, ...columns),
    h('section', { class: 'story-notes' },
      h('h3', {}, 'Agreements'),
      detail.agreements.length
        ? h('ul', { 'data-testid': 'agreements' }, ...detail.agreements.map((a) => h('li', {},
          h('button', { type: 'button', class: 'link', onclick: () => onEvent(a.eventId) }, typeLabel(a.type)), ` — ${a.documents.length} documents`)))
        : h('p', { class: 'muted' }, 'No event is reported by more than one document.'),
      h('h3', {}, 'Disagreements'),
      detail.disagreements.length
        ? h('ul', { 'data-testid': 'disagreements' }, ...detail.disagreements.map((d) => h('li', {},
          h('button', { type: 'button', class: 'link', onclick: () => onEvent(d.eventId) }, typeLabel(d.type)),
          ` — ${describeField(d.field)}: `, d.values.map((v) => `${describeValue(v.value)} (${v.documents.length} doc${v.documents.length === 1 ? '' : 's'})`).join(' vs '))))
        : h('p', { class: 'muted' }, 'The documents do not disagree on any field.')),
  )
  el.hidden = false
}
