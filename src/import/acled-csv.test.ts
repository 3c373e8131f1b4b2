import assert from 'node:assert/strict'
import { Readable } from 'node:stream'
import { describe, it } from 'node:test'
import { encoderFor } from '../export/formats.ts'
import { toAcledRow, ACLED_COLUMNS } from '../export/acled.ts'
import { exportEvent } from '../export/fixtures.ts'
import { openSqliteStore } from '../store/sqlite.ts'
import { AppError } from '../core/errors.ts'
import { isoDate, readAcledCsv } from './acled-csv.ts'
import { referenceCsv } from '../export/reference.ts'

const csvOf = (text: string) => Readable.from([text])

describe('ACLED CSV import', () => {
  it('keeps every field through export, import and the store', async () => {
    const events = [exportEvent(), exportEvent({ id: 'fused:0002', type: 'strike', date: '2024-12-04', quantities: {} })]
    const enc = encoderFor('acled-csv', 1733400000)
    const csv = enc.head + events.map((e) => enc.row(e, false)).join('')
    const store = await openSqliteStore(':memory:')
    try {
      await store.saveReferenceEvents('mine', await readAcledCsv(csvOf(csv), 'mine', 'test.csv'))
      const back = await store.getReferenceEvents({ layer: 'mine' })
      const expected = events.map((e) => toAcledRow(e, 1733400000)!)
      assert.deepEqual(back.map((r) => r.fields), expected.map((r) => Object.fromEntries(ACLED_COLUMNS.map((c) => [c, String(r[c])]))))
      assert.deepEqual(back.map((r) => r.sitrepType), ['territory_change', 'strike'])
    } finally {
      await store.close()
    }
  })
  it('writes back the same file after export, import and export', async () => {
    const events = [exportEvent(), exportEvent({ id: 'fused:0002', type: 'strike', date: '2024-12-04', dateEnd: '2024-12-06', datePrecision: 'range', quantities: {} })]
    const enc = encoderFor('acled-csv', 1733400000)
    const csv = enc.head + events.map((e) => enc.row(e, false)).join('')
    const store = await openSqliteStore(':memory:')
    try {
      await store.saveReferenceEvents('mine', await readAcledCsv(csvOf(csv), 'mine', 'test.csv'))
      assert.equal(referenceCsv(await store.getReferenceEvents({ layer: 'mine' })), csv)
    } finally {
      await store.close()
    }
  })
  it('writes an ACLED download\'s extra columns back after the ACLED ones, values untouched', async () => {
    const head = [...ACLED_COLUMNS, 'iso3', 'population_best'].join(',')
    const line = ['QV7', '06 December 2024', '2024', '1', 'Political violence', 'Battles', 'Armed clash', 'Ember Front', '', 'Rebel group', 'Military Forces of Belmira', '', 'State forces',
      'State forces-Rebel group', '', '760', 'Middle East', 'Belmira', 'North', '', '', 'Qorvath', '35.2500', '36.5000', '1', 'Example Wire', 'National', '"Fighting, then a lull."', '0', '', '1733400000', 'BLM', '1200'].join(',')
    const csv = `${head}\n${line}\n`
    const store = await openSqliteStore(':memory:')
    try {
      await store.saveReferenceEvents('dl', await readAcledCsv(csvOf(csv), 'dl', 'dl.csv'))
      assert.equal(referenceCsv(await store.getReferenceEvents({ layer: 'dl' })), csv)
    } finally {
      await store.close()
    }
  })
  it('keeps columns beyond ACLED layout as extras and fills absent ones with empty text', async () => {
    const [r] = await readAcledCsv(csvOf('event_id_cnty,event_date,event_type,latitude,longitude,population_best\nQV1,2024-12-06,Battles,35,36,1200\n'), 'l', 'x.csv')
    assert.deepEqual(r!.extra, { population_best: '1200' })
    assert.equal(r!.fields.actor1, '')
  })
  it('refuses a file without the ACLED key columns', async () => {
    await assert.rejects(readAcledCsv(csvOf('id,date\n1,2024-12-06\n'), 'l', 'x.csv'), (e) => e instanceof AppError && /event_id_cnty/.test(e.message))
  })
  it('reads ACLED\'s long date form', () => {
    assert.equal(isoDate('06 December 2024'), '2024-12-06')
    assert.equal(isoDate('2024-12-06'), '2024-12-06')
    assert.equal(isoDate('sometime'), null)
  })
  it('replaces a layer on re-import and filters by date', async () => {
    const store = await openSqliteStore(':memory:')
    try {
      const rows = await readAcledCsv(csvOf('event_id_cnty,event_date,event_type,latitude,longitude\nA,2024-12-01,Battles,1,2\nB,2024-12-09,Battles,1,2\n'), 'l', 'x.csv')
      await store.saveReferenceEvents('l', rows)
      await store.saveReferenceEvents('l', rows)
      assert.equal((await store.getReferenceEvents()).length, 2)
      assert.deepEqual((await store.getReferenceEvents({ from: '2024-12-05' })).map((r) => r.fields.event_id_cnty), ['B'])
    } finally {
      await store.close()
    }
  })
})
