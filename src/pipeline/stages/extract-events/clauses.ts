// Clause boundaries inside one sentence: where a reported-speech complement or a modality cue stops applying.
// Heuristic (no parser): a comma or semicolon followed by a conjunction, and a few subordinators.

// ", while a monitor said", ", as rebels advanced", "; ", ", after insurgents broke through"
const BOUNDARY = /(?:[,;]\s*(?:while|as(?!\s+well\s+as)|but|whereas|after|before|since|when|although|though|and|which|who|where|with)\b|;\s|\s[-–—]\s|:\s)/gi

// A short item with no verb between two commas: "missiles, drones, and advisers", "Rastan, Talbiseh, and Hama".
const LIST_ITEM = /^\s*(?:(?!(?:is|are|was|were|has|have|had|fell|took|said|says|will|would)\b)[^\s,;]+(?<!ed)\s+){0,2}(?!(?:is|are|was|were|has|have|had|fell|took|said|says)\b)[^\s,;]+(?<!ed)\s*$/i

/** ", and" that closes a list of short items (the serial comma) joins no new clause. */
function closesList(text: string, at: number, boundary: string): boolean {
  if (!/^,\s*and$/i.test(boundary)) return false
  const previous = text.lastIndexOf(',', at - 1)
  return previous >= 0 && LIST_ITEM.test(text.slice(previous + 1, at))
}

// ", with heavy Russian air support," between commas: a verbless adjunct inside its clause, which goes on after it.
// (", with fighting reported in X," has a participle: a clause of its own.)
const WITH_ADJUNCT = /^,\s*with\s+(?:(?!(?:is|are|was|were|has|have|had|said|says|will|would)\b)[^\s,;]+(?<!ed|ing)\s+){0,5}[^\s,;]+(?<!ed|ing),\s*\S/i

/** Where the verbless ", with …," adjunct the comma at `at` opens (WITH_ADJUNCT) is closed: its second comma; -1 when none opens there. */
export function withAdjunctEnd(text: string, at: number): number {
  return WITH_ADJUNCT.test(text.slice(at, at + 120)) ? text.indexOf(',', at + 1) : -1
}

/** Offsets (relative to the sentence) where a new clause begins, ascending, including 0. */
let memoText = ''
let memoStarts: readonly number[] = [0]

export function clauseStarts(text: string): readonly number[] {
  // The rules ask about one sentence many times in a row; remember the last answer.
  if (text === memoText) return memoStarts
  const out = [0]
  BOUNDARY.lastIndex = 0
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index ?? 0
    if (!closesList(text, at, m[0]) && withAdjunctEnd(text, at) < 0) out.push(at + 1)
  }
  memoText = text
  memoStarts = out
  return out
}

/** The [start, end) of the clause holding offset `at`. */
export function clauseAt(text: string, at: number): { start: number; end: number } {
  const starts = clauseStarts(text)
  let start = 0
  let end = text.length
  for (const s of starts) {
    if (s <= at) start = s
    else { end = s; break }
  }
  return { start, end }
}

/** Asides that hold neither subject nor time of the main clause: ", which … ,", "— … —", "( … )", ", formerly …,". */
let asideText = ''
let asideMemo: readonly (readonly [number, number])[] = []

export function asides(text: string): readonly (readonly [number, number])[] {
  if (text === asideText) return asideMemo
  const out: [number, number][] = []
  // ", most of them Kurds displaced from Afrin in 2018,": a partitive apposition tells of the people, not of the act.
  // ", the town on the border through which Iran has moved fighters," ", the three powers that have sponsored the
  // talks since 2017,": an apposition holding a relative clause (not ", the leader of the group said that …").
  for (const m of text.matchAll(/,\s*(?:which|who|whose|formerly|now|once)\b[^,]*(?:,|$)|,\s*(?:the|a|an)\s+[^,]{0,60}?\b(?:through|in|from|via|by|to|at)\s+which\b[^,]*(?:,|$)|,\s*(?:the|a|an)\s+(?:(?!\b(?:said|says|told|announced|added|warned|stated|claimed)\b)[^,]){0,60}?\b(?:that|who|which)\s+(?:has|have|had|is|are|was|were)\b[^,]*,|,\s*(?:most|many|some|all|half|several|none|the\s+majority|a\s+(?:third|quarter|number))\s+of\s+(?:them|whom)\b[^,]*,|—[^—]*—|\([^)]*\)/g)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length])
  asideText = text
  asideMemo = out
  return out
}

/**
 * The text with the asides a trigger's own words run across blanked out (offsets kept): "residents of X, many of them
 * displaced in 2018, have left" is no act of 2018.
 */
export function withoutInnerAsides(text: string, trigger: { start: number; end: number }): string {
  return asides(text).reduce((t, [x, y]) => x > trigger.start && y < trigger.end ? t.slice(0, x) + ' '.repeat(y - x) + t.slice(y) : t, text)
}

// A subordinate clause put before the main one, up to its comma: "Despite a truce announced on Tuesday,", "Although the
// army said it held the town,", "Hours after rebels entered the city on Sunday,". The first group is a concession: what
// it tells is another event, and whoever speaks in it does not vouch for the main clause.
const FRONTED = /^["“']?\s*(?:(despite|although|though|even\s+though|in\s+spite\s+of|notwithstanding)|(?:after|before|following|since|while|when|once|amid|(?:hours|days|a\s+day|a\s+week|weeks|two\s+days|shortly|soon|just|moments|minutes)\s+(?:after|before)))\b[^,;:]*,/i

/** The end (after its comma) of a fronted subordinate clause, and whether it is a concession; null when none opens the sentence. */
export function frontedSubordinate(text: string): { end: number; concessive: boolean } | null {
  const m = FRONTED.exec(text)
  return m ? { end: m[0].length, concessive: m[1] !== undefined } : null
}
