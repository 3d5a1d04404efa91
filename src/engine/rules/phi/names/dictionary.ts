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

// Decoded on first use (a few milliseconds, once per engine load); lookups are O(1) per word.
let first: Set<string> | undefined;
let last: Set<string> | undefined;
let words: Set<string> | undefined;
const FIRST = { has: (k: string): boolean => (first ??= frontDecoded(FIRST_NAMES)).has(k) };
const LAST = { has: (k: string): boolean => (last ??= frontDecoded(SURNAMES)).has(k) };
const WORDS = { has: (k: string): boolean => (words ??= frontDecoded(WORD_NAMES)).has(k) };

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
