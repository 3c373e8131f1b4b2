import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { annotationsOf, assertDoc } from '../../core/doc.ts'
import { defaultContext } from '../context.ts'
import { runPipeline } from '../run.ts'

const actorsIn = (text: string) => {
  const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-07' } }, defaultContext({ today: '2025-01-01' }))
  assertDoc(doc)
  return annotationsOf(doc, 'event').flatMap((e) => e.actors.map((a) => `${e.type}:${a.actorId}:${a.role}`))
}

describe('find-actors: a country that acts', () => {
  it('is its state when the lexicon has one ("Iraq said it had deployed troops")', () => {
    assert.ok(actorsIn('Iraq said it had deployed troops to its border with Syria.').includes('deployment:iraq:initiator'))
  })
  it('is its state as the other party to an agreement, and both parties make the agreement ("an agreement with Syria")', () => {
    const made = actorsIn('Israel set up the zone under a 1974 disengagement agreement with Syria.')
    assert.ok(made.includes('other:israel:initiator') && made.includes('other:syrian-government:initiator'), made.join(', '))
  })
  it('is no actor where it is only a place ("refugees fled to Iraq")', () => {
    assert.ok(!actorsIn('Thousands of refugees fled to Iraq on Friday.').some((a) => a.includes(':iraq:')))
  })
})

describe('find-actors: a state\'s officials', () => {
  it('speak for the state their demonym names, the attribution kept as written', () => {
    const doc = runPipeline({ source: 't', raw: 'A senior Iranian official said Tehran would send advisers to Syria.', format: 'text', hints: { publishedAt: '2024-12-07' } }, defaultContext({ today: '2025-01-01' }))
    const e = annotationsOf(doc, 'event').find((x) => x.type === 'military_aid')
    assert.deepEqual([e?.actors[0], e?.attribution], [{ actorId: 'iran', role: 'initiator' }, 'A senior Iranian official'])
  })
  it('speak for the state a country\'s initials name, and the initials are not where they spoke ("US officials said …")', () => {
    for (const text of ['Rebels shelled Idlib on Monday. US officials said they would keep their troops in the east.',
      'Rebels shelled Idlib on Monday. U.S. diplomats said they were following events closely.']) {
      const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-17' } }, defaultContext({ today: '2025-01-01' }))
      const said = annotationsOf(doc, 'event').find((x) => x.type === 'statement')
      assert.equal(said?.actors[0]?.actorId, 'united-states', text)
      assert.notEqual(said?.place?.name, 'United States', text)
    }
  })
})

describe('find-actors: a state\'s officials by demonym, office and title', () => {
  const speaker = (text: string) => {
    const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-17' } }, defaultContext({ today: '2025-01-01' }))
    return annotationsOf(doc, 'event').find((x) => x.type === 'statement')?.actors[0]?.actorId ?? null
  }
  const table: [string, string | null][] = [
    ['Turkish officials said on Monday that the border posts would stay open to returning families.', 'turkey'],
    ['Israeli officials said on Monday that the troops would stay in the buffer zone for now.', 'israel'],
    ['Russian officials said on Monday that the talks on the two bases had not yet begun.', 'russia'],
    ['Turkish intelligence officials said on Monday that they were watching the border closely.', 'turkey'],
    ['The Israeli defence minister said on Monday that the troops would stay through the winter.', 'israel'],
    ['Russian Deputy Foreign Minister Ilya Marchenko said on Monday that the embassy would stay open.', 'russia'],
    ['The Turkish president said on Monday that the refugees could go home safely now.', 'turkey'],
    // A title before a person the lexicon names: the person speaks.
    ['Russian President Vladimir Putin said on Monday that the embassy would stay open.', 'vladimir-putin'],
    // A demonym with no state in the lexicon names no one.
    ['Chilean officials said on Monday that the embassy would stay open.', null],
  ]
  for (const [text, want] of table) it(`"${text}" → ${want}`, () => assert.equal(speaker(text), want))
})

describe('find-actors: a command named by its role, resolved on the publication date', () => {
  const said = (text: string, publishedAt: string) => {
    const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt } }, defaultContext({ today: '2025-01-01' }))
    return annotationsOf(doc, 'event').find((x) => x.type === 'statement')?.actors[0]?.actorId ?? null
  }
  it('is the old army before 8 December 2024 and the new authorities after it', () => {
    for (const cmd of ['The general command', 'The military command']) {
      assert.equal(said(`${cmd} said on Tuesday that reservists would be called up.`, '2024-12-04'), 'syrian-army', cmd)
      assert.equal(said(`${cmd} said on Tuesday that reservists would be sent home.`, '2024-12-18'), 'syrian-caretaker', cmd)
    }
  })
  it('is the rebels\' command when it is named as such ("the military operations command"), on either side of 8 December', () => {
    for (const date of ['2024-12-04', '2024-12-18']) assert.equal(said('The military operations command said on Tuesday that its units would hold their lines.', date), 'moc', date)
  })
  it('is not another party\'s own command ("Hezbollah\'s military command")', () => {
    assert.equal(said('Hezbollah\'s military command said on Tuesday that its fighters would stay home.', '2024-12-04'), 'hezbollah')
  })
})

