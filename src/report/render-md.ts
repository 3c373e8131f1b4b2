// The situation report as Markdown: headings per governorate, every statement footnoted ([^n]) to its sentences.
import type { Report, SectionKind, Statement } from './build-report.ts'
import { reportedLateText } from './build-report.ts'
import { citationLabel, Footnotes } from './footnotes.ts'

export const SECTION_TITLES: Record<SectionKind, string> = {
  control: 'Control changes', fighting: 'Fighting', strikes: 'Strikes', deployments: 'Deployments and foreign support',
  humanitarian: 'Displacement and casualties', protests: 'Protests and unrest', other: 'Other developments',
}

/** Renders the report as Markdown with footnotes. */
export function renderMarkdown(r: Report): string {
  const notes = new Footnotes()
  const out: string[] = []
  const window = r.from === r.date ? r.date : `${r.from} to ${r.date}`
  out.push(`# Situation report — ${window}`, '')
  out.push(`**Information cutoff:** ${r.cutoff ? `reports published up to ${r.cutoff}` : 'no dated reports in the store'} (${r.documentsUsed} documents). ` +
    'Generated from the Sitrep store only; statuses: *assessed* = independent sources agree, *claimed* = one side or one source, *contested* = sources disagree.', '')
  if (r.situation) out.push(...situationMd(r, notes))
  else out.push('> The control timeline and the what-if impact of the day\'s changes are not included: no situation engine in this build.', '')
  if (r.sections.length === 0) out.push('No reported developments in this window.', '')
  out.push('## Key developments by governorate', '')
  for (const g of r.sections) {
    out.push(`### ${g.governorate}`, '')
    let kind: SectionKind | null = null
    for (const s of g.statements) {
      if (s.kind !== kind) {
        if (kind !== null) out.push('')
        kind = s.kind
        out.push(`**${SECTION_TITLES[kind]}**`, '')
      }
      out.push(`- ${line(s, notes)}`)
    }
    out.push('')
  }
  out.push('## Contradictions and denials', '')
  if (r.contradictions.length === 0) out.push('None flagged in this window.')
  for (const s of r.contradictions) out.push(`- ⚠ ${s.caution ? `*${s.caution}* — ` : ''}${line(s, notes)}`)
  out.push('', ...referenceMd(r))
  out.push('## Sources', '')
  notes.list.forEach((c, i) => out.push(`[^${i + 1}]: ${citationLabel(c)} (${c.source}): “${oneLine(c.sentence)}”`))
  return out.join('\n') + '\n'
}

function situationMd(r: Report, notes: Footnotes): string[] {
  const s = r.situation!
  const out = ['## Control changes (control timeline)', '']
  if (s.changes.length === 0) out.push('No change of control in this window.')
  for (const c of s.changes) {
    const { numbers } = notes.citeAll(c.citations)
    out.push(`- ${c.place}: ${c.from ? `from ${c.from} ` : ''}to ${c.to}${reportedLateText(c)} — ${c.status}, confidence ${c.confidence.toFixed(2)}.${numbers.map((n) => `[^${n}]`).join('')}`)
    for (const d of c.denials) out.push(`  - ⚠ Denied: ${line(d, notes)}`)
  }
  out.push('', '## What-if impact of the changes', '')
  if (s.impacts.every((i) => i.lines.length === 0)) out.push('No road link is cut by this window\'s changes.')
  for (const i of s.impacts) {
    if (i.lines.length === 0) continue
    const { numbers } = notes.citeAll(i.change.citations)
    out.push(`- The fall of ${i.change.place} to ${i.change.to}:${numbers.map((n) => `[^${n}]`).join('')}`)
    for (const l of i.lines) out.push(`  - ${l}`)
  }
  out.push('')
  return out
}

function line(s: Statement, notes: Footnotes): string {
  const { numbers, more } = notes.cite(s)
  return `${s.text}${numbers.map((n) => `[^${n}]`).join('')}${more ? ` (and ${more} more report${more === 1 ? '' : 's'})` : ''}`
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

/** The imported reference layers beside Sitrep's own events: counts only, never merged into the statements above. */
export function referenceLines(r: Report): string[] {
  return r.reference.map((x) => {
    const types = x.byType.map((t) => `${t.eventType} ${t.rows}`).join(', ')
    const where = x.byAdmin1.slice(0, 5).map((a) => `${a.admin1} ${a.rows}`).join(', ')
    return `Layer “${x.layer}”: ${x.rows} event${x.rows === 1 ? '' : 's'} in the window (${types}); most in ${where}; ${x.fatalities} fatalities as the layer records them.`
  })
}

function referenceMd(r: Report): string[] {
  if (r.reference.length === 0) return []
  return ['## Reference layers (imported, not merged)', '', ...referenceLines(r).map((l) => `- ${l}`), '']
}
