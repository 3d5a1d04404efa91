import { Occurrences } from './occurrences.js';
import { step } from '../../text/hash-table.js';
import { isSpaceCode } from '../../text/spans.js';

/**
 * Patterns run only where they can match. A gate pairs a pattern with whole words of which every match
 * holds at least one, and the furthest into a match such a word can start (`lead`). The pattern is
 * tried, sticky, only at the positions up to `lead` before an occurrence of one of its words; no match
 * can start anywhere else, so the matches found are the plain pattern's, in the same order. One walk
 * over the draft's words finds the occurrences for every gate of the family, where each pattern would
 * otherwise scan the whole draft, and most drafts hold few of a rule's words.
 */

export interface Gate {
  /** The pattern as written (kept to check the gate against it). */
  readonly plain: RegExp;
  /** The same pattern, sticky, tried only where a match can start; made on first use (cheap import). */
  sticky: RegExp | undefined;
  /** Whole words (letters, digits, '_'), lower-case; they match any case in the text. */
  readonly words: readonly number[];
  /** For each word, how far into a match it can start. */
  readonly leads: readonly number[];
  /**
   * A match may also start one character before the run of white space that ends at a word
   * ("…take it.   Start now" matches from the full stop): the reach back is not bounded.
   */
  readonly overSpace: boolean;
  /** A match may start on a space (most start on a word or a mark, so spaces are not tried but at ^). */
  readonly spaceStart: boolean;
}

export interface GateOptions {
  overSpace?: boolean;
  spaceStart?: boolean;
  /** Words that start nearer the front of a match than `lead`. */
  leads?: Readonly<Record<string, number>>;
}

/** Every gate built, so a test can check each against its plain pattern. */
export const GATES: Gate[] = [];

/** Every gate word, by number; the numbers index the per-draft lists of offsets. */
const WORDS: string[] = [];
const WORD_ID = new Map<string, number>();

/**
 * A gate for `plain`, whose every match holds one of `words` starting at most `lead` characters into
 * it. Every alternative of `plain` must start with \b and a word character, or with a character that
 * is not one (#, @, punctuation, white space), or at ^: a match never starts inside a word.
 */
export function gate(plain: RegExp, words: readonly string[], lead: number, options: GateOptions = {}): Gate {
  const ids = words.map((w) => {
    if (!/^[a-z0-9_]+$/.test(w)) throw new Error(`gate: not a lower-case word: ${w}`);
    let id = WORD_ID.get(w);
    if (id === undefined) {
      id = WORDS.length;
      WORDS.push(w);
      WORD_ID.set(w, id);
      table = undefined;
      for (const x of walked) x.text = undefined;
    }
    return id;
  });
  const leads = words.map((w) => options.leads?.[w] ?? lead);
  const g = { plain, sticky: undefined, words: ids, leads, overSpace: options.overSpace ?? false, spaceStart: options.spaceStart ?? false };
  GATES.push(g);
  return g;
}

/** For each ASCII code: its lower case if it is a word character (letter, digit, '_'), else -1. */
const WORD_CODE = new Int8Array(128).fill(-1);
for (let c = 48; c <= 57; c++) WORD_CODE[c] = c;
for (let c = 97; c <= 122; c++) WORD_CODE[c] = c;
for (let c = 65; c <= 90; c++) WORD_CODE[c] = c + 32;
WORD_CODE[95] = 95;
const wordCode = (c: number) => (c < 128 ? (WORD_CODE[c] as number) : -1);

/**
 * Open-addressed table of word numbers (plus one) by hash, built on first use; for each first character
 * the lengths of the gate words starting with it (bit n: length n, bit 31: 31 or more); and one bit per
 * gate word's hash in 2,048. The two small tables rule out most of a draft's words before the larger
 * hash table is read.
 */
interface Table { slots: Int32Array; hashes: Int32Array; lengths: Int32Array; bloom: Int32Array }

const bloomWord = (h: number) => (h >>> 5) & 63;
const bloomBit = (h: number) => 1 << (h & 31);
let table: Table | undefined;

const lengthBit = (n: number) => 1 << Math.min(n, 31);

