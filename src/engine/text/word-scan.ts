import { isSpaceCode, isWordCode, MATCH_LIMIT, matchSpans, type Span } from './spans.js';
import { step } from './hash-table.js';
import { WORD_KEYS } from '../data/generated/word-keys.js';

/**
 * Many global patterns over one text in one pass over its words. Each pattern is tried, as a sticky
 * regex, only where a word starts that can begin one of its matches (its keys, read off the pattern's
 * source once at module load), so a draft costs one walk over its words plus a few anchored attempts
 * instead of a full scan per pattern. A pattern whose first word cannot be read off (a match may start
 * with punctuation or inside a word) keeps its ordinary global scan. The spans equal matchSpans'.
 */

/** Key of every word that starts with a digit. */
const DIGIT_KEY = '#';
/** The first word is not pinned down: the pattern is scanned the ordinary way. */
const ANY = '*';
/** Past this many first words a key table is no longer worth it. */
const MAX_KEYS = 800;
/** Bound on the work of reading keys off one source (sources are small; this only stops a runaway). */
const MAX_STEPS = 200_000;

type Node =
  | { t: 'char'; word: boolean; c: string }
  | { t: 'digit' } | { t: 'class' } | { t: 'boundary' } | { t: 'start' } | { t: 'end' }
  | { t: 'look'; guardsWord: boolean }
  | { t: 'group'; alts: Seq[] };

interface Item { node: Node; min: number; max: number }

class Unsupported extends Error {}

/**
 * A sequence of the source, [at, to), parsed one item at a time as the walk for first words reaches
 * it: the walk stops at the end of the first word, so most of a source is never parsed (start-up
 * pays for every character parsed). Only the regex subset the engine's patterns use is read;
 * anything else met on the way is Unsupported (the pattern is scanned globally).
 */
class Seq {
  readonly items: Item[] = [];

  constructor(private readonly source: string, private at: number, private readonly to: number) {}

  static of(items: Item[]): Seq {
    const seq = new Seq('', 0, 0);
    seq.items.push(...items);
    return seq;
  }

  /** Item k, parsing on as far as it; undefined past the end of the sequence. */
  item(k: number): Item | undefined {
    while (this.items.length <= k && this.at < this.to) this.items.push(this.quantified(this.atom()));
    return this.items[k];
  }

