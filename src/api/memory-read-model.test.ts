// The in-memory read model against the ReadModel contract suite, plus its own helpers.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readModelContract } from '../../test/read-model-contract.ts'
import { foldName, memoryReadModel } from './memory-read-model.ts'

readModelContract('memory', async (data) => memoryReadModel(data))

describe('foldName', () => {
  it('folds case and diacritics in place names', () => {
    assert.equal(foldName('Ḥamāh'), 'hamah')
    assert.equal(foldName('Deir ez-Zor'), 'deir ez zor')
  })
})
