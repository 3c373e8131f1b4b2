import assert from 'node:assert/strict'
import { test } from 'node:test'
import { isAppError } from '../../../core/errors.ts'
import { parseDocumentsJsonl } from './read-documents.ts'
import { original, reprint } from './fixtures.ts'

test('documents printed as JSONL read back unchanged', () => {
  const docs = [original(), reprint()]
  assert.deepEqual(parseDocumentsJsonl(docs.map((d) => JSON.stringify(d)).join('\n') + '\n', 'x.jsonl'), docs)
})

test('a line that is not a document is an input error naming the line', () => {
  const text = `${JSON.stringify(original())}\n{"schema":"sitrep.story/1"}\n`
  assert.throws(() => parseDocumentsJsonl(text, 'x.jsonl'), (e) => isAppError(e) && e.code === 'input_malformed' && /line 2/.test(e.message))
})
