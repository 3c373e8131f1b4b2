// Reads the inputs named on the command line. (Minimal: plain files and stdin; the full reader replaces it.)
import { readFile } from 'node:fs/promises'
import { AppError } from '../core/errors.ts'
import type { InputItem } from './input-record.ts'

export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  for (const path of paths) {
    let raw: string
    try {
      raw = path === '-' ? await readStdin() : await readFile(path, 'utf8')
    } catch {
      yield { kind: 'bad', error: new AppError('input_missing', 'no such file', path) }
      continue
    }
    const format = /\.html?$/i.test(path) ? 'html' : 'text'
    yield { kind: 'record', record: { source: path === '-' ? 'stdin' : path, raw, format, hints: {} } }
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
