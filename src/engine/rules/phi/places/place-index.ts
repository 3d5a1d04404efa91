import { FACILITY_HEAD_SOURCE, SCHOOL_HEAD_SOURCE } from '../../../data/place-words.js';
import { STATES } from '../../../data/us-states.js';
import type { Folded } from '../../../text/normalize.js';
import { MAX_CANDIDATES } from '../dates/limit.js';
import { hashOf, step, WordTable } from '../../../text/hash-table.js';
import { isSpaceCode, isWordCode } from '../../../text/spans.js';

/**
 * The words of a draft that place patterns hinge on, found in one pass: every word (run of `\w`) that
 * starts with a capital or a digit, tagged with the roles it can play. Each pattern is then tried as a
 * sticky regex only where a match can start (next to such a word) instead of scanning the whole draft
 * once per pattern. Trying a sticky regex at every possible start in order, from the end of the last
 * match on, gives the same matches as the global scan did.
 */

/** Roles of a capitalised word; a word may have several. */
export const STATE_WORD = 1;
export const FACILITY_HEAD = 2;
export const SCHOOL_HEAD = 4;
export const SAINT_WORD = 8;
export const COUNTY_WORD = 16;
/** Roles of the lower-case word before a capitalised one (lead words). */
export const TOWN_PREP = 32;
export const CARE_PREP = 64;
export const STREET_PREP = 128;
export const THE_WORD = 256;
export const OF_WORD = 512;
export const CARE_VERB = 1024;

/** The letters a string opens with, lower-cased ("Nursing\\s+Home" → "nursing", "U.S. Virgin Islands" → "u"). */
function leadingLetters(s: string): string {
  let e = 0;
  for (let c = s.charCodeAt(0); (c >= 65 && c <= 90) || (c >= 97 && c <= 122); c = s.charCodeAt(++e));
  return s.slice(0, e).toLowerCase();
}

/** First word of each alternative of a regex source. */
function firstWordsOf(source: string): string[] {
  return source.split('|').map(leadingLetters).filter((w) => w !== '');
}

function roleTable(): Array<[number, string[]]> {
  return [
    [STATE_WORD, STATES.map(([name]) => leadingLetters(name))],
    [FACILITY_HEAD, firstWordsOf(FACILITY_HEAD_SOURCE)],
    [SCHOOL_HEAD, firstWordsOf(SCHOOL_HEAD_SOURCE)],
    [SAINT_WORD, ['st', 'saint']],
    [COUNTY_WORD, ['county', 'parish', 'borough', 'township']],
    // PREP_PLACE (towns.ts), CARE_VERB_AT (facilities.ts), STREET_AFTER_PREP and INTERSECTION (streets.ts).
    [TOWN_PREP, ['in', 'from', 'near', 'outside', 'past', 'around', 'to', 'of']],
    [CARE_PREP, ['at', 'to', 'in', 'into']],
    [STREET_PREP, ['on', 'off', 'at', 'near', 'along', 'down', 'up', 'onto', 'across', 'from', 'by', 'of', 'crossing']],
    [THE_WORD, ['the']],
    [OF_WORD, ['of']],
    // First words of CARE_VERB_AT's verbs (facilities.ts).
    [CARE_VERB, [
      'admitted', 'transferred', 'discharged', 'sent', 'taken', 'rushed', 'flown', 'airlifted', 'brought', 'moved', 'lives',
      'living', 'resides', 'visitors', 'visit', 'visiting', 'staying', 'stays', 'treated', 'delivered', 'died', 'passed',
      'works', 'worked', 'teaches', 'taught', 'attends',
    ]],
  ];
}

/** The role words, with the roles of each, built on first use. */
let table: WordTable<number> | undefined;

function buildTable(): WordTable<number> {
  const byKey = new Map<string, number>();
  for (const [role, words] of roleTable()) for (const w of words) byKey.set(w, (byKey.get(w) ?? 0) | role);
  return new WordTable(byKey);
}

