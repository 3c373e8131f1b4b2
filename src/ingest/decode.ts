// Bytes to text: BOMs, strict UTF-8, a page's declared charset, then chardet's guess decoded with iconv-lite.
// Refuses binary data and text that no encoding explains, with an AppError naming the input.
import chardet from 'chardet'
import iconv from 'iconv-lite'
import { AppError } from '../core/errors.ts'

/** Which encoding was used, for messages and tests. */
export interface Decoded {
  readonly text: string
  readonly encoding: string
}

// chardet scores 0-100; below this its best guess is noise (random high bytes score ~10).
const MIN_CONFIDENCE = 20
// Magic numbers of common binary formats that may carry a text-like extension.
const MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x1f, 0x8b], // gzip
  [0x50, 0x4b, 0x03, 0x04], // zip, docx
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
]

/** Decodes the bytes of one input; `declared` is a charset the input names itself (HTML <meta charset>). */
export function decodeBytes(bytes: Uint8Array, source: string, declared?: string): Decoded {
  if (bytes.length === 0) throw new AppError('input_empty', 'empty file', source)
  const bom = bomEncoding(bytes)
  let decoded: Decoded
  if (bom) {
    if (bom.encoding !== 'utf-8' && (bytes.length - bom.length) % 2 !== 0) {
      throw new AppError('input_undecodable', `${bom.encoding} byte order mark but an odd number of bytes`, source)
    }
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding), encoding: bom.encoding }
  } else {
    if (looksBinary(bytes)) throw new AppError('input_binary', 'binary file, not text', source)
    decoded = decodeUnmarked(bytes, source, declared)
  }
  if (decoded.text.includes('\uFFFD') && !decoded.encoding.startsWith('utf-8, ')) {
    throw new AppError('input_undecodable', `text does not decode as ${decoded.encoding}`, source)
  }
  if (decoded.text.trim() === '') throw new AppError('input_empty', 'no text (only whitespace)', source)
  return decoded
}

function decodeUnmarked(bytes: Uint8Array, source: string, declared: string | undefined): Decoded {
  const utf8 = strictUtf8(bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }
  const damaged = damagedUtf8(bytes)
  if (damaged !== null) return damaged
  const name = declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared) ? declared : guess(bytes)
  if (!name) throw new AppError('input_undecodable', 'not UTF-8 and no known encoding fits the bytes', source)
  return { text: iconv.decode(Buffer.from(bytes), name), encoding: name.toLowerCase() }
}

function guess(bytes: Uint8Array): string | null {
  for (const m of chardet.analyse(bytes)) {
    if (m.confidence < MIN_CONFIDENCE) return null
    // "ISO-8859-1" is what chardet calls Western text; windows-1252 is its superset that pages really use (curly quotes).
    const name = m.name === 'ISO-8859-1' ? 'windows-1252' : m.name
    if (!/^UTF-(16|32)/i.test(name) && iconv.encodingExists(name)) return name
  }
  return null
}

// A UTF-8 file with a stray byte or two (a scraper's truncation) is UTF-8, not windows-1252: keep it, marking
// each bad byte with U+FFFD, when its multibyte characters far outnumber the damage.
const MAX_DAMAGE_RATIO = 0.001
const MIN_GOOD_PER_BAD = 3

function damagedUtf8(bytes: Uint8Array): Decoded | null {
  const text = new TextDecoder('utf-8').decode(bytes)
  const bad = text.split('\uFFFD').length - 1
  const good = (text.match(/[^\u0000-\u007f\uFFFD]/g) ?? []).length
  if (bad === 0 || bad > Math.max(2, text.length * MAX_DAMAGE_RATIO) || good < bad * MIN_GOOD_PER_BAD) return null
  return { text, encoding: `utf-8, ${bad} bad byte sequence${bad > 1 ? 's' : ''} replaced` }
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}

function bomEncoding(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/** NUL bytes, a known binary signature, or many control characters in the first 8 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((m) => m.every((v, i) => bytes[i] === v))) return true
  const head = bytes.subarray(0, 8192)
  let control = 0
  for (const c of head) {
    if (c === 0) return true
    // Tab, LF, FF, CR and ESC appear in real text; other C0 controls do not.
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) control++
  }
  return control > head.length * 0.05
}

/** The charset an HTML page declares in its first bytes (`<meta charset>` or http-equiv content-type). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)
  return m?.[1]
}
