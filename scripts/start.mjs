#!/usr/bin/env node
// `npm start`: build the web app if needed, ingest the bundled demo corpus into sitrep.db (a second run changes
// nothing; ingest also places documents in stories), print the control picture for 2024-12-08, and serve the app on loopback.
import { spawnSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

const db = process.env.SITREP_DB ?? 'sitrep.db'
const port = process.env.PORT ?? '8080'
const sitrep = ['bin/sitrep.js']

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts })
  if (r.status !== 0) process.exit(r.status ?? 1)
  return r
}

if (!existsSync('dist/web/index.html')) run('npm', ['run', '--silent', 'build:web'])
run(process.execPath, [...sitrep, 'ingest', '--db', db, 'samples'])
const control = spawnSync(process.execPath, [...sitrep, 'control', '--db', db, '--date', '2024-12-08'], { encoding: 'utf8' })
if (control.status === 0) {
  const places = JSON.parse(control.stdout).places.filter((p) => ['Aleppo', 'Hama', 'Homs', 'Damascus', 'Deir ez-Zor', 'Daraa'].includes(p.name))
  process.stdout.write('\nControl on 2024-12-08 (sitrep control --date 2024-12-08):\n')
  for (const p of places) process.stdout.write(`  ${p.name.padEnd(12)} ${p.holder.name.padEnd(28)} ${p.status.padEnd(10)} since ${p.since ?? '-'}\n`)
  process.stdout.write('\n')
}
const server = spawn(process.execPath, [...sitrep, 'serve', '--db', db, '--port', port], { stdio: 'inherit' })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig))
server.on('exit', (code) => process.exit(code ?? 0))
