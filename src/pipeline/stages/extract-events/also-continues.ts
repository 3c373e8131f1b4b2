// "Local factions took Belmira on Saturday. Rebels also seized the Qorvath crossing": a generic word for the
// insurgents with "also" opening the next sentence goes on with the group just told of taking ground, not the
// alliance that the generic word means elsewhere.
import type { ActorId } from '../../../core/types.ts'
import type { ActorRef } from './sentence.ts'

// The generic nouns for insurgents (not a name, not "fighters" of someone): "Rebels", "opposition fighters".
const GENERIC = /^(?:(?:the\s+)?(?:rebels|insurgents|(?:rebel|opposition|insurgent)\s+(?:fighters|forces))|fighters)$/i
// What may open the sentence before the subject: a dateline, a time, "On Friday,", "Meanwhile,".
const OPENING = /^(?:[^,.;]{0,40},\s*)?$/

/**
 * The sentence-opening "Rebels" of "Rebels also …" when it stands for `previous`, the initiator of the capture just
 * told (an armed group other than the one the generic word names), which "also" adds to; null otherwise.
 */
export function alsoContinues(text: string, actors: readonly ActorRef[], previous: { readonly actorId: ActorId; readonly kind: string } | null): ActorRef | null {
  if (previous === null || previous.kind !== 'armed_group') return null
  const subject = actors.find((a) => !a.coreferent && !a.media)
  if (!subject || subject.actorId === previous.actorId || !GENERIC.test(text.slice(subject.start, subject.end))) return null
  if (!OPENING.test(text.slice(0, subject.start)) || !/^\s+also\b/i.test(text.slice(subject.end))) return null
  return subject
}
