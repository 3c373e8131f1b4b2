// Ingests through the API change the loaded read model in place (store-read-model.ts `ingested`): after every batch
// — in and out of publication order, a copy of a stored text from another outlet, the same batch twice — every
// answer must be what a read model freshly loaded from the store gives, on SQLite and (when a cluster can run) on
// PostgreSQL. Reads during an ingest see the state before it or after it.
import assert from 'node:assert/strict'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import type { Hono } from 'hono'
import { defaultContext } from '../pipeline/context.ts'
import { ingestDocuments } from '../pipeline/corpus/stories/store-stories.ts'
import { runPipelineBatch } from '../pipeline/parallel.ts'
import { openStore } from '../store/open-store.ts'
import { postgresSkipReason, startCluster, type Cluster } from '../store/postgres-cluster.fixture.ts'
import { createApp } from './app.ts'
import { openStoreIngest, openStoreReadModel, type StoreReadModel } from './store-read-model.ts'

const TOKEN = 'test-token-0123456789'

interface Report { url: string; publishedAt: string; text: string }

// Reports written for this test: captures, fighting, strikes and a denial around a few Syrian towns, several
// outlets telling the same incidents so stories and fused events span batches.
const R = {
  homs1: { url: 'https://one.example/homs', publishedAt: '2024-12-07', text: 'Insurgents captured the city of Homs on Saturday after government troops withdrew, a war monitor said.\n\nResidents said the streets were quiet.' },
  homs2: { url: 'https://two.example/homs', publishedAt: '2024-12-07', text: 'Opposition fighters took control of Homs on Saturday, witnesses told local reporters.\n\nShops stayed shut in the old city.' },
  hama1: { url: 'https://one.example/hama', publishedAt: '2024-12-06', text: 'Rebel fighters seized Hama on Thursday after days of heavy clashes with the army, a monitoring group said.\n\nThousands fled south.' },
  hamaDenial: { url: 'https://three.example/hama-denial', publishedAt: '2024-12-05', text: 'The defence ministry denied that Hama had fallen on Thursday and said troops were holding their positions.' },
  idlibStrike: { url: 'https://two.example/idlib', publishedAt: '2024-12-03', text: 'Government aircraft struck the city of Idlib on Tuesday, killing six civilians, rescuers said.' },
  saraqib: { url: 'https://three.example/saraqib', publishedAt: '2024-12-02', text: 'Insurgents captured the town of Saraqib on Monday after fierce fighting with government forces, a monitor said.' },
  aleppo: { url: 'https://one.example/aleppo', publishedAt: '2024-11-30', text: 'Rebels entered Aleppo on Friday and took control of most of the city, a war monitor said.\n\nThe airport was closed.' },
  hama2: { url: 'https://four.example/hama', publishedAt: '2024-12-05', text: 'Armed opposition groups took over Hama on Thursday as army units pulled back from the city, according to a local monitor.' },
  saraqibFight: { url: 'https://four.example/saraqib', publishedAt: '2024-12-02', text: 'Heavy fighting broke out between rebels and army units inside Saraqib on Monday, residents said.' },
  rastan: { url: 'https://four.example/rastan', publishedAt: '2024-12-06', text: 'Fighters clashed with government troops near Rastan on Friday, a monitor said. Opposition forces later took the town.' },
  // A rewrite that never names the wire, one that credits it, then the wire's own copy, which ties the two into one source.
  talbisehQuiet: { url: 'https://seven.example/talbiseh', publishedAt: '2024-12-06', text: 'Opposition fighters seized the town of Talbiseh on Friday after government troops pulled out before dawn. Their units met little resistance on the northern approach and reached the flour mill by mid-morning, according to people in the area. The government has not commented on the loss of the town, which sits beside the highway to Homs.' },
  talbisehCredit: { url: 'https://eight.example/talbiseh', publishedAt: '2024-12-06', text: 'Opposition fighters have taken Talbiseh, two of their commanders told Reuters on Friday. A doctor in the town said the clinic was filling with wounded civilians and that the generators had run out of fuel. Witnesses spoke of pickup trucks streaming along the main road as loudspeakers told people to remain at home.' },
  talbisehWire: { url: 'https://wire.example/talbiseh', publishedAt: '2024-12-06', text: 'TALBISEH, Syria, Dec 6 (Reuters) - Opposition fighters seized the town of Talbiseh on Friday after government troops pulled out before dawn, two commanders told Reuters. The commanders said their units met little resistance on the northern approach and reached the flour mill by mid-morning. A doctor in the town said the clinic was filling with wounded civilians and that the generators had run out of fuel. Residents described columns of pickup trucks driving along the main road while loudspeakers urged people to stay indoors.' },
} satisfies Record<string, Report>

