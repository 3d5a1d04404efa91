import { FIRST_NAMES, SURNAMES, WORD_NAMES } from '../../../data/generated/names.js';
import { COMMON_WORDS, EPONYM_NAMES, EPONYMS, ORG_SUFFIXES, PUBLIC_FIGURES, SENTENCE_OPENERS, STOP_WORDS } from './lexicon.js';

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

/** Keys remembered per list: drafts repeat their words, and a remembered key costs one Map lookup. */
const MEMO_SIZE = 4096;
/**
 * Levels whose marker offsets are kept: below them ranges are a few hundred characters, so a draft
 * full of distinct made-up names still costs little per lookup.
 */
const CACHED_LEVELS = 4;
/** Past this prefix length a range is a handful of entries, decoded one by one. */
const DEEP = 20;

/**
 * A sorted front-coded list searched in place, never decoded whole: the service worker's first
 * report pays for a few string searches instead of building Sets of tens of thousands of names.
 *
 * In a range of entries that all share a prefix of length L, the entries whose marker says "shares
 * exactly L" start the sub-ranges that share L + 1 characters, and each of them spells out its own
 * character L. So a lookup walks down one character at a time, finding markers with indexOf; the
 * first levels' marker offsets are kept, and so are the last MEMO_SIZE answers.
 */
export class FrontCodedList {
  private readonly packed: string;
  private readonly memo = new Map<string, boolean>();
  /** Offsets of the sub-range markers of a range, by its start and level (the first CACHED_LEVELS levels). */
  private readonly children = new Map<number, number[]>();

  constructor(packed: string) {
    this.packed = packed;
  }

  /** Whether the key itself is listed (not remembered: the drafts' words go through hasWord). */
  has(key: string): boolean {
    return key.length > 0 && this.lookup(key);
  }

  /**
   * Whether `word`'s dictionary key is listed. The memo is keyed by the word as written: a word read
   * from the draft is asked about again and again, and its hash is kept, so a repeat costs one lookup
   * and no lower-casing.
   */
  hasWord(word: string): boolean {
    const known = this.memo.get(word);
    if (known !== undefined) return known;
    const found = this.has(nameKey(word));
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    this.memo.set(word, found);
    return found;
  }

  private lookup(key: string): boolean {
    const p = this.packed;
    // The whole list is the range sharing the empty prefix; its first entry starts at 0.
    let from = 0;
    let to = p.length;
    for (let level = 0; ; level++) {
      // The range's first entry is the key's first `shared` characters, then its own tail.
      const shared = p.charCodeAt(from) - 65;
      const tail = from + 1;
      const headEnd = tailEnd(p, tail);
      if (headEnd - tail === key.length - shared && sameTail(p, tail, key, shared)) return true;
      if (level >= key.length) return false;
      if (level >= DEEP) return this.decodeRange(key, level, from, to);
      const c = key.charCodeAt(level);
      // Sub-range 0 begins with the first entry; later ones begin at markers that share exactly `level`.
      const at0 = tail + level - shared;
      const c0 = at0 < headEnd ? p.charCodeAt(at0) : -1;
      if (c0 > c) return false;
      const marks = this.marks(from, to, level);
      if (c0 === c) {
        if (marks.length > 0) to = marks[0] as number;
        continue;
      }
      let i = 0;
      while (i < marks.length && p.charCodeAt((marks[i] as number) + 1) < c) i++;
      if (i === marks.length || p.charCodeAt((marks[i] as number) + 1) !== c) return false;
      from = marks[i] as number;
      if (i + 1 < marks.length) to = marks[i + 1] as number;
    }
  }

  /** Markers of entries that share exactly `level` characters, in [from + 1, to). */
  private marks(from: number, to: number, level: number): number[] {
    const cached = level < CACHED_LEVELS ? this.children.get(from * CACHED_LEVELS + level) : undefined;
    if (cached) return cached;
    const p = this.packed;
    const marker = String.fromCharCode(65 + level);
    const out: number[] = [];
    for (let at = p.indexOf(marker, from + 1); at >= 0 && at < to; at = p.indexOf(marker, at + 1)) out.push(at);
    if (level < CACHED_LEVELS) this.children.set(from * CACHED_LEVELS + level, out);
    return out;
  }

  /** A deep range: decode its entries one by one (they share `level` characters with the key). */
  private decodeRange(key: string, level: number, from: number, to: number): boolean {
    const p = this.packed;
    let prev = key.slice(0, level);
    for (let at = from; at < to;) {
      const end = tailEnd(p, at + 1);
      prev = prev.slice(0, p.charCodeAt(at) - 65) + p.slice(at + 1, end);
      if (prev === key) return true;
      at = end;
    }
    return false;
  }
}

/** Is the tail at `i` (up to the next marker) the key from character `from` on? Lengths are checked by the caller. */
function sameTail(p: string, i: number, key: string, from: number): boolean {
  for (let k = from; k < key.length; k++) if (p.charCodeAt(i + k - from) !== key.charCodeAt(k)) return false;
  return true;
}

/** End of the tail that starts at `i`: the next marker (a capital) or the end of the list. */
function tailEnd(p: string, i: number): number {
  let j = i;
  while (j < p.length) {
    const c = p.charCodeAt(j);
    if (c >= 65 && c <= 90) break;
    j++;
  }
  return j;
}

const FIRST = new FrontCodedList(FIRST_NAMES);
const LAST = new FrontCodedList(SURNAMES);
const WORDS = new FrontCodedList(WORD_NAMES);

const MARKS = /\p{M}/gu;

// Non-ASCII words need Unicode normalisation, which is slow; their keys are kept. (ASCII keys are
// not: lower-casing is cheaper than another table to look in, whose entries a busy engine evicts.)
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
  return FIRST.hasWord(word);
}

export function isSurname(word: string): boolean {
  return LAST.hasWord(word);
}

/** A name that is also an everyday word ("Will", "Grace", "Brown"): weak evidence on its own. */
export function isWordName(word: string): boolean {
  return WORDS.hasWord(word);
}

/** A given name that can stand on its own as evidence once the context says "person". */
export function isClearFirstName(word: string): boolean {
  return FIRST.hasWord(word) && !WORDS.hasWord(word);
}

/** `set.has(nameKey(word))`, remembered by the word as written (as FrontCodedList.hasWord does). */
function listedIn(set: ReadonlySet<string>): (word: string) => boolean {
  const memo = new Map<string, boolean>();
  return (word) => {
    const known = memo.get(word);
    if (known !== undefined) return known;
    const found = set.has(nameKey(word));
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(word, found);
    return found;
  };
}

/** An everyday word that is no name on its own ("The", "Patient"). */
export const isCommonWord = listedIn(COMMON_WORDS);
/** A word that opens sentences ("Saw", "Will") rather than names. */
export const isSentenceOpener = listedIn(SENTENCE_OPENERS);
/** A name that also names a disease or sign ("Parkinson", "Down"). */
export const isEponym = listedIn(EPONYMS);
/** A capitalised word that never starts or continues a name ("The", "Hi", "Monday"). */
export const isStopWord = listedIn(STOP_WORDS);
/** A word that ends a business or place name ("Inc", "Park", "Hospital"). */
export const isOrgSuffix = listedIn(ORG_SUFFIXES);
/**
 * A word that can open one of the whole names of PUBLIC_FIGURES or EPONYM_NAMES ("michael_j_fox"):
 * most runs are turned away here before their joined key is built.
 */
export const mayOpenListedName = listedIn(new Set([...PUBLIC_FIGURES, ...EPONYM_NAMES].map((k) => k.split('_')[0] as string)));
