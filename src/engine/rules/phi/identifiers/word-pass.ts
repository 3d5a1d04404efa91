/**
 * One walk over the lower-cased draft, shared by this family's rules, that finds what their patterns start
 * from: the letter runs that are a registered word, and the runs of letters, digits and hyphens long enough
 * to be a stand-alone code. Scanning the text once here is cheaper than a regex per rule over every
 * letter, and a rule whose words are absent never compiles its large pattern.
 */

/** Word lists by group; a group is one bit of a mask, so at most 31. */
const groups: (() => readonly string[])[] = [];

/** Registers the words of a group (read on first use) and returns the group's bit. */
export function wordGroup(words: () => readonly string[]): number {
  if (groups.length >= 31) throw new Error('word-pass: too many groups');
  groups.push(words);
  return 1 << (groups.length - 1);
}

const step = (h: number, c: number): number => (Math.imul(h, 31) + c) | 0;

/** `s` reads `key` (lower-case) at `from`, ignoring the case of ASCII letters. */
function readsKey(s: string, from: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    let c = s.charCodeAt(from + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== key.charCodeAt(i)) return false;
  }
  return true;
}

class WordTable {
  readonly slots: Int32Array;
  readonly hashes: Int32Array;
  readonly keys: string[] = [];
  readonly masks: number[] = [];

  constructor(words: ReadonlyMap<string, number>) {
    let size = 64;
    while (size < words.size * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    for (const [key, mask] of words) {
      let h = 0;
      for (let i = 0; i < key.length; i++) h = step(h, key.charCodeAt(i));
      let at = h & (size - 1);
      while (this.slots[at] !== 0) at = (at + 1) & (size - 1);
      this.keys.push(key);
      this.masks.push(mask);
      this.slots[at] = this.keys.length;
      this.hashes[at] = h;
    }
  }

  /** The index of the word s[from, to) with hash h (of its lower case), or -1. */
  indexOf(s: string, from: number, to: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let at = h & mask; this.slots[at] !== 0; at = (at + 1) & mask) {
      if (this.hashes[at] !== h) continue;
      const k = (this.slots[at] as number) - 1;
      const key = this.keys[k] as string;
      if (key.length === to - from && readsKey(s, from, key)) return k;
    }
    return -1;
  }
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

/** Digit runs: every code worth checking holds a digit, and digits are rare enough in prose to find fast. */
const DIGITS = /\d+/g;

export interface CodeRuns {
  starts: number[];
  lengths: number[];
}

let lastCodeText: string | undefined;
let lastCodeRuns: CodeRuns = { starts: [], lengths: [] };

function isCodeChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/**
 * Runs of letters, digits and dashes that are 13 or 17 long, hold a digit and no lower-case letter (the
 * shapes of a VIN and a dashed Medicare number): starts and lengths, ascending. Each digit run found is
 * widened to the run of code characters around it, and the scan goes on after that run.
 */
export function codeRuns(text: string): CodeRuns {
  if (lastCodeText === text) return lastCodeRuns;
  const starts: number[] = [];
  const lengths: number[] = [];
  const re = DIGITS;
  re.lastIndex = 0;
  // test() leaves lastIndex at the end of the digit run and builds no match array.
  while (re.test(text)) {
    let s = re.lastIndex - 1;
    while (s > 0 && isCodeChar(text.charCodeAt(s - 1))) s--;
    let e = re.lastIndex;
    while (e < text.length && isCodeChar(text.charCodeAt(e))) e++;
    re.lastIndex = e;
    const length = e - s;
    if (length !== 13 && length !== 17) continue;
    let lower = false;
    for (let i = s; i < e && !lower; i++) lower = text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122;
    if (!lower) {
      starts.push(s);
      lengths.push(length);
    }
  }
  re.lastIndex = 0;
  lastCodeText = text;
  lastCodeRuns = { starts, lengths };
  return lastCodeRuns;
}

/**
 * Lower-casing turns the Kelvin sign (U+212A) into 'k', a letter the patterns themselves never see as one;
 * a text holding it is scanned the ordinary way so that results stay exactly those of the patterns.
 */
export function foldsOddly(text: string): boolean {
  return text.indexOf('\u212a') !== -1;
}

/** One alternative of a pattern, with the words (lower-case letter runs) its matches can start with. */
export interface Alternative {
  words: readonly string[];
  source: string;
}

/**
 * A pattern `${before}(?:alternative|…)${after}` whose every match starts at one of its alternatives' words.
 * Where such a word stands, only the alternatives that can start with it are tried, in their order, so the
 * match is the one the whole pattern would give there, and a word that never occurs costs no compiling.
 */
export class WordAlternation {
  readonly group: number;
  private readonly byWord = new Map<string, RegExp>();
  private whole?: RegExp;