describe('find-actors: loyalists of the fallen government', () => {
  const initiator = (text: string, publishedAt: string) => {
    const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt } }, defaultContext({ today: '2025-01-01' }))
    const e = annotationsOf(doc, 'event').find((x) => x.type === 'battle' || x.type === 'casualties')
    return e?.actors.find((a) => a.role === 'initiator')?.actorId ?? null
  }
  it('are one actor after 8 December 2024, however the report names them', () => {
    for (const text of ['Gunmen loyal to the former government attacked a police post near Idlib on Monday.',
      'Remnants of the former regime ambushed a convoy near Idlib on Monday.',
      'Assad loyalists attacked a checkpoint outside Idlib on Monday.']) assert.equal(initiator(text, '2024-12-18'), 'assad-loyalists', text)
  })
  it('are still the army before the fall ("Assad loyalists" on 3 December)', () => {
    assert.equal(initiator('Assad loyalists attacked rebel positions outside Idlib on Monday.', '2024-12-04'), 'syrian-army')
  })
})

describe('find-actors: a dated alias is read on the day its sentence names', () => {
  const actorsOn = (text: string, publishedAt: string) => {
    const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt } }, defaultContext({ today: '2025-01-01' }))
    return annotationsOf(doc, 'actor').map((a) => String(a.actorId))
  }
  // "the Syrian government" and "the general command" changed owner on 8 December 2024; a later report looks back.
  const rows: [string, string, string][] = [
    ['The Syrian government bombed Qorvath on November 30, residents said.', '2024-12-12', 'syrian-government'],
    ['The general command ordered its troops out of Qorvath on December 5.', '2024-12-12', 'syrian-army'],
    ['قصفت قوات الحكومة السورية بلدة قرفاث يوم 6 كانون الأول، بحسب المرصد.', '2024-12-12', 'syrian-government'],
    // A sentence with no date of its own is read on the publication day.
    ['The Syrian government said it would reopen schools in Qorvath.', '2024-12-12', 'syrian-caretaker'],
    ['The Syrian government said on December 10 it would reopen schools in Qorvath.', '2024-12-12', 'syrian-caretaker'],
  ]
  for (const [text, publishedAt, actor] of rows) {
    it(`${text} (published ${publishedAt}) -> ${actor}`, () => assert.ok(actorsOn(text, publishedAt).includes(actor), actorsOn(text, publishedAt).join(', ')))
  }
})

describe('find-actors: the names a reader gives the new authorities, their security forces and the tribes', () => {
  const actorsOn = (text: string, publishedAt: string) => {
    const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt } }, defaultContext({ today: '2025-01-01' }))
    return annotationsOf(doc, 'actor').map((a) => String(a.actorId))
  }
  const rows: [string, string, string][] = [
    ['The new authorities announced a curfew in Qorvath.', '2024-12-14', 'syrian-caretaker'],
    // (before the fall, "the new authorities" of a captured town are the command that took it)
    ['The new authorities in Qorvath said bakeries would reopen.', '2024-12-02', 'moc'],
    ["Syria's transitional government appointed a governor for Qorvath.", '2024-12-14', 'syrian-caretaker'],
    ['Tribal fighters took three villages east of Qorvath.', '2024-12-14', 'tribal-forces'],
    ['Arab tribal forces clashed with Kurdish fighters near Qorvath.', '2024-12-14', 'tribal-forces'],
    ['General Security raided a farm outside Qorvath.', '2024-12-14', 'general-security'],
    ['Security forces of the new government set up checkpoints around Qorvath.', '2024-12-14', 'general-security'],
    // "Syrian security forces" are the new authorities' after 8 December and the army's before
    ['Syrian security forces set up checkpoints around Qorvath.', '2024-12-14', 'general-security'],
    ['Syrian security forces set up checkpoints around Qorvath.', '2024-12-03', 'syrian-army'],
  ]
  for (const [text, publishedAt, actor] of rows) {
    it(`${text} (published ${publishedAt}) -> ${actor}`, () => assert.ok(actorsOn(text, publishedAt).includes(actor), actorsOn(text, publishedAt).join(', ')))
  }
})

