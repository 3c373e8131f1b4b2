// Reads the repository's demo corpus (samples/: manifest.json, stories.labels.json, the files and the JSONL
// feed) into input records with their metadata, for the stories eval. A stand-in until the full reader lands.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { z } from 'zod'
import type { InputRecord } from '../../src/ingest/input-record.ts'

const Manifest = z.record(z.string(), z.object({
  url: z.string().nullable().optional(), outlet: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(), title: z.string().nullable().optional(),
}))
const Labels = z.record(z.string(), z.array(z.object({ file: z.string(), role: z.enum(['original', 'reprint', 'rewrite', 'independent']) })))
const FeedLine = z.object({
  url: z.string().optional(), title: z.string().optional(), outlet: z.string().optional(),
  publishedAt: z.string().nullable().optional(), text: z.string().optional(), html: z.string().optional(),
})

export interface SampleSet {
  /** Label name ("corpus/04-….html" or "corpus/36-feed….jsonl:3") → record. */
  records: Map<string, InputRecord>
  labels: z.infer<typeof Labels>
}

function decode(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf)
  } catch {
    return iconv.decode(buf, 'windows-1256')
  }
}

/** Loads every labelled sample as an input record carrying the manifest's outlet, date, title and URL. */
export function loadSamples(dir: string): SampleSet {
  const manifest = Manifest.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')))
  const labels = Labels.parse(JSON.parse(readFileSync(join(dir, 'stories.labels.json'), 'utf8')))
  const records = new Map<string, InputRecord>()
  for (const file of Object.values(labels).flat().map((x) => x.file)) {
    const m = /^(.*\.jsonl):(\d+)$/.exec(file)
    if (m) {
      const line = readFileSync(join(dir, m[1]!), 'utf8').split('\n')[Number(m[2]) - 1] ?? ''
      const r = FeedLine.parse(JSON.parse(line))
      records.set(file, {
        source: file, raw: r.html ?? r.text ?? '', format: r.html ? 'html' : 'text',
        hints: { url: r.url, title: r.title, outlet: r.outlet, publishedAt: r.publishedAt ?? undefined },
      })
      continue
    }
    const meta = manifest[file] ?? {}
    records.set(file, {
      source: file, raw: decode(readFileSync(join(dir, file))), format: /\.html?$/.test(file) ? 'html' : 'text',
      hints: { url: meta.url ?? undefined, title: meta.title ?? undefined, outlet: meta.outlet ?? undefined, publishedAt: meta.publishedAt ?? undefined },
    })
  }
  return { records, labels }
}
