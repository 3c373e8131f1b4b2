// Traces which wire service a text comes from, from what the text itself says ("(Reuters) -", "told Reuters").
// It weighs each clue: a dateline is the wire's own copy; "told Reuters" means Reuters did the reporting;
// "according to AFP" cites AFP. "In an interview with CNN" is never a clue: CNN is not a wire (wires.ts).
import { WIRES, type Wire } from './wires.ts'

export interface OriginClue {
  readonly wire: string
  /** Which rule matched: "dateline", "reporting" ("told Reuters", "a Reuters witness") or "citation". */
  readonly rule: 'dateline' | 'reporting' | 'citation'
  readonly start: number
  readonly end: number
}

export interface Origin {
  /** Wire service the text traces back to, or null. */
  readonly wire: string | null
  /** True when the text carries the wire's dateline "(Reuters) -": the wire's own copy, verbatim. */
  readonly dateline: boolean
  readonly clues: readonly OriginClue[]
}

const WEIGHT = { dateline: 10, reporting: 3, citation: 1 } as const

interface Pattern { readonly rule: OriginClue['rule']; readonly make: (name: string) => string }
const PATTERNS: readonly Pattern[] = [
  // "BEIRUT, Dec 6 (Reuters) -", "(AFP) —": the agency's own dateline, near the top.
  { rule: 'dateline', make: (n) => `\\((?:${n})\\)\\s*[-–—]` },
  // "a Syrian army officer told Reuters", "sources who spoke to Reuters", "as reported by an officer to Reuters"
  { rule: 'reporting', make: (n) => `\\b(?:told|tells|telling|(?:spoke|speaking|talked|talking) (?:to|with)|said to|in comments to|reported by [^.]{0,60}? to|informed) (?:${n})\\b` },
  // "a Reuters witness", "Reuters reporters saw", "Reuters could not independently verify"
  { rule: 'reporting', make: (n) => `\\b(?:${n}) (?:witness|witnesses|reporter|reporters|correspondent|journalist|journalists|photographer|could not|was unable|cannot|has not been able)\\b` },
  { rule: 'reporting', make: (n) => `\\b(?:an?|the) (?:${n}) (?:witness|reporter|correspondent|journalist|tally|count)\\b` },
  // "according to AFP", "AFP reported", "Reuters said", "a report by AP"
  { rule: 'citation', make: (n) => `\\b(?:according to|reported by|cited by|quoted by|a report (?:by|from)) (?:the )?(?:${n})\\b` },
  { rule: 'citation', make: (n) => `\\b(?:${n}) (?:reported|said|says|reports|learned|found)\\b` },
]

const COMPILED: readonly { wire: Wire; rule: OriginClue['rule']; re: RegExp }[] = WIRES.flatMap((wire) => {
  const alt = wire.aliases.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  return PATTERNS.map((p) => ({ wire, rule: p.rule, re: new RegExp(p.make(alt), 'g') }))
})

/** Finds every clue in `text` and names the wire with the most weight (a dateline outweighs everything). */
export function traceOrigin(text: string, outlet: string | null = null): Origin {
  const clues: OriginClue[] = []
  for (const { wire, rule, re } of COMPILED) {
    if (!wire.aliases.some((a) => text.includes(a))) continue
    for (const m of text.matchAll(re)) {
      // A dateline counts only in the opening lines, where wires put it; later it is a quoted headline.
      if (rule === 'dateline' && (m.index ?? 0) > 400) continue
      clues.push({ wire: wire.name, rule, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })
    }
  }
  // "BEIRUT, Nov 30 (Levant Wire) -": a dateline names the agency even when it is not in the wire list.
  const head = /^[^\n]{0,80}?\(((?:[A-Z][\w&.'’-]*)(?: [A-Z][\w&.'’-]*){0,3})\)\s*[-–—]/.exec(text.slice(0, 400))
  if (head && !clues.some((c) => c.rule === 'dateline')) {
    const named = head[1]!
    const known = WIRES.find((w) => w.aliases.includes(named))
    // "(Vardenia) (AFP) -" is caught above; a place in parentheses is not an agency.
    if (!known && !/^\d/.test(named)) clues.push({ wire: named, rule: 'dateline', start: head.index + head[0].indexOf('('), end: head.index + head[0].length })
  }
  const fromOutlet = outlet ? WIRES.find((w) => w.aliases.some((a) => a.toLowerCase() === outlet.trim().toLowerCase())) : undefined
  const score = new Map<string, number>()
  for (const c of clues) score.set(c.wire, (score.get(c.wire) ?? 0) + WEIGHT[c.rule])
  if (fromOutlet) score.set(fromOutlet.name, (score.get(fromOutlet.name) ?? 0) + 100)
  let wire: string | null = null
  let best = 0
  for (const [w, s] of score) if (s > best) { best = s; wire = w }
  const dateline = clues.some((c) => c.wire === wire && c.rule === 'dateline')
  return { wire, dateline, clues: clues.sort((a, b) => a.start - b.start) }
}

/** True when `outlet` is itself the wire service named `wire` (then the document is the wire's own copy). */
export function outletIsWire(outlet: string | null, wire: string | null): boolean {
  if (!outlet || !wire) return false
  if (outlet.trim().toLowerCase() === wire.toLowerCase()) return true
  const w = WIRES.find((x) => x.name === wire)
  return !!w && w.aliases.some((a) => a.toLowerCase() === outlet.trim().toLowerCase())
}
