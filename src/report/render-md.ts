// The situation report as Markdown: headings per governorate, every statement footnoted ([^n]) to its sentences.
import type { Report, SectionKind, Statement } from './build-report.ts'
import { citationLabel, Footnotes } from './footnotes.ts'

export const SECTION_TITLES: Record<SectionKind, string> = {
  control: 'Control changes', fighting: 'Fighting', strikes: 'Strikes', deployments: 'Deployments and foreign support',
  humanitarian: 'Displacement and casualties', other: 'Other developments',
}

/** Renders the report as Markdown with footnotes. */
export function renderMarkdown(r: Report): string {
  const notes = new Footnotes()
  const out: string[] = []
  const window = r.from === r.date ? r.date : `${r.from} to ${r.date}`
  out.push(`# Situation report — ${window}`, '')
  out.push(`**Information cutoff:** ${r.cutoff ? `reports published up to ${r.cutoff}` : 'no dated reports in the store'} (${r.documentsUsed} documents). ` +
    'Generated from the Sitrep store only; statuses: *assessed* = independent sources agree, *claimed* = one side or one source, *contested* = sources disagree.', '')
  out.push('> The what-if impact of the day\'s control changes is not included: the control timeline is not in this build.', '')
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
  out.push('', '## Sources', '')
  notes.list.forEach((c, i) => out.push(`[^${i + 1}]: ${citationLabel(c)} (${c.source}): “${oneLine(c.sentence)}”`))
  return out.join('\n') + '\n'
}

function line(s: Statement, notes: Footnotes): string {
  const { numbers, more } = notes.cite(s)
  return `${s.text}${numbers.map((n) => `[^${n}]`).join('')}${more ? ` (and ${more} more report${more === 1 ? '' : 's'})` : ''}`
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}
