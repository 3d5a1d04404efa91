import { isStopWord } from './dictionary.js';

// Capitalised words and initials: the raw material of names. A word may be "Jean-Luc", "O'Brien",
// "Smith-O'Neil", "McDonald" or "Nguyễn"; "Maria's" yields "Maria". Words glued to letters, digits,
// '@', '#', '/' or '.' are parts of handles, hashtags, URLs or codes and never start a name part.
// Words are read by scanning character codes (partEnd), not by Unicode-class regexes, which are slow
// to compile on the service worker's first report.

const INITIALS_ONLY = /^\p{Lu}(?:\.(?: ?\p{Lu}\.)*)?$/u;

export interface NameRun {
  start: number;
  end: number;
  parts: string[];
}

/** INITIALS_ONLY, read by char codes for ASCII parts (the Unicode pattern only for the others). */
export function isInitials(part: string): boolean {
  const n = part.length;
  for (let i = 0; i < n; i++) if (part.charCodeAt(i) > 127) return INITIALS_ONLY.test(part);
  if (!isAsciiUpper(part.charCodeAt(0))) return false;
  if (n === 1) return true;
  if (part.charCodeAt(1) !== 46) return false;
  let i = 2;
  while (i < n) {
    if (part.charCodeAt(i) === 32) i++;
    if (!isAsciiUpper(part.charCodeAt(i)) || part.charCodeAt(i + 1) !== 46) return false;
    i += 2;
  }
  return true;
}
const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;

export { isStopWord };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** ASCII by char code; other characters by the Unicode classes (compiled only when a draft has them). */
export function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text[i] as string);
}

const UPPER = /\p{Lu}/u;
const LOWER = /[\p{Ll}\p{M}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

// Code-unit tests with an ASCII fast path: the scan below visits every character of the draft once.
export function isUpper(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text[i] as string);
}
function isLower(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(text[i] as string);
}
function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[i] as string);
}
/** Characters that glue a capital to a handle, hashtag, URL or code ("@Jane", "#Parkinsons", "a/B"). */
function gluedBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  return c === 95 || c === 64 || c === 35 || c === 47 || c === 46 || c === 39 || c === 45 || isWordChar(text, i - 1);
}
function lowers(text: string, i: number): number {
  while (i < text.length && isLower(text, i)) i++;
  return i;
}

// Candidate ends of the part being read, in ascending order: the last one not glued to a word
// character wins. Kept in a variable rather than an array so reading a part allocates nothing.
let bestEnd = -1;
function candidateEnd(text: string, e: number): void {
  if (!isWordChar(text, e)) bestEnd = e;
}

/** "-Jones", "'Neil", "-O'Neil": up to two parts joined on by a hyphen or apostrophe. */
function joinedParts(text: string, j: number): void {
  for (let n = 0; n < 2; n++) {
    const sep = text[j];
    if ((sep !== "'" && sep !== '-') || !isUpper(text, j + 1)) return;
    const from = text[j + 2] === "'" && isUpper(text, j + 3) ? j + 4 : j + 2;
    const k = lowers(text, from);
    if (k <= from) return;
    candidateEnd(text, (j = k));
  }
}

/**
 * End of the name part starting at `i` (a capital not glued to what precedes it), or -1: "Maria",
 * "McDonald", "Jean-Luc", "O'Brien", "J.", "J.R.", "J. R.".
 */
function partEnd(text: string, i: number): number {
  bestEnd = -1;
  let j = lowers(text, i + 1);
  if (j > i + 1) {
    candidateEnd(text, j);
    if (isUpper(text, j)) {
      const k = lowers(text, j + 1);
      if (k > j + 1) candidateEnd(text, (j = k));
    }
    joinedParts(text, j);
  } else if (text[i + 1] === "'" && isUpper(text, i + 2)) {
    const k = lowers(text, i + 3);
    if (k > i + 3) {
      candidateEnd(text, k);
      joinedParts(text, k);
    }
  } else if (text[i + 1] === '.') {
    j = i + 2;
    candidateEnd(text, j);
    for (let n = 0; n < 2; n++) {
      const k = text[j] === ' ' ? j + 1 : j;
      if (!isUpper(text, k) || text[k + 1] !== '.') break;
      candidateEnd(text, (j = k + 2));
    }
  }
  return bestEnd;
}

