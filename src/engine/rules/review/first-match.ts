import type { Span } from '../../text/spans.js';

/**
 * The first match of an alternation, from the matches of each of its alternatives in order: the
 * earliest start, and at the same start the earlier alternative (as the regex engine tries them).
 */
export function firstOfAll(matches: readonly (readonly Span[])[]): Span | undefined {
  let first: Span | undefined;
  for (const spans of matches) {
    const s = spans[0];
    if (s !== undefined && (first === undefined || s.start < first.start)) first = s;
  }
  return first;
}