/** Roles of the word lower[s, e), 0 for most words. */
function rolesOf(t: WordTable<number>, lower: string, s: number, e: number): number {
  return e - s > t.longest ? 0 : (t.get(lower, s, e, hashOf(lower, s, e)) ?? 0);
}

/** A draft's capitalised and digit-led words, in order. */
export interface PlaceIndex {
  /** Capitalised words: where each starts and ends, and its roles. */
  capitals: Int32Array;
  capitalEnds: Int32Array;
  roles: Int32Array;
  /** Roles of all capitalised words together: a pattern whose role is absent has no match. */
  present: number;
  /** Words that start with a digit. */
  digits: Int32Array;
  digitEnds: Int32Array;
  /** Commas before a capital (commasBeforeCapital), found on first use. */
  commas?: number[];
  /** Per capitalised word, the word before it (over a "the") and that word's roles (leadsOf), on first use. */
  leads?: Int32Array;
  leadRoles?: Int32Array;
  /** Where the word after each capitalised name word starts (nextWords), on first use. */
  next?: Int32Array;
}

/** A word that starts with a capital or a digit; the regex engine finds them faster than a loop could. */
const CAPITAL_OR_DIGIT = /\b[A-Z0-9]/g;

/** analyze() checks one draft at a time: one slot keyed by the folded draft's identity is enough. */
let current: { draft: Folded; index: PlaceIndex } | undefined;
let buffers = {
  capitals: new Int32Array(256), capitalEnds: new Int32Array(256), roles: new Int32Array(256),
  digits: new Int32Array(256), digitEnds: new Int32Array(256),
};

export function placeIndex(folded: Folded): PlaceIndex {
  if (current?.draft === folded) return current.index;
  const t = (table ??= buildTable());
  const { text, lower } = folded;
  const n = text.length;
  // Every word and the character after it are at least two characters, so the arrays never grow inside
  // the loop. They are kept from draft to draft: only the current draft's index is ever read.
  const room = (n >> 1) + 1;
  if (buffers.capitals.length < room) {
    const size = Math.max(room, 2 * buffers.capitals.length);
    buffers = {
      capitals: new Int32Array(size), capitalEnds: new Int32Array(size), roles: new Int32Array(size),
      digits: new Int32Array(size), digitEnds: new Int32Array(size),
    };
  }
  const { capitals, capitalEnds, roles, digits, digitEnds } = buffers;
  let nc = 0;
  let nd = 0;
  let present = 0;
  const re = CAPITAL_OR_DIGIT;
  re.lastIndex = 0;
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    if (text.charCodeAt(i) >= 65) {
      // Find the word's end and hash it (lower-cased) in one loop.
      let h = 0;
      let e = i;
      for (; e < n; e++) {
        const c = text.charCodeAt(e);
        if (!isWordCode(c)) break;
        h = step(h, c >= 65 && c <= 90 ? c + 32 : c);
      }
      const role = e - i > t.longest ? 0 : (t.get(lower, i, e, h) ?? 0);
      capitals[nc] = i;
      capitalEnds[nc] = e;
      roles[nc++] = role;
      present |= role;
      re.lastIndex = e;
    } else {
      let e = i + 1;
      while (e < n && isWordCode(text.charCodeAt(e))) e++;
      digits[nd] = i;
      digitEnds[nd++] = e;
      re.lastIndex = e;
    }
  }
  re.lastIndex = 0;
  const index: PlaceIndex = {
    capitals: capitals.subarray(0, nc), capitalEnds: capitalEnds.subarray(0, nc), roles: roles.subarray(0, nc), present,
    digits: digits.subarray(0, nd), digitEnds: digitEnds.subarray(0, nd),
  };
  current = { draft: folded, index };
  return index;
}

/**
 * For each capitalised word, the start of the word before it (one to three spaces back, stepping over a
 * "the") and that word's roles: "lives in Dayton", "admitted to the Mercy". -1 and 0 where there is none.
 */
