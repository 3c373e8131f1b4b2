// DocFeatures as JSON text and back, exactly (typed arrays as base64 of their bytes): the store keeps the features
// of the story index's recent documents (migration 006) so an ingest compares a new document with them without
// reading or analysing their texts again.
import type { DocFeatures, EventKey, LeadKey } from './fingerprints.ts'

const ARRAYS = ['shingleSig', 'wordSig', 'narrative', 'narrativeNames', 'nameOrder', 'quotes', 'numbers', 'names', 'ids', 'outlet'] as const

const encode = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64')
function decode(s: string | undefined): Uint32Array {
  // A row written before a field existed (a stale store is worked out again, but a reader must not fail on it).
  if (s === undefined) return new Uint32Array(0)
  const b = Buffer.from(s, 'base64')
  // Copied into a fresh buffer: Buffer's pooled memory is not 4-byte aligned.
  const out = new Uint32Array(b.byteLength / 4)
  new Uint8Array(out.buffer).set(b)
  return out
}

export function encodeFeatures(f: DocFeatures): string {
  const arrays = Object.fromEntries(ARRAYS.map((k) => [k, encode(f[k])]))
  const lead = f.lead && { ...f.lead, initiators: encode(f.lead.initiators) }
  return JSON.stringify({ ...f, ...arrays, lead })
}

export function decodeFeatures(json: string): DocFeatures {
  const o = JSON.parse(json) as Record<string, unknown> & { lead: (Omit<LeadKey, 'initiators'> & { initiators: string }) | null; events: EventKey[] }
  const arrays = Object.fromEntries(ARRAYS.map((k) => [k, decode(o[k] as string | undefined)]))
  return { ...o, ...arrays, lead: o.lead && { ...o.lead, initiators: decode(o.lead.initiators) } } as unknown as DocFeatures
}
