// Cleans an HTML page: metadata from the head, the article body by Mozilla Readability on linkedom, then the
// same unit rules as plain text (boilerplate, captions, headings). Every kept run of text maps back to raw offsets.
// Script, style and other code elements are never read as text; event-handler attributes are never text at all.
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Removal } from '../../../core/types.ts'
import type { Segment } from './assemble.ts'
import { classifyUnits } from './classify.ts'
import { htmlMeta } from './html-meta.ts'
import type { HtmlMeta } from './html-meta.ts'
import { partition } from './result.ts'
import type { CleanResult } from './result.ts'
import { CODE_ELEMENTS, localName, textLocator, textNodesOf } from './text-nodes.ts'
import type { TextLocator } from './text-nodes.ts'
import type { Unit } from './units.ts'

export interface HtmlCleanResult extends CleanResult {
  readonly meta: HtmlMeta
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'caption', 'center',
])
const HEADING = /^h[1-6]$/
// Class or id of an element that holds a photo caption or credit ("wp-caption-text", "image-credit").
const CAPTION_CLASS = /(^|[-_\s])(caption|captions|credit|credits|photo-credit|image-credit|figcaption)([-_\s]|$)/i

/** Cleans one HTML page; `givenTitle` (from JSONL) takes precedence over the page's own title. */
export function cleanHtml(raw: string, givenTitle: string | null): HtmlCleanResult {
  const doc = parsePage(raw)
  const meta = htmlMeta(doc)
  // From the document element: linkedom's document lists the doctype as its only child.
  const nodes = textNodesOf(doc.documentElement ?? doc)
  const locator = textLocator(raw, nodes)
  const root = articleRoot(doc) ?? doc.body ?? doc.documentElement
  const units = root ? blockUnits(root, locator) : []
  const classified = classifyUnits(units, givenTitle ?? meta.title)
  return { ...partition(units, classified, outsideArticle(nodes, locator, units)), title: null, meta }
}

// linkedom makes the first element the document element: none for bare text ("Rebels entered Velmar"), a <p>
// or <script> for a fragment (which Readability may then remove). Wrapping a page without <html> adds no text, so
// its text nodes still pair one to one with the tokenizer pass over `raw`.
function parsePage(raw: string): Document {
  const page = parseHTML(raw).document as unknown as Document
  if (page.documentElement?.localName === 'html') return page
  return parseHTML(`<html><body>${raw}</body></html>`).document as unknown as Document
}

function articleRoot(doc: Document): Node | null {
  try {
    // keepClasses: caption and credit classes are read after Readability, on its (possibly re-parsed) article.
    const article = new Readability<Node>(doc, { serializer: (n) => n, keepClasses: true }).parse()
    return article?.content ?? null
  } catch {
    // Readability gives up on some malformed pages; the whole body, code elements skipped, is the fallback.
    return null
  }
}

interface Draft {
  segments: Segment[]
  text: string
  pendingSpace: Segment | null
  rawStart: number
  rawEnd: number
  hint: Unit['hint']
}

/** Walks the article element and cuts its text into block units, whitespace collapsed. */
function blockUnits(root: Node, locator: TextLocator): Unit[] {
  const units: Unit[] = []
  let draft: Draft | null = null
  const flush = () => {
    if (draft && draft.text !== '') {
      units.push({ text: draft.text, rawText: null, segments: draft.segments, rawStart: draft.rawStart, rawEnd: draft.rawEnd, hint: draft.hint, source: 'html' })
    }
    draft = null
  }
  const hintOf = (n: Node): Unit['hint'] => {
    let heading = false
    for (let p: Node | null = n.parentNode; p && p !== root.parentNode; p = p.parentNode) {
      if (p.nodeType === 1 && isCaptionElement(p as Element)) return 'caption'
      if (p.nodeType === 1 && HEADING.test(localName(p))) heading = true
    }
    return heading ? 'heading' : null
  }
  const addText = (node: Node) => {
    const value = node.nodeValue ?? ''
    const pos = locator.locate(node)
    for (const m of value.matchAll(/\s+|\S+/g)) {
      const at = m.index ?? 0
      const rawRun: Segment | null = pos && pos.verbatim ? { rawStart: pos.start + at, rawEnd: pos.start + at + m[0].length } : null
      if (/^\s/.test(m[0])) {
        if (draft) draft.pendingSpace = m[0] === ' ' && rawRun ? rawRun : { insert: ' ' }
        continue
      }
      if (!draft) draft = { segments: [], text: '', pendingSpace: null, rawStart: pos?.start ?? 0, rawEnd: pos?.end ?? 0, hint: hintOf(node) }
      if (draft.pendingSpace && draft.text !== '') {
        draft.segments.push(draft.pendingSpace)
        draft.text += ' '
      }
      draft.pendingSpace = null
      draft.segments.push(rawRun ?? { insert: m[0] })
      draft.text += m[0]
      if (pos) draft.rawEnd = pos.end
    }
  }
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 || c.nodeType === 4) addText(c)
      else if (c.nodeType === 1) {
        const name = localName(c)
        if (CODE_ELEMENTS.has(name)) continue
        const block = BLOCK.has(name)
        if (block) flush()
        walk(c)
        if (block) flush()
      }
    }
  }
  walk(root)
  flush()
  return units
}

function isCaptionElement(el: Element): boolean {
  return el.localName === 'figcaption' || CAPTION_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)
}

/** Text Readability left out, grouped into runs between article blocks, so `removed` shows what the page lost. */
function outsideArticle(nodes: readonly Node[], locator: TextLocator, units: readonly Unit[]): Removal[] {
  const spans = units.map((u) => [u.rawStart, u.rawEnd] as const).sort((a, b) => a[0] - b[0])
  // Binary search for the last span starting at or before `start`; spans of article blocks do not nest.
  const inArticle = (start: number) => {
    let lo = 0
    let hi = spans.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if ((spans[mid]?.[0] ?? 0) <= start) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    const span = spans[found]
    return span !== undefined && start < span[1]
  }
  const out: Removal[] = []
  let run: { texts: string[]; start: number; end: number } | null = null
  const close = () => {
    if (run) out.push({ text: run.texts.join(' '), reason: 'outside-article', rawStart: run.start, rawEnd: run.end })
    run = null
  }
  for (const n of nodes) {
    const pos = locator.peek(n)
    if (!pos || pos.code || pos.inHead) continue
    if (inArticle(pos.start)) {
      close()
      continue
    }
    const text = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim()
    if (text === '') continue
    if (!run) run = { texts: [], start: pos.start, end: pos.end }
    run.texts.push(text)
    run.end = pos.end
  }
  close()
  return out
}
