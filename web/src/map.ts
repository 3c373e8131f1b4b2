// The map: offline basemap, control layer in ISW's manner, clustered event markers, what-if cuts, town labels.
// No glyphs, sprites or tiles: town labels are HTML markers; cluster counts and patterns are drawn on canvases here.
import * as maplibregl from 'maplibre-gl'
import type { ExpressionSpecification, GeoJSONSource, MapGeoJSONFeature, StyleSpecification } from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
// MapLibre finds its worker next to its own module, which a bundle does not keep: ship it as an asset.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson'
import type { ControlGeoJSON, CutLines, EventMarker, ReferenceGeoJSON, ReferenceProps } from './api-client.ts'
import { holderColor, TYPE_COLORS } from './colors.ts'
import { h } from './dom.ts'
import { skipEmptySky } from './skip-empty-sky.ts'
import { skipRepeatedFrames } from './skip-repeated-frames.ts'
import { isSoftwareRenderer, lowerResolutionWhileMoving } from './lower-resolution-while-moving.ts'

export interface Town { name: string; lat: number; lon: number; rank: number }
export interface Basemap { countries: FeatureCollection; admin1: FeatureCollection; towns: Town[] }
export interface MapHandlers {
  onEvent(id: string): void
  onCluster(ids: string[]): void
  onMove(bbox: string): void
  /** The reference rows under a click (several ACLED rows often share one location). */
  onReference(rows: ReferenceProps[]): void
}

maplibregl.setWorkerUrl(workerUrl)

const SYRIA: [number, number, number, number] = [35.4, 32.2, 42.5, 37.4]
// A town's control is drawn as a disc of this radius: the contract gives points, not front lines.
const CONTROL_KM = 14

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] }

function disc(lon: number, lat: number, km: number, steps = 48): Polygon {
  const ring: [number, number][] = []
  const dLat = km / 110.574
  const dLon = km / (111.32 * Math.cos((lat * Math.PI) / 180))
  for (let i = 0; i <= steps; i++) {
    const a = (i / steps) * 2 * Math.PI
    ring.push([lon + dLon * Math.cos(a), lat + dLat * Math.sin(a)])
  }
  return { type: 'Polygon', coordinates: [ring] }
}

function withKind(features: Feature[], kind: string): Feature[] {
  return features.map((f) => ({ ...f, properties: { ...f.properties, kind } }))
}

/** ISW draws claimed ground hatched: a diagonal hatch in the holder's colour; contested gets a cross-hatch. */
function pattern(color: string, cross: boolean): ImageData {
  const size = 12
  const ctx = h('canvas', { width: size, height: size }).getContext('2d')!
  ctx.strokeStyle = color
  ctx.lineWidth = 2.5
  ctx.beginPath()
  ctx.moveTo(0, size); ctx.lineTo(size, 0)
  ctx.moveTo(-size / 2, size / 2); ctx.lineTo(size / 2, -size / 2)
  ctx.moveTo(size / 2, size * 1.5); ctx.lineTo(size * 1.5, size / 2)
  if (cross) { ctx.moveTo(0, 0); ctx.lineTo(size, size) }
  ctx.stroke()
  return ctx.getImageData(0, 0, size, size)
}

const LABEL_SCALE = Math.max(1, Math.round(globalThis.devicePixelRatio || 1))

/** A cluster's count, white and bold as the page's own text, drawn at the screen's pixel ratio so it stays sharp. */
function countLabel(text: string): ImageData {
  const font = `700 ${12 * LABEL_SCALE}px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif`
  const measure = h('canvas', { width: 1, height: 1 }).getContext('2d')!
  measure.font = font
  const width = Math.ceil(measure.measureText(text).width) + 2 * LABEL_SCALE
  const height = 16 * LABEL_SCALE
  const ctx = h('canvas', { width, height }).getContext('2d')!
  ctx.font = font
  ctx.fillStyle = '#ffffff'
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.fillText(text, width / 2, height / 2)
  return ctx.getImageData(0, 0, width, height)
}

/** The reference layer's mark: a hollow dark diamond, unlike Sitrep's filled round dots, so the two never read alike. */
function diamond(): ImageData {
  const size = 44 // drawn at twice the size it shows (pixelRatio 2), so it stays sharp
  const ctx = h('canvas', { width: size, height: size }).getContext('2d')!
  ctx.beginPath()
  ctx.moveTo(size / 2, 4); ctx.lineTo(size - 4, size / 2); ctx.lineTo(size / 2, size - 4); ctx.lineTo(4, size / 2); ctx.closePath()
  ctx.fillStyle = 'rgba(255,255,255,0.5)'
  ctx.fill()
  // A white halo under the dark edge keeps the diamond visible on a dark cluster or a red control disc.
  ctx.lineJoin = 'miter'
  ctx.lineWidth = 8
  ctx.strokeStyle = '#ffffff'
  ctx.stroke()
  ctx.lineWidth = 4
  ctx.strokeStyle = '#1a1a1a'
  ctx.stroke()
  return ctx.getImageData(0, 0, size, size)
}

