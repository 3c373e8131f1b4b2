import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf, assertDoc } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'
import { extract, eventsOf } from '../extract-events/test-doc.ts'

/** The day each live-blog entry's clock time is given, by the clock time ("00:55" → "2024-12-08"). */
function entryDays(text: string, published: string): Record<string, string | null> {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: published } }, defaultContext({ today: '2026-01-01' }))
  assertDoc(doc)
  return Object.fromEntries(annotationsOf(doc, 'date').filter((a) => a.by === 'find-dates:live-blog-entry').map((a) => [doc.text.slice(a.span.start, a.span.end), a.value]))
}

const FORWARD = 'Live: the front\n\n14:30 - Fighters seized the Qorvath crossing, residents said.\n\n23:40 - Rebels captured the town of Belmira.\n\n00:55 - Rebels entered Tessen, a monitor said.\n\n01:20 - Gunfire was heard in Marrak.\n'
const BACKWARD = 'Live: the front\n\n01:20 - Gunfire was heard in Marrak.\n\n00:55 - Rebels entered Tessen, a monitor said.\n\n23:40 - Rebels captured the town of Belmira.\n\n14:30 - Fighters seized the Qorvath crossing.\n'

describe('find-dates: the day of a live blog\'s entry', () => {
  it('puts entries past midnight on the next day when the blog runs forward', () => {
    assert.deepEqual(entryDays(FORWARD, '2024-12-07'), { '00:55': '2024-12-08', '01:20': '2024-12-08' })
  })
  it('puts entries before midnight on the day before when the newest entry comes first', () => {
    assert.deepEqual(entryDays(BACKWARD, '2024-12-08'), { '23:40': '2024-12-07', '14:30': '2024-12-07' })
  })
  it('counts from the day an entry names ("Dec 6, 22:10 - …")', () => {
    const text = 'Live\n\nDec 6, 21:05 - Rebels shelled Qorvath.\n\nDec 6, 22:10 - Troops left Belmira.\n\n01:15 - Rebels entered Tessen.\n'
    assert.deepEqual(entryDays(text, '2024-12-08'), { '01:15': '2024-12-07' })
  })
  it('leaves text with fewer than three timestamped lines alone', () => {
    assert.deepEqual(entryDays('23:40 - Rebels captured Belmira.\n\n00:55 - Rebels entered Tessen.\n', '2024-12-07'), {})
  })
  it('reads a clock time that is a line of its own, its entry under it, as the entry\'s stamp', () => {
    const text = 'Live: the front\n\n21:10\nFighters seized the Qorvath crossing, residents said.\n\n23:45\nJets struck Marrak.\n\n01:20\nRebels entered Tessen, a monitor said.\n\n04:05 GMT\nTroops left Belmira.\n'
    assert.deepEqual(entryDays(text, '2024-12-07'), { '01:20': '2024-12-08', '04:05': '2024-12-08' })
    const events = eventsOf(extract(text, ['Qorvath', 'Marrak', 'Tessen', 'Belmira'], '2024-12-07'))
    assert.deepEqual(events.map((e) => [e.place?.name, e.date]), [['Qorvath', '2024-12-07'], ['Marrak', '2024-12-07'], ['Tessen', '2024-12-08'], ['Belmira', '2024-12-08']])
  })
  it('puts an own-line entry back on the blog\'s day after a named day\'s entries', () => {
    const text = 'Live: fighting on the front\n\nDec 6, 22:10\nTroops left Belmira.\n\n23:30\nJets struck Marrak.\n\n09:15\nRebels entered Tessen, a monitor said.\n'
    const events = eventsOf(extract(text, ['Belmira', 'Marrak', 'Tessen'], '2024-12-07'))
    assert.deepEqual(events.map((e) => [e.place?.name, e.date]), [['Belmira', '2024-12-06'], ['Marrak', '2024-12-06'], ['Tessen', '2024-12-07']])
  })
  it('dates an event of an entry past midnight on the next day, not the blog\'s day', () => {
    const events = eventsOf(extract(FORWARD, ['Qorvath', 'Belmira', 'Tessen'], '2024-12-07'))
    assert.deepEqual(events.map((e) => [e.place?.name, e.date]), [['Qorvath', '2024-12-07'], ['Belmira', '2024-12-07'], ['Tessen', '2024-12-08']])
  })
})
