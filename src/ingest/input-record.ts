// What the readers hand to the pipeline: one decoded input with whatever metadata came with it.
// Readers never clean or interpret text; that is the `clean` stage's job.
import type { AppError } from '../core/errors.ts'

export interface InputHints {
  readonly url?: string | undefined
  readonly title?: string | undefined
  readonly outlet?: string | undefined
  /** ISO date from the input's own metadata (JSONL field, HTML meta). */
  readonly publishedAt?: string | undefined
}

export interface InputRecord {
  /** Path, URL, "stdin" or "file.jsonl:3" — what errors and `source` name. */
  readonly source: string
  /** Decoded text of the input, exactly as read. */
  readonly raw: string
  readonly format: 'text' | 'html'
  readonly hints: InputHints
}

/**
 * One item of a read: a record; an input that cannot be read (the batch fails on it unless --skip-bad);
 * or a file in a directory walk that is not an input type Sitrep reads (counted, never an error).
 */
export type InputItem =
  | { readonly kind: 'record'; readonly record: InputRecord }
  | { readonly kind: 'bad'; readonly error: AppError }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string }
