// The one way the UI makes elements: children are elements or strings, and strings become text nodes.
// Nothing here sets innerHTML, so article text can never run as markup.
type Child = Node | string | null | undefined | false
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>

/** Creates an element; `on*` attributes that are functions become listeners, the rest attributes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v)
    else if (v === true) el.setAttribute(k, '')
    else if (v !== false && v !== null && v !== undefined) el.setAttribute(k, String(v))
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'string' ? document.createTextNode(c) : c)
  return el
}

/** Replaces an element's children. */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false))
}

export interface Highlight { start: number; end: number; className: string; title?: string | null; testId?: string }

/** Renders `text` as text nodes with <mark>s over non-overlapping spans (later overlapping spans are dropped). */
export function highlighted(text: string, spans: readonly Highlight[]): DocumentFragment {
  const frag = document.createDocumentFragment()
  let at = 0
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue
    frag.append(document.createTextNode(text.slice(at, s.start)))
    const mark = h('mark', { class: s.className, title: s.title ?? null, 'data-testid': s.testId ?? null }, text.slice(s.start, s.end))
    frag.append(mark)
    at = s.end
  }
  frag.append(document.createTextNode(text.slice(at)))
  return frag
}
