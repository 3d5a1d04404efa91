/**
 * Patterns run only where they can match. A gate pairs a pattern with whole words of which every match
 * holds at least one, and the furthest into a match such a word can start (`lead`). A draft with none of
 * the words cannot match, so the pattern never scans it; otherwise the scan starts `lead` characters
 * before the first of the words instead of at the top of the draft. No match can start earlier, so the
 * matches found are the plain pattern's, in the same order. Most drafts hold few of a rule's words, and
 * one walk over the draft's words answers every gate, where each pattern would scan the whole draft.
 */

export interface Gate {
  /** The pattern as written (kept to check the gate against it). */
  readonly plain: RegExp;
  /** The same pattern, global, so a scan can start part-way. */
  readonly re: RegExp;
  /** Whole words (letters, digits, '_'), lower-case; they match any case in the text. */
  readonly words: readonly number[];
  readonly lead: number;
}

/** Every gate built, so a test can check each against its plain pattern. */
export const GATES: Gate[] = [];

/** Every gate word, by number; the numbers index the per-draft table of first offsets. */
const WORDS: string[] = [];
const WORD_ID = new Map<string, number>();

export function gate(plain: RegExp, words: readonly string[], lead: number): Gate {
  const re = plain.global ? plain : new RegExp(plain.source, `${plain.flags}g`);
  const ids = words.map((w) => {
    if (!/^[a-z0-9_]+$/.test(w)) throw new Error(`gate: not a lower-case word: ${w}`);
    let id = WORD_ID.get(w);
    if (id === undefined) {
      id = WORDS.length;
      WORDS.push(w);
      WORD_ID.set(w, id);
      table = undefined;
      for (const w of walked) w.text = undefined;
    }
    return id;
  });
  const g = { plain, re, words: ids, lead };
  GATES.push(g);
  return g;
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
/** Hash step over char codes: a word is looked up without cutting it out of the text. */
const step = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;

/** Open-addressed table of word numbers (plus one) by hash, built on first use. */
interface Table { slots: Int32Array; hashes: Int32Array }
let table: Table | undefined;

function buildTable(): Table {
  let size = 64;
  while (size < WORDS.length * 4) size *= 2;
  const slots = new Int32Array(size);
  const hashes = new Int32Array(size);
  WORDS.forEach((w, id) => {
    let h = 0;
    for (let i = 0; i < w.length; i++) h = step(h, w.charCodeAt(i));
    let at = h & (size - 1);
    while (slots[at] !== 0) at = (at + 1) & (size - 1);
    slots[at] = id + 1;
    hashes[at] = h;
  });
  return { slots, hashes };
}

const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Whether text[from, from + word.length) is `word`, ignoring ASCII case. */
function wordAt(text: string, from: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (lowerCode(text.charCodeAt(from + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** First offset of every gate word in `text` (-1 when absent), found in one walk over its words. */
function walk(text: string, first: Int32Array): void {
  const t = (table ??= buildTable());
  first.fill(-1);
  const mask = t.slots.length - 1;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) { i++; continue; }
    let h = 0;
    let e = i;
    for (; e < n; e++) {
      const c = text.charCodeAt(e);
      if (!isWordCode(c)) break;
      h = step(h, lowerCode(c));
    }
    for (let at = h & mask; t.slots[at] !== 0; at = (at + 1) & mask) {
      if (t.hashes[at] !== h) continue;
      const id = (t.slots[at] as number) - 1;
      const w = WORDS[id] as string;
      if (w.length === e - i && wordAt(text, i, w)) {
        if ((first[id] as number) === -1) first[id] = i;
        break;
      }
    }
    i = e;
  }
}

/**
 * The walks of the last two texts asked about: the family's rules read the same draft in turn, most
 * its lower-cased form and a few its folded form, so each is walked once per draft.
 */
interface Walked { text: string | undefined; first: Int32Array }
const walked: [Walked, Walked] = [{ text: undefined, first: new Int32Array(0) }, { text: undefined, first: new Int32Array(0) }];

function firstOffsets(text: string): Int32Array {
  const [a, b] = walked;
  if (a.text === text) return a.first;
  if (b.text === text) {
    walked[0] = b;
    walked[1] = a;
    return b.first;
  }
  // Reuse the older slot.
  if (b.first.length !== WORDS.length) b.first = new Int32Array(WORDS.length);
  walk(text, b.first);
  b.text = text;
  walked[0] = b;
  walked[1] = a;
  return b.first;
}

/**
 * Where a scan for the gate's pattern must begin in `text`, or -1 when the text cannot match it. Words
 * are compared ignoring ASCII case, so a pattern that reads capitals is gated the same way.
 */
export function gateStart(g: Gate, text: string): number {
  const at = firstOffsets(text);
  let min = -1;
  for (const id of g.words) {
    const o = at[id] as number;
    if (o !== -1 && (min === -1 || o < min)) min = o;
  }
  return min === -1 ? -1 : Math.max(0, min - g.lead);
}

/** Whether the gate's pattern matches anywhere in `text` (the plain pattern's test()). */
export function gatedTest(g: Gate, text: string): boolean {
  const from = gateStart(g, text);
  if (from === -1) return false;
  g.re.lastIndex = from;
  const hit = g.re.test(text);
  g.re.lastIndex = 0;
  return hit;
}

/** The first match in `text` (the plain pattern's exec() from the top), or null. */
export function gatedExec(g: Gate, text: string): RegExpExecArray | null {
  const from = gateStart(g, text);
  if (from === -1) return null;
  g.re.lastIndex = from;
  const m = g.re.exec(text);
  g.re.lastIndex = 0;
  return m;
}

/**
 * The gate's global pattern with lastIndex set where a scan must begin, for an exec loop that reads on
 * as the caller decides; null when the text cannot match. The caller resets lastIndex when done.
 */
export function gatedScan(g: Gate, text: string): RegExp | null {
  const from = gateStart(g, text);
  if (from === -1) return null;
  g.re.lastIndex = from;
  return g.re;
}
