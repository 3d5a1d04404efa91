import { finding, replaceFix, type RuleContext } from '../../../context.js';
import type { Finding, Fix, Severity } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { after, before } from './clause.js';
import {
  AGE_AFTER_PERSON, AGE_AFTER_WORD, AGE_APPOSITIVE, AGE_PAREN, AGE_BIRTHDAY, AGE_DECADE, AGE_NOUN, AGE_SOMETHING, AGE_SEX, AGE_YEAR_OLD, BIRTH_YEAR,
  AGE_PREFILTER, MAX_AGE, TEMPERATURE_BEFORE, ageValue,
} from './age-patterns.js';
import { limit } from './limit.js';

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
  if (AGE_PREFILTER.test(lower)) collectNumbers(ctx, hits);
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

/** Ages written with digits or number words. */
function collectNumbers(ctx: RuleContext, hits: AgeHit[]): void {
  const { text, lower } = ctx.folded;
  const over = (s: string) => {
    const v = ageValue(s);
    return v >= 90 && v <= MAX_AGE;
  };

  for (const m of limit(lower.matchAll(AGE_YEAR_OLD))) {
    if (!over(m[1] as string)) continue;
    const end = (m.index as number) + m[0].length;
    if (NOT_A_PERSON_AFTER.test(after(lower, end, 24))) continue;
    const [s, e] = groupSpan(m);
    hits.push({ start: m.index as number, end, fixStart: s, fixEnd: e, replacement: '90+', severity: 'block' });
  }
  for (const m of limit(text.matchAll(AGE_SEX))) {
    if (!over(m[1] as string)) continue;
    const start = m.index as number;
    const end = start + m[0].length;
    if (m[2] === 'F' && TEMPERATURE_BEFORE.test(before(lower, start, 32))) continue;
    if (m[2] === 'M' && MILLIONS_AFTER.test(after(lower, end, 24))) continue;
    const [s, e] = groupSpan(m);
    hits.push({ start, end, fixStart: s, fixEnd: e, replacement: '90+', severity: 'block' });
  }
  for (const [re, source] of [[AGE_AFTER_WORD, lower], [AGE_AFTER_PERSON, lower], [AGE_APPOSITIVE, text], [AGE_PAREN, text]] as const) {
    for (const m of limit(source.matchAll(re))) {
      if (!over(m[1] as string)) continue;
      const [s, e] = groupSpan(m);
      hits.push({ start: s, end: e, fixStart: s, fixEnd: e, replacement: 'over 90', severity: 'block' });
    }
  }
  for (const m of limit(lower.matchAll(AGE_BIRTHDAY))) {
    if (!over(m[1] as string)) continue;
    const [s, e] = groupSpan(m);
    const end = (m.index as number) + m[0].length;
    // "Happy 102nd birthday" becomes "Happy birthday": the ordinal is the identifier.
    hits.push({ start: s, end: e, fixStart: s, fixEnd: end, replacement: 'birthday', severity: 'block' });
  }
  for (const m of limit(lower.matchAll(AGE_SOMETHING))) {
    const start = m.index as number;
    const end = start + m[0].length;
    hits.push({ start, end, fixStart: start, fixEnd: end, replacement: '90+', severity: 'warn' });
  }
  for (const m of limit(lower.matchAll(AGE_DECADE))) {
    const start = m.index as number;
    hits.push({ start, end: start + m[0].length, fixStart: start, fixEnd: start + m[0].length, replacement: 'over 90', severity: 'warn' });
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
