import assert from 'node:assert/strict'
import { test } from 'node:test'
import { kindForPath, sniffKind } from './sniff.ts'

test('known extensions map to their kind, case-insensitively', () => {
  assert.deepEqual(['a.TXT', 'b.htm', 'c.html', 'd.jsonl', 'e.pdf', 'noext'].map(kindForPath), ['text', 'html', 'html', 'jsonl', null, null])
})

test('stdin content is sniffed as JSONL, HTML or text', () => {
  assert.equal(sniffKind('{"text":"a"}\n{"text":"b"}'), 'jsonl')
  assert.equal(sniffKind('  <!DOCTYPE html><html><body></body></html>'), 'html')
  assert.equal(sniffKind('<html lang="ar"><body>x</body></html>'), 'html')
  assert.equal(sniffKind('Rebels entered Velmar on Friday.'), 'text')
  assert.equal(sniffKind('{ not json at all'), 'text')
})
