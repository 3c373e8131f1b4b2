import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { AppError } from '../core/errors.ts'
import { affiliationChain } from './lexicon.ts'
import type { ActorId } from '../core/types.ts'
import { loadActorLexicon, parseActorLexicon } from './load.ts'

const file = (actors: unknown[]) => JSON.stringify({ theater: 'test', period: { from: '2024-01-01', to: '2024-12-31' }, actors })
const code = (f: () => unknown) => {
  try { f() } catch (e: unknown) { return e instanceof AppError ? e.code : 'other' }
  return 'none'
}

describe('actor lexicon loading', () => {
  it('loads the Syria pack with the actors the issue names', () => {
    const lex = loadActorLexicon('syria')
    for (const id of ['syrian-army', 'hts', 'moc', 'sna', 'sdf', 'southern-operations-room', 'druze-factions', 'isis', 'hezbollah',
      'iran', 'irgc', 'russia', 'israel', 'idf', 'turkey', 'united-states', 'us-coalition', 'iraqi-militias', 'un', 'wfp', 'unhcr', 'ocha',
      'sohr', 'reuters', 'afp', 'ap', 'cnn', 'tass', 'sana', 'bashar-al-assad', 'abu-mohammed-al-golani', 'mazloum-abdi', 'hassan-abdul-ghany']) {
      assert.ok(lex.byId.has(id), `missing ${id}`)
    }
  })
  it('rejects an unknown actor kind', () => {
    assert.equal(code(() => parseActorLexicon(file([{ id: 'x', name: 'X', kind: 'tribe' }]), 't')), 'theater_invalid')
  })
  it('rejects a duplicate id', () => {
    assert.equal(code(() => parseActorLexicon(file([{ id: 'x', name: 'X', kind: 'state' }, { id: 'x', name: 'Y', kind: 'state' }]), 't')), 'theater_invalid')
  })
  it('rejects an affiliation with an actor that is not in the file', () => {
    const f = file([{ id: 'x', name: 'X', kind: 'armed_group', affiliations: [{ actor: 'nowhere', relation: 'member_of' }] }])
    assert.equal(code(() => parseActorLexicon(f, 't')), 'theater_invalid')
  })
  it('rejects a regional group standing in for an actor that is not in the file, and accepts one that is', () => {
    const regional = (standsFor: string) => file([{ id: 'rebels', name: 'R', kind: 'armed_group' },
      { id: 'south', name: 'S', kind: 'armed_group', regional: { admin1: ['Southland'], standsFor: [standsFor] } }])
    assert.equal(code(() => parseActorLexicon(regional('nowhere'), 't')), 'theater_invalid')
    assert.equal(code(() => parseActorLexicon(regional('rebels'), 't')), 'none')
  })
  it('rejects one alias on two actors valid at the same time', () => {
    const f = file([{ id: 'a', name: 'A', kind: 'state', aliases: ['the council'] }, { id: 'b', name: 'B', kind: 'state', aliases: ['The Council'] }])
    assert.equal(code(() => parseActorLexicon(f, 't')), 'theater_invalid')
  })
  it('accepts one alias on two actors whose validity does not overlap', () => {
    const f = file([
      { id: 'a', name: 'A', kind: 'state', aliases: ['the council'], validTo: '2024-06-30' },
      { id: 'b', name: 'B', kind: 'state', aliases: ['the council'], validFrom: '2024-07-01' },
    ])
    assert.equal(parseActorLexicon(f, 't').actors.length, 2)
  })
  it('accepts one alias on two actors when the alias is dated apart, while both actors stay valid', () => {
    const f = file([
      { id: 'a', name: 'A', kind: 'armed_group', aliases: [{ text: 'the command', until: '2024-06-30' }, 'the band'] },
      { id: 'b', name: 'B', kind: 'state', aliases: [{ text: 'The Command', from: '2024-07-01' }] },
    ])
    const lex = parseActorLexicon(f, 't')
    assert.deepEqual(lex.byId.get('a')?.aliases, ['the command', 'the band'])
  })
  it('rejects a dated alias whose dates overlap another actor\'s use of it', () => {
    const f = file([
      { id: 'a', name: 'A', kind: 'armed_group', aliases: [{ text: 'the command', until: '2024-07-01' }] },
      { id: 'b', name: 'B', kind: 'state', aliases: [{ text: 'the command', from: '2024-07-01' }] },
    ])
    assert.equal(code(() => parseActorLexicon(f, 't')), 'theater_invalid')
  })
  it('rejects an alias dated backwards, a malformed date, an unknown field, and one alias dated twice', () => {
    for (const alias of [{ text: 'x', from: '2024-07-01', until: '2024-06-30' }, { text: 'x', from: '1 July' }, { text: 'x', since: '2024-07-01' }]) {
      assert.equal(code(() => parseActorLexicon(file([{ id: 'a', name: 'A', kind: 'state', aliases: [alias] }]), 't')), 'theater_invalid', JSON.stringify(alias))
    }
    const twice = file([{ id: 'a', name: 'A', kind: 'state', aliases: [{ text: 'x', until: '2024-03-01' }, { text: 'X', from: '2024-09-01' }] }])
    assert.equal(code(() => parseActorLexicon(twice, 't')), 'theater_invalid')
  })
  it('rejects text that is not JSON', () => {
    assert.equal(code(() => parseActorLexicon('{', 't')), 'theater_invalid')
  })
  it('follows affiliations from a person to the coalition', () => {
    const f = file([
      { id: 'boss', name: 'Boss', kind: 'person', affiliations: [{ actor: 'band', relation: 'leads' }] },
      { id: 'band', name: 'Band', kind: 'armed_group', affiliations: [{ actor: 'front', relation: 'member_of' }] },
      { id: 'front', name: 'Front', kind: 'armed_group' },
    ])
    assert.deepEqual(affiliationChain(parseActorLexicon(f, 't'), 'boss' as ActorId, null), ['boss', 'band', 'front'])
  })
})
