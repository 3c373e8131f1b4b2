// Actor roles on invented sentences about real actors of the period, one for each way a report names who did what:
// a pronoun or "the group" for a side named before, "its forces", a passive "by" agent, an apposition, a list, an
// "X-backed" modifier, a state's outlet, a regional state or body, and a side whose ground is taken.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf } from '../../../core/doc.ts'
import { defaultContext } from '../../context.ts'
import { runPipeline } from '../../run.ts'

const roles = (text: string, publishedAt = '2024-12-06') => {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt } }, defaultContext({ today: '2025-01-01' }))
  return annotationsOf(doc, 'event').flatMap((e) => e.actors.map((a) => `${e.type}:${a.actorId}:${a.role}`))
}

describe('extract-events: actor roles on sentences of the period', () => {
  const cases: readonly (readonly [string, readonly string[]])[] = [
    // coreference
    ['Hezbollah sent fighters to Qusayr on Friday. The group said its forces would defend the border.', ['deployment:hezbollah:initiator', 'statement:hezbollah:initiator']],
    ['The SDF said its forces had taken control of the town of Mayadin on Friday.', ['territory_change:sdf:initiator', 'territory_change:syrian-government:target']],
    // passive agents
    ['The town of Khan Shaykhun was captured by opposition fighters on Saturday.', ['territory_change:moc:initiator', 'territory_change:syrian-government:target']],
    ['Kurdish forces were pushed out of Tal Rifaat by Turkish-backed fighters on Sunday.', ['territory_change:sna:initiator', 'territory_change:sdf:target']],
    ['An attack launched by HTS fighters on army positions near Hama was repelled.', ['battle:hts:initiator', 'battle:syrian-army:target']],
    // a second verb whose clause names no subject, after a speaker's aside: the sentence's subject, not an object
    ['Factions of the Syrian National Army seized Manbij from the Syrian Democratic Forces on Monday, a monitor said, and pushed south towards the Tishreen Dam.',
      ['territory_change:sna:initiator', 'territory_change:sdf:target', 'other:sna:initiator']],
    // a relative clause's head does its act, even inside a modifier ("supported by X which …")
    ['Opposition fighters pushed into Manbij, supported by Turkish drones which targeted Kurdish positions.', ['strike:turkish-forces:initiator']],
    // vessels that fire strike ("missile boats hit"), as aircraft do
    ['Israeli missile boats hit the naval base at Tartus overnight.', ['strike:idf:initiator']],
    // the one forced to act does it ("forcing Jordan to close its side of the frontier")
    ['Rebels seized the Nasib crossing on Friday, forcing Jordan to close its side of the frontier.', ['other:jordan:initiator']],
    // a denial in a relative clause on what was said is its subject's ("…, which Ankara denied")
    ['Washington said it had brokered a truce in Manbij, which Ankara denied.', ['denial:turkey:initiator']],
    // who evacuates people does the evacuation; the people are its target
    ['The SDF said its fighters had evacuated civilians from the Sheikh Maqsoud district to Tal Rifaat.', ['displacement:sdf:initiator', 'displacement:civilians:target']],
    // appositions
    ['Hayat Tahrir al-Sham, the Islamist group that leads the offensive, seized the town of Morek on Thursday.', ['territory_change:hts:initiator', 'territory_change:syrian-government:target']],
    // lists
    ['Russian and Syrian jets struck Idlib city on Monday, killing seven civilians.', ['strike:russian-forces:initiator', 'strike:syrian-air-force:initiator']],
    ['Qatar, Saudi Arabia and Jordan urged all sides to protect civilians.', ['call_to_action:qatar:initiator', 'call_to_action:saudi-arabia:initiator', 'call_to_action:jordan:initiator']],
    // "X-backed Y": the backer is no doer
    ['Russia-backed government forces shelled the town of Sarmada.', ['strike:syrian-army:initiator']],
    ['Turkish-backed fighters attacked Kurdish positions near Manbij.', ['battle:sna:initiator', 'battle:sdf:target']],
    // state media: the government's own word
    ['SANA reported that government forces had repelled an attack near Hama.', ['battle:syrian-army:initiator']],
    // regional states and bodies
    ['The Lebanese army closed two border crossings with Syria on Saturday.', ['other:lebanese-army:initiator']],
    ['UNICEF said dozens of schools in Aleppo had closed because of the fighting.', ['statement:unicef:initiator']],
    // whose ground it was
    ['Fighters of the Southern Operations Room entered the city of Daraa on Friday.', ['territory_change:southern-operations-room:initiator', 'territory_change:syrian-government:target']],
    ['Israeli jets struck much of the army\'s arsenal near Damascus.', ['strike:idf:initiator', 'strike:syrian-army:target']],
  ]
  for (const [text, expected] of cases) {
    it(text, () => {
      const got = roles(text)
      for (const x of expected) assert.ok(got.includes(x), `${x} in ${got.join(', ')}`)
    })
  }
})

describe('extract-events: a subordinate clause with a subject no actor names', () => {
  it('gives its act no doer from the main clause ("after unknown gunmen attacked", \'after "terrorist groupings" attacked\')', () => {
    const gunmen = roles('Rebels entered the village of Tessen after unknown gunmen attacked a checkpoint there.')
    assert.ok(!gunmen.includes('battle:moc:initiator'), gunmen.join(', '))
    const quoted = roles('The army said it had redeployed its units around Hama after "terrorist groupings" attacked positions north of the city.')
    assert.ok(!quoted.includes('battle:syrian-army:initiator'), quoted.join(', '))
  })
  it('still gives it the doer a pronoun or a name stands for ("after they attacked")', () => {
    const they = roles('Rebels took Morek on Friday after they attacked army positions.')
    assert.ok(they.includes('battle:moc:initiator'), they.join(', '))
  })
})
