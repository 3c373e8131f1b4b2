// Static SVG for the HTML report: the governorate basemap with event dots, and a stacked bar chart of events per
// day by type. No scripts, no network: the basemap is the web app's shipped data (web/public/data, CC BY 3.0 IGO).
import type { EventType } from '../core/types.ts'
import type { Report } from './build-report.ts'
import { governorates } from './governorates.ts'

/** Colour per event type, shared by map and chart so one legend reads both. */
export const TYPE_COLOURS: Partial<Record<EventType, string>> = {
  territory_change: '#c0392b', battle: '#e67e22', strike: '#8e44ad', infrastructure_damage: '#7f8c8d',
  deployment: '#2471a3', military_aid: '#17a589', displacement: '#d4ac0d', casualties: '#212f3d', other: '#95a5a6',
}

// Equirectangular around Syria, x shrunk by cos(35°) so shapes keep their proportions at this latitude.
const W = 600
const H = 500
const LON0 = 35.4
const LON1 = 42.6
const LAT0 = 32.2
const LAT1 = 37.5
const KX = Math.cos((35 * Math.PI) / 180)
const SCALE = Math.min(W / ((LON1 - LON0) * KX), H / (LAT1 - LAT0))
const px = (lon: number) => (lon - LON0) * KX * SCALE
const py = (lat: number) => (LAT1 - lat) * SCALE

/** The map: governorate outlines, then one dot per event (control changes larger, labelled). */
export function mapSvg(r: Report): string {
  const shapes = governorates().map((g) => `<path d="${g.polygons.flat().map((ring) => 'M' + ring.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join('L') + 'Z').join('')}"><title>${esc(g.name)}</title></path>`).join('')
  const dots = [...r.mapped].sort((a, b) => Number(a.event.type === 'territory_change') - Number(b.event.type === 'territory_change')).map((x) => {
    const p = x.event.place!
    if (p.lon < LON0 || p.lon > LON1 || p.lat < LAT0 || p.lat > LAT1) return ''
    const big = x.event.type === 'territory_change'
    const name = r.placeNames[p.placeId] ?? p.name
    const title = `${x.event.type.replace(/_/g, ' ')}: ${name} (${x.event.status})`
    return `<circle cx="${px(p.lon).toFixed(1)}" cy="${py(p.lat).toFixed(1)}" r="${big ? 7 : 4}" fill="${TYPE_COLOURS[x.event.type] ?? '#555'}" ` +
      `${x.event.status === 'assessed' ? '' : 'fill-opacity="0.45" stroke-dasharray="2 2" '}stroke="#fff" stroke-width="1.2"><title>${esc(title)}</title></circle>` +
      (big ? `<text x="${(px(p.lon) + 9).toFixed(1)}" y="${(py(p.lat) + 4).toFixed(1)}" class="lbl">${esc(name)}</text>` : '')
  }).join('')
  // Control layer under the events: one square per place, coloured by holder.
  const colours = holderColours(r)
  const control = (r.situation?.control.places ?? []).map((p) => {
    if (p.lon < LON0 || p.lon > LON1 || p.lat < LAT0 || p.lat > LAT1) return ''
    return `<rect x="${(px(p.lon) - 3.5).toFixed(1)}" y="${(py(p.lat) - 3.5).toFixed(1)}" width="7" height="7" fill="${colours.get(p.holder.actorId)!}" stroke="#333" stroke-width=".6"><title>${esc(`${p.name}: ${p.holder.name} (${p.status})`)}</title></rect>`
  }).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="Map of reported events">` +
    `<style>.gov path{fill:#f4f1ea;stroke:#9c9385;stroke-width:.8}.lbl{font:600 11px sans-serif;fill:#222;paint-order:stroke;stroke:#fff;stroke-width:3px}</style>` +
    `<rect width="${W}" height="${H}" fill="#dfe9ef"/><g class="gov">${shapes}</g>${control}${dots}` +
    `<text x="${W - 6}" y="${H - 6}" text-anchor="end" font-size="9" fill="#555">Boundaries © OCHA (CC BY 3.0 IGO), for orientation only</text></svg>`
}

/** Stacked bars: events per day by type over the chart window. */
export function chartSvg(r: Report): string {
  const types = Object.keys(TYPE_COLOURS) as EventType[]
  const max = Math.max(1, ...r.perDay.map((d) => types.reduce((n, t) => n + (d.counts[t] ?? 0), 0)))
  const w = 600
  const h = 220
  const left = 30
  const bottom = 36
  const bw = (w - left) / r.perDay.length
  const y = (n: number) => ((h - bottom - 10) * n) / max
  const bars = r.perDay.map((d, i) => {
    let acc = 0
    const rects = types.map((t) => {
      const n = d.counts[t] ?? 0
      if (n === 0) return ''
      const rect = `<rect x="${(left + i * bw + 2).toFixed(1)}" y="${(h - bottom - y(acc + n)).toFixed(1)}" width="${(bw - 4).toFixed(1)}" height="${y(n).toFixed(1)}" fill="${TYPE_COLOURS[t]}"><title>${d.day}: ${n} ${t.replace(/_/g, ' ')}</title></rect>`
      acc += n
      return rect
    }).join('')
    const label = `<text x="${(left + i * bw + bw / 2).toFixed(1)}" y="${h - bottom + 14}" text-anchor="middle" font-size="10"${d.day === r.date ? ' font-weight="700"' : ''}>${d.day.slice(5)}</text>`
    return rects + label
  }).join('')
  const ticks = [0, Math.round(max / 2), max].map((n) => `<text x="${left - 4}" y="${(h - bottom - y(n) + 3).toFixed(1)}" text-anchor="end" font-size="10">${n}</text>`).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Events per day by type">` +
    `<line x1="${left}" x2="${w}" y1="${h - bottom}" y2="${h - bottom}" stroke="#888"/>${ticks}${bars}</svg>`
}

// Hues the event types do not use, so a square's holder is not read as an event type.
const HOLDER_PALETTE = ['#f032e6', '#7cb342', '#9a6324', '#00acc1', '#808000', '#5c6bc0', '#ff8a65', '#000075']

/** A colour per holder, distinct within one report (holders in id order, so the same set keeps its colours). */
function holderColours(r: Report): Map<string, string> {
  const ids = [...new Set((r.situation?.control.places ?? []).map((p) => p.holder.actorId))].sort()
  return new Map(ids.map((id, i) => [id, HOLDER_PALETTE[i % HOLDER_PALETTE.length]!]))
}

/** Legend entries: event types (dots, bars) and, with a control layer, its holders (squares). */
export function legendHtml(r?: Report): string {
  const types = Object.entries(TYPE_COLOURS).map(([t, c]) => `<span class="key"><i style="background:${c}"></i>${esc(t.replace(/_/g, ' '))}</span>`)
  const holders = new Map((r?.situation?.control.places ?? []).map((p) => [p.holder.actorId, p.holder.name]))
  const colours = r ? holderColours(r) : new Map<string, string>()
  const squares = [...holders].map(([id, name]) => `<span class="key"><i style="background:${colours.get(id)!};border-radius:0"></i>held by ${esc(name)}</span>`)
  return [...types, ...squares].join(' ')
}

/** Escapes text for HTML and SVG. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
