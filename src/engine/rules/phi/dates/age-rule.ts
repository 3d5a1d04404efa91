import { finding, replaceFix, type RuleContext } from '../../../context.js';
import type { Finding, Fix, Severity } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { after, before } from './clause.js';
import {
  AGE_AFTER_PERSON, AGE_AFTER_WORD, AGE_APPOSITIVE, AGE_PAREN, AGE_BIRTHDAY, AGE_DECADE, AGE_NOUN, AGE_SOMETHING, AGE_SEX, AGE_YEAR_OLD, BIRTH_YEAR,
  AGE_PREFILTER, MAX_AGE, TEMPERATURE_BEFORE, ageValue,
} from './age-patterns.js';
import { MAX_CANDIDATES, limit } from './limit.js';
import { isWordCode } from '../../../text/spans.js';

/**
 * phi.age: an age over 89, in digits or words, or a birth year that implies one. Safe Harbor lets a post
 * say "90 or older" and nothing finer, so every fix generalises to "90+" / "over 90".
 */

/** Things that have an age in years but are not people ("a 100-year-old farmhouse"). */
const NOT_A_PERSON_AFTER = /^[\s-]{1,2}(?:building|house|home|farmhouse|barn|hospital|church|tree|oak|tradition|company|firm|law|rule|practice|institution|bridge|farm|recipe|photo|book|letter|drug|vaccine|debate|question|mystery|problem|myth|technique|method|treatment|therapy|test)\b/;
/** "94M users": millions, not a 94-year-old man. */
const MILLIONS_AFTER = /^\s{1,2}(?:people|users|followers|views|downloads|americans|adults|patients|children|kids|visits|dollars|deaths|cases|doses|records|subscribers|members|residents|years|prescriptions|claims|in\b|of\b|for\b)/;

/** No real post holds a thousand ages; past that the draft is hostile and already blocked. */
const MAX_FINDINGS = 1000;

interface AgeHit {
  start: number;
  end: number;
  /** The part the fix replaces, and what with. */
  fixStart: number;
  fixEnd: number;
  replacement: string;
  severity: Severity;
}

function groupSpan(m: RegExpMatchArray, group = 1): [number, number] {
  const g = m[group] as string;
  const offset = (m.index as number) + m[0].indexOf(g);
  return [offset, offset + g.length];
}

function collect(ctx: RuleContext): AgeHit[] {
  const { text, lower } = ctx.folded;
  const hits: AgeHit[] = [];
  if (ctx.folded.text.length < NEAR_ONLY_BELOW) {
    const values = valuesIn(lower);
    // AGE_PREFILTER passes exactly when one of these is not 120 (it leaves 120 out).
    if (values.some((v) => !lower.startsWith('120', v))) collectNumbers(ctx, hits, values);
  } else if (AGE_PREFILTER.test(lower)) {
    collectNumbers(ctx, hits, null);
  }
  if (lower.includes('narian')) {
    for (const m of limit(lower.matchAll(AGE_NOUN))) {
      const start = m.index as number;
      const plural = /s$/i.test(m[0]);
      hits.push({ start, end: start + m[0].length, fixStart: start, fixEnd: start + m[0].length, replacement: plural ? 'older adults' : 'older adult', severity: 'warn' });
    }
  }
  if (lower.includes('born')) {
    const now = new Date().getUTCFullYear();
    for (const m of limit(lower.matchAll(BIRTH_YEAR))) {
      const year = Number(m[1]);
      if (now - year <= 89 || now - year > MAX_AGE) continue;
      const [s, e] = groupSpan(m);
      const inWord = /in\s{1,3}$/i.exec(text.slice(Math.max(0, s - 6), s));
      const fixStart = inWord ? s - inWord[0].length : s;
      hits.push({ start: s, end: e, fixStart, fixEnd: e, replacement: 'over 90 years ago', severity: 'block' });
    }
  }
  return hits;
}

/**
 * Where an age over 89 can be: a 2-3 digit number from 90 to 120, or "ninet…" / "hundred". Every
 * number pattern's hit holds one of these in its number, so on a short draft the patterns are tried only
 * at the word starts a little before one (see nearValues).
 */
const VALUE_TOKEN = /(?<!\d)(?:9\d|1[01]\d|120)(?!\d)|ninet|hundred/g;

/**
 * Below this length no pattern can reach MAX_CANDIDATES matches (none is shorter than 3 characters),
 * so examining only the matches near a value finds the same hits as examining the first
 * MAX_CANDIDATES of a whole-draft scan. Longer drafts take the whole-draft scan.
 */
