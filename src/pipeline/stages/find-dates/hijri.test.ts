import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findArabicDates } from './arabic.ts'
import { gregorianOfHijri, hijriOf } from './hijri.ts'

describe('Hijri to Gregorian (Umm al-Qura, through Intl)', () => {
  it('inverts Intl\'s Gregorian-to-Hijri reading for every third day of 1990-2040', () => {
    for (let t = Date.parse('1990-01-01'); t < Date.parse('2040-01-01'); t += 3 * 864e5) {
      const iso = new Date(t).toISOString().slice(0, 10)
      const h = hijriOf(iso)
      assert.equal(gregorianOfHijri(h.year, h.month, h.day), iso, `${h.day}/${h.month}/${h.year}`)
    }
  })
  it('has no day for a 30th a month does not have, nor for a year outside the calendar\'s range', () => {
    // Jumada I 1446 has 29 days in Umm al-Qura: its "30th" is no day at all.
    assert.equal(hijriOf('2024-12-02').month, 6)
    assert.equal(gregorianOfHijri(1446, 5, 30), null)
    assert.equal(gregorianOfHijri(2024, 6, 7), null)
  })
})

/** The value each Hijri find of a sentence gives, by the text it covers. */
const read = (sentence: string, anchor: string | null) =>
  new Map(findArabicDates(sentence, anchor).filter((f) => f.rule.startsWith('arabic:hijri')).map((f) => [sentence.slice(f.start, f.end), f.value]))

describe('Hijri dates in Arabic text, anchored on 2024-12-10', () => {
  const cases: [phrase: string, sentence: string, value: string][] = [
    ['7 جمادى الآخرة 1446هـ', 'انسحبت الحامية من تلة قرطال في 7 جمادى الآخرة 1446هـ.', '2024-12-08'],
    ['٧ جمادى الآخرة ١٤٤٦ هـ', 'انسحبت الحامية من تلة قرطال في ٧ جمادى الآخرة ١٤٤٦ هـ.', '2024-12-08'],
    ['7 جمادي الثانية', 'عاد الأهالي إلى القرية في 7 جمادي الثانية بعد الهدنة.', '2024-12-08'],
    ['25 من جمادى الأولى', 'بدأ الهجوم على التلال في 25 من جمادى الأولى من ثلاثة محاور.', '2024-11-27'],
    ['1 رمضان 1445 للهجرة', 'أُعلن وقف القصف في 1 رمضان 1445 للهجرة.', '2024-03-11'],
    ['10 ذي الحجة 1445', 'تبادل الطرفان الأسرى يوم 10 ذي الحجة 1445 قرب المعبر.', '2024-06-16'],
  ]
  for (const [phrase, sentence, value] of cases) {
    it(`"${phrase}" → ${value}`, () => assert.equal(read(sentence, '2024-12-10').get(phrase), value, JSON.stringify([...read(sentence, '2024-12-10')])))
  }
  it('a month without its year is the latest such day not well after the report', () => {
    // 10 Shawwal is in April 2024 and again in April 2025: a December report means last April's.
    assert.equal(read('عاد النازحون في 10 شوال إلى بيوتهم.', '2024-12-10').get('10 شوال'), '2024-04-19')
  })
  it('a Hijri date is one mention: chrono reads no year out of it', () => {
    const finds = findArabicDates('سقطت البلدة في 7 جمادى الآخرة 1446.', '2024-12-10')
    assert.deepEqual(finds.map((f) => f.value), ['2024-12-08'])
  })
  it('without an anchor, a Hijri date with its year resolves and one without does not', () => {
    const finds = findArabicDates('دخلت القوات البلدة في 7 جمادى الآخرة 1446، وغادرتها في 9 جمادى الآخرة.', null)
    assert.deepEqual(finds.map((f) => f.value), ['2024-12-08', null])
  })
})

describe('Hijri: not dates', () => {
  const none: [why: string, sentence: string][] = [
    ['"صفر" (zero) after a number, with no year', 'انتهت المباراة بنتيجة 3 صفر لصالح الفريق.'],
    ['a month name without a day', 'تراجعت الغارات في رمضان على الريف.'],
    ['a person named like a month', 'قال رجب الأحمد إن 5 شاحنات عبرت.'],
  ]
  for (const [why, sentence] of none) {
    it(why, () => assert.deepEqual([...read(sentence, '2024-12-10')], []))
  }
})
