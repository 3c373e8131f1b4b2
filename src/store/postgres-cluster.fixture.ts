// A throwaway PostgreSQL cluster for tests: initdb into a temp dir, a server listening only on a unix socket there,
// one fresh database per store. Needs `initdb` and `postgres` on PATH; as root they run as `nobody` (initdb refuses root).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

export interface Cluster {
  /** A connection URL for a new, empty database in the cluster. */
  newDatabase(): Promise<string>
  stop(): Promise<void>
}

const USER = 'sitrep'
const PORT = 5432 // only names the socket file (.s.PGSQL.5432) in the cluster's own dir: no TCP port is opened

/** Why the cluster cannot run here, or null when it can. */
export function postgresSkipReason(): string | null {
  for (const bin of ['initdb', 'postgres']) {
    if (spawnSync(bin, ['--version']).status !== 0) return `${bin} not found on PATH (apt-get install -y postgresql)`
  }
  if (process.getuid?.() === 0 && spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status !== 0) return 'running as root and cannot runuser -u nobody'
  return null
}

/** Runs `cmd` as the current user, or as nobody when that is root. */
function asUnprivileged(cmd: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'nobody', '--', cmd, ...args]] : [cmd, args]
}

/** Starts a cluster; resolves once it accepts connections. */
export async function startCluster(): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-'))
  if (process.getuid?.() === 0) chownSync(dir, 65534, 65534)
  const data = join(dir, 'data')
  const [initCmd, initArgs] = asUnprivileged('initdb', ['-D', data, '-U', USER, '-A', 'trust', '-E', 'UTF8', '--no-sync'])
  const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' })
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`initdb failed: ${init.stderr}`)
  }
  const [cmd, args] = asUnprivileged('postgres', ['-D', data, '-k', dir, '-c', "listen_addresses=", '-p', String(PORT), '-c', 'fsync=off'])
  const server: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let log = ''
  server.stderr?.on('data', (b: Buffer) => { log += b.toString() })
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()))
  const url = (db: string) => `postgres://${USER}@localhost/${db}?host=${encodeURIComponent(dir)}`
  const stop = async () => {
    // SIGINT is PostgreSQL's fast shutdown. It goes to the postmaster itself (its pid file), since runuser does not
    // pass signals on to the server it started.
    if (server.exitCode === null) {
      let pid = server.pid
      try { pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]) } catch { /* not started yet */ }
      try { process.kill(pid ?? 0, 'SIGINT') } catch { /* already gone */ }
      if (pid !== server.pid) server.kill('SIGINT')
    }
    await exited
    rmSync(dir, { recursive: true, force: true })
  }
  const admin = new pg.Client({ connectionString: url('postgres') })
  for (let i = 0; ; i++) {
    try {
      const probe = new pg.Client({ connectionString: url('postgres') })
      await probe.connect()
      await probe.end()
      break
    } catch (e) {
      if (i >= 100 || server.exitCode !== null) {
        await stop()
        throw new Error(`postgres did not start: ${e instanceof Error ? e.message : String(e)}\n${log}`)
      }
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  await admin.connect()
  let n = 0
  return {
    async newDatabase() {
      const name = `store_${++n}`
      await admin.query(`CREATE DATABASE ${name}`)
      return url(name)
    },
    async stop() {
      await admin.end().catch(() => {})
      await stop()
    },
  }
}
