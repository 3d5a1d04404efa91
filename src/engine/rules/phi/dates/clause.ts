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

/** True when the [.!?] at `i` ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  if (!isSpace(text[i + 1]) && i + 1 < text.length) return false;
  if (c !== '.') return true;
  let j = i - 1;
  while (j >= 0 && i - j <= 8 && /[A-Za-z.]/.test(text[j] as string)) j--;
  const word = text.slice(j + 1, i).toLowerCase();
  if (word.length === 1 && /[a-z]/.test(word)) return false; // an initial ("J. Smith")
  return !ABBREVIATIONS.has(word);
}

/**
 * Per-draft indexes (sentence ends, cue positions). analyze() checks one draft at a time, so one slot
 * keyed by the folded draft's identity is enough; a WeakMap of every draft ever seen made garbage
 * collection slower for no gain.
 */
interface DraftIndexes {
  draft: object;
  boundaries?: number[];
  /** Cue positions by kind (cues.ts). */
  cues?: number[][];
}
let current: DraftIndexes | undefined;

export function indexesFor(draft: object): DraftIndexes {
  if (current?.draft !== draft) current = { draft };
  return current;
}

/** Offsets just after every sentence end in a draft, found in one pass. */
function boundaries(draft: { text: string }): number[] {
  const slot = indexesFor(draft);
  if (slot.boundaries) return slot.boundaries;
  const found: number[] = [];
  const { text } = draft;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // '\n', '!', '.', '?'
    if ((c === 10 || c === 33 || c === 46 || c === 63) && endsSentence(text, i)) found.push(i + 1);
  }
  slot.boundaries = found;
  return found;
}

/** Index of the first element of `sorted` that is > `pos`. */
function firstAbove(sorted: number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the sentence holding `pos`, at most MAX_BACK characters back. */
export function sentenceStart(draft: { text: string }, pos: number): number {
  const b = boundaries(draft);
  const i = firstAbove(b, pos) - 1;
  const start = i >= 0 ? (b[i] as number) : 0;
  return Math.max(start, pos - MAX_BACK, 0);
}

/** End of the sentence holding `pos` (exclusive), at most MAX_FORWARD characters on. */
export function sentenceEnd(draft: { text: string }, pos: number): number {
  const b = boundaries(draft);
  const next = b[firstAbove(b, pos)];
  return Math.min(next ?? draft.text.length, pos + MAX_FORWARD, draft.text.length);
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
