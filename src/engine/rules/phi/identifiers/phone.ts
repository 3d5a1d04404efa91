import type { RuleContext } from '../../../context.js';
import type { Finding } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { CueIndex, TOLL_FREE_AREAS } from './cues.js';
import { digitsOf, type Hit, MAX_ATTEMPTS, MAX_HITS } from './hits.js';
import { phiFindings } from './phi-findings.js';
import { previousSentenceStart, sentenceAround } from './sentences.js';

/**
 * North American numbers: (404) 555-0188, 404-555-0188, 404.555.0188, +1 404 555 0188, 1-404-555-0188,
 * with an optional extension. `consider` rejects a match glued to a longer code (account, NDC, dates);
 * checking that one character in code rather than in a lookbehind keeps the scan fast.
 */
const NANP = /(?:\+?1[-. ]?)?(?:\((\d{3})\)[ -]?|(\d{3})[-. ])(\d{3})[-. ](\d{4})(?![\w-]|\.\d)(?:[ ]{0,2}(?:x|ext\.?|extension)[ ]{0,2}\d{1,6}(?!\d))?/gi;
/** Seven digits or ten unbroken digits only count after a phone word. */
const SHORT_OR_RUN = /(?:(\d{3})-(\d{4})|([2-9]\d{2})([2-9]\d{2})(\d{4}))(?![\w-]|\.\d)/g;
const PHONE_WORD_BEFORE = /\b(?:call(?:ed|ing)?|phone|cell|mobile|number|reach|text(?:ed)?|tel|landline|fax(?:ed)?)\b[^.\n]{0,16}$/i;
const FAX_WORD = /\bfax(?:es|ed|ing)?\b|\bfacsimile\b|\u{1F4E0}/iu;
/** Numbers that are codes, not lines: NDC, lot, NPI and the like just before the number. */
const CODE_BEFORE = /\b(?:NDC|lot|batch|NPI|DEA|CPT|ICD(?:-10)?|ISBN|PMID|NCT|model|part|ref|order|tracking|serial|SN|S\/N|account|acct|claim|invoice|MRN|member|policy|ID)\s*[#:]?\s*$/i;

function practiceDigits(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const d of ctx.settings.practiceDetails) {
    const digits = digitsOf(d);
    if (digits.length >= 7) out.add(digits.length === 11 && digits[0] === '1' ? digits.slice(1) : digits);
  }
  return out;
}

interface PhoneHit extends Hit {
  fax: boolean;
}

function phoneHits(ctx: RuleContext): PhoneHit[] {
  const text = ctx.folded.text;
  const own = practiceDigits(ctx);
  const cues = new CueIndex(text);
  const out: PhoneHit[] = [];
  let attempts = 0;
  const consider = (start: number, end: number, area: string | undefined, exchange: string, line: string): void => {
    if (/[\w+(.\-/)]/.test(text[start - 1] ?? '')) return;
    if (area !== undefined && (area[0] === '0' || area[0] === '1' || TOLL_FREE_AREAS.has(area))) return;
    if (exchange[0] === '0' || exchange[0] === '1') return;
    if (CODE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return;
    const core = `${area ?? ''}${exchange}${line}`;
    if (own.has(core) || [...own].some((d) => d.endsWith(core) || core.endsWith(d))) return;
    const sentence = sentenceAround(text, start, end);
    const lead = previousSentenceStart(text, sentence.start);
    if (!cues.belongsToPerson(sentence.start, sentence.end, start, end, lead)) return;
    out.push({ start, end, fax: FAX_WORD.test(text.slice(sentence.start, sentence.end)) });
  };

  for (const m of text.matchAll(NANP)) {
    if (out.length >= MAX_HITS || ++attempts > MAX_ATTEMPTS) break;
    consider(m.index, m.index + m[0].length, m[1] ?? m[2], m[3] as string, m[4] as string);
  }
  for (const m of text.matchAll(SHORT_OR_RUN)) {
    if (out.length >= MAX_HITS || ++attempts > MAX_ATTEMPTS) break;
    if (!PHONE_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (m[1] !== undefined) consider(m.index, m.index + m[0].length, undefined, m[1], m[2] as string);
    else consider(m.index, m.index + m[0].length, m[3], m[4] as string, m[5] as string);
  }
  return out;
}

export const phoneRule: Rule = {
  id: 'phi.contact',
  phase: 'phi',
  run(ctx: RuleContext): Finding[] {
    const hits = phoneHits(ctx);
    return [
      ...phiFindings(ctx, hits.filter((h) => !h.fax), {
        ruleId: 'phi.phone',
        phiType: 'PHONE',
        message: 'This looks like the phone number of a patient or someone close to them; posting it identifies them.',
        neutral: 'a phone number',
      }),
      ...phiFindings(ctx, hits.filter((h) => h.fax), {
        ruleId: 'phi.fax',
        phiType: 'FAX',
        message: 'This looks like a fax number tied to a patient or their family; posting it identifies them.',
        neutral: 'a fax number',
      }),
    ];
  },
};
