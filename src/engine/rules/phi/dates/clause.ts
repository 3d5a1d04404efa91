/**
 * Where a candidate's sentence starts and ends, and whether a kind of cue occurs in it. Dates and places
 * are only PHI when the sentence is about a patient, so both families ask these questions for every
 * candidate. Cue positions are found once per draft (one regex pass each) and looked up by binary search,
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

/** Start of the sentence holding `pos`, looking back at most MAX_BACK characters. */
export function sentenceStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - MAX_BACK);
  for (let i = pos - 1; i >= floor; i--) if (endsSentence(text, i)) return i + 1;
  return floor;
}

/** End of the sentence holding `pos` (exclusive), looking forward at most MAX_FORWARD characters. */
export function sentenceEnd(text: string, pos: number): number {
  const ceil = Math.min(text.length, pos + MAX_FORWARD);
  for (let i = pos; i < ceil; i++) if (endsSentence(text, i)) return i + 1;
  return ceil;
}

/** Sorted start offsets of every match of `re` (global) in `lower`. */
function positions(lower: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    out.push(m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** True when some position lies in [from, to). */
function anyIn(sorted: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] as number) < to;
}

/** A lazily built index of one cue regex over one draft. */
export class CueIndex {
  private found: number[] | undefined;
  constructor(private readonly lower: string, private readonly re: RegExp) {}
  within(from: number, to: number): boolean {
    this.found ??= positions(this.lower, this.re);
    return anyIn(this.found, from, to);
  }
}

/** Cue indexes cached per folded draft, so the date and place rules of one analyze() share them. */
const caches = new WeakMap<object, Map<RegExp, CueIndex>>();

export function cueIndex(draft: { lower: string }, re: RegExp): CueIndex {
  let byRe = caches.get(draft);
  if (!byRe) {
    byRe = new Map();
    caches.set(draft, byRe);
  }
  let index = byRe.get(re);
  if (!index) {
    index = new CueIndex(draft.lower, re);
    byRe.set(re, index);
  }
  return index;
}

/** The lower-cased text just before `pos`, at most `n` characters, for anchored look-behind tests. */
export function before(lower: string, pos: number, n: number): string {
  return lower.slice(Math.max(0, pos - n), pos);
}

/** The lower-cased text just after `pos`, at most `n` characters. */
export function after(lower: string, pos: number, n: number): string {
  return lower.slice(pos, Math.min(lower.length, pos + n));
}
