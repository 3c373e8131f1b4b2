// Produces `Doc.text` from `Doc.raw` — the only stage that writes text, `toRaw` and `removed`, and that keys the
// document by its cleaned text. Plain text and HTML each have a cleaner in ./clean/; this file merges their result.
import { addMessages } from '../../core/doc.ts'
import { docIdFor } from '../../core/ids.ts'
import type { Doc, Message } from '../../core/types.ts'
import type { Stage } from '../stage.ts'
import { assemble } from './clean/assemble.ts'
import { cleanHtml } from './clean/html.ts'
import { isoDay } from './clean/html-meta.ts'
import { cleanPlain } from './clean/plain.ts'
import { checkPublished } from './clean/published.ts'

export const clean: Stage = (doc, ctx) => {
  const messages: Message[] = []
  let meta = doc.meta
  let result
  if (doc.meta.format === 'html') {
    const html = cleanHtml(doc.raw, meta.title)
    result = html
    const m = html.meta
    const published = meta.publishedAt === null && m.publishedAt !== null ? checkPublished(isoDay(m.publishedAt) ?? m.publishedAt, ctx.today) : null
    if (published?.message) messages.push(published.message)
    meta = {
      ...meta,
      title: meta.title ?? m.title,
      outlet: meta.outlet ?? m.outlet,
      url: meta.url ?? m.url,
      ...(published?.date ? { publishedAt: published.date, publishedAtBasis: 'metadata' as const } : {}),
    }
  } else {
    result = cleanPlain(doc.raw, meta.title)
  }
  if (meta.publishedAt !== null && meta.publishedAtBasis === 'metadata' && doc.meta.publishedAt !== null) {
    const given = checkPublished(meta.publishedAt, ctx.today)
    if (given.message) messages.push(given.message)
    if (!given.date) meta = { ...meta, publishedAt: null, publishedAtBasis: null }
  }
  if (meta.title === null && result.title !== null) meta = { ...meta, title: result.title }
  const { text, toRaw } = assemble(doc.raw, result.paragraphs)
  if (text.trim() === '') {
    messages.push({ stage: 'clean', rule: 'empty', severity: 'error', message: 'nothing left after cleaning' })
  }
  const cleaned: Doc = { ...doc, id: docIdFor(text), meta, text, toRaw, removed: result.removed }
  return addMessages(cleaned, messages)
}
