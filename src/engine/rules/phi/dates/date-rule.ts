import { finding, originalSpan, removeFix, replaceFix, type RuleContext } from '../../../context.js';
import type { Finding, Fix } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { after, before } from './clause.js';
import { aboutPatient, authorFamilyOnly, clauseCues, eventJustBefore } from './cues.js';
import {
  BIRTH_BEFORE, DATE_PREPOSITION_BEFORE, DAY_AFTER_MONTH, DAY_BEFORE_MONTH, DIRECT_EVENT_BEFORE,
  NOT_DATE_AFTER, NOT_DATE_BEFORE, PART_OF_MONTH_BEFORE, WEEKDAY_BEFORE, YEAR_AFTER, monthNumber, monthWritten,
  validDay,
} from './date-patterns.js';
import { dateMatches } from './date-scan.js';

/**
 * phi.date: a month, day or holiday tied to a patient's event (birth, admission, visit, surgery, death).
 * How sure a form is decides how much context it needs: a date right after an event word ("admitted
 * 3/14", "DOB 05/12/1931") always counts; a full date counts in any sentence about a patient; a bare
 * "3/14", "the 3rd" or a holiday also needs "on"/"since" in front or an event of care just before it,
 * because fractions, scores and greetings look the same; a month alone counts only after an event word
 * ("admitted in early February").
 */

/** How much a form looks like a date on its own: 'weak' and 'month' count only right after an event word. */
type Strength = 'full' | 'bare' | 'month' | 'weak';

interface Candidate {
  start: number;
  end: number;
  year?: number;
  strength: Strength;
}

/** The current UTC year, kept with the span of time it holds so most calls only read the clock. */
let year = { value: 0, from: 0, to: -1 };

function currentYear(): number {
  const now = Date.now();
  if (now < year.from || now >= year.to) {
    const value = new Date(now).getUTCFullYear();
    year = { value, from: Date.UTC(value, 0, 1), to: Date.UTC(value + 1, 0, 1) };
  }
  return year.value;
}


function yearOf(y: string | undefined, now: number): number | undefined {
  if (!y) return undefined;
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n <= now % 100 ? 2000 + n : 1900 + n;
}

/** Start of the candidate, moved back over a weekday written in front of it. */
function withWeekday(lower: string, start: number): number {
  const m = WEEKDAY_BEFORE.exec(before(lower, start, 16));
  return m ? start - m[0].length : start;
}

function collect(ctx: RuleContext, year: () => number): Candidate[] {
  const { text, lower } = ctx.folded;
  const out: Candidate[] = [];
  const found = dateMatches(text, lower);

  const now = found.mdy.length > 0 || found.ymd.length > 0 ? year() : 0;
  for (const m of found.mdy) {
    const [, mo, sep, d, y] = m;
    // 14/3/2026 is day-first: a first number over 12 cannot be a month.
    if (!validDay(Number(mo), Number(d)) && !(Number(mo) > 12 && validDay(Number(d), Number(mo)))) continue;
    if (sep === '.' && !y) continue; // "1.5 mg"
    const year = yearOf(y, now);
    if (year !== undefined && (year < 1890 || year > now + 5)) continue;
    const start = m.index as number;
    const weekday = withWeekday(lower, start);
    // "1-2 times" is a range: a hyphenated m-d without a year counts only right after an event word.
    const strength: Strength = y || weekday < start ? 'full' : sep === '-' ? 'weak' : 'bare';
    out.push({ start: weekday, end: start + m[0].length, year, strength });
  }
  for (const m of found.ymd) {
    const year = Number(m[1]);
    if (year < 1890 || year > now + 5 || !validDay(Number(m[3]), Number(m[4]))) continue;
    out.push({ start: m.index as number, end: (m.index as number) + m[0].length, year, strength: 'full' });
  }
  for (const m of found.month) {
    const word = text.slice(m.index as number, (m.index as number) + (m[1] as string).length);
    if (!monthWritten(word)) continue;
    const month = monthNumber(word);
    const tokenStart = m.index as number;
    const tokenEnd = tokenStart + m[0].length;
    const tail = text.slice(tokenEnd, tokenEnd + 16);
    const dayAfter = DAY_AFTER_MONTH.exec(tail);
    if (dayAfter && validDay(month, Number(dayAfter[1]))) {
      const year = dayAfter[2] ? Number(dayAfter[2]) : undefined;
      out.push({ start: withWeekday(lower, tokenStart), end: tokenEnd + dayAfter[0].length, year, strength: 'full' });
      continue;
    }
    const lead = text.slice(Math.max(0, tokenStart - 20), tokenStart);
    const yearAfter = YEAR_AFTER.exec(tail);
    const year = yearAfter ? Number(yearAfter[1]) : undefined;
    const end = tokenEnd + (yearAfter ? yearAfter[0].length : 0);
    const dayBefore = DAY_BEFORE_MONTH.exec(lead);
    if (dayBefore && validDay(month, Number(dayBefore[1]))) {
      const start = tokenStart - dayBefore[0].length;
      out.push({ start: withWeekday(lower, start), end, year, strength: 'full' });
      continue;
    }
    // A bare abbreviation ("Mar", "Jan") is as likely a word or a name as a month.
    if (!year && word.length <= 3 && !/^(?:may|jun|jul)$/i.test(word)) continue;
    const part = PART_OF_MONTH_BEFORE.exec(before(lower, tokenStart, 24));
    out.push({ start: tokenStart - (part ? part[0].length : 0), end, year, strength: year ? 'full' : 'month' });
  }
  for (const m of found.ordinal) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const start = m.index as number;
    const end = start + m[0].length;
    // "the 4th time", "the 2nd floor": an ordinal followed by a noun counts something else.
    const next = after(lower, end, 24);
    if (/^\s{1,3}(?!(?:at|when|and|after|before|around|with|we|she|he|i|they|in|on|by|but|so|his|her|the|a|this|that|last|early|late|morning|evening|afternoon|night|of)\b)[a-z]/.test(next)) continue;
    const weekday = withWeekday(lower, start);
    out.push({ start: weekday, end, strength: weekday < start ? 'full' : 'bare' });
  }
  for (const m of found.holiday) {
    if (!/^[A-Z]|^the\s/.test(text.slice(m.index as number, (m.index as number) + 4))) continue; // "easter egg" as a figure of speech, lower-case "passover"
    out.push({ start: m.index as number, end: (m.index as number) + m[0].length, strength: 'bare' });
  }
  return dropContained(out);
}

