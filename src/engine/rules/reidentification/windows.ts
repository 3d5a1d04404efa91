import type { Span } from '../../text/spans.js';
import { MASK, overlapsAny } from '../../text/spans.js';
import { CUE_SCAN, findCues, type Cue, type Kind } from './cues.js';

/**
 * Which cues belong to one encounter: the sentences around a mention of a patient, and the run of
 * WINDOW sentences whose cues together say the most.
 */

/** Cues count together when they sit within this many consecutive sentences (one encounter). */
export const WINDOW = 4;
export const KINDS: readonly Kind[] = ['time', 'setting', 'descriptor', 'event'];

/**
 * The cues in the sentences close enough to an encounter to count with it; the rest of a long post
 * is not read at all.
 */
export function cuesNear(masked: string, cased: string, starts: readonly number[], encounter: Uint8Array): Cue[] {
  const n = starts.length;
  const reach = WINDOW - 1;
  const read = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    if (!encounter[s]) continue;
    for (let k = Math.max(0, s - reach); k <= Math.min(n - 1, s + reach); k++) read[k] = 1;
  }
  const out: Cue[] = [];
  for (let s = 0; s < n; s++) {
    if (!read[s]) continue;
    let e = s;
    while (e + 1 < n && read[e + 1]) e++;
    const from = starts[s] as number;
    const to = starts[e + 1] ?? masked.length;
    // The cues of a window are read as if it were the whole text; its words come from one walk over all.
    const found = CUE_SCAN.matchesInRange(masked, from, to);
    for (const c of findCues(masked.slice(from, to), cased.slice(from, to), found)) {
      c.start += from;
      c.end += from;
      out.push(c);
    }
    s = e;
  }
  return out;
}

/**
 * Drops cues that say nothing about a patient: inside the author's own family, a weekday or time that
 * only extends a date already counted as a Safe Harbor span, and cues nested in a wider one of the
 * same sort.
 */
export function keepCues(cues: Cue[], own: Span[], masked: string): Cue[] {
  const out: Cue[] = [];
  const lastEnd = new Map<string, number>();
  for (const c of cues) {
    if (overlapsAny(own, c.start, c.end)) continue;
    if (c.kind === 'descriptor' && COLLEAGUE_BEFORE.test(masked.slice(Math.max(0, c.start - 30), c.start))) continue;
    if (c.kind === 'time' && touchesMask(masked, c)) continue;
    const key = c.sort.startsWith('age') ? 'age' : c.sort;
    if ((lastEnd.get(key) ?? -1) > c.start) continue;
    lastEnd.set(key, c.end);
    out.push(c);
  }
  return out;
}

/** A sentence that passes on what the news said about someone, not an encounter of the author's. */
export const REPORTED = /\b(?:(?:to|i|we) read|reading|heard|news (?:says|said|reports?)|reported|according to|in the news|headlines?|article|obituary)\b/;

/** "Dr. Kim, the first woman to chair surgery": a colleague's distinction, not a patient's. */
const COLLEAGUE_BEFORE = /\bdr\.? [a-z\u00a4][a-z\u00a4'-]{0,20},? $/;

function touchesMask(masked: string, c: Span): boolean {
  const before = masked.slice(Math.max(0, c.start - 2), c.start);
  const after = masked.slice(c.end, c.end + 2);
  return before.includes(MASK) || after.includes(MASK);
}

export interface Combo { cues: Cue[]; kinds: Set<Kind> }

/**
 * The run of WINDOW sentences around an encounter with the most kinds of cue. Two kinds count only
 * when one says who the patient is or what happened (time and setting alone describe every shift).
 * Cues are in text order, so two pointers walk the windows in one pass.
 */
export function bestWindow(cues: Cue[], sentenceOfCue: number[], encounter: Uint8Array, n: number): Combo | undefined {
  const met = new Uint32Array(n + 1);
  for (let s = 0; s < n; s++) met[s + 1] = (met[s] as number) + (encounter[s] as number);
  const counts = new Map<Kind, number>();
  let telling = 0;
  const isTelling = (c: Cue) => (c.kind === 'event' && c.sort !== 'weather') || (c.kind === 'descriptor' && c.sort !== 'age-range');
  let best: Combo | undefined;
  let bestScore = 0;
  let j = 0;
  let dropped = 0;
  for (let i = 0; i < cues.length; i++) {
    const first = sentenceOfCue[i] as number;
    if (i > 0 && sentenceOfCue[i - 1] === first) continue;
    const last = Math.min(n - 1, first + WINDOW - 1);
    for (; j < cues.length && (sentenceOfCue[j] as number) <= last; j++) {
      const c = cues[j] as Cue;
      counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
      if (isTelling(c)) telling++;
    }
    // Every cue before index i lies in an earlier sentence: it leaves the window.
    for (; dropped < i; dropped++) {
      const c = cues[dropped] as Cue;
      counts.set(c.kind, (counts.get(c.kind) as number) - 1);
      if (isTelling(c)) telling--;
    }
    if ((met[last + 1] as number) - (met[first] as number) === 0) continue;
    const kinds = new Set(KINDS.filter((k) => (counts.get(k) ?? 0) > 0));
    // An age decade ("in her 40s") or a region-wide storm is too common to tip two kinds into a warning.
    const score = kinds.size >= 3 || (kinds.size === 2 && telling > 0) ? kinds.size : 0;
    if (score > bestScore) {
      best = { cues: cues.slice(i, j), kinds };
      bestScore = score;
    }
  }
  return best;
}
