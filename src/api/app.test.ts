// The HTTP API through app.request(), over the in-memory read model built from the test fixture.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fixtureData, PLACES } from '../../test/fixtures/read-model-fixture.ts'
import { createApp } from './app.ts'
import { memoryReadModel } from './memory-read-model.ts'
import type { InputRecord } from '../ingest/input-record.ts'
import type { Control, FusedEvent, WhatIf } from '../core/contract.ts'
import type { FeatureCollection, LineString, Point } from 'geojson'
import type { presentEventDetail, presentStoryDetail, presentStorySummary } from './presenters.ts'
import type { DayCount, PlaceSummary } from './read-model.ts'

// What each route answers, so the assertions below are type-checked without `any`.
interface Bodies {
  events: { events: FusedEvent[]; next: string | null }
  event: Awaited<ReturnType<typeof presentEventDetail>>
  days: { days: DayCount[] }
  stories: { stories: Awaited<ReturnType<typeof presentStorySummary>>[] }
  story: Awaited<ReturnType<typeof presentStoryDetail>>
  geo: FeatureCollection<Point, { name: string; holder: string }>
  control: Control
  whatif: { whatif: WhatIf; cuts: FeatureCollection<LineString> }
  places: { places: PlaceSummary[] }
  document: { schema: string; events: unknown[] }
  error: { error: { code: string; message: string } }
  openapi: { openapi: string; paths: Record<string, { get: { parameters: { name: string }[] } }> }
}

const model = memoryReadModel(fixtureData())
const app = createApp({ model })

async function json<K extends keyof Bodies>(_kind: K, path: string, init?: RequestInit): Promise<{ status: number; body: Bodies[K]; res: Response }> {
  const res = await app.request(path, init)
  return { status: res.status, body: await res.json() as Bodies[K], res }
}

describe('GET /api/events', () => {
  it('returns events in the contract shape with a next cursor', async () => {
    const { status, body } = await json('events', '/api/events?limit=3')
    assert.equal(status, 200)
    assert.equal(body.events.length, 3)
    assert.equal(typeof body.next, 'string')
    for (const e of body.events) for (const k of ['id', 'type', 'documents', 'independentSources', 'status', 'evidence']) assert.ok(k in e, k)
  })

  it('pages through every event exactly once', async () => {
    const seen: string[] = []
    let next: string | null = null
    do {
      const { body }: { body: Bodies['events'] } = await json('events', `/api/events?limit=4${next ? `&cursor=${next}` : ''}`)
      seen.push(...body.events.map((e) => e.id))
      next = body.next
    } while (next)
    const all = (await json('events', '/api/events?limit=1000')).body.events.map((e: { id: string }) => e.id)
    assert.deepEqual(seen, all)
    assert.equal(new Set(seen).size, seen.length)
  })

  it('filters by date range', async () => {
    const { body } = await json('events', '/api/events?from=2024-12-07&to=2024-12-07')
    assert.ok(body.events.length > 0)
    for (const e of body.events) assert.equal(e.date, '2024-12-07')
  })

  it('filters by type list, actor, modality and minimum sources', async () => {
    const types = (await json('events', '/api/events?type=strike,displacement')).body.events.map((e: { type: string }) => e.type)
    assert.ok(types.length > 0 && types.every((t: string) => t === 'strike' || t === 'displacement'))
    const byActor = (await json('events', '/api/events?actor=southern-operations-room')).body.events
    assert.deepEqual(byActor.map((e: { id: string }) => e.id), ['ev-daraa-taken'])
    const claimed = (await json('events', '/api/events?modality=claimed')).body.events
    assert.ok(claimed.length > 0 && claimed.every((e: { modality: string }) => e.modality === 'claimed'))
    const corroborated = (await json('events', '/api/events?minSources=2')).body.events
    assert.deepEqual(corroborated.map((e: { id: string }) => e.id), ['ev-aleppo-taken'])
  })

  it('answers markers, not full events, when asked for view=marker', async () => {
    const res = await app.request('/api/events?view=marker&minSources=2')
    const body = await res.json() as { events: Record<string, unknown>[] }
    assert.deepEqual(body.events, [{
      id: 'ev-aleppo-taken', type: 'territory_change', date: '2024-11-30', independentSources: 2, denyingSources: 0, status: 'assessed',
      place: { name: 'Aleppo', lat: PLACES.aleppo.lat, lon: PLACES.aleppo.lon },
    }])
  })

  it('filters by bounding box', async () => {
    const { body } = await json('events', '/api/events?bbox=36,33,37,34')
    assert.ok(body.events.length > 0)
    for (const e of body.events) assert.equal(e.place?.name, 'Damascus')
  })

  it('answers 400 with the error shape for a bad parameter', async () => {
    for (const q of ['from=2024-13-45', 'type=picnic', 'bbox=1,2,3', 'limit=0', 'minSources=-1', 'cursor=bogus', 'from=2024-12-08&to=2024-12-01']) {
      const { status, body } = await json('error', `/api/events?${q}`)
      assert.equal(status, 400, q)
      assert.equal(body.error.code, 'bad_option', q)
      assert.equal(typeof body.error.message, 'string')
    }
  })
})

