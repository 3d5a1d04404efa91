import type { RuleContext } from '../../../context.js';
import type { Finding } from '../../../types.js';
import type { Rule } from '../../rule.js';
import { cueIndexOf, TOLL_FREE_AREAS } from './cues.js';
import { digitsOf, type Hit, MAX_ATTEMPTS, MAX_HITS } from './hits.js';
import { phiFindings } from './phi-findings.js';
import { endsNearPhoneWord, endsWithLabel } from './phrase-readers.js';
import { previousSentenceStart, sentenceAround } from './sentences.js';

/**
 * North American numbers: (404) 555-0188, 404-555-0188, 404.555.0188, +1 404 555 0188, 1-404-555-0188,
 * with an optional extension. `consider` rejects a match glued to a longer code (account, NDC, dates);
 * checking that one character in code rather than in a lookbehind keeps the scan fast.
 */
const NANP = /(?:\+?1[-. ]?)?(?:\((\d{3})\)[ -]?|(\d{3})[-. ])(\d{3})[-. ](\d{4})(?![\w-]|\.\d)(?:[ ]{0,2}(?:x|ext\.?|extension)[ ]{0,2}\d{1,6}(?!\d))?/gi;
/** Seven digits or ten unbroken digits only count after a phone word. */
const SHORT_OR_RUN = /(?:(\d{3})-(\d{4})|([2-9]\d{2})([2-9]\d{2})(\d{4}))(?![\w-]|\.\d)/g;
/**
 * The fax words as in FAX_WORD_FULL. Without the 'u' flag the test is several times cheaper; the two flags
 * differ only where a text holds U+017F or U+212A (letters that case-fold to ASCII under 'iu').
 */
const FAX_WORD = /\bfax(?:es|ed|ing)?\b|\bfacsimile\b|\uD83D\uDCE0/i;
const FAX_WORD_FULL = /\bfax(?:es|ed|ing)?\b|\bfacsimile\b|\u{1F4E0}/iu;
const UNICODE_FOLDING = /[\u017f\u212a]/;

function mentionsFax(sentence: string): boolean {
  return (UNICODE_FOLDING.test(sentence) ? FAX_WORD_FULL : FAX_WORD).test(sentence);
}

/** Numbers that are codes, not lines: NDC, lot, NPI and the like just before the number. */
const CODE_WORDS = [
  'ndc', 'lot', 'batch', 'npi', 'dea', 'cpt', 'icd', 'icd-10', 'isbn', 'pmid', 'nct', 'model', 'part', 'ref', 'order',
  'tracking', 'serial', 'sn', 's/n', 'account', 'acct', 'claim', 'invoice', 'mrn', 'member', 'policy', 'id',
];

/** A word character or one of + ( . - / ) just before a number: it is part of a longer code. */
function isGlued(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
    || c === 43 || c === 40 || c === 46 || c === 45 || c === 47 || c === 41;
}

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
  const cues = cueIndexOf(text);
  const out: PhoneHit[] = [];
  let attempts = 0;
  const consider = (start: number, end: number, area: string | undefined, exchange: string, line: string): void => {
    if (start > 0 && isGlued(text.charCodeAt(start - 1))) return;
    if (area !== undefined && (area[0] === '0' || area[0] === '1' || TOLL_FREE_AREAS.has(area))) return;
    if (exchange[0] === '0' || exchange[0] === '1') return;
    if (endsWithLabel(text.slice(Math.max(0, start - 16), start), CODE_WORDS)) return;
    const core = `${area ?? ''}${exchange}${line}`;
    if (own.size > 0 && (own.has(core) || [...own].some((d) => d.endsWith(core) || core.endsWith(d)))) return;
    const sentence = sentenceAround(text, start, end);
    const lead = previousSentenceStart(text, sentence.start);
    if (!cues.belongsToPerson(sentence.start, sentence.end, start, end, lead)) return;
    out.push({ start, end, fax: mentionsFax(text.slice(sentence.start, sentence.end)) });
  };

  // exec loops on the module's regexes: matchAll would clone each regex on every call.
  NANP.lastIndex = 0;
  for (let m = NANP.exec(text); m !== null; m = NANP.exec(text)) {
    if (out.length >= MAX_HITS || ++attempts > MAX_ATTEMPTS) break;
    consider(m.index, m.index + m[0].length, m[1] ?? m[2], m[3] as string, m[4] as string);
  }
  NANP.lastIndex = 0;
  SHORT_OR_RUN.lastIndex = 0;
  for (let m = SHORT_OR_RUN.exec(text); m !== null; m = SHORT_OR_RUN.exec(text)) {
    if (out.length >= MAX_HITS || ++attempts > MAX_ATTEMPTS) break;
    if (!endsNearPhoneWord(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (m[1] !== undefined) consider(m.index, m.index + m[0].length, undefined, m[1], m[2] as string);
    else consider(m.index, m.index + m[0].length, m[3], m[4] as string, m[5] as string);
  }
  SHORT_OR_RUN.lastIndex = 0;
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
