// JSONL input records (DESIGN.md): one JSON object per line, validated with zod.
// A malformed line is a bad input named "file.jsonl:LINE"; the other lines are still read.
import { z } from 'zod'
import { AppError } from '../core/errors.ts'
import type { InputItem } from './input-record.ts'

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO date like 2024-12-06')
  .refine((s) => !Number.isNaN(Date.parse(s.slice(0, 10))), 'is not a real calendar date')
  .transform((s) => s.slice(0, 10))

const optionalText = z.string().optional()

export const inputRecordSchema = z
  .object({
    url: optionalText,
    title: optionalText,
    outlet: optionalText,
    publishedAt: isoDate.optional(),
    text: optionalText,
    html: optionalText,
  })
  .refine((r) => r.text !== undefined || r.html !== undefined, 'needs a "text" or an "html" field')

/** Reads every line of a JSONL document; `name` is the file as given ("stdin" for -). */
export function* readJsonl(content: string, name: string): Generator<InputItem> {
  const lines = content.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/^\uFEFF/, '').trim()
    if (line === '') continue
    const where = `${name}:${i + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (e) {
      yield bad(where, `malformed JSON on line ${i + 1} (${e instanceof Error ? e.message : String(e)})`)
      continue
    }
    const parsed = inputRecordSchema.safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const field = issue && issue.path.length ? `"${issue.path.join('.')}" ` : ''
      yield bad(where, `invalid input record on line ${i + 1}: ${field}${issue?.message ?? 'invalid'}`)
      continue
    }
    const r = parsed.data
    const html = r.html !== undefined && (r.text === undefined || r.text.trim() === '')
    const raw = html ? (r.html ?? '') : (r.text ?? '')
    const source = r.url ?? where
    if (raw.trim() === '') {
      yield { kind: 'bad', error: new AppError('input_empty', `record on line ${i + 1} has no text`, where) }
      continue
    }
    yield {
      kind: 'record',
      record: {
        source, raw, format: html ? 'html' : 'text',
        hints: { url: r.url, title: r.title, outlet: r.outlet, publishedAt: r.publishedAt },
      },
    }
  }
}

function bad(where: string, message: string): InputItem {
  return { kind: 'bad', error: new AppError('input_malformed', message, where) }
}
