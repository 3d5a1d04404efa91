import { finding, replaceFix, removeFix, type RuleContext } from '../../context.js';
import type { Finding } from '../../types.js';
import type { Rule } from '../rule.js';
import { clauseAfter, clauseBefore, firstOf, lastOf, negates, quoted } from './clauses.js';
import { hasClinicalWord, hasHealthTerm } from './health-words.js';
import { eachMatch, gate, type Gate } from './gate.js';
import { isPromotional } from './promotion.js';

interface ClaimPattern {
  /** The pattern, with the words every match holds (see gate.ts). */
  gate: Gate;
  /** Only a claim when the sentence is about health or results ("guaranteed to be boring" is not). */
  needsHealth?: boolean;
  /** The phrase is itself a negative ("no side effects"): a "no" before it in a list is not a denial. */
  negative?: boolean;
  /**
   * Only a claim when said of a result ("relief every single time") or in a post that sells; elsewhere
   * "every time" is habit ("I check every time").
   */
  promise?: boolean;
  /** The hedged wording; undefined when the phrase is best removed. */
  hedge?: (match: string) => string | undefined;
}

const CHRONIC =
  '(?:diabetes|type 2 diabetes|insulin resistance|prediabetes|aging|heart disease|alzheimer\'?s|dementia|autism|arthritis|osteoarthritis|cancer|hypertension|high blood pressure|obesity|fatty liver|kidney disease|neuropathy|thyroid disease|hashimoto\'?s|lupus|ms|multiple sclerosis|parkinson\'?s|psoriasis|eczema|ibs|crohn\'?s|acne|hair loss|depression|anxiety|adhd|infertility|menopause)';

/** Outcome promises (compliance-rules.md §6, CLM-GUARANTEE), each with its hedged replacement. */
const PATTERNS: readonly ClaimPattern[] = [
  { gate: gate(/\bguaranteed (?:results|outcomes?|success|relief|weight loss)\b|\b(?:results|success) (?:are )?guaranteed\b/g, ['guaranteed'], 12), hedge: () => 'results vary' },
  { gate: gate(/\bguaranteed? to ([a-z]+)\b/g, ['guarantee', 'guaranteed'], 0), hedge: guaranteedToHedge, needsHealth: true },
  { gate: gate(/\b(?:we|i) guarantee\b|\bguaranteed\b/g, ['guarantee', 'guaranteed'], 3), needsHealth: true },
  { gate: gate(/\b100 ?% (?:effective|success(?:ful)?|success rate|safe|natural|results|cure rate)\b/g, ['100'], 0), hedge: (m) => (/safe|natural/.test(m) ? 'generally well tolerated' : 'effective for many people') },
  { gate: gate(/\brisk[- ]free\b/g, ['risk'], 0), hedge: () => 'low-risk for most people' },
  { gate: gate(/\b(?:no|zero|without (?:any )?)\s?side[- ]effects\b/g, ['effects'], 18), hedge: () => 'few side effects for most people', negative: true },
  { gate: gate(/\bpermanent (?:results|cure|fix|solution)\b|\bresults (?:are|will be|stay) permanent\b/g, ['permanent'], 16), hedge: () => 'long-lasting results for many people' },
  { gate: gate(/\bmiracle (?:cure|drug|pill|supplement|treatment|product|results?|fix|shot|injection|cream|serum|worker|diet)s?\b/g, ['miracle'], 0), hedge: () => 'promising option' },
  { gate: gate(/\bworks for (?:literally |absolutely |just about )?(?:everyone|everybody|all)\b/g, ['works'], 0), hedge: () => 'works for many people' },
  // Universal promises without the word "guaranteed": every time, every patient, never fails.
  { gate: gate(/\bevery (?:single )?time\b/g, ['every'], 0), hedge: () => 'in many cases', needsHealth: true, promise: true },
  { gate: gate(/\b(?:always|never fails to) (?:works?|deliver|delivers|succeeds?)\b|\bnever (?:fails|disappoints)\b(?! to (?:amaze|surprise|impress|move|humble|remind|make))|\bworks every time\b/g, ['always', 'never', 'works'], 0), hedge: () => 'often works', needsHealth: true },
  { gate: gate(/\b(?:100 ?%|all|every one) of (?:my|our) (?:patients|clients)\b(?= (?:see|get|gets|love|are|were|have|had|leave|walk|achieve|report|lost|lose|notice|feel|recover|heal))/g, ['patients', 'clients'], 17), hedge: () => 'many of my patients' },
  { gate: gate(/\bevery (?:single )?(?:patient|client)\b(?= (?:sees|gets|leaves|walks out|achieves|loses|notices|feels|recovers|heals|is (?:thrilled|happy|pain-free|cured)))/g, ['every'], 0), hedge: () => 'the typical patient' },
  { gate: gate(/\bpermanent(?:ly)? (?:relief|weight loss|pain relief|fat loss)\b/g, ['permanent', 'permanently'], 0), hedge: () => 'long-lasting relief for many people' },
  { gate: gate(new RegExp(`\\brevers(?:e|es|ed|ing) (?:your |my |their |her |his )?${CHRONIC}\\b`, 'g'), ['reverse', 'reverses', 'reversed', 'reversing'], 0), hedge: (m) => `may improve ${m.replace(/^\w+ (?:your |my |their |her |his )?/, '')}` },
];