function buildTable(): Table {
  let size = 64;
  while (size < WORDS.length * 4) size *= 2;
  const slots = new Int32Array(size);
  const hashes = new Int32Array(size);
  const lengths = new Int32Array(128);
  const bloom = new Int32Array(64);
  WORDS.forEach((w, id) => {
    lengths[w.charCodeAt(0)] = (lengths[w.charCodeAt(0)] as number) | lengthBit(w.length);
    let h = 0;
    for (let i = 0; i < w.length; i++) h = step(h, w.charCodeAt(i));
    let at = h & (size - 1);
    while (slots[at] !== 0) at = (at + 1) & (size - 1);
    slots[at] = id + 1;
    hashes[at] = h;
    bloom[bloomWord(h)] = (bloom[bloomWord(h)] as number) | bloomBit(h);
  });
  return { slots, hashes, lengths, bloom };
}

/** Where the first try for an occurrence at `at` of a word with `lead` goes. */
function windowStart(g: Gate, text: string, at: number, lead: number): number {
  let s = at - lead;
  if (g.overSpace) {
    let w = at;
    while (w > 0 && isSpaceCode(text.charCodeAt(w - 1))) w--;
    s = Math.min(s, w - 1);
  }
  return s;
}

/** Whether text[from, from + word.length) is `word`, ignoring ASCII case. */
function wordAt(text: string, from: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (wordCode(text.charCodeAt(from + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** Where the gate words stand in one text (list number = the word's number in WORDS). */
class Walked extends Occurrences {
  text: string | undefined = undefined;
}

/** Empties `w` for a new walk. */
function prepare(w: Walked): void {
  w.reset(WORDS.length);
  w.text = undefined;
}

/** Records the word text[i, e) (hash h, lower-case first code c) in `w` if it is a gate word. */
function visitWord(t: Table, w: Walked, text: string, i: number, e: number, h: number, c: number): void {
  if (((t.lengths[c] as number) & lengthBit(e - i)) === 0 || ((t.bloom[bloomWord(h)] as number) & bloomBit(h)) === 0) return;
  const mask = t.slots.length - 1;
  for (let at = h & mask; t.slots[at] !== 0; at = (at + 1) & mask) {
    if (t.hashes[at] !== h) continue;
    const id = (t.slots[at] as number) - 1;
    const word = WORDS[id] as string;
    if (word.length === e - i && wordAt(text, i, word)) {
      w.add(id, i);
      return;
    }
  }
}

/** Every occurrence of every gate word in `text`, found in one walk over its words. */
function walk(text: string, w: Walked): void {
  const t = (table ??= buildTable());
  prepare(w);
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = wordCode(text.charCodeAt(i));
    if (c < 0) { i++; continue; }
    const first = c;
    let h = 0;
    let e = i;
    do {
      h = step(h, c);
      c = ++e < n ? wordCode(text.charCodeAt(e)) : -1;
    } while (c >= 0);
    visitWord(t, w, text, i, e, h, first);
    i = e + 1;
  }
  w.text = text;
}

/**
 * A walk fed by a caller that reads a lower-case text's words anyway (cue-words.ts): feedStart, then
 * feedWord for every word in text order with the hash of its char codes, then feedEnd. The two kept
 * walks are then as if `text` had been walked here.
 */
let feeding: Walked | undefined;

export function feedStart(text: string): boolean {
  const [a, b] = walked;
  if (a.text === text || b.text === text) return false;
  table ??= buildTable();
  prepare(b);
  feeding = b;
  return true;
}

/** The word text[i, e), all lower-case, with the hash of its char codes. */
export function feedWord(text: string, i: number, e: number, h: number): void {
  visitWord(table as Table, feeding as Walked, text, i, e, h, text.charCodeAt(i));
}

/** Ends the fed walk: kept when `complete` (every word was fed, none with a capital), else dropped. */
export function feedEnd(text: string, complete: boolean): void {
  const w = feeding as Walked;
  feeding = undefined;
  if (!complete) return;
  w.text = text;
  if (walked[1] === w) {
    walked[1] = walked[0];
    walked[0] = w;
  }
}

/**
 * The walks of the last two texts asked about: the family's rules read the same draft in turn, most
 * its lower-cased form and a few its folded form, so each is walked once per draft.
 */
const walked: [Walked, Walked] = [new Walked(), new Walked()];

function occurrences(text: string): Walked {
  const [a, b] = walked;
  if (a.text !== text) {
    if (b.text !== text) walk(text, b);
    walked[0] = b;
    walked[1] = a;
  }
  return walked[0];
}

/**
 * The matches the plain pattern's global exec loop over a text would give, in order. Only positions up
 * to the gate's lead before an occurrence of one of its words are tried; every match starts at one, so
 * nothing is missed.
 */
class Matches {
  /**
   * One cursor per gate word present: its next occurrence (an index into the walk's lists), that
   * word's lead, and where the occurrence's window starts. Windows are tried in order of their starts,
   * so positions are tried in text order.
   */
  private readonly cursors: number[] = [];
  private readonly leads: number[] = [];
  private readonly starts: number[] = [];
  /** The end of the window being tried, and the next position to try in it. */
  private end = -1;
  private q = 0;
  /** No match may start before `from` (the end of the last one); positions before `tried` are done. */
  private from = 0;
  private tried = 0;

  constructor(private readonly g: Gate, private readonly text: string, private readonly w: Walked) {
    g.words.forEach((id, i) => {
      const head = w.head[id] as number;
      if (head === -1) return;
      const lead = g.leads[i] as number;
      this.cursors.push(head);
      this.leads.push(lead);
      this.starts.push(windowStart(g, text, w.at[head] as number, lead));
    });
  }

  next(): RegExpExecArray | null {
    const { g, text, w, cursors, leads, starts } = this;
    for (;;) {
      for (; this.q <= this.end; this.q++) {
        const c = text.charCodeAt(this.q);
        // Every gated pattern starts at a word boundary or on a character that is not a word
        // character (#, @, punctuation, white space), never inside a word.
        if (this.q > 0 && wordCode(c) >= 0 && wordCode(text.charCodeAt(this.q - 1)) >= 0) continue;
        if (c === 32 && !g.spaceStart && this.q > 0) continue;
        const sticky = (g.sticky ??= new RegExp(g.plain.source, `${g.plain.flags.replace('g', '')}y`));
        sticky.lastIndex = this.q;
        const m = sticky.exec(text);
        if (m) {
          this.from = m.index + Math.max(1, m[0].length);
          this.q = this.from;
          return m;
        }
      }
      this.tried = Math.max(this.tried, this.q);
      if (cursors.length === 0) return null;
      let k = 0;
      for (let j = 1; j < cursors.length; j++) if ((starts[j] as number) < (starts[k] as number)) k = j;
      this.end = w.at[cursors[k] as number] as number;
      this.q = Math.max(starts[k] as number, this.tried, this.from);
      const following = w.next[cursors[k] as number] as number;
      if (following === -1) {
        cursors.splice(k, 1);
        leads.splice(k, 1);
        starts.splice(k, 1);
      } else {
        cursors[k] = following;
        starts[k] = windowStart(g, text, w.at[following] as number, leads[k] as number);
      }
    }
  }
}

/**
 * The walk of `text`'s words. `lower`, the same text lower-cased, has the same words (and is walked
 * once for the whole family) unless the text holds a Kelvin sign, the one character that lower-cases
 * to a word character. Words are compared ignoring ASCII case, so a pattern that reads capitals is
 * gated the same way.
 */
function walkOf(text: string, lower: string): Walked {
  return occurrences(lower === text || !text.includes('\u212a') ? lower : text);
}

/** Whether any of the gate's words occurs in the walked text. */
function present(g: Gate, w: Walked): boolean {
  const { words } = g;
  for (let i = 0; i < words.length; i++) if (w.has(words[i] as number)) return true;
  return false;
}

/** Calls `visit` with each match the plain pattern's global exec loop would give, until it returns false. */
export function eachMatch(g: Gate, text: string, visit: (m: RegExpExecArray) => boolean | void, lower = text): void {
  const w = walkOf(text, lower);
  if (!present(g, w)) return;
  const matches = new Matches(g, text, w);
  for (let m = matches.next(); m; m = matches.next()) if (visit(m) === false) return;
}

/**
 * Whether `text` holds one of the gate's words, for a pattern whose reach back is not bounded (lead
 * Infinity): without one it cannot match; with one, the caller runs the plain pattern.
 */
export function holdsWord(g: Gate, text: string, lower = text): boolean {
  return present(g, walkOf(text, lower));
}

/** Whether the gate's pattern matches anywhere in `text` (the plain pattern's test()). */
export function gatedTest(g: Gate, text: string, lower = text): boolean {
  return gatedExec(g, text, lower) !== null;
}

/** The first match in `text` (the plain pattern's exec() from the top), or null. */
export function gatedExec(g: Gate, text: string, lower = text): RegExpExecArray | null {
  const w = walkOf(text, lower);
  return present(g, w) ? new Matches(g, text, w).next() : null;
}
