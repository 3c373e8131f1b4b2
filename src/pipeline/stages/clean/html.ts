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
// A sign-up box ("newsletter-box", "signup_form"): its heading is a slogan, its fields are prompts. Whole class words only,
// so a paywalled body ("subscriber-content") is no sign-up box.
// A tag list ("field-tags", "post_keywords"): its words are links to other pages, no sentence.
const TAGS_CLASS = /(^|[-_\s])(tags|keywords)([-_\s]|$)/i
const SUBSCRIBE_CLASS = /(^|[-_\s])(newsletter|newsletters|signup|subscribe|subscription)([-_\s]|$)/i

/** Cleans one HTML page; `givenTitle` (from JSONL) takes precedence over the page's own title. */
export function cleanHtml(raw: string, givenTitle: string | null): HtmlCleanResult {
  const doc = parsePage(raw)
  const meta = htmlMeta(doc)
  // From the document element: linkedom's document lists the doctype as its only child.
  const nodes = textNodesOf(doc.documentElement ?? doc)
  const locator = textLocator(raw, nodes)
  const entries = repeatedEntries(doc)
  const classHints = classHintsOf(nodes)
  const root = articleRoot(doc) ?? doc.body ?? doc.documentElement
  const found = root ? blockUnits(root, locator, classHints) : []
  const restored = lostEntries(raw, entries, found, locator)
  const units = restored.length === 0 ? found : [...found, ...restored].sort((a, b) => a.rawStart - b.rawStart)
  const classified = classifyUnits(units, givenTitle ?? meta.title)
  return { ...partition(units, classified, outsideArticle(nodes, locator, units)), title: null, meta }
}

/** One of a run of siblings of the same tag and class: an entry of a live blog, a card of a timeline. */
interface Entry {
  /** The element's place among the page's elements, to find it again in a fresh parse. */
  readonly index: number
  readonly texts: readonly Node[]
  /** It holds a paragraph that reads as story: a long sentence, mostly not link text. */
  readonly story: boolean
}

// Siblings of one tag and class that make a run of entries; a pair is too often a layout's two columns.
const MIN_ENTRIES = 3
// A story paragraph's least length in words, and the most of it a link's text may be.
const MIN_STORY_WORDS = 15
const MAX_STORY_LINK_SHARE = 0.3

/**
 * Runs of entries on the page before Readability sees it. Readability judges each block alone, and drops a
 * live blog's entry whose links ("Keep reading" and a list of headlines) outweigh its text, though its siblings
 * stay: see `lostEntries`.
 */
function repeatedEntries(doc: Document): Entry[][] {
  const all = [...doc.querySelectorAll('*')]
  const indexOf = new Map<Element, number>(all.map((e, i) => [e, i]))
  const groups: Entry[][] = []
  for (const parent of all) {
    const byKey = new Map<string, Element[]>()
    for (const c of [...parent.children]) {
      const cls = (c.getAttribute('class') ?? '').trim()
      if (cls === '' || CODE_ELEMENTS.has(c.localName)) continue
      const key = `${c.localName}.${cls}`
      const list = byKey.get(key)
      if (list) list.push(c)
      else byKey.set(key, [c])
    }
    for (const members of byKey.values()) {
      if (members.length < MIN_ENTRIES) continue
      groups.push(members.map((m) => ({ index: indexOf.get(m) ?? -1, texts: textNodesOf(m), story: hasStoryParagraph(m) })))
    }
  }
  return groups
}