export interface CapitalScan {
  runs: NameRun[];
  /** Whether a title ("Mr", "Señora", "Ông" …) starts at some capital: the title trigger is worth a scan. */
  titled: boolean;
}

// The titles triggers.ts HONORIFIC lists, by their first two characters (a capital alone would send
// every "Maria" through the M titles).
const TITLES = new Map<number, string[]>();
const pairAt = (text: string, i: number): number => text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
for (const t of 'Mr Ms Miss Mx Mister Mme Mlle Madame Monsieur Sr Señor Doña Herr Frau Cô Bà Ông'.split(' ')) {
  const key = pairAt(t, 0);
  const list = TITLES.get(key);
  if (list) list.push(t);
  else TITLES.set(key, [t]);
}
function titleAt(text: string, i: number): boolean {
  const list = TITLES.get(pairAt(text, i));
  if (list === undefined) return false;
  for (const t of list) if (text.startsWith(t, i)) return true;
  return false;
}

/**
 * Maximal runs of capitalised words joined by single spaces, split at stop words ("Hi Karen" gives
 * "Karen"). One pass over the text.
 */
export function nameRuns(text: string): NameRun[] {
  return scanCapitals(text).runs;
}

const CAPITAL_OR_OTHER = /[A-Z\u0080-\uffff]/g;

export function scanCapitals(text: string): CapitalScan {
  const runs: NameRun[] = [];
  let titled = false;
  let cur: NameRun | null = null;
  // The regex engine skips to the next capital (or non-ASCII character) faster than a loop of char tests.
  // `test` leaves lastIndex just past the character found, and builds no match object.
  CAPITAL_OR_OTHER.lastIndex = 0;
  while (CAPITAL_OR_OTHER.test(text)) {
    const i = CAPITAL_OR_OTHER.lastIndex - 1;
    if (!isUpper(text, i)) continue;
    if (!titled) titled = titleAt(text, i);
    if (gluedBefore(text, i)) continue;
    const end = partEnd(text, i);
    if (end < 0) continue;
    const start = i;
    CAPITAL_OR_OTHER.lastIndex = end;
    // A title may also start inside a part, after its hyphen or apostrophe ("Jean-Mr.").
    for (let k = start + 2; !titled && k < end; k++) {
      const c = text.charCodeAt(k - 1);
      if (c === 45 || c === 39) titled = isUpper(text, k) && titleAt(text, k);
    }
    const word = text.slice(start, end);
    if (isStopWord(word)) {
      cur = null;
      continue;
    }
    if (cur && start === cur.end + 1 && text[cur.end] === ' ' && cur.parts.length < 5) {
      cur.parts.push(word);
      cur.end = end;
    } else {
      cur = { start, end, parts: [word] };
      runs.push(cur);
    }
  }
  return { runs, titled };
}

/** Reads up to four name parts starting exactly at `pos` (after a title, "patient", "his son" …). */
export function readName(text: string, pos: number, allowLetter = false): NameRun | null {
  const parts: string[] = [];
  let p = pos;
  let end = pos;
  for (let i = 0; i < 4; i++) {
    let e = isUpper(text, p) ? partEnd(text, p) : -1;
    // "Mr. K": a lone capital, not the start of a word, an initial or an elision.
    if (e < 0 && i === 0 && allowLetter && isUpper(text, p) && !isWordChar(text, p + 1) && text[p + 1] !== '.' && text[p + 1] !== "'") e = p + 1;
    if (e < 0) break;
    const word = text.slice(p, e);
    if (isStopWord(word)) break;
    parts.push(word);
    end = e;
    if (text[end] !== ' ') break;
    p = end + 1;
  }
  return parts.length > 0 ? { start: pos, end, parts } : null;
}