/** Keeps the widest of overlapping candidates ("Tuesday, March 3, 2026" over "March 3"). */
function dropContained(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of cands) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      if (c.end > last.end) last.end = c.end;
      if (c.year !== undefined) last.year ??= c.year;
      if (c.strength === 'full') last.strength = 'full';
      continue;
    }
    out.push({ ...c });
  }
  return out;
}

function isPatientDate(ctx: RuleContext, c: Candidate): boolean {
  const { lower } = ctx.folded;
  const lead = before(lower, c.start, 48);
  if (c.strength === 'bare' || c.strength === 'weak') {
    // "saw him 3-4 times", "gave 1/2 of": a count or a fraction, whatever comes before it.
    if (NOT_DATE_AFTER.test(after(lower, c.end, 24)) || NOT_DATE_BEFORE.test(lead)) return false;
  }
  // "My son was born on 5/3": the author's family, unless a patient is in the sentence too.
  if (DIRECT_EVENT_BEFORE.test(lead)) return !authorFamilyOnly(ctx.folded, c.start, c.end);
  if (c.strength === 'month' || c.strength === 'weak') return false;
  if (c.strength === 'bare') {
    if (!DATE_PREPOSITION_BEFORE.test(lead) && !eventJustBefore(ctx.folded, c.start, 40)) return false;
  }
  return aboutPatient(clauseCues(ctx.folded, c.start, c.end), false);
}

function dateFix(ctx: RuleContext, c: Candidate, now: number): Fix {
  const { text, lower } = ctx.folded;
  const lead = before(lower, c.start, 48);
  const birth = BIRTH_BEFORE.test(lead);
  // "on March 3" becomes "recently", not "on recently".
  const prep = /(?:came|come|checked|brought|walked|rolled|showed|was|is) in\s{1,2}$/.test(lead)
    ? null
    : /(?:^|\s)(on the (?:night|morning|evening|afternoon|day) of|on|on the|in)\s{1,2}$/.exec(lead);
  const start = prep ? c.start - (prep[0].length - (/^\s/.test(prep[0]) ? 1 : 0)) : c.start;
  // Capitalise the replacement only where it opens a sentence ("On June 21 we…" becomes "Recently we…").
  const capital = /(?:^|[.!?\n])\s*$/.test(text.slice(Math.max(0, start - 4), start));
  const cap = (s: string) => (capital ? s[0]?.toUpperCase() + s.slice(1) : s);
  if (c.year !== undefined) {
    if (birth && now - c.year > 89) return replaceFix(ctx, start, c.end, cap('over 90 years ago'));
    return replaceFix(ctx, start, c.end, /[:#]\s{0,2}$/.test(lead) ? String(c.year) : cap(`in ${c.year}`));
  }
  if (birth) return removeFix(ctx, start, c.end);
  return replaceFix(ctx, start, c.end, cap('recently'));
}

/** No real post holds a thousand dates; past that the draft is hostile and already blocked. */
const MAX_FINDINGS = 1000;

function run(ctx: RuleContext): Finding[] {
  // The clock is read once, and only when a number or a candidate needs the year.
  let now: number | undefined;
  const year = () => (now ??= currentYear());
  const out: Finding[] = [];
  for (const c of collect(ctx, year)) {
    if (out.length >= MAX_FINDINGS) break;
    if (!isPatientDate(ctx, c)) continue;
    const span = originalSpan(ctx, c.start, c.end);
    if (span.end <= span.start) continue;
    out.push(finding(ctx, {
      ruleId: 'phi.date',
      category: 'phi',
      severity: 'block',
      phiType: 'DATE',
      start: c.start,
      end: c.end,
      message: "This date of a patient's care can identify them; Safe Harbor keeps only the year.",
      fixes: [dateFix(ctx, c, year())],
    }));
  }
  return out;
}

export const phiDateRule: Rule = { id: 'phi.date', phase: 'phi', run };
