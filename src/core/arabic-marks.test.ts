import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { voweled, withoutArabicMarks } from './arabic-marks.ts'

describe('Arabic marks', () => {
  it('leaves a text without marks as it is, offsets unchanged', () => {
    const u = withoutArabicMarks('قصفت الطائرات Qorvath')
    assert.equal(u.text, 'قصفت الطائرات Qorvath')
    assert.equal(u.original(5), 5)
  })
  it('drops harakat, shadda, superscript alif and tatweel, and maps offsets back to the text as written', () => {
    const written = 'دَخَلَ الرِّجَالُ قـــريةَ زلمار'
    const u = withoutArabicMarks(written)
    assert.equal(u.text, 'دخل الرجال قرية زلمار')
    const at = u.text.indexOf('الرجال')
    // The end of a word maps past the marks written on its last letter.
    assert.equal(written.slice(u.original(at), u.original(at + 'الرجال'.length)), 'الرِّجَالُ')
    assert.equal(u.original(u.text.length), written.length)
  })
  it('lets a pattern written without marks match a voweled word', () => {
    assert.match('قُتِلَ ثلاثة', new RegExp(`^${voweled('قتل')}`, 'u'))
    assert.doesNotMatch('قتال', new RegExp(`^${voweled('قتل')}$`, 'u'))
  })
})
