// Numbers citations for a rendered report: the same sentence from the same document gets one number everywhere.
import type { Citation, Statement } from './build-report.ts'

// A statement backed by a dozen reprints cites the first few; the count of the rest is stated in the text.
export const MAX_CITED = 3

export class Footnotes {
  readonly list: Citation[] = []
  private readonly index = new Map<string, number>()

  /** Footnote numbers for a statement's first citations, and how many more reports back it. */
  cite(s: Statement): { numbers: number[]; more: number } {
    return this.citeAll(s.citations)
  }

  /** Footnote numbers for the first citations of a list, and how many more there are. */
  citeAll(citations: readonly Citation[]): { numbers: number[]; more: number } {
    const numbers = citations.slice(0, MAX_CITED).map((c) => {
      const key = `${c.documentId}\u0000${c.sentence}`
      let n = this.index.get(key)
      if (n === undefined) {
        this.list.push(c)
        n = this.list.length
        this.index.set(key, n)
      }
      return n
    })
    return { numbers, more: Math.max(0, citations.length - MAX_CITED) }
  }
}

/** "Outlet, “Title”, 2024-12-06" for a citation. */
export function citationLabel(c: Citation): string {
  return [c.outlet ?? 'Unknown outlet', c.title ? `“${c.title}”` : null, c.publishedAt?.slice(0, 10) ?? null].filter(Boolean).join(', ')
}