  private atom(): Node {
    const { source } = this;
    const i = this.at;
    const c = source[i] as string;
    if (c === '(') {
      const head = source.slice(i, i + 4);
      const end = groupEnd(source, i);
      this.at = end;
      if (head.startsWith('(?:')) return { t: 'group', alts: sequences(source, i + 3, end - 1) };
      // A lookaround matches nothing: its body is only stepped over.
      if (head.startsWith('(?=') || head.startsWith('(?!')) return { t: 'look', guardsWord: false };
      if (head === '(?<=' || head === '(?<!') {
        return { t: 'look', guardsWord: head === '(?<!' && source.slice(i, end).includes('\\w') };
      }
      if (head.startsWith('(?')) throw new Unsupported();
      return { t: 'group', alts: sequences(source, i + 1, end - 1) };
    }
    if (c === '[') {
      let j = i + 1;
      for (; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
      if (j >= source.length) throw new Unsupported();
      this.at = j + 1;
      // A class of spaces and punctuation only ends a word like a literal space; any other class is open.
      return source[i + 1] !== '^' && onlyPunctuation(source, i + 1, j) ? { t: 'char', word: false, c: ' ' } : { t: 'class' };
    }
    if (c === '\\') {
      const e = source[i + 1];
      this.at = i + 2;
      if (e === 'b') return { t: 'boundary' };
      if (e === 'd') return { t: 'digit' };
      if (e === 's') return { t: 'char', word: false, c: ' ' };
      if (e === 'u') {
        this.at += unicodeEscapeLength(source, i + 2);
        return { t: 'char', word: false, c: ' ' };
      }
      if (e === undefined || (isWordChar(e) && e !== '_')) throw new Unsupported();
      return { t: 'char', word: e === '_', c: e };
    }
    this.at = i + 1;
    if (c === '^') return { t: 'start' };
    if (c === '$') return { t: 'end' };
    if (c === '.') return { t: 'class' };
    if (c === ')' || c === '|') throw new Unsupported();
    const code = c.charCodeAt(0);
    return { t: 'char', word: isWordChar(c), c: code < 128 ? String.fromCharCode(lowerCode(code)) : c.toLowerCase() };
  }

  private quantified(node: Node): Item {
    const { source } = this;
    const c = source[this.at];
    let q: Item = { node, min: 1, max: 1 };
    if (c === '?') { this.at++; q = { node, min: 0, max: 1 }; }
    else if (c === '*') { this.at++; q = { node, min: 0, max: Infinity }; }
    else if (c === '+') { this.at++; q = { node, min: 1, max: Infinity }; }
    else if (c === '{') {
      // {n}, {n,} or {n,m}, within 12 characters.
      let k = this.at + 1;
      const digitsFrom = (from: number) => { let e = from; while (e < source.length && isDigitCode(source.charCodeAt(e))) e++; return e; };
      const minEnd = digitsFrom(k);
      if (minEnd === k) throw new Unsupported();
      const min = Number(source.slice(k, minEnd));
      let max = min;
      k = minEnd;
      if (source[k] === ',') {
        const maxEnd = digitsFrom(k + 1);
        max = maxEnd === k + 1 ? Infinity : Number(source.slice(k + 1, maxEnd));
        k = maxEnd;
      }
      if (source[k] !== '}' || k + 1 - this.at > 12) throw new Unsupported();
      this.at = k + 1;
      q = { node, min, max };
    }
    if (source[this.at] === '?') this.at++; // lazy: same set of first words
    return q;
  }
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isHexCode = (c: number) => isDigitCode(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/**
 * Whether a character class body, source[from, to), holds only spaces and punctuation: with `\\uXXXX`
 * and escaped `- . / & space` taken out, every character left is one of -/&.,:;'"()!? or a space.
 */
function onlyPunctuation(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 92) { // backslash
      const e = source.charCodeAt(i + 1);
      if (e === 117 && i + 6 <= to && [2, 3, 4, 5].every((d) => isHexCode(source.charCodeAt(i + d)))) { i += 5; continue; }
      if (i + 1 < to && (e === 45 || e === 46 || e === 47 || e === 38 || isSpaceCode(e))) { i++; continue; }
      return false;
    }
    if (!isSpaceCode(c) && !"-/&.,:;'\"()!?".includes(source[i] as string)) return false;
  }
  return true;
}

/** Length of the hex part of a `\\u` escape that starts at `at`: `{…}` or four digits, within 10 characters. */
function unicodeEscapeLength(source: string, at: number): number {
  if (source[at] === '{') {
    let e = at + 1;
    while (e < source.length && e < at + 10 && isHexCode(source.charCodeAt(e))) e++;
    if (e > at + 1 && e < at + 10 && source[e] === '}') return e + 1 - at;
  }
  for (let d = 0; d < 4; d++) if (at + d >= source.length || !isHexCode(source.charCodeAt(at + d))) throw new Unsupported();
  return 4;
}

/** The alternatives of source[from, to) (a group's body or the whole source), as lazy sequences. */
function sequences(source: string, from: number, to: number): Seq[] {
  const out: Seq[] = [];
  let depth = 0;
  let inClass = false;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 92) { i++; continue; } // backslash
    if (inClass) { if (c === 93) inClass = false; continue; } // ]
    if (c === 91) inClass = true; // [
    else if (c === 40) depth++; // (
    else if (c === 41) depth--; // )
    else if (c === 124 && depth === 0) { out.push(new Seq(source, start, i)); start = i + 1; } // |
  }
  out.push(new Seq(source, start, to));
  return out;
}

/** The offset just past the group that opens at `open` (escapes and character classes skipped). */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 92) { i++; continue; } // backslash
    if (inClass) { if (c === 93) inClass = false; continue; } // ]
    if (c === 91) inClass = true; // [
    else if (c === 40) depth++; // (
    else if (c === 41 && --depth === 0) return i + 1; // )
  }
  throw new Unsupported();
}

interface Frame { seq: Seq; at: number; rest: Frame | null }

/**
 * The words a match can start with: a lower-case word, DIGIT_KEY, or ANY when the source does not
 * pin the first word down (no word boundary before it, punctuation first, an open character class).
 */
