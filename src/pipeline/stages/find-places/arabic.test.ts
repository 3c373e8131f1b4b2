// Arabic-script places through the real index: GeoNames' Arabic alternates, CLDR country names, governorates.
// The sentences are invented; the names are real because the rule under test is the index's Arabic coverage.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { annotationsOf, assertDoc } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'
import { splitsAreaName } from './arabic.ts'

const ctx = defaultContext()
function places(text: string): { surface: string; name: string; country: string | null; featureCode: string | undefined }[] {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-06' } }, ctx)
  assertDoc(doc)
  return annotationsOf(doc, 'place').map((p) => ({ surface: doc.text.slice(p.span.start, p.span.end), name: p.name, country: p.country, featureCode: p.featureCode }))
}

test('Arabic names of capitals and cities abroad are places', () => {
  const table: [string, string, string][] = [
    ['وصل وفد حكومي إلى بيروت صباح اليوم لبحث ملف اللاجئين.', 'بيروت', 'LB'],
    ['عقد وزراء الخارجية اجتماعهم المقبل في أنقرة الأسبوع القادم.', 'أنقرة', 'TR'],
    ['غادر المبعوث الخاص طهران بعد جولة قصيرة من المحادثات.', 'طهران', 'IR'],
    ['استضافت عمّان لقاءً طارئاً لوزراء المنطقة مساء الأحد.', 'عمّان', 'JO'],
    ['انطلقت قافلة من الشاحنات من بغداد باتجاه الغرب.', 'بغداد', 'IQ'],
    ['وصلت طائرة تقل عائلات دبلوماسيين إلى موسكو فجر السبت.', 'موسكو', 'RU'],
  ]
  for (const [text, surface, cc] of table) {
    const p = places(text).find((x) => x.surface === surface)
    assert.equal(p?.country, cc, `${surface} in: ${text}`)
    assert.notEqual(p?.featureCode, 'PCLI', text)
  }
})

test('Arabic country names are countries', () => {
  const got = places('أغلقت تركيا معبرين حدوديين، فيما عبر مئات الأشخاص إلى لبنان وعززت العراق مواقعها.')
  assert.deepEqual(got.map((p) => [p.surface, p.country, p.featureCode]), [['تركيا', 'TR', 'PCLI'], ['لبنان', 'LB', 'PCLI'], ['العراق', 'IQ', 'PCLI']])
})

test('"محافظة" before a neighbour\'s governorate named after its seat reads the governorate', () => {
  const got = places('نزحت عشرات العائلات إلى محافظة إربد خلال اليومين الماضيين.')
  assert.deepEqual(got.map((p) => [p.surface, p.country, p.featureCode]), [['محافظة إربد', 'JO', 'ADM1']])
  // Without the word, the town itself (named beside a Syrian town: a town abroad needs the text to point there).
  assert.deepEqual(places('نزحت العائلات من درعا إلى إربد.').map((p) => `${p.country} ${p.featureCode}`), ['SY PPLA', 'JO PPLA'])
})

test('an Arabic name of a town abroad that nothing in the text points to is no place ("بشار" is a given name)', () => {
  assert.deepEqual(places('قال بشار إن الاجتماع انتهى دون اتفاق.'), [])
})

test('frequent Arabic words are not places, even where a place bears that name', () => {
  for (const text of [
    'قال الوزير إن الأمان عاد إلى الشوارع وإن الناس يريدون السلام.',
    'شاهدنا صور الدمار في مشهد مؤلم، وقال إن الخبر صحيح.',
    'انسحب الجيش إلى خارج المدينة بعد ساعات.',
    'أصيب الجندي بشظية في العين ونقل إلى المستشفى.',
  ]) assert.deepEqual(places(text), [], text)
})

test('an Arabic country adjective after a town names its country, as "Tripoli, Lebanon" does', () => {
  assert.deepEqual(places('شهدت طرابلس اللبنانية احتجاجات واسعة مساء الجمعة.').map((p) => [p.surface, p.country]), [['طرابلس', 'LB']])
  assert.deepEqual(places('وصل وفد إلى طرابلس الليبية لبحث الأزمة.').map((p) => [p.surface, p.country]), [['طرابلس', 'LY']])
})

