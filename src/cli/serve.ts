// `sitrep serve`: the HTTP API and the built web UI over the store, on loopback unless told otherwise.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import type { Command } from 'commander'
import { z } from 'zod'
import { createApp } from '../api/app.ts'
import { openStoreIngest, openStoreReadModel } from '../api/store-read-model.ts'
import { storeLabel } from '../store/open-store.ts'
import { resolveDbPath } from '../store/sqlite.ts'
import { AppError } from '../core/errors.ts'
import { defaultContext, defaultLexicon } from '../pipeline/context.ts'
import { primePipeline } from '../pipeline/prime.ts'
import { action } from './fail.ts'

const WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url))

const flags = z.object({
  db: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  allowIngest: z.boolean().default(false),
  token: z.string().min(16, 'an ingest token needs at least 16 characters').optional(),
})

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web app from the store')
    .option('--db <path>', 'store: a SQLite file or a postgres:// URL (default: $SITREP_DB, else sitrep.db)')
    .option('--port <n>', 'port (0 picks a free one)', '8080')
    .option('--host <host>', 'address to listen on; loopback by default', '127.0.0.1')
    .option('--allow-ingest', 'accept POST /api/documents (needs --token or SITREP_INGEST_TOKEN)')
    .option('--token <token>', 'bearer token for ingest (default: $SITREP_INGEST_TOKEN)')
    .action(action(async (raw: Record<string, unknown>) => {
      const r = flags.safeParse({ ...raw, db: resolveDbPath(raw['db'] as string | undefined), token: raw['token'] ?? process.env['SITREP_INGEST_TOKEN'] })
      if (!r.success) {
        const issue = r.error.issues[0]
        throw new AppError('bad_option', `--${String(issue?.path[0] ?? '')}: ${issue?.message ?? 'invalid'}`)
      }
      const opts = r.data
      if (opts.allowIngest && !opts.token) throw new AppError('bad_option', '--allow-ingest needs --token or SITREP_INGEST_TOKEN')
      if (!/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(opts.host)) {
        process.stderr.write(`sitrep: warning: listening on ${opts.host}, not loopback: anyone who can reach it can read the store\n`)
      }
      const model = openStoreReadModel(opts.db)
      const ingest = opts.allowIngest && opts.token ? { token: opts.token, ingest: openStoreIngest(opts.db, model) } : null
      const webDir = existsSync(`${WEB_DIR}index.html`) ? WEB_DIR : null
      if (!webDir) process.stderr.write('sitrep: dist/web is not built (npm run build:web): serving the API only\n')
      const lexicon = defaultLexicon()
      const app = createApp({ model, ingest, webDir, actorName: (id) => lexicon.byId.get(id)?.name })
      await new Promise<void>((resolve) => {
        const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info) => {
          const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
          process.stdout.write(`sitrep: serving ${storeLabel(opts.db)} at http://${host}:${info.port}/ ${ingest ? '(ingest on)' : '(read-only)'}\n`)
          // Read the store now, not on the first page load; a failure here is answered on that request instead.
          model.dates().catch(() => {})
          // A server that ingests reads reports for as long as it runs: the pipeline is primed once now. A
          // gazetteer that cannot load is reported by the first ingest, with the input that asked for it.
          if (ingest) setImmediate(() => { try { primePipeline(defaultContext()) } catch { /* reported on first ingest */ } })
        })
        const stop = () => server.close(() => { model.close().then(() => resolve(), () => resolve()) })
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
    }))
}
