import assert from 'node:assert/strict'
import { PassThrough } from 'node:stream'
import { describe, it } from 'node:test'
import { check } from '@placemarkio/check-geojson'
import type { FeatureCollection } from 'geojson'
import type { Control } from '../core/contract.ts'
import { CONTROL_SCHEMA } from '../core/contract.ts'
import { parse } from 'csv-parse/sync'
import { parseDocument } from 'htmlparser2'
import { encoderFor } from './formats.ts'
import { exportEvent } from './fixtures.ts'
import { writeExport } from './write-export.ts'
import type { ExportFormat } from './formats.ts'
import type { ExportEvent } from './export-event.ts'

async function exportText(format: ExportFormat, events: ExportEvent[]): Promise<string> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (c: Buffer) => chunks.push(c))
  await writeExport(events, encoderFor(format, 1), out)
  out.end()
  return Buffer.concat(chunks).toString('utf8')
}

const twoEvents = () => [exportEvent(), exportEvent({ id: 'fused:0002', place: null, type: 'statement' })]

describe('export formats', () => {
  it('writes GeoJSON that an RFC 7946 validator accepts, with lon before lat', async () => {
    const fc = check(await exportText('geojson', twoEvents())) as FeatureCollection
    assert.equal(fc.features.length, 2)
    assert.deepEqual(fc.features[0]!.geometry, { type: 'Point', coordinates: [36.5, 35.25] })
  })
  it('gives each GeoJSON event its ACLED types and PLOVER event', async () => {
    const fc = check(await exportText('geojson', twoEvents())) as FeatureCollection
    assert.deepEqual(['acledEventType', 'acledSubEventType', 'plover'].map((k) => fc.features[0]!.properties![k]), ['Battles', 'Non-state actor overtakes territory', 'ASSAULT'])
    assert.deepEqual(['acledEventType', 'plover'].map((k) => fc.features[1]!.properties![k]), [null, 'CONSULT'])
  })
  it('appends control per date as valid points after the events', async () => {
    const out = new PassThrough()
    const chunks: Buffer[] = []
    out.on('data', (c: Buffer) => chunks.push(c))
    const control: Control = { schema: CONTROL_SCHEMA, date: '2024-12-03', places: [{ placeId: 'theater:qorvath', name: 'Qorvath', lat: 35.25, lon: 36.5,
      holder: { actorId: 'rebels', name: 'Qorvath Liberation Front' }, status: 'assessed', confidence: 0.9, since: '2024-12-03', evidence: [] }] }
    await writeExport([exportEvent()], encoderFor('geojson', 1, { control: [control] }), out)
    out.end()
    const fc = check(Buffer.concat(chunks).toString('utf8')) as FeatureCollection
    assert.deepEqual(fc.features.map((f) => f.properties?.layer ?? 'event'), ['event', 'control'])
  })
  it('writes an empty but valid FeatureCollection when there are no events', async () => {
    assert.equal((check(await exportText('geojson', [])) as FeatureCollection).features.length, 0)
  })
  it('writes ACLED CSV whose quoted notes parse back', async () => {
    const rows = parse(await exportText('acled-csv', twoEvents()), { columns: true }) as Record<string, string>[]
    assert.equal(rows.length, 1)
    assert.match(rows[0]!.notes!, /"at least 4"/)
  })
  it('writes KML with one placemark per event that has a place, escaped', async () => {
    const text = await exportText('kml', twoEvents())
    const doc = parseDocument(text, { xmlMode: true })
    const placemarks = doc.children.flatMap(function all(n): unknown[] {
      const kids = 'children' in n ? (n.children as typeof doc.children) : []
      return [...('name' in n && n.name === 'Placemark' ? [n] : []), ...kids.flatMap(all)]
    })
    assert.equal(placemarks.length, 1)
    assert.match(text, /&#34;at least 4&#34;/)
  })
  it('writes one JSON event per line', async () => {
    const lines = (await exportText('jsonl', twoEvents())).trim().split('\n')
    assert.deepEqual(lines.map((l) => (JSON.parse(l) as { id: string }).id), ['fused:0001', 'fused:0002'])
  })
})