describe('find-actors: a strike named by a state\'s demonym', () => {
  it('is that state\'s force\'s ("An Israeli strike on the port of Karmun destroyed …", "Turkish drone strikes hit …")', () => {
    assert.ok(actorsIn('An Israeli strike on the port of Karmun destroyed several ships, a monitor said.').includes('strike:idf:initiator'))
    assert.ok(actorsIn('Iranian drone strikes hit positions near Karmun on Friday.').includes('strike:irgc:initiator'))
  })
  it('names a state\'s transport planes as its force ("Russian transport planes left …")', () => {
    assert.ok(actorsIn('Russian transport planes left the Karmun air base on Friday.').includes('deployment:russian-forces:initiator'))
  })
  it('names a state\'s ships and armour as its force ("Russian frigates left …", "Russian armoured vehicles were seen leaving …")', () => {
    assert.ok(actorsIn('Two Russian frigates left the port of Karmun on Friday.').includes('deployment:russian-forces:initiator'))
    assert.ok(actorsIn('Russian armoured vehicles were seen leaving Qamishli on Friday.').includes('territory_change:russian-forces:target'))
  })
})

describe('find-actors: a bare "army" after a state\'s possessive', () => {
  it('is that state\'s force ("Turkey\'s army shelled …", "Jordan\'s army"), or the state when the lexicon has no force of it ("Egypt\'s army")', () => {
    assert.ok(actorsIn('Turkey\'s army shelled the village of Karmun on Friday.').includes('strike:turkish-forces:initiator'))
    const jordan = actorsIn('Jordan\'s army said it had reinforced its border on Saturday.')
    assert.ok(jordan.includes('deployment:jordanian-army:initiator') && !jordan.some((a) => a.includes('syrian-army')), jordan.join(', '))
    const egypt = actorsIn('Egypt\'s army said it had reinforced its border on Saturday.')
    assert.ok(egypt.includes('deployment:egypt:initiator') && !egypt.some((a) => a.includes('syrian-army')), egypt.join(', '))
  })
  it('makes a state\'s ministry its state\'s word ("Turkey\'s defence ministry denied …")', () => {
    assert.ok(actorsIn('Turkey\'s defence ministry denied targeting civilians near Karmun.').includes('denial:turkey:initiator'))
  })
})

describe('find-actors: a state\'s forces named by its demonym', () => {
  it('are the state force the lexicon makes part of that state ("Turkish soldiers", "Israeli tanks")', () => {
    assert.ok(actorsIn('Turkish soldiers shelled the village of Karmun on Friday.').includes('strike:turkish-forces:initiator'))
    assert.ok(actorsIn('Israeli tanks entered the village of Karmun overnight.').includes('territory_change:idf:initiator'))
  })
  it('make a bare "the army" speaking after them that force\'s army, not the lexicon\'s ("…, the army said")', () => {
    const doc = runPipeline({ source: 't', raw: 'Turkish soldiers took up positions around Karmun on Sunday, the army said.', format: 'text', hints: { publishedAt: '2024-12-07' } }, defaultContext({ today: '2025-01-01' }))
    assert.deepEqual(annotationsOf(doc, 'actor').map((a) => a.actorId), ['turkish-forces', 'turkish-forces'])
  })
  it('leave "the army" its own when the sentence opens with someone else ("Rebels attacked Turkish troops …, the army said")', () => {
    const doc = runPipeline({ source: 't', raw: 'Rebels attacked Turkish soldiers near Karmun, the army said.', format: 'text', hints: { publishedAt: '2024-12-07' } }, defaultContext({ today: '2025-01-01' }))
    assert.ok(annotationsOf(doc, 'actor').some((a) => a.actorId === 'syrian-army'))
  })
  it('share their noun when listed ("Russian and Syrian warplanes"): each is its state\'s force, and all strike together', () => {
    const strike = actorsIn('Russian and Syrian warplanes bombed the market in Karmun on Friday, killing nine people.')
    for (const id of ['russian-forces', 'syrian-air-force']) {
      assert.ok(strike.includes(`strike:${id}:initiator`), `${id} strikes: ${strike.join(', ')}`)
      assert.ok(strike.includes(`casualties:${id}:initiator`), `${id} caused the toll: ${strike.join(', ')}`)
    }
    const deployed = actorsIn('Russian, Iranian and Turkish troops were deployed to Karmun on Friday.')
    for (const id of ['russian-forces', 'turkish-forces']) assert.ok(deployed.some((x) => x.includes(id)), `${id}: ${deployed.join(', ')}`)
  })
  it('are the government\'s when "regime" or "government" names them ("a regime helicopter", "Government warplanes")', () => {
    assert.ok(actorsIn('A regime helicopter dropped barrel bombs on Karmun on Friday.').includes('strike:syrian-army:initiator'))
    assert.ok(actorsIn('Government warplanes bombed the market in Karmun on Friday.').includes('strike:syrian-army:initiator'))
  })
  it('leave a battle between a list\'s members one side against the other ("Turkish and Russian patrols clashed")', () => {
    const battle = actorsIn('Turkish and Russian patrols clashed near Karmun on Friday.').filter((x) => x.startsWith('battle:'))
    assert.ok(battle.filter((x) => x.endsWith(':initiator')).length <= 1, battle.join(', '))
  })
})

