// Validation of flag values shared by several commands (zod at the CLI boundary).
import { z } from 'zod'
import { AppError } from '../core/errors.ts'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date')

/** Parses a --date/--published value or throws a usage error naming the flag. */
export function parseIsoDate(flag: string, value: string): string {
  const r = isoDate.safeParse(value)
  if (!r.success) throw new AppError('bad_option', `${flag} "${value}": ${r.error.issues[0]?.message ?? 'invalid'}`)
  return r.data
}

export function parseFormat<F extends string>(flag: string, value: string, allowed: readonly F[]): F {
  if ((allowed as readonly string[]).includes(value)) return value as F
  throw new AppError('bad_option', `${flag} "${value}": expected one of ${allowed.join(', ')}`)
}
