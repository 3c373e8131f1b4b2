// Reads ACLED-layout CSV (ACLED's own downloads or `sitrep export --format acled-csv`) into reference rows.
// It only reads: where the rows go is the store's job, and it never turns them into Sitrep events.
import type { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import { z } from 'zod'
import { AppError } from '../core/errors.ts'
import { ACLED_COLUMNS, type AcledColumn } from '../ontology/acled-columns.ts'
import { sitrepTypeForAcled } from '../ontology/event-types.ts'
import type { ReferenceEvent } from '../store/store.ts'

// Without these a row cannot be placed on the map or the timeline; the other columns may be absent.
const REQUIRED: readonly AcledColumn[] = ['event_id_cnty', 'event_date', 'event_type', 'latitude', 'longitude']
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const row = z.record(z.string(), z.string())

/** Reference rows of one ACLED-layout CSV; `name` names the input in errors. */
export async function readAcledCsv(input: Readable, layer: string, name: string): Promise<ReferenceEvent[]> {
  const out: ReferenceEvent[] = []
  // bom: Excel saves UTF-8 CSV with a byte-order mark that would otherwise become part of the first column name.
  const parser = input.pipe(parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: false }))
  let line = 1
  try {
    for await (const record of parser) {
      line++
      const r = row.parse(record)
      if (out.length === 0) {
        const missing = REQUIRED.filter((c) => !(c in r))
        if (missing.length) throw new AppError('input_malformed', `not ACLED layout: no column ${missing.join(', ')}`, name)
      }
      const fields = Object.fromEntries(ACLED_COLUMNS.map((c) => [c, r[c] ?? ''])) as Record<AcledColumn, string>
      const extra = Object.fromEntries(Object.entries(r).filter(([k]) => !(ACLED_COLUMNS as readonly string[]).includes(k)))
      out.push({ layer, fields, extra, date: isoDate(fields.event_date), sitrepType: sitrepTypeForAcled(fields.event_type, fields.sub_event_type) })
    }
  } catch (e) {
    if (e instanceof AppError) throw e
    throw new AppError('input_malformed', `line ${line}: ${e instanceof Error ? e.message : String(e)}`, name)
  }
  return out
}

/** ISO date of an ACLED event_date: "2024-12-06" or "06 December 2024"; null when neither. */
export function isoDate(s: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s
  const m = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(s.trim())
  const month = m ? MONTHS.findIndex((x) => x.startsWith(m[2]!.toLowerCase()) && m[2]!.length >= 3) : -1
  if (!m || month < 0) return null
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
}
