import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { assertDoc } from '../../core/doc.ts'
import { defaultContext } from '../context.ts'
import { createDoc } from '../create-doc.ts'
import { clean } from './clean.ts'
import { detectLanguage } from './detect-language.ts'

function languageOf(raw: string): string {
  const ctx = defaultContext()
  const doc = detectLanguage(clean(createDoc({ source: 't', raw, format: 'text', hints: {} }), ctx), ctx)
  assertDoc(doc)
  return doc.language
}

describe('detect-language', () => {
  it('tags news text with its ISO 639-1 code', () => {
    assert.equal(languageOf('Fighters of the Ember Front entered the town of Qorvath on Thursday night, residents said, after two days of shelling.'), 'en')
    assert.equal(languageOf('Les combattants du Front de la Braise sont entrés jeudi soir dans la ville de Qorvath, selon des habitants, après deux jours de bombardements.'), 'fr')
    assert.equal(languageOf('Kämpfer der Glutfront sind am Donnerstagabend nach zwei Tagen Beschuss in die Stadt Qorvath eingedrungen, sagten Bewohner.'), 'de')
  })

  it('reads past a long page\'s first lines when they do not say English', () => {
    const french = 'Les combattants du Front de la Braise sont entrés jeudi soir dans la ville de Qorvath, selon des habitants, après deux jours de bombardements. '
    assert.equal(languageOf(french.repeat(12)), 'fr')
    const english = 'Fighters of the Ember Front entered the town of Qorvath on Thursday night, residents said, after two days of shelling. '
    assert.equal(languageOf(english.repeat(12)), 'en')
  })

  it('tags Arabic-script pages ar', () => {
    assert.equal(languageOf('دخل مقاتلون إلى مدينة قورفاث مساء الخميس بعد يومين من القصف، بحسب سكان المدينة.'), 'ar')
  })

  it('reads a short text by its function words, where trigrams are a guess (a headline, a wire flash)', () => {
    assert.equal(languageOf('Zelmari jets struck military sites near Qorvath.'), 'en')
    assert.equal(languageOf('Jets hit Qorvath.'), 'en')
    assert.equal(languageOf('Des frappes ont visé des sites militaires près de Qorvath.'), 'fr')
    assert.equal(languageOf('Kampfjets griffen Stellungen bei Qorvath an, sagte die Armee.'), 'de')
  })

  it('leaves text too short to judge undetermined', () => {
    assert.equal(languageOf('Qorvath.'), 'und')
  })
})
