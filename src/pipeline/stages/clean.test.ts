import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import fc from 'fast-check'
import { assertDoc } from '../../core/doc.ts'
import { docIdFor } from '../../core/ids.ts'
import type { Doc } from '../../core/types.ts'
import type { InputHints } from '../../ingest/input-record.ts'
import { defaultContext } from '../context.ts'
import { createDoc } from '../create-doc.ts'
import { docProblem } from '../problems.ts'
import { clean } from './clean.ts'

const ctx = defaultContext({ today: '2024-12-31' })
const page = (name: string) => readFileSync(new URL(`../../../test/fixtures/pages/${name}`, import.meta.url), 'utf8')

function run(raw: string, format: 'text' | 'html', hints: InputHints = {}): Doc {
  const doc = clean(createDoc({ source: 'test', raw, format, hints }), ctx)
  assertDoc(doc)
  return doc
}

/** Every kept piece and (for plain text) every removal is a verbatim copy of raw at its offsets. */
function assertOffsets(doc: Doc, removalsVerbatim: boolean): void {
  let covered = 0
  for (const p of doc.toRaw.pieces) {
    assert.equal(doc.text.slice(p.textStart, p.textStart + p.length), doc.raw.slice(p.rawStart, p.rawStart + p.length))
    assert.ok(p.textStart >= covered, 'pieces are sorted and do not overlap')
    covered = p.textStart + p.length
  }
  if (!removalsVerbatim) return
  for (const r of doc.removed) assert.equal(doc.raw.slice(r.rawStart, r.rawEnd), r.text)
}

test('a scraped text page loses its caption, headline, boilerplate and kickers, each with a reason', () => {
  const doc = run(page('scraped-report.txt'), 'text')
  assert.deepEqual(doc.removed.map((r) => r.reason), [
    'caption', 'title', 'boilerplate:related-link', 'heading', 'caption', 'caption', 'boilerplate:related-link',
    'boilerplate:more-stories', 'boilerplate:subscribe', 'boilerplate:share', 'boilerplate:comment-form',
    'boilerplate:comment-form', 'boilerplate:cookie',
  ])
})

test('the headline of a text page becomes the title and leaves the text', () => {
  const doc = run(page('scraped-report.txt'), 'text')
  assert.equal(doc.meta.title, 'Militia fighters push toward Velmar as the council calls for reinforcements')
  assert.ok(!doc.text.includes('push toward Velmar as the council'))
})

test('every story line of a text page stays, as its own paragraph, in order', () => {
  const doc = run(page('scraped-report.txt'), 'text')
  const paragraphs = doc.text.split('\n\n')
  assert.equal(paragraphs.length, 5)
  assert.match(paragraphs[0] ?? '', /^Militia fighters loyal to the Northern Council advanced/)
  assert.ok(paragraphs.includes('The army says it holds the line along the Ostra river and will not retreat.'))
  assert.match(paragraphs[4] ?? '', /^"We have nowhere else to go,"/)
})

test('a title given in metadata is kept, and the headline line still leaves the text', () => {
  const headline = 'Militia fighters push toward Velmar as the council calls for reinforcements'
  const doc = run(page('scraped-report.txt'), 'text', { title: 'Given title' })
  assert.equal(doc.meta.title, 'Given title')
  assert.ok(doc.removed.some((r) => r.reason === 'title' && r.text === headline))
  assert.ok(!doc.text.includes(headline))
})

test('hard-wrapped lines join into one paragraph with a space', () => {
  const doc = run(page('wrapped-report.txt'), 'text')
  assert.equal(doc.meta.title, 'Shelling resumes near Qorvath')
  assert.equal(doc.text.split('\n\n').length, 2)
  assert.match(doc.text, /northern edge of Qorvath overnight, two residents said/)
  assertOffsets(doc, true)
})

test('the document id is the hash of the cleaned text', () => {
  const doc = run(page('scraped-report.txt'), 'text')
  assert.equal(doc.id, docIdFor(doc.text))
})

test('a page of nothing but boilerplate gets an "empty" error that docProblem reports', () => {
  const doc = run('Share this article\n\nLeave a Reply\n\nSubscribe to our newsletter for updates.\n', 'text')
  assert.equal(doc.text, '')
  assert.ok(doc.messages.some((m) => m.rule === 'empty' && m.severity === 'error'))
  assert.match(docProblem(doc)?.message ?? '', /nothing left after cleaning/)
})