const record = (r: Report, url = r.url) => ({ url, publishedAt: r.publishedAt, text: r.text })

// The batches after the first: out of publication order, a copy of a stored text from another outlet, a batch of
// texts already stored, one that joins incidents already fused, a wire's copy arriving after two rewrites of it.
const BATCHES = [
  [R.hama1, R.hamaDenial].map((r) => record(r)),
  [record(R.idlibStrike), record(R.saraqib)],
  [record(R.homs1, 'https://five.example/homs-reprint'), record(R.hama1)],
  [record(R.aleppo), record(R.rastan), record(R.homs2, 'https://six.example/homs')],
  [record(R.aleppo), record(R.rastan)],
  // An earlier report of an incident already fused (it heads it now) and fighting where a capture was claimed.
  [record(R.hama2), record(R.saraqibFight)],
  // Two rewrites of a wire story, then its own copy: it ties their families (the model is read again).
  [record(R.talbisehQuiet), record(R.talbisehCredit)],
  [record(R.talbisehWire)],
]

/** Every answer the web app and the API's clients read, as JSON, for a store's current state. */
async function answers(app: Hono): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {}
  const get = async (path: string) => {
    const r = await app.request(path)
    const body = r.status === 200 ? await r.json() : { status: r.status }
    out[path] = body
    return body as Record<string, unknown>
  }
  const meta = await get('/api/meta') as { dates: { first: string; last: string } | null }
  const docs = await get('/api/documents') as { documents: { id: string }[] }
  for (const d of docs.documents) await get(`/api/documents/${encodeURIComponent(d.id)}`)
  const events = await get('/api/events?limit=1000') as { events: { id: string }[] }
  for (const e of events.events) await get(`/api/events/${encodeURIComponent(e.id)}`)
  await get('/api/events?limit=1000&view=marker')
  await get('/api/events?limit=2')
  await get('/api/events/days')
  await get('/api/events?from=2024-12-05&to=2024-12-07&limit=1000')
  await get('/api/events?type=territory_change,battle&minSources=2&limit=1000')
  await get('/api/events?bbox=36,34,37.5,36&limit=1000')
  await get('/api/events/days?from=2024-12-01&to=2024-12-06&type=territory_change')
  const stories = await get('/api/stories') as { stories: { id: string }[] }
  for (const s of stories.stories) await get(`/api/stories/${encodeURIComponent(s.id)}`)
  const places = await get('/api/places?limit=200') as { places: { placeId: string }[] }
  for (const p of places.places.slice(0, 40)) await get(`/api/places/${encodeURIComponent(p.placeId)}`)
  await get('/api/places?q=ha&limit=20')
  const named = await get('/api/places?q=hama&limit=5') as { places: { placeId: string; name: string }[] }
  if (meta.dates) {
    for (let d = meta.dates.first; d <= meta.dates.last; d = new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10)) {
      await get(`/api/control?date=${d}`)
    }
  }
  const hama = named.places.find((p) => p.name === 'Hama')
  if (hama) await get(`/api/whatif?capture=${encodeURIComponent(hama.placeId)}&by=hts&date=2024-12-06`)
  return out
}

/** Opens (creating) the store at `db`, then a server over it that accepts ingests. */
async function serving(db: string): Promise<{ app: Hono; model: StoreReadModel }> {
  await (await openStore(db)).close()
  const model = openStoreReadModel(db, () => {})
  const ingest = openStoreIngest(db, model)
  return { app: createApp({ model, ingest: { token: TOKEN, ingest }, webDir: null }), model }
}

