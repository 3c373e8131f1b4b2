// A report in another language shares no words or shingles with its English story: it must join through the
// language-independent fingerprints (lead incident, resolved place and actor ids), and only for the same incident.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ExtractedDocument, PlaceMention } from '../../../core/contract.ts'
import { StoryIndex } from './story-index.ts'
import { makeDoc, type PlaceSpec } from './testing.ts'

const SARMIN: PlaceSpec = { placeId: 'theater:sarmin', name: 'Sarmin', lat: 35.9, lon: 36.72 }
const KAFRAN: PlaceSpec = { placeId: 'theater:kafran', name: 'Kafran', lat: 35.7, lon: 36.2 }
const NLF = { nlf: 'initiator' as const, army: 'target' as const }

/** The document with place mentions for every name of `places` found in its text (as the geocoder would). */
function withPlaces(doc: ExtractedDocument, language: string, places: Record<string, PlaceSpec>): ExtractedDocument {
  const mentions: PlaceMention[] = Object.entries(places).flatMap(([alias, p]) => {
    const at = doc.text.indexOf(alias)
    return at < 0 ? [] : [{
      start: at, end: at + alias.length, text: alias, geonameId: null, placeId: p.placeId, name: p.name, country: 'SY',
      admin1: null, lat: p.lat, lon: p.lon, kind: 'city' as const, precision: 'exact' as const, role: 'event' as const,
    }]
  })
  return { ...doc, language, places: mentions }
}

const english = (): ExtractedDocument => withPlaces(makeDoc({
  id: 'en-sarmin', outlet: 'Valley Courier', publishedAt: '2025-04-02',
  text: 'Fighters of the Northern Liberation Front took the town of Sarmin on Wednesday after a two-day assault, ' +
    'local residents said.\n\nArmy units withdrew east of Sarmin toward the highway, and several families left for Kafran.',
  actors: { 'Northern Liberation Front': 'nlf' },
  events: [{ place: SARMIN, actors: NLF, evidence: 'took the town of Sarmin on Wednesday' }],
}), 'en', { Sarmin: SARMIN, Kafran: KAFRAN })

// Invented Arabic text: "The Northern Liberation Front took control of the town of Sarmin on Wednesday after the army
// withdrew from it, residents said; families fled toward Kafran."
const arabicSameIncident = (): ExtractedDocument => withPlaces(makeDoc({
  id: 'ar-sarmin', outlet: 'Sawt al-Wadi', publishedAt: '2025-04-02',
  text: 'سيطرت جبهة التحرير الشمالية يوم الأربعاء على بلدة سرمين بعد انسحاب وحدات الجيش منها، بحسب سكان محليين.\n\n' +
    'وقال الأهالي إن عائلات عديدة نزحت نحو كفران هرباً من القصف.',
  actors: { 'جبهة التحرير الشمالية': 'nlf' },
  events: [{ place: SARMIN, actors: NLF, evidence: 'سيطرت جبهة التحرير الشمالية يوم الأربعاء على بلدة سرمين' }],
}), 'ar', { 'سرمين': SARMIN, 'كفران': KAFRAN })

// Invented Arabic text of another incident the same day, recalling the first as background: "The army shelled the
// town of Kafran on Wednesday, killing civilians, a medical source said. Kafran lies west of Sarmin, which the Northern
// Liberation Front took on Wednesday." Its second event makes it a candidate; its lead must keep it out.
const arabicOtherIncident = (): ExtractedDocument => withPlaces(makeDoc({
  id: 'ar-kafran', outlet: 'Sawt al-Wadi', publishedAt: '2025-04-02',
  text: 'قصفت قوات الجيش يوم الأربعاء بلدة كفران بالمدفعية الثقيلة ما أدى إلى مقتل مدنيين، وفق مصدر طبي.\n\n' +
    'وتقع كفران إلى الغرب من سرمين التي سيطرت عليها جبهة التحرير الشمالية يوم الأربعاء.',
  actors: { 'جبهة التحرير الشمالية': 'nlf' },
  events: [
    { type: 'strike', place: KAFRAN, actors: { army: 'initiator' }, evidence: 'قصفت قوات الجيش يوم الأربعاء بلدة كفران' },
    { place: SARMIN, actors: NLF, evidence: 'سرمين التي سيطرت عليها جبهة التحرير الشمالية' },
  ],
}), 'ar', { 'كفران': KAFRAN, 'سرمين': SARMIN })

test('an Arabic report of the same lead incident joins the English story as an independent report', () => {
  const index = new StoryIndex()
  const en = index.add(english())
  const ar = index.add(arabicSameIncident())
  assert.equal(ar.story, en.story)
  assert.notEqual(ar.family, en.family)
  assert.equal(ar.relation, 'related')
})

test('the English report joins an Arabic story that came first (the rule is symmetric)', () => {
  const index = new StoryIndex()
  const ar = index.add(arabicSameIncident())
  const en = index.add(english())
  assert.equal(en.story, ar.story)
})

test('an Arabic report of another incident the same day, naming the same towns, starts its own story', () => {
  const index = new StoryIndex()
  const en = index.add(english())
  const other = index.add(arabicOtherIncident())
  assert.notEqual(other.story, en.story)
})

test('without resolved places in common, the same lead alone does not join two languages', () => {
  const index = new StoryIndex()
  const en = index.add(english())
  const bare = { ...arabicSameIncident(), places: [], actors: [] }
  assert.notEqual(index.add(bare).story, en.story)
})

test('two Arabic outlets carrying one Arabic text under their own header are one family (shingles read Arabic)', () => {
  const index = new StoryIndex()
  const first = index.add(arabicSameIncident())
  const base = arabicSameIncident()
  // Invented header "Al-Sahil news | Syria" and footer "Share the news".
  const copy = { ...base, id: 'ar-copy', source: 'ar-copy.txt', outlet: 'Al-Sahil', text: `أخبار الساحل | سوريا\n\n${base.text}\n\nشارك الخبر`, events: [] }
  const m = index.add(copy)
  assert.equal(m.story, first.story)
  assert.equal(m.family, first.family)
  assert.equal(m.relation, 'reprint')
})
