import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf, assertDoc } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'
import { findArabicDates } from './arabic.ts'

/** Date annotations of an invented Arabic report, by the text each one covers. */
function datesIn(text: string, published: string | null) {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: published ? { publishedAt: published } : {} }, defaultContext({ today: '2026-01-01' }))
  assertDoc(doc)
  const dates = annotationsOf(doc, 'date')
  for (const d of dates) assert.equal(doc.text.slice(d.span.start, d.span.end).length, d.span.end - d.span.start)
  return { doc, by: new Map(dates.map((a) => [doc.text.slice(a.span.start, a.span.end), { value: a.value, end: a.end, precision: a.precision }])) }
}

describe('Arabic dates, anchored on a Tuesday report (2024-12-10)', () => {
  const cases: [phrase: string, sentence: string, value: string, end: string | null, precision: string][] = [
    ['8 كانون الأول', 'دخلت الفصائل بلدة قرطال في 8 كانون الأول بعد معارك عنيفة.', '2024-12-08', null, 'day'],
    ['٨ كانون الأول', 'دخلت الفصائل بلدة قرطال في ٨ كانون الأول بعد معارك عنيفة.', '2024-12-08', null, 'day'],
    ['3 ديسمبر', 'قصفت الطائرات جسر النهر في 3 ديسمبر الجاري.', '2024-12-03', null, 'day'],
    ['٢٨ نوفمبر ٢٠٢٤', 'بدأ الهجوم على التلال في ٢٨ نوفمبر ٢٠٢٤ من ثلاثة محاور.', '2024-11-28', null, 'day'],
    ['28 تشرين الثاني عام 2024', 'بدأ الهجوم في 28 تشرين الثاني عام 2024 من الشمال.', '2024-11-28', null, 'day'],
    ['الأحد 8 كانون الأول', 'أعلنت القيادة يوم الأحد 8 كانون الأول انسحاب قواتها.', '2024-12-08', null, 'day'],
    ['8 كانون الأول/ديسمبر', 'انسحبت الحامية في 8 كانون الأول/ديسمبر من المطار.', '2024-12-08', null, 'day'],
    ['27 تشرين الثاني و8 كانون الأول', 'نزح الآلاف بين 27 تشرين الثاني و8 كانون الأول من القرى.', '2024-11-27', '2024-12-08', 'range'],
    ['من 1 إلى 3 كانون الأول', 'استمرت الاشتباكات من 1 إلى 3 كانون الأول قرب السد.', '2024-12-01', '2024-12-03', 'range'],
    ['27 و29 تشرين الثاني', 'قصفت المدفعية القرية بين 27 و29 تشرين الثاني.', '2024-11-27', '2024-11-29', 'range'],
    ['كانون الأول', 'تراجعت القوات في كانون الأول نحو الساحل.', '2024-12-01', '2024-12-31', 'month'],
    ['5 يونيه', 'وقعت الحادثة في 5 يونيه الماضي.', '2024-06-05', null, 'day'],
    ['12 إبريل', 'عاد النازحون في 12 إبريل إلى بيوتهم.', '2024-04-12', null, 'day'],
    ['أمس', 'قصفت الطائرات أمس مستودعا للذخيرة.', '2024-12-09', null, 'day'],
    ['أول أمس', 'وصلت التعزيزات أول أمس إلى المدينة.', '2024-12-08', null, 'day'],
    ['مساء أمس', 'اندلعت الاشتباكات مساء أمس في الحي الغربي.', '2024-12-09', null, 'day'],
    ['اليوم', 'أعلن الجيش فجر اليوم سقوط الموقع.', '2024-12-10', null, 'day'],
    ['الليلة الماضية', 'سقطت قذائف على البلدة الليلة الماضية.', '2024-12-09', '2024-12-10', 'range'],
    ['الأسبوع الماضي', 'فر السكان الأسبوع الماضي من القرية.', '2024-12-02', '2024-12-08', 'range'],
    ['مساء الخميس', 'انسحبت القوات مساء الخميس من التلة.', '2024-12-05', null, 'day'],
    ['ظهر اليوم', 'وصلت القافلة ظهر اليوم إلى المعبر.', '2024-12-10', null, 'day'],
    ['مطلع كانون الأول', 'عادت العائلات مطلع كانون الأول إلى القرية.', '2024-12-01', '2024-12-10', 'range'],
    ['أواخر تشرين الثاني', 'بدأ الهجوم أواخر تشرين الثاني من محورين.', '2024-11-21', '2024-11-30', 'range'],
    ['منتصف شهر نوفمبر', 'تراجعت الغارات منذ منتصف شهر نوفمبر على الريف.', '2024-11-11', '2024-12-10', 'range'],
    ['أواسط كانون الأول', 'انتهت المفاوضات أواسط كانون الأول دون اتفاق.', '2024-12-11', '2024-12-20', 'range'],
  ]
  for (const [phrase, sentence, value, end, precision] of cases) {
    it(`"${phrase}" → ${value}${end ? `…${end}` : ''} (${precision})`, () => {
      const { by } = datesIn(sentence, '2024-12-10')
      assert.deepEqual(by.get(phrase), { value, end, precision }, `dates found: ${JSON.stringify([...by])}`)
    })
  }
})