export function firstWords(re: RegExp): Set<string> {
  return deriveKeys(re.source);
}

/**
 * The top-level alternatives of a regex source, in order. A match of the whole at a position is the
 * first alternative that matches there, so each can be keyed and tried on its own.
 */
export function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(from, i)); from = i + 1; }
  }
  out.push(source.slice(from));
  return out;
}

/**
 * `\b(?:a|b)rest` as `\b(?:a)rest` and `\b(?:b)rest`: the same matches, tried in the same order
 * (the boundary makes no choice, so nothing is tried between the group's alternatives), and each
 * word then meets only its own small regex instead of the whole list.
 */
function distributed(alternative: string): string[] {
  const head = alternative.startsWith('\\b(?:') ? 2 : alternative.startsWith('(?:') ? 0 : -1;
  if (head < 0) return [alternative];
  const end = groupEnd(alternative, head);
  if ('?*+{'.includes(alternative[end] ?? '|')) return [alternative];
  const inner = alternatives(alternative.slice(head + 3, end - 1));
  if (inner.length < 2) return [alternative];
  const before = alternative.slice(0, head);
  const after = alternative.slice(end);
  return inner.map((a) => `${before}(?:${a})${after}`);
}

/** The alternatives a global pattern's source is tried as, each keyed on its own. */
function alternativesOf(source: string): string[] {
  return alternatives(source).flatMap(distributed);
}

/**
 * The keys of each of a pattern's alternatives. The engine's own patterns have theirs worked out when
 * the extension is built (scripts/build-word-keys.mjs): deriving them would cost a freshly started worker
 * some 20 ms of its first check. A source the build did not see is derived here.
 */
function keysOfAlternatives(source: string, alts: readonly string[]): Set<string>[] {
  observeSource?.(source);
  const known = WORD_KEYS.get(source);
  if (known !== undefined && known.length === alts.length) return known.map((keys) => new Set(keys));
  return alts.map(deriveKeys);
}

/** For the build step: the keys of each alternative of `source`, derived from the source itself. */
export function deriveAlternativeKeys(source: string): string[][] {
  return alternativesOf(source).map((alt) => [...deriveKeys(alt)]);
}

/** The words a match of `source` can start with, worked out from the source itself. */
function deriveKeys(source: string): Set<string> {
  const keys = new Set<string>();
  let steps = 0;
  const walk = (frame: Frame | null, prefix: string, anchored: boolean): void => {
    if (++steps > MAX_STEPS || keys.has(ANY)) { keys.add(ANY); return; }
    if (frame === null) { keys.add(ANY); return; }
    const item = frame.seq.item(frame.at);
    if (item === undefined) { walk(frame.rest, prefix, anchored); return; }
    const next: Frame = { seq: frame.seq, at: frame.at + 1, rest: frame.rest };
    if (item.min === 0) walk(next, prefix, anchored);
    if (item.max === 0) return;
    // One instance, then what is left of the repetition, then the rest of the sequence.
    const again: Frame = item.max > 1
      ? { seq: Seq.of([{ node: item.node, min: Math.max(0, item.min - 1), max: item.max - 1 }]), at: 0, rest: next }
      : next;
    const node = item.node;
    switch (node.t) {
      case 'char':
        if (node.word) {
          if (prefix === '' && !anchored) { keys.add(ANY); return; }
          // Letters that follow one by one need no step each.
          let word = prefix + node.c;
          let rest = again;
          for (let following = rest.seq.item(rest.at); following !== undefined; following = rest.seq.item(rest.at)) {
            const { node: letter, min, max } = following;
            if (letter.t !== 'char' || !letter.word || min !== 1 || max !== 1) break;
            word += letter.c;
            rest = { seq: rest.seq, at: rest.at + 1, rest: rest.rest };
          }
          walk(rest, word, anchored);
        } else keys.add(prefix === '' ? ANY : prefix);
        return;
      case 'digit':
        keys.add(prefix === '' && anchored ? DIGIT_KEY : ANY);
        return;
      case 'class':
        keys.add(ANY);
        return;
      case 'boundary':
        if (prefix === '') walk(again, prefix, true);
        else keys.add(prefix);
        return;
      case 'start':
        walk(again, prefix, true);
        return;
      case 'end':
        keys.add(prefix === '' ? ANY : prefix);
        return;
      case 'look':
        walk(again, prefix, anchored || (prefix === '' && node.guardsWord));
        return;
      case 'group':
        for (const alt of node.alts) walk({ seq: alt, at: 0, rest: again }, prefix, anchored);
    }
  };
  try {
    for (const alt of sequences(source, 0, source.length)) walk({ seq: alt, at: 0, rest: null }, '', false);
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    keys.add(ANY);
  }
  return keys.has(ANY) || keys.size > MAX_KEYS ? new Set([ANY]) : keys;
}

