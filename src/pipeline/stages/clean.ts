// Produces `Doc.text` from `Doc.raw` — the only stage that writes text. (Minimal: identity; the full cleaner replaces it.)
import { docIdFor } from '../../core/ids.ts'
import type { Stage } from '../stage.ts'

export const clean: Stage = (doc) => {
  const text = doc.raw
  return { ...doc, id: docIdFor(text), text, toRaw: { pieces: [{ textStart: 0, rawStart: 0, length: text.length }] } }
}
