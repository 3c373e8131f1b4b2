// Maps theater actor ids to control holders (the side that holds ground) and attributions to the side speaking.
// The mapping is pack data (theaters/<name>/control/holders.csv); ids missing from it hold ground as themselves.
import { foldName } from './geo.ts'
import type { HolderRow } from './pack.ts'

/** Holder value of actors that take no ground themselves (monitors, media, foreign capitals, envoys). */
export const NO_HOLDER = '-'

export interface ActorTable {
  /**
   * The holder an actor's gains count for: "syrian-army" → "syrian-government"; unknown ids map to themselves;
   * actors that hold no ground ("sohr", an envoy) map to NO_HOLDER.
   */
  holderOf(actorId: string): string
  /** Display name of a holder id. */
  nameOf(holderId: string): string
  /** The holder whose words an attribution carries ("the army said" → "syrian-government"), or null. */
  speakerOf(attribution: string | null): string | null
  /** Resolves a user's --by value (id, holder name or alias) to a holder id. */
  resolve(input: string): string
  /** Whether a holder id is a side of the table (holds ground somewhere), not an unknown id mapped to itself. */
  isSide(holderId: string): boolean
}

/** Builds the actor table from the pack's holder rows. */
export function actorTable(rows: readonly HolderRow[]): ActorTable {
  const holderOf = new Map<string, string>()
  const names = new Map<string, string>()
  const words: { word: RegExp; holder: string; length: number }[] = []
  for (const r of rows) {
    holderOf.set(r.actorId, r.holder)
    if (!names.has(r.holder) && r.holder !== NO_HOLDER) names.set(r.holder, r.name)
    for (const w of r.attributionWords) {
      const escaped = w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+')
      words.push({ word: new RegExp(`(^|[^a-z])${escaped}([^a-z]|$)`, 'i'), holder: r.holder, length: w.length })
    }
  }
  // Reports repeat their attributions ("the Syrian Observatory for Human Rights"): each is matched once.
  const spoken = new Map<string, string | null>()
  // Longest phrase first: "syrian democratic forces" must win over "forces"-like short words of another side.
  words.sort((a, b) => b.length - a.length)
  return {
    holderOf: (id) => holderOf.get(id) ?? id,
    nameOf: (id) => names.get(id) ?? id,
    isSide: (id) => names.has(id),
    speakerOf(attribution) {
      if (!attribution) return null
      let hit = spoken.get(attribution)
      if (hit === undefined) {
        hit = words.find((w) => w.word.test(attribution))?.holder ?? null
        if (spoken.size > 50_000) spoken.clear()
        spoken.set(attribution, hit)
      }
      return hit
    },
    resolve(input) {
      const key = foldName(input)
      const direct = holderOf.get(input) ?? holderOf.get(input.toLowerCase())
      if (direct) return direct
      for (const [holder, name] of names) if (foldName(name) === key || foldName(holder) === key) return holder
      return input
    },
  }
}
