import type { RuleContext } from '../../../context.js';
import type { Finding } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { type Hit, MAX_ATTEMPTS, MAX_HITS } from './hits.js';
import { phiFindings } from './phi-findings.js';
import { isValidSsn } from './validators.js';
import { foldsOddly, wordGroup, wordHits } from './word-pass.js';

/** 123-45-6789 or 123 45 6789 stands on its own once validated. */
const SEPARATED = /(?<![\w\-/.])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-]|\.\d)/g;
const SSN_KEYWORD = /\b(?:SSN|SS#|SS\s?No\b\.?|social\s+security(?:\s+(?:number|no\b\.?|#|card))?|social)(?![\w])/gi;
/** The words every SSN_KEYWORD match starts with ("SS No" starts with "ss", "SSNo" is one word). */
const SSN_WORDS = wordGroup(() => ['ssn', 'ss', 'ssno', 'social']);
/** After the keyword: nine digits in any grouping, or "last four … 1234". */
const AFTER_KEYWORD = /(?:\s{0,3}(?:#|:|,|=|\(|is\b|was\b|as\b|of\b|number\b|no\b\.?|reads\b|ends?\s+(?:in|with)\b|ending\s+(?:in|with)\b))*\s{0,3}(\d{3}[- ]?\d{2}[- ]?\d{4}|\d{4})(?![\w-])/iy;
const CODE_BEFORE = /\b(?:NDC|lot|batch|catalog|cat|part|model|serial|SN|ref|order|tracking|invoice|ISBN|CPT|ICD)\s*[#:]?\s*$/i;
const PARTIAL_CUE = /\b(?:last\s+(?:4|four)|ending|ends)\b/i;

/** Whether the draft holds a word an SSN keyword starts with; most drafts do not, and skip that scan. */
function mayHoldKeyword(text: string, lower: string): boolean {
  if (foldsOddly(text)) return true;
  const words = wordHits(lower);
  for (let k = 0; k < words.mask.length; k++) if (((words.mask[k] as number) & SSN_WORDS) !== 0) return true;
  return false;
}

export function findSsns(text: string, lower = text.toLowerCase()): Hit[] {
  const out: Hit[] = [];
  const byStart = new Map<number, Hit>();
  // exec loops on the module's regexes: matchAll would clone each regex on every call.
  SEPARATED.lastIndex = 0;
  for (let m = SEPARATED.exec(text); m !== null; m = SEPARATED.exec(text)) {
    if (out.length >= MAX_HITS) break;
    if (!isValidSsn(`${m[1]}${m[3]}${m[4]}`)) continue;
    if (CODE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const hit = { start: m.index, end: m.index + m[0].length };
    out.push(hit);
    byStart.set(hit.start, hit);
  }
  SEPARATED.lastIndex = 0;
  let attempts = 0;
  SSN_KEYWORD.lastIndex = 0;
  const keyed = mayHoldKeyword(text, lower);
  for (let k = keyed ? SSN_KEYWORD.exec(text) : null; k !== null; k = SSN_KEYWORD.exec(text)) {
    if (out.length >= 2 * MAX_HITS || ++attempts > MAX_ATTEMPTS) break;
    const kwEnd = k.index + k[0].length;
    AFTER_KEYWORD.lastIndex = kwEnd;
    const v = AFTER_KEYWORD.exec(text);
    if (!v) continue;
    const value = v[1] as string;
    const end = kwEnd + v[0].length;
    const start = end - value.length;
    const digits = value.replace(/\D/g, '');
    if (digits.length === 4) {
      const around = text.slice(Math.max(0, k.index - 24), end);
      if (!PARTIAL_CUE.test(around) || digits === '0000') continue;
    } else if (!isValidSsn(digits)) continue;
    // "social" alone is only a keyword when a full number follows it.
    if (/^social$/i.test(k[0]) && digits.length !== 9) continue;
    const same = byStart.get(start);
    if (same) same.unitStart = k.index;
    else {
      const hit = { start, end, unitStart: k.index };
      out.push(hit);
      byStart.set(start, hit);
    }
  }
  SSN_KEYWORD.lastIndex = 0;
  return out;
}

export const ssnRule: Rule = {
  id: 'phi.ssn',
  phase: 'phi',
  run(ctx: RuleContext): Finding[] {
    return phiFindings(ctx, findSsns(ctx.folded.text, ctx.folded.lower), {
      ruleId: 'phi.ssn',
      phiType: 'SSN',
      message: 'This looks like a Social Security number; it must never appear in a post.',
      neutral: 'an ID number',
    });
  },
};
