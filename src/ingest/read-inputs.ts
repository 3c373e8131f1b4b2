// Reads the inputs named on the command line into InputRecords. (Minimal: plain files and stdin; the full reader replaces it.)
import { readFile } from 'node:fs/promises'
import { AppError } from '../core/errors.ts'
import type { InputRecord } from './input-record.ts'

export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputRecord> {
  for (const path of paths) {
    let raw: string
    try {
      raw = path === '-' ? await readStdin() : await readFile(path, 'utf8')
    } catch {
      throw new AppError('input_missing', 'no such file', path)
    }
    yield { source: path === '-' ? 'stdin' : path, raw, format: /\.html?$/i.test(path) ? 'html' : 'text', hints: {} }
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
