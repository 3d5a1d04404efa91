/** Sentence and line windows around a span, which the rules read for words that say whose it is. */

import { endsWithAbbreviation } from './phrase-readers.js';

/** Characters that may end a sentence: a line break, ! or ?, or a period before a space, a line break or the end. */
const STOP_CANDIDATE = /[\n!?]|\.(?![^ \n])/g;

/**
 * Candidate stops of the last text asked about, found by one native scan; rules ask many times per text.
 * Whether a period ends a sentence (not "Dr.") is judged only for the periods a question reaches.
 */
let stopsFor: string | undefined;
let candidates: number[] = [];
/** Per candidate: 0 not judged yet, 1 a stop, 2 an abbreviation's period. */
let verdicts = new Uint8Array(0);

function candidatesOf(text: string): number[] {
  if (stopsFor !== text) {
    const out: number[] = [];
    STOP_CANDIDATE.lastIndex = 0;
    while (STOP_CANDIDATE.test(text)) out.push(STOP_CANDIDATE.lastIndex - 1);
    STOP_CANDIDATE.lastIndex = 0;
    candidates = out;
    verdicts = new Uint8Array(out.length);
    stopsFor = text;
  }
  return candidates;
}

/** Is candidate k of `text` a sentence stop? */
function isStop(text: string, k: number): boolean {
  let v = verdicts[k] as number;
  if (v === 0) {
    const i = candidates[k] as number;
    // A title or abbreviation's period ("Mr. Haddad", "St. Vincent's") does not end a sentence.
    v = text.charCodeAt(i) !== 46 || !endsWithAbbreviation(text.slice(Math.max(0, i - 8), i)) ? 1 : 2;
    verdicts[k] = v;
  }
  return v === 1;
}

/** Index of the first candidate at or after `at`. */
function firstFrom(list: readonly number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Position of the last stop before candidate index `k` (exclusive) that is at or after `floor`, else -1; and its index. */
function stopBefore(text: string, list: readonly number[], k: number, floor: number): number {
  for (let j = k - 1; j >= 0 && (list[j] as number) >= floor; j--) if (isStop(text, j)) return j;
  return -1;
}

/** Start of the sentence before the one holding `start`, within `reach` characters. */
export function previousSentenceStart(text: string, start: number, reach = 160): number {
  const list = candidatesOf(text);
  const floor = Math.max(0, start - reach);
  // The stop that ends the previous sentence, then the one before it; only stops at or after floor - 1 matter.
  const last = stopBefore(text, list, firstFrom(list, start), floor - 1);
  if (last === -1) return floor;
  const before = stopBefore(text, list, last, floor - 1);
  return before === -1 ? floor : Math.max((list[before] as number) + 1, floor);
}

/** Folded bounds of the sentence around a span, capped at `reach` characters on each side. */
export function sentenceAround(text: string, start: number, end: number, reach = 160): { start: number; end: number } {
  const list = candidatesOf(text);
  const floor = Math.max(0, start - reach);
  const before = stopBefore(text, list, firstFrom(list, start), floor - 1);
  const s = before === -1 ? floor : Math.max((list[before] as number) + 1, floor);
  const ceiling = end + reach;
  let e = Math.min(text.length, ceiling);
  for (let k = firstFrom(list, end); k < list.length && (list[k] as number) <= ceiling; k++) {
    if (isStop(text, k)) {
      e = list[k] as number;
      break;
    }
  }
  return { start: s, end: e };
}

/** The text within `reach` characters of a span, clipped to its line. */
export function nearby(text: string, start: number, end: number, reach: number): string {
  const sMin = Math.max(0, start - reach);
  let s = start;
  while (s > sMin && text.charCodeAt(s - 1) !== 10) s--;
  const eMax = Math.min(text.length, end + reach);
  let e = end;
  while (e < eMax && text.charCodeAt(e) !== 10) e++;
  return text.slice(s, e);
}
