/**
 * Readers for the few characters around a keyed value: the connector between keyword and value, and a
 * unit after it. Each replaces a case-insensitive pattern of the same meaning, written out by hand because
 * compiling such a pattern costs about a millisecond on a cold start while reading a handful of characters
 * costs nothing. Case is ignored for ASCII letters only, as the 'i' flag without 'u' does.
 */

import { boundaryAt, isWordAt } from './chars.js';
import { isSpaceCode, isWordCode, readsAt } from '../../../text/spans.js';

/** `word\b` from `at`. */
function wordAt(s: string, at: number, word: string): boolean {
  return readsAt(s, at, word) && boundaryAt(s, at + word.length);
}

/** Words that may join a keyword to its value; each must stand as a whole word. */
const JOINING_WORDS = ['is', 'was', 'as', 'of', 'reads'];

/** End of one connector token at `at` ("#", ":", "number", "ending in"…), or -1. */
function connectorToken(s: string, at: number): number {
  const c = s.charCodeAt(at);
  if (c === 35 || c === 58 || c === 44 || c === 61 || c === 40 || c === 41) return at + 1; // # : , = ( )
  if (c === 45) return isSpaceCode(s.charCodeAt(at + 1)) ? at + 1 : -1; // "-" before a space
  if (isWordAt(s, at - 1) || !isWordCode(c)) return -1;
  if (wordAt(s, at, 'numbers')) return at + 7;
  if (wordAt(s, at, 'number')) return at + 6;
  if (wordAt(s, at, 'num')) return at + 3;
  if (wordAt(s, at, 'no')) return s.charCodeAt(at + 2) === 46 ? at + 3 : at + 2;
  for (const w of JOINING_WORDS) if (wordAt(s, at, w)) return at + w.length;
  if (readsAt(s, at, 'ending') && isSpaceCode(s.charCodeAt(at + 6))) {
    let i = at + 7;
    while (isSpaceCode(s.charCodeAt(i))) i++;
    if (wordAt(s, i, 'in')) return i + 2;
  }
  if (wordAt(s, at, 'id')) return at + 2;
  return -1;
}

/** Up to three spaces or tabs from `at`. */
function blanks(s: string, at: number): number {
  let i = at;
  while (i < at + 3 && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  return i;
}

/**
 * Where the connector after a keyword ends: any run of "#", ":", ",", "=", brackets, a dash before a
 * space, "number(s)", "num", "no(.)", "is", "was", "as", "of", "reads", "ending in" or "ID", each after up
 * to three spaces or tabs, then up to three more.
 */
export function connectorEnd(s: string, from: number): number {
  let at = from;
  for (let next = connectorToken(s, blanks(s, at)); next !== -1; next = connectorToken(s, blanks(s, at))) at = next;
  return blanks(s, at);
}

const UNITS = [
  'mg', 'mcg', 'ug', 'ml', 'l', 'mm', 'cm', 'm', 'kg', 'g', 'lb', 'lbs', 'oz', '%', 'x', 'year', 'years', 'yr', 'yrs',
  'yo', 'y/o', 'day', 'days', 'week', 'weeks', 'wk', 'wks', 'month', 'months', 'hour', 'hours', 'hr', 'hrs', 'h',
  'min', 'mins', 'minutes', 'sec', 'unit', 'units', 'iu', 'mmhg', 'meq', 'mmol', 'bpm', 'am', 'pm', 'a.m', 'p.m',
];

/** Micro sign, Greek capital and small mu: one letter to a case-insensitive pattern. */
function isMu(c: number): boolean {
  return c === 0xb5 || c === 0x39c || c === 0x3bc;
}

/** Does `after` (the few characters after a value) open with a unit or a time word, after one optional space? */
export function unitAfter(after: string): boolean {
  const at = after.charCodeAt(0) === 32 ? 1 : 0;
  for (const u of UNITS) if (readsAt(after, at, u) && boundaryAt(after, at + u.length)) return true;
  return isMu(after.charCodeAt(at)) && readsAt(after, at + 1, 'g') && boundaryAt(after, at + 2);
}
