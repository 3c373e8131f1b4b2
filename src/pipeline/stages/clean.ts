// Produces `Doc.text` from `Doc.raw` — the only stage that writes text, `toRaw` and `removed`, and that keys the
// document by its cleaned text. Plain text and HTML each have a cleaner in ./clean/; this file merges their
// result with the metadata given with the input (which wins over what a page says about itself).
import { addMessages } from '../../core/doc.ts'
import { docIdFor } from '../../core/ids.ts'
import type { Doc, DocMeta, Message } from '../../core/types.ts'
import type { Stage } from '../stage.ts'
import { assemble } from './clean/assemble.ts'
import { cleanHtml } from './clean/html.ts'
import { isoDay } from './clean/html-meta.ts'
import type { HtmlMeta } from './clean/html-meta.ts'
import { cleanPlain } from './clean/plain.ts'
import { checkPublished } from './clean/published.ts'

const NO_PAGE_META: HtmlMeta = { title: null, outlet: null, url: null, publishedAt: null }

export const clean: Stage = (doc, ctx) => {
  const found = doc.meta.format === 'html' ? cleanHtml(doc.raw, doc.meta.title) : { ...cleanPlain(doc.raw, doc.meta.title), meta: NO_PAGE_META }
  const messages: Message[] = []
  const meta = mergeMeta(doc.meta, found.meta, found.title, ctx.today, messages)
  const { text, toRaw } = assemble(doc.raw, found.paragraphs)
  if (text.trim() === '') {
    messages.push({ stage: 'clean', rule: 'empty', severity: 'error', message: 'nothing left after cleaning' })
  }
  return addMessages({ ...doc, id: docIdFor(text), meta, text, toRaw, removed: found.removed }, messages)
}

/** Given metadata first, then the page's own, then the headline found in plain text; the date checked. */
function mergeMeta(given: DocMeta, page: HtmlMeta, headline: string | null, today: string, messages: Message[]): DocMeta {
  const outlet = given.outlet ?? page.outlet
  const pageDate = page.publishedAt === null ? null : (isoDay(page.publishedAt) ?? page.publishedAt)
  const date = given.publishedAt ?? pageDate
  let publishedAt = given.publishedAt
  let publishedAtBasis = given.publishedAtBasis
  if (date !== null) {
    const checked = checkPublished(date, today)
    if (checked.message) messages.push(checked.message)
    publishedAt = checked.date
    publishedAtBasis = checked.date === null ? null : 'metadata'
  }
  return {
    ...given,
    title: given.title ?? withoutSiteName(page.title, outlet) ?? headline,
    outlet,
    url: given.url ?? page.url,
    publishedAt,
    publishedAtBasis,
  }
}

// "Fighters reach Velmar | The Velmar Ledger" → "Fighters reach Velmar" when the tail is the outlet's name.
function withoutSiteName(title: string | null, outlet: string | null): string | null {
  if (title === null || outlet === null) return title
  const m = /^(.+?)\s+[|\-–—:]\s+([^|\-–—:]+)$/.exec(title)
  return m?.[1] && m[2]?.trim().toLowerCase() === outlet.trim().toLowerCase() ? m[1] : title
}