const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** The words of one text: where each starts and ends, its hash, and FLAG bits. */
interface Words {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  flags: Uint8Array;
}
/** The word starts with a digit: it stands for DIGIT_KEY. */
const DIGIT = 2;

/**
 * The last two texts walked and their words. Every family scans the same folded text, and
 * re-identification its masked text range by range (a range that cuts a word is walked as a slice of
 * its own), so one walk over the characters serves all their scans; two slots keep a slice or the other
 * text from evicting the one being read range by range. The arrays are reused from text to text
 * (allocating typed arrays costs more than the walk): a Words is read only until two other texts are walked.
 */
interface Walk { text: string | undefined; words: Words }
const emptyWalk = (): Walk => ({
  text: undefined,
  words: { count: 0, starts: new Int32Array(0), ends: new Int32Array(0), hashes: new Int32Array(0), flags: new Uint8Array(0) },
});
let recent = emptyWalk();
let older = emptyWalk();

/** For each ASCII code: its lower-case code when it is a word character (`\w`), else 0. */
const WORD_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (isWordCode(c)) WORD_LOWER[c] = lowerCode(c);

function wordsOf(text: string): Words {
  if (recent.text === text) return recent.words;
  const reuse = older;
  older = recent;
  recent = reuse;
  if (reuse.text !== text) walk(text, reuse);
  return reuse.words;
}

function walk(text: string, into: Walk): void {
  const walked = into.words;
  const n = text.length;
  // Every word but the last is followed by a non-word character: at most half the text, rounded up.
  const room = (n >> 1) + 1;
  const capacity = walked.starts.length;
  // Grow for a longer text; after a huge one (a pasted megabyte), let its arrays go.
  if (capacity < room || (capacity > 1 << 16 && room * 8 < capacity)) {
    const size = capacity < room ? Math.max(room, capacity * 2, 1024) : Math.max(room * 2, 1024);
    walked.starts = new Int32Array(size);
    walked.ends = new Int32Array(size);
    walked.hashes = new Int32Array(size);
    walked.flags = new Uint8Array(size);
  }
  const { starts, ends, hashes, flags } = walked;
  let count = 0;
  let start = -1;
  let h = 0;
  let flag = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const l = c < 128 ? (WORD_LOWER[c] as number) : 0;
    if (l !== 0) {
      if (start < 0) {
        start = i;
        h = 0;
        flag = c <= 57 ? DIGIT : 0;
      }
      h = step(h, l);
    } else if (start >= 0) {
      starts[count] = start;
      ends[count] = i;
      hashes[count] = h;
      flags[count] = flag;
      count++;
      start = -1;
    }
  }
  if (start >= 0) {
    starts[count] = start;
    ends[count] = n;
    hashes[count] = h;
    flags[count] = flag;
    count++;
  }
  walked.count = count;
  into.text = text;
}

/**
 * Whether the word of `text` at `start`, as long as `key`, reads `key` once lower-cased. Compared code
 * by code: words and keys are ASCII word characters, and a builtin call per word costs more.
 */
function sameWord(text: string, start: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) if (WORD_LOWER[text.charCodeAt(start + i)] !== key.charCodeAt(i)) return false;
  return true;
}