test('script, style, noscript and event-handler code never reach the text of an HTML page', () => {
  const doc = run(page('velmar-report.html'), 'html')
  assert.doesNotMatch(doc.text, /LEAK|trackingCode|alert\(|steal\(|color: red/)
  assert.match(doc.text, /Militia fighters loyal to the Northern Council reached/)
})

test('HTML metadata gives title, outlet, canonical URL and publication date', () => {
  const doc = run(page('velmar-report.html'), 'html')
  assert.equal(doc.meta.title, 'Fighters reach the Velmar bridge as the army digs in')
  assert.equal(doc.meta.outlet, 'The Velmar Ledger')
  assert.equal(doc.meta.url, 'https://ledger.example/world/velmar-bridge')
  assert.equal(doc.meta.publishedAt, '2024-03-05')
  assert.equal(doc.meta.publishedAtBasis, 'metadata')
})

test('an HTML article drops its figcaption, byline and related link but keeps its subheading', () => {
  const doc = run(page('velmar-report.html'), 'html')
  const reasons = new Map(doc.removed.map((r) => [r.text, r.reason]))
  assert.equal(reasons.get('A convoy crosses the Ostra bridge at dawn. Photo: Ali Doe'), 'caption')
  assert.doesNotMatch(doc.text, /By Jane Roe/)
  assert.equal(reasons.get('Read more: Council leader rejects ceasefire offer'), 'boilerplate:related-link')
  assert.match(doc.text, /\n\nThousands on the move\n\n/)
  assert.doesNotMatch(doc.text, /Most read|cookies|Share on/)
})

test('HTML entities are decoded in the text while the offset map stays verbatim', () => {
  const doc = run(page('velmar-report.html'), 'html')
  assert.match(doc.text, /would “hold every metre” they had gained/)
  assert.match(doc.text, /the town's old quarter/)
  assertOffsets(doc, false)
})

test('the offset map of an HTML page covers all its text but separators and entities', () => {
  const doc = run(page('velmar-report.html'), 'html')
  const mapped = doc.toRaw.pieces.reduce((n, p) => n + p.length, 0)
  const separators = (doc.text.match(/\n\n| /g) ?? []).reduce((n, m) => n + m.length, 0)
  // Three entities (“ ” ') are the only inserted characters besides separators.
  assert.ok(mapped + separators + 3 >= doc.text.length, `${mapped} mapped + ${separators} of ${doc.text.length}`)
})

test('HTML removals point at the raw text they came from', () => {
  const doc = run(page('velmar-report.html'), 'html')
  for (const r of doc.removed) {
    const first = r.text.split(' ')[0] ?? ''
    assert.ok(doc.raw.slice(r.rawStart, r.rawEnd).includes(first), `${r.reason}: "${r.text}" not at ${r.rawStart}`)
  }
  assert.ok(doc.removed.some((r) => r.reason === 'outside-article' && /Home/.test(r.text)))
})

test('of several page dates the first plausible one is taken', () => {
  const html = '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"1970-01-01"}</script><meta property="article:published_time" content="2024-03-06T10:00:00Z"></head><body><p>Shelling hit Velmar.</p></body></html>'
  assert.equal(run(html, 'html').meta.publishedAt, '2024-03-06')
})

test('an implausible page date is passed on as it is, for find-dates to judge', () => {
  const html = '<html><head><meta property="article:published_time" content="2031-01-01"></head><body><p>Shelling hit Velmar.</p></body></html>'
  assert.equal(run(html, 'html').meta.publishedAt, '2031-01-01')
})

test('a <time datetime> gives the date when nothing else does', () => {
  const doc = run('<html><body><article><time datetime="2024-03-07T08:00">7 March</time><p>Shelling hit Velmar.</p></article></body></html>', 'html')
  assert.equal(doc.meta.publishedAt, '2024-03-07')
})

test('a date given with the input wins over the page metadata', () => {
  const doc = run(page('velmar-report.html'), 'html', { publishedAt: '2024-03-04' })
  assert.equal(doc.meta.publishedAt, '2024-03-04')
})

test('an Arabic HTML page keeps its Arabic text', () => {
  const doc = run('<html lang="ar"><body><article><p>سيطر المقاتلون على بلدة قورفات يوم الجمعة بعد اشتباكات عنيفة مع القوات الحكومية، بحسب سكان محليين.</p></article></body></html>', 'html')
  assert.match(doc.text, /قورفات/)
})

const LINES = [
  'Rebels entered Qorvath on Friday, residents said.',
  'A convoy carries bread along the coastal road.',
  'See also: Drought hits the south',
  'Share this article',
  'FRONT LINES',
  'The army says it holds the line.',
  'continued text in lower case',
  '   indented line with trailing spaces   ',
]

test('property: kept pieces and removals of any text page are verbatim raw at their offsets', () => {
  const line = fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 40 }))
  const sep = fc.constantFrom('\n', '\n\n', '\r\n', '\n \n\n', ' \n')
  fc.assert(
    fc.property(fc.array(fc.tuple(line, sep), { minLength: 1, maxLength: 12 }), (parts) => {
      const raw = parts.map(([l, s]) => l + s).join('')
      const doc = clean(createDoc({ source: 'p', raw, format: 'text', hints: {} }), ctx)
      assertOffsets(doc, true)
      const inPieces = new Set<number>()
      for (const p of doc.toRaw.pieces) for (let i = 0; i < p.length; i++) inPieces.add(p.textStart + i)
      for (let i = 0; i < doc.text.length; i++) if (!inPieces.has(i)) assert.match(doc.text[i] ?? '', /\s/)
    }),
    { numRuns: 200 },
  )
})