function hasStoryParagraph(el: Element): boolean {
  return [...el.querySelectorAll('p')].some((p) => {
    const text = (p.textContent ?? '').trim()
    if (text.split(/\s+/).length < MIN_STORY_WORDS || !/[.!?]["”’)]?$/.test(text)) return false
    const linked = [...p.querySelectorAll('a')].reduce((n, a) => n + (a.textContent ?? '').length, 0)
    return linked <= text.length * MAX_STORY_LINK_SHARE
  })
}

/**
 * Entries Readability dropped while it kept at least two of their siblings and most of the run, when they hold story text, as units
 * read from a fresh parse (Readability has taken the first one apart). Their furniture then goes the usual way.
 */
function lostEntries(raw: string, groups: readonly Entry[][], found: readonly Unit[], locator: TextLocator): Unit[] {
  const inArticle = articleSpans(found)
  const kept = (e: Entry) => e.texts.some((n) => {
    const pos = locator.peek(n)
    return pos !== undefined && inArticle(pos.start)
  })
  const lost = groups.flatMap((group) => {
    const members = group.map((e) => ({ kept: kept(e), story: e.story }))
    return entriesToRestore(members).map((i) => group[i]?.index ?? -1).filter((i) => i >= 0)
  })
  if (lost.length === 0) return []
  const fresh = parsePage(raw)
  const all = [...fresh.querySelectorAll('*')]
  const freshLocator = textLocator(raw, textNodesOf(fresh.documentElement ?? fresh))
  return lost.flatMap((i) => {
    const el = all[i]
    return el ? blockUnits(el, freshLocator) : []
  })
}

/**
 * Which entries of a run to restore: those with story text Readability left out, when it kept at least two of the
 * run and most of it (a feed of other stories' cards, of which it kept a few, is no article's run).
 */
export function entriesToRestore(members: readonly { kept: boolean; story: boolean }[]): number[] {
  const keptCount = members.filter((m) => m.kept).length
  if (keptCount < 2 || keptCount <= members.length - keptCount) return []
  return [...members.keys()].filter((i) => !members[i]?.kept && members[i]?.story)
}

/** Whether a raw offset falls inside one of the units' spans (which do not nest). */
function articleSpans(units: readonly Unit[]): (start: number) => boolean {
  const spans = units.map((u) => [u.rawStart, u.rawEnd] as const).sort((a, b) => a[0] - b[0])
  // Binary search for the last span starting at or before `start`.
  return (start) => {
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
function blockUnits(root: Node, locator: TextLocator, classHints?: ReadonlyMap<Node, Unit['hint']>): Unit[] {
  const units: Unit[] = []
  let draft: Draft | null = null
  const flush = () => {
    if (draft && draft.text !== '') {
      units.push({ text: draft.text, rawText: null, segments: draft.segments, rawStart: draft.rawStart, rawEnd: draft.rawEnd, hint: draft.hint, source: 'html' })
    }
    draft = null
  }
  const hintOf = (n: Node): Unit['hint'] => {
    // (The page's own classes first: Readability drops an element's attributes when it renames it, a <div> to a <p>.)
    const marked = classHints?.get(n)
    if (marked) return marked
    let heading = false
    for (let p: Node | null = n.parentNode; p && p !== root.parentNode; p = p.parentNode) {
      if (p.nodeType !== 1) continue
      const cls = classHint(p as Element)
      if (cls) return cls
      if (HEADING.test(localName(p))) heading = true
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

type ClassHint = 'caption' | 'subscribe' | 'tags'
const PAGE_ELEMENTS = new Set(['html', 'body'])

/** What an element's name or classes say its text is, when they say it. */
function classHint(el: Element): ClassHint | null {
  if (isCaptionElement(el)) return 'caption'
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
  if (SUBSCRIBE_CLASS.test(cls)) return 'subscribe'
  if (TAGS_CLASS.test(cls)) return 'tags'
  return null
}

/** The class hint of every text node of the page as it came, before Readability renames elements. */
function classHintsOf(nodes: readonly Node[]): Map<Node, ClassHint> {
  const hints = new Map<Node, ClassHint>()
  const memo = new Map<Node, ClassHint | null>()
  const ofElement = (el: Node | null): ClassHint | null => {
    // (The classes of <html> and <body> are the page's switches, "f_caption_muted_videos_on", not what a block is.)
    if (!el || el.nodeType !== 1 || PAGE_ELEMENTS.has(localName(el))) return null
    const known = memo.get(el)
    if (known !== undefined) return known
    const hint = classHint(el as Element) ?? ofElement(el.parentNode)
    memo.set(el, hint)
    return hint
  }
  for (const n of nodes) {
    const hint = ofElement(n.parentNode)
    if (hint) hints.set(n, hint)
  }
  return hints
}

function isCaptionElement(el: Element): boolean {
  return el.localName === 'figcaption' || CAPTION_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)
}

/** Text Readability left out, grouped into runs between article blocks, so `removed` shows what the page lost. */
function outsideArticle(nodes: readonly Node[], locator: TextLocator, units: readonly Unit[]): Removal[] {
  const inArticle = articleSpans(units)
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
