import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { describe, it } from 'node:test'
import { createProgress, formatProgressLine } from './progress.ts'

function sink(isTTY: boolean): { stream: Writable & { isTTY: boolean }; text: () => string } {
  let out = ''
  const stream = Object.assign(new Writable({ write(chunk, _enc, cb) { out += String(chunk); cb() } }), { isTTY })
  return { stream, text: () => out }
}

describe('progress', () => {
  it('formats a plain line with count, rate and ETA', () => {
    assert.equal(formatProgressLine('ingest', 1000, 5000, 2000), 'sitrep: ingest 1000/5000 docs, 500 docs/s, ETA 8s')
    assert.equal(formatProgressLine('ingest', 0, 5000, 0), 'sitrep: ingest 0/5000 docs, 0 docs/s, ETA ?')
    assert.equal(formatProgressLine('ingest', 10, 10000, 1000), 'sitrep: ingest 10/10000 docs, 10 docs/s, ETA 16m39s')
  })

  it('prints plain lines no more often than the interval when not a terminal', () => {
    let t = 0
    const s = sink(false)
    const p = createProgress('ingest', 100, { stream: s.stream, intervalMs: 1000, now: () => t })
    t = 500; p.update(10)
    t = 1000; p.update(20)
    t = 1500; p.update(30)
    t = 2100; p.update(40)
    p.stop()
    t = 9000; p.update(100)
    assert.deepEqual(s.text().trim().split('\n'), ['sitrep: ingest 20/100 docs, 20 docs/s, ETA 4s', 'sitrep: ingest 40/100 docs, 19 docs/s, ETA 4s'])
  })

  it('stays silent when not a terminal and plain lines are off', () => {
    let t = 0
    const s = sink(false)
    const p = createProgress('extract', 100, { stream: s.stream, plain: false, now: () => t })
    t = 10_000; p.update(50)
    p.stop()
    assert.equal(s.text(), '')
  })

  it('draws a bar with count and rate on a terminal', () => {
    let t = 0
    const s = sink(true)
    const p = createProgress('ingest', 100, { stream: s.stream, now: () => t })
    t = 1000; p.update(50)
    p.stop()
    assert.match(s.text(), /ingest \[.*\] 50\/100 docs \| 50 docs\/s \| ETA/)
  })
})
