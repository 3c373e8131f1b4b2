// Which organisation an actor acts as, for fusion: "Golani said his forces entered Hama", "HTS entered Hama" and
// "the HTS-led rebels entered Hama" name one initiator at three levels (person → group → coalition). Read from the
// theater's actor lexicon, through the relations that make one actor speak or fight as another; a backer is not
// its client ("Turkish-backed factions" are not Turkey's forces).
import type { ActorId } from '../../../core/types.ts'
import { affiliationChain } from '../../../theaters/lexicon.ts'
import { defaultLexicon } from '../../context.ts'

const ACTS_AS = new Set(['leads', 'member_of', 'led_by', 'part_of'])

/**
 * Chains already read, by actor and date: fusion and every story lead ask for the same few actors over and over, and
 * reaching the lexicon (through the default context) costs more than the walk. The lexicon is fixed for the process.
 */
const chains = new Map<string, readonly string[]>()

/** The actor and the organisations it acts as on `date` (its own id alone when the lexicon lacks it). */
export function actsAs(actorId: string, date: string | null): readonly string[] {
  const key = `${actorId}\n${date ?? ''}`
  let chain = chains.get(key)
  if (!chain) {
    chain = affiliationChain(defaultLexicon(), actorId as ActorId, date, ACTS_AS)
    chains.set(key, chain)
  }
  return chain
}
