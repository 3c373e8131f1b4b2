// Checks a publication date read from metadata: a real ISO date, not after today, not before 1990.
import type { Message } from '../../../core/types.ts'

const EARLIEST = '1990-01-01'

/** The date (YYYY-MM-DD) when plausible, else null with a message saying why it was ignored. */
export function checkPublished(value: string, today: string): { date: string | null; message: Message | null } {
  const date = value.trim().slice(0, 10)
  const ignore = (why: string) => ({
    date: null,
    message: { stage: 'clean', rule: 'published-date', severity: 'warning' as const, message: `publication date "${value}" ignored: ${why}` },
  })
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)) || new Date(date).toISOString().slice(0, 10) !== date) {
    return ignore('not a calendar date')
  }
  if (date > today) return ignore(`after today (${today})`)
  if (date < EARLIEST) return ignore(`before ${EARLIEST}`)
  return { date, message: null }
}
