import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { isAppError } from '../core/errors.ts'
import { situationOf } from './situation.ts'
import { eventsOfLine, jsonlFile } from './sources.ts'
import { controlOn } from './timeline.ts'

const place = { placeId: 'geonames:170017', name: 'Hama', lat: 35.13, lon: 36.75, precision: 'exact' as const }
const event = (over: Record<string, unknown> = {}) => ({
  id: 'e1', type: 'territory_change', actors: [{ actorId: 'hts', role: 'initiator' }], place, date: '2024-12-05',
  dateEnd: null, datePrecision: 'day', dateText: null, modality: 'asserted', attribution: null, quantities: {},
  evidence: { start: 0, end: 4, text: '(..)' }, ...over,
})
const doc = (id: string, outlet: string | null, events: unknown[]) => ({
  schema: 'sitrep.document/1', id, source: `https://${outlet ?? 'example'}.test/a`, title: null, outlet, publishedAt: '2024-12-06',
  publishedAtBasis: 'metadata', language: 'en', text: '', removed: [], dates: [], places: [], actors: [], events,
})

test("a document's events become one-source situation events dated by its report", () => {
  const [e, ...rest] = eventsOfLine(doc('doc:a', 'Outlet A', [event(), event({ id: 'e2', type: 'protest' })]), 'x')
  assert.equal(rest.length, 0)
  assert.deepEqual([e?.documents, e?.independentSources, e?.reportedOn, e?.outlets], [['doc:a'], 1, '2024-12-06', ['outlet a']])
})

test("a story's fused events are read as they are", () => {
  const story = { schema: 'sitrep.story/1', id: 's1', documents: [], independentSources: 2, origin: null,
    events: [{ ...event(), documents: ['doc:a', 'doc:b'], independentSources: 2, status: 'assessed', disagreements: [] }] }
  assert.equal(eventsOfLine(story, 'x')[0]?.independentSources, 2)
})

test('a line that is neither a document nor a story is an input error', () => {
  assert.throws(() => eventsOfLine({ schema: 'other' }, 'f:1'), (e) => isAppError(e) && e.code === 'input_malformed')
})

test('two outlets reporting a capture in a JSONL file make it assessed from its day', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-situation-'))
  const file = join(dir, 'docs.jsonl')
  writeFileSync(file, [doc('doc:a', 'Outlet A', [event()]), doc('doc:b', 'Outlet B', [event()])].map((d) => JSON.stringify(d)).join('\n') + '\n')
  const { timeline } = situationOf(await jsonlFile(file).load())
  const hama = (d: string) => controlOn(timeline, d).places.find((p) => p.name === 'Hama')
  assert.equal(hama('2024-12-04')?.holder.actorId, 'syrian-government')
  assert.deepEqual([hama('2024-12-05')?.holder.actorId, hama('2024-12-05')?.status, hama('2024-12-05')?.since], ['hts', 'assessed', '2024-12-05'])
})
