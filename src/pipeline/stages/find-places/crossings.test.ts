// Border crossings through the real index: the crossings table's spellings, a crossing word after a name, and the
// bare name of a crossing's town. The sentences are invented; the names are real because the rule under test is
// the index's coverage of the theater's crossings.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { annotationsOf, assertDoc } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

const ctx = defaultContext()
function places(text: string): { surface: string; name: string; country: string | null; featureCode: string | undefined }[] {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-08' } }, ctx)
  assertDoc(doc)
  return annotationsOf(doc, 'place').map((p) => ({ surface: doc.text.slice(p.span.start, p.span.end), name: p.name, country: p.country, featureCode: p.featureCode }))
}

// [sentence, surface, the entry's name, its feature code]
const CROSSINGS: readonly [string, string, string, string][] = [
  ['Dozens of families left through the Joussieh crossing before dawn.', 'Joussieh crossing', 'Jusiyah border crossing', 'XING'],
  ['Customs officers at the Jousiyeh border crossing turned the lorries back.', 'Jousiyeh border crossing', 'Jusiyah border crossing', 'XING'],
  ['Lebanese officers closed the Masnaa border post for the night.', 'Masnaa border post', 'Jdeidat Yabous border crossing', 'XING'],
  ["Buses queued near the Masna'a crossing all afternoon.", "Masna'a crossing", 'Jdeidat Yabous border crossing', 'XING'],
  ['Officials at the Masnaa border point checked papers.', 'Masnaa border point', 'Jdeidat Yabous border crossing', 'XING'],
  // "the X border" is the crossing; two of its names joined by a hyphen are too, not the first name's town and a person.
  ['Thousands walked home through the Masnaa border on foot.', 'Masnaa border', 'Jdeidat Yabous border crossing', 'XING'],
  // the last of two crossings named before the plural word
  ['Aid trucks used the Bab al-Hawa and Bab al-Salameh crossings.', 'Bab al-Salameh crossings', 'Bab al-Salama border crossing', 'XING'],
  // Every name of a list before the plural word is a crossing's: the first is no village (Jaber in al-Raqqa) nor town
  // (Masnaa), and a name the index keeps only with its crossing word is found at all.
  ['Amman closed the Jaber and Nasib crossings at noon.', 'Jaber', 'Nasib border crossing', 'XING'],
  ['Beirut shut the Masnaa and Joussieh border crossings overnight.', 'Masnaa', 'Jdeidat Yabous border crossing', 'XING'],
  ['Beirut shut the Masnaa and Joussieh border crossings overnight.', 'Joussieh border crossings', 'Jusiyah border crossing', 'XING'],
  ['Ankara kept the Bab al-Hawa, Bab al-Salameh and Jarablus crossings open.', 'Bab al-Salameh', 'Bab al-Salama border crossing', 'XING'],
  ['Baghdad sealed the al-Qaim and Rabia border posts on Friday.', 'al-Qaim', 'Albukamal border crossing', 'XING'],
  // A name before the list that no crossing bears keeps its own reading.
  ['Convoys moved between Idlib and the Bab al-Hawa and Bab al-Salameh crossings.', 'Idlib', 'Idlib', 'PPLA'],
  ['Lorries queued at the Masnaa-Jdeidet Yabous crossing since dawn.', 'Masnaa-Jdeidet Yabous crossing', 'Jdeidat Yabous border crossing', 'XING'],
  ['Lorries queued at the Jdeidet Yabous-Masnaa border crossing.', 'Jdeidet Yabous-Masnaa border crossing', 'Jdeidat Yabous border crossing', 'XING'],
  ['Trade through Jaber-Nasib resumed on Monday.', 'Jaber-Nasib', 'Nasib border crossing', 'XING'],
  // The Iraqi side's name of the Albukamal crossing.
  ['Militias pulled out across the al-Qaim crossing overnight.', 'al-Qaim crossing', 'Albukamal border crossing', 'XING'],
  // A lowercase crossing word after an article or a third word still ends the name, as the table spells it.
  ['Aid convoys entered via the Bab al-Hawa border crossing at noon.', 'Bab al-Hawa border crossing', 'Bab al-Hawa border crossing', 'XING'],
  ['Returnees gathered at the al-Masnaa border crossing.', 'al-Masnaa border crossing', 'Jdeidat Yabous border crossing', 'XING'],
  ['Shelling closed the Tal Abyad border crossing for a day.', 'Tal Abyad border crossing', 'Tal Abyad border crossing', 'XING'],
  // "at the X said": X is where the speaker is, not a person's name (which would drop X from the whole text).
  ['A customs officer at the Masnaa border crossing said 900 cars passed.', 'Masnaa border crossing', 'Jdeidat Yabous border crossing', 'XING'],
  // The bare name is the crossing's town, whose source spells it otherwise ("Jdidet Yabus"), or the theater's place
  // for the Lebanese post, which neither GeoNames' cities nor OCHA's Syrian list has.
  ['Lorries waited in Jdeidet Yabous until the road reopened.', 'Jdeidet Yabous', 'Jdidet Yabus', 'PPL'],
  ['Families crossed into Lebanon at al-Masnaa before nightfall.', 'al-Masnaa', 'Masnaa', 'PPL'],
  // A bare name whose only Syrian namesakes are villages across the country (Bab Elhawa in Hasakah) is the crossing's.
  ['Jets struck Bab al-Hawa near the Turkish border at dawn.', 'Bab al-Hawa', 'Bab al-Hawa border crossing', 'XING'],
]
for (const [text, surface, name, fcode] of CROSSINGS) {
  test(`"${surface}" is ${name}`, () => {
    const p = places(text).find((x) => x.surface === surface)
    assert.equal(p?.name, name, text)
    assert.equal(p?.featureCode, fcode, text)
  })
}
