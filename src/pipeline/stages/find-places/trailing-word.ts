// The word a stretch of text ends on, before its trailing whitespace: the cue rules that read the text before a
// place (role.ts, relative.ts) are regular expressions anchored at its end, and each can only match when the text
// ends on one of a few words ("in", "of", "the" …). Checking that word first spares the expression a scan of every
// position of the text, which is most of their cost: most places follow none of those words.

/** A character JavaScript's \s matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/**
 * The run of ASCII letters right before the trailing whitespace of `text`, lowercased ("told reporters in " -> "in");
 * "" when the text does not end in whitespace (\s), as every end-anchored cue does.
 */
export function trailingWord(text: string): string {
  let end = text.length
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  if (end === text.length) return ''
  let start = end
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--
  return text.slice(start, end).toLowerCase()
}
