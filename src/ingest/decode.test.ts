import assert from 'node:assert/strict'
import { test } from 'node:test'
import iconv from 'iconv-lite'
import { isAppError } from '../core/errors.ts'
import { decodeBytes } from './decode.ts'

const english = 'The café’s owner said “the road to Qorvath is closed” — naïve hopes faded.'
const arabic = 'قالت مصادر محلية إن المقاتلين سيطروا على بلدة قورفات يوم الجمعة بعد اشتباكات عنيفة مع القوات الحكومية.'

function codeOf(f: () => unknown): string {
  try {
    f()
  } catch (e) {
    if (isAppError(e)) return e.code
    throw e
  }
  return 'no error'
}

test('UTF-8 without BOM decodes as utf-8', () => {
  const d = decodeBytes(Buffer.from(english, 'utf8'), 'a.txt')
  assert.equal(d.text, english)
  assert.equal(d.encoding, 'utf-8')
})

test('UTF-8 BOM is stripped', () => {
  const d = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(english)]), 'a.txt')
  assert.equal(d.text, english)
})

test('UTF-16 LE with BOM decodes', () => {
  const d = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(arabic, 'utf-16le')]), 'a.txt')
  assert.equal(d.text, arabic)
  assert.equal(d.encoding, 'utf-16le')
})

test('UTF-16 BE with BOM decodes', () => {
  const d = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(english, 'utf-16be')]), 'a.txt')
  assert.equal(d.text, english)
  assert.equal(d.encoding, 'utf-16be')
})

test('windows-1252 text with curly quotes is detected and decoded', () => {
  const d = decodeBytes(iconv.encode(english, 'windows-1252'), 'a.txt')
  assert.equal(d.text, english)
  assert.equal(d.encoding, 'windows-1252')
})

test('windows-1256 Arabic is detected and decoded', () => {
  const d = decodeBytes(iconv.encode(arabic, 'windows-1256'), 'a.txt')
  assert.equal(d.text, arabic)
})

test('ISO-8859-6 Arabic is detected and decoded', () => {
  const d = decodeBytes(iconv.encode(arabic, 'iso-8859-6'), 'a.txt')
  assert.equal(d.text, arabic)
})

test('a charset declared by an HTML page wins over guessing', () => {
  const d = decodeBytes(iconv.encode(arabic, 'windows-1256'), 'a.html', 'windows-1256')
  assert.equal(d.text, arabic)
})

test('NUL bytes make a file binary', () => {
  assert.equal(codeOf(() => decodeBytes(Buffer.from([0x41, 0x42, 0x00, 0x43, 0x44]), 'x.txt')), 'input_binary')
})

test('a PDF signature makes a file binary', () => {
  assert.equal(codeOf(() => decodeBytes(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), 'x.txt')), 'input_binary')
})

test('an empty file is input_empty', () => {
  assert.equal(codeOf(() => decodeBytes(new Uint8Array(0), 'x.txt')), 'input_empty')
})

test('a whitespace-only file is input_empty', () => {
  assert.equal(codeOf(() => decodeBytes(Buffer.from(' \n\t\n'), 'x.txt')), 'input_empty')
})

test('high bytes no encoding explains are input_undecodable', () => {
  const noise = Buffer.from(Array.from({ length: 300 }, (_, i) => 128 + ((i * 37) % 128)))
  assert.equal(codeOf(() => decodeBytes(noise, 'x.txt')), 'input_undecodable')
})

test('a UTF-16 BOM with an odd byte count is input_undecodable', () => {
  assert.equal(codeOf(() => decodeBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]), 'x.txt')), 'input_undecodable')
})

test('the error names the input', () => {
  try {
    decodeBytes(new Uint8Array(0), 'dir/empty.txt')
    assert.fail('expected an error')
  } catch (e) {
    assert.ok(isAppError(e))
    assert.equal(e.input, 'dir/empty.txt')
    assert.match(e.message, /dir\/empty\.txt/)
  }
})

test('UTF-8 with one stray byte stays UTF-8, the byte replaced', () => {
  const good = Buffer.from(english.repeat(10), 'utf8')
  const d = decodeBytes(Buffer.concat([good, Buffer.from([0xe9]), Buffer.from(' end.')]), 'a.txt')
  assert.ok(d.text.startsWith(english))
  assert.match(d.encoding, /^utf-8, 1 bad byte/)
})
