// Digits of the Arabic scripts read as Western digits; for rules that compare numbers whatever script wrote them.

/** Digits of both Arabic scripts to Western: "٢٥" -> "25"; same length, so offsets stay. */
export function westernDigits(s: string): string {
  return s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
}
