import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildWordTrie, hashChars, NONE, ROOT, WordTrie } from './word-trie.ts'

// Invented keys: a one-word name, a longer name going on from it, and a name whose prefix is no key itself.
const KEYS = ['qorvath', 'qorvath kabir', 'dayr zelun', 'tel barum nord']

test('walking a key word by word reaches the node of that key; a prefix that is no key has no key index', () => {
  const trie = new WordTrie(buildWordTrie(KEYS))
  KEYS.forEach((key, k) => {
    const node = trie.walk(key)
    assert.ok(node > ROOT)
    assert.equal(trie.nodeKey[node], k)
  })
  const prefix = trie.walk('tel barum')
  assert.ok(prefix > ROOT)
  assert.equal(trie.nodeKey[prefix], NONE)
  assert.equal(trie.nodeLonger[prefix], 1)
  assert.equal(trie.nodeLonger[trie.walk('qorvath')], 1)
  assert.equal(trie.nodeLonger[trie.walk('qorvath kabir')], 0)
  assert.equal(trie.walk('qorvath nord'), NONE)
  assert.equal(trie.walk('barum'), NONE)
})

test('step follows one word id from a node, and unknown words or nodes lead nowhere', () => {
  const trie = new WordTrie(buildWordTrie(KEYS))
  const dayr = trie.step(ROOT, trie.wordId('dayr'))
  assert.equal(trie.step(dayr, trie.wordId('zelun')), trie.walk('dayr zelun'))
  assert.equal(trie.wordId('zzz'), NONE)
  assert.equal(trie.step(ROOT, NONE), NONE)
  assert.equal(trie.step(NONE, trie.wordId('dayr')), NONE)
})

test('a word id is found from a span of a longer text, without slicing it', () => {
  const trie = new WordTrie(buildWordTrie(KEYS))
  const text = 'near kabir, east'
  assert.equal(trie.wordId(text, 5, 10), trie.wordId('kabir'))
  assert.equal(hashChars(text, 5, 10), hashChars('kabir', 0, 5))
})