function guaranteedToHedge(m: string): string {
  const verb = m.replace(/^guaranteed? to /, '');
  if (/^revers/.test(verb)) return 'may improve';
  if (/^cur/.test(verb)) return 'may help with';
  return `may help ${verb}`;
}

/** Someone else's claim being reported or debunked: "a supplement that claims no side effects". */
const REPORTED = /\b(?:claims?|claiming|claimed|advertised|advertises|marketed|sold as|selling|sells|beware|wary|skeptical|myths?|scams?|red flags?|lies|lying|fake)\b/;

/** A personal report with its own exception: "no side effects except a sore arm". */
const EXCEPTION = /\b(?:except|other than|apart from|besides|aside from)\b/;

/** Already hedged: "may reverse", "can help cure". */
const HEDGED = /\b(?:may|might|could|can help(?: to)?|may help(?: to)?)\s*$/;

const CURE = gate(/\bcur(?:e|es|ed|ing)\b/g, ['cure', 'cures', 'cured', 'curing'], 0);
const NOUN_BEFORE = /(?:^|\s)(?:a|an|the|no|any|for|find|finding|new|possible|potential|real|known|our|its|their|his|her|is|a real|search|hope|hoping)\s*$/;
const NOUN_AFTER = /^\s*(?:rates?|for|is|was|are|exists?|yet|\.|,|\)|!|\?|$)/;
/** A source or aggregate figure nearby: a cited cure rate is data, not a promise. */
const CITED = /\b(?:doi|pmid|trials?|study|studies|et al|nejm|lancet|jama|meta-analysis|cohort|n ?=|published|according to|svr)\b|\[\d+\]|\(ref/;

function cureClaims(lower: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  eachMatch(CURE, lower, (m) => {
    if (out.length >= 20) return false;
    const before = clauseBefore(lower, m.index, 40);
    const after = clauseAfter(lower, m.index + m[0].length, 40);
    if (NOUN_BEFORE.test(before) || NOUN_AFTER.test(after)) return;
    out.push({ start: m.index, end: m.index + m[0].length });
  });
  return out;
}

function cureHedge(word: string): string {
  if (word === 'cured') return 'helped';
  if (word === 'curing') return 'helping with';
  return word === 'cures' ? 'may help with' : 'help with';
}

/** What a universal "every time" is said of when it is a promise. */
const RESULT_LEAD = /\b(?:works|worked|delivers?|results?|relief|success|outcomes?)\b/;

const RESULT_WORD = /\b(?:results?|outcomes?|relief|success|lose|loss|pounds|lbs|inches|sizes|wrinkles|youth|energy)\b/;

/** The clauses around a match, up to 120 characters either side, read once for all its tests. */
interface Around { before: string; after: string; whole: string }

function around(lower: string, start: number, end: number): Around {
  const before = clauseBefore(lower, start, 120);
  const after = clauseAfter(lower, end, 120);
  return { before, after, whole: before + lower.slice(start, end) + after };
}

function aboutHealth(a: Around): boolean {
  return RESULT_WORD.test(a.whole) || hasHealthTerm(a.whole) || hasClinicalWord(a.whole);
}

/** Whether a matched promise is being denied, quoted to criticise, or backed by a cited figure. */
function excused(ctx: RuleContext, start: number, end: number, a: Around, negative = false): boolean {
  if (quoted(ctx.folded.text, start, end) || (!negative && negates(lastOf(a.before, 40)))) return true;
  if (HEDGED.test(lastOf(a.before, 30)) || REPORTED.test(lastOf(a.before, 60))) return true;
  if (EXCEPTION.test(firstOf(a.after, 60))) return true;
  return CITED.test(a.whole);
}

/** CLM-GUARANTEE: guaranteed outcomes, cures, "100% effective", "no side effects", "works for everyone". */
export const guaranteeRule: Rule = {
  id: 'claims',
  phase: 'compliance',
  run(ctx: RuleContext): Finding[] {
    const { lower } = ctx.folded;
    const spans: Array<{ start: number; end: number; hedge: string | undefined }> = [];
    for (const p of PATTERNS) {
      eachMatch(p.gate, lower, (m) => {
        if (spans.length >= 40) return false;
        const start = m.index;
        const end = start + m[0].length;
        if (spans.some((s) => s.start < end && start < s.end)) return;
        const a = around(lower, start, end);
        if (excused(ctx, start, end, a, p.negative)) return;
        if (p.needsHealth && !aboutHealth(a)) return;
        if (p.promise && !RESULT_LEAD.test(lastOf(a.before, 40)) && !isPromotional(ctx)) return;
        spans.push({ start, end, hedge: p.hedge?.(m[0]) });
      });
    }
    for (const c of cureClaims(lower)) {
      if (spans.some((s) => s.start < c.end && c.start < s.end) || excused(ctx, c.start, c.end, around(lower, c.start, c.end))) continue;
      spans.push({ start: c.start, end: c.end, hedge: cureHedge(lower.slice(c.start, c.end)) });
    }
    if (spans.length === 0) return [];
    const severity = isPromotional(ctx) ? 'block' : 'warn';
    return spans.map((s) => finding(ctx, {
      ruleId: 'claims.guarantee', category: 'claims', severity, start: s.start, end: s.end,
      message: 'Promising a guaranteed or universal result misleads readers; outcomes vary from person to person.',
      fixes: [s.hedge ? replaceFix(ctx, s.start, s.end, s.hedge) : removeFix(ctx, s.start, s.end)],
    }));
  },
};
