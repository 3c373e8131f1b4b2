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

/** How a disagreeing field's name reads: "killed" for "quantities.killed", "killed (low figure)" for its low bound. */
export function describeField(field: string): string {
  const figure = /^quantities\.(.+?)(?:_(low|high))?$/.exec(field)
  if (!figure) return field
  return figure[2] ? `${figure[1]} (${figure[2]} figure)` : (figure[1] as string)
}