describe('GET /api/events/:id', () => {
  it('returns each source with the evidence sentence inside its own text', async () => {
    const { status, body } = await json('event', '/api/events/ev-aleppo-taken')
    assert.equal(status, 200)
    assert.equal(body.sources.length, 3)
    for (const s of body.sources) {
      assert.ok(s.evidence, s.document.id)
      assert.equal(s.text.slice(s.evidence.start, s.evidence.end), s.evidence.text)
      assert.match(s.evidence.text, /Aleppo/)
    }
  })

  it('names the event\'s actors as its reporting documents do', async () => {
    const { body } = await json('event', '/api/events/ev-aleppo-taken')
    assert.deepEqual(body.actorNames, { hts: 'Hayat Tahrir al-Sham' })
  })

  it('names a side no reporting document names by the theater lexicon, not by its id', async () => {
    const named = createApp({ model, actorName: (id) => (id === 'syrian-government' ? 'Syrian government' : undefined) })
    const body = await (await named.request('/api/events/ev-aleppo-taken')).json() as { actorNames: Record<string, string> }
    assert.deepEqual(body.actorNames, { hts: 'Hayat Tahrir al-Sham', 'syrian-government': 'Syrian government' })
  })

  it('answers 404 for an unknown event', async () => {
    const { status, body } = await json('error', '/api/events/ev-nope')
    assert.equal(status, 404)
    assert.equal(body.error.code, 'not_found')
  })
})

describe('GET /api/events/days', () => {
  it('counts events per day and type', async () => {
    const { body } = await json('days', '/api/events/days')
    const dec7 = body.days.find((d: { date: string }) => d.date === '2024-12-07')
    assert.deepEqual(dec7?.counts, { territory_change: 2, infrastructure_damage: 1, displacement: 1 })
  })
})

describe('GET /api/stories', () => {
  it('lists stories and shows one with its documents marked for agreement and disagreement', async () => {
    const list = (await json('stories', '/api/stories')).body.stories
    assert.ok(list.some((s: { id: string }) => s.id === 'story-aleppo'))
    const { body } = await json('story', '/api/stories/story-aleppo')
    assert.equal(body.documents.length, 3)
    assert.ok(body.agreements.some((a: { eventId: string }) => a.eventId === 'ev-aleppo-taken'))
    const dis = body.disagreements.find((d: { eventId: string }) => d.eventId === 'ev-aleppo-dead')
    assert.equal(dis?.field, 'quantities.killed')
    const rewrite = body.documents.find((d: { id: string }) => d.id === 'doc-levant-aleppo')
    const mark = rewrite?.marks.find((m: { eventId: string }) => m.eventId === 'ev-aleppo-dead')
    assert.equal(mark?.kind, 'disagreed')
    assert.match(mark?.note ?? '', /25 here; 20 elsewhere/)
    assert.ok(rewrite && mark)
    assert.equal(rewrite.text.slice(mark.start, mark.end), mark.text)
  })

  it('answers 404 for an unknown story', async () => {
    assert.equal((await json('error', '/api/stories/nope')).status, 404)
  })
})

describe('GET /api/control', () => {
  it('gives the holder as of the date, as GeoJSON', async () => {
    const before = (await json('geo', '/api/control?date=2024-11-26')).body
    const after = (await json('geo', '/api/control?date=2024-12-08')).body
    const holder = (fc: Bodies['geo'], name: string) => fc.features.find((f) => f.properties.name === name)?.properties.holder
    assert.equal(before.type, 'FeatureCollection')
    assert.equal(holder(before, 'Aleppo'), 'syrian-government')
    assert.equal(holder(after, 'Aleppo'), 'hts')
    assert.equal(holder(after, 'Damascus'), 'hts')
  })

  it('gives the sitrep.control/1 contract on request', async () => {
    const { body } = await json('control', '/api/control?date=2024-12-06&format=contract')
    assert.equal(body.schema, 'sitrep.control/1')
    assert.equal(body.places.find((p: { name: string }) => p.name === 'Homs')?.status, 'contested')
  })

  it('requires a date', async () => {
    assert.equal((await json('error', '/api/control')).status, 400)
  })
})

