/** Where a disclosure sits in the draft (first words, a hashtag cluster, below the fold), and how to move it. */
import type { Edit } from '../../types.js';
import { trimmedStart } from './clauses.js';

export interface Span { start: number; end: number }

/** How far into the first line a disclosure may start and still be "up front". */
const UP_FRONT = 40;

/** The first line's bounds, past any leading blank lines. */
export function openingLine(lower: string): Span {
  const start = trimmedStart(lower);
  const nl = lower.indexOf('\n', start);
  return { start, end: nl === -1 ? lower.length : nl };
}

export function upFront(opening: Span, span: Span): boolean {
  return span.start < opening.end && span.start - opening.start <= UP_FRONT;
}

/** Whether the span sits among three or more hashtags on its line. */
export function inHashtagCluster(lower: string, span: Span): boolean {
  if (lower[span.start] !== '#') return false;
  const lineStart = lower.lastIndexOf('\n', span.start) + 1;
  const nl = lower.indexOf('\n', span.end);
  const line = lower.slice(lineStart, nl === -1 ? lower.length : nl);
  return (line.match(/#\w/g)?.length ?? 0) >= 3;
}

/** The whole sentence or hashtag that carries a misplaced disclosure, so the fix can move it. */
export function carrier(text: string, span: Span): Span {
  if (text[span.start] === '#') return span;
  let s = span.start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1] as string)) s--;
  while (s < span.start && text[s] === ' ') s++;
  let e = span.end;
  while (e < text.length && !/[.!?\n]/.test(text[e] as string)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  return { start: s, end: e };
}

/** Removes a span with the whitespace before it, so no gap or blank line is left. */
export function removal(original: string, span: Span): Edit {
  let s = span.start;
  while (s > 0 && /[ \t\n]/.test(original[s - 1] as string)) s--;
  if (s === 0) {
    let e = span.end;
    while (e < original.length && /\s/.test(original[e] as string)) e++;
    return { start: 0, end: e, text: '' };
  }
  return { start: s, end: span.end, text: '' };
}
