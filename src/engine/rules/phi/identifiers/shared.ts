import { finding, originalSpan, quote, redactFix, type RuleContext } from '../../../context.js';
import type { Finding, Fix, PhiType, Severity } from '../../../types.js';

/** A detected identifier, in folded offsets. `unitStart` is where a removal may begin (a keyword). */
export interface Hit {
  start: number;
  end: number;
  unitStart?: number;
}

export interface PhiInit {
  ruleId: string;
  phiType: PhiType;
  message: string;
  severity?: Severity;
  /** Neutral phrase used when removing the identifier would leave a broken sentence. */
  neutral: string;
  /** Remove only a bracketed or comma-set identifier; otherwise use the neutral phrase. */
  removeOnlyWhenDetached?: boolean;
}

/**
 * Most identifiers of one kind reported per draft. A real post holds a handful; a pasted log or a hostile
 * megabyte could hold a hundred thousand, and reporting past this point only costs time.
 */
export const MAX_HITS = 500;
/** Most keyword occurrences examined per kind, for the same reason. */
export const MAX_ATTEMPTS = 5 * MAX_HITS;

/** One finding per hit, with a fix that reads well afterwards. */
export function phiFindings(ctx: RuleContext, hits: readonly Hit[], init: PhiInit): Finding[] {
  return hits.map((h) => finding(ctx, {
    ruleId: init.ruleId,
    category: 'phi',
    severity: init.severity ?? 'block',
    phiType: init.phiType,
    start: h.start,
    end: h.end,
    message: init.message,
    fixes: [tidyFix(ctx, h, init.neutral, init.removeOnlyWhenDetached)],
  }));
}

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

/** Titles and abbreviations whose period does not end a sentence ("Mr. Haddad", "St. Vincent's"). */
const ABBREVIATION = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Mx|Dr|St|Sr|Jr|Pt|vs|etc|approx|No|Nos|Apt|Ste|Fig|e\.g|i\.e)$/i;


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

/** Answers "does [s, e) overlap any of these spans?" in logarithmic time. */
export function overlapIndex(spans: readonly Hit[]): (s: number, e: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let m = -1;
  for (const h of sorted) maxEnd.push((m = Math.max(m, h.end)));
  return (s, e) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Hit).start < e) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && (maxEnd[last] as number) > s;
  };
}

export function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

export function digitsOf(s: string): string {
  return s.replace(/\D+/g, '');
}

const PREPOSITION_BEFORE = /(?:^|[\s(])(on|for|under|with|at|from|to|via|as|under)\s+$/i;
const BE_BEFORE_PREPOSITION = /(?:'s|\bis|\bare|\bwas|\bwere)\s+(?:at|on)\s+$/i;
const OWNER_BEFORE = /(?:'s|\b(?:his|her|their|its|my|your|our|the))\s+$/i;
const CLOSERS = /[,.;:!?)]/;

export interface RemovalUnit {
  start: number;
  end: number;
  /** The removal opened a sentence: the next word needs its capital. */
  capitalise?: boolean;
}

function bracketed(text: string, s: number, e: number): RemovalUnit | null {
  const open = text[s - 1] === '(' ? s - 1 : text.slice(s - 2, s) === '( ' ? s - 2 : -1;
  if (open === -1) return null;
  const close = text[e] === ')' ? e : text.slice(e, e + 2) === ' )' ? e + 1 : -1;
  return close === -1 ? null : { start: open, end: close + 1 };
}

/**
 * The stretch to delete so the sentence still reads: a parenthetical with its brackets, an appositive
 * with its leading comma, a leading preposition ("emailed to X" → "emailed"), or only the value when the
 * keyword has an owner ("his account #123" → "his account"). Null when deleting would break the sentence.
 */
export function removalUnit(text: string, hit: Hit, detachedOnly = false): RemovalUnit | null {
  const kw = hit.unitStart ?? hit.start;
  let s = kw;
  const e = hit.end;
  const before = text.slice(Math.max(0, s - 24), s);

  const paren = bracketed(text, kw, e) ?? bracketed(text, hit.start, e);
  if (paren) return paren;
  if (before.endsWith(', ') && CLOSERS.test(text[e] ?? '')) return { start: s - 2, end: e };
  // "shared it here: <link> 🕊️": the colon goes with the link.
  if (before.endsWith(': ') && /^(?:\s*$|\s*\n|\s+[^\s\p{L}])/u.test(text.slice(e, e + 3))) {
    return { start: s - 2, end: e };
  }
  if (detachedOnly) return null;
  if (kw !== hit.start && OWNER_BEFORE.test(before)) {
    // Keep "his account", drop the connector and the value.
    s = kw;
    while (s < hit.start && !/\s/.test(text[s] ?? '')) s++;
    return { start: s, end: e };
  }
  if (BE_BEFORE_PREPOSITION.test(before)) return null;
  const prep = PREPOSITION_BEFORE.exec(before);
  if (prep) return { start: s - prep[0].trimStart().length, end: e };
  // A labelled field opening a sentence: "SSN: 123-45-6789." or "Badge #44, if you…"
  const opening = s === 0 || /(?:^|[\n.!?:])\s*$/.test(before);
  if (opening && text[e] === '.') return { start: s, end: e + 1 };
  if (opening && text[e] === ',') return { start: s, end: e + 1, capitalise: true };
  return { start: s, end: e };
}

/** Remove when the sentence survives it; otherwise replace with a neutral phrase. */
export function tidyFix(ctx: RuleContext, hit: Hit, neutral: string, detachedOnly = false): Fix {
  const unit = removalUnit(ctx.folded.text, hit, detachedOnly);
  if (!unit) return redactFix(ctx, hit.start, hit.end, neutral);
  const span = originalSpan(ctx, unit.start, unit.end);
  const text = ctx.original;
  let { start: s, end: e } = span;
  let replacement = '';
  const after = text[e] ?? '';
  if (s > 0 && text[s - 1] === ' ' && (after === '' || after === ' ' || after === '\n' || CLOSERS.test(after))) s--;
  else if ((s === 0 || text[s - 1] === '\n') && after === ' ') e++;
  if (unit.capitalise) {
    let n = e;
    while (text[n] === ' ') n++;
    const c = text[n] ?? '';
    if (c !== c.toUpperCase()) {
      e = n + 1;
      replacement = (s > 0 && text[s - 1] !== ' ' && text[s - 1] !== '\n' ? ' ' : '') + c.toUpperCase();
    }
  }
  const label = quote(ctx, firstSolid(ctx.folded.text, unit.start, unit.end), unit.end);
  return { label: `Remove “${label}”`, edits: [{ start: s, end: e, text: replacement }] };
}

function firstSolid(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && /[\s,:]/.test(text[i] ?? '')) i++;
  return i;
}
