// Reading a character code past the end of a string gives NaN in JavaScript, but in code V8 has compiled on the
// assumption of in-bounds reads it throws the compiled code away: a place that ends a report did that to the place
// stage's resolution (27 ms on one benchmark corpus) and to two of its cue tests. Reads near a span's end go through here.

/** The char code at `i`, or -1 past the end of `text` (never NaN, never a read out of bounds). */
export function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1
}
