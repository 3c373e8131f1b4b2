// Page metadata from an HTML document's head: title, outlet, canonical URL and publication date, each from the
// first source that has it (Open Graph and article meta tags, JSON-LD, <title>, <time datetime>, <h1>).
// Only reads; the clean stage decides what wins over given metadata and checks the date.

export interface HtmlMeta {
  readonly title: string | null
  readonly outlet: string | null
  readonly url: string | null
  /** As found (ISO date or date-time), not yet checked against today. */
  readonly publishedAt: string | null
}

/** Reads the metadata of a parsed page. */
export function htmlMeta(doc: Document): HtmlMeta {
  const ld = jsonLd(doc)
  const article = ld.find((o) => /Article|Posting|Report|Blog/i.test(typeString(o['@type']))) ?? ld[0]
  return {
    title: first(meta(doc, 'og:title'), meta(doc, 'twitter:title'), str(article?.['headline']), text(doc.querySelector('title')), text(doc.querySelector('h1'))),
    outlet: first(meta(doc, 'og:site_name'), meta(doc, 'application-name'), publisherName(article), publisherName(ld.find((o) => /Organization/.test(typeString(o['@type']))))),
    url: first(attr(doc.querySelector('link[rel="canonical"]'), 'href'), meta(doc, 'og:url')),
    publishedAt: first(
      str(article?.['datePublished']),
      ...ld.map((o) => str(o['datePublished'])),
      meta(doc, 'article:published_time'),
      meta(doc, 'og:published_time'),
      meta(doc, 'datePublished'),
      meta(doc, 'pubdate'),
      meta(doc, 'publishdate'),
      meta(doc, 'dc.date.issued'),
      meta(doc, 'dc.date'),
      attr(doc.querySelector('[itemprop="datePublished"]'), 'content') ?? attr(doc.querySelector('[itemprop="datePublished"]'), 'datetime'),
      attr(doc.querySelector('time[datetime]'), 'datetime'),
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
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
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

function meta(doc: Document, key: string): string | null {
  const k = key.toLowerCase()
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase()
    if (name === k) return str(el.getAttribute('content'))
  }
  return null
}

function attr(el: Element | null, name: string): string | null {
  return el ? str(el.getAttribute(name)) : null
}

function text(el: Element | null): string | null {
  return el ? str(el.textContent) : null
}

function str(v: unknown): string | null {
  if (typeof v !== 'string') return null
  const s = v.replace(/\s+/g, ' ').trim()
  return s === '' ? null : s
}

function first(...values: (string | null | undefined)[]): string | null {
  for (const v of values) if (v) return v
  return null
}
