import { finding, removeFix, type RuleContext } from '../../context.js';
import type { Finding } from '../../types.js';
import type { Rule } from '../rule.js';
import { clauseAfter, clauseBefore, negatedBefore, sentenceAround } from './clauses.js';
import { eachMatch, gate, type Gate } from './gate.js';
import { isPromotional } from './promotion.js';

/** One patient's striking result stated as if typical: "my patient lost 80 lb in 8 weeks". */
const ATYPICAL_RESULT = gate(
  /\b(?:my|our|a|one|the|this) (?:patient|client)s?(?: who)? (?:lost|dropped|shed|reversed|got off|went from|cut)\b[^.!?\n]{0,40}?\b\d+\s?(?:lbs?|pounds|kg|points|%|dress sizes|sizes)[^.!?\n]{0,24}?\bin (?:just |only |under )?(?:\d+|a|one|two|three|four|six) (?:days?|weeks?|months?)\b/g, ['patient', 'patients', 'client', 'clients'], 5);
const REVERSED_IN = gate(
  /\b(?:my|our|a|one) (?:patient|client)s? (?:reversed|cured|got off|came off|healed|beat) (?:her|his|their|its) [a-z0-9' -]{2,30}? in (?:just |only |under )?(?:\d+|a|one|two|three|four|six) (?:days?|weeks?|months?)\b/g, ['patient', 'patients', 'client', 'clients'], 4);
const RAVE_RESULTS = gate(
  /\b(?:my|our) (?:patients|clients) (?:are |have been )?(?:seeing|getting|reporting|raving about|loving) (?:incredible|amazing|unbelievable|miraculous|insane|crazy|life-changing|huge|dramatic) results\b|\b(?:hundreds|thousands|dozens) of (?:happy|satisfied|thrilled) (?:patients|clients|customers)\b/g, ['patients', 'clients', 'hundreds', 'thousands', 'dozens'], 4);
/**
 * A product vouched for by what it did to the author's patients: "this serum changed my patients' skin",
 * "my patients swear by it". Only a testimonial when the post sells; praise of a colleague is not one.
 */
const VOUCHED_RESULT = gate(
  /\b(?:changed|transformed|revolutioni[sz]ed|saved|fixed|cleared up|cleared|rescued|turned around) (?:so many of |many of |all of )?(?:my|our) (?:patients|clients|patient|client)(?:'s?|s')? (?:skin|hair|faces?|bodies|body|lives|life|health|sleep|energy|joints|guts?|acne|results)\b|\b(?:my|our) (?:patients|clients) (?:all )?(?:swear by|can't stop raving about|are obsessed with)\b/g, ['changed', 'transformed', 'revolutionized', 'revolutionised', 'saved', 'fixed', 'cleared', 'rescued', 'turned', 'patients', 'clients'], 0, { leads: { patients: 4, clients: 4 } });
/** Aggregate figures with a source are data, not a testimonial. */
const AGGREGATE = /\b(?:on average|average|median|mean|n ?=|study|trial|published|cohort|data from|of \d+ patients)\b/;

/** Superlatives about a clinician or practice: "best surgeon in town", "#1 doctor". */
const SUPERIOR = gate(
  /\b(?:the )?best (?:[a-z-]+ )?(?:surgeon|doctor|dermatologist|dentist|physician|cardiologist|clinic|practice|orthopedist|ob-?gyn|pediatrician|specialist|injector|chiropractor|plastic surgeon)s? (?:in|of|around) (?:town|the (?:city|state|country|world|area|region|valley|county)|[a-z]+)\b|#1 (?:[a-z-]+ )?(?:doctor|surgeon|dermatologist|dentist|physician|clinic|practice|specialist|injector)\b|\bnumber one (?:[a-z-]+ )?(?:doctor|surgeon|dermatologist|dentist|physician|clinic|practice|specialist)\b/g, ['best', '1', 'number'], 0, { leads: { best: 4, 1: 1 } });
/** The author or the practice speaking of itself. */
const SELF = /\b(?:i'm|i am|we're|we are|our|my (?:practice|clinic|office)|come see|visit|book with|call)\b/;

/** An award with its source and year ("voted best … by Phoenix Magazine, 2024") is checkable. */
const CITED_AWARD = /\b(?:voted|named|ranked|rated|award\w*|according to|by [a-z]+ magazine)\b[^.!?\n]{0,80}\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b[^.!?\n]{0,80}\b(?:voted|named|ranked|award\w*)\b/;

function each(g: Gate, lower: string, visit: (start: number, end: number) => void): void {
  let n = 0;
  eachMatch(g, lower, (m) => {
    if (n++ >= 20) return false;
    visit(m.index, m.index + m[0].length);
  });
}

/** CLM-TESTIMONIAL: a single patient's atypical result, or raves standing in for outcome data. */
export const testimonialRule: Rule = {
  id: 'claims',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { lower, text } = ctx.folded;
    const out: Finding[] = [];
    const severity = isPromotional(ctx) ? 'block' : 'warn';
    const visit = (wholeSentence: boolean) => (start: number, end: number) => {
      const context = clauseBefore(lower, start, 80) + clauseAfter(lower, end, 80);
      if (AGGREGATE.test(context) || negatedBefore(lower, start, 30)) return;
      // A single patient's result goes with its sentence; a rave phrase can go on its own.
      const span = wholeSentence ? sentenceAround(text, start) : { start, end };
      out.push(finding(ctx, {
        ruleId: 'claims.testimonial', category: 'claims', severity, start, end,
        message: 'One patient’s striking result reads as typical; say what most patients can expect, or leave it out.',
        fixes: [removeFix(ctx, span.start, Math.max(span.end, end))],
      }));
    };
    each(ATYPICAL_RESULT, lower, visit(true));
    each(REVERSED_IN, lower, visit(true));
    each(RAVE_RESULTS, lower, visit(false));
    if (severity === 'block') each(VOUCHED_RESULT, lower, visit(true));
    return out;
  },
};

/** CLM-SUPERIOR: unverifiable superlatives about the author or the practice. */
export const superiorityRule: Rule = {
  id: 'claims',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { lower } = ctx.folded;
    const out: Finding[] = [];
    each(SUPERIOR, lower, (start, end) => {
      const before = clauseBefore(lower, start, 100);
      const context = before + lower.slice(start, end) + clauseAfter(lower, end, 100);
      if (CITED_AWARD.test(context) || negatedBefore(lower, start, 30)) return;
      // "The best surgeon in town" praises a colleague unless the author or the practice is selling.
      const ranked = /^(?:#1|number one)/.test(lower.slice(start, end).replace(/^the /, ''));
      if (!ranked && !SELF.test(before) && !isPromotional(ctx)) return;
      out.push(finding(ctx, {
        ruleId: 'claims.superior', category: 'claims', severity: 'info', start, end,
        message: 'A superlative like this cannot be checked; cite the award and its source, or leave it out.',
        fixes: [removeFix(ctx, start, end)],
      }));
    });
    return out;
  },
};
