import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { test } from 'node:test'
import iconv from 'iconv-lite'
import type { InputItem } from './input-record.ts'
import { fromBytes, readInputs } from './read-inputs.ts'

async function collect(paths: string[]): Promise<InputItem[]> {
  const out: InputItem[] = []
  for await (const item of readInputs(paths)) out.push(item)
  return out
}

async function scratch(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-read-'))
  for (const [name, body] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true })
    await writeFile(join(dir, name), body)
  }
  return dir
}

const story = 'Fighters entered Qorvath on Monday, residents said.\n'

test('a text file becomes a text record named by its path', async () => {
  const dir = await scratch({ 'a.txt': story })
  const [item] = await collect([join(dir, 'a.txt')])
  assert.equal(item?.kind, 'record')
  if (item?.kind !== 'record') return
  assert.equal(item.record.format, 'text')
  assert.equal(item.record.source, join(dir, 'a.txt'))
  assert.equal(item.record.raw, story)
})

test('.html and .htm files become html records', async () => {
  const dir = await scratch({ 'a.html': '<p>x</p>', 'b.htm': '<p>y</p>' })
  const items = await collect([join(dir, 'a.html'), join(dir, 'b.htm')])
  assert.deepEqual(items.map((i) => (i.kind === 'record' ? i.record.format : i.kind)), ['html', 'html'])
})

test('a windows-1256 HTML page is decoded through its declared charset', async () => {
  const page = '<html><head><meta charset="windows-1256"></head><body><p>سيطر المقاتلون على قورفات.</p></body></html>'
  const dir = await scratch({ 'ar.html': iconv.encode(page, 'windows-1256') })
  const [item] = await collect([join(dir, 'ar.html')])
  assert.equal(item?.kind === 'record' && item.record.raw, page)
})

test('a missing file is a bad input_missing naming the path', async () => {
  const [item] = await collect(['/nonexistent/nowhere.txt'])
  assert.equal(item?.kind, 'bad')
  if (item?.kind !== 'bad') return
  assert.equal(item.error.code, 'input_missing')
  assert.match(item.error.message, /nowhere\.txt/)
})

test('binary and empty files are bad inputs and the batch goes on', async () => {
  const dir = await scratch({ 'bin.txt': new Uint8Array([1, 2, 0, 3]), 'empty.txt': '', 'ok.txt': story })
  const items = await collect([join(dir, 'bin.txt'), join(dir, 'empty.txt'), join(dir, 'ok.txt')])
  assert.deepEqual(items.map((i) => (i.kind === 'bad' ? i.error.code : i.kind)), ['input_binary', 'input_empty', 'record'])
})

test('a directory is walked recursively in sorted order and other files are skipped', async () => {
  const dir = await scratch({
    'b.txt': story, 'a.html': '<p>x</p>', 'sub/c.jsonl': '{"text":"Shelling hit Velmar."}\n',
    'photo.png': 'not really', 'notes.pdf': 'x', '.hidden.txt': story,
  })
  const items = await collect([dir])
  const records = items.flatMap((i) => (i.kind === 'record' ? [i.record.source] : []))
  assert.deepEqual(records, [join(dir, 'a.html'), join(dir, 'b.txt'), `${join(dir, 'sub/c.jsonl')}:1`])
  assert.equal(items.filter((i) => i.kind === 'skipped').length, 3)
})

test('JSONL records carry their metadata as hints and are named by url', async () => {
  const line = JSON.stringify({ url: 'https://example.org/a', title: 'T', outlet: 'O', publishedAt: '2024-12-06T10:00:00Z', text: story })
  const dir = await scratch({ 'r.jsonl': line + '\n' })
  const [item] = await collect([join(dir, 'r.jsonl')])
  assert.equal(item?.kind, 'record')
  if (item?.kind !== 'record') return
  assert.equal(item.record.source, 'https://example.org/a')
  assert.deepEqual(item.record.hints, { url: 'https://example.org/a', title: 'T', outlet: 'O', publishedAt: '2024-12-06' })
})

test('a JSONL record without url is named file:LINE', async () => {
  const dir = await scratch({ 'r.jsonl': '\n{"text":"one"}\n' })
  const [item] = await collect([join(dir, 'r.jsonl')])
  assert.equal(item?.kind === 'record' && item.record.source, `${join(dir, 'r.jsonl')}:2`)
})

test('a JSONL record with html is an html record', async () => {
  const dir = await scratch({ 'r.jsonl': JSON.stringify({ html: '<p>Rebels entered Velmar.</p>' }) })
  const [item] = await collect([join(dir, 'r.jsonl')])
  assert.equal(item?.kind === 'record' && item.record.format, 'html')
})