export function leadsOf(folded: Folded): { leads: Int32Array; leadRoles: Int32Array } {
  const index = placeIndex(folded);
  if (index.leads && index.leadRoles) return { leads: index.leads, leadRoles: index.leadRoles };
  const t = (table ??= buildTable());
  const { text, lower } = folded;
  const leads = new Int32Array(index.capitals.length);
  const leadRoles = new Int32Array(index.capitals.length);
  const { capitals, capitalEnds } = index;
  for (let w = 0; w < capitals.length; w++) {
    let s = wordBefore(text, capitals[w] as number, 3);
    // Names run in capitalised words ("Mercy General"): the word before is then the last one, whose
    // roles the index already holds.
    let roles = s < 0 ? 0
      : w > 0 && capitals[w - 1] === s && capitalEnds[w - 1] === wordEnd ? index.roles[w - 1] as number
        : rolesOf(t, lower, s, wordEnd);
    if (roles & THE_WORD) {
      s = wordBefore(text, s, 3);
      roles = s < 0 ? 0 : rolesOf(t, lower, s, wordEnd);
    }
    leads[w] = s;
    leadRoles[w] = roles;
  }
  index.leads = leads;
  index.leadRoles = leadRoles;
  return { leads, leadRoles };
}

/** Roles of the word at `s` (lower-cased text), for a word found by wordBefore(). */
export function leadRolesAt(lower: string, s: number): number {
  if (s < 0) return 0;
  let e = s;
  while (e < lower.length && isWordCode(lower.charCodeAt(e))) e++;
  return rolesOf((table ??= buildTable()), lower, s, e);
}

/** Starts of the capitalised words with any of `roles`. */
export function startsOf(index: PlaceIndex, roles: number): number[] {
  const out: number[] = [];
  if ((index.present & roles) === 0) return out;
  for (let w = 0; w < index.capitals.length; w++) {
    if (((index.roles[w] as number) & roles) !== 0) out.push(index.capitals[w] as number);
  }
  return out;
}

/**
 * Starts of the capitalised words with any of `roles` that follow, one or two spaces on, a capitalised
 * name word (a capital among the last 27 characters: 25 of the word and "'s") or one of `joiners`:
 * "Mercy General", "Lincoln High", not "our ED".
 */
export function namedStartsOf(text: string, index: PlaceIndex, roles: number, joiners: readonly string[]): number[] {
  const out: number[] = [];
  for (const h of startsOf(index, roles)) {
    let e = h;
    while (e > 0 && h - e < 2 && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e === h || e === 0) continue;
    let s = e;
    let capital = false;
    while (s > 0 && e - s < 27 && !isSpaceCode(text.charCodeAt(s - 1))) {
      const c = text.charCodeAt(--s);
      if (c >= 65 && c <= 90) { capital = true; break; }
    }
    if (capital || joiners.some((j) => text.startsWith(j, e - j.length) && isSpaceCode(text.charCodeAt(e - j.length - 1)))) out.push(h);
  }
  return out;
}

/** Starts of five-character words that begin with a digit: where a ZIP can start. */
export function fiveDigitStarts(folded: Folded): number[] {
  const index = placeIndex(folded);
  const out: number[] = [];
  for (let w = 0; w < index.digits.length; w++) {
    const s = index.digits[w] as number;
    if ((index.digitEnds[w] as number) - s === 5) out.push(s);
  }
  return out;
}

/**
 * Starts of the capitalised words at most `reach` characters before one of `anchors` (ascending): where
 * a pattern of capitalised words that ends in an anchor word ("Harlan County", "Mercy General") can start.
 */
export function capitalsBefore(index: PlaceIndex, anchors: readonly number[], reach: number): number[] {
  const out: number[] = [];
  let a = 0;
  for (const s of index.capitals) {
    while (a < anchors.length && (anchors[a] as number) < s) a++;
    if (a === anchors.length) break;
    if ((anchors[a] as number) - s <= reach) out.push(s);
  }
  return out;
}

/** End of the word found by the last wordBefore() call. */
let wordEnd = 0;

