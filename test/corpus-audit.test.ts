// A week of reports as one corpus (test/fixtures/reports/corpus), through the store as a user's ingests would bring
// them: stories and their sources, control, and the report's control section. Checks what the corpus audit found
// wrong and a general rule fixed.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { runBatch } from '../src/cli/run-batch.ts'
import type { Doc } from '../src/core/types.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import { ingestDocuments, loadStories } from '../src/pipeline/corpus/stories/store-stories.ts'
import { presentDocument } from '../src/pipeline/present.ts'
import { buildReport } from '../src/report/build-report.ts'
import { documentsInPlacementOrder } from '../src/report/from-store.ts'
import { situationViewAt } from '../src/report/from-situation.ts'
import { openSqliteStore } from '../src/store/sqlite.ts'
import type { Store } from '../src/store/store.ts'

const DIR = fileURLToPath(new URL('./fixtures/reports/corpus/', import.meta.url))
const file = (d: Doc) => d.meta.source.split('/').pop()!

let docs: Doc[] = []
before(async () => {
  docs = [...(await runBatch([DIR], defaultContext(), { skipBad: false, label: 'corpus', plainProgress: true })).docs]
})

async function ingested(batches: readonly (readonly Doc[])[]): Promise<Store> {
  const store = await openSqliteStore(':memory:')
  for (const b of batches) await ingestDocuments(store, b)
  return store
}

describe('the corpus through the store', () => {
  let once: Store
  let late: Store
  before(async () => {
    once = await ingested([docs])
    // Each report its own ingest, in publication order, the wire's own copy last of its day: after both rewrites.
    const day = (d: Doc) => d.meta.publishedAt!.slice(0, 10)
    const wire = docs.find((d) => file(d) === 'a01-wire-hama.txt')!
    const rest = docs.filter((d) => d !== wire).sort((a, b) => day(a).localeCompare(day(b)))
    const at = rest.findIndex((d) => day(d) > day(wire))
    late = await ingested([...rest.slice(0, at), wire, ...rest.slice(at)].map((d) => [d]))
  })
  after(async () => {
    await once.close()
    await late.close()
  })

  it('counts the wire and its two rewrites as one source, whenever the wire arrives', async () => {
    for (const store of [once, late]) {
      const stories = await loadStories(store, { save: false })
      const hama = stories.find((s) => s.origin === 'AFP')!
      // The wire's family (the wire, the rewrite that never names it, the one that credits it) and the local outlet's.
      assert.equal(hama.independentSources, 2)
      const capture = hama.events.find((e) => e.type === 'territory_change' && e.place?.name === 'Ḩamāh')!
      assert.equal(capture.independentSources, 2)
    }
    const counts = async (s: Store) => (await loadStories(s, { save: false })).map((x) => x.independentSources).sort()
    assert.deepEqual(await counts(late), await counts(once))
  })

  it('takes no source from a live blog signing off with a pointer to another story', async () => {
    const view = await situationViewAt(once, '2024-12-12')
    const damascus = view.control('2024-12-09').places.find((p) => p.name === 'Damascus')!
    assert.equal(damascus.holder.actorId, 'hts')
    assert.equal(damascus.evidence.length, 1)
    assert.ok(!damascus.evidence.some((e) => /Follow our coverage/.test(e.span.text)))
    assert.equal(damascus.status, 'claimed')
  })

  it("moves Deir ez-Zor to the side that took it from the SDF, whatever the army denied of its own withdrawal", async () => {
    const view = await situationViewAt(once, '2024-12-12')
    const deir = view.control('2024-12-11').places.find((p) => p.name === 'Deir ez-Zor')!
    assert.equal(deir.holder.actorId, 'hts')
    assert.notEqual(deir.status, 'contested')
    const stored = await documentsInPlacementOrder(once)
    const report = buildReport(stored.map(presentDocument), '2024-12-12', 4, view)
    const change = report.situation!.changes.find((c) => c.place === 'Deir ez-Zor')!
    assert.equal(change.from, 'SDF')
    assert.deepEqual(change.denials, [])
  })
})
