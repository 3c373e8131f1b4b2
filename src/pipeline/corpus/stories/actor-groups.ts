// Which organisation an actor acts as, for fusion: "Golani said his forces entered Hama", "HTS entered Hama" and
// "the HTS-led rebels entered Hama" name one initiator at three levels (person → group → coalition). Read from the
// theater's actor lexicon, through the relations that make one actor speak or fight as another; a backer is not
// its client ("Turkish-backed factions" are not Turkey's forces).
import type { ActorId } from '../../../core/types.ts'
import { affiliationChain } from '../../../theaters/lexicon.ts'
import { defaultLexicon } from '../../context.ts'

const ACTS_AS = new Set(['leads', 'member_of', 'led_by', 'part_of'])

/** The actor and the organisations it acts as on `date` (its own id alone when the lexicon lacks it). */
export function actsAs(actorId: string, date: string | null): readonly string[] {
  return affiliationChain(defaultLexicon(), actorId as ActorId, date, ACTS_AS)
}
