// Makes many distinct plain-text reports from a small corpus, for the throughput benchmark.
// Each report is one corpus article with paragraphs dropped and borrowed from another, plus a line that makes it unique.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Plain-text files under `dir`, recursively, in name order (HTML and JSONL are left to other benches). */
export function corpusFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) out.push(...corpusFiles(p))
    else if (name.endsWith('.txt')) out.push(p)
  }
  return out
}

/** The demo corpus when it is there (`samples/`), else the few reports written for this bench. */
export function defaultCorpusDir(root: string): string {
  const samples = join(root, 'samples')
  if (existsSync(samples) && corpusFiles(samples).length > 0) return samples
  return join(root, 'bench', 'corpus')
}

// mulberry32: a tiny seeded generator, so every run benchmarks the same documents.
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `n` distinct reports built from the articles in `files`. */
export function generateReports(files: readonly string[], n: number, seed = 1): string[] {
  // Files in legacy encodings (the windows-1256 sample) are for the decoder's tests, not for recombining.
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  const texts = files.flatMap((f) => {
    try {
      return [utf8.decode(readFileSync(f))]
    } catch {
      return []
    }
  })
  const articles = texts.map((t) => t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)).filter((ps) => ps.length > 0)
  if (articles.length === 0) throw new Error(`no plain-text articles in ${files.length} files`)
  const rnd = random(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const base = articles[i % articles.length] as string[]
    const other = pick(articles)
    // Keep the headline, drop about a fifth of the rest, borrow one paragraph from another article.
    const body = base.slice(1).filter(() => rnd() > 0.2)
    body.splice(Math.floor(rnd() * (body.length + 1)), 0, pick(other.slice(1).length ? other.slice(1) : other))
    out.push([base[0], ...body, `Dispatch ${i + 1} of the overnight desk.`].join('\n\n') + '\n')
  }
  return out
}
