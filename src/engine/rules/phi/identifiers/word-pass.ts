/**
 * One pass over the lower-cased draft, shared by this family's rules, that finds the registered words
 * their patterns start from. Finding them once is cheaper than a regex per rule over every letter, and a
 * rule whose words are absent never compiles its large pattern.
 */

/** Word lists by group; a group is one bit of a mask, so at most 31. */
const groups: (() => readonly string[])[] = [];

/** Registers the words of a group (read on first use) and returns the group's bit. */
export function wordGroup(words: () => readonly string[]): number {
  if (groups.length >= 31) throw new Error('word-pass: too many groups');
  groups.push(words);
  return 1 << (groups.length - 1);
}

/** Registered words and the longest of them. */
interface Words {
  masks: Map<string, number>;
  longest: number;
}

let words: Words | undefined;

function wordsOf(): Words {
  if (!words) {
    const masks = new Map<string, number>();
    let longest = 0;
    groups.forEach((list, g) => {
      for (const w of list()) {
        masks.set(w, (masks.get(w) ?? 0) | (1 << g));
        longest = Math.max(longest, w.length);
      }
    });
    words = { masks, longest };
  }
  return words;
}

export interface WordHits {
  /** Start of each registered word that stands after a non-word character (or at the start), ascending. */
  at: number[];
  /** The groups of that word, as a bit mask. */
  mask: number[];
  /** The word itself. */
  word: string[];
}

let lastLower: string | undefined;
let lastHits: WordHits | undefined;

/**
 * Drafts read by the hand-written walk before the one regex of all the words takes over. The regex scans
 * a long draft about three times faster, but compiling it costs about a millisecond: a service worker that
 * wakes for a single check should not pay that, a long editing session should get the faster scan.
 */
const WALKS_BEFORE_REGEX = 16;
let walks = 0;
let wordsRegex: RegExp | undefined;

/** The word hits of `lower` (a lower-cased draft); the last answer is kept, since several rules ask. */
export function wordHits(lower: string): WordHits {
  if (lastHits && lastLower === lower) return lastHits;
  const hits = findWords(lower, walks >= WALKS_BEFORE_REGEX);
  walks++;
  lastLower = lower;
  lastHits = hits;
  return hits;
}

/** The word hits of `lower`, by the walk or by the regex (the same hits either way). */
export function findWords(lower: string, byRegex: boolean): WordHits {
  const w = wordsOf();
  const hits: WordHits = { at: [], mask: [], word: [] };
  if (byRegex) scanWords(lower, w, hits);
  else walkWords(lower, w, hits);
  return hits;
}

function add(hits: WordHits, mask: number | undefined, word: string, at: number): void {
  if (mask === undefined) return;
  hits.at.push(at);
  hits.mask.push(mask);
  hits.word.push(word);
}

const isLetterCode = (c: number): boolean => c >= 97 && c <= 122;

/** Every letter run that follows no letter, digit or '_' and is a registered word: a plain walk. */
function walkWords(lower: string, w: Words, hits: WordHits): void {
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    if (!(c >= 97 && c <= 122)) {
      i++;
      continue;
    }
    const s = i;
    do c = lower.charCodeAt(++i);
    while (c >= 97 && c <= 122);
    const before = s === 0 ? -1 : lower.charCodeAt(s - 1);
    if ((before >= 48 && before <= 57) || before === 95 || i - s > w.longest) continue;
    const word = lower.slice(s, i);
    add(hits, w.masks.get(word), word, s);
  }
}

/** The same words found by one regex of them all: `\b` before, no letter after. */
function scanWords(lower: string, w: Words, hits: WordHits): void {
  wordsRegex ??= new RegExp(String.raw`\b(?:${[...w.masks.keys()].join('|')})(?![a-z])`, 'g');
  const re = wordsRegex;
  re.lastIndex = 0;
  // test() builds no match array; the word is the letter run that ends where the match does.
  while (re.test(lower)) {
    const end = re.lastIndex;
    let start = end - 1;
    while (start > 0 && isLetterCode(lower.charCodeAt(start - 1))) start--;
    const word = lower.slice(start, end);
    add(hits, w.masks.get(word), word, start);
  }
  re.lastIndex = 0;
}

/**
 * Lower-casing turns the Kelvin sign (U+212A) into 'k', a letter the patterns themselves never see as one;
 * a text holding it is scanned the ordinary way so that results stay exactly those of the patterns.
 */
export function foldsOddly(text: string): boolean {
  return text.indexOf('\u212a') !== -1;
}
