// The control timeline end to end: short reports written for this test (in the manner of the demo corpus, no text
// copied from any article) go through the whole extractor, as `sitrep extract` would print them, and then into the
// situation over the Syria pack. Each test names the rule of the issue it checks.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { defaultContext } from '../pipeline/context.ts'
import { presentDocument } from '../pipeline/present.ts'
import { runPipeline } from '../pipeline/run.ts'
import { route, roadStateOn, whatIf } from './roads.ts'
import { situationOf } from './situation.ts'
import { eventsOfLine } from './sources.ts'
import { controlOn } from './timeline.ts'

const REPORTS: { outlet: string; publishedAt: string; text: string }[] = [
  { outlet: 'Northern Desk', publishedAt: '2024-11-30',
    text: 'Rebel fighters captured Aleppo on Saturday, a war monitor said.\n\nKurdish-led forces kept their hold on the Sheikh Maqsoud district.' },
  { outlet: 'Plains Courier', publishedAt: '2024-12-02', text: 'Insurgents captured the town of Morek on Monday, residents said.' },
  { outlet: 'State Bulletin', publishedAt: '2024-12-04', text: 'The army said it had retaken Morek on Wednesday.' },
  { outlet: 'Plains Courier', publishedAt: '2024-12-05',
    text: 'The Syrian army said on Thursday it had withdrawn its forces from the city of Hama.\n\nInsurgents entered Hama on Thursday, residents said.' },
  { outlet: 'River Post', publishedAt: '2024-12-06',
    text: 'Insurgents said on Friday they had captured Homs.\n\nThe defence ministry denied that its troops had withdrawn from Homs.' },
  { outlet: 'Southern Wire', publishedAt: '2024-12-06', text: 'Clashes broke out inside the city of Sweida on Friday between local gunmen and security forces.' },
  { outlet: 'Orontes Letter', publishedAt: '2024-12-06', text: 'Russian jets blew up the Rastan bridge on the M5 overnight, a monitor said.' },
  { outlet: 'Eastern Ledger', publishedAt: '2024-12-06',
    text: 'The Kurdish-led Syrian Democratic Forces took control of Deir ez-Zor on Friday after government troops pulled out of the city.' },
  { outlet: 'Eastern Ledger', publishedAt: '2024-12-10',
    text: 'Opposition fighters captured Deir ez-Zor from the Syrian Democratic Forces on Tuesday, a war monitor said.' },
]

const ctx = defaultContext()
const events = REPORTS.flatMap((r, i) => {
  const doc = presentDocument(runPipeline({ source: `https://reports.example/${i}`, raw: r.text, format: 'text', hints: { outlet: r.outlet, publishedAt: r.publishedAt } }, ctx))
  return eventsOfLine(doc, `report ${i}`)
})
const s = situationOf(events)
const at = (name: string, date: string) => {
  const p = controlOn(s.timeline, date).places.find((x) => x.name === name)
  assert.ok(p, `${name} is listed on ${date}`)
  return p
}

test('reports: a capture moves the town from its day, with the sentence that says so', () => {
  assert.equal(at('Aleppo', '2024-11-29').holder.actorId, 'syrian-government')
  const p = at('Aleppo', '2024-11-30')
  assert.deepEqual([p.holder.actorId, p.status, p.since], ['hts', 'claimed', '2024-11-30'])
  assert.match(p.evidence[0]?.span.text ?? '', /captured Aleppo on Saturday/)
})

test('reports: partial control — the SDF quarters of Aleppo stay with the SDF when the rebels take the city', () => {
  assert.deepEqual(at('Aleppo', '2024-12-01').partial?.map((x) => x.actorId), ['sdf'])
})

test("reports: a withdrawal in the losing side's own words, with the rebels' entry, is an assessed change", () => {
  assert.equal(at('Hama', '2024-12-04').holder.actorId, 'syrian-government')
  const p = at('Hama', '2024-12-05')
  assert.deepEqual([p.holder.actorId, p.status, p.since], ['hts', 'assessed', '2024-12-05'])
  assert.equal(p.evidence.length, 2)
})

test('reports: a reversal — a town taken and lost again — gives each holder its days', () => {
  assert.deepEqual(['2024-12-01', '2024-12-02', '2024-12-03', '2024-12-04'].map((d) => at('Morek', d).holder.actorId),
    ['syrian-government', 'hts', 'hts', 'syrian-government'])
  assert.deepEqual(['2024-12-05', '2024-12-06', '2024-12-09', '2024-12-10'].map((d) => at('Deir ez-Zor', d).holder.actorId),
    ['syrian-government', 'sdf', 'sdf', 'hts'])
})

test("reports: a claim against the other side's denial is contested, shown with the holder before it", () => {
  const p = at('Homs', '2024-12-06')
  assert.deepEqual([p.holder.actorId, p.status], ['syrian-government', 'contested'])
  assert.equal(p.evidence.length, 2)
})

test('reports: fighting inside a town makes it contested on that day', () => {
  assert.deepEqual([at('Sweida', '2024-12-06').status, at('Sweida', '2024-12-07').status], ['contested', 'baseline'])
})

test('reports: the destroyed Rastan bridge cuts the M5 between Hama and Homs from its night on', () => {
  const cut = s.cuts.find((c) => c.bridge === 'theater:rastan-bridge')
  assert.deepEqual([cut?.effect, cut?.from], ['cut', '2024-12-05'])
  const homs = s.network.nodeOfPlace.get(at('Homs', '2024-12-06').placeId)!
  const hama = s.network.nodeOfPlace.get(at('Hama', '2024-12-06').placeId)!
  const km = (d: string) => route(s.network, roadStateOn(s.network, s.timeline, s.cuts, d), homs, hama, null)?.km ?? Infinity
  assert.ok(km('2024-12-04') < 60, `M5 open before: ${km('2024-12-04')} km`)
  assert.ok(km('2024-12-05') > 200, `only a long way round after: ${km('2024-12-05')} km`)
})

test('reports: with Homs taken, Damascus loses its government-held route to Latakia and Tartus', () => {
  const w = whatIf(s.network, s.timeline, s.cuts, { place: 'Homs', by: 'hts', date: '2024-12-07' })
  const lost = w.disconnected.filter((d) => d.side === 'syrian-government' && d.alternative === null && (d.from === 'Damascus' || d.to === 'Damascus'))
  const coast = lost.map((d) => (d.from === 'Damascus' ? d.to : d.from))
  assert.ok(coast.includes('Latakia') && coast.includes('Tartus'), coast.join(', '))
  // The cut is at Homs: the lost route ran through it.
  assert.ok(lost.every((d) => d.cutEdges.some((e) => e.from === 'Homs' || e.to === 'Homs')))
})
