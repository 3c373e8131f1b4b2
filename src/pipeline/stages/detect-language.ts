// Tags the document's language (ISO 639-1) with franc; it reads text, writes only `language`.
import { franc } from 'franc'
import type { Stage } from '../stage.ts'

// franc answers in ISO 639-3; the contract speaks ISO 639-1. Only languages news in this field arrives in.
const ISO3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en', arb: 'ar', ara: 'ar', fra: 'fr', deu: 'de', spa: 'es', rus: 'ru', tur: 'tr', fas: 'fa', pes: 'fa',
  heb: 'he', kur: 'ku', ckb: 'ku', kmr: 'ku', ita: 'it', por: 'pt', nld: 'nl', urd: 'ur', zho: 'zh', cmn: 'zh',
}

// Comparing against every one of franc's ~190 languages costs ~4 ms a page, most of the pipeline's time; these
// are the languages the contract can name, and comparing against them alone costs ~0.7 ms.
const CANDIDATES = Object.keys(ISO3_TO_1)

// Arabic script dominates even short Arabic pages, where trigram statistics are still unsure.
const ARABIC_LETTER = /[\u0600-\u06FF]/g

export const detectLanguage: Stage = (doc) => {
  const sample = doc.text.slice(0, 4000)
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0
  const letters = sample.match(/\p{L}/gu)?.length ?? 0
  if (letters > 0 && arabic / letters > 0.5) return { ...doc, language: 'ar' }
  const code = franc(sample, { minLength: 10, only: CANDIDATES })
  return { ...doc, language: ISO3_TO_1[code] ?? (code === 'und' ? 'und' : code) }
}
