// The situation report as one self-contained HTML page: the same content as the Markdown, with a static SVG map and
// chart, footnote links to each quoted sentence and its source. No scripts, no external resources.
import type { Report, SectionKind, Statement } from './build-report.ts'
import { reportedLateText } from './build-report.ts'
import { citationLabel, Footnotes } from './footnotes.ts'
import { referenceLines, SECTION_TITLES } from './render-md.ts'
import { chartSvg, esc, legendHtml, mapSvg } from './svg.ts'

/** Renders the report as HTML. */
export function renderHtml(r: Report): string {
  const notes = new Footnotes()
  const window = r.from === r.date ? r.date : `${r.from} to ${r.date}`
  const body: string[] = []
  body.push(`<h1>Situation report — ${esc(window)}</h1>`)
  body.push(`<p class="meta"><b>Information cutoff:</b> ${r.cutoff ? `reports published up to ${esc(r.cutoff)}` : 'no dated reports in the store'} (${r.documentsUsed} documents). ` +
    'Generated from the Sitrep store only. <i>assessed</i> = independent sources agree; <i>claimed</i> = one side or one source; <i>contested</i> = sources disagree.</p>')
  if (!r.situation) body.push('<p class="note">The control timeline and the what-if impact of the day\'s changes are not included: no situation engine in this build.</p>')
  body.push(`<div class="figs"><figure>${mapSvg(r)}<figcaption>Reported events ${esc(window)}; large dots are control changes, faded dots are claimed or contested${r.situation ? '; squares: who holds each place at the end of the day (control timeline)' : ''}.</figcaption></figure>` +
    `<figure>${chartSvg(r)}<figcaption>Events per day by type (${esc(r.perDay[0]?.day ?? '')} to ${esc(r.date)}).</figcaption></figure></div>`)
  body.push(`<p class="legend">${legendHtml(r)}</p>`)
  if (r.situation) body.push(situationHtml(r, notes))
  body.push('<h2>Key developments by governorate</h2>')
  if (r.sections.length === 0) body.push('<p>No reported developments in this window.</p>')
  for (const g of r.sections) {
    body.push(`<h3>${esc(g.governorate)}</h3>`)
    let kind: SectionKind | null = null
    for (const s of g.statements) {
      if (s.kind !== kind) {
        if (kind !== null) body.push('</ul>')
        kind = s.kind
        body.push(`<h4>${SECTION_TITLES[kind]}</h4><ul>`)
      }
      body.push(`<li>${item(s, notes)}</li>`)
    }
    if (kind !== null) body.push('</ul>')
  }
  body.push('<h2>Contradictions and denials</h2><ul>')
  if (r.contradictions.length === 0) body.push('<li>None flagged in this window.</li>')
  for (const s of r.contradictions) body.push(`<li class="warn">⚠ ${s.caution ? `<i>${esc(s.caution)}</i> — ` : ''}${item(s, notes)}</li>`)
  body.push('</ul>')
  if (r.reference.length) body.push(`<h2>Reference layers (imported, not merged)</h2><ul>${referenceLines(r).map((l) => `<li>${esc(l)}</li>`).join('')}</ul>`)
  body.push('<h2>Sources</h2><ol class="notes">')
  notes.list.forEach((c, i) => {
    const link = /^https?:\/\//.test(c.source) ? `<a href="${esc(c.source)}">${esc(c.source)}</a>` : `<code>${esc(c.source)}</code>`
    body.push(`<li id="fn-${i + 1}">${esc(citationLabel(c))} (${link}): <q>${esc(c.sentence.replace(/\s+/g, ' ').trim())}</q></li>`)
  })
  body.push('</ol>')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Situation report ${esc(window)}</title><style>${CSS}</style></head><body>${body.join('\n')}</body></html>\n`
}

function situationHtml(r: Report, notes: Footnotes): string {
  const s = r.situation!
  const sup = (ns: number[]) => (ns.length ? `<sup>${ns.map((n) => `<a href="#fn-${n}">${n}</a>`).join(', ')}</sup>` : '')
  const out = ['<h2>Control changes (control timeline)</h2><ul>']
  if (s.changes.length === 0) out.push('<li>No change of control in this window.</li>')
  for (const c of s.changes) {
    const denied = c.denials.map((d) => `<li class="warn">⚠ Denied: ${item(d, notes)}</li>`).join('')
    out.push(`<li><b>${esc(c.place)}</b>: ${c.from ? `from ${esc(c.from)} ` : ''}to ${esc(c.to)}${esc(reportedLateText(c))} — ${esc(c.status)}, confidence ${c.confidence.toFixed(2)}.${sup(notes.citeAll(c.citations).numbers)}${denied ? `<ul>${denied}</ul>` : ''}</li>`)
  }
  out.push('</ul><h2>What-if impact of the changes</h2><ul>')
  if (s.impacts.every((i) => i.lines.length === 0)) out.push('<li>No road link is cut by this window\'s changes.</li>')
  for (const i of s.impacts) {
    if (i.lines.length === 0) continue
    out.push(`<li>The fall of <b>${esc(i.change.place)}</b> to ${esc(i.change.to)}:${sup(notes.citeAll(i.change.citations).numbers)}<ul>${i.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></li>`)
  }
  out.push('</ul>')
  return out.join('\n')
}

function item(s: Statement, notes: Footnotes): string {
  const { numbers, more } = notes.cite(s)
  return esc(s.text) + (numbers.length ? `<sup>${numbers.map((n) => `<a href="#fn-${n}">${n}</a>`).join(', ')}</sup>` : '') + (more ? ` <span class="more">(and ${more} more report${more === 1 ? '' : 's'})</span>` : '')
}

const CSS = `body{font:15px/1.5 Georgia,serif;max-width:1300px;margin:24px auto;padding:0 24px;color:#1d1d1d}
h1{font:700 26px sans-serif;margin:0 0 6px}h2{font:700 19px sans-serif;border-bottom:2px solid #c0392b;padding-bottom:3px;margin-top:28px}
h3{font:700 16px sans-serif;margin:18px 0 4px}h4{font:600 13px sans-serif;text-transform:uppercase;color:#666;margin:8px 0 2px}
.meta{color:#333}.note{background:#fdf6e3;border-left:4px solid #d4ac0d;padding:6px 10px;font-size:14px}
.figs{display:flex;gap:16px;flex-wrap:wrap}figure{margin:0;max-width:600px}figcaption{font:12px sans-serif;color:#555}
.legend{font:12px sans-serif}.key{margin-right:10px;white-space:nowrap}.key i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:50%}
ul{margin:2px 0 6px}li{margin:3px 0}sup a{text-decoration:none;color:#2471a3}.more{color:#777;font-size:13px}
.warn{color:#7b241c}.notes{font-size:13px;color:#333}.notes q{font-style:italic}`
