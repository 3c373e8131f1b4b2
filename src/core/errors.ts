// Expected failures (bad input, missing file, database down): one error type with a stable code.
// The CLI turns it into a stderr line and exit code; the API into { error: { code, message } }.

export type AppErrorCode =
  | 'input_missing'
  | 'input_binary'
  | 'input_undecodable'
  | 'input_empty'
  | 'input_malformed'
  | 'input_unsupported'
  | 'bad_option'
  | 'not_found'
  | 'store_failed'
  | 'theater_invalid'
  | 'unauthorized'
  | 'read_only'

export class AppError extends Error {
  readonly code: AppErrorCode
  /** The input the problem is about (path, URL, "stdin"), when there is one. */
  readonly input: string | undefined

  constructor(code: AppErrorCode, message: string, input?: string) {
    super(input ? `${input}: ${message}` : message)
    this.name = 'AppError'
    this.code = code
    this.input = input
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}