describe('find-actors: the state broadcaster', () => {
  it('is a channel that reports ("Syrian state television said …"), not the Syrian state as a party', () => {
    const doc = runPipeline({ source: 't', raw: 'Syrian state television said the army had redeployed outside Karmun on Thursday.', format: 'text',
      hints: { publishedAt: '2024-12-06' } }, defaultContext({ today: '2025-01-01' }))
    assert.deepEqual(annotationsOf(doc, 'actor').map((a) => a.actorId), ['syrian-state-tv', 'syrian-army'])
    const e = annotationsOf(doc, 'event').find((x) => x.type === 'territory_change')
    assert.deepEqual([e?.attribution, e?.actors.some((a) => a.actorId === 'syria')], ['Syrian state television', false])
  })
})

describe('find-actors: the region\'s states and bodies that speak in the period', () => {
  // (invented sentences; each speaker names the actor the lexicon gives it)
  const speaker = (text: string) => {
    const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-09' } }, defaultContext({ today: '2025-01-01' }))
    const said = annotationsOf(doc, 'event').find((x) => x.type === 'statement' || x.type === 'call_to_action' || x.type === 'denial')
    return said?.actors.find((a) => a.role === 'initiator')?.actorId
  }
  it('names each state by its country acting, its ministry, its officials or its capital', () => {
    for (const [text, id] of [
      ['Egypt urged every party in Syria to keep the state\'s institutions standing.', 'egypt'],
      ['Saudi Arabia said it was watching the events in Karmun with concern.', 'saudi-arabia'],
      ['Qatar\'s foreign ministry said its embassy would soon reopen.', 'qatar'],
      ['The UAE called on all sides to stop the bloodshed.', 'uae'],
      ['Emirati officials warned that the chaos could spread.', 'uae'],
      ['Riyadh said the handover in Damascus had to stay peaceful.', 'saudi-arabia'],
      ['The Lebanese caretaker government said it would send aid to the border.', 'lebanon'],
    ] as const) assert.equal(speaker(text), id, text)
  })
  it('names the Arab League, the Gulf council, the EU and the UN\'s agencies and officials', () => {
    for (const [text, id] of [
      ['The Arab League condemned the raid on Karmun.', 'arab-league'],
      ['The Gulf Cooperation Council said the unity of Syria must be kept.', 'gcc'],
      ['The European Union said it would wait before dealing with the new rulers.', 'eu'],
      ['UNICEF said dozens of schools in Karmun had closed.', 'unicef'],
      ['UNDOF called on the soldiers to leave the area of separation.', 'undof'],
      ['UN Secretary-General Antonio Guterres called for calm in Karmun.', 'antonio-guterres'],
    ] as const) assert.equal(speaker(text), id, text)
  })
  it('makes a state\'s army named by its demonym that state\'s force ("the Lebanese army", "Iraqi troops")', () => {
    assert.ok(actorsIn('The Lebanese army closed two border crossings near Karmun on Saturday.').some((a) => a.includes(':lebanese-army:initiator')))
    assert.ok(actorsIn('Iraqi troops were deployed to the border near Karmun on Saturday.').some((a) => a.includes(':iraqi-forces:')))
  })
})

describe('find-actors: the region\'s state news agencies', () => {
  it('are the channel a report came through, never a party to it ("…, Anadolu reported", "Iraqi state media said …")', () => {
    for (const [text, source] of [['Turkish drones struck the village of Karmun on Friday, Anadolu reported.', 'Anadolu Agency'],
      ['Iraqi state media said Iraqi troops had closed the crossing near Karmun on Friday.', 'Iraqi News Agency']] as const) {
      const doc = runPipeline({ source: 't', raw: text, format: 'text', hints: { publishedAt: '2024-12-07' } }, defaultContext({ today: '2025-01-01' }))
      const events = annotationsOf(doc, 'event')
      assert.ok(events.length > 0 && events.every((e) => e.attribution === source && !e.actors.some((a) => a.actorId === 'anadolu' || a.actorId === 'ina')), text)
    }
  })
})