/** Index of the first word that starts at or after `offset`. */
function firstWordAt(words: Words, offset: number): number {
  let lo = 0;
  let hi = words.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((words.starts[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a word runs across `offset`. */
function straddles(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isWordCode(text.charCodeAt(offset - 1)) && isWordCode(text.charCodeAt(offset));
}

export class WordScan {
  /**
   * A pattern is tried, at a word, as only the top-level alternatives that word can start (in their
   * order: the whole alternation's match there is the first of them that matches). A small regex
   * fails fast where the whole alternation would set up all its loops first, and is compiled only
   * once a draft has a word that needs it. One such part per (pattern, set of alternatives).
   */
  private readonly partSource: string[] = [];
  private readonly partFlags: string[] = [];
  /** The pattern each part belongs to. */
  private readonly partPattern: number[] = [];
  /** Sticky regexes of the parts, built the first time each is tried. */
  private readonly partSticky: (RegExp | undefined)[] = [];
  /**
   * Open-addressed table by key hash: the key ('' where the slot is empty), its hash and its parts,
   * at most one per pattern, in pattern order. DIGIT_KEY sits apart.
   */
  private readonly slotKey: string[];
  private readonly slotHash: Int32Array;
  private readonly slotPatterns: (readonly number[])[];
  private readonly digitPatterns: number[];
  private readonly scanned: number[] = [];
  private readonly index = new Map<RegExp, number>();
  /** Per pattern, where its last match ended (reused by every scan: scans do not nest). */
  private readonly lastEnd: Int32Array;

  constructor(readonly patterns: readonly RegExp[]) {
    this.lastEnd = new Int32Array(patterns.length);
    /** Per key, per pattern (in order), the alternatives it starts (numbers into `sources`). */
    const byKey = new Map<string, Map<number, number[]>>();
    const sources: string[] = [];
    patterns.forEach((re, j) => {
      this.index.set(re, j);
      const alts = re.global ? alternativesOf(re.source) : [];
      const keyed = re.global ? keysOfAlternatives(re.source, alts) : [];
      if (!re.global || keyed.some((keys) => keys.has(ANY))) { this.scanned.push(j); return; }
      alts.forEach((source, a) => {
        const n = sources.push(source) - 1;
        for (const k of keyed[a] as Set<string>) {
          let perPattern = byKey.get(k);
          if (!perPattern) byKey.set(k, (perPattern = new Map()));
          const list = perPattern.get(j);
          if (list) list.push(n);
          else perPattern.set(j, [n]);
        }
      });
    });
    const parts = new Map<string, number>();
    const partsOf = (perPattern: Map<number, number[]>): number[] => [...perPattern].map(([j, alts]) => {
      const id = alts.join(',');
      let part = parts.get(id);
      if (part === undefined) {
        part = this.partSource.length;
        parts.set(id, part);
        this.partSource.push(alts.map((n) => sources[n]).join('|'));
        this.partFlags.push(`${(patterns[j] as RegExp).flags.replace('g', '')}y`);
        this.partPattern.push(j);
        this.partSticky.push(undefined);
      }
      return part;
    });
    const digits = byKey.get(DIGIT_KEY);
    this.digitPatterns = digits ? partsOf(digits) : [];
    byKey.delete(DIGIT_KEY);
    let size = 64;
    while (size < byKey.size * 4) size *= 2;
    this.slotKey = new Array<string>(size).fill('');
    this.slotHash = new Int32Array(size);
    this.slotPatterns = new Array<readonly number[]>(size).fill([]);
    for (const [key, perPattern] of byKey) {
      let h = 0;
      for (let i = 0; i < key.length; i++) h = step(h, key.charCodeAt(i));
      let at = h & (size - 1);
      while (this.slotKey[at] !== '') at = (at + 1) & (size - 1);
      this.slotKey[at] = key;
      this.slotHash[at] = h;
      this.slotPatterns[at] = partsOf(perPattern);
    }
  }

  /** Every pattern's matches in `text`, looked up by the pattern itself. */
  matchesIn(text: string): (re: RegExp) => Span[] {
    return this.lookupBy(this.scan(text));
  }

  /** matchesIn(text.slice(from, to)), reusing the walk over `text`'s words. */
  matchesInRange(text: string, from: number, to: number): (re: RegExp) => Span[] {
    return this.lookupBy(this.scanRange(text, from, to));
  }

  private lookupBy(spans: Span[][]): (re: RegExp) => Span[] {
    return (re) => {
      const found = spans[this.index.get(re) ?? -1];
      if (!found) throw new Error('WordScan: a pattern it was not built with');
      return found;
    };
  }

  /** Patterns that fell back to a whole-text scan. */
  get fallbacks(): readonly number[] { return this.scanned; }

  /** Every pattern's matches in `text`, as matchSpans would give them. */
  scan(text: string): Span[][] {
    return this.scanWords(text, 0, text.length);
  }

  /**
   * scan(text.slice(from, to)), in offsets of that slice. The words of `text` are walked once and
   * kept, so the ranges of one text cost a lookup per word each; the patterns still see only the slice.
   */
  scanRange(text: string, from: number, to: number): Span[][] {
    if (from === 0 && to === text.length) return this.scan(text);
    // A word cut by the range reads differently in the slice: walk the slice itself.
    if (straddles(text, from) || straddles(text, to)) return this.scan(text.slice(from, to));
    return this.scanWords(text, from, to);
  }

  private scanWords(text: string, from: number, to: number): Span[][] {
    const out: Span[][] = this.patterns.map(() => []);
    const lastEnd = this.lastEnd.fill(0);
    const words = wordsOf(text);
    const { starts, ends, hashes, flags } = words;
    const { slotKey, slotHash, slotPatterns, digitPatterns } = this;
    const mask = slotKey.length - 1;
    let subject: string | undefined = from === 0 && to === text.length ? text : undefined;
    for (let k = firstWordAt(words, from); k < words.count; k++) {
      const start = starts[k] as number;
      if (start >= to) break;
      const flag = flags[k] as number;
      let list: readonly number[] | undefined;
      if (flag & DIGIT) list = digitPatterns;
      else {
        const h = hashes[k] as number;
        const length = (ends[k] as number) - start;
        for (let at = h & mask; ; at = (at + 1) & mask) {
          const key = slotKey[at] as string;
          if (key === '') break;
          if (slotHash[at] !== h || key.length !== length) continue;
          if (sameWord(text, start, key)) {
            list = slotPatterns[at];
            break;
          }
        }
      }
      if (list !== undefined && list.length > 0) this.tryAt((subject ??= text.slice(from, to)), start - from, list, out, lastEnd);
    }
    if (this.scanned.length > 0) {
      subject ??= text.slice(from, to);
      for (const j of this.scanned) out[j] = matchSpans(this.patterns[j] as RegExp, subject);
    }
    return out;
  }

  private tryAt(text: string, at: number, parts: readonly number[], out: Span[][], lastEnd: Int32Array): void {
    for (const part of parts) {
      const j = this.partPattern[part] as number;
      const spans = out[j] as Span[];
      if (at < (lastEnd[j] as number) || spans.length >= MATCH_LIMIT) continue;
      const re = this.partSticky[part] ?? this.compile(part);
      re.lastIndex = at;
      // test() leaves lastIndex at the match's end and builds no match array.
      if (re.test(text)) {
        const end = re.lastIndex;
        spans.push({ start: at, end });
        lastEnd[j] = Math.max(at + 1, end);
      }
    }
  }

  private compile(part: number): RegExp {
    const re = new RegExp(this.partSource[part] as string, this.partFlags[part]);
    this.partSticky[part] = re;
    return re;
  }
}

/** `\w` for one character. */
const isWordChar = (c: string): boolean => isWordCode(c.charCodeAt(0));

/** Every lazy scan's builder, for the build step that works out their keys ahead of time. */
const SCANS: Array<() => WordScan> = [];
let observeSource: ((source: string) => void) | undefined;

/**
 * Builds every lazy scan made so far and reports the source of each global pattern it keys: the list
 * of sources scripts/build-word-keys.mjs derives keys for. Run in a fresh process, before any check.
 */
export function eachScanSource(visit: (source: string) => void): void {
  observeSource = visit;
  try {
    for (const build of SCANS) build();
  } finally {
    observeSource = undefined;
  }
}

/** A WordScan built the first time it is used. */
export function lazyScan(
  patterns: () => readonly RegExp[],
): Pick<WordScan, 'patterns' | 'matchesIn' | 'matchesInRange' | 'scan' | 'scanRange'> {
  let built: WordScan | undefined;
  const get = (): WordScan => (built ??= new WordScan(patterns()));
  SCANS.push(get);
  return {
    get patterns() { return get().patterns; },
    matchesIn: (text) => get().matchesIn(text),
    matchesInRange: (text, from, to) => get().matchesInRange(text, from, to),
    scan: (text) => get().scan(text),
    scanRange: (text, from, to) => get().scanRange(text, from, to),
  };
}
