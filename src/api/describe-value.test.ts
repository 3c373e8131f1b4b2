import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { describeField, describeValue } from './describe-value.ts'

describe('describeValue', () => {
  it('reads a place or actor by its name and plain values as themselves', () => {
    assert.equal(describeValue({ placeId: 'geonames:170017', name: 'Ḥamāh' }), 'Ḥamāh')
    assert.equal(describeValue(20), '20')
    assert.equal(describeValue('claimed'), 'claimed')
    assert.equal(describeValue([{ actorId: 'hts', name: 'HTS' }, 'sdf']), 'HTS, sdf')
    assert.equal(describeValue(null), '—')
    assert.equal(describeValue({ killed: 3 }), '{"killed":3}')
  })
})

describe('describeField', () => {
  it('reads a figure by its name, and other fields as they are named', () => {
    assert.equal(describeField('quantities.killed'), 'killed')
    assert.equal(describeField('quantities.killed_low'), 'killed (low figure)')
    assert.equal(describeField('quantities.displaced_high'), 'displaced (high figure)')
    assert.equal(describeField('place'), 'place')
    assert.equal(describeField('modality'), 'modality')
  })
})
