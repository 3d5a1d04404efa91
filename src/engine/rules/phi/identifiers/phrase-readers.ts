/**
 * Readers for the end or the start of a short stretch of text (a few dozen characters), each with the
 * meaning of the case-insensitive pattern in its comment. They are written out by hand because every
 * pattern compiled costs a cold start a tenth of a millisecond or more, and these run for nearly every
 * finding. Case is ignored for ASCII letters only, as the 'i' flag without 'u' does.
 */

import { isWordAt } from './chars.js';
import { isSpaceCode, readsAt } from '../../../text/spans.js';

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Start of the run of white space that ends `s` (s.length when there is none). */
function trailingSpaceStart(s: string): number {
  let j = s.length;
  while (j > 0 && isSpaceCode(s.charCodeAt(j - 1))) j--;
  return j;
}

/** Does `s` read `word` (lower-case) just before `end`, ignoring ASCII case? */
function endsWithAt(s: string, end: number, word: string): boolean {
  return end >= word.length && readsAt(s, end - word.length, word);
}

const ABBREVIATIONS = ['mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'sr', 'jr', 'pt', 'vs', 'etc', 'approx', 'no', 'nos', 'apt', 'ste', 'fig', 'e.g', 'i.e'];

/** /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Mx|Dr|St|Sr|Jr|Pt|vs|etc|approx|No|Nos|Apt|Ste|Fig|e\.g|i\.e)$/i */
export function endsWithAbbreviation(s: string): boolean {
  for (const a of ABBREVIATIONS) {
    if (!endsWithAt(s, s.length, a)) continue;
    const before = s.length - a.length - 1;
    if (before < 0 || !isAsciiLetter(s.charCodeAt(before))) return true;
  }
  return false;
}

const IMPERATIVE_OPENING = /^[\s\p{P}\p{S}]*(?:please\s+)?(?:call|text|fax|e-?mail|contact|reach)\b/iu;
const IMPERATIVES = ['call', 'text', 'fax', 'email', 'e-mail', 'contact', 'reach'];

/** ASCII punctuation or symbol: every printable ASCII character that is not a letter, digit or space. */
function isAsciiMark(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/**
 * /^[\s\p{P}\p{S}]*(?:please\s+)?(?:call|text|fax|e-?mail|contact|reach)\b/iu: a sentence that opens with
 * an instruction to the public. ASCII text is read by hand; anything else goes to the pattern itself.
 */
export function opensWithImperative(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 127) return IMPERATIVE_OPENING.test(s);
  let i = 0;
  while (i < s.length && (isSpaceCode(s.charCodeAt(i)) || isAsciiMark(s.charCodeAt(i)))) i++;
  if (readsAt(s, i, 'please') && isSpaceCode(s.charCodeAt(i + 6))) {
    let j = i + 7;
    while (isSpaceCode(s.charCodeAt(j))) j++;
    if (imperativeAt(s, j)) return true;
  }
  return imperativeAt(s, i);
}

function imperativeAt(s: string, at: number): boolean {
  for (const w of IMPERATIVES) if (readsAt(s, at, w) && !isWordAt(s, at + w.length)) return true;
  return false;
}

const BE_WORDS = ['is', 'are', 'was', 'were'];

/** /(?:'s|\bis|\bare|\bwas|\bwere)\s+(?:at|on)\s+$/i: "she's at", "is on". */
export function endsWithBeAtOn(s: string): boolean {
  const j = trailingSpaceStart(s);
  if (j === s.length || j < 2 || !(endsWithAt(s, j, 'at') || endsWithAt(s, j, 'on'))) return false;
  let m = j - 2;
  if (m === 0 || !isSpaceCode(s.charCodeAt(m - 1))) return false;
  while (m > 0 && isSpaceCode(s.charCodeAt(m - 1))) m--;
  if (endsWithAt(s, m, "'s")) return true;
  for (const w of BE_WORDS) if (endsWithAt(s, m, w) && !isWordAt(s, m - w.length - 1)) return true;
  return false;
}

const PREPOSITIONS = ['on', 'for', 'under', 'with', 'at', 'from', 'to', 'via', 'as'];

/**
 * /(?:^|[\s(])(on|for|under|with|at|from|to|via|as)\s+$/i: the length of the preposition and the spaces
 * after it (with an opening bracket before it, when there is one), or -1.
 */
export function prepositionBefore(s: string): number {
  const j = trailingSpaceStart(s);
  if (j === s.length) return -1;
  let k = j;
  while (k > 0 && isAsciiLetter(s.charCodeAt(k - 1))) k--;
  if (k === j || !PREPOSITIONS.some((p) => p.length === j - k && readsAt(s, k, p))) return -1;
  if (k === 0) return s.length;
  const c = s.charCodeAt(k - 1);
  if (c === 40) return s.length - k + 1;
  return isSpaceCode(c) ? s.length - k : -1;
}

const OWNERS = ['his', 'her', 'their', 'its', 'my', 'your', 'our', 'the'];

/** /(?:'s|\b(?:his|her|their|its|my|your|our|the))\s+$/i: "his account ", "the patient's ". */
export function endsWithOwner(s: string): boolean {
  const j = trailingSpaceStart(s);
  if (j === s.length) return false;
  if (endsWithAt(s, j, "'s")) return true;
  for (const w of OWNERS) if (endsWithAt(s, j, w) && !isWordAt(s, j - w.length - 1)) return true;
  return false;
}

/**
 * Whether `s` ends with one of `words` (lower-case, each starting with a letter) standing as a word, then
 * white space, at most one '#' or ':', and white space: /\b(?:word|…)\s*[#:]?\s*$/i.
 */
export function endsWithLabel(s: string, words: readonly string[]): boolean {
  const j = trailingSpaceStart(s);
  if (labelEndsAt(s, j, words)) return true;
  const c = s.charCodeAt(j - 1);
  if (c !== 35 && c !== 58) return false;
  let k = j - 1;
  while (k > 0 && isSpaceCode(s.charCodeAt(k - 1))) k--;
  return labelEndsAt(s, k, words);
}

function labelEndsAt(s: string, end: number, words: readonly string[]): boolean {
  for (const w of words) if (endsWithAt(s, end, w) && !isWordAt(s, end - w.length - 1)) return true;
  return false;
}

const PHONE_WORDS = ['call', 'called', 'calling', 'phone', 'cell', 'mobile', 'number', 'reach', 'text', 'texted', 'tel', 'landline', 'fax', 'faxed'];

/**
 * /\b(?:call(?:ed|ing)?|phone|cell|mobile|number|reach|text(?:ed)?|tel|landline|fax(?:ed)?)\b[^.\n]{0,16}$/i:
 * a phone word ends within the last 16 characters, with no period or line break after it.
 */
export function endsNearPhoneWord(s: string): boolean {
  const floor = Math.max(0, s.length - 16);
  for (let q = s.length; q >= floor; q--) {
    if (q < s.length) {
      const c = s.charCodeAt(q);
      if (c === 46 || c === 10) break;
    }
    if (q === 0 || isWordAt(s, q) || !isAsciiLetter(s.charCodeAt(q - 1))) continue;
    if (labelEndsAt(s, q, PHONE_WORDS)) return true;
  }
  return false;
}
