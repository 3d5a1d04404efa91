import type { RuleContext } from '../../context.js';
import { literalGate } from '../../text/literal-gates.js';
import { isWordCode } from '../../text/spans.js';

/** Ours, used when the user has set none: every element of compliance-rules.md §5 that fits a post. */
export const DEFAULT_DISCLAIMER = {
  long: 'General information only, not medical advice; please see your own clinician about your situation. In an emergency, call 911.',
  short: 'Not medical advice.',
} as const;

/**
 * The usual forms of a not-medical-advice statement, each after text it cannot match without: most
 * drafts skip the form at a substring search, which costs far less than trying the pattern.
 */
const DISCLAIMER_FORMS: readonly (readonly [readonly string[], RegExp])[] = [
  [['#n'], /#notmedicaladvice\b|#nma\b|#notadvice\b/],
  [['only'], /\bfor (?:general )?(?:educational|informational|education|information) (?:purposes )?only\b/],
  [['only'], /\b(?:education|educational|informational|general) (?:post |content |purposes |info |information )?only\b/],
  [['substitute', 'replacement'], /\bnot (?:a )?(?:substitute|replacement) for (?:[a-z']+ ){0,4}(?:advice|care|consultation|visit|clinician|doctor|physician|provider)\b/],
  [['general'], /\bgeneral (?:health |medical )?(?:information|info|education)\b[^.!?\n]{0,30}\bnot\b/],
  [['relationship'], /\b(?:does not|doesn't|no) (?:create|establish|form)?\s?(?:a )?(?:doctor|physician|clinician|provider)[- ]patient relationship\b/],
  [['medical advice'], /\bmedical advice\b[^.!?\n]{0,20}\b(?:it is not|it isn't|this is not|this isn't)\b/],
  [['nothing'], /\bnothing (?:here |in this (?:post|thread|video) )?(?:is|constitutes) (?:medical|personal|professional) advice\b/],
  [['not your'], /\bi(?:'m| am) not your (?:doctor|physician|clinician|provider)\b/],
];

/** The commonest form, "not medical advice", which ends at "medical advice". */
const NOT_MEDICAL_ADVICE = /\b(?:not|isn't|is not|never|no) (?:intended as |meant as |to be taken as |a substitute for )?(?:personal |personali[sz]ed |individual |individuali[sz]ed |specific |professional )?medical advice\b/;
/** Longer than anything NOT_MEDICAL_ADVICE can hold before "medical advice". */
const LEAD = 64;

/**
 * NOT_MEDICAL_ADVICE.test(lower), tried on the few characters before each "medical advice" (from a word
 * start, and with the character after, so its word boundaries read as in the whole draft).
 */
function notMedicalAdvice(lower: string): boolean {
  for (let at = lower.indexOf('medical advice'); at >= 0; at = lower.indexOf('medical advice', at + 1)) {
    let from = Math.max(0, at - LEAD);
    while (from > 0 && isWordCode(lower.charCodeAt(from - 1))) from--;
    if (NOT_MEDICAL_ADVICE.test(lower.slice(from, at + 15))) return true;
  }
  return false;
}

/** Some text one of the forms needs: one scan that most drafts without a disclaimer fail. */
const ANY_FORM_PATTERN = new RegExp(DISCLAIMER_FORMS.map(([, re]) => re.source).join('|'));
const ANY_FORM = literalGate('disclaimer forms', [...new Set(DISCLAIMER_FORMS.flatMap(([needles]) => needles))], ANY_FORM_PATTERN);

let lastLower: string | undefined;
let lastAnswer = false;

/** Whether the draft already carries a not-medical-advice statement, in any of its usual forms. */
export function hasDisclaimer(lower: string): boolean {
  // Four rules of the family ask in turn about the same draft.
  if (lower === lastLower) return lastAnswer;
  lastAnswer = notMedicalAdvice(lower)
    || (ANY_FORM.mayMatch(lower) && DISCLAIMER_FORMS.some(([needles, re]) => needles.some((n) => lower.includes(n)) && re.test(lower)));
  lastLower = lower;
  return lastAnswer;
}

/**
 * The candidates for this platform, longest first: the user's own for the platform, else their generic
 * one, else ours. "Not medical advice." stays as the last resort, so a tight post still gets a disclaimer.
 */
export function disclaimerCandidates(ctx: RuleContext): string[] {
  const { disclaimers } = ctx.settings;
  const text = (s: unknown) => (typeof s === 'string' ? s.trim() : '');
  const own = [disclaimers?.[ctx.platform], disclaimers?.generic].find((d) => d && (text(d.long) || text(d.short)));
  const picked = own ? [own.long, own.short] : [DEFAULT_DISCLAIMER.long, DEFAULT_DISCLAIMER.short];
  const list = picked.map(text).filter((s) => s.length > 0);
  if (!list.includes(DEFAULT_DISCLAIMER.short)) list.push(DEFAULT_DISCLAIMER.short);
  return list;
}
