// The API's one error handler: every failure leaves as { error: { code, message } } with the right status.
// Internal errors are logged and answered without their details, which may name files or queries.
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { isAppError, type AppErrorCode } from '../core/errors.ts'

const STATUS: Record<AppErrorCode, ContentfulStatusCode> = {
  input_missing: 400, input_binary: 400, input_undecodable: 400, input_empty: 400, input_malformed: 400,
  input_unsupported: 415, bad_option: 400, not_found: 404, store_failed: 503, theater_invalid: 500,
  unauthorized: 401, read_only: 403,
}

/** Body of every error answer. */
export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } }
}

/** Hono onError handler. */
export function handleError(err: Error, c: Context): Response {
  if (isAppError(err)) return c.json(errorBody(err.code, err.message), STATUS[err.code])
  if (err instanceof HTTPException) {
    const code = err.status === 401 ? 'unauthorized' : err.status === 413 ? 'too_large' : 'http_error'
    return c.json(errorBody(code, err.message || 'request refused'), err.status)
  }
  console.error('sitrep api: internal error:', err)
  return c.json(errorBody('internal', 'internal error (logged on the server)'), 500)
}
