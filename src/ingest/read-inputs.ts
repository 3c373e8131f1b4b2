// Reads the inputs named on the command line: files, directories (recursive), JSONL records and `-` for stdin.
// Each becomes a decoded InputRecord, a bad input (AppError naming it) or a skipped file; nothing is cleaned here.
import { readFile, stat } from 'node:fs/promises'
import { AppError, isAppError } from '../core/errors.ts'
import { declaredCharset, decodeBytes } from './decode.ts'
import type { InputHints, InputItem } from './input-record.ts'
import { readJsonl } from './jsonl.ts'
import { MANIFEST_NAME, manifestKey, readManifest } from './manifest.ts'
import type { ManifestHints } from './manifest.ts'
import { kindForPath, sniffKind } from './sniff.ts'
import type { InputKind } from './sniff.ts'
import { walkDirectory } from './walk.ts'

/** Reads every input in order; a directory expands to its files, sorted. Never throws for a bad input. */
export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* fromBytes(await readStdin(), 'stdin', null)
      continue
    }
    let isDir: boolean
    try {
      isDir = (await stat(path)).isDirectory()
    } catch {
      yield { kind: 'bad', error: new AppError('input_missing', 'no such file or directory', path) }
      continue
    }
    if (!isDir) {
      yield* readFileInput(path)
      continue
    }
    let manifest: ManifestHints | null
    try {
      manifest = await readManifest(path)
    } catch (e) {
      if (!isAppError(e)) throw e
      yield { kind: 'bad', error: e }
      continue
    }
    const rootManifest = manifestKey(path, `${path}/${MANIFEST_NAME}`)
    for await (const entry of walkDirectory(path)) {
      const key = manifestKey(path, entry.path)
      if (entry.kind === 'skipped') {
        if (!(manifest && key === rootManifest)) yield entry
        continue
      }
      yield* withHints(readFileInput(entry.path), manifest?.get(key))
    }
  }
}

/** Fills what a record's own metadata leaves open from its manifest entry. */
async function* withHints(items: AsyncGenerator<InputItem>, hints: InputHints | undefined): AsyncGenerator<InputItem> {
  for await (const item of items) {
    if (item.kind !== 'record' || !hints) yield item
    else yield { kind: 'record', record: { ...item.record, hints: { ...dropUndefined(hints), ...dropUndefined(item.record.hints) } } }
  }
}

function dropUndefined(h: InputHints): InputHints {
  return Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined))
}

async function* readFileInput(path: string): AsyncGenerator<InputItem> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : ''
    const why = code === 'ENOENT' ? 'no such file' : `cannot be read (${code || 'error'})`
    yield { kind: 'bad', error: new AppError('input_missing', why, path) }
    return
  }
  yield* fromBytes(bytes, path, kindForPath(path))
}

/** Items from the bytes of one input; `known` is the kind its extension gives, null to sniff the content. */
export function* fromBytes(bytes: Uint8Array, source: string, known: InputKind | null): Generator<InputItem> {
  let text: string
  try {
    const declared = known === 'html' || known === null ? declaredCharset(bytes) : undefined
    text = decodeBytes(bytes, source, declared).text
  } catch (e) {
    if (!isAppError(e)) throw e
    yield { kind: 'bad', error: e }
    return
  }
  // A page saved as .txt is still a page: its scripts must not be read as text.
  const kind = known === null || (known === 'text' && sniffKind(text) === 'html') ? sniffKind(text) : known
  if (kind === 'jsonl') {
    yield* readJsonl(text, source)
    return
  }
  yield { kind: 'record', record: { source, raw: text, format: kind, hints: {} } }
}

/** All of standard input, as bytes. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer))
  return Buffer.concat(chunks)
}
