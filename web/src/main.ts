// The web app: wires the map, slider, strip, event card, story view and what-if panel to the API and the URL.
// State lives in `view` (mirrored in the address bar); every change goes through one of the functions below.
import { api, type ControlGeoJSON, type EventMarker, type Meta, type ReferenceGeoJSON } from './api-client.ts'
import type { DayCount } from '../../src/api/read-model.ts'
import { holderColor, TYPE_COLORS, typeLabel } from './colors.ts'
import { fill, h } from './dom.ts'
import { renderEventCard } from './event-card.ts'
import { SitrepMap, type Basemap, type Town } from './map.ts'
import { renderReferenceCard } from './reference-card.ts'
import { renderStoryView } from './story-view.ts'
import { renderStrip } from './strip.ts'
import { readView, writeView } from './url-state.ts'
import { renderWhatIf } from './whatif-panel.ts'
import './style.css'

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const slider = $<HTMLInputElement>('date-slider')
const label = $<HTMLOutputElement>('date-label')
const playBtn = $<HTMLButtonElement>('play')
const windowSel = $<HTMLSelectElement>('window')
const minSel = $<HTMLSelectElement>('min-sources')
const typeSel = $<HTMLSelectElement>('type-filter')
const card = $('event-card')
const list = $('event-list')
const storyView = $('story-view')
const whatifEl = $('whatif-panel')
const referenceToggle = $<HTMLInputElement>('reference-toggle')
const referenceCard = $('reference-card')

const view = readView(location.search)
let days: string[] = []
let map: SitrepMap
let events: EventMarker[] = []
let reference: ReferenceGeoJSON | null = null
let referenceLayers: Meta['referenceLayers'] = []
let loadSeq = 0
let timer: number | null = null

function dayRange(first: string, last: string): string[] {
  const out: string[] = []
  for (let t = Date.parse(first); t <= Date.parse(last); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10))
  return out
}

function addDays(date: string, n: number): string {
  return new Date(Date.parse(date) + n * 86_400_000).toISOString().slice(0, 10)
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path)
  if (!res.ok) throw new Error(`${path}: ${res.status}`)
  return await res.json() as T
}

function showTab(name: string): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) b.classList.toggle('active', b.dataset['tab'] === name)
  for (const t of ['events', 'stories', 'whatif']) $(`tab-${t}`).hidden = t !== name
}

// A list longer than this is no use to read and slow to build; the map and the filters narrow it.
const LIST_MAX = 300

function renderList(all: EventMarker[], heading: string): void {
  const items = all.length > LIST_MAX ? all.slice(0, LIST_MAX) : all
  const more = all.length - items.length
  fill(list, h('li', { class: 'list-head' }, heading), ...items.map((e) => h('li', {},
    h('button', { type: 'button', class: `event-item${e.id === view.event ? ' selected' : ''}`, 'data-event': e.id, onclick: () => void openEvent(e.id) },
      h('span', { class: 'swatch', 'data-color': TYPE_COLORS[e.type] ?? '' }),
      `${e.date ?? '?'} · ${typeLabel(e.type)}${e.place ? ` · ${e.place.name}` : ''}`,
      h('span', { class: 'muted' }, ` (${e.independentSources} src${e.denyingSources > 0 ? `, ${e.denyingSources} denying` : ''}, ${e.status})`)))),
    more > 0 ? h('li', { class: 'muted' }, `… and ${more} more: narrow the window or filter by type or sources.`) : null)
  for (const sw of list.querySelectorAll<HTMLElement>('.swatch[data-color]')) sw.style.background = sw.dataset['color'] ?? ''
}

function referenceLegend(): HTMLElement[] {
  if (!reference) return []
  const key = h('span', { class: 'key ref-diamond' })
  const names = referenceLayers.map((l) => l.layer).join(', ')
  return [
    h('div', { class: 'legend-title' }, 'Reference (imported, not Sitrep\'s)'),
    h('div', { 'data-testid': 'reference-legend', 'data-count': reference.features.length },
      key, `${names}: ${reference.features.length} in window${reference.truncated ? ' (first 50,000)' : ''}`),
  ]
}

