// Progress on stderr for long batches: a cli-progress bar (count, rate, ETA) on a terminal; on a pipe or a file,
// a plain line every few seconds, or nothing. stdout is never touched: it carries data.
import cliProgress from 'cli-progress'

export interface Progress {
  /** Records done so far (absolute, not a delta). */
  update(done: number): void
  /** Ends the bar (or the lines); later updates are ignored. */
  stop(): void
}

export interface ProgressOptions {
  /** Where to draw; default process.stderr. */
  readonly stream?: NodeJS.WritableStream & { isTTY?: boolean }
  /** When not a terminal: print plain lines (true) or stay silent (false). Default true. */
  readonly plain?: boolean
  /** Milliseconds between plain lines. Default 2000. */
  readonly intervalMs?: number
  /** Clock, for tests. */
  readonly now?: () => number
}

/** "ingest 1200/5000 docs, 806 docs/s, ETA 5s": one plain progress line. */
export function formatProgressLine(label: string, done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0
  const eta = rate > 0 ? `ETA ${formatSeconds((total - done) / rate)}` : 'ETA ?'
  return `sitrep: ${label} ${done}/${total} docs, ${Math.round(rate)} docs/s, ${eta}`
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`
  const m = Math.floor(s / 60)
  return `${m}m${String(Math.ceil(s - m * 60)).padStart(2, '0')}s`
}

/** Starts progress reporting for `total` records labelled `label` ("ingest", "extract"). */
export function createProgress(label: string, total: number, opts: ProgressOptions = {}): Progress {
  const stream = opts.stream ?? process.stderr
  const now = opts.now ?? Date.now
  const started = now()
  if (stream.isTTY) return barProgress(label, total, stream, started, now)
  if (opts.plain === false) return { update() {}, stop() {} }
  const interval = opts.intervalMs ?? 2000
  let lastLine = started
  let stopped = false
  return {
    update(done) {
      const t = now()
      if (stopped || t - lastLine < interval) return
      lastLine = t
      stream.write(`${formatProgressLine(label, done, total, t - started)}\n`)
    },
    stop() { stopped = true },
  }
}

function barProgress(label: string, total: number, stream: NodeJS.WritableStream, started: number, now: () => number): Progress {
  const bar = new cliProgress.SingleBar({
    // Short enough for an 80-column terminal, where cli-progress cuts longer lines.
    format: `${label} [{bar}] {value}/{total} docs | {rate} docs/s | ETA {eta_formatted}`,
    barsize: 20,
    stream,
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 200,
  }, cliProgress.Presets.shades_classic)
  bar.start(total, 0, { rate: 0 })
  let stopped = false
  return {
    update(done) {
      if (stopped) return
      const elapsed = now() - started
      bar.update(done, { rate: elapsed > 0 ? Math.round((done * 1000) / elapsed) : 0 })
    },
    stop() {
      if (stopped) return
      stopped = true
      bar.stop()
    },
  }
}
