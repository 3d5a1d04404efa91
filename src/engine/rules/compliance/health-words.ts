import { CLINICAL_SUFFIXES, HEALTH_TERMS } from './health-vocabulary.js';
import { HashTable, hashOf, step } from '../../text/hash-table.js';
import { isWordCode } from '../../text/spans.js';

/**
 * HEALTH_TERM and CLINICAL_SHAPE without their regular expressions. Compiling the 300-way alternation
 * costs far more than a post's whole check, so each term is filed under the words it can start with,
 * and a draft is read one word at a time: a term is tried only where its first word stands. Every
 * answer equals the pattern's: the same matches, in the same order, with the alternation's preference
 * when two terms start at the same word.
 */

/** One term as it can start at a given word. */
interface Term {
  /** Its place in HEALTH_TERMS: where two terms start at one word, the earlier wins, as in the alternation. */
  order: number;
  /** A stem (`diabet\w*`) matches the whole word it begins. */
  stem?: true;
  /** Its spellings that start with this word, most preferred first. */
  spellings?: readonly string[];
  /** A term the spellings cannot list (`lost \d+ lbs`): its pattern, ending in a word boundary… */
  source?: string;
  /** …compiled as a sticky pattern on first use. */
  sticky?: RegExp;
}

/** Stems are filed under the hash of their first STEM_KEY letters; none is shorter. */
export const STEM_KEY = 4;

/**
 * Every string a literal pattern matches, in the order the regex engine tries them: characters,
 * `(?:a|b)` groups, `[ab]` classes and `?`. Anything else is not a literal and returns undefined.
 */
function spellings(source: string): string[] | undefined {
  // Most terms are plain words, with or without a plural: no parsing.
  const plural = source.endsWith('s?');
  const stemEnd = plural ? source.length - 2 : source.length;
  let plain = true;
  for (let k = 0; k < stemEnd && plain; k++) plain = literalChar(source.charCodeAt(k));
  if (plain) return plural ? [`${source.slice(0, stemEnd)}s`, source.slice(0, stemEnd)] : [source];
  let i = 0;
  const sequence = (): string[] | undefined => {
    let out = [''];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let options: string[] | undefined;
      const c = source[i] as string;
      if (source.startsWith('(?:', i)) {
        i += 3;
        options = [];
        for (;;) {
          const alt = sequence();
          if (!alt) return undefined;
          options.push(...alt);
          if (source[i] === ')') break;
          i++;
        }
        i++;
      } else if (c === '[') {
        const close = source.indexOf(']', i);
        options = [...source.slice(i + 1, close)];
        i = close + 1;
      } else if (literalChar(c.charCodeAt(0))) {
        options = [c];
        i++;
      } else return undefined;
      if (source[i] === '?') {
        i++;
        options = [...options, ''];
      }
      const next: string[] = [];
      for (const head of out) for (const tail of options) next.push(head + tail);
      out = next;
    }
    return out;
  };
  const all = sequence();
  return all && i === source.length ? all : undefined;
}

/** a-z, 0-9, space, apostrophe, hyphen: the characters a literal term spells out. */
function literalChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 32 || c === 39 || c === 45;
}

/** The word `s` starts with. */
function firstWord(s: string): string {
  let e = 0;
  while (e < s.length && isWordCode(s.charCodeAt(e))) e++;
  return s.slice(0, e);
}

interface Index {
  /** Terms by the hash of their first word, with the word to confirm it. */
  byWord: HashTable<{ word: string; terms: Term[] }[]>;
  /** Stems by the hash of their first STEM_KEY letters. */
  byStem: HashTable<{ stem: string; term: Term }[]>;
}

let built: Index | undefined;

function file<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Built on first use: the module loads without it. */
function index(): Index {
  if (built) return built;
  const byWord = new Map<number, { word: string; terms: Term[] }[]>();
  const byStem = new Map<number, { stem: string; term: Term }[]>();
  const addWord = (word: string, term: Term) => {
    const h = hashOf(word);
    let list = byWord.get(h);
    if (!list) {
      list = [];
      byWord.set(h, list);
    }
    let entry: { word: string; terms: Term[] } | undefined;
    for (const e of list) if (e.word === word) entry = e;
    if (!entry) {
      entry = { word, terms: [] };
      list.push(entry);
    }
    entry.terms.push(term);
  };
  for (let order = 0; order < HEALTH_TERMS.length; order++) {
    const source = HEALTH_TERMS[order] as string;
    if (source.endsWith('\\w*')) {
      for (const s of spellings(source.slice(0, -3)) ?? []) file(byStem, hashOf(s, 0, STEM_KEY), { stem: s, term: { order, stem: true } });
      continue;
    }
    const all = spellings(source);
    if (!all) {
      // Not a literal: the pattern itself, tried at its leading word (each such term starts with one).
      const lead = firstWord(source);
      if (lead === '' || source[lead.length] !== ' ') throw new Error(`health-words: cannot file ${source}`);
      addWord(lead, { order, source: `(?:${source})\\b` });
      continue;
    }
    if (all.length === 1) {
      addWord(firstWord(all[0] as string), { order, spellings: all });
      continue;
    }
    // Spellings filed under their first words, each word keeping the spellings' order.
    const byFirst = new Map<string, string[]>();
    for (const sp of all) file(byFirst, firstWord(sp), sp);
    for (const [word, list] of byFirst) addWord(word, { order, spellings: list });
  }
  built = { byWord: new HashTable(byWord), byStem: new HashTable(byStem) };
  return built;
}

