// Id construction: stable hashes and prefixed, branded ids. The only place ids are minted.
import { createHash } from 'node:crypto'
import type { ActorId, AnnId, DocId, PlaceId } from './types.ts'

/** Short stable hex digest of a string (sha256, first `length` hex chars). */
export function digest(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length)
}

/** A document is keyed by its cleaned text, so the same article read twice is one document. */
export function docIdFor(cleanedText: string): DocId {
  return `doc:${digest(cleanedText)}` as DocId
}

export function annId(kind: string, index: number): AnnId {
  return `ann:${kind}:${index}` as AnnId
}

/** The index in an annotation id ("ann:place:10" → 10): the order its document gained annotations of that kind. */
export function annIndex(id: string): number {
  return Number(id.slice(id.lastIndexOf(':') + 1))
}

export function placeId(value: string): PlaceId {
  if (!/^(geonames|theater):[^\s]+$/.test(value)) throw new Error(`placeId: "${value}" is not "geonames:<n>" or "theater:<slug>"`)
  return value as PlaceId
}

export function actorId(value: string): ActorId {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(value)) throw new Error(`actorId: "${value}" must be a lowercase slug like "hts"`)
  return value as ActorId
}
