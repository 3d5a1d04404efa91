/**
 * Small, bounded look-arounds the compliance rules share. Every scan stops at a clause or sentence
 * boundary or after a fixed number of characters, so a rule that calls these once per match stays
 * linear in the length of the draft.
 */

/** . ! ? ; : newline ( ) end a clause; a character test, not a regular expression per character. */
function endsClause(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10 || c === 40 || c === 41;
}

/** . ! ? newline end a sentence. */
function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

/** Text from the start of the clause holding `at` up to `at`, at most `max` characters back. */
export function clauseBefore(lower: string, at: number, max = 60): string {
  const from = Math.max(0, at - max);
  let i = at - 1;
  while (i >= from && !endsClause(lower.charCodeAt(i))) i--;
  return lower.slice(i + 1, at);
}

/** Text from `at` to the end of its clause, at most `max` characters ahead. */
export function clauseAfter(lower: string, at: number, max = 60): string {
  const to = Math.min(lower.length, at + max);
  let i = at;
  while (i < to && !endsClause(lower.charCodeAt(i))) i++;
  return lower.slice(at, i);
}

const NEGATION = /(?:^|[^a-z])(?:no|not|never|none|nothing|without|nor|neither|zero|cannot|isn't|aren't|wasn't|won't|can't|don't|doesn't|didn't|shouldn't|hardly)(?:[^a-z]|$)|n't\b/;

/** Whether the clause before `at` negates what follows ("no vaccine is 100% effective", "not a cure"). */
export function negatedBefore(lower: string, at: number, max = 40): boolean {
  return negates(clauseBefore(lower, at, max));
}

/** Whether a clause (the text before a phrase) negates the phrase. */
export function negates(clause: string): boolean {
  return NEGATION.test(clause);
}

/**
 * clauseBefore(lower, at, n) from clauseBefore(lower, at, m) for n <= m: the scan back stops at the
 * same clause end when there is one within n characters, and otherwise after n characters.
 */
export function lastOf(before: string, n: number): string {
  return before.length <= n ? before : before.slice(before.length - n);
}

/** clauseAfter(lower, at, n) from clauseAfter(lower, at, m) for n <= m, likewise. */
export function firstOf(after: string, n: number): string {
  return after.length <= n ? after : after.slice(0, n);
}

const QUOTES = `"'“”‘’«»`;

/** Whether the span is set off in quotation marks (scare quotes, a phrase being discussed). */
export function quoted(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return before !== undefined && after !== undefined && QUOTES.includes(before) && QUOTES.includes(after);
}

/** [start, end) of the sentence holding `at`, bounded to `max` characters either side. */
export function sentenceAround(text: string, at: number, max = 400): { start: number; end: number } {
  const from = Math.max(0, at - max);
  let s = at;
  while (s > from && !endsSentence(text.charCodeAt(s - 1))) s--;
  while (s < at && text[s] === ' ') s++;
  const to = Math.min(text.length, at + max);
  let e = at;
  while (e < to && !endsSentence(text.charCodeAt(e))) e++;
  if (e < text.length && endsSentence(text.charCodeAt(e)) && text[e] !== '\n') e++;
  return { start: s, end: e };
}

/** Offset of the end of the first line (or of the text). */
export function firstLineEnd(text: string): number {
  const nl = text.indexOf('\n');
  return nl === -1 ? text.length : nl;
}

/** Index just past the last non-space character. */
export function trimmedEnd(text: string): number {
  let e = text.length;
  while (e > 0 && /\s/.test(text[e - 1] as string)) e--;
  return e;
}

/** Index of the first non-space character. */
export function trimmedStart(text: string): number {
  let s = 0;
  while (s < text.length && /\s/.test(text[s] as string)) s++;
  return s;
}