function renderLegend(c: ControlGeoJSON, evs: EventMarker[]): void {
  const holders = new Map(c.features.map((f) => [f.properties.holder, f.properties.holderName]))
  const box = (cls: string, color: string) => { const el = h('span', { class: `key ${cls}` }); el.style.setProperty('--c', color); return el }
  const rows = c.features.slice().sort((a, b) => a.properties.name.localeCompare(b.properties.name))
  fill($('legend'),
    h('div', { class: 'legend-title' }, `Control, ${c.date}`),
    ...[...holders].map(([id, name]) => h('div', {}, box('solid', holderColor(id)), name)),
    h('div', {}, box('solid', '#777'), 'assessed'), h('div', {}, box('hatched', '#777'), 'claimed'), h('div', {}, box('cross', '#111'), 'contested'),
    evs.length ? h('div', { class: 'legend-title' }, 'Events (dot size: independent sources)') : null,
    ...[...new Set(evs.map((e) => e.type))].sort().map((t) => h('div', {}, box('dot', TYPE_COLORS[t] ?? '#777'), typeLabel(t))),
    ...referenceLegend(),
    h('details', {}, h('summary', {}, 'Holders by town'),
      h('ul', { 'data-testid': 'control-list', class: 'control-list' }, ...rows.map((f) => h('li', {
        'data-place': f.properties.name, 'data-holder': f.properties.holder, 'data-status': f.properties.status,
      }, `${f.properties.name}: ${f.properties.holderName} (${f.properties.status}${f.properties.since ? ` since ${f.properties.since}` : ''})`)))))
}

interface DateData { key: string; control: ControlGeoJSON; events: EventMarker[]; reference: ReferenceGeoJSON | null }

/** The first day of the event window ending on `date`. */
function windowStart(date: string): string | undefined {
  return view.window === 'all' ? days[0] : addDays(date, 1 - Number(view.window))
}

/** What the view needs for `date`, fetched in parallel; `key` says which view it was fetched for. */
function fetchDate(date: string, from: string | undefined): Promise<DateData> {
  const key = JSON.stringify([date, from, view.type, view.minSources, view.reference])
  return Promise.all([
    api.control(date), api.events({ from, to: date, type: view.type ?? undefined, minSources: view.minSources || undefined }),
    view.reference ? api.reference(from, date) : null,
  ]).then(([control, events, reference]) => ({ key, control, events, reference }))
}

// The strip's counts depend only on the filters, not on the day: fetched once per filter, not per slider step.
let stripCounts: { key: string; days: Promise<DayCount[]> } | null = null
function countsForStrip(): Promise<DayCount[]> {
  const q = { type: view.type ?? undefined, minSources: view.minSources || undefined }
  const key = JSON.stringify(q)
  if (stripCounts?.key !== key) {
    const days = api.days(q).then((r) => r.days)
    days.catch(() => { stripCounts = null })
    stripCounts = { key, days }
  }
  return stripCounts.days
}

/** Loads everything that depends on the date: control, events in the window, the what-if form. */
async function setDate(date: string, prefetched: Promise<DateData> | null = null): Promise<void> {
  const seq = ++loadSeq
  view.date = date
  slider.value = String(Math.max(0, days.indexOf(date)))
  label.value = date
  writeView(view)
  const from = windowStart(date)
  const counts = countsForStrip()
  let data = prefetched ? await prefetched.catch(() => null) : null
  if (!data || data.key !== JSON.stringify([date, from, view.type, view.minSources, view.reference])) data = await fetchDate(date, from)
  if (seq !== loadSeq) return
  performance.mark('sitrep:data')
  const { control: c, events: evs, reference: ref } = data
  events = evs
  reference = ref
  const drawn = map.whenIdle()
  await Promise.all([map.setControl(c), map.setEvents(evs, view.event), map.setReference(ref)])
  renderLegend(c, evs)
  renderList(evs, `${evs.length} events ${from === date ? `on ${date}` : `${from} – ${date}`}`)
  renderWhatIf(whatifEl, c, date, view.whatif, {
    onResult: (answer, key) => { view.whatif = key; writeView(view); void map.setCuts(answer?.cuts ?? null) },
  })
  renderStrip($('strip'), days, await counts, view.date ?? '', (d) => void setDate(d))
  await drawn
  if (seq === loadSeq) document.body.dataset['loadedDate'] = date
}

async function openEvent(id: string): Promise<void> {
  try {
    const detail = await api.event(id)
    view.event = id
    writeView(view)
    showTab('events')
    renderEventCard(card, detail, closeEvent, (storyId) => void openStory(storyId))
    void map.setEvents(events, id)
    for (const b of list.querySelectorAll<HTMLElement>('.event-item')) b.classList.toggle('selected', b.dataset['event'] === id)
  } catch (e) {
    fill(card, h('p', { class: 'error' }, `Event ${id}: ${e instanceof Error ? e.message : String(e)}`))
    card.hidden = false
  }
}

function closeEvent(): void {
  view.event = null
  writeView(view)
  card.hidden = true
  fill(card)
  void map.setEvents(events, null)
}

async function openStory(id: string): Promise<void> {
  try {
    const detail = await api.story(id)
    view.story = id
    writeView(view)
    renderStoryView(storyView, detail, closeStory, (eventId) => void openEvent(eventId))
  } catch (e) {
    fill(storyView, h('p', { class: 'error' }, `Story ${id}: ${e instanceof Error ? e.message : String(e)}`))
    storyView.hidden = false
  }
}

