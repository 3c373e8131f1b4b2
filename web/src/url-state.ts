// The view kept in the URL so it can be shared: /?date=2024-12-08&event=ID&story=ID&window=3&min=2&bbox=...&ref=1&motion=full
export interface ViewState {
  date: string | null
  event: string | null
  story: string | null
  window: string
  /** One event type, or null for all. */
  type: string | null
  minSources: number
  bbox: string | null
  whatif: string | null
  /** Whether the imported reference layer (ACLED) is drawn. */
  reference: boolean
  /** motion=full: draw the moving map at full resolution even in software WebGL (sharper, fewer frames). */
  fullResolutionMotion: boolean
}

/** Reads the view from a query string; unknown or malformed values fall back to defaults. */
export function readView(search: string): ViewState {
  const p = new URLSearchParams(search)
  const date = p.get('date')
  const min = Number(p.get('min') ?? '0')
  const win = p.get('window') ?? '1'
  const bbox = p.get('bbox')
  return {
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    event: p.get('event'),
    story: p.get('story'),
    window: ['1', '3', '7', 'all'].includes(win) ? win : '1',
    type: /^[a-z_]+$/.test(p.get('type') ?? '') ? p.get('type') : null,
    minSources: Number.isInteger(min) && min >= 0 ? min : 0,
    bbox: bbox && /^-?[\d.]+(,-?[\d.]+){3}$/.test(bbox) ? bbox : null,
    whatif: p.get('whatif'),
    reference: p.get('ref') === '1',
    fullResolutionMotion: p.get('motion') === 'full',
  }
}

/** Writes the view into the address bar without adding history entries for every slider step. */
export function writeView(v: ViewState): void {
  const p = new URLSearchParams()
  if (v.date) p.set('date', v.date)
  if (v.event) p.set('event', v.event)
  if (v.story) p.set('story', v.story)
  if (v.window !== '1') p.set('window', v.window)
  if (v.type) p.set('type', v.type)
  if (v.minSources) p.set('min', String(v.minSources))
  if (v.bbox) p.set('bbox', v.bbox)
  if (v.whatif) p.set('whatif', v.whatif)
  if (v.reference) p.set('ref', '1')
  if (v.fullResolutionMotion) p.set('motion', 'full')
  const url = `${location.pathname}${p.size ? `?${p}` : ''}`
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url)
}