test('property: kept pieces of any HTML page are verbatim raw at their offsets', () => {
  const chunk = fc.oneof(
    fc.constantFrom('Rebels entered Qorvath', ' &amp; ', '&ldquo;quoted&rdquo;', 'caf&eacute;', '&#39;', '\n  ', 'Velmar'),
    fc.string({ maxLength: 12 }).map((s) => s.replace(/[<&]/g, ' ')),
  )
  const block = fc.tuple(fc.constantFrom('p', 'div', 'li', 'h2', 'figcaption', 'span'), fc.array(chunk, { maxLength: 6 }))
    .map(([tag, parts]) => `<${tag}>${parts.join('')}</${tag}>`)
  fc.assert(
    fc.property(fc.array(block, { minLength: 1, maxLength: 10 }), (blocks) => {
      const raw = `<html><body><article>${blocks.join('\n')}</article></body></html>`
      assertOffsets(clean(createDoc({ source: 'p', raw, format: 'html', hints: {} }), ctx), false)
    }),
    { numRuns: 100 },
  )
})

test('a page <title> loses the outlet name appended to it', () => {
  const html = '<html><head><title>Shelling hits Velmar market | The Velmar Ledger</title><meta property="og:site_name" content="The Velmar Ledger"></head><body><p>Shelling hit the market in Velmar.</p></body></html>'
  assert.equal(run(html, 'html').meta.title, 'Shelling hits Velmar market')
})

test('a lone headline-shaped line stays as the text rather than leave nothing', () => {
  const doc = run('Shelling hit Qorvath overnight\n\nShare this article\n', 'text')
  assert.equal(doc.text, 'Shelling hit Qorvath overnight')
  assert.equal(doc.meta.title, null)
})

test('a wire-style page loses its credit caption, byline, date line, related list and trailer', () => {
  const doc = run(page('wire-rewrite.txt'), 'text')
  assert.equal(doc.meta.title, 'Northern Council claims Qorvath airbase as army regroups')
  assert.deepEqual(doc.removed.map((r) => r.reason), [
    'caption', 'title', 'boilerplate:byline', 'boilerplate:timestamp', 'caption', 'boilerplate:related-link',
    'boilerplate:related-link', 'boilerplate:related-link', 'heading', 'caption', 'boilerplate:byline',
    'boilerplate:site-chrome', 'boilerplate:promo',
  ])
  assert.equal(doc.text.split('\n\n').length, 6)
  assert.match(doc.text, /^QORVATH, March 4 \(Reuters\) - Fighters/)
})

test('the lines under a related-stories header go with it until a story line', () => {
  const doc = run('Fighters entered Qorvath on Monday, residents said.\n\nMore stories\n\nPort strike enters third week\n\nFarmers sell herds as drought deepens\n\nThe army said it would retake the town.\n', 'text')
  assert.deepEqual(doc.removed.map((r) => r.reason), ['boilerplate:more-stories', 'boilerplate:more-stories', 'boilerplate:more-stories'])
  assert.match(doc.text, /would retake the town\.$/)
})

test('an HTML subheading is never taken for a caption', () => {
  const doc = run('<html><body><article><p>Fighters entered Qorvath on Monday, residents said, after a week of shelling.</p><h2>Crowds gather in the square</h2><p>The army said it would retake the town within days.</p></article></body></html>', 'html')
  assert.match(doc.text, /\n\nCrowds gather in the square\n\n/)
})

