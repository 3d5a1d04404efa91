import { FIRST_NAMES, SURNAMES, WORD_NAMES } from '../../../data/generated/names.js';

/**
 * Decodes a front-coded list (scripts/build-dictionaries.mjs): each entry starts with a capital letter
 * giving how many leading characters it shares with the previous entry (A = 0), then its own tail.
 */
export function frontDecoded(packed: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  let i = 0;
  while (i < packed.length) {
    const shared = packed.charCodeAt(i) - 65;
    let j = i + 1;
    for (; j < packed.length; j++) {
      const c = packed.charCodeAt(j);
      if (c >= 65 && c <= 90) break;
    }
    prev = prev.slice(0, shared) + packed.slice(i + 1, j);
    out.add(prev);
    i = j;
  }
  return out;
}

/**
 * A front-coded list decoded one first letter at a time, on the first lookup of a word with that
 * letter: the service worker's first report pays only for the letters its draft uses. In a sorted
 * front-coded list the first entry of each letter shares nothing with the one before, so the
 * letter's run starts at an "A" marker (tails are lower case), found with indexOf.
 */
export class LetterSets {
  private readonly packed: string;
  private starts: Map<string, [number, number]> | undefined;
  private readonly sets = new Map<string, Set<string>>();

  constructor(packed: string) {
    this.packed = packed;
  }

  has(key: string): boolean {
    const letter = key[0];
    if (letter === undefined) return false;
    let set = this.sets.get(letter);
    if (!set) {
      const range = (this.starts ??= this.letterRanges()).get(letter);
      set = range ? frontDecoded(this.packed.slice(range[0], range[1])) : new Set();
      this.sets.set(letter, set);
    }
    return set.has(key);
  }

  private letterRanges(): Map<string, [number, number]> {
    const ranges = new Map<string, [number, number]>();
    const p = this.packed;
    let at = p.indexOf('A');
    while (at >= 0 && at + 1 < p.length) {
      let next = p.indexOf('A', at + 1);
      // An entry that shares nothing but starts with the same letter (none in a sorted list) joins the run.
      while (next >= 0 && p[next + 1] === p[at + 1]) next = p.indexOf('A', next + 1);
      const end = next < 0 ? p.length : next;
      ranges.set(p[at + 1] as string, [at, end]);
      at = next;
    }
    return ranges;
  }
}

const FIRST = new LetterSets(FIRST_NAMES);
const LAST = new LetterSets(SURNAMES);
const WORDS = new LetterSets(WORD_NAMES);

const MARKS = /\p{M}/gu;

// Non-ASCII words need Unicode normalisation, which is slow; their keys are kept.
const keyCache = new Map<string, string>();

/** Dictionary key of a word: lower case, diacritics dropped ("Sofía" → "sofia"), curly quote folded. */
export function nameKey(word: string): string {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return slowKey(word);
  return word.toLowerCase();
}

function slowKey(word: string): string {
  let k = keyCache.get(word);
  if (k === undefined) {
    k = word.replace(/\u2019/g, "'").normalize('NFD').replace(MARKS, '').toLowerCase();
    if (keyCache.size > 4096) keyCache.clear();
    keyCache.set(word, k);
  }
  return k;
}

export function isFirstName(word: string): boolean {
  return FIRST.has(nameKey(word));
}

export function isSurname(word: string): boolean {
  return LAST.has(nameKey(word));
}

/** A name that is also an everyday word ("Will", "Grace", "Brown"): weak evidence on its own. */
export function isWordName(word: string): boolean {
  return WORDS.has(nameKey(word));
}

/** A given name that can stand on its own as evidence once the context says "person". */
export function isClearFirstName(word: string): boolean {
  const k = nameKey(word);
  return FIRST.has(k) && !WORDS.has(k);
}