function closeStory(): void {
  view.story = null
  writeView(view)
  storyView.hidden = true
  fill(storyView)
}

async function renderStories(): Promise<void> {
  const { stories } = await api.stories()
  fill($('story-list'), ...stories.map((s) => h('li', {},
    h('button', { type: 'button', class: 'story-item', 'data-story': s.id, onclick: () => void openStory(s.id) },
      h('strong', {}, s.title), h('div', { class: 'muted' },
        `${s.first ?? '?'}${s.last && s.last !== s.first ? ` – ${s.last}` : ''} · ${s.documents} docs · ${s.independentSources} independent · ${s.events} events`)))))
}

function togglePlay(): void {
  if (timer !== null) { window.clearInterval(timer); timer = null; playBtn.textContent = '▶'; playBtn.setAttribute('aria-label', 'Play'); return }
  playBtn.textContent = '⏸'
  playBtn.setAttribute('aria-label', 'Pause')
  if (view.date === days[days.length - 1]) void setDate(days[0]!)
  timer = window.setInterval(() => {
    const i = days.indexOf(view.date ?? '')
    if (i < 0 || i >= days.length - 1) { togglePlay(); return }
    void setDate(days[i + 1]!)
  }, 900)
}

async function start(): Promise<void> {
  const basemap = Promise.all([
    getJson<Basemap['countries']>('/data/countries.geojson'), getJson<Basemap['admin1']>('/data/syria-admin1.geojson'), getJson<Town[]>('/data/towns.json'),
  ]).then(([countries, admin1, towns]) => ({ countries, admin1, towns }))
  map = new SitrepMap($('map'), basemap, {
    onEvent: (id) => void openEvent(id),
    onCluster: (ids) => { showTab('events'); renderList(events.filter((e) => ids.includes(e.id)), `${ids.length} events here`) },
    onMove: (bbox) => { view.bbox = bbox; writeView(view) },
    onReference: (rows) => { showTab('events'); renderReferenceCard(referenceCard, rows, () => { referenceCard.hidden = true; fill(referenceCard) }) },
  }, view.bbox, view.fullResolutionMotion)
  // A shared link names its day: fetch that day's data while the date range is still on its way.
  // (Only the reference toggle's state is unknown yet; a mismatch simply fetches again.)
  const early = view.date && view.window !== 'all' ? fetchDate(view.date, addDays(view.date, 1 - Number(view.window))) : null
  early?.catch(() => {})
  const meta = await api.meta()
  performance.mark('sitrep:meta')
  if (!meta.dates) {
    fill(list, h('li', { class: 'muted' }, 'The store holds no events yet.'))
    return
  }
  days = dayRange(meta.dates.first, meta.dates.last)
  slider.max = String(days.length - 1)
  windowSel.value = view.window
  minSel.value = String(view.minSources)
  typeSel.append(...meta.eventTypes.map((t) => h('option', { value: t }, typeLabel(t))))
  typeSel.value = view.type ?? ''
  referenceLayers = meta.referenceLayers
  // The toggle appears only when a reference layer was imported (`sitrep import`).
  $('reference-control').hidden = referenceLayers.length === 0
  view.reference &&= referenceLayers.length > 0
  referenceToggle.checked = view.reference
  let date = view.date && days.includes(view.date) ? view.date : null
  if (view.event) {
    const detail = await api.event(view.event).catch(() => null)
    date ??= detail?.event.date && days.includes(detail.event.date) ? detail.event.date : null
  }
  slider.addEventListener('input', () => void setDate(days[Number(slider.value)]!))
  playBtn.addEventListener('click', togglePlay)
  windowSel.addEventListener('change', () => { view.window = windowSel.value; void setDate(view.date!) })
  typeSel.addEventListener('change', () => { view.type = typeSel.value || null; void setDate(view.date!) })
  minSel.addEventListener('change', () => { view.minSources = Number(minSel.value); void setDate(view.date!) })
  referenceToggle.addEventListener('change', () => { view.reference = referenceToggle.checked; void setDate(view.date!) })
  for (const b of document.querySelectorAll<HTMLButtonElement>('.tabs button')) b.addEventListener('click', () => showTab(b.dataset['tab']!))
  await Promise.all([setDate(date ?? days[days.length - 1]!, early), renderStories()])
  if (view.event) await openEvent(view.event)
  if (view.story) await openStory(view.story)
  if (view.whatif) showTab('whatif')
  document.body.dataset['readyMs'] = String(Math.round(performance.now()))
  document.body.dataset['ready'] = 'true'
}

start().catch((e: unknown) => {
  document.body.prepend(h('p', { class: 'error fatal' }, `Sitrep could not start: ${e instanceof Error ? e.message : String(e)}`))
})