test('the headline is found under a masthead, menus and a breadcrumb, and they leave with reasons', () => {
  const doc = run(page('masthead-report.txt'), 'text')
  assert.equal(doc.meta.title, 'Council forces cut the coastal road as the army pulls back from Qorvath')
  assert.deepEqual(doc.removed.map((r) => r.reason), [
    'heading', 'boilerplate:navigation', 'boilerplate:navigation', 'title', 'boilerplate:byline', 'boilerplate:byline',
    'caption', 'boilerplate:comment-form', 'boilerplate:related-link', 'boilerplate:related-link',
    'boilerplate:related-link', 'boilerplate:subscribe', 'boilerplate:site-chrome',
  ])
  assert.equal(doc.text.split('\n\n').length, 2)
})

test('property: any string cleans as HTML without throwing and with verbatim pieces', () => {
  const markup = fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('<p>', '</p>', '<div class="caption">', '</div>', '<script>', '</script>', '&amp;', '&#x27;', '<br>', '<!--', '-->', '<h2>', '</h2>')), { maxLength: 30 })
  fc.assert(
    fc.property(markup, (parts) => {
      const doc = clean(createDoc({ source: 'p', raw: parts.join(''), format: 'html', hints: {} }), ctx)
      assertDoc(doc)
      assertOffsets(doc, false)
    }),
    { numRuns: 150 },
  )
})

test('HTML that is only text, with no tag at all, still cleans', () => {
  const doc = run('Rebels entered Velmar on Friday, residents said.', 'html')
  assert.equal(doc.text, 'Rebels entered Velmar on Friday, residents said.')
})

test('the lines under a bare "Tags" label are its tags and leave with it', () => {
  const doc = run('Council fighters entered Velmar on Tuesday, residents said.\n\nTags\nVelmar, Northern Council, Ostra bridge\n', 'text')
  assert.equal(doc.text, 'Council fighters entered Velmar on Tuesday, residents said.')
  assert.deepEqual(doc.removed.map((r) => r.reason), ['boilerplate:tags', 'boilerplate:tags'])
})

test('a sign-up box marked by its class leaves whole, its slogan heading too', () => {
  const html = `<html><body><article><h1>Fighters reach Velmar</h1>
<p>Council fighters entered the outskirts of Velmar on Tuesday after two days of fighting along the Ostra river, residents said.</p>
<div class="newsletter-box"><h4>The Ledger's independent and fearless coverage</h4><p>Your morning briefing on the north, every day.</p></div>
<p>The army said it had pulled its units back to the eastern bank of the river to protect civilians in the town.</p>
</article></body></html>`
  const doc = run(html, 'html')
  assert.ok(!doc.text.includes('fearless coverage') && !doc.text.includes('morning briefing'))
  assert.ok(doc.text.includes('pulled its units back'))
  assert.deepEqual(doc.removed.filter((r) => r.reason === 'boilerplate:subscribe').length, 2)
})

test('a live-blog entry Readability drops for its link list comes back when most of its siblings stayed', () => {
  const entry = (time: string, body: string, extra = '') =>
    `<div class="entry"><span class="time">${time}</span><h2>Update from the north</h2><p>${body}</p>${extra}</div>`
  const links = '<p>Keep reading</p><ul><li><a href="/a">Who are the fighters of the Northern Council?</a></li><li><a href="/b">Map: who holds what along the Ostra river</a></li></ul>'
  const html = `<html><body><main><article><h1>Live: the battle for Velmar</h1><div class="entries">
${entry('14:40 GMT', 'Council fighters said they had reached the central square of Velmar, and residents reported gunfire near the town hall.')}
${entry('13:05 GMT', 'The army said its units had repelled an attack on the northern approaches to Velmar and inflicted heavy losses on the attackers.')}
${entry('11:20 GMT', 'Thousands of families have left Qorvath for the coast since the morning, the relief agency said in a statement to reporters.')}
${entry('06:15 GMT', 'The council announced at dawn that its fighters had taken the Ostra bridge, cutting the road from Velmar to the coast.', links)}
</div></article></main><footer><p>Our other sites</p></footer></body></html>`
  const doc = run(html, 'html')
  assertOffsets(doc, false)
  assert.ok(doc.text.includes('had taken the Ostra bridge'), 'the dropped entry is back')
  assert.ok(doc.text.indexOf('had taken the Ostra bridge') > doc.text.indexOf('relief agency'), 'in page order')
  assert.ok(!doc.text.includes('Keep reading') && !doc.text.includes('Who are the fighters'), 'its link list still goes')
})


