// Scraped pages of the period (test/fixtures/scraped-pages): the whole pipeline, checking that the furniture of each
// page leaves the text, that its story stays, and that no event rests on anything but story text.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { assertDoc } from '../src/core/doc.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import { presentDocument } from '../src/pipeline/present.ts'
import { runPipeline } from '../src/pipeline/run.ts'

const DIR = fileURLToPath(new URL('./fixtures/scraped-pages/', import.meta.url))

interface Case {
  readonly publishedAt: string
  /** Story paragraphs, by their opening words, in order. */
  readonly story: readonly string[]
  /** Furniture that must not reach the text, nor any event's evidence. */
  readonly gone: readonly string[]
}

const CASES: Record<string, Case> = {
  '01-wire-aleppo.txt': {
    publishedAt: '2024-11-29',
    story: ['BEIRUT, Nov 29 (Reuters) - Insurgents', 'The Syrian army said', 'Russian warplanes struck', 'The offensive is the largest', 'The Syrian Observatory for Human Rights said'],
    gone: ['Purchase Licensing Rights', 'Suggested Topics', 'Our Standards', 'Reporting by', 'Sign up here', 'who controls what'],
  },
  '02-live-blog-damascus.html': {
    publishedAt: '2024-12-08',
    story: [
      'Opposition fighters announce the capital', '14:40 GMT', 'Israel says its troops', 'The Israeli military said', '13:05 GMT', 'Crowds at the Umayyad',
      'Thousands of people gathered', '11:20 GMT', 'Russia says al-Assad', "Russia's foreign ministry said", 'Scenes from the Mezzeh highway',
      '— Sami Kareem', '06:15 GMT', "Opposition fighters announce Damascus 'liberated'", 'The opposition operations room said',
    ],
    gone: ['Keep reading', 'Who is Abu Mohammed', 'Map: Who controls', 'Advertisement', 'People celebrate in the Umayyad Square', 'cookies', 'Share'],
  },
  '06-amp-page.html': {
    publishedAt: '2024-12-10',
    story: ['Israeli warplanes struck', 'The Israeli army said', 'Israeli ground forces', 'Egypt, Qatar and Saudi Arabia condemned'],
    gone: ['unrivalled coverage', 'Enter your email', 'Sign up', 'This article has been updated', 'is Levant Eye', 'Smoke rises over', 'Advertisement'],
  },
  '09-gulf-daily.txt': {
    publishedAt: '2024-12-10',
    story: ['Mohammed Al Bashir, who led', 'In a short televised address', 'Israel, meanwhile, carried out', 'In Deir Ezzor, local fighters'],
    gone: ['Latest: Israel says', 'is a correspondent covering', 'By signing up', 'Topics:', 'Where is Bashar', 'uses cookies', 'Updated:'],
  },
  '11-correction-deir-ezzor.txt': {
    publishedAt: '2024-12-06',
    // (A wire's "___" rule stays: the cleaning benchmark's truth keeps it, and it makes no event.)
    story: ['QAMISHLI, Syria (Levant Wire)', 'The SDF said it had also taken', 'The withdrawal followed', 'Iraq said it had sent', '___'],
    gone: ['Correction:', 'Kinnat', 'has been corrected', 'stands guard at a checkpoint', 'contributed to this report', 'All rights reserved', "Levant Wire's coverage", 'PHOTOS:'],
  },
  '16-arab-daily.html': {
    publishedAt: '2024-12-03',
    story: ['Russian and Syrian jets strike Idlib countryside', 'The Syrian army sent', 'A military source told', 'The Britain-based Syrian Observatory', 'Russian and Syrian warplanes struck', 'Iranian Foreign Minister'],
    gone: ['Syria Hama Russia Iran', 'Tuesday, 3 December, 2024 - 18:40', 'Most Popular', 'Hamas Delegation', "Editor's Picks", 'tanks on the road'],
  },
  '17-kurdish-outlet-comments.txt': {
    publishedAt: '2024-12-01',
    story: ['ERBIL (K24)', 'The civilians, many of them', 'An official of the Autonomous Administration'],
    gone: ['Follow us', 'Leave a Reply', 'burned the houses', 'Turkish drones bombed the road', 'Rojin M.', 'Load more comments'],
  },
  '21-guardian-style-live.txt': {
    publishedAt: '2024-12-08',
    // (The entries' dated stamps stay: they date the entries of the night before the blog's day.)
    story: ['Sat 7 Dec 2024 23.58 GMT', 'The rebel operations command said', 'Sat 7 Dec 2024 21.40 GMT', 'Government forces have lost control', 'Sat 7 Dec 2024 19.05 GMT', 'The UN special envoy'],
    gone: ['Key events', 'JavaScript', 'Pinned post', 'Updated at', 'Explore more', 'Reuse this content', 'Most viewed', 'Rebels say they are now inside Homs'],
  },
  '19-russian-agency.txt': {
    publishedAt: '2024-12-09',
    story: ['MOSCOW, December 9. /TASS/.', '"Russia has granted them asylum', 'According to the source', 'The Syrian opposition announced'],
    gone: ['Read also', 'Tags', 'registered media', 'Use of materials', 'Updated at:'],
  },
}

for (const [file, c] of Object.entries(CASES)) {
  describe(`scraped page ${file}`, () => {
    const raw = readFileSync(`${DIR}${file}`, 'utf8')
    const doc = runPipeline(
      { source: file, raw, format: file.endsWith('.html') ? 'html' : 'text', hints: { publishedAt: c.publishedAt } },
      defaultContext({ today: '2025-01-01' }),
    )
    assertDoc(doc)
    const out = presentDocument(doc)
    const paragraphs = out.text.split('\n\n')
    it('keeps every story paragraph, in order, and nothing else', () => {
      assert.deepEqual(paragraphs.map((p, i) => (p.startsWith(c.story[i] ?? '\u0000') ? c.story[i] : p)), c.story)
    })
    it('drops the furniture, each piece with a reason', () => {
      for (const g of c.gone) assert.ok(!out.text.includes(g), `"${g}" left the text`)
      assert.ok(out.removed.every((r) => r.reason !== ''))
    })
    if (file.startsWith('21-')) {
      it('dates each entry by its stamp, the day before the blog\'s', () => {
        assert.deepEqual([...new Set(out.events.map((e) => e.date))], ['2024-12-07'])
      })
    }
    it('takes every event from story text', () => {
      assert.ok(out.events.length > 0)
      for (const e of out.events) {
        const inStory = paragraphs.some((p, i) => p.includes(e.evidence.text) && c.story[i] !== undefined)
        assert.ok(inStory, `evidence "${e.evidence.text.slice(0, 60)}" is story text`)
        for (const g of c.gone) assert.ok(!e.evidence.text.includes(g))
      }
    })
  })
}
