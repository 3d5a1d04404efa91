import type { RuleContext } from '../../../context.js';
import { RESTRICTED_ZIP3, STATE_NAME_SOURCE, stateOfPostal, stateOfZip } from '../../../data/us-states.js';
import { after, before } from '../dates/clause.js';
import type { GeoHit } from './geo-hit.js';
import { allMatches, fiveDigitStarts, matchesAt } from './place-index.js';

/**
 * 5-digit ZIPs and ZIP+4 (always blocked: Safe Harbor keeps at most the first three digits), and 3-digit
 * prefixes: the restricted ones must become 000, the others still add geography.
 */

const ZIP5 = /(?<![\w$#.,:/+-])(\d{5})(?:-(\d{4}))?(?![\w%]|[.,:/-]\d)/y;
const ZIP3 = /(?:\bzip(?:\s?code)?s?(?:\s(?:prefix|area))?|\bzip3)\s{0,3}(?:[:#]\s{0,2})?(?:(?:starting|beginning|starts|begins)\s(?:with\s)?)?(\d{3})(?:xx|\*\*|--)?(?![\w*])|(?<![\w$#.,-])(\d{3})(?:xx|\*\*)(?![\w*])/g;

/** Identifier labels: a 5-digit number after these is an ID, not a ZIP. */
const ID_BEFORE = /(?:mrn|\bid|#|\bno\.?|number|acct|account|member|policy|npi|license|lic\.?|serial|\bsn|\blot|case|claim|order|\bref|invoice|ticket|room|\brm|\bext\.?|extension|\bpin|\bdea|tracking|confirmation|group|plan|icd|cpt|\$|code(?<!zip code)|step|steps|score|count|\bx|=)\s{0,2}[:#]?\s{0,2}$/;
const STATE_BEFORE = new RegExp(`(?:\\b(?:${STATE_NAME_SOURCE})|\\b([A-Z]{2})),?\\s{1,2}$`);
const ZIP_WORD_BEFORE = /\bzip(?:\s?code)?s?\s{0,2}(?:is|was|of)?\s{0,2}[:#=]?\s{0,2}$/i;
const PREP_BEFORE = /\b(?:in|from|near|to|around|of|out of|outside)\s{1,2}$/;
const FUNCTION_AFTER = /^(?:\s{0,2}(?:[.,;:!?)]|$)|\s{1,2}(?:for|and|or|to|with|where|who|which|that|because|but|so|area|zip|region|neighborhood|last|this|yesterday|today|on|in|at|by)\b)/;
/** A number of things ("10000 steps", "50000 units"). */
const QUANTITY_AFTER = /^\s{0,2}(?:[a-z]{2,}s\b|units?|iu|mg|mcg|ml|k\b|lbs?|kg|ft|feet|miles?|people|patients)/;

export function findZips(ctx: RuleContext): GeoHit[] {
  const { text, lower } = ctx.folded;
  const hits: GeoHit[] = [];
  for (const m of matchesAt(ZIP5, text, fiveDigitStarts(ctx.folded))) {
    const start = m.index as number;
    const end = start + m[0].length;
    const lead = text.slice(Math.max(0, start - 40), start);
    const leadLower = before(lower, start, 40);
    const tail = after(lower, end, 16);
    if (ID_BEFORE.test(leadLower) && !ZIP_WORD_BEFORE.test(lead)) continue;
    const plus4 = m[2] !== undefined;
    const stateBefore = STATE_BEFORE.exec(lead);
    const postalOk = stateBefore && (!stateBefore[1] || stateOfPostal(stateBefore[1]) !== undefined);
    const inParens = text[start - 1] === '(' && text[end] === ')' && /[A-Za-z]\s{0,2}\($/.test(lead);
    const afterPrep = PREP_BEFORE.test(leadLower) && FUNCTION_AFTER.test(tail) && !QUANTITY_AFTER.test(tail);
    if (!(plus4 || postalOk || inParens || afterPrep || ZIP_WORD_BEFORE.test(lead))) continue;
    const state = stateOfZip(m[1] as string);
    if (postalOk) {
      // "Dayton, OH 45410": the state is already there, so the ZIP just goes.
      hits.push({ start, end, kind: 'zip', severity: 'block', replacement: null });
    } else if (inParens) {
      // "Dayton (45410)": drop the bracketed ZIP with the space before it.
      const fixStart = text[start - 2] === ' ' ? start - 2 : start - 1;
      hits.push({ start, end, kind: 'zip', severity: 'block', replacement: null, fixStart, fixEnd: end + 1 });
    } else {
      hits.push({ start, end, kind: 'zip', severity: 'block', replacement: state ?? 'our area' });
    }
  }
  // A 3-digit prefix needs the word "zip" or a masked "123xx" / "123**".
  const zip3 = lower.includes('zip') || lower.includes('xx') || lower.includes('**');
  for (const m of zip3 ? allMatches(ZIP3, lower) : []) {
    const digits = (m[1] ?? m[2]) as string;
    if (digits === '000') continue; // what Safe Harbor turns a small area into
    const start = (m.index as number) + m[0].indexOf(digits);
    const end = (m.index as number) + m[0].length;
    if (RESTRICTED_ZIP3.has(digits)) {
      hits.push({ start, end, kind: 'zip3', severity: 'block', replacement: '000', fixEnd: start + 3 });
    } else {
      hits.push({ start, end, kind: 'zip3', severity: 'info', replacement: stateOfZip(digits) ?? 'our area' });
    }
  }
  return hits;
}
