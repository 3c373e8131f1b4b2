import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { describeValue } from './describe-value.ts'

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
