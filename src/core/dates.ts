// Calendar arithmetic on ISO dates ("2024-12-06"), in UTC so no time zone shifts a day.

const DAY_MS = 86_400_000

/** Midnight UTC of an ISO date, in milliseconds. */
export function isoToMs(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`)
}

export function msToIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

export function addDays(iso: string, days: number): string {
  return msToIso(isoToMs(iso) + days * DAY_MS)
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((isoToMs(b) - isoToMs(a)) / DAY_MS)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(isoToMs(iso)).getUTCDay()
}

export function lastDayOfMonth(year: number, month: number): string {
  return msToIso(Date.UTC(year, month, 0))
}

export function isoDate(year: number, month: number, day: number): string {
  return msToIso(Date.UTC(year, month - 1, day))
}

/** "2024-12-06T10:30:00+02:00" or "2024-12-06" → "2024-12-06"; anything else → null. */
export function normalizeIsoDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim())
  if (!m) return null
  const iso = `${m[1]}-${m[2]}-${m[3]}`
  return Number.isNaN(isoToMs(iso)) || msToIso(isoToMs(iso)) !== iso ? null : iso
}

/** A span that is a line of its own: a live blog's or a roundup's heading for the day ("Monday, December 9"). */
export function isOwnLine(text: string, f: { readonly start: number; readonly end: number }): boolean {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1
  const lineEnd = text.indexOf('\n', f.end)
  return /^\s*$/.test(text.slice(lineStart, f.start)) && /^\s*$/.test(text.slice(f.end, lineEnd < 0 ? text.length : lineEnd))
}