describe('GET /api/whatif', () => {
  it('returns the contract and the cut roads as lines between known towns', async () => {
    const { body } = await json('whatif', `/api/whatif?capture=${PLACES.homs.placeId}&by=hts&date=2024-12-06`)
    assert.equal(body.whatif.schema, 'sitrep.whatif/1')
    assert.equal(body.whatif.date, '2024-12-06')
    assert.equal(body.cuts.features.length, 2)
    assert.deepEqual(body.cuts.features[0]?.geometry.coordinates[0], [PLACES.hama.lon, PLACES.hama.lat])
  })

  it('answers 404 for an unknown place', async () => {
    assert.equal((await json('error', '/api/whatif?capture=geonames:1&by=hts&date=2024-12-06')).status, 404)
  })
})

describe('GET /api/places', () => {
  it('finds places ignoring case and accents', async () => {
    const { body } = await json('places', '/api/places?q=%C4%A4AMA')
    assert.equal(body.places[0]?.name, 'Hama')
  })
})

describe('GET /api/documents/:id', () => {
  it('returns the document with its annotations', async () => {
    const { body } = await json('document', '/api/documents/doc-wire-aleppo')
    assert.equal(body.schema, 'sitrep.document/1')
    assert.ok(body.events.length > 0)
  })
})

describe('POST /api/documents', () => {
  const record = { records: [{ url: 'https://x.example/1', text: 'Rebels seized Qorvath on Monday.', publishedAt: '2024-12-02' }] }
  const post = (a: ReturnType<typeof createApp>, auth: string | null, body: unknown = record) => a.request('/api/documents', {
    method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify(body),
  })

  it('is refused with 403 when the server is read-only', async () => {
    const res = await post(app, 'Bearer t0ken')
    assert.equal(res.status, 403)
    assert.equal((await res.json() as Bodies['error']).error.code, 'read_only')
  })

  it('needs the right bearer token when ingest is allowed', async () => {
    const got: InputRecord[][] = []
    const open = createApp({ model, ingest: { token: 's3cret', ingest: async (r) => { got.push(r); return { ids: ['doc-new'] } } } })
    assert.equal((await post(open, null)).status, 401)
    assert.equal((await post(open, 'Bearer wrong')).status, 401)
    const res = await post(open, 'Bearer s3cret')
    assert.equal(res.status, 201)
    assert.deepEqual(await res.json(), { ids: ['doc-new'] })
    assert.equal(got[0]?.[0]?.raw, 'Rebels seized Qorvath on Monday.')
    assert.equal(got[0]?.[0]?.hints.publishedAt, '2024-12-02')
  })

  it('rejects a record with neither text nor html', async () => {
    const open = createApp({ model, ingest: { token: 's3cret', ingest: async () => ({ ids: [] }) } })
    const res = await post(open, 'Bearer s3cret', { records: [{ title: 'empty' }] })
    assert.equal(res.status, 400)
  })
})

describe('the app', () => {
  it('describes itself at /api/openapi.json', async () => {
    const { body } = await json('openapi', '/api/openapi.json')
    assert.equal(body.openapi, '3.1.0')
    const names = body.paths['/api/events']?.get.parameters.map((p: { name: string }) => p.name) ?? []
    assert.deepEqual(names.sort(), ['actor', 'bbox', 'cursor', 'from', 'limit', 'minSources', 'modality', 'to', 'type', 'view'])
  })

  it('sends a Content-Security-Policy that allows only this origin', async () => {
    const { res } = await json('error', '/api/meta')
    const csp = res.headers.get('content-security-policy') ?? ''
    assert.match(csp, /default-src 'self'/)
    assert.match(csp, /script-src 'self'/)
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/)
  })

  it('answers unknown API paths with a JSON 404', async () => {
    const { status, body } = await json('error', '/api/nothing-here')
    assert.equal(status, 404)
    assert.equal(body.error.code, 'not_found')
  })
})

describe('GET /api/events page sizes', () => {
  it('pages markers in big pages but full events in pages of at most 1000', async () => {
    assert.equal((await app.request('/api/events?limit=5000&view=marker')).status, 200)
    const full = await json('error', '/api/events?limit=5000')
    assert.equal(full.status, 400)
    assert.match(full.body.error.message, /view=marker/)
  })
})
