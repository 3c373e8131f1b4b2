import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parseHTML } from 'linkedom'
import { textLocator, textNodesOf } from './text-nodes.ts'

const raw = '<html><head><script>var a = "x";</script></head><body><p>AT&amp;T said</p><p>Velmar</p><p>Velmar</p></body></html>'

function nodes(html: string): Node[] {
  return textNodesOf(parseHTML(html).document as unknown as Node)
}

test('each text node gets its raw offsets; entities are marked as not verbatim', () => {
  const ns = nodes(raw)
  const loc = textLocator(raw, ns)
  const found = ns.map((n) => loc.peek(n))
  for (const [i, n] of ns.entries()) {
    const p = found[i]
    assert.ok(p, `node ${i} located`)
    if (p.verbatim) assert.equal(raw.slice(p.start, p.end), n.nodeValue)
  }
  assert.deepEqual(found.map((p) => p && raw.slice(p.start, p.end)), ['var a = "x";', 'AT', '&amp;', 'T said', 'Velmar', 'Velmar'])
  assert.equal(found[0]?.code, true)
  assert.equal(found[2]?.verbatim, false)
})

test('nodes from a second parse are found by their text, in document order', () => {
  const loc = textLocator(raw, nodes(raw))
  const again = nodes(raw).filter((n) => n.nodeValue === 'Velmar')
  const first = loc.locate(again[0] as Node)
  const second = loc.locate(again[1] as Node)
  assert.ok(first && second && second.start > first.start)
})
