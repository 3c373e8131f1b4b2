// The report-style fixtures (test/fixtures/reports): whole-pipeline checks of behaviours first found wrong on them.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { assertDoc } from '../src/core/doc.ts'
import { defaultContext } from '../src/pipeline/context.ts'
import type { ContractEvent } from '../src/core/contract.ts'
import { presentDocument } from '../src/pipeline/present.ts'
import { runPipeline } from '../src/pipeline/run.ts'

const DIR = fileURLToPath(new URL('./fixtures/reports/', import.meta.url))
const manifest = JSON.parse(readFileSync(`${DIR}manifest.json`, 'utf8')) as Record<string, { publishedAt: string }>

/** The events of one fixture, each with the start of its evidence for finding it. */
function eventsOf(file: string): ContractEvent[] {
  const entry = manifest[file]
  assert.ok(entry, `${file} is in the manifest`)
  const doc = runPipeline({ source: file, raw: readFileSync(`${DIR}${file}`, 'utf8'), format: 'text', hints: { publishedAt: entry.publishedAt } }, defaultContext({ today: '2025-01-01' }))
  assertDoc(doc)
  return presentDocument(doc).events
}
const from = (events: readonly ContractEvent[], start: string) => events.filter((e) => e.evidence.text.startsWith(start))
const initiator = (e: ContractEvent | undefined) => e?.actors.find((a) => a.role === 'initiator')?.actorId ?? null

describe('live blog (01)', () => {
  const events = eventsOf('01-live-blog-hama.txt')
  it('takes no news from a look back ("Within days it took most of Aleppo")', () => {
    assert.deepEqual(from(events, 'Within days').map((e) => e.type), [])
  })
})

describe('flash update (02)', () => {
  const events = eventsOf('02-flash-update-displacement.txt')
  it('counts people, not the day of a date ("Since 27 November, an estimated 115,000 …")', () => {
    assert.equal(from(events, '- Since 27 November')[0]?.quantities.displaced, 115000)
  })
  it('reads an estimate of a past flight as asserted, with its range', () => {
    const [e] = from(events, 'Partners estimate')
    assert.deepEqual([e?.modality, e?.quantities], ['asserted', { displaced: 40000, displaced_low: 40000, displaced_high: 50000 }])
  })
  it('splits strikes listed after "Idlib city" and dates them by "2 and 3 December"', () => {
    const strikes = from(events, 'Air strikes were reported')
    assert.equal(strikes.length, 3)
    for (const e of strikes) assert.deepEqual([e.date, e.dateEnd], ['2024-12-02', '2024-12-03'])
  })
})

describe('explainer (03)', () => {
  const events = eventsOf('03-explainer-homs.txt')
  it('does not read "capture Homs, the capital would be cut off" as a capture of the capital', () => {
    assert.deepEqual(from(events, 'If they were to capture').map((e) => e.place?.name), ['Homs'])
  })
  it('dates the siege by its own year, not "two years before" the report', () => {
    const [siege] = from(events, 'Protests broke out').filter((e) => e.type === 'battle')
    assert.deepEqual([siege?.modality, siege?.date?.slice(0, 4)], ['background', '2014'])
  })
  it('makes no statement of an analysts\' judgement', () => {
    assert.deepEqual(from(events, 'Analysts say').map((e) => e.type), [])
  })
})

describe('quotes (04)', () => {
  const events = eventsOf('04-qa-quotes-golani.txt')
  it('takes no speaker from "what he said" and gives each quotation to the leader', () => {
    assert.deepEqual(from(events, 'Here are the main points').map((e) => e.type), [])
    assert.equal(initiator(from(events, '"What we are after')[0]), 'abu-mohammed-al-golani')
    assert.equal(initiator(from(events, 'Asked about')[0]), 'abu-mohammed-al-golani')
  })
})

describe('Kurdish outlet on Manbij (05)', () => {
  const events = eventsOf('05-kurdish-angle-manbij.txt')
  it('dates the fighting before the entry by the entry\'s day, not by "after two days"', () => {
    const battle = from(events, 'QAMISHLI').find((e) => e.type === 'battle')
    assert.equal(battle?.date, '2024-12-09')
  })
})

describe('Israel and the buffer zone (06)', () => {
  const events = eventsOf('06-israel-buffer-zone.txt')
  it('makes the military that says "it had carried out about 350 air strikes" their initiator', () => {
    assert.equal(initiator(from(events, 'JERUSALEM').find((e) => e.type === 'strike')), 'idf')
  })
  it('places the fall of the president in the country, not the buffer zone', () => {
    assert.equal(from(events, 'Israeli troops moved').find((e) => e.type === 'other')?.place?.name, 'Syria')
  })
  it('takes no new event from references back ("condemned the incursion", "the deployment was temporary", "violated the agreement")', () => {
    assert.deepEqual(from(events, 'Egypt, Qatar').map((e) => e.type), [])
    assert.deepEqual(from(events, 'Prime Minister Benjamin Netanyahu').map((e) => e.type), ['statement'])
    assert.deepEqual(from(events, 'The United Nations said').map((e) => e.type), ['statement'])
  })
})

describe('humanitarian figures (07)', () => {
  const events = eventsOf('07-humanitarian-ranges.txt')
  it('takes "the displaced" for people, not a flight', () => {
    assert.deepEqual(from(events, 'Many of the displaced').map((e) => e.type), [])
  })
  it('reads a flight "over the following decade" as history', () => {
    assert.deepEqual(from(events, 'More than six million').map((e) => e.modality), ['background'])
  })
  it('gives "It said" to the agency that made the call before it', () => {
    assert.equal(initiator(from(events, 'It said')[0]), 'unhcr')
  })
})

describe('denials (08)', () => {
  const events = eventsOf('08-denials-damascus.txt')
  it('gives each denial its state: the presidency, "the ministry" after Syria\'s ministry, Hezbollah', () => {
    assert.deepEqual(from(events, 'DAMASCUS').filter((e) => e.type === 'denial').map(initiator), ['syrian-government'])
    assert.deepEqual(from(events, 'The ministry called').map((e) => [e.type, initiator(e)]), [['denial', 'syrian-government']])
    assert.deepEqual(from(events, 'Hezbollah rejected').map((e) => [e.type, e.attribution]), [['denial', 'Hezbollah']])
  })
  it('resolves "a spokesman for the foreign ministry" to the state named before', () => {
    assert.equal(initiator(from(events, 'A spokesman for the foreign ministry')[0]), 'iran')
  })
  it('does not give a capture by "local rebels" to the HTS-led alliance', () => {
    assert.equal(initiator(from(events, 'The Syrian Observatory').find((e) => e.type === 'territory_change')), 'local-armed-groups')
  })
})
