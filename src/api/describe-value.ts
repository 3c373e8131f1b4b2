// How a disagreeing field value reads to an analyst: a place or actor by its name, a number or word as itself.
// Shared by the server's story marks and the web UI (no imports, so the web bundle can take it).

/** "Ḥamāh" for { placeId, name: "Ḥamāh" }; 20 for 20; JSON only for what has no better reading. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v === null || v === undefined) return '—'
  if (Array.isArray(v)) return v.map(describeValue).join(', ')
  if (typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name
  return JSON.stringify(v)
}