test('a broken JSONL line 3 is a bad input naming file:3, and the other lines are read', async () => {
  const dir = await scratch({ 'r.jsonl': '{"text":"one"}\n{"text":"two"}\n{"text": "thr\n{"text":"four"}\n' })
  const path = join(dir, 'r.jsonl')
  const items = await collect([path])
  assert.deepEqual(items.map((i) => i.kind), ['record', 'record', 'bad', 'record'])
  const bad = items[2]
  assert.ok(bad?.kind === 'bad')
  assert.equal(bad.error.code, 'input_malformed')
  assert.equal(bad.error.input, `${path}:3`)
  assert.match(bad.error.message, /line 3/)
})

test('a JSONL record without text or html is malformed', async () => {
  const dir = await scratch({ 'r.jsonl': '{"title":"only a title"}\n' })
  const [item] = await collect([join(dir, 'r.jsonl')])
  assert.equal(item?.kind === 'bad' && item.error.code, 'input_malformed')
})

test('a JSONL record with a non-date publishedAt is malformed and names the field', async () => {
  const dir = await scratch({ 'r.jsonl': '{"text":"x","publishedAt":"last Friday"}\n' })
  const [item] = await collect([join(dir, 'r.jsonl')])
  assert.ok(item?.kind === 'bad')
  assert.match(item.error.message, /publishedAt/)
})

test('an unknown extension given explicitly is sniffed (JSONL here)', async () => {
  const dir = await scratch({ 'feed.dat': '{"text":"Shelling hit Velmar."}\n' })
  const [item] = await collect([join(dir, 'feed.dat')])
  assert.equal(item?.kind === 'record' && item.record.source, `${join(dir, 'feed.dat')}:1`)
})

test('stdin JSONL is sniffed and its records named stdin:LINE', () => {
  const items = [...fromBytes(Buffer.from('{"text":"Shelling hit Velmar."}\n{"text":"Rebels entered Qorvath."}\n'), 'stdin', null)]
  assert.deepEqual(items.map((i) => (i.kind === 'record' ? i.record.source : i.kind)), ['stdin:1', 'stdin:2'])
})

test('stdin HTML is sniffed as html', () => {
  const [item] = [...fromBytes(Buffer.from('<!doctype html><html><body><p>Shelling hit Velmar.</p></body></html>'), 'stdin', null)]
  assert.equal(item?.kind === 'record' && item.record.format, 'html')
})

test('stdin UTF-16 text with a BOM is decoded and read as text', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(story, 'utf-16le')])
  const [item] = [...fromBytes(bytes, 'stdin', null)]
  assert.equal(item?.kind === 'record' && item.record.raw, story)
})

test('`-` reads stdin end to end through the CLI', () => {
  const r = spawnSync(process.execPath, [fileURLToPath(new URL('../../bin/sitrep.js', import.meta.url)), 'extract', '--format', 'jsonl', '-'], {
    input: 'Fighters entered Qorvath on Monday, residents said.\n', encoding: 'utf8',
  })
  assert.equal(r.status, 0, r.stderr)
  const doc = JSON.parse(r.stdout) as { source: string; text: string }
  assert.equal(doc.source, 'stdin')
  assert.equal(doc.text, 'Fighters entered Qorvath on Monday, residents said.')
})

test('an HTML page saved with a .txt extension is read as HTML', async () => {
  const dir = await scratch({ 'page.txt': '<!DOCTYPE html><html><body><script>var leak = 1;</script><p>Shelling hit Velmar.</p></body></html>' })
  const [item] = await collect([join(dir, 'page.txt')])
  assert.equal(item?.kind === 'record' && item.record.format, 'html')
})

test('directory manifest: fills url, outlet, title and date of scraped files from the directory manifest.json, and skips README files', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-manifest-'))
  await mkdir(join(dir, 'pages'))
  await writeFile(join(dir, 'pages', 'a.txt'), 'Rebels entered Qorvath on Friday.\n')
  await writeFile(join(dir, 'README.md'), 'This folder holds test pages.\n')
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ 'pages/a.txt': { url: 'https://x.example/a', outlet: 'X Daily', publishedAt: '2024-12-06', title: null } }))
  const items = []
  for await (const it of readInputs([dir])) items.push(it)
  const records = items.filter((i) => i.kind === 'record')
  assert.equal(records.length, 1)
  const r = records[0]
  assert.ok(r && r.kind === 'record')
  assert.deepEqual(r.record.hints, { url: 'https://x.example/a', outlet: 'X Daily', publishedAt: '2024-12-06' })
  assert.deepEqual(items.filter((i) => i.kind === 'skipped').map((i) => i.kind === 'skipped' && i.reason), ['documentation file'])
})

test('directory manifest: reports a malformed manifest as a bad input naming the file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sitrep-manifest-'))
  await writeFile(join(dir, 'manifest.json'), '{"a.txt": {"url": 3}}')
  const items = []
  for await (const it of readInputs([dir])) items.push(it)
  const bad = items.find((i) => i.kind === 'bad')
  assert.ok(bad && bad.kind === 'bad' && /manifest\.json/.test(bad.error.message))
})

