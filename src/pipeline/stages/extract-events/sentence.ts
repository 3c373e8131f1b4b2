// The view of one sentence the event rules work on: its text and the mentions inside it, offsets relative to it.
import type { ActorId, ActorKind, DateAnnotation, PlaceAnnotation } from '../../../core/types.ts'

export interface ActorRef {
  readonly start: number
  readonly end: number
  readonly actorId: ActorId
  readonly name: string
  readonly kind: ActorKind
  /** A party to the fighting (state, force, armed group, or a person affiliated with one): its word is a claim. */
  readonly party: boolean
  /** Media outlet: the channel a statement went through, never the speaker. */
  readonly media: boolean
  /** Resolved from "the group", "they", "its fighters" rather than named. */
  readonly coreferent?: boolean
}

export interface PlaceRef {
  readonly start: number
  readonly end: number
  readonly ann: PlaceAnnotation
}

export interface DateRef {
  readonly start: number
  readonly end: number
  readonly ann: DateAnnotation
}

export interface SentenceView {
  /** Absolute offset of the sentence in Doc.text. */
  readonly base: number
  readonly text: string
  readonly actors: readonly ActorRef[]
  readonly places: readonly PlaceRef[]
  readonly dates: readonly DateRef[]
}
