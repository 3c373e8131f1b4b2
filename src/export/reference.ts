// A stored reference layer (`sitrep import`) written back as ACLED-layout CSV: ACLED's columns in ACLED's order with
// the text as read, then the file's extra columns. Export → import → export gives the same file.
import { stringify } from 'csv-stringify/sync'
import { ACLED_COLUMNS } from '../ontology/acled-columns.ts'
import type { ReferenceEvent } from '../store/store.ts'

/** The CSV of reference rows (one layer: its rows share their extra columns, read from the first row). */
export function referenceCsv(rows: readonly ReferenceEvent[]): string {
  const extras = Object.keys(rows[0]?.extra ?? {})
  const header = [...ACLED_COLUMNS, ...extras]
  return stringify([header, ...rows.map((r) => [...ACLED_COLUMNS.map((c) => r.fields[c]), ...extras.map((k) => r.extra[k] ?? '')])])
}
