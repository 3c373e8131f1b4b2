// The one place an error becomes a stderr line and an exit code.
import { isAppError } from '../core/errors.ts'

/** Exit codes: 1 bad input or failed work, 2 bad usage, 70 internal error (a bug: please report). */
export function exitCodeFor(e: unknown): number {
  if (isAppError(e)) return e.code === 'bad_option' ? 2 : 1
  return 70
}

export function reportError(e: unknown): void {
  if (isAppError(e)) process.stderr.write(`sitrep: ${e.message}\n`)
  else process.stderr.write(`sitrep: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
}

/** Wraps a command action so an error prints one line on stderr and sets the exit code. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args)
    } catch (e) {
      reportError(e)
      process.exitCode = exitCodeFor(e)
    }
  }
}
