/** Sentence and line windows around a span, which the rules read for words that say whose it is. */

/** Titles and abbreviations whose period does not end a sentence ("Mr. Haddad", "St. Vincent's"). */
const ABBREVIATION = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Mx|Dr|St|Sr|Jr|Pt|vs|etc|approx|No|Nos|Apt|Ste|Fig|e\.g|i\.e)$/i;

function isStopAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 || c === 33 || c === 63) return true; // \n ! ?
  if (c !== 46) return false; // .
  const n = text.charCodeAt(i + 1);
  if (!(n === 32 || n === 10 || Number.isNaN(n))) return false;
  return !ABBREVIATION.test(text.slice(Math.max(0, i - 8), i));
}

/** Sentence stops of the last text asked about, found in one pass; rules ask many times per text. */
let stopsFor: string | undefined;
let stops: Int32Array = new Int32Array(0);

function stopsOf(text: string): Int32Array {
  if (stopsFor !== text) {
    const out: number[] = [];
    for (let i = 0; i < text.length; i++) if (isStopAt(text, i)) out.push(i);
    stops = Int32Array.from(out);
    stopsFor = text;
  }
  return stops;
}

/** Index of the first stop at or after `at`. */
function firstStopFrom(list: Int32Array, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the sentence before the one holding `start`, within `reach` characters. */
export function previousSentenceStart(text: string, start: number, reach = 160): number {
  const list = stopsOf(text);
  const i = firstStopFrom(list, start) - 2;
  const floor = Math.max(0, start - reach);
  return i >= 0 ? Math.max((list[i] as number) + 1, floor) : floor;
}

/** Folded bounds of the sentence around a span, capped at `reach` characters on each side. */
export function sentenceAround(text: string, start: number, end: number, reach = 160): { start: number; end: number } {
  const list = stopsOf(text);
  const before = firstStopFrom(list, start) - 1;
  const s = before >= 0 ? Math.max((list[before] as number) + 1, start - reach, 0) : Math.max(0, start - reach);
  const after = firstStopFrom(list, end);
  const e = after < list.length ? Math.min(list[after] as number, end + reach) : Math.min(text.length, end + reach);
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
