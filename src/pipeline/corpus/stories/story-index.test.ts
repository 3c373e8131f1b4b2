import assert from 'node:assert/strict'
import { test } from 'node:test'
import { StoryIndex } from './story-index.ts'
import { makeDoc } from './testing.ts'
import { bridgeStrike, independent, nextTown, original, paraphrase, protest, reprint } from './fixtures.ts'

function add(...docs: ReturnType<typeof original>[]) {
  const index = new StoryIndex()
  return docs.map((d) => index.add(d))
}

test('an exact reprint under other boilerplate joins the story as a near-duplicate of its family', () => {
  const [a, b] = add(original(), reprint())
  assert.equal(b!.story, a!.story)
  assert.equal(b!.family, a!.family)
  assert.equal(b!.relation, 'reprint')
  assert.equal(b!.nearDuplicateOf, 'wire')
})

test('a paraphrase keeping quotes and figures joins the family as a rewrite', () => {
  const [a, b] = add(original(), paraphrase())
  assert.equal(b!.story, a!.story)
  assert.equal(b!.family, a!.family)
  assert.equal(b!.relation, 'rewrite')
  assert.equal(b!.nearDuplicateOf, null)
})

test('a second agency’s report of the same incident joins the story as a new family', () => {
  const [a, b] = add(original(), independent())
  assert.equal(b!.story, a!.story)
  assert.notEqual(b!.family, a!.family)
  assert.equal(b!.relation, 'related')
})

test('the same incident without any event data stays a separate story (text alone cannot tell)', () => {
  const strip = (d: ReturnType<typeof original>) => ({ ...d, events: [] })
  const [a, b] = add(strip(original()), strip(independent()))
  assert.notEqual(b!.story, a!.story)
})

test('distinct stories of the same day and theater do not merge', () => {
  const ms = add(original(), bridgeStrike(), protest())
  assert.equal(new Set(ms.map((m) => m.story)).size, 3)
})

test('the next day’s advance on another town is another story despite shared names and background', () => {
  const [a, b] = add(original(), nextTown())
  assert.notEqual(b!.story, a!.story)
})

test('documents further apart than the window are never compared', () => {
  const late = { ...reprint(), publishedAt: '2025-03-20' }
  const [a, b] = add(original(), late)
  assert.notEqual(b!.story, a!.story)
})

test('the same document added twice keeps its first membership', () => {
  const index = new StoryIndex()
  const first = index.add(original())
  assert.deepEqual(index.add(original()), first)
  assert.equal(index.size, 1)
})

test('a snapshot survives JSON and a restored index lets new documents join old stories', () => {
  const index = new StoryIndex()
  index.add(original())
  index.add(bridgeStrike())
  const snap = JSON.parse(JSON.stringify(index.snapshot()))
  const restored = StoryIndex.restore(snap, [original(), bridgeStrike()])
  assert.deepEqual(restored.memberships(), index.memberships())
  const m = restored.add(paraphrase())
  assert.equal(m.story, index.memberships()[0]!.story)
})

test('text-only documents (no events) still pair a copy with its source', () => {
  const a = makeDoc({ id: 'a', text: original().text, events: [] })
  const b = makeDoc({ id: 'b', text: `Header\n\n${original().text}\n\nFooter`, events: [] })
  const [ma, mb] = add(a, b)
  assert.equal(mb!.story, ma!.story)
})
