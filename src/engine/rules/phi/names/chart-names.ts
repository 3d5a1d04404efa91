import { isFirstName, isSurname } from './dictionary.js';
import { add, full, type Ctx } from './hits.js';
import { isWordCode } from '../../../text/spans.js';

// "KOWALSKI, DOROTHY MRN 7734412", "Garcia, Maria, DOB 3/4/1950": a chart-style name, surname first,
// right before a record field. The field is found first (tried as a sticky pattern where it may
// start); the name is read back from it.
const RECORD_FIELD = /\b(?:MRN|DOB|D\.O\.B|ID|Acct|born|age \d)|#\d|\b\d{1,3} ?(?:y\/?o|[MF])\b/y;
const CAPS_NAME_BEFORE = /\b([A-Z]{2,}(?:[-'][A-Z]+)?), ?([A-Z]{2,})\b[^\n]{0,40}$/;
const CHART_NAME_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}]+(?:[-'][\p{Lu}][\p{Ll}\p{M}]+)?), (\p{Lu}[\p{Ll}\p{M}]+),? $/u;

/** CAPS_NAME_BEFORE needs "Y, ZW" (a capital, a comma, an optional space, two capitals) from `from` on. */
function capsPairIn(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf(',', from); i >= 0 && i < to; i = text.indexOf(',', i + 1)) {
    if (!isCap(text, i - 1)) continue;
    const j = text.charCodeAt(i + 1) === 32 ? i + 2 : i + 1;
    if (isCap(text, j) && isCap(text, j + 1)) return true;
  }
  return false;
}
const isCap = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
};

/** CHART_NAME_BEFORE ends with ", Given,? " right before the field at `pos`. */
function givenBefore(text: string, from: number, pos: number): boolean {
  if (text.charCodeAt(pos - 1) !== 32) return false;
  let j = pos - 2;
  if (text.charCodeAt(j) === 44) j--;
  const wordEnd = j;
  while (j >= from && text.charCodeAt(j) !== 32) j--;
  return j < wordEnd && j > from && text.charCodeAt(j - 1) === 44;
}

/**
 * A comma that can sit inside CAPS_NAME_BEFORE (", ?" then a capital) or CHART_NAME_BEFORE (", " then
 * a capital, maybe not ASCII). A field yields a name only with such a comma in the 70 characters before it.
 */
function nameComma(text: string, c: number): boolean {
  const d = text.charCodeAt(c + 1);
  if (d !== 32) return d >= 65 && d <= 90;
  const e = text.charCodeAt(c + 2);
  return (e >= 65 && e <= 90) || e > 127;
}

function nextNameComma(text: string, from: number): number {
  let c = text.indexOf(',', from);
  while (c >= 0 && !nameComma(text, c)) c = text.indexOf(',', c + 1);
  return c;
}

/** A character RECORD_FIELD can start with: M D I A b a # or a digit. */
function fieldLead(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 77 || c === 68 || c === 73 || c === 65 || c === 98 || c === 97 || c === 35;
}

/**
 * Start offsets of RECORD_FIELD's matches (those a global scan would find) that lie within 70 characters
 * after a name comma: only there can a chart name precede a field. No field match holds a comma, so
 * a match outside these windows never reaches into one, and the windows see the same matches.
 */
function fieldsAfterNameCommas(text: string, visit: (at: number) => boolean): void {
  let lastEnd = 0;
  // Windows overlap when name commas are close; what one window read is not read again.
  let scanned = 0;
  for (let c = nextNameComma(text, 0); c >= 0; c = nextNameComma(text, c + 1)) {
    const stop = Math.min(text.length, c + 71);
    for (let p = Math.max(c + 1, lastEnd, scanned); p < stop; p++) {
      const code = text.charCodeAt(p);
      if (!fieldLead(code) || (code !== 35 && p > 0 && isWordCode(text.charCodeAt(p - 1)))) continue;
      RECORD_FIELD.lastIndex = p;
      if (!RECORD_FIELD.test(text)) continue;
      lastEnd = RECORD_FIELD.lastIndex;
      if (!visit(p)) return;
      p = lastEnd - 1;
    }
    scanned = stop;
  }
}

export function chartNames(ctx: Ctx): void {
  // Every chart name is "Surname, Given" or "SURNAME, GIVEN": no comma, no chart name.
  if (!ctx.text.includes(',') || full(ctx)) return;
  fieldsAfterNameCommas(ctx.text, (at) => {
    chartNameBefore(ctx, at);
    return !full(ctx);
  });
}

/** The chart name right before the record field at `at`, if any. */
function chartNameBefore(ctx: Ctx, at: number): void {
  const from = Math.max(0, at - 70);
  const comma = ctx.text.indexOf(',', from);
  if (comma < 0 || comma >= at) return;
  const lead = ctx.text.slice(from, at);
  const caps = capsPairIn(ctx.text, comma, at) ? CAPS_NAME_BEFORE.exec(lead) : null;
  const chart = caps || !givenBefore(ctx.text, from, at) ? null : CHART_NAME_BEFORE.exec(lead);
  const m = caps ?? chart;
  if (!m) return;
  // Mixed case must sit right before the field; capitals (a wristband) may have a little between.
  const surname = m[1] as string;
  const given = m[2] as string;
  if (!isFirstName(given) || !isSurname(surname)) return;
  const start = from + m.index;
  const end = start + surname.length + (lead.slice(m.index + surname.length).indexOf(given)) + given.length;
  add(ctx, { start, end, parts: [surname, given], role: 'patient', cutStart: start, cutEnd: end, style: 'replace' });
}
