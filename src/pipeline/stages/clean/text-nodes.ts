// Where each text node of a linkedom document sits in the raw HTML. linkedom builds one text node per
// htmlparser2 `ontext` event, so a second tokenizer pass with the same options gives their raw offsets in order.
// (No DOM library keeps source positions; this pairing is the cheapest exact way to map text back to raw.)
import { Parser } from 'htmlparser2'

export interface RawText {
  readonly start: number
  readonly end: number
  /** True when raw.slice(start, end) is the node's text itself; false for an entity ("&amp;" → "&"). */
  readonly verbatim: boolean
  /** Inside <script>, <style>, <template> or <noscript>: code or markup, never article text. */
  readonly code: boolean
  readonly inHead: boolean
}

const CODE = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'svg', 'textarea', 'select', 'button', 'object'])

/** Text nodes of `root` in document order (nodeType 3 and CDATA 4). */
export function textNodesOf(root: Node): Node[] {
  const out: Node[] = []
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3 || c.nodeType === 4) out.push(c)
      else if (c.nodeType === 1 || c.nodeType === 11) walk(c)
    }
  }
  walk(root)
  return out
}

/**
 * Finds raw offsets for text nodes: by identity for nodes of the first parse, and by text in document order for
 * nodes Readability re-created (it re-parses the page when it retries with looser settings).
 */
export interface TextLocator {
  /** Offsets of a node in reading order (advances the document-order cursor). */
  locate(node: Node): RawText | undefined
  /** Offsets of a node of the first parse, without moving the cursor. */
  peek(node: Node): RawText | undefined
}

/** Pairs each text node with its raw offsets and returns a locator over them. */
export function textLocator(raw: string, nodes: readonly Node[]): TextLocator {
  const map = locateTextNodes(raw, nodes)
  const byText = new Map<string, RawText[]>()
  for (const n of nodes) {
    const pos = map.get(n)
    if (!pos || pos.code) continue
    const value = n.nodeValue ?? ''
    const list = byText.get(value)
    if (list) list.push(pos)
    else byText.set(value, [pos])
  }
  let cursor = 0
  return {
    peek: (node) => map.get(node),
    locate(node) {
      let pos = map.get(node)
      if (!pos) {
        const list = byText.get(node.nodeValue ?? '') ?? []
        pos = list.find((p) => p.start >= cursor) ?? list[0]
      }
      if (pos) cursor = pos.end
      return pos
    },
  }
}

/** Pairs each text node with its raw offsets; a node the tokenizer pass disagrees on gets no entry. */
export function locateTextNodes(raw: string, nodes: readonly Node[]): Map<Node, RawText> {
  const events: { text: string; start: number; end: number }[] = []
  const parser = new Parser(
    { ontext: (text) => events.push({ text, start: parser.startIndex, end: parser.endIndex + 1 }) },
    { decodeEntities: true, lowerCaseAttributeNames: false },
  )
  parser.write(raw)
  parser.end()
  const map = new Map<Node, RawText>()
  let e = 0
  for (const node of nodes) {
    const value = node.nodeValue ?? ''
    // Resynchronise if the two passes ever diverge: look ahead a little for the same text.
    let k = e
    while (k < events.length && k < e + 8 && events[k]?.text !== value) k++
    const ev = events[k]
    if (!ev || ev.text !== value) continue
    e = k + 1
    map.set(node, { start: ev.start, end: ev.end, verbatim: raw.slice(ev.start, ev.end) === value, code: inCode(node), inHead: inHead(node) })
  }
  return map
}

function inCode(node: Node): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (p.nodeType === 1 && CODE.has(localName(p))) return true
  return false
}

function inHead(node: Node): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (p.nodeType === 1 && localName(p) === 'head') return true
  return false
}

/** Lower-case tag name of an element node. */
export function localName(n: Node): string {
  return ((n as Element).localName ?? n.nodeName).toLowerCase()
}

export const CODE_ELEMENTS: ReadonlySet<string> = CODE