test('areas whose Arabic name is not their seat\'s are found: governorates of Syria and of its neighbours', () => {
  const table: [string, string, string][] = [
    ['قصفت الطائرات مواقع في ريف دمشق.', 'ريف دمشق', 'SY'],
    ['عبرت قافلة عسكرية محافظة الأنبار باتجاه الحدود.', 'محافظة الأنبار', 'IQ'],
    ['نزحت عائلات سورية إلى سهل البقاع خلال الليل.', 'البقاع', 'LB'],
  ]
  for (const [text, surface, cc] of table) {
    const p = places(text).find((x) => x.surface === surface)
    assert.deepEqual([p?.country, p?.featureCode], [cc, 'ADM1'], text)
  }
})

test('a name written with tanween is an indefinite adjective, not the place ("وفداً تركياً" is a Turkish delegation)', () => {
  assert.deepEqual(places('استقبل الرئيس وفداً تركياً في القصر.').map((p) => p.surface), [])
  assert.deepEqual(places('استقبل الرئيس وفدا تركيًا في القصر.').map((p) => p.surface), [])
  assert.deepEqual(places('عاد الوفد إلى تركيا مساء الأحد.').map((p) => p.surface), ['تركيا'])
})

test('a town qualified by a country adjective is no namesake in another country', () => {
  // Qorvath is an invented name; "اللبنانية" says the town is in Lebanon, and the index has no such town there.
  assert.deepEqual(places('وصلت عائلات إلى بلدة قرفاث اللبنانية.').map((p) => p.surface), [])
})

test('"ريف X" followed by a direction is X\'s countryside on that side, even where "ريف X" names a governorate', () => {
  // Invented names: the rule reads the words, whatever the gazetteer holds for them.
  const isName = (words: readonly string[]) => words.join(' ') === 'قرفاث'
  const table: [first: string, skip: number, bearing: number | null, rest: string[], splits: boolean][] = [
    ['ريف', 0, 270, ['قرفاث'], true], // "ريف قرفاث الغربي"
    ['وريف', 1, 90, ['قرفاث'], true], // "وريف قرفاث الشرقي"
    ['ريف', 0, null, ['قرفاث'], false], // "ريف قرفاث": the whole name stands
    ['ريف', 0, 270, ['زلمار'], false], // the rest is no place of its own
    ['محافظة', 0, 0, ['قرفاث'], true], // "محافظة قرفاث الشمالية"
    ['سهل', 0, 270, ['قرفاث'], false], // no area word
  ]
  for (const [first, skip, bearing, rest, splits] of table) assert.equal(splitsAreaName(first, skip, bearing, isName, rest), splits, `${first} ${rest.join(' ')} ${bearing}`)
})

test('"ريف دمشق الغربي" reads as "the western Damascus countryside" does; "ريف دمشق" alone stays the governorate', () => {
  const read = (text: string) => {
    const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-06' } }, ctx)
    assertDoc(doc)
    return annotationsOf(doc, 'place').map((p) => ({ placeId: p.placeId, lat: p.lat, lon: p.lon, kind: p.placeKind, precision: p.precision }))
  }
  const english = read('Jets struck depots in the western Damascus countryside.')
  assert.deepEqual(read('قصفت الطائرات مستودعات في ريف دمشق الغربي.'), english)
  assert.equal(english[0]?.kind, 'region')
  assert.deepEqual(read('قصفت الطائرات مستودعات في ريف دمشق.').map((p) => p.kind), ['admin'])
})

test('a later bare "طرابلس" follows an earlier "طرابلس اللبنانية", as "Tripoli" follows "Tripoli, Lebanon"', () => {
  const arabic = places('تظاهر المئات في طرابلس اللبنانية يوم الجمعة. وفي المساء أغلقت المحال في طرابلس أبوابها.')
  assert.deepEqual(arabic.map((p) => [p.surface, p.country]), [['طرابلس', 'LB'], ['طرابلس', 'LB']])
  const english = places('Hundreds rallied in Tripoli, Lebanon, on Friday. In the evening shops in Tripoli closed.')
  assert.deepEqual(english.filter((p) => p.surface === 'Tripoli').map((p) => p.country), ['LB', 'LB'])
})