async function post(app: Hono, records: ReturnType<typeof record>[]): Promise<void> {
  const r = await app.request('/api/documents', {
    method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ records }),
  })
  assert.equal(r.status, 201, await r.text())
}

async function freshAnswers(db: string): Promise<Record<string, unknown>> {
  const { app, model } = await serving(db)
  try {
    return await answers(app)
  } finally {
    await model.close()
  }
}

/** Ingests the batches through one server and compares its answers with a fresh load's after each. */
async function ingestMatchesFreshLoad(db: string): Promise<void> {
  const { app, model } = await serving(db)
  try {
    await post(app, [record(R.homs1), record(R.homs2)])
    await answers(app)
    for (const [i, batch] of BATCHES.entries()) {
      await post(app, batch)
      const served = await answers(app)
      const fresh = await freshAnswers(db)
      assert.deepEqual(Object.keys(served).sort(), Object.keys(fresh).sort(), `batch ${i}: the same requests`)
      for (const path of Object.keys(fresh)) assert.deepEqual(served[path], fresh[path], `batch ${i}: ${path}`)
    }
  } finally {
    await model.close()
  }
}

describe('API ingest into a loaded read model', () => {
  it('answers after every batch as a freshly loaded model does (SQLite)', async () => {
    await ingestMatchesFreshLoad(join(await mkdtemp(join(tmpdir(), 'sitrep-live-')), 'store.db'))
  })

  it('drops a load that ran while a batch was being saved instead of applying the batch to it twice', async () => {
    const db = join(await mkdtemp(join(tmpdir(), 'sitrep-live-')), 'store.db')
    const { app, model } = await serving(db)
    try {
      await post(app, [record(R.homs1), record(R.homs2)])
      const docs = (await runPipelineBatch([R.hama1, R.aleppo].map((r) => ({ source: r.url, raw: r.text, format: 'text' as const, hints: { publishedAt: r.publishedAt } })), defaultContext(), {})).docs
      model.ingesting()
      const store = await openStore(db)
      const saved = await ingestDocuments(store, docs).finally(() => store.close())
      // The first request loads the store with the batch already in it.
      assert.equal((await model.documents()).length, 4)
      await model.ingested({ ids: docs.map((d) => d.id), inserted: saved.inserted, stories: saved.stories })
      assert.deepEqual(await answers(app), await freshAnswers(db))
    } finally {
      await model.close()
    }
  })

  it('lets a read during an ingest see the state before or after it, never part of each', async () => {
    const db = join(await mkdtemp(join(tmpdir(), 'sitrep-live-')), 'store.db')
    const { app, model } = await serving(db)
    const store = await openStore(db)
    try {
      await post(app, [record(R.homs1), record(R.homs2)])
      const before = await model.documents()
      let posting: Promise<void> | null = null
      // One request's reads: the first before the ingest is saved, the second well after (when, unguarded, the
      // change would have been applied), so both must see the state before it.
      const reads = await model.consistent(async () => {
        const first = await model.stories()
        posting = post(app, [record(R.hama1), record(R.aleppo)])
        while ((await store.listDocuments()).length < 4) await new Promise((r) => setTimeout(r, 5))
        await new Promise((r) => setTimeout(r, 300))
        return { first, second: await model.stories(), documents: await model.documents() }
      })
      assert.deepEqual(reads.second, reads.first)
      assert.deepEqual(reads.documents, before)
      await posting
      assert.equal((await model.documents()).length, 4, 'the ingest is applied once the request is done')
    } finally {
      await store.close()
      await model.close()
    }
  })
})

const skip = postgresSkipReason()
const cluster: Cluster | null = skip ? null : await startCluster()
after(async () => { await cluster?.stop() })

describe('API ingest into a loaded read model on PostgreSQL', { skip: skip ?? false }, () => {
  it('answers after every batch as a freshly loaded model does', async () => {
    await ingestMatchesFreshLoad(await cluster!.newDatabase())
  })
})
