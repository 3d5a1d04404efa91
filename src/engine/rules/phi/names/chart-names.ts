import { isFirstName, isSurname } from './dictionary.js';
import { add, full, type Ctx } from './hits.js';

// "KOWALSKI, DOROTHY MRN 7734412", "Garcia, Maria, DOB 3/4/1950": a chart-style name, surname first,
// right before a record field. The field is found first; the name is read back from it.
const RECORD_FIELD = /\b(?:MRN|DOB|D\.O\.B|ID|Acct|born|age \d)|#\d|\b\d{1,3} ?(?:y\/?o|[MF])\b/g;
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

export function chartNames(ctx: Ctx): void {
  // Every chart name is "Surname, Given" or "SURNAME, GIVEN": no comma, no chart name.
  if (!ctx.text.includes(',')) return;
  RECORD_FIELD.lastIndex = 0;
  for (let f = RECORD_FIELD.exec(ctx.text); f && !full(ctx); f = RECORD_FIELD.exec(ctx.text)) {
    const from = Math.max(0, f.index - 70);
    const comma = ctx.text.indexOf(',', from);
    if (comma < 0 || comma >= f.index) continue;
    const lead = ctx.text.slice(from, f.index);
    const caps = capsPairIn(ctx.text, comma, f.index) ? CAPS_NAME_BEFORE.exec(lead) : null;
    const chart = caps || !givenBefore(ctx.text, from, f.index) ? null : CHART_NAME_BEFORE.exec(lead);
    const m = caps ?? chart;
    if (!m) continue;
    // Mixed case must sit right before the field; capitals (a wristband) may have a little between.
    const surname = m[1] as string;
    const given = m[2] as string;
    if (!isFirstName(given) || !isSurname(surname)) continue;
    const start = from + m.index;
    const end = start + surname.length + (lead.slice(m.index + surname.length).indexOf(given)) + given.length;
    add(ctx, { start, end, parts: [surname, given], role: 'patient', cutStart: start, cutEnd: end, style: 'replace' });
  }
}