const style: StyleSpecification = {
  version: 8,
  // A date change swaps data at once: no cross-fade to wait for before the map is idle.
  transition: { duration: 0, delay: 0 },
  sources: {},
  // No background layer: the sea is the map element's CSS background (style.css), seen through the canvas where
  // no land is drawn. Same picture, but a background layer is a shaded pass over every pixel of every frame, a
  // few milliseconds each in software WebGL, where clearing to transparent is almost free.
  layers: [],
}

export class SitrepMap {
  readonly map: maplibregl.Map
  private readonly ready: Promise<void>
  private contestedLabels: maplibregl.Marker[] = []
  private reference: ReferenceGeoJSON | null = null
  /** What the 'ground' source holds: basemap, control discs and cut roads, each tagged with its `kind`. */
  private ground: { base: Feature[]; control: Feature[]; cuts: Feature[] } = { base: [], control: [], cuts: [] }

  /** Starts the map at once; the basemap joins when it arrives, so its download overlaps MapLibre's start-up.
   * fullResolutionMotion keeps a moving map at full resolution in software WebGL too (lower-resolution-while-moving.ts). */
  constructor(container: HTMLElement, basemap: Promise<Basemap>, handlers: MapHandlers, bbox: string | null, fullResolutionMotion = false) {
    const bounds = bbox ? (bbox.split(',').map(Number) as [number, number, number, number]) : SYRIA
    this.map = new maplibregl.Map({
      container, style, bounds, fitBoundsOptions: { padding: 20 }, attributionControl: false, fadeDuration: 0,
    })
    skipEmptySky(this.map)
    skipRepeatedFrames(this.map)
    if (!fullResolutionMotion && isSoftwareRenderer(this.map)) lowerResolutionWhileMoving(this.map)
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left')
    this.map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: 'Boundaries: © OCHA (CC BY 3.0 IGO), Natural Earth' }))
    const loaded = new Promise<void>((resolve) => this.map.on('load', () => { performance.mark('sitrep:map-loaded'); resolve() }))
    this.ready = Promise.all([loaded, basemap]).then(([, base]) => {
      performance.mark('sitrep:basemap')
      this.addLayers(base, handlers)
      for (const t of base.towns) {
        const el = h('div', { class: `town-label rank-${t.rank}`, 'data-town': t.name }, h('span', { class: 'town-dot' }), t.name)
        new maplibregl.Marker({ element: el, anchor: 'left', offset: [-4, 0] }).setLngLat([t.lon, t.lat]).addTo(this.map)
      }
    })
    this.map.on('moveend', () => {
      const b = this.map.getBounds()
      handlers.onMove([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((x) => x.toFixed(2)).join(','))
    })
  }

  private groundData(): FeatureCollection {
    return { type: 'FeatureCollection', features: [...this.ground.base, ...this.ground.control, ...this.ground.cuts] }
  }

  /** Resolves once the style and layers exist. */
  whenReady(): Promise<void> { return this.ready }

  /** Resolves when the map has drawn everything it was given (MapLibre's "idle"). */
  async whenIdle(): Promise<void> {
    await this.ready
    if (this.map.loaded() && !this.map.isMoving()) this.map.triggerRepaint()
    await new Promise<void>((resolve) => this.map.once('idle', () => resolve()))
  }

  private addLayers(base: Basemap, handlers: MapHandlers): void {
    const m = this.map
    // One source for every fill and line layer (basemap, control, cut roads), told apart by `kind`: MapLibre redraws
    // its tile-clipping stencil masks, a pass over the whole viewport, each time a frame moves on to the fill or line
    // layers of another source (in the opaque and the translucent pass). In software WebGL each such pass is
    // milliseconds of every frame; re-tiling the small basemap when the date changes costs far less.
    this.ground.base = [...withKind(base.countries.features, 'country'), ...withKind(base.admin1.features, 'admin1')]
    m.addSource('ground', { type: 'geojson', data: this.groundData() })
    // No fill antialiasing: the border line layers draw every edge anyway, and the extra outline pass costs
    // a full redraw of each polygon's edge on every frame of a pan. Syria is its own country polygon, lighter:
    // one fill for all land rather than a second fill stacked over Syria.
    m.addLayer({ id: 'land', type: 'fill', source: 'ground', filter: ['==', ['get', 'kind'], 'country'],
      paint: { 'fill-color': ['case', ['==', ['get', 'name'], 'Syria'], '#fbf9f3', '#f3efe6'], 'fill-antialias': false } })
    m.addLayer({ id: 'admin1-line', type: 'line', source: 'ground', filter: ['==', ['get', 'kind'], 'admin1'],
      paint: { 'line-color': '#b7aa94', 'line-width': 0.8, 'line-dasharray': [3, 2] } })
    m.addLayer({ id: 'borders', type: 'line', source: 'ground', filter: ['==', ['get', 'kind'], 'country'], paint: { 'line-color': '#8a8070', 'line-width': 1.2 } })

    const control: ExpressionSpecification = ['==', ['get', 'kind'], 'control']
    m.addLayer({ id: 'control-solid', type: 'fill', source: 'ground', filter: ['all', control, ['in', ['get', 'status'], ['literal', ['baseline', 'assessed']]]],
      paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.45, 'fill-antialias': false } })
    m.addLayer({ id: 'control-hatched', type: 'fill', source: 'ground', filter: ['all', control, ['==', ['get', 'status'], 'claimed']],
      paint: { 'fill-pattern': ['concat', 'hatch-', ['get', 'holder']] } })
    m.addLayer({ id: 'control-contested', type: 'fill', source: 'ground', filter: ['all', control, ['==', ['get', 'status'], 'contested']],
      paint: { 'fill-pattern': ['concat', 'cross-', ['get', 'holder']] } })
    m.addLayer({ id: 'control-edge', type: 'line', source: 'ground', filter: control,
      paint: { 'line-color': ['case', ['==', ['get', 'status'], 'contested'], '#111111', ['get', 'color']], 'line-width': ['case', ['==', ['get', 'status'], 'contested'], 2, 1] } })

    m.addLayer({ id: 'cuts', type: 'line', source: 'ground', filter: ['==', ['get', 'kind'], 'cut'], paint: { 'line-color': '#d50000', 'line-width': 4, 'line-dasharray': [1.5, 1] } })

    // Town dots under the event markers: as part of the HTML labels they sat on top of a town's cluster and hid its
    // count (a "2" with a dot on it reads as "a"). The label keeps the dot's room, so its name starts beside it.
    m.addSource('towns', { type: 'geojson', data: { type: 'FeatureCollection', features: base.towns.map((t) => (
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [t.lon, t.lat] } })) } })
    m.addLayer({ id: 'town-dots', type: 'circle', source: 'towns',
      paint: { 'circle-radius': 3, 'circle-color': '#222222', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 } })

    m.addSource('events', { type: 'geojson', data: EMPTY, cluster: true, clusterRadius: 36, clusterMaxZoom: 9 })
    m.addLayer({ id: 'event-clusters', type: 'circle', source: 'events', filter: ['has', 'point_count'],
      paint: { 'circle-color': '#37474f', 'circle-opacity': 0.85, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2,
        'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 100, 22, 1000, 28] } })
    // Counts drawn by MapLibre with the circles, from labels painted on a canvas when first needed (no glyphs
    // offline): HTML markers were a DOM layer each for the compositor to move and draw on every frame of a pan,
    // and only caught up with the clusters once the pan ended.
    m.addLayer({ id: 'event-cluster-counts', type: 'symbol', source: 'events', filter: ['has', 'point_count'],
      layout: { 'icon-image': ['concat', 'count-', ['to-string', ['get', 'point_count_abbreviated']]], 'icon-allow-overlap': true, 'icon-ignore-placement': true } })
    m.setMissingStyleImageResolver((id) => {
      if (id.startsWith('count-') && !m.hasImage(id)) m.addImage(id, countLabel(id.slice(6)), { pixelRatio: LABEL_SCALE })
    })
    m.addLayer({ id: 'event-points', type: 'circle', source: 'events', filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': ['get', 'color'],
        // "sized by independent sources": one source is the smallest dot, five or more the largest.
        'circle-radius': ['interpolate', ['linear'], ['get', 'sources'], 1, 6, 5, 15],
        'circle-stroke-color': ['case', ['==', ['get', 'selected'], 1], '#ffeb3b', '#ffffff'],
        'circle-stroke-width': ['case', ['==', ['get', 'selected'], 1], 4, 1.5],
      } })

    // The reference layer (imported ACLED rows) sits above Sitrep's dots and is off until asked for.
    m.addImage('reference-diamond', diamond(), { pixelRatio: 2 })
    m.addSource('reference', { type: 'geojson', data: EMPTY })
    m.addLayer({ id: 'reference-points', type: 'symbol', source: 'reference',
      layout: { 'icon-image': 'reference-diamond', 'icon-allow-overlap': true, 'icon-ignore-placement': true, visibility: 'none' } })
    m.on('click', 'reference-points', (e) => {
      const rows = (e.features ?? []).map((f) => this.reference?.features[Number(f.properties['i'])]?.properties)
      handlers.onReference(rows.filter((r): r is ReferenceProps => r !== undefined))
    })

    m.on('click', 'event-points', (e) => {
      const id = e.features?.[0]?.properties?.['id']
      if (typeof id === 'string') handlers.onEvent(id)
    })
    m.on('click', 'event-clusters', (e) => void this.openCluster(e.features?.[0], handlers))
    for (const layer of ['event-points', 'event-clusters', 'reference-points']) {
      m.on('mouseenter', layer, () => { m.getCanvas().style.cursor = 'pointer' })
      m.on('mouseleave', layer, () => { m.getCanvas().style.cursor = '' })
    }
  }

  private async openCluster(f: MapGeoJSONFeature | undefined, handlers: MapHandlers): Promise<void> {
    if (!f) return
    const src = this.map.getSource<GeoJSONSource>('events')!
    const clusterId = Number(f.properties['cluster_id'])
    const zoom = await src.getClusterExpansionZoom(clusterId)
    const center = (f.geometry as Point).coordinates as [number, number]
    // Events at one town never split apart by zooming: list them instead.
    if (zoom > 9 || this.map.getZoom() >= 9) {
      const leaves = await src.getClusterLeaves(clusterId, 500, 0)
      handlers.onCluster(leaves.map((l) => String(l.properties?.['id'])))
    } else this.map.easeTo({ center, zoom })
  }

  /** Draws control as of a date: solid where assessed, hatched where claimed, cross-hatched and outlined where contested. */
  async setControl(fc: ControlGeoJSON): Promise<void> {
    await this.ready
    for (const holder of new Set(fc.features.map((f) => f.properties.holder))) {
      const color = holderColor(holder)
      if (!this.map.hasImage(`hatch-${holder}`)) this.map.addImage(`hatch-${holder}`, pattern(color, false))
      if (!this.map.hasImage(`cross-${holder}`)) this.map.addImage(`cross-${holder}`, pattern(color, true))
    }
    this.ground.control = fc.features.map((f): Feature<Polygon> => ({
      type: 'Feature', geometry: disc(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!, CONTROL_KM),
      properties: { ...f.properties, kind: 'control', color: holderColor(f.properties.holder) },
    }))
    this.map.getSource<GeoJSONSource>('ground')!.setData(this.groundData())
    for (const m of this.contestedLabels) m.remove()
    this.contestedLabels = fc.features.filter((f) => f.properties.status === 'contested').map((f) =>
      new maplibregl.Marker({ element: h('div', { class: 'contested-badge', title: `${f.properties.name}: contested` }, 'contested'), anchor: 'top', offset: [0, 10] })
        .setLngLat(f.geometry.coordinates as [number, number]).addTo(this.map))
  }

  /** Shows events as dots coloured by type and sized by independent sources, clustered when dense. */
  async setEvents(events: EventMarker[], selected: string | null): Promise<void> {
    await this.ready
    const features: Feature<Point>[] = events.flatMap((e) => e.place ? [{
      type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [e.place.lon, e.place.lat] },
      properties: { id: e.id, type: e.type, color: TYPE_COLORS[e.type] ?? '#777', sources: e.independentSources, selected: e.id === selected ? 1 : 0 },
    }] : [])
    this.map.getSource<GeoJSONSource>('events')!.setData({ type: 'FeatureCollection', features })
  }

  /** Draws the reference rows (null hides the layer). */
  async setReference(fc: ReferenceGeoJSON | null): Promise<void> {
    await this.ready
    this.reference = fc
    // Only an index travels to the worker: the card reads the row from `this.reference`.
    const features = (fc?.features ?? []).map((f, i) => ({ type: 'Feature' as const, geometry: f.geometry, properties: { i } }))
    this.map.getSource<GeoJSONSource>('reference')!.setData({ type: 'FeatureCollection', features })
    this.map.setLayoutProperty('reference-points', 'visibility', fc ? 'visible' : 'none')
  }

  async setCuts(cuts: CutLines | null): Promise<void> {
    await this.ready
    this.ground.cuts = withKind(cuts?.features ?? [], 'cut')
    this.map.getSource<GeoJSONSource>('ground')!.setData(this.groundData())
  }
}
