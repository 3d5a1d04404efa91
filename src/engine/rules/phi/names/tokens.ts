import { nameKey } from './dictionary.js';
import { STOP_WORDS } from './lexicon.js';

/**
 * Capitalised words and initials: the raw material of names. A word may be "Jean-Luc", "O'Brien",
 * "McDonald" or "Nguyễn"; "Maria's" yields "Maria". Words glued to letters, digits, '@', '#', '/' or
 * '.' are parts of handles, hashtags, URLs or codes and never start a name part.
 */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:['-]\p{Lu}[\p{Ll}\p{M}]+)?|\p{Lu}'\p{Lu}[\p{Ll}\p{M}]+`;
const INITIALS = String.raw`\p{Lu}\.(?: ?\p{Lu}\.){0,2}`;
const PART = `(?:${WORD}|${INITIALS})(?![\\p{L}\\p{N}\\p{M}])`;
const TOKEN_RE = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}_@#/.'-])${PART}`, 'gu');
const PART_Y = new RegExp(PART, 'uy');
/** A lone capital after a title: "Mr. K". */
const LETTER_Y = /\p{Lu}(?![\p{L}\p{N}\p{M}.'])/uy;
const INITIALS_ONLY = /^\p{Lu}(?:\.(?: ?\p{Lu}\.)*)?$/u;

export interface NameRun {
  start: number;
  end: number;
  parts: string[];
}

export function isInitials(part: string): boolean {
  return INITIALS_ONLY.test(part);
}

export function isStopWord(part: string): boolean {
  return STOP_WORDS.has(nameKey(part));
}

/**
 * Maximal runs of capitalised words joined by single spaces, split at stop words ("Hi Karen" gives
 * "Karen"). One pass over the text.
 */
export function nameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  let cur: NameRun | null = null;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const word = m[0];
    const start = m.index;
    if (isStopWord(word)) {
      cur = null;
      continue;
    }
    if (cur && start === cur.end + 1 && text[cur.end] === ' ' && cur.parts.length < 5) {
      cur.parts.push(word);
      cur.end = start + word.length;
    } else {
      cur = { start, end: start + word.length, parts: [word] };
      runs.push(cur);
    }
  }
  return runs;
}

/** Reads up to four name parts starting exactly at `pos` (after a title, "patient", "his son" …). */
export function readName(text: string, pos: number, allowLetter = false): NameRun | null {
  const parts: string[] = [];
  let p = pos;
  let end = pos;
  for (let i = 0; i < 4; i++) {
    PART_Y.lastIndex = p;
    let m = PART_Y.exec(text);
    if (!m && i === 0 && allowLetter) {
      LETTER_Y.lastIndex = p;
      m = LETTER_Y.exec(text);
    }
    if (!m || isStopWord(m[0])) break;
    parts.push(m[0]);
    end = p + m[0].length;
    if (text[end] !== ' ') break;
    p = end + 1;
  }
  return parts.length > 0 ? { start: pos, end, parts } : null;
}
