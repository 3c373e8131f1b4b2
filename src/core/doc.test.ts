import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addAnnotations, annotationsOf, appendAnnotations, assertDoc, countOf } from './doc.ts'
import { annId } from './ids.ts'
import type { Doc, DocId } from './types.ts'

const empty: Doc = {
  id: 'doc:test' as DocId,
  meta: { source: 't', url: null, title: null, outlet: null, publishedAt: null, publishedAtBasis: null, format: 'text' },
  raw: 'Rebels seized Qorvath.', text: 'Rebels seized Qorvath.', toRaw: { pieces: [] }, removed: [], language: 'en',
  annotations: [], messages: [],
}

describe('addAnnotations', () => {
  it('gives each new annotation a unique id per kind and leaves the input doc untouched', () => {
    const s = { kind: 'sentence', span: { start: 0, end: 22 }, by: 't:r', tokens: [] } as const
    const d1 = addAnnotations(empty, [s])
    const d2 = addAnnotations(d1, [s])
    assert.equal(empty.annotations.length, 0)
    assert.deepEqual(annotationsOf(d2, 'sentence').map((a) => a.id), ['ann:sentence:0', 'ann:sentence:1'])
    assertDoc(d2)
  })
})

describe('appendAnnotations', () => {
  it('appends annotations whose ids a stage gave from countOf, as addAnnotations would have numbered them', () => {
    const s = { kind: 'sentence', span: { start: 0, end: 22 }, by: 't:r', tokens: [] } as const
    const d1 = addAnnotations(empty, [s])
    const d2 = appendAnnotations(d1, [{ ...s, id: annId('sentence', countOf(d1, 'sentence')) }])
    assert.equal(d1.annotations.length, 1)
    assert.equal(countOf(d2, 'place'), 0)
    assert.deepEqual(annotationsOf(d2, 'sentence').map((a) => a.id), annotationsOf(addAnnotations(d1, [s]), 'sentence').map((a) => a.id))
    assertDoc(d2)
  })

  it('appends messages with the annotations, either list empty, and returns the doc itself when both are', () => {
    const s = { kind: 'sentence', span: { start: 0, end: 22 }, by: 't:r', tokens: [], id: annId('sentence', 0) } as const
    const note = { stage: 't', rule: 'r', severity: 'info', message: 'noted' } as const
    assert.equal(appendAnnotations(empty, []), empty)
    const onlyMessages = appendAnnotations(empty, [], [note])
    assert.deepEqual([onlyMessages.annotations.length, onlyMessages.messages.length], [0, 1])
    const both = appendAnnotations(onlyMessages, [s], [note])
    assert.deepEqual([both.annotations.length, both.messages.length], [1, 2])
    assert.deepEqual([onlyMessages.annotations.length, onlyMessages.messages.length, empty.messages.length], [0, 1, 0])
  })
})

describe('assertDoc', () => {
  it('rejects a span that runs past the end of the text', () => {
    const d = addAnnotations(empty, [{ kind: 'sentence', span: { start: 0, end: 99 }, by: 't:r', tokens: [] }])
    assert.throws(() => assertDoc(d), /outside text/)
  })
  it('rejects an annotation that does not say which rule made it', () => {
    const d = addAnnotations(empty, [{ kind: 'sentence', span: { start: 0, end: 5 }, by: '', tokens: [] }])
    assert.throws(() => assertDoc(d), /stage:rule/)
  })
})