/** Whether offset `at` of `s` ends a word: the `\b` after a term that ends in a word character. */
function endsWord(s: string, at: number): boolean {
  return at >= s.length || !isWordCode(s.charCodeAt(at));
}

/**
 * End of the health term that the alternation would match at the word s[from, to) (hash h, hash of its
 * first STEM_KEY characters h4), or -1.
 */
export function termAt(s: string, from: number, to: number, h: number, h4: number): number {
  const { byWord, byStem } = built ?? index();
  let terms: Term[] | undefined;
  const words = byWord.get(h);
  if (words) {
    for (const entry of words) if (entry.word.length === to - from && s.startsWith(entry.word, from)) terms = entry.terms;
  }
  let stem: Term | undefined;
  const stems = to - from >= STEM_KEY ? byStem.get(h4) : undefined;
  if (stems) {
    for (const entry of stems) {
      if (to - from >= entry.stem.length && s.startsWith(entry.stem, from) && (!stem || entry.term.order < stem.order)) stem = entry.term;
    }
  }
  if (terms) {
    for (const term of terms) {
      if (stem && stem.order < term.order) return to;
      const end = termEnd(term, s, from);
      if (end >= 0) return end;
    }
  }
  return stem ? to : -1;
}

/** End of `term` matched at `from`, or -1. */
function termEnd(term: Term, s: string, from: number): number {
  if (term.spellings) {
    for (const sp of term.spellings) if (s.startsWith(sp, from) && endsWord(s, from + sp.length)) return from + sp.length;
  } else if (term.source !== undefined) {
    term.sticky ??= new RegExp(term.source, 'y');
    term.sticky.lastIndex = from;
    if (term.sticky.test(s)) return term.sticky.lastIndex;
  }
  return -1;
}

/** Suffixes of CLINICAL_SHAPE by their last character code (all a-z), indexed by that code. */
let suffixesByLast: (string[] | undefined)[] | undefined;

/** Whether the word s[from, to) is a clinical word shape: 3 to 30 letters a-z, then a clinical ending. */
export function clinicalWord(s: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 6) return false;
  if (!suffixesByLast) {
    const byLast: (string[] | undefined)[] = new Array<string[] | undefined>(128).fill(undefined);
    for (const suffix of CLINICAL_SUFFIXES) {
      const last = suffix.charCodeAt(suffix.length - 1);
      if (last >= 128) throw new Error(`health-words: suffix not ASCII: ${suffix}`);
      (byLast[last] ??= []).push(suffix);
    }
    suffixesByLast = byLast;
  }
  const last = s.charCodeAt(to - 1);
  const candidates = last < 128 ? suffixesByLast[last] : undefined;
  if (!candidates) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  for (const suffix of candidates) {
    const head = length - suffix.length;
    if (head >= 3 && head <= 30 && s.endsWith(suffix, to)) return true;
  }
  return false;
}

/**
 * Calls `visit` with each match of HEALTH_TERM in `s`, from the left, as the global pattern finds them,
 * until it returns false.
 */
export function eachHealthTerm(s: string, visit: (start: number, end: number) => boolean): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const first = s.charCodeAt(i);
    if (!isWordCode(first)) { i++; continue; }
    const e = hashWord(s, i);
    const end = first >= 97 && first <= 122 ? termAt(s, i, e, wordHash, stemHash) : -1;
    if (end >= 0) {
      if (!visit(i, end)) return;
      i = end;
    } else i = e;
  }
}

/**
 * Calls `visit` with each match of CLINICAL_SHAPE in `s`, from the left, until it returns false.
 */
export function eachClinicalWord(s: string, visit: (start: number, end: number) => boolean): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(s.charCodeAt(i))) { i++; continue; }
    let e = i + 1;
    while (e < n && isWordCode(s.charCodeAt(e))) e++;
    if (clinicalWord(s, i, e) && !visit(i, e)) return;
    i = e;
  }
}

/** End of the health term starting at `at` (a word start), or -1: HEALTH_TERM tried there alone. */
export function healthTermAt(s: string, at: number): number {
  const e = hashWord(s, at);
  return e > at ? termAt(s, at, e, wordHash, stemHash) : -1;
}

/**
 * What hashWord() read last: the hash of the whole word, of its first STEM_KEY characters (for
 * termAt), and whether it holds an ASCII capital.
 */
export let wordHash = 0;
export let stemHash = 0;
export let wordHasCapital = false;

/** End of the word starting at `at`, leaving its hashes and capital in wordHash, stemHash and wordHasCapital. */
export function hashWord(s: string, at: number): number {
  const n = s.length;
  let h = 0;
  let h4 = 0;
  let capital = false;
  let e = at;
  for (; e < n; e++) {
    const c = s.charCodeAt(e);
    if (!isWordCode(c)) break;
    if (c <= 90 && c >= 65) capital = true;
    if (e - at === STEM_KEY) h4 = h;
    h = step(h, c);
  }
  if (e - at === STEM_KEY) h4 = h;
  wordHash = h;
  stemHash = h4;
  wordHasCapital = capital;
  return e;
}

let found = false;
const foundOne = () => { found = true; return false; };

/** HEALTH_TERM.test(s). */
export function hasHealthTerm(s: string): boolean {
  found = false;
  eachHealthTerm(s, foundOne);
  return found;
}

/** CLINICAL_SHAPE.test(s). */
export function hasClinicalWord(s: string): boolean {
  found = false;
  eachClinicalWord(s, foundOne);
  return found;
}

/** Whether `s` names health: a health term or a clinical word shape. */
export function namesHealth(s: string): boolean {
  return hasHealthTerm(s) || hasClinicalWord(s);
}

