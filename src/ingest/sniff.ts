// Decides what kind of input a file or stdin holds: by extension when it has a known one, else by content.

export type InputKind = 'text' | 'html' | 'jsonl'

const BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
}

/** The kind an extension stands for, or null when Sitrep does not read that extension. */
export function kindForPath(path: string): InputKind | null {
  const m = /\.[^./\\]+$/.exec(path.toLowerCase())
  return m ? (BY_EXTENSION[m[0]] ?? null) : null
}

/** Guesses the kind from the text itself (stdin, files with an unknown extension). */
export function sniffKind(text: string): InputKind {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').trimStart()
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0] ?? ''
    try {
      const v: unknown = JSON.parse(firstLine)
      if (v !== null && typeof v === 'object') return 'jsonl'
    } catch {
      // "{ not json": treat as text below
    }
  }
  // "<!doctype html>", "<html", or a page that opens with common block markup.
  if (/^<(!doctype\s+html|html|head|body|article|div|p|meta|title)[\s>]/i.test(head)) return 'html'
  return 'text'
}