describe('find-actors: the names Turkish sources give Kurdish forces', () => {
  it('read "PKK/YPG" and "PKK/PYD" as the YPG, and the PKK alone as its own actor', () => {
    assert.ok(actorsIn("Turkey's defence ministry said it had neutralised 23 PKK/YPG terrorists near Tal Rifaat.").includes('casualties:ypg:target'))
    assert.ok(actorsIn('Turkish forces killed 12 PKK/PYD militants near Tal Rifaat.').includes('casualties:ypg:target'))
    assert.ok(actorsIn('Turkish drones struck PKK positions near Qamishli.').includes('strike:pkk:target'))
  })
})

describe('find-actors: bombers named by a demonym', () => {
  it('are the state\'s force, as its jets are ("Russian bombers struck …")', () => {
    assert.ok(actorsIn('Russian bombers struck Idlib on Friday.').includes('strike:russian-forces:initiator'))
  })
})

describe('find-actors: a bare army a leader orders', () => {
  it('is the force of the state the leader leads ("Netanyahu ordered the army to …"), the theater\'s army for its own leader', () => {
    assert.ok(actorsIn('Netanyahu ordered the army to seize positions near Quneitra.').some((a) => a.endsWith(':idf:initiator')))
    assert.ok(actorsIn('Erdogan ordered the army to seize Tal Rifaat.').some((a) => a.endsWith(':turkish-forces:initiator')))
    assert.ok(actorsIn('Assad ordered the army to retake Hama.').some((a) => a.endsWith(':syrian-army:initiator')))
  })
  it('is the ordering leader\'s, not that of a state named in another phrase before the verb ("the pact with Syria")', () => {
    const actors = actorsIn('Netanyahu said the old pact with Syria was void and ordered the army to seize positions near Quneitra.')
    assert.ok(actors.some((a) => a.endsWith(':idf:initiator')), actors.join(' '))
  })
})

describe('find-actors: a side\'s people named by the side\'s word', () => {
  it('speak for that side ("Rebel officers said they had seized …"), and the attribution stays as written', () => {
    const doc = runPipeline({ source: 't', raw: 'Rebel officers said they had seized the central prison in Hama.', format: 'text', hints: { publishedAt: '2024-12-05' } },
      defaultContext({ today: '2025-01-01' }))
    const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change')
    assert.deepEqual([capture?.actors.find((a) => a.role === 'initiator')?.actorId, capture?.attribution], ['moc', 'Rebel officers'])
  })
  it('a side\'s command speaks for it too ("The rebel command said its fighters had taken …")', () => {
    const doc = runPipeline({ source: 't', raw: 'The rebel command said its fighters had taken control of the central prison in Hama.', format: 'text', hints: { publishedAt: '2024-12-05' } },
      defaultContext({ today: '2025-01-01' }))
    const capture = annotationsOf(doc, 'event').find((e) => e.type === 'territory_change')
    assert.deepEqual([capture?.actors.find((a) => a.role === 'initiator')?.actorId, capture?.attribution], ['moc', 'The rebel command'])
  })
})

describe('find-actors: a surname alone', () => {
  it('is the person named in full before it ("Mazloum Abdi said … Abdi called for …")', () => {
    const actors = actorsIn('Kurdish commander Mazloum Abdi spoke in Hasakah on Monday. Later, Abdi called on all sides to stop the fighting in Kobani.')
    assert.ok(actors.includes('call_to_action:mazloum-abdi:initiator'), actors.join(' '))
  })
  it('is no one before the full name, nor inside another name', () => {
    const before = actorsIn('Abdi called on all sides to stop the fighting in Kobani. Mazloum Abdi spoke in Hasakah on Monday.')
    assert.ok(!before.includes('call_to_action:mazloum-abdi:initiator'), before.join(' '))
    const other = actorsIn('Mazloum Abdi spoke in Hasakah on Monday. Omar Abdi called on all sides to stop the fighting in Kobani.')
    assert.ok(!other.includes('call_to_action:mazloum-abdi:initiator'), other.join(' '))
  })
})

describe('find-actors: the SDF\'s local councils', () => {
  it('knows the Deir ez-Zor Military Council as a member of the SDF', () => {
    const actors = actorsIn('The Deir ez-Zor Military Council attacked army positions in Deir ez-Zor city on Friday.')
    assert.ok(actors.includes('battle:deir-ez-zor-military-council:initiator'), actors.join(' '))
  })
})