/**
 * Start of the word that ends one to `spaces` white-space characters before `pos`, or -1: stepping back
 * from a capitalised word to the preposition or verb a pattern opens with.
 */
export function wordBefore(text: string, pos: number, spaces: number): number {
  let e = pos;
  while (e > 0 && pos - e < spaces && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === pos || e === 0 || !isWordCode(text.charCodeAt(e - 1))) return -1;
  let s = e - 1;
  while (s > 0 && isWordCode(text.charCodeAt(s - 1))) s--;
  wordEnd = e;
  return s;
}

/** Sorted, without repeats, dropping the -1s of wordBefore(). */
export function ascending(starts: number[]): number[] {
  // Starts found word by word are nearly always in order already.
  let sorted = true;
  for (let i = 1; i < starts.length && sorted; i++) sorted = (starts[i - 1] as number) <= (starts[i] as number);
  if (!sorted) starts.sort((a, b) => a - b);
  const out: number[] = [];
  for (const s of starts) if (s >= 0 && s !== out[out.length - 1]) out.push(s);
  return out;
}

/**
 * The matches of sticky `re` tried at `starts` (ascending), skipping starts inside the last match, up to
 * `max`: what a global scan finds when no match can start anywhere else.
 */
export function matchesAt(re: RegExp, text: string, starts: Iterable<number>, max = MAX_CANDIDATES): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  for (const s of starts) {
    if (s < lastEnd) continue;
    re.lastIndex = s;
    const m = re.exec(text);
    if (m === null) continue;
    out.push(m);
    if (out.length >= max) break;
    lastEnd = Math.max(s + 1, re.lastIndex);
  }
  re.lastIndex = 0;
  return out;
}

/**
 * Every match of global `re` in `text`, up to MAX_CANDIDATES, as matchAll() gives them but without the
 * copy of the regex that matchAll() makes on each call.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (out.length >= MAX_CANDIDATES) break;
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/**
 * For each capitalised word that can be a whole name word (letters, apostrophes and hyphens up to 25
 * characters, then one or two spaces), where the next word starts; -1 for the others.
 */
function nextWords(text: string, index: PlaceIndex): Int32Array {
  if (index.next) return index.next;
  const { capitals, capitalEnds } = index;
  const next = new Int32Array(capitals.length).fill(-1);
  for (let w = 0; w < capitals.length; w++) {
    const c = capitals[w] as number;
    let t = capitalEnds[w] as number;
    if (t - c > 25) continue;
    let ch = text.charCodeAt(t);
    while ((ch === 39 || ch === 45 || (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)) && t - c <= 25) ch = text.charCodeAt(++t);
    if (t - c > 25 || !isSpaceCode(ch)) continue;
    // One or two spaces: the word starts at the first non-space.
    next[w] = isSpaceCode(text.charCodeAt(t + 1)) ? t + 2 : t + 1;
  }
  index.next = next;
  return next;
}

/** Words grouped by their first character code (ASCII), for wordsAfterCapitals. */
export type WordsByOpening = ReadonlyArray<readonly string[] | undefined>;

export function byOpening(words: readonly string[]): WordsByOpening {
  const out: string[][] = [];
  for (const w of words) (out[w.charCodeAt(0)] ??= []).push(w);
  return out;
}

/**
 * Lower-case words right after a capitalised word, one or two spaces on, that are one of `words` as a
 * whole word (what a sticky `(?:word|…)\b` accepts): where "Moab hospital" or "Tulsa native" can end.
 */
export function wordsAfterCapitals(text: string, index: PlaceIndex, words: WordsByOpening): number[] {
  const out: number[] = [];
  const next = nextWords(text, index);
  for (let i = 0; i < next.length; i++) {
    const n = next[i] as number;
    if (n < 0) continue;
    const candidates = words[text.charCodeAt(n)];
    if (candidates === undefined) continue;
    for (const w of candidates) {
      if (!text.startsWith(w, n) || isWordCode(text.charCodeAt(n + w.length))) continue;
      out.push(n);
      break;
    }
  }
  return out;
}
