import { FIRST_NAMES, SURNAMES, WORD_NAMES } from '../../../data/generated/names.js';

/** Built once when the engine loads; lookups are O(1) per word. */
const FIRST = new Set(FIRST_NAMES.split('|'));
const LAST = new Set(SURNAMES.split('|'));
const WORDS = new Set(WORD_NAMES.split('|'));

const MARKS = /\p{M}/gu;
const ASCII_WORD = /^[A-Za-z'-]*$/;

// Keys are asked for again and again for the same few words of a draft.
const keyCache = new Map<string, string>();

/** Dictionary key of a word: lower case, diacritics dropped ("Sofía" → "sofia"), curly quote folded. */
export function nameKey(word: string): string {
  let k = keyCache.get(word);
  if (k === undefined) {
    const w = word.replace(/\u2019/g, "'");
    k = (ASCII_WORD.test(w) ? w : w.normalize('NFD').replace(MARKS, '')).toLowerCase();
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
