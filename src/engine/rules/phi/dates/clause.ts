/**
 * Where a candidate's sentence starts and ends, and whether a kind of cue occurs in it. Dates and places
 * are only PHI when the sentence is about a patient, so both families ask these questions for every
 * candidate. Cue positions are found once per draft (cues.ts) and looked up by binary search,
 * so the cost stays linear however many candidates a hostile draft holds.
 */

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'st', 'mt', 'ft', 'jr', 'sr', 'vs', 'no', 'approx', 'dept', 'ave', 'rd', 'blvd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'a.m',
  'p.m', 'w', 'n', 's', 'e', 'u.s', 'hosp', 'univ', 'co', 'inc', 'etc',
]);
const MAX_BACK = 220;
const MAX_FORWARD = 180;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** [A-Za-z.] */
function isLetterOrDot(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
}

/** True when the [.!?] at `i` ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  if (!isSpace(text[i + 1]) && i + 1 < text.length) return false;
  if (c !== '.') return true;
  let j = i - 1;
  while (j >= 0 && i - j <= 8 && isLetterOrDot(text.charCodeAt(j))) j--;
  if (j === i - 1) return true; // no word before the dot: not an abbreviation
  if (j === i - 2) return text.charCodeAt(i - 1) === 46; // one letter is an initial ("J. Smith")
  return !ABBREVIATIONS.has(text.slice(j + 1, i).toLowerCase());
}

/** Sentence ends and cues are found block by block, the first time a question falls in a block. */
export const BLOCK = 128;

/**
 * Per-draft indexes (sentence ends, cue positions), filled one block at a time: a date or place asks
 * about its own sentence only, so a long draft with few candidates is read only around them. analyze()
 * checks one draft at a time, so one slot keyed by the folded draft's identity is enough; a WeakMap of
 * every draft ever seen made garbage collection slower for no gain.
 */
export interface BlockCues {
  /** Cue positions by kind. */
  byKind: number[][];
  /** Whether a rare cue pattern's first word starts in the block. */
  rareWords: boolean;
}

export interface DraftIndexes {
  draft: object;
  /** Per block: the offsets just after each sentence end whose mark lies in the block, ascending. */
  boundaries?: (number[] | undefined)[];
  /** Per block: the cues that start in the block (cues.ts). */
  cues?: (BlockCues | undefined)[];
  /** Cues of rare patterns, found over the whole draft at once, by kind (cues.ts). */
  wholeCues?: number[][];
  /** Which kinds of cue each window asked about holds, by window (cues.ts). */
  windows?: Map<number, boolean[]>;
}
let current: DraftIndexes | undefined;

export function indexesFor(draft: object): DraftIndexes {
  if (current?.draft !== draft) current = { draft };
  return current;
}

/** Characters that can end a sentence: . ! ? and a line break. */
const isSentenceMark = (c: number) => c === 46 || c === 33 || c === 63 || c === 10;

/** Offsets just after the sentence ends whose mark lies in block `k`, found in order: nothing to sort. */
function blockBoundaries(slot: DraftIndexes, text: string, k: number): number[] {
  const blocks = (slot.boundaries ??= []);
  const known = blocks[k];
  if (known) return known;
  const found: number[] = [];
  const to = Math.min(text.length, (k + 1) * BLOCK);
  for (let i = k * BLOCK; i < to; i++) {
    if (isSentenceMark(text.charCodeAt(i)) && endsSentence(text, i)) found.push(i + 1);
  }
  blocks[k] = found;
  return found;
}

/** Start of the sentence holding `pos`, at most MAX_BACK characters back. */
export function sentenceStart(draft: { text: string }, pos: number): number {
  const slot = indexesFor(draft);
  const floor = Math.max(pos - MAX_BACK, 0);
  // The last sentence end at or before `pos`; one before `floor` would give `floor` anyway.
  for (let k = Math.floor((pos - 1) / BLOCK); k >= 0 && (k + 1) * BLOCK >= floor; k--) {
    const b = blockBoundaries(slot, draft.text, k);
    for (let j = b.length - 1; j >= 0; j--) {
      const v = b[j] as number;
      if (v <= pos) return Math.max(v, floor);
    }
  }
  return floor;
}

/** End of the sentence holding `pos` (exclusive), at most MAX_FORWARD characters on. */
export function sentenceEnd(draft: { text: string }, pos: number): number {
  const slot = indexesFor(draft);
  const limit = Math.min(pos + MAX_FORWARD, draft.text.length);
  // The first sentence end after `pos`; one past `limit` would give `limit` anyway.
  for (let k = Math.floor(pos / BLOCK); k * BLOCK < limit; k++) {
    for (const v of blockBoundaries(slot, draft.text, k)) if (v > pos) return Math.min(v, limit);
  }
  return limit;
}

/** True when some position lies in [from, to). */
export function anyIn(sorted: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] as number) < to;
}

/** The lower-cased text just before `pos`, at most `n` characters, for anchored look-behind tests. */
export function before(lower: string, pos: number, n: number): string {
  return lower.slice(Math.max(0, pos - n), pos);
}

/** The lower-cased text just after `pos`, at most `n` characters. */
export function after(lower: string, pos: number, n: number): string {
  return lower.slice(pos, Math.min(lower.length, pos + n));
}
