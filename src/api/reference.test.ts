// GET /api/reference and /api/reference/layers over rows read by the ACLED-layout importer.
import assert from 'node:assert/strict'
import { Readable } from 'node:stream'
import { before, describe, it } from 'node:test'
import type { FeatureCollection, Point } from 'geojson'
import { ACLED_REFERENCE_CSV } from '../../test/fixtures/acled-reference.ts'
import { fixtureData } from '../../test/fixtures/read-model-fixture.ts'
import { readAcledCsv } from '../import/acled-csv.ts'
import { createApp } from './app.ts'
import { memoryReadModel } from './memory-read-model.ts'
import type { ReferenceProps } from './presenters.ts'
import type { ReferenceLayer } from './read-model.ts'

type Body = FeatureCollection<Point, ReferenceProps> & { truncated: boolean }

describe('GET /api/reference', () => {
  let app: ReturnType<typeof createApp>
  before(async () => {
    const reference = await readAcledCsv(Readable.from([ACLED_REFERENCE_CSV]), 'acled-test.csv', 'acled-test.csv')
    app = createApp({ model: memoryReadModel({ ...fixtureData(), reference }) })
  })
  const get = async (path: string) => { const res = await app.request(path); return { status: res.status, body: await res.json() as Body } }

  it('answers the placed rows of a day as GeoJSON points with the ACLED vocabulary kept', async () => {
    const { status, body } = await get('/api/reference?from=2024-12-07&to=2024-12-07')
    assert.equal(status, 200)
    assert.equal(body.type, 'FeatureCollection')
    assert.equal(body.truncated, false)
    // SYRT004 has no coordinates: counted in its layer, never drawn.
    assert.deepEqual(body.features.map((f) => f.properties.eventId), ['SYRT001', 'SYRT002'])
    const clash = body.features[0]!
    assert.deepEqual(clash.geometry.coordinates, [36.7137, 34.7324])
    assert.equal(clash.properties.date, '2024-12-07')
    assert.equal(clash.properties.eventType, 'Battles')
    assert.equal(clash.properties.sitrepType, 'battle')
    assert.equal(clash.properties.fatalities, 12)
    assert.equal(clash.properties.layer, 'acled-test.csv')
  })

  it('filters by box and layer, and says when the limit cut the answer', async () => {
    assert.deepEqual((await get('/api/reference?bbox=38,34,39,35')).body.features.map((f) => f.properties.eventId), ['SYRT002'])
    assert.equal((await get('/api/reference?layer=other.csv')).body.features.length, 0)
    const cut = await get('/api/reference?limit=1')
    assert.equal(cut.body.features.length, 1)
    assert.equal(cut.body.truncated, true)
  })

  it('rejects a bad query with a JSON 400', async () => {
    const res = await app.request('/api/reference?from=2024-12-09&to=2024-12-01')
    assert.equal(res.status, 400)
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'bad_option')
    assert.equal((await app.request('/api/reference?limit=0')).status, 400)
  })

  it('lists the layers with their row counts and days, in /api/meta too', async () => {
    const layers = ((await (await app.request('/api/reference/layers')).json()) as { layers: ReferenceLayer[] }).layers
    assert.deepEqual(layers, [{ layer: 'acled-test.csv', rows: 4, first: '2024-12-01', last: '2024-12-07' }])
    const meta = (await (await app.request('/api/meta')).json()) as { referenceLayers: ReferenceLayer[] }
    assert.deepEqual(meta.referenceLayers, layers)
  })

  it('is in the OpenAPI description with its validated parameters', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, { get: { parameters?: { name: string }[] } }> }
    assert.deepEqual(doc.paths['/api/reference']?.get.parameters?.map((p) => p.name).sort(), ['bbox', 'from', 'layer', 'limit', 'to'])
    assert.ok(doc.paths['/api/reference/layers'])
  })

  it('answers an empty collection when nothing was imported', async () => {
    const bare = createApp({ model: memoryReadModel(fixtureData()) })
    const body = (await (await bare.request('/api/reference')).json()) as Body
    assert.deepEqual(body.features, [])
  })
})
