import type { RuleContext } from '../context.js';

/** A span in folded offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * No real draft holds more matches of one pattern than this; past it, input is noise and reading
 * on would only cost time and memory.
 */
export const MATCH_LIMIT = 2000;

/**
 * Every match of a global regex (up to MATCH_LIMIT), as folded spans. Uses one exec loop over the
 * module-level regex (no per-call cloning); empty matches advance so a bad pattern can never spin.
 */
export function matchSpans(re: RegExp, text: string, group = 0): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null && out.length < MATCH_LIMIT; m = re.exec(text)) {
    const g = m[group];
    if (g === undefined) {
      if (m[0] === '') re.lastIndex++;
      continue;
    }
    const start = group === 0 ? m.index : m.index + m[0].indexOf(g);
    out.push({ start, end: start + g.length });
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** First folded offset whose original offset is at or after `original` (binary search on the map). */
export function foldedOffset(map: Uint32Array, original: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((map[mid] as number) < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The PHI findings' spans, in folded offsets, sorted. */
export function phiSpans(ctx: RuleContext): Span[] {
  const { map } = ctx.folded;
  const at = (o: number) => (map ? foldedOffset(map, o) : o);
  return ctx.phi
    .map((f) => ({ start: at(f.start), end: at(f.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
}

/** Stands in for a removed Safe Harbor span: neither a letter, a digit nor a space. */
export const MASK = '\u00a4';

/**
 * The lower-cased folded text with every Safe Harbor span overwritten by MASK characters, so
 * offsets stay shared with the folded text and what is left is what a reader could still use.
 */
export function maskPhi(lower: string, spans: readonly Span[]): string {
  if (spans.length === 0) return lower;
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    const start = Math.max(s.start, at);
    if (s.end <= start) continue;
    parts.push(lower.slice(at, start), MASK.repeat(s.end - start));
    at = s.end;
  }
  parts.push(lower.slice(at));
  return parts.join('');
}

/**
 * Sentence starts (folded offsets, ascending; the first is 0). A sentence ends at . ! ? before white
 * space or at a line break; blank lines do not make empty sentences. One punctuation mark is matched,
 * not a run of them, so a million dots cost one step each instead of a backtracking scan.
 */
const SENTENCE_END = /[.!?]\s+|\n\s*/g;

export function sentenceStarts(text: string): readonly number[] {
  // Several rules ask about the same text in one check; the answer is never changed by a caller.
  if (text === lastSentenceText) return lastSentenceStarts;
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const next = m.index + m[0].length;
    if (next > (starts[starts.length - 1] as number)) starts.push(next);
  }
  SENTENCE_END.lastIndex = 0;
  lastSentenceText = text;
  lastSentenceStarts = starts;
  return starts;
}

let lastSentenceText: string | undefined;
let lastSentenceStarts: readonly number[] = [0];

/** `\w` of a regular expression without the 'u' flag, for one character code. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/** Whether `s` reads `word` (lower-case) from `at`, ignoring the case of ASCII letters. */
export function readsAt(s: string, at: number, word: string): boolean {
  if (at + word.length > s.length) return false;
  for (let i = 0; i < word.length; i++) {
    let c = s.charCodeAt(at + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** `\s` of a regular expression, for one character code. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Index of the sentence holding `offset`. */
export function sentenceOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `s` as a pattern that matches it literally (settings and other text the user typed become patterns). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether any span of `spans` (sorted) overlaps [start, end). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  // Spans are sorted and do not overlap, so their ends ascend too: find the first that ends after `start`.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start < end;
}

/**
 * Matches of `keyword` (a global regex of plain words, which the regex engine scans quickly), each
 * stretched back over what `prefix` accepts in the `reach` characters before it. `prefix` ends with `$`
 * and has no `g` flag. Looking for the rare word first and checking its few neighbours keeps the cost
 * linear and small, where one pattern that starts with "a|an|the" would be tried at every article.
 * Without a prefix match the keyword is dropped, unless `keepAlone` accepts it as it is.
 */
export function withPrefix(
  text: string, keyword: RegExp, prefix: RegExp, reach: number, keepAlone?: (keyword: Span) => boolean,
): Span[] {
  return prefixed(text, matchSpans(keyword, text), prefix, reach, keepAlone);
}

/** withPrefix() over keyword spans already found. */
export function prefixed(
  text: string, keywords: readonly Span[], prefix: RegExp, reach: number, keepAlone?: (keyword: Span) => boolean,
): Span[] {
  const out: Span[] = [];
  for (const k of keywords) {
    const from = Math.max(0, k.start - reach);
    const m = prefix.exec(text.slice(from, k.start));
    if (m) out.push({ start: from + m.index, end: k.end });
    else if (keepAlone?.(k)) out.push(k);
  }
  return out;
}
