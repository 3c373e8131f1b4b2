// Actor roles on invented sentences that name a side in ways the other role tests do not: a place that falls to a side
// named by its proper name, a leader's men standing for his group, and a side counted or slashed right after the verb.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

const roles = (text: string, publishedAt = '2024-12-06') => {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt } }, defaultContext({ today: '2025-01-01' }))
  return annotationsOf(doc, 'event').flatMap((e) => e.actors.map((a) => `${e.type}:${a.actorId}:${a.role}`))
}

const check = (cases: readonly (readonly [string, readonly string[]])[]) => {
  for (const [text, expected] of cases) {
    it(text, () => {
      const got = roles(text)
      for (const x of expected) assert.ok(got.includes(x), `${x} in ${got.join(', ')}`)
      if (expected.length === 0) assert.deepEqual(got, [])
    })
  }
}

describe('named sides: a place falls to a side named by its proper name', () => {
  check([
    ['Saraqib fell to Hayat Tahrir al-Sham on Wednesday.', ['territory_change:hts:initiator']],
    ['The town of Jarablus has fallen to the SNA, a commander said.', ['territory_change:sna:initiator']],
    ['On Monday, Mayadin fell to the Syrian Democratic Forces.', ['territory_change:sdf:initiator']],
    // (no place before the verb, no name after it: no event)
    ['The Syrian pound fell to a record low against the dollar.', []],
  ])
})

describe("named sides: a leader's men are his group's", () => {
  check([
    ["Sharaa's fighters swept into the town of Salamiyah on Thursday.", ['territory_change:hts:initiator']],
    ['Troops loyal to Mazloum Abdi pulled out of Deir Hafer.', ['territory_change:sdf:target']],
    ['Gunmen commanded by al-Jolani stormed the police station in Jisr al-Shughur.', ['territory_change:hts:initiator']],
  ])
})

describe('named sides: the side a strike or a toll counts after its verb', () => {
  check([
    ['Turkish drones struck two SDF vehicles near Amuda.', ['strike:turkish-forces:initiator', 'strike:sdf:target']],
    ['Russian warplanes bombed several HTS positions near Ariha.', ['strike:hts:target']],
    ['American aircraft hit more than 40 Islamic State targets in the Badia.', ['strike:isis:target']],
    ['Regime soldiers ambushed a group of HTS fighters south of Idlib.', ['battle:hts:target']],
    ['Turkish troops killed 14 PKK/YPG militants near Tal Tamr.', ['casualties:ypg:target']],
  ])
})