describe('Arabic dates: the year of a month written without one', () => {
  it('"كانون الأول" in a January report is last December', () => {
    const { by } = datesIn('سيطرت الفصائل على المعبر في 20 كانون الأول بعد حصار.', '2025-01-04')
    assert.deepEqual(by.get('20 كانون الأول'), { value: '2024-12-20', end: null, precision: 'day' })
  })
  it('a month alone in a January report is last year\'s month', () => {
    const { by } = datesIn('تصاعدت الغارات في ديسمبر على الريف.', '2025-01-04')
    assert.deepEqual(by.get('ديسمبر'), { value: '2024-12-01', end: '2024-12-31', precision: 'month' })
  })
  it('with no publication date, a date with its year resolves and a bare one does not', () => {
    const finds = findArabicDates('في 8 كانون الأول 2024 دخلت القوات، وانسحبت أمس.', null)
    assert.deepEqual(finds.map((f) => f.value), ['2024-12-08', null])
  })
})

describe('Arabic dates in the date stage', () => {
  it('"منذ 27 تشرين الثاني" (since 27 November) reaches up to the report', () => {
    const { by } = datesIn('فر عشرات الآلاف منذ 27 تشرين الثاني من المدينة.', '2024-12-10')
    assert.deepEqual(by.get('27 تشرين الثاني'), { value: '2024-11-27', end: '2024-12-10', precision: 'range' })
  })
  it('with no publication date, one is inferred from an Arabic date that writes its year', () => {
    const { doc, by } = datesIn('دخلت الفصائل المدينة في 7 كانون الأول 2024، وكانت قد اقتربت منها أمس.', null)
    assert.equal(doc.meta.publishedAt, '2024-12-07')
    assert.deepEqual(by.get('أمس'), { value: '2024-12-06', end: null, precision: 'day' })
  })
})

describe('Arabic: not dates', () => {
  const none: [why: string, sentence: string][] = [
    ['"تشرين" as a person\'s name', 'قال تشرين الأحمد، وهو ناشط محلي، إن الطريق مغلق.'],
    ['a number before a thousand', 'نزح 8 آلاف شخص من المخيم.'],
    ['"منذ عام 2011" is no "a year ago"', 'يعيش في المخيم منذ عام 2011 آلاف النازحين.'],
    ['a fraction', 'خسرت الكتيبة 2/3 من آلياتها.'],
    ['"مارس" as a verb (exerted)', 'مارس الوفد ضغوطا على الطرفين.'],
    ['a month naming an agreement', 'رفض المجلس اتفاق آذار كله.'],
  ]
  for (const [why, sentence] of none) {
    it(why, () => {
      const values = findArabicDates(sentence, '2024-12-10').filter((f) => f.value !== null)
      assert.deepEqual(values, [])
    })
  }
  it('English text is not read twice', () => {
    assert.deepEqual(findArabicDates('Rebels entered the town on 8 December.', '2024-12-10'), [])
  })
})

describe('Arabic dates and places do not fight', () => {
  it('a month name inside a date is no place, and the place beside it stays', () => {
    const { doc } = datesIn('سيطرت الفصائل على مدينة حماة في 5 كانون الأول/ديسمبر.', '2024-12-10')
    const dates = annotationsOf(doc, 'date')
    const places = annotationsOf(doc, 'place')
    assert.ok(places.some((p) => doc.text.slice(p.span.start, p.span.end) === 'حماة'), 'Hama is found')
    for (const p of places) assert.ok(!dates.some((d) => d.span.start <= p.span.start && p.span.end <= d.span.end), `no place inside a date: ${p.name}`)
  })
})

describe('Arabic days counted from the story\'s last date (قبل ذلك بيومين، في اليوم التالي)', () => {
  const rows: [text: string, phrase: string, value: string | null][] = [
    ['دخلت الفصائل بلدة قرطال يوم 5 كانون الأول. وقبل ذلك بيومين قصفت الطائرات البلدة.', 'قبل ذلك بيومين', '2024-12-03'],
    ['دخلت الفصائل بلدة قرطال يوم 5 كانون الأول، وفي اليوم التالي وصلت إلى بلميرا.', 'اليوم التالي', '2024-12-06'],
    ['دخلت الفصائل بلدة قرطال يوم 5 كانون الأول. وبعدها بثلاثة أيام سقطت بلميرا.', 'بعدها بثلاثة أيام', '2024-12-08'],
    ['دخلت الفصائل بلدة قرطال يوم 1 كانون الأول. وبعد ذلك بأسبوع انسحبت منها.', 'بعد ذلك بأسبوع', '2024-12-08'],
    // With no day before it in the story, "the next day" is no date: never the report's day ("اليوم" is today alone).
    ['وصلت القافلة إلى بلميرا في اليوم التالي.', 'اليوم التالي', null],
  ]
  for (const [text, phrase, value] of rows) {
    it(`${phrase} -> ${value}`, () => assert.equal(datesIn(text, '2024-12-10').by.get(phrase)?.value ?? null, value, text))
  }
})
