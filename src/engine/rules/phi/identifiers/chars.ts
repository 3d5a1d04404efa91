/** Character tests that match what a regex without the 'u' flag means by \w, \b and \s. */

export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** `\w` at `i` of `s`; outside the string there is no word character. */
export function isWordAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isWordCode(s.charCodeAt(i));
}

/** `\b` at `i`. */
export function boundaryAt(s: string, i: number): boolean {
  return isWordAt(s, i - 1) !== isWordAt(s, i);
}

/** `\s` as JavaScript reads it. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Does `s` read `word` (lower-case) from `at`, ignoring the case of ASCII letters? */
export function readsAt(s: string, at: number, word: string): boolean {
  if (at + word.length > s.length) return false;
  for (let i = 0; i < word.length; i++) {
    let c = s.charCodeAt(at + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}