const NEAR_ONLY_BELOW = MAX_CANDIDATES * 3;

const sticky = new Map<RegExp, RegExp>();
const stickyOf = (re: RegExp): RegExp => {
  let s = sticky.get(re);
  if (!s) sticky.set(re, (s = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return s;
};

/** A table of the ASCII characters a pattern's match can start with (`ranges` of letters or digits). */
function firstChars(...ranges: string[]): Uint8Array {
  const t = new Uint8Array(128);
  for (const r of ranges) {
    const from = r.charCodeAt(0);
    const to = r.charCodeAt(r.length - 1);
    for (let c = from; c <= to; c++) t[c] = 1;
  }
  return t;
}
/** The first characters each number pattern's match can begin with (age-patterns.ts). */
const FIRST = {
  /** A number: digits, "ninety…", "one hundred…", "a hundred…". */
  yearOld: firstChars('0-9', 'n', 'o', 'a'),
  sex: firstChars('0-9'),
  /** aged, age, ages, turned, turns, turning, just turned. */
  afterWord: firstChars('a', 't', 'j'),
  /** she, he, who, patient, pt, grandma, grandpa, mom, dad, gentleman, lady, guy. */
  afterPerson: firstChars('s', 'h', 'w', 'p', 'g', 'm', 'd', 'l'),
  /** A capitalised word, or patient, man, woman, widow, veteran, grandma, resident, dad, father, husband… */
  appositive: firstChars('A-Z', 'p', 'm', 'w', 'g', 'l', 'v', 'r', 'd', 'f', 'h'),
};

/**
 * The matches of `re` that start at most `back` characters before a value, as a whole-draft scan finds
 * them. The number patterns start at a word start, and none of their matches holds the start of another
 * one whose number is the same value within reach (only "just turned 95" holds "turned 95", and `back`
 * covers both), so trying each word start in the windows in order, past the last match, gives the same
 * matches there as the global scan.
 */
function nearValues(
  re: RegExp, source: string, values: readonly number[], back: number, first: Uint8Array,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const st = stickyOf(re);
  let next = 0;
  for (const v of values) {
    const to = Math.min(source.length, v + 1);
    for (let p = Math.max(next, v - back, 0); p < to; p++) {
      const c = source.charCodeAt(p);
      if (c > 127 || first[c] !== 1 || (p > 0 && isWordCode(source.charCodeAt(p - 1)))) continue;
      st.lastIndex = p;
      const m = st.exec(source);
      if (m) p = st.lastIndex - 1;
      if (m) out.push(m);
    }
    next = Math.max(next, to);
  }
  return out;
}

/** Ages written with digits or number words. */
/** Offsets of every VALUE_TOKEN in `lower`. */
function valuesIn(lower: string): number[] {
  const values: number[] = [];
  VALUE_TOKEN.lastIndex = 0;
  for (let m = VALUE_TOKEN.exec(lower); m; m = VALUE_TOKEN.exec(lower)) values.push(m.index);
  VALUE_TOKEN.lastIndex = 0;
  return values;
}

/** At a value (sticky): a bracketed age "(95", the ages AGE_SOMETHING and AGE_DECADE name. */
const PAREN_VALUE = /(?<=\()/y;
const SOMETHING_VALUE = /(?:90|ninety)-?something/y;
const DECADE_VALUE = /90s|90's|nineties|100s/y;
/** "birthday" close enough after a value to follow its number (at most "ninety-seventh   birthday"). */
const BIRTHDAY_AFTER_VALUE = /[^]{0,20}birthday/y;

/** "(" right before a digit, which AGE_PAREN needs. */
function parenDigit(text: string): boolean {
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Ages written with digits or number words. With `values` (a short draft) the number patterns are
 * tried only near them; without, over the whole draft.
 */
function collectNumbers(ctx: RuleContext, hits: AgeHit[], values: readonly number[] | null): void {
  const { text, lower } = ctx.folded;
  const over = (s: string) => {
    const v = ageValue(s);
    return v >= 90 && v <= MAX_AGE;
  };
  const matches: (re: RegExp, source: string, back: number, first: Uint8Array) => Iterable<RegExpMatchArray> = values
    ? (re, source, back, first) => nearValues(re, source, values, back, first)
    : (re, source) => limit(source.matchAll(re));

  for (const m of matches(AGE_YEAR_OLD, lower, 8, FIRST.yearOld)) {
    if (!over(m[1] as string)) continue;
    const end = (m.index as number) + m[0].length;
    if (NOT_A_PERSON_AFTER.test(after(lower, end, 24))) continue;
    const [s, e] = groupSpan(m);
    hits.push({ start: m.index as number, end, fixStart: s, fixEnd: e, replacement: '90+', severity: 'block' });
  }
  for (const m of matches(AGE_SEX, text, 8, FIRST.sex)) {
    if (!over(m[1] as string)) continue;
    const start = m.index as number;
    const end = start + m[0].length;
    if (m[2] === 'F' && TEMPERATURE_BEFORE.test(before(lower, start, 32))) continue;
    if (m[2] === 'M' && MILLIONS_AFTER.test(after(lower, end, 24))) continue;
    const [s, e] = groupSpan(m);
    hits.push({ start, end, fixStart: s, fixEnd: e, replacement: '90+', severity: 'block' });
  }
  // How far before its value each pattern's match can start (the value lies up to 4 characters into the
  // number, "one hundred"): "just turned: of 95" is 23, "gentleman in room 1234 was already 95" is 51,
  // "Abcdefghijklmnopqrstu, 95" is 27; a little is added to each.
  const rest = [
    [AGE_AFTER_WORD, lower, 32, FIRST.afterWord], [AGE_AFTER_PERSON, lower, 60, FIRST.afterPerson],
    [AGE_APPOSITIVE, text, 32, FIRST.appositive],
  ] as const;
  for (const [re, source, back, first] of rest) {
    for (const m of matches(re, source, back, first)) {
      if (!over(m[1] as string)) continue;
      const [s, e] = groupSpan(m);
      hits.push({ start: s, end: e, fixStart: s, fixEnd: e, replacement: 'over 90', severity: 'block' });
    }
  }
  // The rarer forms need a word or mark no other text has: without it their pattern cannot match (or,
  // near the values, has no hit). Each of their numbers is a whole value, so it is read at a value.
  const near = (re: RegExp) => values === null || values.some((v) => {
    re.lastIndex = v;
    return re.test(lower);
  });
  if (values ? near(PAREN_VALUE) : parenDigit(text)) {
    for (const m of limit(text.matchAll(AGE_PAREN))) {
      if (!over(m[1] as string)) continue;
      const [s, e] = groupSpan(m);
      hits.push({ start: s, end: e, fixStart: s, fixEnd: e, replacement: 'over 90', severity: 'block' });
    }
  }
  if (values ? near(BIRTHDAY_AFTER_VALUE) : lower.includes('birthday')) {
    for (const m of limit(lower.matchAll(AGE_BIRTHDAY))) {
      if (!over(m[1] as string)) continue;
      const [s, e] = groupSpan(m);
      const end = (m.index as number) + m[0].length;
      // "Happy 102nd birthday" becomes "Happy birthday": the ordinal is the identifier.
      hits.push({ start: s, end: e, fixStart: s, fixEnd: end, replacement: 'birthday', severity: 'block' });
    }
  }
  if (values ? near(SOMETHING_VALUE) : lower.includes('something')) {
    for (const m of limit(lower.matchAll(AGE_SOMETHING))) {
      const start = m.index as number;
      const end = start + m[0].length;
      hits.push({ start, end, fixStart: start, fixEnd: end, replacement: '90+', severity: 'warn' });
    }
  }
  const decade = values
    ? near(DECADE_VALUE)
    : lower.includes('90s') || lower.includes("90's") || lower.includes('nineties') || lower.includes('100s');
  if (decade) {
    for (const m of limit(lower.matchAll(AGE_DECADE))) {
      const start = m.index as number;
      hits.push({ start, end: start + m[0].length, fixStart: start, fixEnd: start + m[0].length, replacement: 'over 90', severity: 'warn' });
    }
  }
}

function ageFix(ctx: RuleContext, h: AgeHit): Fix {
  return replaceFix(ctx, h.fixStart, h.fixEnd, h.replacement);
}

function run(ctx: RuleContext): Finding[] {
  const hits = collect(ctx).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  let lastEnd = -1;
  for (const h of hits) {
    if (out.length >= MAX_FINDINGS) break;
    if (h.start < lastEnd) continue; // the same age matched by two forms
    lastEnd = h.end;
    out.push(finding(ctx, {
      ruleId: 'phi.age',
      category: 'phi',
      severity: h.severity,
      phiType: 'AGE',
      start: h.start,
      end: h.end,
      message: 'An age over 89 can identify a patient; Safe Harbor allows only "90 or older".',
      fixes: [ageFix(ctx, h)],
    }));
  }
  return out;
}

export const phiAgeRule: Rule = { id: 'phi.age', phase: 'phi', run };
