// A directory's `manifest.json`: metadata for scraped files that carry none (url, outlet, title, publication date).
// Keys are paths relative to the directory: { "corpus/a.txt": { "url": "...", "publishedAt": "2024-12-06" } }.
import { readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { z } from 'zod'
import { AppError } from '../core/errors.ts'
import type { InputHints } from './input-record.ts'

export const MANIFEST_NAME = 'manifest.json'

const Entry = z.object({
  url: z.string().nullish(),
  title: z.string().nullish(),
  outlet: z.string().nullish(),
  publishedAt: z.string().nullish(),
}).passthrough()
const Manifest = z.record(z.string(), Entry)

export type ManifestHints = ReadonlyMap<string, InputHints>

/** Reads `dir/manifest.json` when present (null when absent); a malformed manifest is a bad input. */
export async function readManifest(dir: string): Promise<ManifestHints | null> {
  const path = join(dir, MANIFEST_NAME)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return null
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    throw new AppError('input_malformed', `not valid JSON (${e instanceof Error ? e.message : String(e)})`, path)
  }
  const parsed = Manifest.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new AppError('input_malformed', `expected { "relative/path": { url?, title?, outlet?, publishedAt? } } (${issue?.path.join('.')}: ${issue?.message})`, path)
  }
  return new Map(Object.entries(parsed.data).map(([file, e]) => [normalizeKey(file), {
    url: e.url ?? undefined, title: e.title ?? undefined, outlet: e.outlet ?? undefined, publishedAt: e.publishedAt ?? undefined,
  }]))
}

/** The manifest key for a file found while walking `dir`. */
export function manifestKey(dir: string, file: string): string {
  return normalizeKey(relative(dir, file))
}

function normalizeKey(path: string): string {
  return path.split(sep).join('/').replace(/^\.\//, '')
}