test('readers\' comments under a story leave with it, from the header to the end of the page', () => {
  const raw = [
    'Council fighters entered Velmar on Tuesday, residents said.', '',
    'The army said it had pulled back to the eastern bank of the Ostra.', '',
    'Comments', '', 'Jane Roe', '3 hours ago', 'Council drones bombed the road near Qorvath this morning, nobody is reporting it.', '',
    'Reply', '',
  ].join('\n')
  const doc = run(raw, 'text')
  assert.equal(doc.text, 'Council fighters entered Velmar on Tuesday, residents said.\n\nThe army said it had pulled back to the eastern bank of the Ostra.')
  assert.ok(doc.removed.some((r) => r.reason === 'boilerplate:comments' && r.text.startsWith('Council drones')))
})

test('a comment count before the story, or a "Comments" line with no comment after it, takes no story with it', () => {
  const raw = ['12 comments', '', 'Council fighters entered Velmar on Tuesday, residents said.', '', 'Comments', '',
    'The army said it had pulled back to the eastern bank of the Ostra.', '', 'Officials expect talks on Friday.'].join('\n')
  const doc = run(raw, 'text')
  assert.ok(doc.text.includes('pulled back') && doc.text.includes('Officials expect talks'))
})

test('a tag list marked by its class leaves the text of an HTML page', () => {
  const html = `<html><body><article><h1>Fighters reach Velmar</h1>
<p>Council fighters entered the outskirts of Velmar on Tuesday after two days of fighting along the Ostra river, residents said.</p>
<p>The army said it had pulled its units back to the eastern bank of the river to protect civilians in the town.</p>
<div class="field-tags">Velmar Qorvath Northern Council</div></article></body></html>`
  const doc = run(html, 'html')
  assert.ok(!doc.text.includes('Velmar Qorvath Northern Council'))
  assert.ok(doc.removed.some((r) => r.reason === 'boilerplate:tags'))
})

test('the page-wide classes of <body> say nothing about a block ("f_caption_videos_on")', () => {
  const html = `<html><body class="f_caption_videos_on f_newsletter_on"><article><h1>Fighters reach Velmar</h1>
<div>Council fighters entered the outskirts of Velmar on Tuesday after two days of fighting along the Ostra river, residents said.</div>
<div>The army said it had pulled its units back to the eastern bank of the river to protect civilians in the town.</div></article></body></html>`
  const doc = run(html, 'html')
  assert.ok(doc.text.includes('Council fighters entered') && doc.text.includes('pulled its units back'))
})

test('a comment count and a page age above the story are no comment section', () => {
  const raw = ['Comments (3)', 'Updated 2 hours ago', '2 hours ago', '', 'Council fighters entered Velmar on Tuesday, residents said.', '',
    'The army said it had pulled back to the eastern bank of the Ostra.'].join('\n')
  const doc = run(raw, 'text')
  assert.ok(doc.text.includes('Council fighters entered') && doc.text.includes('pulled back'))
})

test('a live blog\'s dated entry stamps stay, to date the entries under them; a lone date line still leaves', () => {
  const blog = ['Live: the battle for Velmar', '', 'Sun 3 Mar 2024 01.10 GMT', '', 'Council fighters entered Velmar overnight, residents said.', '',
    'Sat 2 Mar 2024 21.40 GMT', '', 'The army said it had pulled back to the eastern bank of the Ostra.'].join('\n')
  const doc = run(blog, 'text')
  assert.ok(doc.text.includes('Sun 3 Mar 2024 01.10 GMT') && doc.text.includes('Sat 2 Mar 2024 21.40 GMT'))
  const article = ['Fighters reach Velmar', '', 'March 3, 2024 5:41 PM GMT', '', 'Council fighters entered Velmar overnight, residents said.'].join('\n')
  assert.ok(!run(article, 'text').text.includes('5:41 PM'))
})

test('a long headline-shaped line inside a text page is another story\'s headline, not a sentence of this one', () => {
  const raw = ['Council fighters entered Velmar on Tuesday, residents said.', '',
    'Council fighters seize Qorvath in a major blow to the army of the north', '',
    'The army said it had pulled back to the eastern bank of the Ostra.', '', '2. Fighters reach the Ostra bridge after a week of clashes'].join('\n')
  const doc = run(raw, 'text')
  assert.ok(!doc.text.includes('seize Qorvath'))
  assert.ok(doc.text.includes('pulled back') && doc.text.includes('2. Fighters reach'))
})