  constructor(
    readonly alternatives: readonly Alternative[],
    private readonly before: string,
    private readonly after: string,
    private readonly flags: string,
  ) {
    this.group = wordGroup(() => alternatives.flatMap((a) => a.words));
  }

  /** The whole pattern, global. */
  get global(): RegExp {
    this.whole ??= this.build(this.alternatives, 'g');
    return this.whole;
  }

  /** Sticky pattern of the alternatives that can start with `word`. */
  stickyFor(word: string): RegExp {
    let re = this.byWord.get(word);
    if (!re) {
      re = this.build(this.alternatives.filter((a) => a.words.includes(word)), 'y');
      this.byWord.set(word, re);
    }
    return re;
  }

  private build(alternatives: readonly Alternative[], flag: string): RegExp {
    return new RegExp(`${this.before}(?:${alternatives.map((a) => a.source).join('|')})${this.after}`, this.flags + flag);
  }

  /**
   * The first `limit` matches in `text`, in order, as an exec loop of the global pattern gives them: tried
   * at each of the words, skipping words inside the previous match. A text the word pass cannot read is
   * scanned whole.
   */
  matches(text: string, lower: string, limit: number): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    if (foldsOddly(text)) {
      const re = this.global;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null && out.length < limit; m = re.exec(text)) out.push(m);
      re.lastIndex = 0;
      return out;
    }
    const hits = wordHits(lower);
    let lastEnd = 0;
    for (let k = 0; k < hits.at.length && out.length < limit; k++) {
      if (((hits.mask[k] as number) & this.group) === 0) continue;
      const at = hits.at[k] as number;
      if (at < lastEnd) continue;
      const re = this.stickyFor(hits.word[k] as string);
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) {
        lastEnd = Math.max(at + 1, re.lastIndex);
        out.push(m);
      }
    }
    return out;
  }

}

/**
 * As with the word pass: the first questions are answered word by word (no large pattern to compile on a
 * cold start), later ones by the whole pattern, which a warm engine runs faster than a walk over the words.
 */
const QUESTIONS_BEFORE_REGEX = 32;

/**
 * A case-insensitive pattern `alternative|…` (each alternative starting at one of its words), asked only
 * whether it occurs in a string. Word by word, only the alternatives that can start with a word the string
 * holds are compiled and tried; `rest` is the part that starts with no word (symbols), tested as it is.
 */
export class WordTest {
  private table?: WordTable;
  private readonly byWord = new Map<string, RegExp>();
  /** Questions asked so far; past QUESTIONS_BEFORE_REGEX the whole pattern, compiled once, answers them. */
  private asked = 0;
  private wholeRegex?: RegExp;

  constructor(readonly alternatives: readonly Alternative[], private readonly rest?: RegExp) {}

  /** The whole pattern, as one regex. */
  get whole(): RegExp {
    const sources = this.alternatives.map((a) => a.source);
    if (this.rest) sources.push(this.rest.source);
    return new RegExp(sources.join('|'), 'i');
  }

  test(s: string): boolean {
    if (++this.asked > QUESTIONS_BEFORE_REGEX) return (this.wholeRegex ??= this.whole).test(s);
    return this.testByWords(s);
  }

  /** The answer from the alternatives that the words of `s` can open. */
  testByWords(s: string): boolean {
    if (this.rest?.test(s)) return true;
    const table = (this.table ??= new WordTable(new Map(this.alternatives.flatMap((a) => a.words).map((w) => [w, 1]))));
    const n = s.length;
    let i = 0;
    while (i < n) {
      let c = s.charCodeAt(i);
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
        i++;
        continue;
      }
      const from = i;
      let h = 0;
      do {
        h = step(h, c >= 65 && c <= 90 ? c + 32 : c);
        c = s.charCodeAt(++i);
      } while ((c >= 97 && c <= 122) || (c >= 65 && c <= 90));
      const k = table.indexOf(s, from, i, h);
      if (k === -1) continue;
      const re = this.stickyFor(table.keys[k] as string);
      re.lastIndex = from;
      if (re.test(s)) return true;
    }
    return false;
  }

  private stickyFor(word: string): RegExp {
    let re = this.byWord.get(word);
    if (!re) {
      const sources = this.alternatives.filter((a) => a.words.includes(word)).map((a) => a.source);
      re = new RegExp(`(?:${sources.join('|')})`, 'iy');
      this.byWord.set(word, re);
    }
    return re;
  }
}
