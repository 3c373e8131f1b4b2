import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { acledActor, homeState, type ActorFacts } from './acled-actors.ts'

// An invented theater: Belmira (where the war is), its army and a militia it backs; Ostravia, a foreign power with
// forces and a proxy; a rebel front with its own political council; an aid agency; a foreign leader.
const LEXICON: Record<string, ActorFacts> = {
  belmira: { name: 'Belmira', kind: 'state', affiliations: [] },
  'belmira-gov': { name: 'Belmiran government', kind: 'state', affiliations: [{ actor: 'belmira', relation: 'governs' }] },
  'belmira-army': { name: 'Belmiran Army', kind: 'state_force', affiliations: [{ actor: 'belmira-gov', relation: 'part_of' }] },
  'home-guard': { name: 'Home Guard', kind: 'armed_group', affiliations: [{ actor: 'belmira-gov', relation: 'backed_by' }] },
  ostravia: { name: 'Ostravia', kind: 'state', affiliations: [] },
  'ostravian-forces': { name: 'Ostravian Air Wing', kind: 'state_force', affiliations: [{ actor: 'ostravia', relation: 'part_of' }] },
  'proxy-legion': { name: 'Legion of the Pass', kind: 'armed_group', affiliations: [{ actor: 'ostravia', relation: 'backed_by' }] },
  council: { name: 'Free Council', kind: 'organization', affiliations: [] },
  'ember-front': { name: 'Ember Front', kind: 'armed_group', affiliations: [{ actor: 'council', relation: 'part_of' }, { actor: 'ostravia', relation: 'backed_by' }] },
  'lone-band': { name: 'Lone Band', kind: 'armed_group', affiliations: [] },
  'aid-agency': { name: 'Relief Agency', kind: 'organization', affiliations: [] },
  'ostravian-leader': { name: 'Premier Vask', kind: 'person', affiliations: [{ actor: 'ostravia', relation: 'leads' }] },
  villagers: { name: 'Villagers', kind: 'civilians', affiliations: [] },
}
const lookup = (id: string) => LEXICON[id]

describe('ACLED actor codes', () => {
  it('codes a foreign state\'s forces in Belmira as external forces (8), named as that state\'s military', () => {
    assert.deepEqual(acledActor('ostravian-forces', lookup, 'Belmira'), { name: 'Military Forces of Ostravia (Ostravian Air Wing)', inter: 8 })
  })
  it('codes the same forces at home as state forces (1)', () => {
    assert.equal(acledActor('ostravian-forces', lookup, 'Ostravia')?.inter, 1)
  })
  it('codes the home army as state forces (1) named after its country', () => {
    assert.deepEqual(acledActor('belmira-army', lookup, 'Belmira'), { name: 'Military Forces of Belmira (Belmiran Army)', inter: 1 })
  })
  it('codes a state acting by metonymy as its military', () => {
    assert.deepEqual(acledActor('ostravia', lookup, 'Belmira'), { name: 'Military Forces of Ostravia', inter: 8 })
    assert.deepEqual(acledActor('belmira-gov', lookup, 'Belmira'), { name: 'Military Forces of Belmira', inter: 1 })
  })
  it('codes a militia the government backs as a political militia (3)', () => {
    assert.equal(acledActor('home-guard', lookup, 'Belmira')?.inter, 3)
  })
  it('codes a foreign state\'s proxy with no political structure of its own as a political militia (3)', () => {
    assert.equal(acledActor('proxy-legion', lookup, 'Belmira')?.inter, 3)
  })
  it('codes a group with its own council as a rebel group (2) even with a foreign backer', () => {
    assert.equal(acledActor('ember-front', lookup, 'Belmira')?.inter, 2)
    assert.equal(acledActor('lone-band', lookup, 'Belmira')?.inter, 2)
  })
  it('codes a leader as the state they lead, an aid agency as other (8), civilians as 7', () => {
    assert.deepEqual(acledActor('ostravian-leader', lookup, 'Belmira'), { name: 'Military Forces of Ostravia', inter: 8 })
    assert.equal(acledActor('aid-agency', lookup, 'Belmira')?.inter, 8)
    assert.equal(acledActor('villagers', lookup, 'Belmira')?.inter, 7)
  })
  it('treats state forces as domestic when the event\'s country is unknown', () => {
    assert.equal(acledActor('ostravian-forces', lookup, null)?.inter, 1)
  })
  it('finds the state through governs and part_of, and gives up on a loop', () => {
    assert.equal(homeState('belmira-army', lookup), 'Belmira')
    const loop = (id: string): ActorFacts | undefined => ({ a: { name: 'A', kind: 'state_force' as const, affiliations: [{ actor: 'b', relation: 'part_of' }] }, b: { name: 'B', kind: 'state_force' as const, affiliations: [{ actor: 'a', relation: 'part_of' }] } })[id]
    assert.equal(homeState('a', loop), null)
  })
  it('returns null for an actor the lexicon does not know', () => {
    assert.equal(acledActor('nobody', lookup, 'Belmira'), null)
  })
})
