// Page metadata from an HTML document's head: title, outlet, canonical URL and publication date, each from the
// first source that has it (Open Graph and article meta tags, JSON-LD, <title>, <time datetime>, <h1>).
// Only reads; the clean stage decides what wins over given metadata and checks the date.

export interface HtmlMeta {
  readonly title: string | null
  readonly outlet: string | null
  readonly url: string | null
  /** Publication dates the page gives, best source first, as found (ISO date or date-time). */
  readonly published: readonly string[]
}

/** Reads the metadata of a parsed page. */
export function htmlMeta(doc: Document): HtmlMeta {
  // One pass per tag name: attribute selectors make linkedom walk the whole tree once per query.
  const metas = metaMap(doc)
  const meta = (key: string) => metas.get(key) ?? null
  const ld = jsonLd(doc)
  const article = ld.find((o) => /Article|Posting|Report|Blog/i.test(typeString(o['@type']))) ?? ld[0]
  const canonical = Array.from(doc.getElementsByTagName('link')).find((l) => (l.getAttribute('rel') ?? '').toLowerCase() === 'canonical')
  const time = Array.from(doc.getElementsByTagName('time')).find((t) => t.hasAttribute('datetime'))
  return {
    title: first(meta('og:title'), meta('twitter:title'), str(article?.['headline']), text(doc.getElementsByTagName('title')[0]), text(doc.getElementsByTagName('h1')[0])),
    outlet: first(meta('og:site_name'), meta('application-name'), publisherName(article), publisherName(ld.find((o) => /Organization/.test(typeString(o['@type']))))),
    url: first(attr(canonical, 'href'), meta('og:url')),
    published: all(
      str(article?.['datePublished']),
      ...ld.map((o) => str(o['datePublished'])),
      meta('article:published_time'),
      meta('og:published_time'),
      meta('datepublished'),
      meta('pubdate'),
      meta('publishdate'),
      meta('dc.date.issued'),
      meta('dc.date'),
      attr(time, 'datetime'),
    ),
  }
}

/** A publication date string as YYYY-MM-DD (the date as written, so "2024-12-06T23:30-05:00" stays the 6th). */
export function isoDay(value: string): string | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)
  if (m?.[1]) return m[1]
  const t = Date.parse(value)
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10)
}

type Json = Record<string, unknown>

function jsonLd(doc: Document): Json[] {
  const out: Json[] = []
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit)
    else if (v !== null && typeof v === 'object') {
      const o = v as Json
      out.push(o)
      if (Array.isArray(o['@graph'])) visit(o['@graph'])
    }
  }
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if ((s.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue
    try {
      visit(JSON.parse(s.textContent ?? ''))
    } catch {
      // A page's broken JSON-LD is its problem; the other sources still apply.
    }
  }
  return out
}

function typeString(t: unknown): string {
  return Array.isArray(t) ? t.map(String).join(' ') : typeof t === 'string' ? t : ''
}

function publisherName(o: Json | undefined): string | null {
  const p = o?.['publisher'] ?? (typeString(o?.['@type']).includes('Organization') ? o : undefined)
  const one = Array.isArray(p) ? p[0] : p
  return one !== null && typeof one === 'object' ? str((one as Json)['name']) : str(one)
}

/** Content of every <meta>, keyed by its property, name or itemprop in lower case; the first one wins. */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>()
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase()
    const content = str(el.getAttribute('content'))
    if (key && content && !map.has(key)) map.set(key, content)
  }
  return map
}

function attr(el: Element | null | undefined, name: string): string | null {
  return el ? str(el.getAttribute(name)) : null
}

function text(el: Element | null | undefined): string | null {
  return el ? str(el.textContent) : null
}

function str(v: unknown): string | null {
  if (typeof v !== 'string') return null
  const s = v.replace(/\s+/g, ' ').trim()
  return s === '' ? null : s
}

function all(...values: (string | null | undefined)[]): string[] {
  return values.filter((v): v is string => typeof v === 'string' && v !== '')
}

function first(...values: (string | null | undefined)[]): string | null {
  for (const v of values) if (v) return v
  return null
}
