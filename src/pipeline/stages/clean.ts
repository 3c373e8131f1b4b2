// Produces `Doc.text` from `Doc.raw` — the only stage that writes text, `toRaw` and `removed`, and that keys the
// document by its cleaned text. Plain text and HTML each have a cleaner in ./clean/; this file merges their
// result with the metadata given with the input (which wins over what a page says about itself).
import { addMessages } from '../../core/doc.ts'
import { docIdFor } from '../../core/ids.ts'
import type { DocMeta, Message } from '../../core/types.ts'
import type { Stage } from '../stage.ts'
import { assemble } from './clean/assemble.ts'
import { cleanHtml } from './clean/html.ts'
import { isoDay } from './clean/html-meta.ts'
import type { HtmlMeta } from './clean/html-meta.ts'
import { cleanPlain } from './clean/plain.ts'

const NO_PAGE_META: HtmlMeta = { title: null, outlet: null, url: null, published: [] }
// Page dates outside these bounds are someone's default ("1970-01-01") or a typo; another source may be right.
const EARLIEST = '1990-01-01'

export const clean: Stage = (doc, ctx) => {
  const found = doc.meta.format === 'html' ? cleanHtml(doc.raw, doc.meta.title) : { ...cleanPlain(doc.raw, doc.meta.title), meta: NO_PAGE_META }
  const messages: Message[] = []
  const meta = mergeMeta(doc.meta, found.meta, found.title, ctx.today)
  const { text, toRaw } = assemble(doc.raw, found.paragraphs)
  if (text.trim() === '') {
    messages.push({ stage: 'clean', rule: 'empty', severity: 'error', message: 'nothing left after cleaning' })
  }
  return addMessages({ ...doc, id: docIdFor(text), meta, text, toRaw, removed: found.removed }, messages)
}

/**
 * Given metadata first, then the page's own, then the headline found in plain text. Of the page's dates the
 * first plausible one is taken; find-dates checks whichever date ends up here (one place for that rule).
 */
function mergeMeta(given: DocMeta, page: HtmlMeta, headline: string | null, today: string): DocMeta {
  const outlet = given.outlet ?? page.outlet
  const days = page.published.map(isoDay).filter((d): d is string => d !== null)
  const pageDate = days.find((d) => d >= EARLIEST && d <= today) ?? days[0] ?? null
  const publishedAt = given.publishedAt ?? pageDate
  return {
    ...given,
    title: given.title ?? withoutSiteName(page.title, outlet) ?? headline,
    outlet,
    url: given.url ?? page.url,
    publishedAt,
    publishedAtBasis: given.publishedAtBasis ?? (publishedAt === null ? null : 'metadata'),
  }
}

// "Fighters reach Velmar | The Velmar Ledger" → "Fighters reach Velmar" when the tail is the outlet's name.
function withoutSiteName(title: string | null, outlet: string | null): string | null {
  if (title === null || outlet === null) return title
  const m = /^(.+?)\s+[|\-–—:]\s+([^|\-–—:]+)$/.exec(title)
  return m?.[1] && m[2]?.trim().toLowerCase() === outlet.trim().toLowerCase() ? m[1] : title
}
