import { isFirstName, isSurname } from './dictionary.js';
import { add, full, type Ctx } from './hits.js';

// "KOWALSKI, DOROTHY MRN 7734412", "Garcia, Maria, DOB 3/4/1950": a chart-style name, surname first,
// right before a record field. The field is found first; the name is read back from it.
const RECORD_FIELD = /\b(?:MRN|DOB|D\.O\.B|ID|Acct|born|age \d)|#\d|\b\d{1,3} ?(?:y\/?o|[MF])\b/g;
const CAPS_NAME_BEFORE = /\b([A-Z]{2,}(?:[-'][A-Z]+)?), ?([A-Z]{2,})\b[^\n]{0,40}$/;
const CHART_NAME_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}]+(?:[-'][\p{Lu}][\p{Ll}\p{M}]+)?), (\p{Lu}[\p{Ll}\p{M}]+),? $/u;

export function chartNames(ctx: Ctx): void {
  RECORD_FIELD.lastIndex = 0;
  for (let f = RECORD_FIELD.exec(ctx.text); f && !full(ctx); f = RECORD_FIELD.exec(ctx.text)) {
    const from = Math.max(0, f.index - 70);
    const lead = ctx.text.slice(from, f.index);
    if (!lead.includes(',')) continue;
    const caps = CAPS_NAME_BEFORE.exec(lead);
    const chart = caps ? null : CHART_NAME_BEFORE.exec(lead);
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