test('border crossings by their Arabic names and by the other side\'s name', () => {
  const table: [text: string, surface: string, placeId: string][] = [
    ['سيطر مسلحون على معبر نصيب الحدودي مساء الجمعة.', 'معبر نصيب الحدودي', 'theater:xing17'],
    ['أغلقت السلطات معبر جابر أمام الشاحنات.', 'معبر جابر', 'theater:xing17'],
    ['عبرت العائلات من معبر المصنع فجراً.', 'معبر المصنع', 'theater:xing08'],
    ['وصلت الحافلات إلى منفذ جديدة يابوس ظهراً.', 'منفذ جديدة يابوس', 'theater:xing08'],
    ['رست السفينة في ميناء طرطوس أمس.', 'ميناء طرطوس', 'theater:port19'],
  ]
  const doc = (text: string) => runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-06' } }, ctx)
  for (const [text, surface, id] of table) {
    const d = doc(text)
    const p = annotationsOf(d, 'place').find((x) => d.text.slice(x.span.start, x.span.end) === surface)
    assert.equal(p?.placeId, id, text)
  }
})

test('an indefinite nisba after an indefinite feminine or plural noun is its adjective, not a town ("سلمية", Salamiyah)', () => {
  // "Peaceful demonstrations went out in Suwayda": سلمية agrees with مظاهرات; after a place word it is the town
  assert.deepEqual(places('خرجت مظاهرات سلمية في السويداء مساء الجمعة.').map((p) => p.surface), ['السويداء'])
  assert.deepEqual(places('نزحت عائلات من مدينة سلمية باتجاه حمص.').map((p) => p.surface), ['سلمية', 'حمص'])
  // definite after definite: "the Egyptian foreign ministry said" (al-Masriyeh is also a Syrian village)
  assert.deepEqual(places('قالت وزارة الخارجية المصرية إن الوضع في حلب خطير.').map((p) => p.surface), ['حلب'])
})

test('a one-word name after "ساحة" or "شارع" names a square or a street, not a village of that name', () => {
  // "Hundreds gathered in al-Karama Square in Suwayda": al-Karama is also a Syrian village
  assert.deepEqual(places('تجمع المئات في ساحة الكرامة بالسويداء.').map((p) => p.surface), ['السويداء'])
})

test('a bare direction is no place ("شمالي العاصمة" is north of the capital, not the Northern Territory)', () => {
  assert.deepEqual(places('دوت انفجارات في حي برزة شمالي دمشق.').map((p) => p.surface).filter((s) => s.includes('شمال')), [])
})

test('the dual "ريفي" (the countrysides of) makes an area as "ريف" does', () => {
  // "Strikes on the Idlib and Aleppo countrysides"
  assert.deepEqual(places('تركزت الغارات على ريفي إدلب وحلب.').map((p) => p.surface)[0], 'ريفي إدلب')
})

test('a road named by two towns with a dash between them is the road, in either order ("طريق حلب - اللاذقية")', () => {
  // "The factions cut the Aleppo - Latakia international road"; "the international road Aleppo – Damascus" (the M5 is
  // indexed as Damascus–Aleppo); a dash without a word for road joins nothing.
  assert.deepEqual(places('قطعت الفصائل طريق حلب - اللاذقية الدولي مساء الجمعة.').map((p) => [p.surface, p.name]), [['طريق حلب - اللاذقية الدولي', 'M4 highway']])
  assert.deepEqual(places('بات الطريق الدولي حلب – دمشق مقطوعاً.').map((p) => p.name), ['M5 highway'])
  assert.deepEqual(places('وصلت عائلات من حلب - وهي أكبر المدن - إلى إدلب.').map((p) => p.surface), ['حلب', 'إدلب'])
})

test('a participle with a preposition after a word for a mountain describes it, not a village ("المطل على", overlooking)', () => {
  // [sentence, whether the village المطل (Matl) is read]
  const table: [string, boolean][] = [
    ['انتشرت وحدات الجيش على جبل قاسيون المطل على العاصمة.', false],
    ['تحصن المسلحون في التل المطل على البلدة القديمة.', false],
    ['قصفت المدفعية مرتفعات الزاوية المطلة على الطريق.', false],
    // A village word before it, or no mountain word, leaves the village.
    ['سقطت قذيفتان على قرية المطل في ريف حماة.', true],
    ['دخلت الفصائل المطل صباح اليوم.', true],
  ]
  for (const [text, village] of table) assert.equal(places(text).some((p) => p.name === 'Matl'), village, text)
})
