import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseActorLexicon } from './load.ts'
import { compileActorMatcher } from './match.ts'

const lex = parseActorLexicon(JSON.stringify({
  theater: 'test', period: { from: '2024-01-01', to: '2024-12-31' },
  actors: [
    { id: 'qorvath-front', name: 'Qorvath Front', kind: 'armed_group', aliases: ['Qorvath Front', 'QF', 'Qorvath fighters'] },
    { id: 'zelmar', name: 'Zelmar', kind: 'state', aliases: ['Zelmari government'], metonyms: ['Belmira', 'بلميرا'] },
    { id: 'zelmar-army', name: 'Zelmari army', kind: 'state_force', aliases: ['Zelmari army', 'army'] },
    { id: 'old-council', name: 'Old council', kind: 'organization', aliases: ['the council'], validTo: '2024-06-30' },
    { id: 'new-council', name: 'New council', kind: 'organization', aliases: ['the council'], validFrom: '2024-07-01' },
    { id: 'anna-vrel', name: 'Anna Vrel', kind: 'person', aliases: ['Anna al-Vrel'] },
    { id: 'ar-front', name: 'Northern Front', kind: 'armed_group', aliases: ['الجبهة الشمالية'] },
    // The rebels' command becomes the new rulers' on 1 July; the rebels are still "the rebels" after it.
    { id: 'rebel-front', name: 'Rebel front', kind: 'armed_group', aliases: ['the rebels', { text: 'operations command', until: '2024-06-30' }] },
    { id: 'new-rulers', name: 'New rulers', kind: 'state', validFrom: '2024-07-01', aliases: [{ text: 'operations command', from: '2024-07-01' }] },
  ],
}), 'test')
const m = compileActorMatcher(lex)
const ids = (text: string, date: string | null = null) => m.find(text, date).map((x) => x.actor.id)

