// The HTTP app: API sub-apps per resource, one error handler, security headers, and the built web UI.
// Knows nothing of how data is stored: everything is read through the ReadModel it is given.
import { readFileSync } from 'node:fs'
import { Hono } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { errorBody, handleError } from './errors.ts'
import { openApiDocument } from './openapi.ts'
import type { ReadModel } from './read-model.ts'
import { controlRoutes } from './routes/control.ts'
import { documentsRoutes, type IngestOptions } from './routes/documents.ts'
import { eventsRoutes } from './routes/events.ts'
import { metaRoutes } from './routes/meta.ts'
import { placesRoutes } from './routes/places.ts'
import { referenceRoutes } from './routes/reference.ts'
import { storiesRoutes } from './routes/stories.ts'
import { whatifRoutes } from './routes/whatif.ts'
import { webRoutes } from './web.ts'

export interface AppOptions {
  model: ReadModel
  /** The theater lexicon's name for an actor id: what a card shows for a side no reporting document names. */
  actorName?: (id: string) => string | undefined
  /** Set only when started with --allow-ingest and a token. */
  ingest?: IngestOptions | null
  /** Directory of the built web UI (npm run build:web); null serves the API alone. */
  webDir?: string | null
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }

// "no request leaving the machine": the page may load only from this server; workers come from blob: URLs
// because MapLibre starts its worker that way.
export const CSP = {
  defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"], connectSrc: ["'self'"], workerSrc: ["'self'", 'blob:'], childSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"], frameAncestors: ["'none'"],
}

/** Builds the Hono app; tests call `app.request(...)` on it, `sitrep serve` hands it to a server. */
export function createApp(opts: AppOptions): Hono {
  const app = new Hono()
  app.use('*', secureHeaders({ contentSecurityPolicy: CSP, crossOriginEmbedderPolicy: false }))
  app.onError(handleError)
  // A read request sees the model before or after an ingest, never part of each (an ingest request is not a reader).
  const { model } = opts
  if (model.consistent) app.use('/api/*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? model.consistent!(next) : next()))
  const api = new Hono()
    .route('/meta', metaRoutes(opts.model, Boolean(opts.ingest)))
    .route('/events', eventsRoutes(opts.model, opts.actorName))
    .route('/stories', storiesRoutes(opts.model))
    .route('/places', placesRoutes(opts.model))
    .route('/control', controlRoutes(opts.model))
    .route('/whatif', whatifRoutes(opts.model))
    .route('/reference', referenceRoutes(opts.model))
    .route('/documents', documentsRoutes(opts.model, opts.ingest ?? null))
    .get('/openapi.json', (c) => c.json(openApiDocument(pkg.version)))
  app.route('/api', api)
  app.notFound((c) => c.req.path.startsWith('/api/')
    ? c.json(errorBody('not_found', `no API route ${c.req.method} ${c.req.path}`), 404)
    : c.text('not found', 404))
  if (opts.webDir) app.route('/', webRoutes(opts.webDir))
  return app
}
