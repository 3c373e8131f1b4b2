// A rewrite of a wire report that adds a quotation of its own (an analyst, a resident its reporter called) is still
// the wire's rewrite: the added quote, and the sentence that says who spoke, are not the wire's words, and must not
// make the rewrite look like an independent report. Invented texts about a real place and day.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildStories } from './build-stories.ts'
import { docFeatures } from './fingerprints.ts'
import { compare } from './similarity.ts'
import { makeDoc } from './testing.ts'

const HAMA = { placeId: 'geonames:170017', name: 'Hama', lat: 35.1318, lon: 36.7578 }
const capture = (evidence: string) => ({ place: HAMA, actors: { hts: 'initiator' as const, 'syrian-army': 'target' as const }, date: '2024-12-05', evidence })

const WIRE = [
  'HAMA, Syria, Dec 5 (Reuters) - Insurgents led by Hayat Tahrir al-Sham stormed into Hama on Thursday after a week of fighting along the northern approaches, residents and opposition commanders said, their biggest prize since the seizure of Aleppo.',
  'Columns of pickup trucks crossed the ring road at dawn while soldiers abandoned checkpoints on the Mharda road and the air base east of the city, according to two residents reached by telephone.',
  'Gunmen opened the gates of the central prison and hundreds of detainees walked out, some of them held for more than a decade, the residents said.',
  '"Our fighters are inside the city and the regime lines have collapsed from the north," commander Hassan Abdul Ghani said in a message on Telegram.',
  'The defence ministry in Damascus said its units had redeployed outside the city to spare civilians and would regroup for a counter-attack.',
].join('\n\n')

const wire = () => makeDoc({ id: 'wire', outlet: 'Reuters', publishedAt: '2024-12-05', text: WIRE, events: [capture('stormed into Hama on Thursday')] })

test('a news brief of a wire report that adds an analyst’s quote is its rewrite', () => {
  // Keeps nearly all of the wire's own words and names, but neither its quotation nor a figure; then quotes someone
  // the wire never spoke to.
  const brief = makeDoc({
    id: 'brief', outlet: 'Cedar Evening News', publishedAt: '2024-12-05',
    text: [
      'Thursday: Hama. Storming in after a week-long fight on northern approaches, Hayat Tahrir al-Sham insurgents won the opposition its biggest prize since Aleppo’s seizure, said commanders and residents.',
      'At dawn, pickup truck columns crossed a ring road; east of the city an air base was abandoned by soldiers, as were Mharda road checkpoints. Residents reached by telephone said hundreds of detainees walked out after gunmen opened gates at the central prison.',
      'Its units, said the Damascus defence ministry, redeployed outside to spare civilians, to regroup for a counter-attack.',
      '"Losing Hama leaves the road to Homs wide open, and the coast behind it, and every officer in the capital knows that tonight," said Rania Haddad, a researcher who studies the Syrian army and its officer corps at a university in Beirut.',
    ].join('\n\n'),
    events: [capture('stormed into Hama on Thursday')],
  })
  const [s, ...rest] = buildStories([wire(), brief])
  assert.equal(rest.length, 0)
  assert.equal(s!.documents.find((d) => d.id === 'brief')!.role, 'rewrite')
  assert.equal(s!.independentSources, 1)
  assert.equal(compare(docFeatures(brief), docFeatures(wire())).relation, 'rewrite')
})

test('an independent report of the same capture that quotes the same commander stays a second source', () => {
  const own = makeDoc({
    id: 'own', outlet: 'Orontes Courier', publishedAt: '2024-12-05',
    text: [
      'Rebel factions took control of Hama on Thursday, our reporter in the city said, as families gathered on balconies along Quwatli street to watch the convoys pass.',
      'Fighters tore down a statue of Hafez al-Assad near the governorate building, and a mosque loudspeaker announced that shops should reopen on Friday.',
      '"Our fighters are inside the city and the regime lines have collapsed from the north," commander Hassan Abdul Ghani said on Telegram.',
      'A doctor at the national hospital said eleven wounded civilians had been brought in since midnight.',
    ].join('\n\n'),
    events: [capture('took control of Hama on Thursday')],
  })
  const [s] = buildStories([wire(), own])
  assert.equal(s!.documents.find((d) => d.id === 'own')!.role, 'independent')
  assert.equal(s!.independentSources, 2)
})