describe('actor matching', () => {
  const table: [string, string[]][] = [
    ['Qorvath fighters seized the town overnight.', ['qorvath-front']],
    // the singular of a plural alias of two or more words names the same actor; a one-word plural has none
    ['A Qorvath fighter was seen at the checkpoint.', ['qorvath-front']],
    ['Qorvath fighterss', []],
    ['The Zelmari army withdrew; the army said so.', ['zelmar-army', 'zelmar-army']],
    ['QF units advanced.', ['qorvath-front']],
    ['qf is not an acronym in lower case.', []],
    ['Belmira will send advisers.', ['zelmar']],
    ['Thousands fled to Belmira.', []],
    ['Crowds gathered in central Belmira.', []],
    // a capital taken or hit is the city
    ['Rebels said they had taken Belmira without resistance.', []],
    ['Jets struck Belmira overnight.', []],
    ['An air strike hit Belmira overnight.', []],
    ['The president fled Belmira on Sunday.', []],
    ['Two officers were killed in the Belmira suburbs.', []],
    ['Belmira countryside was shelled overnight.', []],
    // A capital written in Arabic stands for its state as its subject ("Belmira threatened …", "and Belmira intends …"),
    // never after a preposition, joined ("ببلميرا", in Belmira) or not ("إلى بلميرا"), nor as what a visitor reaches
    ['هددت بلميرا بشن عملية عسكرية.', ['zelmar']],
    ['وتعتزم بلميرا فتح المعبر.', ['zelmar']],
    ['وصل الوفد إلى بلميرا مساء الأحد.', []],
    ['عقد اجتماع ببلميرا.', []],
    ['وصل الوزير إلى العاصمة بلميرا.', []],
    ['Anna al Vrel spoke.', ['anna-vrel']],
    ['Anna al‐Vrel spoke.', ['anna-vrel']],
    ['Qorvathian traders', []],
    // Arabic proclitics: "و" (and), "ب" (by) and "ل" merged with the article ("للجبهة")
    ['قالت الجبهة الشمالية إن', ['ar-front']],
    ['وأعلنت والجبهة الشمالية', ['ar-front']],
    ['مقاتلون تابعون للجبهة الشمالية', ['ar-front']],
    ['الجبهة الشماليةالجديدة', []],
  ]
  for (const [text, want] of table) it(`finds ${JSON.stringify(want)} in "${text}"`, () => assert.deepEqual(ids(text), want))

  it('prefers the longest alias at the leftmost position', () => {
    const found = m.find('The Zelmari army moved.', null)
    assert.equal(found.length, 1)
    assert.equal(found[0]?.span.start, 4)
  })
  it('chooses the actor valid on the publication date when an alias is shared', () => {
    assert.deepEqual(ids('the council met', '2024-03-01'), ['old-council'])
    assert.deepEqual(ids('the council met', '2024-09-01'), ['new-council'])
  })
  it('chooses by the alias\'s own dates when the actor outlives them', () => {
    assert.deepEqual(ids('the operations command said', '2024-03-01'), ['rebel-front'])
    assert.deepEqual(ids('the operations command said', '2024-09-01'), ['new-rulers'])
    assert.deepEqual(ids('the rebels said', '2024-09-01'), ['rebel-front'])
  })
  it('keeps exact offsets for curly apostrophes and accents', () => {
    const text = 'Then Qorvath Front’s men left.'
    const f = m.find(text, null)[0]
    assert.equal(f && text.slice(f.span.start, f.span.end), 'Qorvath Front')
  })
  it('reads an alias written with harakat or tatweel as the bare alias, its span on the text as written', () => {
    const table: [text: string, written: string][] = [
      ['قالت الجَبْهَةُ الشَّمَالِيَّةُ إن الطريق مغلق', 'الجَبْهَةُ الشَّمَالِيَّةُ'],
      ['وأعلنت والجبهـــة الشمالية انسحابها', 'والجبهـــة الشمالية'],
      ['مقاتلون تابعون لِلْجَبْهَةِ الشَّمَالِيَّةِ، وفق مصادر', 'لِلْجَبْهَةِ الشَّمَالِيَّةِ'],
    ]
    for (const [text, written] of table) {
      const found = m.find(text, null)
      assert.deepEqual(found.map((f) => f.actor.id), ['ar-front'], text)
      const f = found[0] as (typeof found)[number]
      // The span is what the bare alias would cover, the marks on its last letter included.
      assert.equal(text.slice(f.span.start, f.span.end), written, text)
    }
  })
  it('leaves a word that merely carries harakat in the middle of another word alone', () => {
    assert.deepEqual(ids('الجبهةُالشماليةالجديدة'), [])
  })
})

describe('actor matching over a lexicon of many aliases', () => {
  // More aliases than one expression holds: the longest alias and a shorter one inside it fall in different
  // expressions, and the text's match is still the leftmost-longest.
  const fillers = Array.from({ length: 700 }, (_, i) => ({ id: `filler-${i}`, name: `Filler ${i}`, kind: 'organization', aliases: [`Filler Body ${i}`] }))
  const big = compileActorMatcher(parseActorLexicon(JSON.stringify({
    theater: 'test', period: { from: '2024-01-01', to: '2024-12-31' },
    actors: [...fillers,
      { id: 'qorvath-command', name: 'Qorvath Joint Operations Command of the North', kind: 'armed_group', aliases: ['Qorvath Joint Operations Command of the North'] },
      { id: 'qorvath', name: 'Qorvath', kind: 'armed_group', aliases: ['Qorvath Joint'] }],
  }), 'test'))
  it('finds the longest alias at a place, and aliases of every expression', () => {
    assert.deepEqual(big.find('The Qorvath Joint Operations Command of the North and Filler Body 5 met.', null).map((x) => x.actor.id), ['qorvath-command', 'filler-5'])
    assert.deepEqual(big.find('Filler Body 699 and the Qorvath Joint met.', null).map((x) => x.actor.id), ['filler-699', 'qorvath'])
  })
})
