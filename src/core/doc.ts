// Pure helpers to build and read a Doc. A stage returns a new Doc; nothing here mutates one.
import { annId } from './ids.ts'
import type { Annotation, AnnotationKind, AnnotationOf, AnnId, Doc, Message, Span, TextSpan } from './types.ts'

/** Annotation as a stage proposes it, before it gets its document-unique id. */
export type NewAnnotation = Annotation extends infer A ? (A extends Annotation ? Omit<A, 'id'> : never) : never

/** Returns a new Doc with `added` appended, each given a fresh id of the form "ann:<kind>:<n>". */
export function addAnnotations(doc: Doc, added: readonly NewAnnotation[]): Doc {
  if (added.length === 0) return doc
  const counts = new Map<string, number>()
  for (const a of doc.annotations) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1)
  const withIds = added.map((a) => {
    const n = counts.get(a.kind) ?? 0
    counts.set(a.kind, n + 1)
    return { ...a, id: annId(a.kind, n) } as Annotation
  })
  return { ...doc, annotations: [...doc.annotations, ...withIds] }
}

/** How many annotations of `kind` the doc has: the next one of that kind gets the id "ann:<kind>:<that number>". */
export function countOf(doc: Doc, kind: AnnotationKind): number {
  let n = 0
  for (const a of doc.annotations) if (a.kind === kind) n++
  return n
}

/**
 * Returns a new Doc with `annotations` (and `messages`) appended as they are. For a stage that adds many annotations and gives them
 * their ids itself (`annId(kind, countOf(doc, kind) + i)`), so addAnnotations need not copy each one to add its id.
 */
export function appendAnnotations(doc: Doc, annotations: readonly Annotation[], messages: readonly Message[] = NO_MESSAGES): Doc {
  if (annotations.length === 0 && messages.length === 0) return doc
  // One copy of the stage's input, made the same way whichever list is empty: a copy of the copy, or a second way of
  // making it, is code the compiled stage first meets on some rare report (and V8 then discards the stage's code).
  return { ...doc, annotations: doc.annotations.concat(annotations), messages: joinedMessages(doc, messages) }
}

const NO_MESSAGES: readonly Message[] = []

/** Returns a new Doc with `messages` appended. */
export function addMessages(doc: Doc, messages: readonly Message[]): Doc {
  if (messages.length === 0) return doc
  // A document's empty list is an array of another shape than a filled one: only filled lists are joined, so the
  // compiled code of every stage meets one shape here (a new shape makes V8 discard it, on a new kind of report).
  return { ...doc, messages: joinedMessages(doc, messages) }
}

function joinedMessages(doc: Doc, messages: readonly Message[]): Message[] {
  return doc.messages.length === 0 ? messages.slice() : doc.messages.concat(messages)
}

/** All annotations of one kind, in the order they were added. */
export function annotationsOf<K extends AnnotationKind>(doc: Doc, kind: K): AnnotationOf<K>[] {
  return doc.annotations.filter((a): a is AnnotationOf<K> => a.kind === kind)
}

export function annotationById(doc: Doc, id: AnnId): Annotation | undefined {
  return doc.annotations.find((a) => a.id === id)
}

/** The span with the characters it covers in `text`. */
export function textSpan(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) }
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end
}

/** True when the two half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * Checks the invariants every stage must keep and throws a message that says what broke:
 * spans in bounds, ids unique, references resolve, `by` set. Tests run it on every pipeline result.
 */
export function assertDoc(doc: Doc): void {
  const ids = new Set<string>()
  const where = (a: Annotation) => `annotation ${a.id} (${a.kind}, by ${a.by || '?'}) in ${doc.id}`
  for (const a of doc.annotations) {
    if (ids.has(a.id)) throw new Error(`assertDoc: duplicate id ${where(a)}`)
    ids.add(a.id)
    if (!a.by || !a.by.includes(':')) throw new Error(`assertDoc: ${where(a)} has no "stage:rule" in by`)
    const { start, end } = a.span
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= doc.text.length)) {
      throw new Error(`assertDoc: ${where(a)} has span [${start}, ${end}) outside text of length ${doc.text.length}`)
    }
  }
  for (const a of doc.annotations) {
    if (a.kind === 'event') {
      const s = doc.annotations.find((x) => x.id === a.sentence)
      if (!s || s.kind !== 'sentence') throw new Error(`assertDoc: ${where(a)} points to missing sentence ${a.sentence}`)
      if (a.denies !== undefined && !ids.has(a.denies)) throw new Error(`assertDoc: ${where(a)} denies missing ${a.denies}`)
    }
  }
  for (const m of doc.messages) {
    if (m.span && (m.span.start < 0 || m.span.end > doc.text.length || m.span.start > m.span.end)) {
      throw new Error(`assertDoc: message "${m.message}" from ${m.stage}:${m.rule} has a span outside the text`)
    }
  }
}
